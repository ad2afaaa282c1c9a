package store

import (
	"context"
	"encoding/binary"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	bolt "go.etcd.io/bbolt"
)

// Buckets of saved searches, watches and alerts, created by the first write
// (no migration: older files simply have none yet).
var (
	bucketSavedSearches = []byte("saved_searches") // id → savedSearchRecord JSON
	bucketWatches       = []byte("watches")        // id → watchRecord JSON
	bucketAlertState    = []byte("alert_state")    // owner id → scout.AlertState JSON
	// bucketAlerts: big-endian unix nanos of Alert.At + big-endian
	// sequence → scout.Alert JSON, so "since T" is one Seek.
	bucketAlerts = []byte("alerts")
)

var _ scout.AlertService = (*DB)(nil)

// savedSearchRecord stores the webhook secret the API value hides.
type savedSearchRecord struct {
	scout.SavedSearch
	Secret string `json:"webhook_secret,omitempty"`
}

type watchRecord struct {
	scout.Watch
	Secret string `json:"webhook_secret,omitempty"`
}

// CreateSavedSearch stores s with a new id ("s" + 16 random characters).
func (d *DB) CreateSavedSearch(ctx context.Context, s *scout.SavedSearch) error {
	return d.createOwner(ctx, "store.CreateSavedSearch", bucketSavedSearches, s.Validate, func(now time.Time) (string, any) {
		s.ID, s.CreatedAt, s.CheckedAt = "s"+randomText(10), now, nil
		return s.ID, &savedSearchRecord{SavedSearch: *s, Secret: s.WebhookSecret}
	})
}

// createOwner validates a saved search or watch, lets stamp give it its id
// and times and build its record, and stores the record under the id.
func (d *DB) createOwner(ctx context.Context, op string, bucket []byte, validate func() error, stamp func(now time.Time) (string, any)) error {
	if err := ctx.Err(); err != nil {
		return formatError(op, err)
	}
	if err := validate(); err != nil {
		return formatError(op, err)
	}
	id, rec := stamp(d.now())
	return formatError(op, d.bolt.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucket)
		if err != nil {
			return err
		}
		_, err = putJSON(b, []byte(id), rec)
		return err
	}))
}

// FindSavedSearches returns every saved search, oldest first.
func (d *DB) FindSavedSearches(ctx context.Context) ([]*scout.SavedSearch, error) {
	var out []*scout.SavedSearch
	err := d.forEachJSON(ctx, bucketSavedSearches, func() any { return &savedSearchRecord{} }, func(v any) {
		r := v.(*savedSearchRecord)
		s := r.SavedSearch
		s.WebhookSecret = r.Secret
		out = append(out, &s)
	})
	sortByCreated(out, func(s *scout.SavedSearch) (time.Time, string) { return s.CreatedAt, s.ID })
	return out, formatError("store.FindSavedSearches", err)
}

// DeleteSavedSearch removes the saved search and its state.
func (d *DB) DeleteSavedSearch(ctx context.Context, id string) error {
	return formatError("store.DeleteSavedSearch", d.deleteOwner(ctx, bucketSavedSearches, id, "saved search"))
}

// CreateWatch stores w with a new id ("w" + 16 random characters).
func (d *DB) CreateWatch(ctx context.Context, w *scout.Watch) error {
	return d.createOwner(ctx, "store.CreateWatch", bucketWatches, w.Validate, func(now time.Time) (string, any) {
		w.ID, w.CreatedAt, w.CheckedAt = "w"+randomText(10), now, nil
		return w.ID, &watchRecord{Watch: *w, Secret: w.WebhookSecret}
	})
}

// FindWatches returns every watch, oldest first.
func (d *DB) FindWatches(ctx context.Context) ([]*scout.Watch, error) {
	var out []*scout.Watch
	err := d.forEachJSON(ctx, bucketWatches, func() any { return &watchRecord{} }, func(v any) {
		r := v.(*watchRecord)
		w := r.Watch
		w.WebhookSecret = r.Secret
		out = append(out, &w)
	})
	sortByCreated(out, func(w *scout.Watch) (time.Time, string) { return w.CreatedAt, w.ID })
	return out, formatError("store.FindWatches", err)
}

// DeleteWatch removes the watch and its state.
func (d *DB) DeleteWatch(ctx context.Context, id string) error {
	return formatError("store.DeleteWatch", d.deleteOwner(ctx, bucketWatches, id, "watch"))
}

// AlertState returns the owner's state, empty when it has none yet.
func (d *DB) AlertState(ctx context.Context, ownerID string) (*scout.AlertState, error) {
	const op = "store.AlertState"
	if err := ctx.Err(); err != nil {
		return nil, formatError(op, err)
	}
	st := &scout.AlertState{}
	err := d.bolt.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketAlertState); b != nil {
			_, err := getJSON(b, []byte(ownerID), st)
			return err
		}
		return nil
	})
	return st, formatError(op, err)
}

