package store

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/target"
	bolt "go.etcd.io/bbolt"
)

// Buckets of identity resolution, created on first use (no schema bump:
// older files simply lack them, and the links index is rebuilt from the
// accounts the first time it is written).
var (
	// bucketLinks: target.LinkKey + 0x00 + account id → "p" (the account
	// lives at that URL), "l" (it links there) or "pl" (both).
	bucketLinks = []byte("links")
	// bucketAliases: merged-away creator id → surviving creator id.
	bucketAliases = []byte("creator_aliases")
	// bucketNeverMerge: account id + 0x00 + account id (sorted) → "" for
	// each pair split apart by hand.
	bucketNeverMerge = []byte("never_merge")
)

var _ scout.IdentityService = (*DB)(nil)

// maxAliasHops bounds alias chains (MergeCreators re-points old aliases,
// so chains are one hop; the bound only guards against a damaged file).
const maxAliasHops = 8

// resolveAlias returns the surviving creator id for id, or id itself when
// it is not an alias.
func resolveAlias(tx *bolt.Tx, id string) string {
	b := tx.Bucket(bucketAliases)
	if b == nil || id == "" {
		return id
	}
	for range maxAliasHops {
		next := b.Get([]byte(id))
		if next == nil {
			break
		}
		id = string(next)
	}
	return id
}

// linkEntries returns the links-bucket entries of an account: its profile
// keys ("p") and the keys of the links it publishes ("l").
func linkEntries(a *scout.Account) map[string]string {
	out := map[string]string{}
	ia := scout.IdentityAccountOf(a)
	for _, k := range target.ProfileKeys(ia) {
		out[k] = "p"
	}
	for _, raw := range a.Links {
		if k := target.LinkKey(raw); k != "" {
			if out[k] == "p" || out[k] == "pl" {
				out[k] = "pl"
			} else {
				out[k] = "l"
			}
		}
	}
	return out
}

func linkKey(key, accountID string) []byte {
	k := make([]byte, 0, len(key)+1+len(accountID))
	k = append(k, key...)
	k = append(k, sep)
	return append(k, accountID...)
}

// indexLinks updates the links index for an account that changed from prev
// (nil when new) to a. The first call on a file without the bucket builds
// it from every stored account.
func indexLinks(tx *bolt.Tx, prev, a *scout.Account) error {
	b := tx.Bucket(bucketLinks)
	if b == nil {
		var err error
		if b, err = tx.CreateBucket(bucketLinks); err != nil {
			return fmt.Errorf("create links index: %w", err)
		}
		err = tx.Bucket(bucketAccounts).ForEach(func(k, v []byte) error {
			var acc scout.Account
			if err := decodeJSON(k, v, &acc); err != nil {
				return err
			}
			for key, val := range linkEntries(&acc) {
				if _, err := putBytes(b, linkKey(key, acc.ID), []byte(val)); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("build links index: %w", err)
		}
	}
	next := linkEntries(a)
	if prev != nil {
		for key := range linkEntries(prev) {
			if _, keep := next[key]; !keep {
				if err := b.Delete(linkKey(key, a.ID)); err != nil {
					return fmt.Errorf("delete link %q: %w", key, err)
				}
			}
		}
	}
	for key, val := range next {
		if _, err := putBytes(b, linkKey(key, a.ID), []byte(val)); err != nil {
			return err
		}
	}
	return nil
}

// FindAccountsByLink returns the accounts that live at, or link to, one of
// keys (target.LinkKey values), each once, in id order, at most
// scout.MaxIdentityCandidates of them.
func (d *DB) FindAccountsByLink(ctx context.Context, keys []string) ([]scout.Account, error) {
	const op = "store.FindAccountsByLink"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	var out []scout.Account
	err := d.bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketLinks)
		if b == nil {
			return nil
		}
		ids := map[string]bool{}
		for _, key := range keys {
			if key == "" {
				continue
			}
			prefix := linkKey(key, "")
			c := b.Cursor()
			for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
				if len(ids) >= scout.MaxIdentityCandidates {
					break
				}
				ids[string(k[len(prefix):])] = true
			}
		}
		sorted := make([]string, 0, len(ids))
		for id := range ids {
			sorted = append(sorted, id)
		}
		slices.Sort(sorted)
		accounts := tx.Bucket(bucketAccounts)
		for _, id := range sorted {
			var a scout.Account
			ok, err := getJSON(accounts, []byte(id), &a)
			if err != nil {
				return err
			}
			if ok {
				out = append(out, a)
			}
		}
		return nil
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return out, nil
}

