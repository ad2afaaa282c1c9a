package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"slices"
	"time"

	"github.com/scout-oss/scout"
	bolt "go.etcd.io/bbolt"
)

// Buckets of the webhook queue, created by the first write (no migration:
// older files simply have none yet).
var (
	// bucketWebhookQueue: delivery id → deliveryRecord JSON (payload and
	// secret included), queued deliveries only.
	bucketWebhookQueue = []byte("webhook_queue")
	// bucketWebhookDue: big-endian unix nanos of NextAt + delivery id →
	// nothing, so "due by now" is one scan from the start.
	bucketWebhookDue = []byte("webhook_due")
	// bucketWebhookDone: big-endian unix nanos of FinishedAt + delivery
	// id → scout.WebhookDelivery JSON without payload, newest kept.
	bucketWebhookDone = []byte("webhook_done")
)

// maxFinishedDeliveries bounds the finished deliveries kept for the status
// list; the oldest go first.
const maxFinishedDeliveries = 1000

var _ scout.WebhookQueue = (*DB)(nil)

// deliveryRecord stores what the API value hides: the secret and the
// alerts to send.
type deliveryRecord struct {
	scout.WebhookDelivery
	Secret string         `json:"secret,omitempty"`
	Alerts []*scout.Alert `json:"alerts,omitempty"`
}

func (r *deliveryRecord) delivery() *scout.WebhookDelivery {
	d := r.WebhookDelivery
	d.Secret, d.Alerts = r.Secret, r.Alerts
	return &d
}

func deliveryKey(at time.Time, id string) []byte {
	return append(binary.BigEndian.AppendUint64(nil, unixNanos(at)), id...)
}

// EnqueueDelivery stores d as queued, due at d.NextAt (now when nil).
func (d *DB) EnqueueDelivery(ctx context.Context, dl *scout.WebhookDelivery) error {
	const op = "store.EnqueueDelivery"
	if err := ctx.Err(); err != nil {
		return formatError(op, err)
	}
	if dl.ID == "" || dl.URL == "" {
		return formatError(op, invalidf("a delivery needs an id and a URL"))
	}
	now := d.now()
	if dl.CreatedAt.IsZero() {
		dl.CreatedAt = now
	}
	if dl.NextAt == nil {
		dl.NextAt = &now
	}
	dl.State = scout.DeliveryQueued
	dl.AlertIDs = alertIDs(dl.Alerts)
	return formatError(op, d.bolt.Update(func(tx *bolt.Tx) error {
		q, due, err := queueBuckets(tx)
		if err != nil {
			return err
		}
		if q.Get([]byte(dl.ID)) != nil {
			return scout.Errorf(scout.ECONFLICT, "delivery %s is already queued", dl.ID)
		}
		if _, err := putJSON(q, []byte(dl.ID), &deliveryRecord{WebhookDelivery: *dl, Secret: dl.Secret, Alerts: dl.Alerts}); err != nil {
			return err
		}
		return due.Put(deliveryKey(*dl.NextAt, dl.ID), nil)
	}))
}

func queueBuckets(tx *bolt.Tx) (queue, due *bolt.Bucket, err error) {
	if queue, err = tx.CreateBucketIfNotExists(bucketWebhookQueue); err != nil {
		return nil, nil, err
	}
	due, err = tx.CreateBucketIfNotExists(bucketWebhookDue)
	return queue, due, err
}

func alertIDs(as []*scout.Alert) []string {
	ids := make([]string, 0, len(as))
	for _, a := range as {
		ids = append(ids, a.ID)
	}
	return ids
}

