package store

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/scout-oss/scout"
	bolt "go.etcd.io/bbolt"
)

// creatorRecord is a creator as stored: the derived fields of scout.Creator
// plus the ids of its accounts. Accounts, posts and snapshots live in their
// own buckets, so a score update rewrites only this small record. It is its
// own type (not scout.Creator) so the API's JSON shape and the file format
// can change separately.
type creatorRecord struct {
	ID         string                  `json:"id"`
	AccountIDs []string                `json:"account_ids"`
	Name       string                  `json:"name"`
	Bio        string                  `json:"bio"`
	Links      []string                `json:"links"`
	Language   *string                 `json:"language"`
	Country    *string                 `json:"country"`
	Followers  *int64                  `json:"followers"`
	Engagement scout.Engagement        `json:"engagement"`
	Scores     map[string]*scout.Score `json:"scores"`
	Flags      []scout.Flag            `json:"flags"`
	// Partnerships is omitted when nil so records written before it existed
	// stay byte-identical when re-saved.
	Partnerships *scout.Partnerships `json:"partnerships,omitempty"`
	DataAsOf     *time.Time          `json:"data_as_of"`
	// Identity and MergedFrom change only through MergeCreators and
	// SplitAccount (store/identity.go), never through UpdateCreator;
	// omitted when empty so older records re-save byte-identical.
	Identity   []scout.IdentityEvidence `json:"identity,omitempty"`
	MergedFrom []string                 `json:"merged_from,omitempty"`
	CreatedAt  time.Time                `json:"created_at"`
	UpdatedAt  time.Time                `json:"updated_at"`
	// FoundVia is appended by SaveProfile only (never by UpdateCreator,
	// whose creator may have been read before a concurrent save).
	// FoundVia, Contacts and the evidence blocks are omitted when empty so
	// records written before they existed stay byte-identical.
	FoundVia         []scout.FoundVia        `json:"found_via,omitempty"`
	Contacts         []scout.Contact         `json:"contacts,omitempty"`
	LanguageEvidence *scout.LanguageEvidence `json:"language_evidence,omitempty"`
	CountryEvidence  *scout.CountryEvidence  `json:"country_evidence,omitempty"`
	// AccountEngagement is each account's own engagement (a derived field,
	// set by UpdateCreator), keyed by account id; omitted when empty.
	AccountEngagement map[string]scout.Engagement `json:"account_engagement,omitempty"`
	// Topics are the derived topics with their evidence; omitted when
	// empty so older records re-save byte-identical.
	Topics []scout.CreatorTopic `json:"topics,omitempty"`
}

// setDerived copies the fields UpdateCreator is allowed to change.
func (r *creatorRecord) setDerived(c *scout.Creator) {
	r.Name = c.Name
	r.Bio = c.Bio
	r.Links = c.Links
	r.Language = c.Language
	r.Country = c.Country
	r.Followers = c.Followers
	r.Engagement = c.Engagement
	r.Scores = c.Scores
	r.Flags = c.Flags
	r.Partnerships = c.Partnerships
	r.Contacts = c.Contacts
	r.LanguageEvidence = c.LanguageEvidence
	r.CountryEvidence = c.CountryEvidence
	r.Topics = c.Topics
	r.AccountEngagement = nil
	for _, a := range c.Accounts {
		if a.Engagement != nil {
			if r.AccountEngagement == nil {
				r.AccountEngagement = make(map[string]scout.Engagement, len(c.Accounts))
			}
			r.AccountEngagement[a.ID] = *a.Engagement
		}
	}
	r.DataAsOf = nil
	if c.DataAsOf != nil {
		t := c.DataAsOf.UTC()
		r.DataAsOf = &t
	}
}

// creator builds the API value from the record and its loaded accounts.
func (r *creatorRecord) creator(accounts []scout.Account) *scout.Creator {
	for i := range accounts {
		if e, ok := r.AccountEngagement[accounts[i].ID]; ok {
			accounts[i].Engagement = &e
		}
	}
	return &scout.Creator{
		ID:           r.ID,
		Name:         r.Name,
		Accounts:     accounts,
		Bio:          r.Bio,
		Links:        r.Links,
		Language:     r.Language,
		Country:      r.Country,
		Followers:    r.Followers,
		Engagement:   r.Engagement,
		Scores:       r.Scores,
		Flags:        r.Flags,
		Partnerships: r.Partnerships,
		DataAsOf:     r.DataAsOf,
		Identity:     r.Identity,
		MergedFrom:   r.MergedFrom,
		CreatedAt:    r.CreatedAt,
		UpdatedAt:    r.UpdatedAt,

		FoundVia:         r.FoundVia,
		Contacts:         r.Contacts,
		LanguageEvidence: r.LanguageEvidence,
		CountryEvidence:  r.CountryEvidence,
		Topics:           r.Topics,
	}
}

