package store

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/target"
	bolt "go.etcd.io/bbolt"
)

var _ scout.PrivacyService = (*DB)(nil)

// ResolveSubject implements scout.PrivacyService: a creator id (or an id
// merged into one), an account id, then a URL or handle matched like a
// pasted shortlist target.
func (d *DB) ResolveSubject(ctx context.Context, ref string) (string, error) {
	const op = "store.ResolveSubject"
	if err := ctx.Err(); err != nil {
		return "", fmt.Errorf("%s: %w", op, err)
	}
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return "", formatError(op, invalidf("no creator id, URL or handle given"))
	}
	var id string
	err := d.bolt.View(func(tx *bolt.Tx) error {
		if c := resolveAlias(tx, ref); tx.Bucket(bucketCreators).Get([]byte(c)) != nil {
			id = c
			return nil
		}
		var a scout.Account
		ok, err := getJSON(tx.Bucket(bucketAccounts), []byte(ref), &a)
		if ok {
			id = resolveAlias(tx, a.CreatorID)
		}
		return err
	})
	if err != nil {
		return "", formatError(op, err)
	}
	if id != "" {
		return id, nil
	}
	if len(target.Keys(ref)) > 0 {
		m, err := d.ResolveTargets(ctx, []string{ref})
		if err != nil {
			return "", err
		}
		if id = m[ref]; id != "" {
			return id, nil
		}
	}
	return "", formatError(op, scout.Errorf(scout.ENOTFOUND, "no stored creator is %s", ref))
}

// EraseCreator implements scout.PrivacyService. In one transaction it
// deletes the creator record and every id merged into it, the accounts,
// their posts, post index, snapshots and links-index entries, never-merge
// pairs, flag reviews, the hide-list entry, shortlist entries (by creator
// and pending ones by target), the visits and HTTP validators of the
// person's URLs, alerts about them, their ids in watches and alert state,
// their targets in stored crawl jobs, schedules and every job's queued
// frontier, and the mentions of their names, handles, URLs and ids in the
// names and queries of saved searches, the names of watches and the
// messages of jobs and alerts (erase_scrub.go), and closes the removal
// requests that name them (removals.go); it then adds every
// identifier (creator ids, account ids, profile URLs, PLATFORM:HANDLE) to
// the suppression list and appends the audit entry, which holds the
// person's keyed hash and counts only. bbolt keeps deleted bytes in free
// pages until they are reused: `scout compact` rewrites the file.
func (d *DB) EraseCreator(ctx context.Context, id, actor string) (*scout.Erasure, error) {
	const op = "store.EraseCreator"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	var out *scout.Erasure
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		var err error
		out, err = d.eraseTx(tx, id, actor)
		return err
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return out, nil
}

// subjectSet is what identifies one person inside an erasure.
type subjectSet struct {
	creatorIDs map[string]bool
	accountIDs map[string]bool
	keys       map[string]bool // target.AccountKeys and CreatorSubjectKey values
}

// matchesTarget reports whether a URL or handle names the person.
func (s *subjectSet) matchesTarget(t string) bool {
	for _, k := range target.Keys(t) {
		if s.keys[k] {
			return true
		}
	}
	return false
}