// DueDeliveries returns the queued deliveries due by now, longest due
// first, and when the next one falls due.
func (d *DB) DueDeliveries(ctx context.Context, now time.Time, limit int) ([]*scout.WebhookDelivery, *time.Time, error) {
	const op = "store.DueDeliveries"
	if err := ctx.Err(); err != nil {
		return nil, nil, formatError(op, err)
	}
	var out []*scout.WebhookDelivery
	var next *time.Time
	cut := binary.BigEndian.AppendUint64(nil, unixNanos(now)+1)
	err := d.bolt.View(func(tx *bolt.Tx) error {
		q, due := tx.Bucket(bucketWebhookQueue), tx.Bucket(bucketWebhookDue)
		if q == nil || due == nil {
			return nil
		}
		c := due.Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			if bytes.Compare(k[:8], cut) >= 0 || (limit > 0 && len(out) >= limit) {
				t := time.Unix(0, int64(binary.BigEndian.Uint64(k[:8]))).UTC()
				next = &t
				return nil
			}
			var r deliveryRecord
			ok, err := getJSON(q, k[8:], &r)
			if err != nil {
				return err
			}
			if ok {
				out = append(out, r.delivery())
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, formatError(op, err)
	}
	return out, next, nil
}

// QueuedDelivery returns one queued delivery with its payload.
func (d *DB) QueuedDelivery(ctx context.Context, id string) (*scout.WebhookDelivery, error) {
	const op = "store.QueuedDelivery"
	if err := ctx.Err(); err != nil {
		return nil, formatError(op, err)
	}
	var out *scout.WebhookDelivery
	err := d.bolt.View(func(tx *bolt.Tx) error {
		if q := tx.Bucket(bucketWebhookQueue); q != nil {
			var r deliveryRecord
			ok, err := getJSON(q, []byte(id), &r)
			if err != nil || !ok {
				return err
			}
			out = r.delivery()
		}
		return nil
	})
	if err == nil && out == nil {
		err = scout.Errorf(scout.ENOTFOUND, "no queued delivery %s", id)
	}
	return out, formatError(op, err)
}

// UpdateDelivery saves the outcome of an attempt.
func (d *DB) UpdateDelivery(ctx context.Context, dl *scout.WebhookDelivery) error {
	const op = "store.UpdateDelivery"
	if err := ctx.Err(); err != nil {
		return formatError(op, err)
	}
	return formatError(op, d.bolt.Update(func(tx *bolt.Tx) error {
		q, due, err := queueBuckets(tx)
		if err != nil {
			return err
		}
		var old deliveryRecord
		ok, err := getJSON(q, []byte(dl.ID), &old)
		if err != nil {
			return err
		}
		if !ok {
			return scout.Errorf(scout.ENOTFOUND, "no queued delivery %s", dl.ID)
		}
		if old.NextAt != nil {
			if err := due.Delete(deliveryKey(*old.NextAt, dl.ID)); err != nil {
				return err
			}
		}
		if dl.State == scout.DeliveryQueued {
			if dl.NextAt == nil {
				now := d.now()
				dl.NextAt = &now
			}
			// The payload stays as stored: a scrub may have changed it
			// while the attempt ran.
			rec := deliveryRecord{WebhookDelivery: *dl, Secret: old.Secret, Alerts: old.Alerts}
			rec.AlertIDs = alertIDs(old.Alerts)
			if _, err := putJSON(q, []byte(dl.ID), &rec); err != nil {
				return err
			}
			return due.Put(deliveryKey(*dl.NextAt, dl.ID), nil)
		}
		if err := q.Delete([]byte(dl.ID)); err != nil {
			return err
		}
		fin := *dl
		fin.Secret, fin.Alerts, fin.NextAt = "", nil, nil
		if fin.FinishedAt == nil {
			now := d.now()
			fin.FinishedAt = &now
		}
		done, err := tx.CreateBucketIfNotExists(bucketWebhookDone)
		if err != nil {
			return err
		}
		if _, err := putJSON(done, deliveryKey(*fin.FinishedAt, fin.ID), &fin); err != nil {
			return err
		}
		return pruneFinished(done)
	}))
}

// pruneFinished keeps the newest maxFinishedDeliveries finished deliveries.
func pruneFinished(done *bolt.Bucket) error {
	extra := done.Stats().KeyN - maxFinishedDeliveries
	c := done.Cursor()
	for k, _ := c.First(); k != nil && extra > 0; k, _ = c.First() {
		if err := c.Delete(); err != nil {
			return err
		}
		extra--
	}
	return nil
}

// FindDeliveries lists the queued deliveries, soonest due first, then the
// finished ones, newest first.
func (d *DB) FindDeliveries(ctx context.Context, filter scout.DeliveryFilter) ([]*scout.WebhookDelivery, error) {
	const op = "store.FindDeliveries"
	if err := ctx.Err(); err != nil {
		return nil, formatError(op, err)
	}
	if filter.Limit < 0 {
		return nil, formatError(op, invalidf("limit must not be negative"))
	}
	out := []*scout.WebhookDelivery{}
	full := func() bool { return filter.Limit > 0 && len(out) >= filter.Limit }
	err := d.bolt.View(func(tx *bolt.Tx) error {
		if filter.State == "" || filter.State == scout.DeliveryQueued {
			q, due := tx.Bucket(bucketWebhookQueue), tx.Bucket(bucketWebhookDue)
			if q != nil && due != nil {
				c := due.Cursor()
				for k, _ := c.First(); k != nil && !full(); k, _ = c.Next() {
					var r deliveryRecord
					ok, err := getJSON(q, k[8:], &r)
					if err != nil {
						return err
					}
					if ok {
						dl := r.WebhookDelivery
						out = append(out, &dl)
					}
				}
			}
		}
		if filter.State == scout.DeliveryQueued {
			return nil
		}
		done := tx.Bucket(bucketWebhookDone)
		if done == nil {
			return nil
		}
		c := done.Cursor()
		for k, v := c.Last(); k != nil && !full(); k, v = c.Prev() {
			var dl scout.WebhookDelivery
			if err := decodeJSON(k, v, &dl); err != nil {
				return err
			}
			if filter.State == "" || dl.State == filter.State {
				out = append(out, &dl)
			}
		}
		return nil
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return out, nil
}

// ScrubDeliveries removes the matching alerts from every queued payload.
func (d *DB) ScrubDeliveries(ctx context.Context, match func(*scout.Alert) bool) (int, error) {
	const op = "store.ScrubDeliveries"
	if err := ctx.Err(); err != nil {
		return 0, formatError(op, err)
	}
	var n int
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		var err error
		n, err = scrubQueueTx(tx, match)
		return err
	})
	if err != nil {
		return 0, formatError(op, err)
	}
	return n, nil
}

// scrubWebhookQueue is erasure's share of the webhook queue: the person's
// alerts leave every queued payload in the erasure's own transaction.
func scrubWebhookQueue(tx *bolt.Tx, s *subjectSet) (int, error) {
	return scrubQueueTx(tx, func(a *scout.Alert) bool { return s.creatorIDs[a.CreatorID] })
}

// scrubQueueTx removes the alerts match picks from the queued payloads,
// dropping deliveries left with none; it returns how many it changed.
func scrubQueueTx(tx *bolt.Tx, match func(*scout.Alert) bool) (int, error) {
	q, due := tx.Bucket(bucketWebhookQueue), tx.Bucket(bucketWebhookDue)
	if q == nil || due == nil {
		return 0, nil
	}
	type change struct {
		id  []byte
		rec *deliveryRecord // nil: drop the delivery
	}
	var changes []change
	err := q.ForEach(func(k, v []byte) error {
		var r deliveryRecord
		if err := decodeJSON(k, v, &r); err != nil {
			return err
		}
		kept := slices.DeleteFunc(slices.Clone(r.Alerts), match)
		if len(kept) == len(r.Alerts) {
			return nil
		}
		if len(kept) == 0 {
			changes = append(changes, change{id: slices.Clone(k)})
			return nil
		}
		r.Alerts, r.AlertIDs = kept, alertIDs(kept)
		changes = append(changes, change{id: slices.Clone(k), rec: &r})
		return nil
	})
	if err != nil {
		return 0, err
	}
	for _, ch := range changes {
		if ch.rec != nil {
			if _, err := putJSON(q, ch.id, ch.rec); err != nil {
				return 0, err
			}
			continue
		}
		var r deliveryRecord
		if _, err := getJSON(q, ch.id, &r); err != nil {
			return 0, err
		}
		if r.NextAt != nil {
			if err := due.Delete(deliveryKey(*r.NextAt, string(ch.id))); err != nil {
				return 0, err
			}
		}
		if err := q.Delete(ch.id); err != nil {
			return 0, err
		}
	}
	return len(changes), nil
}
