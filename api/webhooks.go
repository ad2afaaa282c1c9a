package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/scout-oss/scout"
)

// Webhook delivery: the queue lives in the store (scout.WebhookQueue), so a
// restart or a receiver that is down for hours loses nothing. A dispatcher
// hands due deliveries to a small pool of workers, at most one at a time
// per destination (scheme://host:port), so one slow or dead receiver holds
// one worker for one time-out at most. Each destination has a circuit
// breaker: after BreakerThreshold consecutive failures it opens and its
// deliveries wait, costing no worker and no attempt, until the cool-down
// ends; then one delivery probes it (half-open), which closes the breaker
// on success or opens it again, for twice as long, on failure.

// Defaults of webhook delivery.
const (
	DefaultWebhookWorkers   = 4
	DefaultBreakerThreshold = 5
	DefaultBreakerCooldown  = 30 * time.Second
	maxBreakerCooldown      = 10 * time.Minute
	// DefaultMaxDeliveryAge is how long a delivery may wait (retries,
	// an open breaker) before it is given up.
	DefaultMaxDeliveryAge = 24 * time.Hour
	// dueBatch is how many due deliveries the dispatcher reads at once.
	dueBatch = 100
	// idlePoll is the longest the dispatcher sleeps when nothing is due
	// (a delivery enqueued by another process would wait at most this).
	idlePoll = time.Minute
)

// breaker states.
const (
	BreakerClosed   = "closed"
	BreakerOpen     = "open"
	BreakerHalfOpen = "half_open"
)

// breaker is one destination's circuit breaker.
type breaker struct {
	state     string
	failures  int // consecutive
	cooldown  time.Duration
	openUntil time.Time
}

// allow says whether a delivery may go to the destination now, and if
// not, when to try again. An open breaker whose cool-down has passed turns
// half-open and lets this one delivery through as its probe.
func (b *breaker) allow(now time.Time) (bool, time.Time) {
	switch b.state {
	case BreakerOpen:
		if now.Before(b.openUntil) {
			return false, b.openUntil
		}
		b.state = BreakerHalfOpen
	}
	return true, time.Time{}
}

// record counts an attempt's outcome: ok closes the breaker; a failure
// opens it after threshold in a row, and a failed probe reopens it for
// twice the last cool-down.
func (b *breaker) record(ok bool, now time.Time, threshold int, base time.Duration) {
	if ok {
		b.state, b.failures, b.cooldown = BreakerClosed, 0, 0
		return
	}
	b.failures++
	switch {
	case b.state == BreakerHalfOpen:
		b.cooldown = min(2*b.cooldown, maxBreakerCooldown)
	case b.failures >= threshold:
		b.cooldown = base
	default:
		return
	}
	b.state, b.openUntil = BreakerOpen, now.Add(b.cooldown)
}

// DestinationStatus is a webhook destination's breaker as the delivery
// status shows it.
type DestinationStatus struct {
	Destination string `json:"destination"`
	// State is closed (deliveries go), open (they wait until OpenUntil)
	// or half_open (one delivery is probing).
	State     string     `json:"state"`
	Failures  int        `json:"consecutive_failures"`
	OpenUntil *time.Time `json:"open_until"`
	Busy      bool       `json:"busy"` // a delivery to it is in progress
}

// webhookState is the Alerter's delivery machinery, made by Open.
type webhookState struct {
	queue    scout.WebhookQueue
	wake     chan struct{}
	jobs     chan *scout.WebhookDelivery
	mu       sync.Mutex
	breakers map[string]*breaker
	busy     map[string]bool
}

// nudge wakes the dispatcher (a new delivery, a finished attempt).
func (w *webhookState) nudge() {
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

// Destination is what webhook backoff and the breaker are kept per: the
// URL's scheme, host and port.
func Destination(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	port := u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443"}[u.Scheme]
	}
	return u.Scheme + "://" + u.Hostname() + ":" + port
}

// enqueue stores a delivery of fresh alerts for the owner's webhook.
func (a *Alerter) enqueue(ctx context.Context, ownerID, hook, secret string, fresh []*scout.Alert) {
	d := &scout.WebhookDelivery{ID: ownerID + "-" + fresh[0].ID, OwnerID: ownerID, URL: hook, Secret: secret,
		Alerts: fresh, Destination: Destination(hook)}
	// The alerts are recorded already: a caller that went away must not
	// cost their delivery.
	if err := a.hooks.queue.EnqueueDelivery(context.WithoutCancel(ctx), d); err != nil {
		a.logger().Error("queue webhook; the alerts stay listed at /api/v1/alerts", "owner", ownerID, "alerts", len(fresh), "err", err)
		return
	}
	a.hooks.nudge()
}