// RecordAlerts saves state, check time and alerts in one transaction.
func (d *DB) RecordAlerts(ctx context.Context, ownerID string, st *scout.AlertState, at time.Time, alerts []*scout.Alert) error {
	const op = "store.RecordAlerts"
	if err := ctx.Err(); err != nil {
		return formatError(op, err)
	}
	at = at.UTC()
	return formatError(op, d.bolt.Update(func(tx *bolt.Tx) error {
		if err := touchOwner(tx, ownerID, at); err != nil {
			return err
		}
		sb, err := tx.CreateBucketIfNotExists(bucketAlertState)
		if err != nil {
			return err
		}
		if _, err := putJSON(sb, []byte(ownerID), st); err != nil {
			return err
		}
		ab, err := tx.CreateBucketIfNotExists(bucketAlerts)
		if err != nil {
			return err
		}
		for _, a := range alerts {
			seq, err := ab.NextSequence()
			if err != nil {
				return err
			}
			a.ID = "a" + strconv.FormatUint(seq, 10)
			a.At = a.At.UTC()
			k := binary.BigEndian.AppendUint64(nil, unixNanos(a.At))
			k = binary.BigEndian.AppendUint64(k, seq)
			if _, err := putJSON(ab, k, a); err != nil {
				return err
			}
		}
		return nil
	}))
}

// touchOwner sets CheckedAt on the saved search or watch ownerID, or
// returns ENOTFOUND when neither exists (it was deleted during the check).
func touchOwner(tx *bolt.Tx, ownerID string, at time.Time) error {
	if b := tx.Bucket(bucketSavedSearches); b != nil {
		var r savedSearchRecord
		if ok, err := getJSON(b, []byte(ownerID), &r); err != nil || ok {
			if err != nil {
				return err
			}
			r.CheckedAt = &at
			_, err = putJSON(b, []byte(ownerID), &r)
			return err
		}
	}
	if b := tx.Bucket(bucketWatches); b != nil {
		var r watchRecord
		if ok, err := getJSON(b, []byte(ownerID), &r); err != nil || ok {
			if err != nil {
				return err
			}
			r.CheckedAt = &at
			_, err = putJSON(b, []byte(ownerID), &r)
			return err
		}
	}
	return scout.Errorf(scout.ENOTFOUND, "no saved search or watch %q", ownerID)
}

// FindAlerts returns alerts at or after filter.Since, oldest first.
func (d *DB) FindAlerts(ctx context.Context, filter scout.AlertFilter) ([]*scout.Alert, error) {
	const op = "store.FindAlerts"
	if err := ctx.Err(); err != nil {
		return nil, formatError(op, err)
	}
	if filter.Limit < 0 {
		return nil, formatError(op, invalidf("limit must not be negative"))
	}
	out := []*scout.Alert{}
	err := d.bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketAlerts)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		start := binary.BigEndian.AppendUint64(nil, unixNanos(filter.Since))
		for k, v := c.Seek(start); k != nil; k, v = c.Next() {
			if filter.Limit > 0 && len(out) >= filter.Limit {
				break
			}
			var a scout.Alert
			if err := decodeJSON(k, v, &a); err != nil {
				return err
			}
			out = append(out, &a)
		}
		return nil
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return out, nil
}

// forEachJSON decodes every value of bucket name with a fresh value from
// mk and hands it to fn.
func (d *DB) forEachJSON(ctx context.Context, name []byte, mk func() any, fn func(any)) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return d.bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(name)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			x := mk()
			if err := decodeJSON(k, v, x); err != nil {
				return err
			}
			fn(x)
			return nil
		})
	})
}

// deleteOwner removes a saved search or watch and its alert state.
func (d *DB) deleteOwner(ctx context.Context, name []byte, id, what string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return d.bolt.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(name)
		if b == nil || b.Get([]byte(id)) == nil {
			return scout.Errorf(scout.ENOTFOUND, "no %s with id %q", what, id)
		}
		if err := b.Delete([]byte(id)); err != nil {
			return err
		}
		if sb := tx.Bucket(bucketAlertState); sb != nil {
			return sb.Delete([]byte(id))
		}
		return nil
	})
}

// sortByCreated orders records by creation time, then id.
func sortByCreated[T any](xs []T, key func(T) (time.Time, string)) {
	slices.SortFunc(xs, func(a, b T) int {
		ta, ia := key(a)
		tb, ib := key(b)
		if c := ta.Compare(tb); c != 0 {
			return c
		}
		return strings.Compare(ia, ib)
	})
}
