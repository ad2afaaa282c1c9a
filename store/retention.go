package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"time"

	"github.com/scout-oss/scout"
	bolt "go.etcd.io/bbolt"
)

// retentionBatch is how many creators one retention transaction handles,
// so a run over a large store never holds the writer lock for long.
const retentionBatch = 200

// ApplyRetention implements scout.PrivacyService. A post is old when it
// was published before before; an undated post is old when its account
// was last fetched before before. A snapshot is old when taken before
// before, except each account's latest, which is kept so the follower
// count stays known. Creators on any shortlist (by creator id) keep
// everything. Creators are handled in batches of short transactions and
// ctx is checked between them.
func (d *DB) ApplyRetention(ctx context.Context, before time.Time, dryRun bool) (*scout.RetentionReport, error) {
	const op = "store.ApplyRetention"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	if before.IsZero() {
		return nil, formatError(op, invalidf("retention needs a cut-off time"))
	}
	rep := &scout.RetentionReport{Before: before.UTC(), DryRun: dryRun}
	var ids [][]byte
	keep := map[string]bool{}
	err := d.bolt.View(func(tx *bolt.Tx) error {
		if eb := tx.Bucket(bucketShortlistEntries); eb != nil {
			err := eb.ForEach(func(_, v []byte) error {
				var e scout.ShortlistEntry
				if json.Unmarshal(v, &e) == nil && e.CreatorID != "" {
					keep[resolveAlias(tx, e.CreatorID)] = true
				}
				return nil
			})
			if err != nil {
				return err
			}
		}
		return tx.Bucket(bucketCreators).ForEach(func(k, _ []byte) error {
			if keep[string(k)] {
				rep.Kept++
			} else {
				ids = append(ids, bytes.Clone(k))
			}
			return nil
		})
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	cut := unixNanos(before)
	for len(ids) > 0 {
		if err := ctx.Err(); err != nil {
			return rep, fmt.Errorf("%s: %w", op, err)
		}
		batch := ids[:min(retentionBatch, len(ids))]
		ids = ids[len(batch):]
		fn := func(tx *bolt.Tx) error {
			for _, id := range batch {
				var r creatorRecord
				ok, err := getJSON(tx.Bucket(bucketCreators), id, &r)
				if err != nil || !ok {
					continue // deleted since the listing
				}
				changed := false
				for _, aid := range r.AccountIDs {
					var a scout.Account
					if _, err := getJSON(tx.Bucket(bucketAccounts), []byte(aid), &a); err != nil {
						return err
					}
					posts, snaps, err := retainAccount(tx, aid, cut, a.FetchedAt.Before(before), dryRun)
					if err != nil {
						return err
					}
					rep.Posts += posts
					rep.Snapshots += snaps
					changed = changed || posts+snaps > 0
				}
				if changed {
					rep.CreatorIDs = append(rep.CreatorIDs, string(id))
				}
			}
			return nil
		}
		if dryRun {
			err = d.bolt.View(fn)
		} else {
			err = d.bolt.Update(fn)
		}
		if err != nil {
			return rep, formatError(op, err)
		}
	}
	return rep, nil
}

// retainAccount drops (or with dryRun counts) one account's old posts and
// snapshots. cut is the cut-off in unixNanos form; staleFetch says whether
// the account was last fetched before it (which ages undated posts).
func retainAccount(tx *bolt.Tx, aid string, cut uint64, staleFetch, dryRun bool) (posts, snaps int, err error) {
	prefix := accountPrefix(aid)
	var delPosts, delIndex [][]byte
	c := tx.Bucket(bucketPosts).Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		rest := k[len(prefix):]
		if len(rest) < 9 {
			continue
		}
		published := math.MaxInt64 - binary.BigEndian.Uint64(rest[:8])
		old := published < cut && (published != 0 || staleFetch)
		if old {
			delPosts = append(delPosts, bytes.Clone(k))
			delIndex = append(delIndex, postIndexKey(aid, string(rest[9:])))
		}
	}
	var delSnaps [][]byte
	var latest []byte
	sc := tx.Bucket(bucketSnapshots).Cursor()
	for k, _ := sc.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = sc.Next() {
		latest = k
		rest := k[len(prefix):]
		if len(rest) == 8 && binary.BigEndian.Uint64(rest) < cut {
			delSnaps = append(delSnaps, bytes.Clone(k))
		}
	}
	// Keep the latest snapshot, so the follower count stays known.
	if n := len(delSnaps); n > 0 && bytes.Equal(delSnaps[n-1], latest) {
		delSnaps = delSnaps[:n-1]
	}
	if !dryRun {
		for _, k := range delPosts {
			if err := tx.Bucket(bucketPosts).Delete(k); err != nil {
				return 0, 0, fmt.Errorf("delete post: %w", err)
			}
		}
		for _, k := range delIndex {
			if err := tx.Bucket(bucketPostKeys).Delete(k); err != nil {
				return 0, 0, fmt.Errorf("delete post key: %w", err)
			}
		}
		for _, k := range delSnaps {
			if err := tx.Bucket(bucketSnapshots).Delete(k); err != nil {
				return 0, 0, fmt.Errorf("delete snapshot: %w", err)
			}
		}
	}
	return len(delPosts), len(delSnaps), nil
}