// dispatch hands due deliveries to the workers until ctx ends.
func (a *Alerter) dispatch(ctx context.Context) {
	defer a.recoverLoop("webhook dispatcher")
	for {
		wait := a.dispatchRound(ctx)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-a.hooks.wake:
		case <-t.C:
		}
		t.Stop()
	}
}

// dispatchRound sends what is due and can go, and returns how long to
// sleep unless woken.
func (a *Alerter) dispatchRound(ctx context.Context) time.Duration {
	now := time.Now()
	due, next, err := a.hooks.queue.DueDeliveries(ctx, now, dueBatch)
	if err != nil {
		if ctx.Err() == nil {
			a.logger().Error("read the webhook queue", "err", err)
		}
		return time.Second
	}
	wait := idlePoll
	if next != nil {
		wait = max(time.Until(*next), 10*time.Millisecond)
	}
	for _, d := range due {
		if ctx.Err() != nil {
			return wait
		}
		dest := d.Destination
		if dest == "" {
			dest = Destination(d.URL)
		}
		if now.Sub(d.CreatedAt) > a.maxAge() {
			a.finish(ctx, d, scout.DeliveryFailed, fmt.Sprintf("given up after waiting %s", a.maxAge()))
			continue
		}
		a.hooks.mu.Lock()
		if a.hooks.busy[dest] {
			a.hooks.mu.Unlock()
			continue // a worker's end wakes us
		}
		b := a.hooks.breakers[dest]
		if b == nil {
			b = &breaker{state: BreakerClosed}
			a.hooks.breakers[dest] = b
		}
		ok, until := b.allow(now)
		if ok {
			a.hooks.busy[dest] = true
		}
		a.hooks.mu.Unlock()
		if !ok {
			// Wait for the breaker, costing no attempt.
			d.NextAt = &until
			wait = min(wait, max(time.Until(until), 10*time.Millisecond))
			if err := a.hooks.queue.UpdateDelivery(ctx, d); err != nil && ctx.Err() == nil {
				a.logger().Warn("postpone webhook", "delivery", d.ID, "err", err)
			}
			continue
		}
		select {
		case a.hooks.jobs <- d:
		default: // every worker is busy: a worker's end wakes us
			a.hooks.mu.Lock()
			delete(a.hooks.busy, dest)
			if b.state == BreakerHalfOpen {
				b.state, b.openUntil = BreakerOpen, now // the probe is still owed
			}
			a.hooks.mu.Unlock()
		}
	}
	return wait
}

// work makes the attempts the dispatcher hands over until ctx ends.
func (a *Alerter) work(ctx context.Context) {
	defer a.recoverLoop("webhook worker")
	for {
		select {
		case <-ctx.Done():
			return
		case d := <-a.hooks.jobs:
			a.attempt(ctx, d)
		}
	}
}

