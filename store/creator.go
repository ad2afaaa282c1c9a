package store

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	bolt "go.etcd.io/bbolt"
)

// Fill percents for buckets whose keys arrive mostly in order: snapshots are
// appended at the end of each account's range and posts at its front, so
// fuller pages halve the file without causing many extra splits. bbolt does
// not persist FillPercent, so it is set in every write transaction.
const (
	fillPosts     = 0.9
	fillSnapshots = 0.9
)

// SaveProfile writes one crawled profile in one transaction. A known
// account keeps its creator. A new account joins the creator named by
// p.Account.CreatorID when that is set (identity resolution linked it to a
// known creator, or an import replays stored ids; the creator is created
// when absent), and otherwise a new creator with id
// scout.NewCreatorID(account id). Posts are upserted by id, a snapshot
// of the counts is stored at p.FetchedAt, and the creator's name, bio,
// links, followers and data_as_of are re-derived from all its accounts.
// A profile fetched before the stored one adds its posts and snapshot but
// leaves the account as the later fetch saw it.
// Records whose bytes would not change are not rewritten, so saving the
// same profile again leaves the file's contents (and UpdatedAt) as they
// were. EINVALID when the profile has no account id, an account id with a
// 0x00 byte, no FetchedAt, or a post without an id.
func (d *DB) SaveProfile(ctx context.Context, p *scout.Profile) (string, error) {
	const op = "store.SaveProfile"
	if err := ctx.Err(); err != nil {
		return "", fmt.Errorf("%s: %w", op, err)
	}
	if err := validateProfile(p); err != nil {
		return "", formatError(op, err)
	}
	var id string
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		var err error
		id, err = d.saveProfile(tx, p)
		return err
	})
	if err != nil {
		return "", formatError(op, err)
	}
	return id, nil
}

func validateProfile(p *scout.Profile) error {
	switch {
	case p == nil:
		return invalidf("profile is missing")
	case p.Account.ID == "":
		return invalidf("profile has no account id")
	case strings.IndexByte(p.Account.ID, sep) >= 0:
		return invalidf("account id %q contains a 0x00 byte", p.Account.ID)
	case p.FetchedAt.IsZero():
		return invalidf("profile of account %s has no fetched_at", p.Account.ID)
	}
	for i, post := range p.Posts {
		if post.ID == "" {
			return invalidf("post %d of account %s has no id", i, p.Account.ID)
		}
	}
	return nil
}

func (d *DB) saveProfile(tx *bolt.Tx, p *scout.Profile) (string, error) {
	accounts := tx.Bucket(bucketAccounts)
	creators := tx.Bucket(bucketCreators)
	accountID := p.Account.ID
	fetchedAt := p.FetchedAt.UTC()
	now := d.now()

	// Find or create the creator.
	var old scout.Account
	known, err := getJSON(accounts, []byte(accountID), &old)
	if err != nil {
		return "", err
	}
	creatorID := old.CreatorID
	if !known {
		creatorID = resolveAlias(tx, p.Account.CreatorID)
	}
	if creatorID == "" {
		creatorID = scout.NewCreatorID(accountID)
	}
	var rec creatorRecord
	oldRec := bytes.Clone(creators.Get([]byte(creatorID)))
	if oldRec != nil {
		if err := json.Unmarshal(oldRec, &rec); err != nil {
			return "", fmt.Errorf("decode creator %s: %w", creatorID, err)
		}
	} else {
		rec = creatorRecord{ID: creatorID, CreatedAt: now, UpdatedAt: now}
		meta := tx.Bucket(bucketMeta)
		if err := putCount(meta, creatorCount(tx)+1); err != nil {
			return "", err
		}
	}
	if !slices.Contains(rec.AccountIDs, accountID) {
		rec.AccountIDs = append(rec.AccountIDs, accountID)
	}
	rec.FoundVia, _ = scout.AddFoundVia(rec.FoundVia, p.FoundVia...)

	// The account, as this fetch saw it, unless a later fetch is already
	// stored (results ingested out of order must not roll counts back).
	a := p.Account
	a.CreatorID = creatorID
	a.FetchedAt = fetchedAt
	if !known || !fetchedAt.Before(old.FetchedAt) {
		if _, err := putJSON(accounts, []byte(accountID), a); err != nil {
			return "", err
		}
		var prev *scout.Account
		if known {
			prev = &old
		}
		if err := indexLinks(tx, prev, &a); err != nil {
			return "", err
		}
	}

	if err := upsertPosts(tx, accountID, p.Posts); err != nil {
		return "", err
	}

	snaps := tx.Bucket(bucketSnapshots)
	snaps.FillPercent = fillSnapshots
	snap := scout.Snapshot{AccountID: accountID, At: fetchedAt,
		Followers: a.Followers, Following: a.Following, PostsCount: a.PostsCount}
	if _, err := putJSON(snaps, snapshotKey(accountID, fetchedAt), snap); err != nil {
		return "", err
	}

	// Re-derive the creator's fields from all its accounts so the record
	// is right before any scorer has run.
	all, err := loadAccounts(tx, rec.AccountIDs)
	if err != nil {
		return "", err
	}
	c := rec.creator(all)
	c.Derive()
	rec.Name, rec.Bio, rec.Links, rec.Followers, rec.DataAsOf = c.Name, c.Bio, c.Links, c.Followers, c.DataAsOf
	if err := putRecord(creators, &rec, oldRec, now); err != nil {
		return "", err
	}
	return creatorID, nil
}

