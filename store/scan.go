package store

import (
	"bytes"
	"context"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// scanBatch is how many records a streaming scan decodes per read
// transaction: small enough that a writer waiting on a remap is not held up
// long, large enough that reopening transactions costs little.
const scanBatch = 64

// scan streams every record of one bucket in key order. Records are decoded
// inside a read transaction, batch by batch, and fn runs between
// transactions, so fn may write to the DB. ctx is checked before every
// record; fn's error is returned unchanged.
func scan[T any](ctx context.Context, d *DB, op string, bucket []byte,
	decode func(tx *bolt.Tx, k, v []byte) (T, error), fn func(T) error) error {
	var after []byte
	for {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("%s: %w", op, err)
		}
		var batch []T
		var last []byte
		err := d.bolt.View(func(tx *bolt.Tx) error {
			c := tx.Bucket(bucket).Cursor()
			k, v := c.First()
			if after != nil {
				k, v = c.Seek(after)
				if bytes.Equal(k, after) {
					k, v = c.Next()
				}
			}
			for ; k != nil && len(batch) < scanBatch; k, v = c.Next() {
				if err := ctx.Err(); err != nil {
					return err
				}
				item, err := decode(tx, k, v)
				if err != nil {
					return err
				}
				batch = append(batch, item)
				last = k
			}
			last = bytes.Clone(last)
			return nil
		})
		if err != nil {
			return formatError(op, err)
		}
		for _, item := range batch {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("%s: %w", op, err)
			}
			if err := fn(item); err != nil {
				return err
			}
		}
		if len(batch) < scanBatch {
			return nil
		}
		after = last
	}
}