func neverKey(a, b string) []byte {
	if b < a {
		a, b = b, a
	}
	return linkKey(a, b)
}

// MergeCreators implements scout.IdentityService.
func (d *DB) MergeCreators(ctx context.Context, intoID, fromID string, evidence []scout.IdentityEvidence) (*scout.Creator, error) {
	const op = "store.MergeCreators"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	manual := slices.ContainsFunc(evidence, func(e scout.IdentityEvidence) bool { return e.Kind == scout.EvidenceManual })
	var out *scout.Creator
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		creators := tx.Bucket(bucketCreators)
		intoID, fromID := resolveAlias(tx, intoID), resolveAlias(tx, fromID)
		into, intoRaw, err := getRecord(creators, intoID)
		if err != nil {
			return err
		}
		now := d.now()
		if intoID == fromID {
			into.Identity = scout.MergeEvidence(into.Identity, evidence...)
			if err := putRecord(creators, into, intoRaw, now); err != nil {
				return err
			}
			out, err = loadCreator(tx, []byte(intoID), 0)
			return err
		}
		from, _, err := getRecord(creators, fromID)
		if err != nil {
			return err
		}
		never, err := tx.CreateBucketIfNotExists(bucketNeverMerge)
		if err != nil {
			return fmt.Errorf("create never-merge set: %w", err)
		}
		for _, x := range into.AccountIDs {
			for _, y := range from.AccountIDs {
				k := neverKey(x, y)
				if never.Get(k) == nil {
					continue
				}
				if !manual {
					return scout.Errorf(scout.ECONFLICT,
						"accounts %s and %s were split apart; only a manual merge joins them again", x, y)
				}
				if err := never.Delete(k); err != nil {
					return fmt.Errorf("lift never-merge pair: %w", err)
				}
			}
		}
		// Move the accounts.
		accounts := tx.Bucket(bucketAccounts)
		for _, id := range from.AccountIDs {
			var a scout.Account
			ok, err := getJSON(accounts, []byte(id), &a)
			if err != nil {
				return err
			}
			if ok {
				a.CreatorID = intoID
				if _, err := putJSON(accounts, []byte(id), a); err != nil {
					return err
				}
			}
			if !slices.Contains(into.AccountIDs, id) {
				into.AccountIDs = append(into.AccountIDs, id)
			}
		}
		into.Identity = scout.MergeEvidence(into.Identity, from.Identity...)
		into.Identity = scout.MergeEvidence(into.Identity, evidence...)
		into.FoundVia, _ = scout.AddFoundVia(into.FoundVia, from.FoundVia...) // how either was found
		// The merged-away id and every id merged into it before become
		// aliases of the survivor (one hop, never a chain).
		aliases, err := tx.CreateBucketIfNotExists(bucketAliases)
		if err != nil {
			return fmt.Errorf("create aliases: %w", err)
		}
		for _, old := range append([]string{fromID}, from.MergedFrom...) {
			if err := aliases.Put([]byte(old), []byte(intoID)); err != nil {
				return fmt.Errorf("put alias %s: %w", old, err)
			}
			if !slices.Contains(into.MergedFrom, old) {
				into.MergedFrom = append(into.MergedFrom, old)
			}
		}
		if err := creators.Delete([]byte(fromID)); err != nil {
			return fmt.Errorf("delete merged creator %s: %w", fromID, err)
		}
		if err := putCount(tx.Bucket(bucketMeta), creatorCount(tx)-1); err != nil {
			return err
		}
		if err := rederive(tx, into); err != nil {
			return err
		}
		if err := putRecord(creators, into, intoRaw, now); err != nil {
			return err
		}
		out, err = loadCreator(tx, []byte(intoID), 0)
		return err
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return out, nil
}

