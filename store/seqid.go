package store

import (
	"context"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/scout-oss/scout"
)

// findBySeqID reads the record that a sequence id ("j12", "sc3", "b2")
// names from bucket into v, parsing the id with parse. An id that does
// not parse or names nothing is ENOTFOUND, naming the kind. Crawl jobs,
// schedules and briefs share it.
func (d *DB) findBySeqID(ctx context.Context, op string, bucket []byte, parse func(string) ([]byte, bool), kind, id string, v any) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	err := d.bolt.View(func(tx *bolt.Tx) error {
		k, ok := parse(id)
		b := tx.Bucket(bucket)
		if ok && b != nil {
			if found, err := getJSON(b, k, v); found || err != nil {
				return err
			}
		}
		return scout.Errorf(scout.ENOTFOUND, "%s %s not found", kind, id)
	})
	return formatError(op, err)
}
