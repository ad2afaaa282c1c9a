package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/scout-oss/scout"
	bolt "go.etcd.io/bbolt"
)

// bucketHostInfo holds what hosts said about their software when the
// crawler probed them: host → scout.HostInfo JSON. Created on first use,
// like the validators bucket, so older files need no migration.
var bucketHostInfo = []byte("host_info")

var _ scout.HostInfoService = (*DB)(nil)

// FindHostInfo returns what was last learned about host. ENOTFOUND when it
// was never probed (or its answer was never stored).
func (d *DB) FindHostInfo(ctx context.Context, host string) (*scout.HostInfo, error) {
	const op = "store.FindHostInfo"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	var h scout.HostInfo
	err := d.bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketHostInfo)
		found := false
		if b != nil {
			var err error
			if found, err = getJSON(b, []byte(strings.ToLower(host)), &h); err != nil {
				return err
			}
		}
		if !found {
			return scout.Errorf(scout.ENOTFOUND, "no probe of host %s", host)
		}
		return nil
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return &h, nil
}

// SaveHostInfo stores h, replacing any earlier answer for its host, so a
// restarted crawler trusts it for the rest of its TTL instead of asking the
// host again. EINVALID when h has no host.
func (d *DB) SaveHostInfo(ctx context.Context, h *scout.HostInfo) error {
	const op = "store.SaveHostInfo"
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	if h == nil || h.Host == "" {
		return formatError(op, invalidf("host info has no host"))
	}
	rec := *h
	rec.Host = strings.ToLower(rec.Host)
	rec.CheckedAt = rec.CheckedAt.UTC()
	err := d.bolt.Batch(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketHostInfo)
		if err != nil {
			return err
		}
		_, err = putJSON(b, []byte(rec.Host), &rec)
		return err
	})
	return formatError(op, err)
}
