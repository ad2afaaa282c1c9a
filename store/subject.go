package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/target"
	bolt "go.etcd.io/bbolt"
)

// ExportSubject implements scout.PrivacyService in one read transaction
// (after resolving ref), so the export is one consistent picture.
func (d *DB) ExportSubject(ctx context.Context, ref string) (*scout.SubjectExport, error) {
	const op = "store.ExportSubject"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	ref = strings.TrimSpace(ref)
	id, err := d.ResolveSubject(ctx, ref)
	if err != nil && scout.ErrorCode(err) != scout.ENOTFOUND {
		return nil, err
	}
	refKeys := target.SubjectKeys(ref)
	if id == "" && len(refKeys) == 0 {
		return nil, formatError(op, invalidf("%q is not a creator id, account id, URL or PLATFORM:HANDLE", ref))
	}
	out := &scout.SubjectExport{Ref: ref, GeneratedAt: d.now(), Visits: []scout.Visit{},
		ShortlistEntries: []scout.SubjectShortlistItem{}, FlagReviews: []*scout.FlagReview{}, Alerts: []scout.Alert{}}
	err = d.bolt.View(func(tx *bolt.Tx) error {
		s := &subjectSet{creatorIDs: map[string]bool{}, accountIDs: map[string]bool{}, keys: map[string]bool{}}
		for _, k := range refKeys {
			s.keys[k] = true
		}
		if id != "" {
			c, err := loadCreator(tx, []byte(id), math.MaxInt)
			if err != nil {
				return err
			}
			if c == nil {
				return errors.New("creator vanished while exporting")
			}
			out.Creator = c
			s.creatorIDs[id] = true
			for _, m := range c.MergedFrom {
				s.creatorIDs[m] = true
			}
			for i := range c.Accounts {
				s.accountIDs[c.Accounts[i].ID] = true
				for _, k := range target.AccountKeys(&c.Accounts[i]) {
					s.keys[k] = true
				}
			}
		}
		for c := range s.creatorIDs {
			s.keys[target.CreatorSubjectKey(c)] = true
		}
		out.Suppressed = isSuppressedTx(tx, s.list())
		return exportRelated(tx, s, out)
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return out, nil
}

// exportRelated adds the records that mention the person to out.
func exportRelated(tx *bolt.Tx, s *subjectSet, out *scout.SubjectExport) error {
	if b := tx.Bucket(bucketVisits); b != nil {
		err := b.ForEach(func(k, v []byte) error {
			var vis scout.Visit
			if err := decodeJSON(k, v, &vis); err != nil {
				return err
			}
			if s.creatorIDs[vis.CreatorID] || s.matchesTarget(string(k)) {
				out.Visits = append(out.Visits, vis)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	if eb := tx.Bucket(bucketShortlistEntries); eb != nil {
		sb := tx.Bucket(bucketShortlists)
		err := eb.ForEach(func(k, v []byte) error {
			var e scout.ShortlistEntry
			if len(k) < 8 || json.Unmarshal(v, &e) != nil {
				return nil
			}
			if !s.creatorIDs[e.CreatorID] && (e.Target == "" || !s.matchesTarget(e.Target)) {
				return nil
			}
			item := scout.SubjectShortlistItem{Entry: e}
			var r shortlistRecord
			if ok, _ := getJSON(sb, k[:8], &r); ok {
				item.ShortlistID, item.ShortlistName = r.ID, r.Name
			}
			out.ShortlistEntries = append(out.ShortlistEntries, item)
			return nil
		})
		if err != nil {
			return err
		}
	}
	for c := range s.creatorIDs {
		if b := tx.Bucket(bucketFlagReviews); b != nil {
			prefix := flagReviewKey(c, "")
			cur := b.Cursor()
			for k, v := cur.Seek(prefix); k != nil && strings.HasPrefix(string(k), string(prefix)); k, v = cur.Next() {
				r := new(scout.FlagReview)
				if err := decodeJSON(k, v, r); err != nil {
					return err
				}
				out.FlagReviews = append(out.FlagReviews, r)
			}
		}
		if b := tx.Bucket(bucketHidden); b != nil && out.Hidden == nil {
			h := new(scout.HiddenCreator)
			if ok, err := getJSON(b, []byte(c), h); err != nil {
				return err
			} else if ok {
				out.Hidden = h
			}
		}
	}
	if b := tx.Bucket(bucketAlerts); b != nil && len(s.creatorIDs) > 0 {
		err := b.ForEach(func(k, v []byte) error {
			var a scout.Alert
			if json.Unmarshal(v, &a) == nil && s.creatorIDs[a.CreatorID] {
				out.Alerts = append(out.Alerts, a)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}