func (s *subjectSet) list() []string {
	out := make([]string, 0, len(s.keys))
	for k := range s.keys {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func (d *DB) eraseTx(tx *bolt.Tx, id, actor string) (*scout.Erasure, error) {
	creators := tx.Bucket(bucketCreators)
	id = resolveAlias(tx, id)
	rec, _, err := getRecord(creators, id)
	if err != nil {
		return nil, err
	}
	secret, err := ensureSuppressionSecret(tx)
	if err != nil {
		return nil, err
	}
	e := &scout.Erasure{Subject: auditSubject(secret, id)}
	s := &subjectSet{creatorIDs: map[string]bool{id: true}, accountIDs: map[string]bool{}, keys: map[string]bool{}}
	for _, m := range rec.MergedFrom {
		s.creatorIDs[m] = true
	}
	mentions := &personText{}
	mentions.add(rec.Name)
	for c := range s.creatorIDs {
		s.keys[target.CreatorSubjectKey(c)] = true
		e.IndexIDs = append(e.IndexIDs, c)
		mentions.add(c)
	}
	slices.Sort(e.IndexIDs)

	// Accounts with their posts, snapshots and links-index entries.
	accounts := tx.Bucket(bucketAccounts)
	links := tx.Bucket(bucketLinks)
	for _, aid := range rec.AccountIDs {
		s.accountIDs[aid] = true
		e.AccountIDs = append(e.AccountIDs, aid)
		var a scout.Account
		ok, err := getJSON(accounts, []byte(aid), &a)
		if err != nil {
			return nil, err
		}
		mentions.add(aid)
		if ok {
			for _, k := range target.AccountKeys(&a) {
				s.keys[k] = true
			}
			mentions.add(a.DisplayName)
			mentions.add(a.Handle)
			mentions.add(a.URL)
			if links != nil {
				for key := range linkEntries(&a) {
					if err := links.Delete(linkKey(key, aid)); err != nil {
						return nil, fmt.Errorf("delete link: %w", err)
					}
				}
			}
			if err := accounts.Delete([]byte(aid)); err != nil {
				return nil, fmt.Errorf("delete account: %w", err)
			}
			e.Accounts++
		}
		s.keys["id:"+strings.ToLower(aid)] = true
		n, err := deletePrefix(tx.Bucket(bucketPosts), accountPrefix(aid))
		if err != nil {
			return nil, err
		}
		e.Posts += n
		if _, err := deletePrefix(tx.Bucket(bucketPostKeys), accountPrefix(aid)); err != nil {
			return nil, err
		}
		if n, err = deletePrefix(tx.Bucket(bucketSnapshots), accountPrefix(aid)); err != nil {
			return nil, err
		}
		e.Snapshots += n
	}

	// The creator record, its aliases and the count.
	if err := creators.Delete([]byte(id)); err != nil {
		return nil, fmt.Errorf("delete creator: %w", err)
	}
	if err := putCount(tx.Bucket(bucketMeta), creatorCount(tx)-1); err != nil {
		return nil, err
	}
	n, err := deleteWhere(tx.Bucket(bucketAliases), func(k, v []byte) bool {
		return s.creatorIDs[string(k)] || string(v) == id
	})
	if err != nil {
		return nil, err
	}
	e.Other += n
	n, err = deleteWhere(tx.Bucket(bucketNeverMerge), func(k, _ []byte) bool {
		a, b, _ := bytes.Cut(k, []byte{sep})
		return s.accountIDs[string(a)] || s.accountIDs[string(b)]
	})
	if err != nil {
		return nil, err
	}
	e.Other += n

	// Decisions about the person.
	for c := range s.creatorIDs {
		n, err := deletePrefix(tx.Bucket(bucketFlagReviews), flagReviewKey(c, ""))
		if err != nil {
			return nil, err
		}
		e.FlagReviews += n
		if hb := tx.Bucket(bucketHidden); hb != nil && hb.Get([]byte(c)) != nil {
			if err := hb.Delete([]byte(c)); err != nil {
				return nil, fmt.Errorf("delete hidden: %w", err)
			}
			e.Other++
		}
	}
	if e.ShortlistEntries, err = eraseShortlistEntries(tx, s); err != nil {
		return nil, err
	}

	// Crawl state of the person's URLs.
	if e.Visits, err = deleteWhere(tx.Bucket(bucketVisits), func(k, v []byte) bool {
		var vis scout.Visit
		if json.Unmarshal(v, &vis) == nil && s.creatorIDs[vis.CreatorID] {
			return true
		}
		return s.matchesTarget(string(k))
	}); err != nil {
		return nil, err
	}
	n, err = deleteWhere(tx.Bucket(bucketValidators), func(k, _ []byte) bool { return s.matchesTarget(string(k)) })
	if err != nil {
		return nil, err
	}
	e.Other += n
	for _, scrub := range []func(*bolt.Tx, *subjectSet) (int, error){scrubJobs, scrubSchedules, scrubFrontier, scrubWebhookQueue} {
		if n, err = scrub(tx, s); err != nil {
			return nil, err
		}
		e.Other += n
	}

	// Alerts and watches.
	if e.Alerts, err = deleteWhere(tx.Bucket(bucketAlerts), func(_, v []byte) bool {
		var a scout.Alert
		return json.Unmarshal(v, &a) == nil && s.creatorIDs[a.CreatorID]
	}); err != nil {
		return nil, err
	}
	n, err = scrubWatches(tx, s)
	if err != nil {
		return nil, err
	}
	e.Other += n
	if n, err = scrubDefinitions(tx, mentions); err != nil {
		return nil, err
	}
	e.Other += n
	if n, err = d.closeRemovalRequests(tx, s.matchesTarget, e.Subject, actor); err != nil {
		return nil, err
	}
	e.Other += n

	if e.Suppressed, err = suppressTx(tx, s.list()); err != nil {
		return nil, err
	}
	err = d.recordAuditTx(tx, &scout.AuditEntry{Actor: actor, Action: scout.AuditErase, Subject: e.Subject, Detail: e.String()})
	return e, err
}

// deletePrefix deletes every key of b starting with prefix and returns how
// many; a nil bucket holds none.
func deletePrefix(b *bolt.Bucket, prefix []byte) (int, error) {
	return deleteWhere(b, func(k, _ []byte) bool { return bytes.HasPrefix(k, prefix) }, prefix)
}

// deleteWhere deletes the keys of b for which match is true, scanning from
// seek[0] (while keys keep seek[0] as a prefix) or the whole bucket. Keys
// are collected first: bbolt forbids changing a bucket under ForEach.
func deleteWhere(b *bolt.Bucket, match func(k, v []byte) bool, seek ...[]byte) (int, error) {
	if b == nil {
		return 0, nil
	}
	var del [][]byte
	c := b.Cursor()
	k, v := c.First()
	var prefix []byte
	if len(seek) > 0 {
		prefix = seek[0]
		k, v = c.Seek(prefix)
	}
	for ; k != nil; k, v = c.Next() {
		if prefix != nil && !bytes.HasPrefix(k, prefix) {
			break
		}
		if match(k, v) {
			del = append(del, bytes.Clone(k))
		}
	}
	for _, k := range del {
		if err := b.Delete(k); err != nil {
			return 0, fmt.Errorf("delete %q: %w", k, err)
		}
	}
	return len(del), nil
}

// eraseShortlistEntries deletes the person's entries from every shortlist
// and fixes each list's entry count.
func eraseShortlistEntries(tx *bolt.Tx, s *subjectSet) (int, error) {
	eb := tx.Bucket(bucketShortlistEntries)
	if eb == nil {
		return 0, nil
	}
	lost := map[string]int{}
	n, err := deleteWhere(eb, func(k, v []byte) bool {
		var e scout.ShortlistEntry
		if len(k) < 8 || json.Unmarshal(v, &e) != nil {
			return false
		}
		hit := s.creatorIDs[e.CreatorID] || (e.Target != "" && s.matchesTarget(e.Target))
		if hit {
			lost[string(k[:8])]++
		}
		return hit
	})
	if err != nil {
		return 0, err
	}
	sb := tx.Bucket(bucketShortlists)
	for key, k := range lost {
		var r shortlistRecord
		ok, err := getJSON(sb, []byte(key), &r)
		if err != nil || !ok {
			continue
		}
		r.EntryCount = max(0, r.EntryCount-k)
		if _, err := putJSON(sb, []byte(key), &r); err != nil {
			return 0, err
		}
	}
	return n, nil
}

// scrubJobs removes the person's targets from stored crawl jobs.
func scrubJobs(tx *bolt.Tx, s *subjectSet) (int, error) {
	b := tx.Bucket(bucketJobs)
	if b == nil {
		return 0, nil
	}
	type put struct {
		k []byte
		j scout.CrawlJob
	}
	var puts []put
	n := 0
	err := b.ForEach(func(k, v []byte) error {
		var j scout.CrawlJob
		if json.Unmarshal(v, &j) != nil || len(j.Targets) == 0 {
			return nil
		}
		before := len(j.Targets)
		j.Targets = slices.DeleteFunc(j.Targets, s.matchesTarget)
		if len(j.Targets) != before {
			n += before - len(j.Targets)
			puts = append(puts, put{bytes.Clone(k), j})
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	for _, p := range puts {
		if _, err := putJSON(b, p.k, &p.j); err != nil {
			return 0, err
		}
	}
	return n, nil
}

// scrubWatches removes the person's creator ids from watches and their
// creator and account ids from every alert state.
func scrubWatches(tx *bolt.Tx, s *subjectSet) (int, error) {
	n := 0
	// n counts the creator ids taken out, not the watches rewritten.
	_, err := rewriteEach(tx.Bucket(bucketWatches), func(_ []byte, w map[string]json.RawMessage) (bool, error) {
		var ids []string
		if json.Unmarshal(w["creator_ids"], &ids) != nil {
			return false, nil
		}
		kept := slices.DeleteFunc(slices.Clone(ids), func(id string) bool { return s.creatorIDs[id] })
		if len(kept) == len(ids) {
			return false, nil
		}
		n += len(ids) - len(kept)
		raw, err := json.Marshal(kept)
		if err != nil {
			return false, err
		}
		w["creator_ids"] = raw
		return true, nil
	})
	if err != nil {
		return 0, err
	}
	if b := tx.Bucket(bucketAlertState); b != nil {
		var puts [][2][]byte
		err := b.ForEach(func(k, v []byte) error {
			var st scout.AlertState
			if json.Unmarshal(v, &st) != nil {
				return nil
			}
			changed := false
			for c := range s.creatorIDs {
				for _, m := range []map[string]bool{st.Matches, st.Stale} {
					if _, ok := m[c]; ok {
						delete(m, c)
						changed = true
					}
				}
				if _, ok := st.RedFlags[c]; ok {
					delete(st.RedFlags, c)
					changed = true
				}
			}
			for a := range s.accountIDs {
				if _, ok := st.Drops[a]; ok {
					delete(st.Drops, a)
					changed = true
				}
			}
			if !changed {
				return nil
			}
			nv, err := json.Marshal(&st)
			if err != nil {
				return err
			}
			puts = append(puts, [2][]byte{bytes.Clone(k), nv})
			return nil
		})
		if err != nil {
			return 0, err
		}
		for _, p := range puts {
			if err := b.Put(p[0], p[1]); err != nil {
				return 0, err
			}
		}
		n += len(puts)
	}
	return n, nil
}

// SuppressRefs implements scout.PrivacyService: the references' keys go on
// the suppression list with an audit entry, for a person Scout has not
// collected (yet); removal requests naming them are closed as an erasure
// closes them.
func (d *DB) SuppressRefs(ctx context.Context, actor string, refs ...string) (*scout.Erasure, error) {
	const op = "store.SuppressRefs"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	var keys []string
	for _, r := range refs {
		k := target.SubjectKeys(r)
		if len(k) == 0 {
			return nil, formatError(op, invalidf("%q is not a URL, PLATFORM:HANDLE or creator id", r))
		}
		keys = append(keys, k...)
	}
	e := &scout.Erasure{}
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		secret, err := ensureSuppressionSecret(tx)
		if err != nil {
			return err
		}
		e.Subject = fmt.Sprintf("%x", subjectHash(secret, keys[0]))
		if e.Suppressed, err = suppressTx(tx, keys); err != nil {
			return err
		}
		suppressed := make(map[string]bool, len(keys))
		for _, k := range keys {
			suppressed[k] = true
		}
		names := func(ref string) bool {
			return slices.ContainsFunc(target.SubjectKeys(ref), func(k string) bool { return suppressed[k] })
		}
		if e.Other, err = d.closeRemovalRequests(tx, names, e.Subject, actor); err != nil {
			return err
		}
		return d.recordAuditTx(tx, &scout.AuditEntry{Actor: actor, Action: scout.AuditSuppress, Subject: e.Subject, Detail: e.String()})
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return e, nil
}
