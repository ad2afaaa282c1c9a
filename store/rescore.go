package store

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/scout-oss/scout"
	bolt "go.etcd.io/bbolt"
)

// UpdateCreators is UpdateCreator for a batch in one transaction (one fsync
// instead of one per creator), for re-scoring a whole store and for the
// crawl's committer. It returns whether each creator's stored record
// changed; unchanged records are not rewritten and keep their UpdatedAt.
// Each creator's UpdatedAt is set to the stored one, so a caller that keeps
// the creators can tell later whether the store changed them since. The batch is all or nothing:
// EINVALID when a creator has no id, ENOTFOUND when one is not stored
// (nothing is written then).
func (d *DB) UpdateCreators(ctx context.Context, cs []*scout.Creator) ([]bool, error) {
	const op = "store.UpdateCreators"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	for _, c := range cs {
		if c == nil || c.ID == "" {
			return nil, formatError(op, invalidf("creator has no id"))
		}
	}
	changed := make([]bool, len(cs))
	stamps := make([]time.Time, len(cs))
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketCreators)
		now := d.now()
		for i, c := range cs {
			old := bytes.Clone(b.Get([]byte(c.ID)))
			if old == nil {
				return scout.Errorf(scout.ENOTFOUND, "creator %s not found", c.ID)
			}
			var r creatorRecord
			if err := json.Unmarshal(old, &r); err != nil {
				return fmt.Errorf("decode creator %s: %w", c.ID, err)
			}
			r.setDerived(c)
			raw, err := json.Marshal(&r)
			if err != nil {
				return fmt.Errorf("encode creator %s: %w", c.ID, err)
			}
			if bytes.Equal(raw, old) {
				stamps[i] = r.UpdatedAt
				continue
			}
			changed[i] = true
			if err := putRecord(b, &r, old, now); err != nil {
				return err
			}
			stamps[i] = r.UpdatedAt
		}
		return nil
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	for i, c := range cs {
		c.UpdatedAt = stamps[i]
	}
	return changed, nil
}
