package store

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/target"
	bolt "go.etcd.io/bbolt"
)

// Buckets of shortlists and the hide list. Like briefs they are created by
// the first write rather than by the schema, so files written before them
// need no migration and older Scouts ignore them; readers treat a missing
// bucket as empty.
var (
	// bucketShortlists: big-endian sequence → shortlistRecord JSON, so a
	// cursor walks shortlists oldest first.
	bucketShortlists = []byte("shortlists")
	// bucketShortlistEntries: shortlist key (8 bytes) + entry key →
	// scout.ShortlistEntry JSON, so one Seek finds a shortlist's entries.
	bucketShortlistEntries = []byte("shortlist_entries")
	// bucketHidden: creator id → scout.HiddenCreator JSON.
	bucketHidden = []byte("hidden")
)

var (
	_ scout.ShortlistService = (*DB)(nil)
	_ scout.HiddenService    = (*DB)(nil)
	_ scout.TargetResolver   = (*DB)(nil)
)

// shortlistPrefix starts every shortlist id ("sl1", "sl2", …), so ids read
// as what they are.
const shortlistPrefix = "sl"

// shortlistRecord is a shortlist as stored: its fields without entries, and
// the next entry position.
type shortlistRecord struct {
	ID          string    `json:"id"`
	Name        string    `json:"name"`
	Description string    `json:"description"`
	EntryCount  int       `json:"entry_count"`
	NextPos     int       `json:"next_position"`
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`
}

func (r *shortlistRecord) shortlist() *scout.Shortlist {
	return &scout.Shortlist{ID: r.ID, Name: r.Name, Description: r.Description,
		EntryCount: r.EntryCount, CreatedAt: r.CreatedAt, UpdatedAt: r.UpdatedAt}
}

func shortlistKey(seq uint64) []byte { return binary.BigEndian.AppendUint64(nil, seq) }

// parseShortlistID returns the key of id, or false when id cannot be one.
func parseShortlistID(id string) ([]byte, bool) {
	n, ok := strings.CutPrefix(id, shortlistPrefix)
	if !ok || n == "" || n[0] == '0' || n[0] == '+' {
		return nil, false
	}
	seq, err := strconv.ParseUint(n, 10, 64)
	if err != nil {
		return nil, false
	}
	return shortlistKey(seq), true
}

func entryKey(slKey []byte, key string) []byte {
	k := make([]byte, 0, len(slKey)+len(key))
	return append(append(k, slKey...), key...)
}

func shortlistNotFound(id string) error {
	return scout.Errorf(scout.ENOTFOUND, "shortlist %s not found", id)
}

// getShortlist reads the record of id; ENOTFOUND when absent.
func getShortlist(tx *bolt.Tx, id string) ([]byte, *shortlistRecord, error) {
	key, ok := parseShortlistID(id)
	b := tx.Bucket(bucketShortlists)
	if !ok || b == nil {
		return nil, nil, shortlistNotFound(id)
	}
	var r shortlistRecord
	found, err := getJSON(b, key, &r)
	if err != nil {
		return nil, nil, err
	}
	if !found {
		return nil, nil, shortlistNotFound(id)
	}
	return key, &r, nil
}

// CreateShortlist validates s, assigns the next id and stores it.
// EINVALID when Validate rejects it.
func (d *DB) CreateShortlist(ctx context.Context, s *scout.Shortlist) error {
	const op = "store.CreateShortlist"
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	if s == nil {
		return formatError(op, invalidf("shortlist is empty"))
	}
	if err := s.Validate(); err != nil {
		return formatError(op, err)
	}
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketShortlists)
		if err != nil {
			return fmt.Errorf("create bucket %s: %w", bucketShortlists, err)
		}
		seq, err := b.NextSequence()
		if err != nil {
			return fmt.Errorf("next shortlist id: %w", err)
		}
		now := d.now()
		r := shortlistRecord{ID: shortlistPrefix + strconv.FormatUint(seq, 10), Name: s.Name,
			Description: s.Description, CreatedAt: now, UpdatedAt: now}
		if _, err := putJSON(b, shortlistKey(seq), &r); err != nil {
			return err
		}
		*s = *r.shortlist()
		return nil
	})
	return formatError(op, err)
}

// FindShortlistByID returns the shortlist with its entries in the order
// they were added. ENOTFOUND when there is none.
func (d *DB) FindShortlistByID(ctx context.Context, id string) (*scout.Shortlist, error) {
	const op = "store.FindShortlistByID"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	var s *scout.Shortlist
	err := d.bolt.View(func(tx *bolt.Tx) error {
		key, r, err := getShortlist(tx, id)
		if err != nil {
			return err
		}
		s = r.shortlist()
		s.Entries, err = loadEntries(tx, key)
		return err
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return s, nil
}

// loadEntries reads one shortlist's entries, ordered by position.
func loadEntries(tx *bolt.Tx, slKey []byte) ([]scout.ShortlistEntry, error) {
	out := []scout.ShortlistEntry{}
	b := tx.Bucket(bucketShortlistEntries)
	if b == nil {
		return out, nil
	}
	c := b.Cursor()
	for k, v := c.Seek(slKey); k != nil && bytes.HasPrefix(k, slKey); k, v = c.Next() {
		var e scout.ShortlistEntry
		if err := decodeJSON(k, v, &e); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b scout.ShortlistEntry) int {
		return cmp.Or(cmp.Compare(a.Position, b.Position), strings.Compare(target.EntryKey(&a), target.EntryKey(&b)))
	})
	return out, nil
}

// FindShortlists returns a page of shortlists, oldest first, without
// entries, and the number stored. EINVALID for a negative offset or limit.
func (d *DB) FindShortlists(ctx context.Context, filter scout.ShortlistFilter) ([]*scout.Shortlist, int, error) {
	const op = "store.FindShortlists"
	if err := ctx.Err(); err != nil {
		return nil, 0, fmt.Errorf("%s: %w", op, err)
	}
	if filter.Offset < 0 || filter.Limit < 0 {
		return nil, 0, formatError(op, invalidf("offset and limit must not be negative"))
	}
	out := []*scout.Shortlist{}
	total := 0
	err := d.bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketShortlists)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			total++
			if total <= filter.Offset || (filter.Limit > 0 && len(out) == filter.Limit) {
				continue
			}
			var r shortlistRecord
			if err := decodeJSON(k, v, &r); err != nil {
				return err
			}
			out = append(out, r.shortlist())
		}
		return nil
	})
	if err != nil {
		return nil, 0, formatError(op, err)
	}
	return out, total, nil
}

// UpdateShortlist renames or re-describes a shortlist. ENOTFOUND when
// absent, EINVALID for a bad name or description.
func (d *DB) UpdateShortlist(ctx context.Context, id string, upd scout.ShortlistUpdate) (*scout.Shortlist, error) {
	const op = "store.UpdateShortlist"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	var out *scout.Shortlist
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		key, r, err := getShortlist(tx, id)
		if err != nil {
			return err
		}
		s := r.shortlist()
		if upd.Name != nil {
			s.Name = *upd.Name
		}
		if upd.Description != nil {
			s.Description = *upd.Description
		}
		if err := s.Validate(); err != nil {
			return err
		}
		if s.Name != r.Name || s.Description != r.Description {
			r.Name, r.Description, r.UpdatedAt = s.Name, s.Description, d.now()
			if _, err := putJSON(tx.Bucket(bucketShortlists), key, r); err != nil {
				return err
			}
		}
		out = r.shortlist()
		return nil
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return out, nil
}

// DeleteShortlist removes a shortlist and all its entries. ENOTFOUND when
// absent.
func (d *DB) DeleteShortlist(ctx context.Context, id string) error {
	const op = "store.DeleteShortlist"
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		key, _, err := getShortlist(tx, id)
		if err != nil {
			return err
		}
		if eb := tx.Bucket(bucketShortlistEntries); eb != nil {
			var keys [][]byte
			c := eb.Cursor()
			for k, _ := c.Seek(key); k != nil && bytes.HasPrefix(k, key); k, _ = c.Next() {
				keys = append(keys, bytes.Clone(k))
			}
			for _, k := range keys {
				if err := eb.Delete(k); err != nil {
					return fmt.Errorf("delete entry: %w", err)
				}
			}
		}
		return tx.Bucket(bucketShortlists).Delete(key)
	})
	return formatError(op, err)
}

// AddEntries adds the entries in one transaction, in order; an entry whose
// key is already on the list (or repeated in entries) is left untouched and
// returned in existing. ENOTFOUND when the shortlist is absent, EINVALID
// for a bad entry (nothing is added then).
func (d *DB) AddEntries(ctx context.Context, id string, entries []scout.ShortlistEntry) (added, existing []scout.ShortlistEntry, err error) {
	const op = "store.AddEntries"
	if err := ctx.Err(); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", op, err)
	}
	for i := range entries {
		if err := entries[i].Validate(); err != nil {
			return nil, nil, formatError(op, err)
		}
	}
	err = d.bolt.Update(func(tx *bolt.Tx) error {
		added, existing = nil, nil
		key, r, err := getShortlist(tx, id)
		if err != nil {
			return err
		}
		eb, err := tx.CreateBucketIfNotExists(bucketShortlistEntries)
		if err != nil {
			return fmt.Errorf("create bucket %s: %w", bucketShortlistEntries, err)
		}
		now := d.now()
		for _, e := range entries {
			if err := ctx.Err(); err != nil {
				return err
			}
			ek := entryKey(key, target.EntryKey(&e))
			var old scout.ShortlistEntry
			found, err := getJSON(eb, ek, &old)
			if err != nil {
				return err
			}
			if found {
				existing = append(existing, old)
				continue
			}
			e.Position = r.NextPos
			r.NextPos++
			e.AddedAt, e.UpdatedAt = now, now
			if _, err := putJSON(eb, ek, &e); err != nil {
				return err
			}
			r.EntryCount++
			added = append(added, e)
		}
		if len(added) == 0 {
			return nil
		}
		r.UpdatedAt = now
		_, err = putJSON(tx.Bucket(bucketShortlists), key, r)
		return err
	})
	if err != nil {
		return nil, nil, formatError(op, err)
	}
	return added, existing, nil
}

// UpdateEntry changes the entry with the given key. Resolving a pending
// entry (upd.CreatorID) re-keys it under the creator's id and clears
// PendingCrawl. ENOTFOUND when the shortlist or entry is absent, EINVALID
// for bad values, ECONFLICT when the creator is already on the list.
func (d *DB) UpdateEntry(ctx context.Context, id, key string, upd scout.EntryUpdate) (*scout.ShortlistEntry, error) {
	const op = "store.UpdateEntry"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	var out *scout.ShortlistEntry
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		slKey, r, err := getShortlist(tx, id)
		if err != nil {
			return err
		}
		eb := tx.Bucket(bucketShortlistEntries)
		var e scout.ShortlistEntry
		found := false
		if eb != nil {
			if found, err = getJSON(eb, entryKey(slKey, key), &e); err != nil {
				return err
			}
		}
		if !found {
			return scout.Errorf(scout.ENOTFOUND, "shortlist %s has no entry %s", id, key)
		}
		before, _ := json.Marshal(e)
		if upd.Stage != nil {
			e.Stage = *upd.Stage
		}
		if upd.Note != nil {
			e.Note = *upd.Note
		}
		if upd.Tags != nil {
			e.Tags = *upd.Tags
		}
		if upd.CrawlJobID != nil {
			e.CrawlJobID = *upd.CrawlJobID
		}
		if upd.CreatorID != nil && *upd.CreatorID != "" && *upd.CreatorID != e.CreatorID {
			if eb.Get(entryKey(slKey, *upd.CreatorID)) != nil {
				return scout.Errorf(scout.ECONFLICT, "creator %s is already on shortlist %s", *upd.CreatorID, id)
			}
			e.CreatorID, e.PendingCrawl = *upd.CreatorID, false
		}
		if err := e.Validate(); err != nil {
			return err
		}
		out = &e
		if after, _ := json.Marshal(e); bytes.Equal(before, after) {
			return nil
		}
		now := d.now()
		e.UpdatedAt = now
		if target.EntryKey(&e) != key {
			if err := eb.Delete(entryKey(slKey, key)); err != nil {
				return fmt.Errorf("delete entry %s: %w", key, err)
			}
		}
		if _, err := putJSON(eb, entryKey(slKey, target.EntryKey(&e)), &e); err != nil {
			return err
		}
		r.UpdatedAt = now
		_, err = putJSON(tx.Bucket(bucketShortlists), slKey, r)
		return err
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return out, nil
}

// DeleteEntry removes an entry. ENOTFOUND when the shortlist or the entry
// is absent.
func (d *DB) DeleteEntry(ctx context.Context, id, key string) error {
	const op = "store.DeleteEntry"
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		slKey, r, err := getShortlist(tx, id)
		if err != nil {
			return err
		}
		eb := tx.Bucket(bucketShortlistEntries)
		ek := entryKey(slKey, key)
		if eb == nil || eb.Get(ek) == nil {
			return scout.Errorf(scout.ENOTFOUND, "shortlist %s has no entry %s", id, key)
		}
		if err := eb.Delete(ek); err != nil {
			return fmt.Errorf("delete entry %s: %w", key, err)
		}
		r.EntryCount--
		r.UpdatedAt = d.now()
		_, err = putJSON(tx.Bucket(bucketShortlists), slKey, r)
		return err
	})
	return formatError(op, err)
}

// HideCreator adds h to the hide list, or replaces the reason of a creator
// already on it (keeping the first HiddenAt). EINVALID without a creator id
// or with a reason over scout.MaxNote characters.
func (d *DB) HideCreator(ctx context.Context, h *scout.HiddenCreator) (bool, error) {
	const op = "store.HideCreator"
	if err := ctx.Err(); err != nil {
		return false, fmt.Errorf("%s: %w", op, err)
	}
	if h == nil || strings.TrimSpace(h.CreatorID) == "" {
		return false, formatError(op, invalidf("creator_id is required"))
	}
	if len([]rune(h.Reason)) > scout.MaxNote {
		return false, formatError(op, invalidf("reason is longer than %d characters", scout.MaxNote))
	}
	created := false
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketHidden)
		if err != nil {
			return fmt.Errorf("create bucket %s: %w", bucketHidden, err)
		}
		var old scout.HiddenCreator
		found, err := getJSON(b, []byte(h.CreatorID), &old)
		if err != nil {
			return err
		}
		if found {
			h.HiddenAt = old.HiddenAt
		} else {
			h.HiddenAt = d.now()
			created = true
		}
		_, err = putJSON(b, []byte(h.CreatorID), h)
		return err
	})
	if err != nil {
		return false, formatError(op, err)
	}
	return created, nil
}

// UnhideCreator removes a creator from the hide list. ENOTFOUND when it was
// not on it.
func (d *DB) UnhideCreator(ctx context.Context, creatorID string) error {
	const op = "store.UnhideCreator"
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketHidden)
		if b == nil || b.Get([]byte(creatorID)) == nil {
			return scout.Errorf(scout.ENOTFOUND, "creator %s is not hidden", creatorID)
		}
		return b.Delete([]byte(creatorID))
	})
	return formatError(op, err)
}

// FindHidden returns the hide list, most recently hidden first.
func (d *DB) FindHidden(ctx context.Context) ([]*scout.HiddenCreator, error) {
	const op = "store.FindHidden"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	out := []*scout.HiddenCreator{}
	err := d.bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketHidden)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			var h scout.HiddenCreator
			if err := decodeJSON(k, v, &h); err != nil {
				return err
			}
			out = append(out, &h)
			return nil
		})
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	slices.SortFunc(out, func(a, b *scout.HiddenCreator) int {
		return cmp.Or(b.HiddenAt.Compare(a.HiddenAt), strings.Compare(a.CreatorID, b.CreatorID))
	})
	return out, nil
}

// HiddenIDs returns the hidden creator ids as a set. Only keys are read,
// so filtering search results by it stays cheap.
func (d *DB) HiddenIDs(ctx context.Context) (map[string]bool, error) {
	const op = "store.HiddenIDs"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	out := map[string]bool{}
	err := d.bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketHidden)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, _ []byte) error {
			out[string(k)] = true
			return nil
		})
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return out, nil
}

// ResolveTargets matches pasted targets against the stored accounts by id,
// URL and handle (target.Keys and target.AccountKeys) in one pass over
// the accounts bucket, and returns target → creator id for the known ones.
// Accounts are decoded only when their bytes mention a wanted handle or
// path, so resolving a paste against a large store stays a fast scan.
func (d *DB) ResolveTargets(ctx context.Context, targets []string) (map[string]string, error) {
	const op = "store.ResolveTargets"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	want := map[string][]string{} // key → targets
	var needles [][]byte          // lower-case fragments an account's JSON must contain
	for _, t := range targets {
		for _, k := range target.Keys(t) {
			want[k] = append(want[k], t)
			if _, rest, ok := strings.Cut(k, ":"); ok {
				frag := rest
				if i := strings.LastIndexByte(frag, '/'); i >= 0 && i < len(frag)-1 {
					frag = frag[i+1:]
				}
				if user, _, ok := strings.Cut(frag, "@"); ok && user != "" {
					frag = user
				}
				if u, err := url.PathUnescape(frag); err == nil {
					frag = u
				}
				needles = append(needles, []byte(frag))
			}
		}
	}
	out := map[string]string{}
	if len(want) == 0 {
		return out, nil
	}
	err := d.bolt.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketAccounts).Cursor()
		n := 0
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if n++; n%1024 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			lower := bytes.ToLower(v)
			hit := false
			for _, nd := range needles {
				if bytes.Contains(lower, nd) {
					hit = true
					break
				}
			}
			if !hit {
				continue
			}
			var a scout.Account
			if err := decodeJSON(k, v, &a); err != nil {
				return err
			}
			for _, key := range target.AccountKeys(&a) {
				for _, t := range want[key] {
					if _, done := out[t]; !done {
						out[t] = a.CreatorID
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return out, nil
}
