package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/scout-oss/scout"
	bolt "go.etcd.io/bbolt"
)

// SaveProfiles is SaveProfile for a group of crawled profiles in one
// transaction (one commit, one fsync), for the crawl's committer. Profiles
// are saved in order, so a later profile of the same account sees the
// earlier one. It returns each profile's creator id. The group is all or
// nothing: EINVALID when any profile is invalid (nothing is written then;
// save them one by one to find which).
func (d *DB) SaveProfiles(ctx context.Context, ps []*scout.Profile) ([]string, error) {
	const op = "store.SaveProfiles"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	for _, p := range ps {
		if err := validateProfile(p); err != nil {
			return nil, formatError(op, err)
		}
	}
	ids := make([]string, len(ps))
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		for i, p := range ps {
			if err := ctx.Err(); err != nil {
				return err
			}
			id, err := d.saveProfile(tx, p)
			if err != nil {
				return fmt.Errorf("profile of account %s: %w", p.Account.ID, err)
			}
			ids[i] = id
		}
		return nil
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return ids, nil
}

// RecordVisits is RecordVisit for a group of visits in one transaction.
// EINVALID when a visit has no URL (nothing is written then).
func (d *DB) RecordVisits(ctx context.Context, vs []*scout.Visit) error {
	const op = "store.RecordVisits"
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	for _, v := range vs {
		if v == nil || v.URL == "" {
			return formatError(op, invalidf("visit has no url"))
		}
	}
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketVisits)
		for _, v := range vs {
			rec := *v
			rec.FetchedAt = rec.FetchedAt.UTC()
			if _, err := putJSON(b, []byte(rec.URL), &rec); err != nil {
				return err
			}
		}
		return nil
	})
	return formatError(op, err)
}

// FindCreatorsUpdatedAt returns when each of the stored creators among ids
// last changed (its UpdatedAt), without loading accounts, posts or
// snapshots; ids that are not stored are left out, and an alias is not
// resolved. The ingester asks it before it indexes the creators it kept
// from assessing them: one that changed since (an erasure, a split, an
// edit) is read again, one that is gone is not indexed.
func (d *DB) FindCreatorsUpdatedAt(ctx context.Context, ids []string) (map[string]time.Time, error) {
	const op = "store.FindCreatorsUpdatedAt"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	out := make(map[string]time.Time, len(ids))
	err := d.bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketCreators)
		for _, id := range ids {
			raw := b.Get([]byte(id))
			if raw == nil {
				continue
			}
			var r struct {
				UpdatedAt time.Time `json:"updated_at"`
			}
			if err := json.Unmarshal(raw, &r); err != nil {
				return fmt.Errorf("decode creator %s: %w", id, err)
			}
			out[id] = r.UpdatedAt
		}
		return nil
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return out, nil
}
