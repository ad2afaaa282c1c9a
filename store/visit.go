package store

import (
	"context"
	"fmt"

	"github.com/scout-oss/scout"
	bolt "go.etcd.io/bbolt"
)

// RecordVisit stores v, replacing any earlier visit of the same URL, so the
// crawler can tell fresh URLs from ones it fetched (or failed on) recently.
// EINVALID when v has no URL.
func (d *DB) RecordVisit(ctx context.Context, v *scout.Visit) error {
	const op = "store.RecordVisit"
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	if v == nil || v.URL == "" {
		return formatError(op, invalidf("visit has no url"))
	}
	rec := *v
	rec.FetchedAt = rec.FetchedAt.UTC()
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		_, err := putJSON(tx.Bucket(bucketVisits), []byte(rec.URL), &rec)
		return err
	})
	return formatError(op, err)
}

// FindVisit returns the last visit of url. ENOTFOUND when it was never
// visited.
func (d *DB) FindVisit(ctx context.Context, url string) (*scout.Visit, error) {
	const op = "store.FindVisit"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	var v scout.Visit
	err := d.bolt.View(func(tx *bolt.Tx) error {
		ok, err := getJSON(tx.Bucket(bucketVisits), []byte(url), &v)
		if err == nil && !ok {
			err = scout.Errorf(scout.ENOTFOUND, "no visit of %s", url)
		}
		return err
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return &v, nil
}

// ForEachVisit calls fn for every recorded visit in URL order, for seeding
// a crawl frontier and for crawl reports. Like ForEachCreator it reads in
// batches, so fn may write; ctx is checked before every visit and fn's
// error is returned as is.
func (d *DB) ForEachVisit(ctx context.Context, fn func(*scout.Visit) error) error {
	return scan(ctx, d, "store.ForEachVisit", bucketVisits, func(_ *bolt.Tx, k, v []byte) (*scout.Visit, error) {
		var out scout.Visit
		if err := decodeJSON(k, v, &out); err != nil {
			return nil, err
		}
		return &out, nil
	}, fn)
}

// Visits returns every recorded visit in URL order; ForEachVisit is the
// streaming form for large stores.
func (d *DB) Visits(ctx context.Context) ([]*scout.Visit, error) {
	var out []*scout.Visit
	err := d.ForEachVisit(ctx, func(v *scout.Visit) error {
		out = append(out, v)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
