package scout

import (
	"context"
	"time"
)

// Webhook delivery states.
const (
	// DeliveryQueued waits for its first attempt or for a retry (NextAt).
	DeliveryQueued = "queued"
	// DeliveryDelivered was answered with a 2xx.
	DeliveryDelivered = "delivered"
	// DeliveryFailed was given up: its retries ran out, the receiver
	// refused it (a 4xx other than 408 and 429), or it grew too old.
	DeliveryFailed = "failed"
)

// WebhookDelivery is one webhook POST: the new alerts of one saved search
// or watch from one check, on its way to the webhook URL. It is queued in
// the store so that a restart, or a receiver that is down for hours, loses
// nothing; once finished it keeps only its outcome and the alert ids.
type WebhookDelivery struct {
	// ID is sent as X-Scout-Delivery and stays the same across retries,
	// so receivers can drop duplicates.
	ID      string `json:"id"`
	OwnerID string `json:"owner_id"` // the saved search or watch
	URL     string `json:"url"`
	// Secret signs the body; it is never shown.
	Secret string `json:"-"`
	// Alerts are the payload, kept only while the delivery is queued:
	// they name creators, and erasure scrubs them (ScrubDeliveries).
	Alerts   []*Alert `json:"-"`
	AlertIDs []string `json:"alert_ids"`
	State    string   `json:"state"`
	// Attempts counts the POSTs made; an attempt cut short by a shutdown
	// does not count, and the delivery is sent again after the restart.
	Attempts  int       `json:"attempts"`
	CreatedAt time.Time `json:"created_at"`
	// NextAt is when a queued delivery is tried next; nil once finished.
	NextAt        *time.Time `json:"next_at"`
	LastAttemptAt *time.Time `json:"last_attempt_at"`
	// LastStatus is the receiver's last HTTP status (nil when it gave
	// none: a connection error or a time-out); LastError says what went
	// wrong, "" after a success.
	LastStatus  *int       `json:"last_status"`
	LastError   string     `json:"last_error,omitempty"`
	FinishedAt  *time.Time `json:"finished_at"`
	Destination string     `json:"destination"` // scheme://host:port, what backoff and the breaker are kept per
}

// DeliveryFilter selects deliveries for FindDeliveries.
type DeliveryFilter struct {
	State string // "" for any
	Limit int    // 0 means no limit
}

// WebhookQueue is the durable queue of webhook deliveries (implemented by
// store on bbolt). Queued deliveries survive restarts; finished ones are
// kept, without their payload, for the delivery status list.
type WebhookQueue interface {
	// EnqueueDelivery stores d as queued, due at once (or at d.NextAt).
	// ECONFLICT when a delivery with its id exists.
	EnqueueDelivery(ctx context.Context, d *WebhookDelivery) error
	// DueDeliveries returns up to limit queued deliveries due at or
	// before now, the longest due first, and the time the next queued
	// one falls due (nil when none is waiting).
	DueDeliveries(ctx context.Context, now time.Time, limit int) ([]*WebhookDelivery, *time.Time, error)
	// QueuedDelivery returns the queued delivery id with its payload as
	// it is now (a scrub may have changed it since it was read).
	// ENOTFOUND when it is no longer queued.
	QueuedDelivery(ctx context.Context, id string) (*WebhookDelivery, error)
	// UpdateDelivery saves d after an attempt (or a postponement): a
	// queued d stays queued, due at d.NextAt; a finished one drops its
	// payload and secret. ENOTFOUND when it is no longer queued (it was
	// scrubbed meanwhile).
	UpdateDelivery(ctx context.Context, d *WebhookDelivery) error
	// FindDeliveries returns the queued deliveries (soonest due first),
	// then the finished ones (newest first).
	FindDeliveries(ctx context.Context, filter DeliveryFilter) ([]*WebhookDelivery, error)
	// ScrubDeliveries removes every queued alert for which match is true
	// from the payloads (erasure: match names a person), dropping a
	// delivery left with none, and returns how many deliveries it
	// changed. Finished deliveries hold no payload. (The store's own
	// erasure also scrubs the queue, in its transaction.)
	ScrubDeliveries(ctx context.Context, match func(*Alert) bool) (int, error)
}
