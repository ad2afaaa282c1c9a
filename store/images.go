package store

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/scout-oss/scout"
)

var _ scout.ImageRefFinder = (*DB)(nil)

// FindImageRefs implements scout.ImageRefFinder: the avatar keys of every
// account and the thumbnail keys of every post. Records without a key are
// skipped before decoding, so the scan costs little more than reading the
// two buckets.
func (d *DB) FindImageRefs(ctx context.Context) (scout.ImageRefs, error) {
	const op = "store.FindImageRefs"
	refs := scout.ImageRefs{}
	err := d.bolt.View(func(tx *bolt.Tx) error {
		scan := func(bucket []byte, marker string, key func([]byte) (string, error)) error {
			b := tx.Bucket(bucket)
			if b == nil {
				return nil
			}
			n := 0
			return b.ForEach(func(_, v []byte) error {
				if n++; n%4096 == 0 && ctx.Err() != nil {
					return ctx.Err()
				}
				if !bytes.Contains(v, []byte(marker)) {
					return nil
				}
				k, err := key(v)
				if err != nil {
					return err
				}
				if k != "" {
					refs[k] = true
				}
				return nil
			})
		}
		if err := scan(bucketAccounts, `"avatar":"`, func(v []byte) (string, error) {
			var a struct {
				Avatar string `json:"avatar"`
			}
			if err := json.Unmarshal(v, &a); err != nil {
				return "", fmt.Errorf("decode account: %w", err)
			}
			return a.Avatar, nil
		}); err != nil {
			return err
		}
		return scan(bucketPosts, `"thumbnail":"`, func(v []byte) (string, error) {
			var p struct {
				Thumbnail string `json:"thumbnail"`
			}
			if err := json.Unmarshal(v, &p); err != nil {
				return "", fmt.Errorf("decode post: %w", err)
			}
			return p.Thumbnail, nil
		})
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return refs, nil
}
