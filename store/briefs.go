package store

import (
	"context"
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	bolt "go.etcd.io/bbolt"
)

// bucketBriefs holds briefs: big-endian sequence number → briefRecord JSON,
// so a cursor walks them oldest first. The bucket is created by the first
// CreateBrief rather than by the schema, so files written before briefs
// existed need no migration, and older Scouts ignore it.
var bucketBriefs = []byte("briefs")

var _ scout.BriefService = (*DB)(nil)

// briefRecord is a brief as stored, with the time it was created.
type briefRecord struct {
	scout.Brief
	CreatedAt time.Time `json:"created_at"`
}

// briefPrefix starts every brief id, so ids read as what they are ("b12")
// and are never confused with creator ids ("c…").
const briefPrefix = "b"

func briefKey(seq uint64) []byte { return binary.BigEndian.AppendUint64(nil, seq) }

// parseBriefID returns the key of id, or false when id cannot be one.
func parseBriefID(id string) ([]byte, bool) {
	n, ok := strings.CutPrefix(id, briefPrefix)
	if !ok || n == "" || n[0] == '0' || n[0] == '+' {
		return nil, false
	}
	seq, err := strconv.ParseUint(n, 10, 64)
	if err != nil {
		return nil, false
	}
	return briefKey(seq), true
}

// CreateBrief validates b (filling its defaults), assigns it the next id
// ("b1", "b2", …; ids are never reused) and stores it. EINVALID when
// Validate rejects it.
func (d *DB) CreateBrief(ctx context.Context, b *scout.Brief) error {
	const op = "store.CreateBrief"
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	if b == nil {
		return formatError(op, invalidf("brief is empty"))
	}
	if err := b.Validate(); err != nil {
		return formatError(op, err)
	}
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		bk, err := tx.CreateBucketIfNotExists(bucketBriefs)
		if err != nil {
			return fmt.Errorf("create bucket %s: %w", bucketBriefs, err)
		}
		seq, err := bk.NextSequence()
		if err != nil {
			return fmt.Errorf("next brief id: %w", err)
		}
		rec := briefRecord{Brief: *b, CreatedAt: d.now()}
		rec.ID = briefPrefix + strconv.FormatUint(seq, 10)
		if _, err := putJSON(bk, briefKey(seq), &rec); err != nil {
			return err
		}
		b.ID = rec.ID
		return nil
	})
	return formatError(op, err)
}

// FindBriefByID returns one brief. ENOTFOUND when there is none.
func (d *DB) FindBriefByID(ctx context.Context, id string) (*scout.Brief, error) {
	var rec briefRecord
	if err := d.findBySeqID(ctx, "store.FindBriefByID", bucketBriefs, parseBriefID, "brief", id, &rec); err != nil {
		return nil, err
	}
	return &rec.Brief, nil
}

// FindBriefs returns a page of briefs, oldest first, and the number
// stored. EINVALID for a negative offset or limit.
func (d *DB) FindBriefs(ctx context.Context, filter scout.BriefFilter) ([]*scout.Brief, int, error) {
	const op = "store.FindBriefs"
	if err := ctx.Err(); err != nil {
		return nil, 0, fmt.Errorf("%s: %w", op, err)
	}
	if filter.Offset < 0 || filter.Limit < 0 {
		return nil, 0, formatError(op, invalidf("offset and limit must not be negative"))
	}
	out := []*scout.Brief{}
	total := 0
	err := d.bolt.View(func(tx *bolt.Tx) error {
		bk := tx.Bucket(bucketBriefs)
		if bk == nil {
			return nil
		}
		total = bk.Stats().KeyN
		c := bk.Cursor()
		i := 0
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if filter.Limit > 0 && len(out) == filter.Limit {
				break
			}
			if i >= filter.Offset {
				var rec briefRecord
				if err := decodeJSON(k, v, &rec); err != nil {
					return err
				}
				out = append(out, &rec.Brief)
			}
			i++
		}
		return nil
	})
	if err != nil {
		return nil, 0, formatError(op, err)
	}
	return out, total, nil
}

// DeleteBrief removes a brief. ENOTFOUND when there is none.
func (d *DB) DeleteBrief(ctx context.Context, id string) error {
	const op = "store.DeleteBrief"
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		key, ok := parseBriefID(id)
		bk := tx.Bucket(bucketBriefs)
		if !ok || bk == nil || bk.Get(key) == nil {
			return scout.Errorf(scout.ENOTFOUND, "brief %s not found", id)
		}
		if err := bk.Delete(key); err != nil {
			return fmt.Errorf("delete brief %s: %w", id, err)
		}
		return nil
	})
	return formatError(op, err)
}
