package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/scout-oss/scout"
	bolt "go.etcd.io/bbolt"
)

// Kinds of Problem found by Check. They are part of `scout doctor`'s
// output, so scripts may match on them.
const (
	ProblemSchema          = "schema_version"   // missing, unreadable or not SchemaVersion, or an unreadable upgrade log
	ProblemCreatorCount    = "creator_count"    // the meta counter differs from the creators bucket (fixable)
	ProblemUndecodable     = "undecodable"      // a record that is not valid JSON of its type
	ProblemMissingAccount  = "missing_account"  // a creator lists an account that is not stored
	ProblemAccountCreator  = "account_creator"  // an account names a creator that is gone or does not list it
	ProblemOrphanPost      = "orphan_post"      // a post whose account is gone
	ProblemPostKey         = "post_key"         // a post whose key disagrees with its record, or a post_keys entry without its post (fixable)
	ProblemOrphanSnapshot  = "orphan_snapshot"  // a snapshot whose account is gone
	ProblemSnapshotOrder   = "snapshot_order"   // a snapshot filed under another time or account than it records, so history reads out of order
	ProblemAlias           = "alias"            // an alias that is longer than one hop, loops, or leads to no creator
	ProblemAliasIsCreator  = "alias_is_creator" // a merged-away id that is still a creator
	maxProblemDetailLength = 200
)

// Problem is one broken invariant of the store.
type Problem struct {
	Kind   string `json:"kind"`
	Key    string `json:"key"`
	Detail string `json:"detail"`
	// Fixable problems are repaired by Repair; the others need a person
	// (or a restore from backup), and Repair leaves them alone.
	Fixable bool `json:"fixable,omitempty"`
}

func (p Problem) String() string {
	return fmt.Sprintf("%s %q: %s", p.Kind, p.Key, p.Detail)
}