// putRecord stores r, bumping UpdatedAt to now only when the record differs
// from old (its previously stored bytes, nil when new).
func putRecord(b *bolt.Bucket, r *creatorRecord, old []byte, now time.Time) error {
	raw, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("encode creator %s: %w", r.ID, err)
	}
	if bytes.Equal(raw, old) {
		return nil
	}
	if old != nil {
		r.UpdatedAt = now
		if raw, err = json.Marshal(r); err != nil {
			return fmt.Errorf("encode creator %s: %w", r.ID, err)
		}
	}
	_, err = putBytes(b, []byte(r.ID), raw)
	return err
}

// upsertPosts writes the posts of one account. A post whose publish time
// changed has a new posts key; post_keys remembers the old one so it is
// deleted rather than left behind as a duplicate.
func upsertPosts(tx *bolt.Tx, accountID string, in []scout.Post) error {
	posts := tx.Bucket(bucketPosts)
	index := tx.Bucket(bucketPostKeys)
	posts.FillPercent = fillPosts
	for _, p := range in {
		p.AccountID = accountID
		p.PublishedAt = p.PublishedAt.UTC()
		key := postKey(accountID, p.PublishedAt, p.ID)
		ik := postIndexKey(accountID, p.ID)
		// Copy: the bytes belong to bbolt and the deletes and puts below
		// may move them.
		if oldKey := bytes.Clone(index.Get(ik)); oldKey != nil && !bytes.Equal(oldKey, key) {
			if err := posts.Delete(oldKey); err != nil {
				return fmt.Errorf("delete moved post %s: %w", p.ID, err)
			}
		}
		if _, err := putBytes(index, ik, key); err != nil {
			return err
		}
		if _, err := putJSON(posts, key, p); err != nil {
			return err
		}
	}
	return nil
}

// UpdateCreator stores the derived fields of c (name, bio, links, language,
// country, followers, engagement, scores, flags, data_as_of) and sets
// UpdatedAt to Now when any of them changed; re-storing identical fields
// (a rescore that changed nothing) writes nothing. Accounts, posts and
// snapshots are not touched. EINVALID without an id, ENOTFOUND when there
// is no such creator.
func (d *DB) UpdateCreator(ctx context.Context, c *scout.Creator) error {
	const op = "store.UpdateCreator"
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	if c == nil || c.ID == "" {
		return formatError(op, invalidf("creator has no id"))
	}
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketCreators)
		old := bytes.Clone(b.Get([]byte(c.ID)))
		if old == nil {
			return scout.Errorf(scout.ENOTFOUND, "creator %s not found", c.ID)
		}
		var r creatorRecord
		if err := json.Unmarshal(old, &r); err != nil {
			return fmt.Errorf("decode creator %s: %w", c.ID, err)
		}
		r.setDerived(c)
		return putRecord(b, &r, old, d.now())
	})
	return formatError(op, err)
}

