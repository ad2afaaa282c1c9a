package store

import (
	"bytes"
	"context"
	"fmt"

	"github.com/scout-oss/scout"
	bolt "go.etcd.io/bbolt"
)

// bucketFlagReviews holds flag reviews: creator id + 0x00 + flag code →
// scout.FlagReview JSON, so one prefix seek finds a creator's reviews. It
// is created on the first review, which lets files of schema version 1
// gain it without a migration (older code ignores unknown buckets).
var bucketFlagReviews = []byte("flag_reviews")

var _ scout.FlagReviewService = (*DB)(nil)

func flagReviewKey(creatorID, code string) []byte {
	k := make([]byte, 0, len(creatorID)+1+len(code))
	k = append(k, creatorID...)
	k = append(k, sep)
	return append(k, code...)
}

// ReviewFlag implements scout.FlagReviewService. The review is kept apart
// from the creator record, which every re-score rewrites.
func (d *DB) ReviewFlag(ctx context.Context, r *scout.FlagReview) error {
	const op = "store.ReviewFlag"
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	if r == nil {
		return formatError(op, invalidf("no review"))
	}
	if err := r.Validate(); err != nil {
		return formatError(op, err)
	}
	if bytes.IndexByte([]byte(r.CreatorID), sep) >= 0 {
		return formatError(op, invalidf("creator id contains a NUL byte"))
	}
	if r.At.IsZero() {
		r.At = d.now()
	}
	r.At = r.At.UTC()
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketCreators).Get([]byte(r.CreatorID)) == nil {
			return scout.Errorf(scout.ENOTFOUND, "creator %s not found", r.CreatorID)
		}
		b, err := tx.CreateBucketIfNotExists(bucketFlagReviews)
		if err != nil {
			return fmt.Errorf("create bucket %s: %w", bucketFlagReviews, err)
		}
		_, err = putJSON(b, flagReviewKey(r.CreatorID, r.Code), r)
		return err
	})
	return formatError(op, err)
}

// DeleteFlagReview implements scout.FlagReviewService.
func (d *DB) DeleteFlagReview(ctx context.Context, creatorID, code string) error {
	const op = "store.DeleteFlagReview"
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketFlagReviews)
		k := flagReviewKey(creatorID, code)
		if b == nil || b.Get(k) == nil {
			return scout.Errorf(scout.ENOTFOUND, "flag %s of creator %s has no review", code, creatorID)
		}
		return b.Delete(k)
	})
	return formatError(op, err)
}

// FindFlagReviews implements scout.FlagReviewService with one read
// transaction and one prefix seek per creator.
func (d *DB) FindFlagReviews(ctx context.Context, creatorIDs []string) (map[string][]*scout.FlagReview, error) {
	const op = "store.FindFlagReviews"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	out := map[string][]*scout.FlagReview{}
	err := d.bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketFlagReviews)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		for _, id := range creatorIDs {
			if id == "" || out[id] != nil {
				continue
			}
			prefix := flagReviewKey(id, "")
			for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
				r := new(scout.FlagReview)
				if err := decodeJSON(k, v, r); err != nil { // decodes a copy; v is not kept
					return err
				}
				out[id] = append(out[id], r)
			}
		}
		return nil
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return out, nil
}
