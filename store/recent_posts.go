package store

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"slices"

	"github.com/scout-oss/scout"
	bolt "go.etcd.io/bbolt"
)

// FindRecentPosts returns the posts among an account set's recent ones
// (the newest scout.DefaultPostLimit of accountIDs, the posts a creator
// read WithPosts returns) whose ids are in postIDs, newest first. Search
// snippets need a few matched posts of each hit: the post keys order the
// posts, so only the wanted ones are decoded, where a read WithPosts
// decodes every recent post and every snapshot.
func (d *DB) FindRecentPosts(ctx context.Context, accountIDs, postIDs []string) ([]scout.Post, error) {
	const op = "store.FindRecentPosts"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	var out []scout.Post
	err := d.bolt.View(func(tx *bolt.Tx) error {
		var err error
		out, err = recentPosts(tx, accountIDs, scout.DefaultPostLimit, postIDs)
		return err
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return out, nil
}

// recentPosts is loadPosts restricted to the posts in ids: the same posts
// are chosen, from their keys alone, and only those in ids are decoded.
// Keys hold publish times clamped to the int64 range (unixNanos); when a
// clamped time could order posts otherwise than their times do, it falls
// back to loadPosts.
func recentPosts(tx *bolt.Tx, accountIDs []string, limit int, ids []string) ([]scout.Post, error) {
	type ref struct {
		k, v    []byte
		nanos   uint64
		account string
		id      string
	}
	b := tx.Bucket(bucketPosts)
	var refs []ref
	for _, acc := range accountIDs {
		prefix := accountPrefix(acc)
		c := b.Cursor()
		n := 0
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix) && n < limit; k, v = c.Next() {
			rest := k[len(prefix):]
			if len(rest) < 9 || rest[8] != sep {
				return filterPosts(loadPosts(tx, accountIDs, limit))(ids)
			}
			nanos := math.MaxInt64 - binary.BigEndian.Uint64(rest[:8])
			if nanos == 0 || nanos == math.MaxInt64 {
				return filterPosts(loadPosts(tx, accountIDs, limit))(ids)
			}
			refs = append(refs, ref{k: k, v: v, nanos: nanos, account: acc, id: string(rest[9:])})
			n++
		}
	}
	slices.SortStableFunc(refs, func(a, b ref) int {
		return newestFirst(cmp.Compare(b.nanos, a.nanos), a.account, b.account, a.id, b.id)
	})
	if len(refs) > limit {
		refs = refs[:limit]
	}
	var out []scout.Post
	for _, r := range refs {
		if !slices.Contains(ids, r.id) {
			continue
		}
		var p scout.Post
		if err := decodeJSON(r.k, r.v, &p); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

// filterPosts keeps the posts whose ids are listed.
func filterPosts(ps []scout.Post, err error) func(ids []string) ([]scout.Post, error) {
	return func(ids []string) ([]scout.Post, error) {
		if err != nil {
			return nil, err
		}
		return slices.DeleteFunc(ps, func(p scout.Post) bool { return !slices.Contains(ids, p.ID) }), nil
	}
}
