package store

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	"github.com/scout-oss/scout"
	bolt "go.etcd.io/bbolt"
)

// bucketBaselines holds the scoring baselines: big-endian version → Baseline
// JSON. Like briefs it is created by the first write, so older files need
// no migration. Every recalibration adds a version; none is overwritten, so
// the history of benchmarks that scores were computed against is kept.
var bucketBaselines = []byte("baselines")

// Baseline is one version of Scout's own engagement benchmarks, computed
// from the stored creators by `scout rescore --recalibrate`. Scores use the
// newest baseline until the next recalibration, so a crawl never silently
// shifts every score. The store keeps Cohorts opaque: their shape belongs
// to the scoring package.
type Baseline struct {
	Version   int       `json:"version"`
	Label     string    `json:"label"`
	CreatedAt time.Time `json:"created_at"`
	// Accounts is how many creators the baseline was computed from.
	Accounts int `json:"accounts"`
	// Cohorts is the scoring package's JSON of the calibrated cohorts.
	Cohorts json.RawMessage `json:"cohorts"`
}

// SaveBaseline stores b as the newest baseline. b.Version is set to the
// next version (1, 2, …) unless the caller set it to exactly that (so a
// label can name the version), and CreatedAt to Now. EINVALID when
// b.Version is set to anything else, or Cohorts is not JSON.
func (d *DB) SaveBaseline(ctx context.Context, b *Baseline) error {
	const op = "store.SaveBaseline"
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	if b == nil || !json.Valid(b.Cohorts) {
		return formatError(op, invalidf("baseline cohorts are not valid JSON"))
	}
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		bk, err := tx.CreateBucketIfNotExists(bucketBaselines)
		if err != nil {
			return fmt.Errorf("create bucket %s: %w", bucketBaselines, err)
		}
		next := 1
		if k, _ := bk.Cursor().Last(); k != nil {
			next = int(binary.BigEndian.Uint64(k)) + 1
		}
		if b.Version != 0 && b.Version != next {
			return invalidf("baseline version %d is not the next version %d", b.Version, next)
		}
		rec := *b
		rec.Version = next
		rec.CreatedAt = d.now()
		if _, err := putJSON(bk, binary.BigEndian.AppendUint64(nil, uint64(next)), &rec); err != nil {
			return err
		}
		*b = rec
		return nil
	})
	return formatError(op, err)
}

// CurrentBaseline returns the newest baseline. ENOTFOUND when the data has
// never been recalibrated (scores use the published priors).
func (d *DB) CurrentBaseline(ctx context.Context) (*Baseline, error) {
	const op = "store.CurrentBaseline"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	var b Baseline
	err := d.bolt.View(func(tx *bolt.Tx) error {
		if bk := tx.Bucket(bucketBaselines); bk != nil {
			if k, v := bk.Cursor().Last(); k != nil {
				return decodeJSON(k, v, &b)
			}
		}
		return scout.Errorf(scout.ENOTFOUND, "no baseline: the data has never been recalibrated")
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return &b, nil
}

// NextBaselineVersion returns the version the next SaveBaseline assigns, so
// a recalibration can name its baseline before computing it.
func (d *DB) NextBaselineVersion(ctx context.Context) (int, error) {
	b, err := d.CurrentBaseline(ctx)
	switch {
	case scout.ErrorCode(err) == scout.ENOTFOUND:
		return 1, nil
	case err != nil:
		return 0, err
	}
	return b.Version + 1, nil
}