// attempt posts d once and records the outcome in the queue and the
// destination's breaker. An attempt cut short by shutdown is not counted:
// d stays queued as it was and is sent again after a restart.
func (a *Alerter) attempt(ctx context.Context, d *scout.WebhookDelivery) {
	dest := d.Destination
	if dest == "" {
		dest = Destination(d.URL)
	}
	defer func() {
		a.hooks.mu.Lock()
		delete(a.hooks.busy, dest)
		a.hooks.mu.Unlock()
		a.hooks.nudge()
	}()
	// The payload as it is now: an erasure may have scrubbed it since the
	// dispatcher read it, or dropped the delivery altogether.
	cur, err := a.hooks.queue.QueuedDelivery(ctx, d.ID)
	if err != nil {
		if scout.ErrorCode(err) != scout.ENOTFOUND && ctx.Err() == nil {
			a.logger().Error("read webhook delivery", "delivery", d.ID, "err", err)
		}
		return
	}
	d.Alerts = cur.Alerts
	body, err := json.Marshal(WebhookBody{DeliveryID: d.ID, OwnerID: d.OwnerID, Alerts: d.Alerts})
	if err != nil {
		a.finish(ctx, d, scout.DeliveryFailed, "encode: "+err.Error())
		return
	}
	retry, after, status, err := a.post(ctx, d, body)
	if ctx.Err() != nil {
		a.hooks.mu.Lock()
		if b := a.hooks.breakers[dest]; b != nil && b.state == BreakerHalfOpen {
			b.state = BreakerOpen // the probe is still owed
		}
		a.hooks.mu.Unlock()
		return
	}
	now := time.Now()
	// A receiver that answers, even with a refusal, is up: only failures
	// worth a retry count against the destination.
	a.hooks.mu.Lock()
	if b := a.hooks.breakers[dest]; b != nil {
		b.record(err == nil || !retry, now, a.breakerThreshold(), a.breakerCooldown())
	}
	a.hooks.mu.Unlock()
	d.Attempts++
	d.LastAttemptAt = &now
	d.LastStatus = status
	switch {
	case err == nil:
		// Counted once recorded, so whoever sees the count also finds the
		// delivery out of the queue.
		a.finish(ctx, d, scout.DeliveryDelivered, "")
		a.mu.Lock()
		a.delivered++
		a.mu.Unlock()
	case !retry:
		a.logger().Warn("webhook refused; the alerts stay listed at /api/v1/alerts", "owner", d.OwnerID, "attempts", d.Attempts, "err", err)
		a.finish(ctx, d, scout.DeliveryFailed, err.Error())
	case d.Attempts > a.retries():
		a.logger().Warn("webhook not delivered; the alerts stay listed at /api/v1/alerts", "owner", d.OwnerID, "attempts", d.Attempts, "err", err)
		a.finish(ctx, d, scout.DeliveryFailed, err.Error())
	default:
		if after <= 0 {
			after = a.backoff(d.Attempts)
		}
		next := now.Add(min(after, maxWebhookBackoff))
		d.NextAt, d.LastError = &next, err.Error()
		if err := a.hooks.queue.UpdateDelivery(context.WithoutCancel(ctx), d); err != nil && scout.ErrorCode(err) != scout.ENOTFOUND {
			a.logger().Error("requeue webhook", "delivery", d.ID, "err", err)
		}
	}
}

// finish records d's final state.
func (a *Alerter) finish(ctx context.Context, d *scout.WebhookDelivery, state, lastErr string) {
	now := time.Now()
	d.State, d.LastError, d.FinishedAt, d.NextAt = state, lastErr, &now, nil
	if err := a.hooks.queue.UpdateDelivery(context.WithoutCancel(ctx), d); err != nil && scout.ErrorCode(err) != scout.ENOTFOUND {
		a.logger().Error("record webhook outcome", "delivery", d.ID, "err", err)
	}
}

// backoff is the wait before retry n (1, 2, ...): Backoff, doubling, at
// most five minutes.
func (a *Alerter) backoff(n int) time.Duration {
	wait := a.Backoff
	if wait <= 0 {
		wait = DefaultWebhookBackoff
	}
	for i := 1; i < n && wait < maxWebhookBackoff; i++ {
		wait *= 2
	}
	return min(wait, maxWebhookBackoff)
}

func (a *Alerter) retries() int {
	if a.Retries <= 0 {
		return DefaultWebhookRetries
	}
	return a.Retries
}

func (a *Alerter) workers() int {
	if a.Workers <= 0 {
		return DefaultWebhookWorkers
	}
	return a.Workers
}

func (a *Alerter) breakerThreshold() int {
	if a.BreakerThreshold <= 0 {
		return DefaultBreakerThreshold
	}
	return a.BreakerThreshold
}

func (a *Alerter) breakerCooldown() time.Duration {
	if a.BreakerCooldown <= 0 {
		return DefaultBreakerCooldown
	}
	return a.BreakerCooldown
}

func (a *Alerter) maxAge() time.Duration {
	if a.MaxDeliveryAge <= 0 {
		return DefaultMaxDeliveryAge
	}
	return a.MaxDeliveryAge
}

// queue is the webhook queue: Deliveries, or Alerts when it keeps one; nil
// when there is none.
func (a *Alerter) queue() scout.WebhookQueue {
	if a.hooks != nil {
		return a.hooks.queue
	}
	if a.Deliveries != nil {
		return a.Deliveries
	}
	q, _ := a.Alerts.(scout.WebhookQueue)
	return q
}