// getJSON decodes the value at key into v and reports whether it was there.
// Decoding copies, so nothing in v points into bbolt's memory map.
func getJSON(b *bolt.Bucket, key []byte, v any) (bool, error) {
	raw := b.Get(key)
	if raw == nil {
		return false, nil
	}
	return true, decodeJSON(key, raw, v)
}

// decodeJSON decodes one stored value, naming its key on failure.
func decodeJSON(key, raw []byte, v any) error {
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("decode %q: %w", key, err)
	}
	return nil
}

// putJSON encodes v at key unless the stored bytes are already the same.
// Skipping equal writes keeps re-saves from dirtying pages and makes saving
// the same data twice leave the file's contents unchanged. It reports
// whether it wrote.
func putJSON(b *bolt.Bucket, key []byte, v any) (bool, error) {
	raw, err := json.Marshal(v)
	if err != nil {
		return false, fmt.Errorf("encode %q: %w", key, err)
	}
	return putBytes(b, key, raw)
}

func putBytes(b *bolt.Bucket, key, raw []byte) (bool, error) {
	if bytes.Equal(b.Get(key), raw) {
		return false, nil
	}
	if err := b.Put(key, raw); err != nil {
		return false, fmt.Errorf("put %q: %w", key, err)
	}
	return true, nil
}

// loadAccounts reads the accounts with the given ids, sorted by followers
// (unknown counts last) then id, the order FindCreatorByID promises and
// Derive's tie-break relies on. Ids without a stored account are skipped.
func loadAccounts(tx *bolt.Tx, ids []string) ([]scout.Account, error) {
	b := tx.Bucket(bucketAccounts)
	out := make([]scout.Account, 0, len(ids))
	for _, id := range ids {
		var a scout.Account
		ok, err := getJSON(b, []byte(id), &a)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, a)
		}
	}
	slices.SortFunc(out, func(a, b scout.Account) int {
		if c := cmp.Compare(followers(b.Followers), followers(a.Followers)); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out, nil
}

func followers(p *int64) int64 {
	if p == nil {
		return -1
	}
	return *p
}

// loadPosts returns up to limit posts of the accounts, newest first; posts
// published at the same instant are ordered by account id, then post id.
func loadPosts(tx *bolt.Tx, accountIDs []string, limit int) ([]scout.Post, error) {
	b := tx.Bucket(bucketPosts)
	var out []scout.Post
	for _, id := range accountIDs {
		prefix := accountPrefix(id)
		c := b.Cursor()
		n := 0
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix) && n < limit; k, v = c.Next() {
			var p scout.Post
			if err := decodeJSON(k, v, &p); err != nil {
				return nil, err
			}
			out = append(out, p)
			n++
		}
	}
	slices.SortStableFunc(out, func(a, b scout.Post) int {
		return newestFirst(b.PublishedAt.Compare(a.PublishedAt), a.AccountID, b.AccountID, a.ID, b.ID)
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// loadSnapshots returns every snapshot of the accounts, oldest first.
func loadSnapshots(tx *bolt.Tx, accountIDs []string) ([]scout.Snapshot, error) {
	b := tx.Bucket(bucketSnapshots)
	var out []scout.Snapshot
	for _, id := range accountIDs {
		prefix := accountPrefix(id)
		c := b.Cursor()
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			var s scout.Snapshot
			if err := decodeJSON(k, v, &s); err != nil {
				return nil, err
			}
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, func(a, b scout.Snapshot) int {
		if c := a.At.Compare(b.At); c != 0 {
			return c
		}
		return cmp.Compare(a.AccountID, b.AccountID)
	})
	return out, nil
}

// loadCreator assembles the creator stored under id: its record and
// accounts, and with postLimit > 0 its newest posts and all snapshots. It
// returns nil, nil when there is no such creator.
func loadCreator(tx *bolt.Tx, id []byte, postLimit int) (*scout.Creator, error) {
	var r creatorRecord
	ok, err := getJSON(tx.Bucket(bucketCreators), id, &r)
	if err != nil || !ok {
		return nil, err
	}
	accounts, err := loadAccounts(tx, r.AccountIDs)
	if err != nil {
		return nil, err
	}
	c := r.creator(accounts)
	if postLimit > 0 {
		if c.Posts, err = loadPosts(tx, r.AccountIDs, postLimit); err != nil {
			return nil, err
		}
		if c.Snapshots, err = loadSnapshots(tx, r.AccountIDs); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// newestFirst is the order of a creator's recent posts: newest first
// (byTime compares b's time with a's), then by account and id. Every
// reader that picks "the recent posts" uses it, so they pick the same.
func newestFirst(byTime int, aAccount, bAccount, aID, bID string) int {
	if byTime != 0 {
		return byTime
	}
	if c := cmp.Compare(aAccount, bAccount); c != 0 {
		return c
	}
	return cmp.Compare(aID, bID)
}