// FindCreatorByID returns the creator with its accounts (most followers
// first), its newest scout.DefaultPostLimit posts over all accounts and all
// its snapshots, oldest first. The id of a creator merged into another
// answers with the survivor (whose MergedFrom lists it). ENOTFOUND when
// there is no such creator.
func (d *DB) FindCreatorByID(ctx context.Context, id string) (*scout.Creator, error) {
	const op = "store.FindCreatorByID"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	var c *scout.Creator
	err := d.bolt.View(func(tx *bolt.Tx) error {
		var err error
		c, err = loadCreator(tx, []byte(resolveAlias(tx, id)), scout.DefaultPostLimit)
		if err == nil && c == nil {
			err = scout.Errorf(scout.ENOTFOUND, "creator %s not found", id)
		}
		return err
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return c, nil
}

// FindCreators returns one page of creators and the number that matched
// before paging. With filter.IDs it returns those creators in that order,
// skipping unknown and repeated ids (a non-nil empty list matches none);
// with nil IDs, all creators in id order.
// Only the page is decoded, and the unfiltered total comes from a stored
// counter, so paging through a large store stays cheap. Posts and snapshots
// are loaded only with filter.WithPosts. EINVALID for a negative offset,
// limit or post limit.
func (d *DB) FindCreators(ctx context.Context, filter scout.CreatorFilter) ([]*scout.Creator, int, error) {
	const op = "store.FindCreators"
	if err := ctx.Err(); err != nil {
		return nil, 0, fmt.Errorf("%s: %w", op, err)
	}
	if filter.Offset < 0 || filter.Limit < 0 || filter.PostLimit < 0 {
		return nil, 0, formatError(op, invalidf("offset, limit and post limit must not be negative"))
	}
	postLimit := 0
	if filter.WithPosts {
		postLimit = filter.PostLimit
		if postLimit == 0 {
			postLimit = scout.DefaultPostLimit
		}
	}
	var (
		out   []*scout.Creator
		total int
	)
	err := d.bolt.View(func(tx *bolt.Tx) error {
		var ids [][]byte
		if filter.IDs != nil {
			ids, total = pickIDs(tx, filter.IDs, filter.Offset, filter.Limit)
		} else {
			ids, total = pageIDs(tx, filter.Offset, filter.Limit)
		}
		out = make([]*scout.Creator, 0, len(ids))
		for _, id := range ids {
			if err := ctx.Err(); err != nil {
				return err
			}
			c, err := loadCreator(tx, id, postLimit)
			if err != nil {
				return err
			}
			out = append(out, c)
		}
		return nil
	})
	if err != nil {
		return nil, 0, formatError(op, err)
	}
	return out, total, nil
}

// pickIDs keeps the known, first-seen ids in order and pages them.
func pickIDs(tx *bolt.Tx, want []string, offset, limit int) ([][]byte, int) {
	b := tx.Bucket(bucketCreators)
	seen := make(map[string]bool, len(want))
	var ids [][]byte
	for _, id := range want {
		id = resolveAlias(tx, id) // a merged-away id reads as its survivor
		if seen[id] || b.Get([]byte(id)) == nil {
			continue
		}
		seen[id] = true
		ids = append(ids, []byte(id))
	}
	return page(ids, offset, limit), len(ids)
}

// pageIDs walks the creators bucket's keys without decoding values: it
// skips offset keys and copies out up to limit (all when 0).
func pageIDs(tx *bolt.Tx, offset, limit int) ([][]byte, int) {
	total := creatorCount(tx)
	var ids [][]byte
	c := tx.Bucket(bucketCreators).Cursor()
	i := 0
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		if i >= offset {
			if limit > 0 && len(ids) == limit {
				break
			}
			ids = append(ids, bytes.Clone(k))
		}
		i++
	}
	return ids, total
}

func page[T any](s []T, offset, limit int) []T {
	if offset >= len(s) {
		return nil
	}
	s = s[offset:]
	if limit > 0 && limit < len(s) {
		s = s[:limit]
	}
	return s
}

// CountCreators returns the number of stored creators, from a counter kept
// in the meta bucket rather than a scan.
func (d *DB) CountCreators(ctx context.Context) (int, error) {
	const op = "store.CountCreators"
	if err := ctx.Err(); err != nil {
		return 0, fmt.Errorf("%s: %w", op, err)
	}
	var n int
	err := d.bolt.View(func(tx *bolt.Tx) error {
		n = creatorCount(tx)
		return nil
	})
	if err != nil {
		return 0, formatError(op, err)
	}
	return n, nil
}

// ForEachCreator calls fn for every creator in id order, with accounts,
// its newest scout.DefaultPostLimit posts and all snapshots loaded, for
// reindexing and rescoring. It reads in batches of short transactions and
// calls fn outside them, so fn may write to the store (rescore calls
// UpdateCreator) without deadlocking bbolt; the flip side is that creators
// saved during the walk may or may not be seen. ctx is checked before every
// creator. The walk stops at the first error from fn, which is returned as
// is.
func (d *DB) ForEachCreator(ctx context.Context, fn func(*scout.Creator) error) error {
	return scan(ctx, d, "store.ForEachCreator", bucketCreators, func(tx *bolt.Tx, k, _ []byte) (*scout.Creator, error) {
		return loadCreator(tx, k, scout.DefaultPostLimit)
	}, fn)
}