// Destinations returns each webhook destination's breaker, sorted.
func (a *Alerter) Destinations() []DestinationStatus {
	out := []DestinationStatus{}
	if a.hooks == nil {
		return out
	}
	a.hooks.mu.Lock()
	defer a.hooks.mu.Unlock()
	for dest, b := range a.hooks.breakers {
		s := DestinationStatus{Destination: dest, State: b.state, Failures: b.failures, Busy: a.hooks.busy[dest]}
		if b.state == BreakerOpen {
			t := b.openUntil.UTC()
			s.OpenUntil = &t
		}
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Destination < out[j].Destination })
	return out
}

// recoverLoop is deferred by the Alerter's goroutines: a panic in one is
// logged instead of ending the process (the alerts stay listed, and the
// queue keeps what it held).
func (a *Alerter) recoverLoop(name string) {
	if v := recover(); v != nil {
		a.logger().Error(name+" stopped by a panic", "panic", fmt.Sprint(v))
	}
}

// DeliveriesResponse is the JSON of GET /api/v1/alerts/deliveries: the
// webhook deliveries, queued ones first, and each destination's breaker.
type DeliveriesResponse struct {
	Deliveries   []*scout.WebhookDelivery `json:"deliveries"`
	Destinations []DestinationStatus      `json:"destinations"`
}

// Delivery listing bounds.
const (
	defaultDeliveryLimit = 100
	maxDeliveryLimit     = 1000
)

func (s *Server) handleListDeliveries(w http.ResponseWriter, r *http.Request) {
	al := s.alerter(w, r)
	if al == nil {
		return
	}
	q := r.URL.Query()
	f := scout.DeliveryFilter{State: q.Get("state"), Limit: defaultDeliveryLimit}
	switch f.State {
	case "", scout.DeliveryQueued, scout.DeliveryDelivered, scout.DeliveryFailed:
	default:
		Error(w, r, scout.Errorf(scout.EINVALID, "state must be queued, delivered or failed; got %q", f.State), s.logger())
		return
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxDeliveryLimit {
			Error(w, r, scout.Errorf(scout.EINVALID, "limit must be between 1 and %d; got %q", maxDeliveryLimit, v), s.logger())
			return
		}
		f.Limit = n
	}
	queue := al.queue()
	if queue == nil {
		Error(w, r, scout.Errorf(scout.EUNAVAILABLE, "webhook delivery is not available on this server"), s.logger())
		return
	}
	list, err := queue.FindDeliveries(r.Context(), f)
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	writeJSON(w, http.StatusOK, DeliveriesResponse{Deliveries: list, Destinations: al.Destinations()})
}

// ForgetCreators removes the alerts about the given creators (the ids of
// an erased person) from every webhook delivery not yet made, dropping a
// delivery left without alerts, and returns how many alerts it removed.
// The store's erasure scrubs its queue in the same transaction; this is
// for a queue the caller's store does not erase (Deliveries set apart),
// and it is harmless twice. An attempt already on the wire cannot be
// called back; every later attempt reads the scrubbed payload.
func (a *Alerter) ForgetCreators(creatorIDs []string) int {
	if len(creatorIDs) == 0 || a.hooks == nil {
		return 0
	}
	gone := make(map[string]bool, len(creatorIDs))
	for _, id := range creatorIDs {
		gone[id] = true
	}
	n := 0
	_, err := a.hooks.queue.ScrubDeliveries(context.Background(), func(al *scout.Alert) bool {
		if gone[al.CreatorID] {
			n++
			return true
		}
		return false
	})
	if err != nil {
		a.logger().Error("scrub the webhook queue", "err", err)
	}
	return n
}

// PendingDeliveries returns the bodies of the webhook deliveries not yet
// made, soonest due first, as they would be sent: what an erasure must
// have reached.
func (a *Alerter) PendingDeliveries() []WebhookBody {
	if a.hooks == nil {
		return nil
	}
	queued, _, err := a.hooks.queue.DueDeliveries(context.Background(), time.Unix(1<<40, 0), 0)
	if err != nil {
		a.logger().Error("read the webhook queue", "err", err)
		return nil
	}
	var out []WebhookBody
	for _, d := range queued {
		out = append(out, WebhookBody{DeliveryID: d.ID, OwnerID: d.OwnerID, Alerts: d.Alerts})
	}
	return out
}