// Check reads the whole store in one read transaction (so it sees one
// consistent state) and reports every broken invariant: the schema
// version, the creator counter, creators and accounts that do not point at
// each other, posts and snapshots whose account is gone or whose key
// disagrees with the record (snapshot order), and alias chains. A healthy
// store gives no problems. The walk is linear in the file; ctx is checked
// every record.
func (d *DB) Check(ctx context.Context) ([]Problem, error) {
	const op = "store.Check"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	var out []Problem
	err := d.bolt.View(func(tx *bolt.Tx) error {
		c := &checker{tx: tx, ctx: ctx}
		if err := c.run(); err != nil {
			return err
		}
		out = c.problems
		return nil
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return out, nil
}

// Repair fixes what Check can fix on its own: it recounts the creators
// into the meta counter and drops post_keys entries whose post is gone. It
// returns the problems it fixed. The rest (orphans, broken links between
// creators and accounts, alias loops) are records a person must judge,
// so Repair never deletes people's data.
func (d *DB) Repair(ctx context.Context) ([]Problem, error) {
	const op = "store.Repair"
	var fixed []Problem
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		c := &checker{tx: tx, ctx: ctx}
		if err := c.run(); err != nil {
			return err
		}
		for _, p := range c.problems {
			if !p.Fixable {
				continue
			}
			switch p.Kind {
			case ProblemCreatorCount:
				if err := putCount(tx.Bucket(bucketMeta), tx.Bucket(bucketCreators).Stats().KeyN); err != nil {
					return err
				}
			case ProblemPostKey:
				if err := tx.Bucket(bucketPostKeys).Delete([]byte(p.Key)); err != nil {
					return fmt.Errorf("delete post key: %w", err)
				}
			}
			fixed = append(fixed, p)
		}
		return nil
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return fixed, nil
}

type checker struct {
	tx       *bolt.Tx
	ctx      context.Context
	problems []Problem
}

func (c *checker) add(kind string, key []byte, fixable bool, format string, args ...any) {
	detail := fmt.Sprintf(format, args...)
	if len(detail) > maxProblemDetailLength {
		detail = detail[:maxProblemDetailLength] + "…"
	}
	c.problems = append(c.problems, Problem{Kind: kind, Key: string(key), Detail: detail, Fixable: fixable})
}

// each walks a bucket, checking ctx every record.
func (c *checker) each(bucket []byte, fn func(k, v []byte)) error {
	b := c.tx.Bucket(bucket)
	if b == nil {
		return nil
	}
	cur := b.Cursor()
	for k, v := cur.First(); k != nil; k, v = cur.Next() {
		if err := c.ctx.Err(); err != nil {
			return err
		}
		fn(k, v)
	}
	return nil
}

func (c *checker) run() error {
	meta := c.tx.Bucket(bucketMeta)
	if meta == nil {
		c.add(ProblemSchema, bucketMeta, false, "the meta bucket is missing")
		return nil
	}
	raw := meta.Get(keySchemaVersion)
	if v, err := strconv.Atoi(string(raw)); err != nil || v != SchemaVersion {
		c.add(ProblemSchema, keySchemaVersion, false, "schema version is %q, want %d", raw, SchemaVersion)
	}
	for _, name := range allBuckets {
		if c.tx.Bucket(name) == nil {
			c.add(ProblemSchema, name, false, "bucket %s is missing", name)
		}
	}
	if _, err := upgradeLog(c.tx); err != nil {
		c.add(ProblemSchema, keyUpgrades, false, "%v", err)
	}
	if len(c.problems) > 0 {
		return nil // the rest would only repeat what is missing
	}

	creators := map[string][]string{} // creator id → account ids
	if err := c.each(bucketCreators, func(k, v []byte) {
		var r creatorRecord
		if err := json.Unmarshal(v, &r); err != nil {
			c.add(ProblemUndecodable, k, false, "creator: %v", err)
			creators[string(k)] = nil
			return
		}
		creators[string(k)] = r.AccountIDs
	}); err != nil {
		return err
	}
	if n := creatorCount(c.tx); n != len(creators) {
		c.add(ProblemCreatorCount, keyCreatorCount, true, "counter says %d creators, the bucket holds %d", n, len(creators))
	}

	accounts := map[string]string{} // account id → creator id
	if err := c.each(bucketAccounts, func(k, v []byte) {
		var a scout.Account
		if err := json.Unmarshal(v, &a); err != nil {
			c.add(ProblemUndecodable, k, false, "account: %v", err)
			return
		}
		accounts[string(k)] = a.CreatorID
		ids, ok := creators[a.CreatorID]
		switch {
		case !ok:
			c.add(ProblemAccountCreator, k, false, "account names creator %q, which is not stored", a.CreatorID)
		case ids != nil && !slices.Contains(ids, string(k)):
			c.add(ProblemAccountCreator, k, false, "account names creator %q, which does not list it", a.CreatorID)
		}
	}); err != nil {
		return err
	}
	for id, ids := range creators {
		for _, a := range ids {
			owner, ok := accounts[a]
			switch {
			case !ok:
				c.add(ProblemMissingAccount, []byte(id), false, "creator lists account %q, which is not stored", a)
			case owner != id:
				c.add(ProblemAccountCreator, []byte(a), false, "creator %q lists the account, which names creator %q", id, owner)
			}
		}
	}

	posts := map[string]bool{}
	if err := c.each(bucketPosts, func(k, v []byte) {
		posts[string(k)] = true
		acct, rest, _ := bytes.Cut(k, []byte{sep})
		if _, ok := accounts[string(acct)]; !ok {
			c.add(ProblemOrphanPost, k, false, "post of account %q, which is not stored", acct)
		}
		var p scout.Post
		if err := json.Unmarshal(v, &p); err != nil {
			c.add(ProblemUndecodable, k, false, "post: %v", err)
			return
		}
		if want := postKey(p.AccountID, p.PublishedAt, p.ID); !bytes.Equal(k, want) || len(rest) < 9 {
			c.add(ProblemPostKey, k, false, "post %s of account %s published %s is filed under another key", p.ID, p.AccountID, p.PublishedAt.Format("2006-01-02T15:04:05Z"))
		}
	}); err != nil {
		return err
	}
	if err := c.each(bucketPostKeys, func(k, v []byte) {
		if !posts[string(v)] {
			c.add(ProblemPostKey, k, true, "post index entry points at a post that is not stored")
		}
	}); err != nil {
		return err
	}

	if err := c.each(bucketSnapshots, func(k, v []byte) {
		acct, rest, _ := bytes.Cut(k, []byte{sep})
		if _, ok := accounts[string(acct)]; !ok {
			c.add(ProblemOrphanSnapshot, k, false, "snapshot of account %q, which is not stored", acct)
		}
		var s scout.Snapshot
		if err := json.Unmarshal(v, &s); err != nil {
			c.add(ProblemUndecodable, k, false, "snapshot: %v", err)
			return
		}
		if len(rest) != 8 || s.AccountID != string(acct) || binary.BigEndian.Uint64(rest) != unixNanos(s.At) {
			c.add(ProblemSnapshotOrder, k, false, "snapshot of account %s at %s is filed under another account or time", s.AccountID, s.At.Format("2006-01-02T15:04:05Z"))
		}
	}); err != nil {
		return err
	}

	return c.each(bucketAliases, func(k, v []byte) {
		if _, ok := creators[string(k)]; ok {
			c.add(ProblemAliasIsCreator, k, false, "merged into %q but still stored as a creator", v)
		}
		id, hops := string(v), 1
		for ; hops <= math.MaxInt8; hops++ {
			next := c.tx.Bucket(bucketAliases).Get([]byte(id))
			if next == nil || string(next) == string(k) {
				if next != nil {
					hops = math.MaxInt8 + 1 // a loop
				}
				break
			}
			id = string(next)
		}
		switch {
		case hops > math.MaxInt8:
			c.add(ProblemAlias, k, false, "alias chain loops")
		case hops > 1:
			c.add(ProblemAlias, k, false, "alias chain of %d hops (merges keep it at one)", hops)
		}
		if _, ok := creators[id]; !ok && hops <= math.MaxInt8 {
			c.add(ProblemAlias, k, false, "alias leads to %q, which is not a creator", id)
		}
	})
}