// SplitAccount implements scout.IdentityService. The new creator's id is
// scout.NewCreatorID(accountID) — the id the account had before it was
// merged, which stops being an alias — unless that id is a creator of its
// own, in which case a numbered variant is derived the same way. Evidence
// about the account leaves the old creator's identity.
func (d *DB) SplitAccount(ctx context.Context, creatorID, accountID string) (*scout.Creator, error) {
	const op = "store.SplitAccount"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	var out *scout.Creator
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		creators := tx.Bucket(bucketCreators)
		creatorID := resolveAlias(tx, creatorID)
		old, oldRaw, err := getRecord(creators, creatorID)
		if err != nil {
			return err
		}
		if !slices.Contains(old.AccountIDs, accountID) {
			return scout.Errorf(scout.ENOTFOUND, "creator %s has no account %s", creatorID, accountID)
		}
		if len(old.AccountIDs) == 1 {
			return scout.Errorf(scout.EINVALID, "account %s is creator %s's only account; there is nothing to split", accountID, creatorID)
		}
		aliases, err := tx.CreateBucketIfNotExists(bucketAliases)
		if err != nil {
			return fmt.Errorf("create aliases: %w", err)
		}
		newID := scout.NewCreatorID(accountID)
		for n := 2; creators.Get([]byte(newID)) != nil || (aliases.Get([]byte(newID)) != nil && string(aliases.Get([]byte(newID))) != creatorID); n++ {
			newID = scout.NewCreatorID(accountID + "\x00split" + strconv.Itoa(n))
		}
		if aliases.Get([]byte(newID)) != nil {
			if err := aliases.Delete([]byte(newID)); err != nil {
				return fmt.Errorf("delete alias %s: %w", newID, err)
			}
		}
		never, err := tx.CreateBucketIfNotExists(bucketNeverMerge)
		if err != nil {
			return fmt.Errorf("create never-merge set: %w", err)
		}
		old.AccountIDs = slices.DeleteFunc(old.AccountIDs, func(id string) bool { return id == accountID })
		for _, other := range old.AccountIDs {
			if err := never.Put(neverKey(accountID, other), []byte{}); err != nil {
				return fmt.Errorf("put never-merge pair: %w", err)
			}
		}
		old.Identity = slices.DeleteFunc(old.Identity, func(e scout.IdentityEvidence) bool { return e.Touches(accountID) })
		old.MergedFrom = slices.DeleteFunc(old.MergedFrom, func(id string) bool { return id == newID })
		if len(old.Identity) == 0 {
			old.Identity = nil
		}
		if len(old.MergedFrom) == 0 {
			old.MergedFrom = nil
		}
		now := d.now()
		accounts := tx.Bucket(bucketAccounts)
		var a scout.Account
		if _, err := getJSON(accounts, []byte(accountID), &a); err != nil {
			return err
		}
		a.CreatorID = newID
		if _, err := putJSON(accounts, []byte(accountID), a); err != nil {
			return err
		}
		fresh := &creatorRecord{ID: newID, AccountIDs: []string{accountID}, CreatedAt: now, UpdatedAt: now}
		if err := putCount(tx.Bucket(bucketMeta), creatorCount(tx)+1); err != nil {
			return err
		}
		for _, r := range []*creatorRecord{old, fresh} {
			if err := rederive(tx, r); err != nil {
				return err
			}
		}
		if err := putRecord(creators, old, oldRaw, now); err != nil {
			return err
		}
		if err := putRecord(creators, fresh, nil, now); err != nil {
			return err
		}
		out, err = loadCreator(tx, []byte(newID), 0)
		return err
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return out, nil
}

// getRecord decodes the creator record stored under id, returning its raw
// bytes too (for putRecord's unchanged check). ENOTFOUND when absent.
func getRecord(b *bolt.Bucket, id string) (*creatorRecord, []byte, error) {
	raw := bytes.Clone(b.Get([]byte(id)))
	if raw == nil {
		return nil, nil, scout.Errorf(scout.ENOTFOUND, "creator %s not found", id)
	}
	var r creatorRecord
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, nil, fmt.Errorf("decode creator %s: %w", id, err)
	}
	return &r, raw, nil
}

// rederive recomputes the fields that follow from the accounts (name, bio,
// links, followers, data_as_of), as SaveProfile does; scores follow when
// the Ingester refreshes the creator.
func rederive(tx *bolt.Tx, r *creatorRecord) error {
	all, err := loadAccounts(tx, r.AccountIDs)
	if err != nil {
		return err
	}
	c := r.creator(all)
	c.Derive()
	r.Name, r.Bio, r.Links, r.Followers, r.DataAsOf = c.Name, c.Bio, c.Links, c.Followers, c.DataAsOf
	return nil
}

// NeverMerge reports whether accounts a and b were split apart by hand and
// so are never merged automatically.
func (d *DB) NeverMerge(ctx context.Context, a, b string) (bool, error) {
	const op = "store.NeverMerge"
	if err := ctx.Err(); err != nil {
		return false, fmt.Errorf("%s: %w", op, err)
	}
	var found bool
	err := d.bolt.View(func(tx *bolt.Tx) error {
		if bk := tx.Bucket(bucketNeverMerge); bk != nil {
			found = bk.Get(neverKey(a, b)) != nil
		}
		return nil
	})
	return found, formatError(op, err)
}
