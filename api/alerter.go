package api

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/netguard"
)

// Defaults of the Alerter.
const (
	DefaultAlertInterval  = 5 * time.Minute
	DefaultWebhookRetries = 5
	DefaultWebhookBackoff = 2 * time.Second
	maxWebhookBackoff     = 5 * time.Minute
	webhookTimeout        = 10 * time.Second
	// maxMatchPages bounds a saved search's check to 10 pages of 100:
	// a search matching more than 1000 creators is too broad to alert on.
	maxMatchPages = 10
	// maxQueuedDeliveries bounds the webhook deliveries waiting to be sent.
	maxQueuedDeliveries = 256
)

// Alerter checks saved searches and watches for changes, records alerts
// and delivers them to webhooks. It owns a context: Open starts its two
// goroutines (the periodic check and the webhook sender), Close cancels
// them and waits. Set the fields, then Open.
type Alerter struct {
	Alerts   scout.AlertService
	Creators scout.CreatorService
	Index    scout.SearchIndex
	// Shortlists resolves watched shortlists to their creators at each
	// check; nil makes shortlist watches see no creators.
	Shortlists scout.ShortlistService
	// Policy is the outbound-address policy of webhooks (webhook URLs
	// come from users): CheckWebhook applies it when a webhook is saved,
	// and the default client's dialer on every address it connects to.
	// The zero value refuses every non-public address; tests on loopback
	// set Allow or AllowPrivate.
	Policy netguard.Policy
	// Client posts webhooks; nil means a client that dials through Policy
	// and follows no redirects.
	Client *http.Client
	// Interval between checks (DefaultAlertInterval when 0).
	Interval time.Duration
	// Retries after a failed delivery, and the first wait, doubling up
	// to 5 minutes (DefaultWebhookRetries/Backoff when 0).
	Retries int
	Backoff time.Duration
	Now     func() time.Time
	Logger  *slog.Logger

	clientOnce    sync.Once
	defaultClient *http.Client
	checkMu       sync.Mutex // one check at a time, so nothing is reported twice
	cancel        context.CancelFunc
	wg            sync.WaitGroup
	// The webhook queue: deliveries waiting, oldest first, and the one
	// being posted or waiting to retry. A slice under a lock rather than
	// a channel, so ForgetCreators can reach every delivery not yet made.
	qmu      sync.Mutex
	pending  []*delivery
	inflight *delivery
	wake     chan struct{} // set by Open; nil: nothing is queued
	// delivered counts webhook POSTs that got a 2xx, for tests and logs.
	mu        sync.Mutex
	delivered int
}

// delivery is one webhook POST: every new alert of one saved search or
// watch from one check.
type delivery struct {
	id      string
	url     string
	secret  string
	ownerID string
	alerts  []*scout.Alert
}

// Open starts the periodic check (every Interval; new saved searches and
// watches record their baseline when created) and the webhook sender.
func (a *Alerter) Open() error {
	if a.Alerts == nil || a.Creators == nil || a.Index == nil {
		return errors.New("alerter: Alerts, Creators and Index are required")
	}
	ctx, cancel := context.WithCancel(context.Background())
	a.cancel = cancel
	a.qmu.Lock()
	a.wake = make(chan struct{}, 1)
	a.qmu.Unlock()
	a.wg.Add(2)
	go func() {
		defer a.wg.Done()
		a.sendLoop(ctx)
	}()
	go func() {
		defer a.wg.Done()
		a.checkLoop(ctx)
	}()
	return nil
}

// Close stops checking and delivering and waits for both goroutines.
// Deliveries still queued are dropped; their alerts stay in the store.
func (a *Alerter) Close() error {
	if a.cancel != nil {
		a.cancel()
		a.wg.Wait()
		a.cancel = nil
		a.qmu.Lock()
		a.pending, a.wake = nil, nil
		a.qmu.Unlock()
	}
	return nil
}

// Delivered returns how many webhook POSTs succeeded.
func (a *Alerter) Delivered() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.delivered
}

func (a *Alerter) checkLoop(ctx context.Context) {
	every := a.Interval
	if every <= 0 {
		every = DefaultAlertInterval
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if _, err := a.Check(ctx); err != nil && ctx.Err() == nil {
			a.logger().Error("alert check", "err", err)
		}
	}
}

// Check runs every saved search and watch once, records the alerts they
// raise and queues their webhooks. It returns the number of new alerts.
// The first check of a saved search or watch records a baseline and
// raises nothing.
func (a *Alerter) Check(ctx context.Context) (int, error) {
	a.checkMu.Lock()
	defer a.checkMu.Unlock()
	var errs []error
	n := 0
	searches, err := a.Alerts.FindSavedSearches(ctx)
	if err != nil {
		return 0, fmt.Errorf("alert check: %w", err)
	}
	for _, s := range searches {
		k, err := a.checkSearch(ctx, s)
		n += k
		if err != nil {
			errs = append(errs, fmt.Errorf("saved search %s: %w", s.ID, err))
		}
	}
	watches, err := a.Alerts.FindWatches(ctx)
	if err != nil {
		return n, fmt.Errorf("alert check: %w", err)
	}
	for _, w := range watches {
		k, err := a.checkWatch(ctx, w)
		n += k
		if err != nil {
			errs = append(errs, fmt.Errorf("watch %s: %w", w.ID, err))
		}
	}
	return n, errors.Join(errs...)
}

// Baseline records what a new saved search or watch sees now, so that
// only later changes alert. The API calls it on creation.
func (a *Alerter) Baseline(ctx context.Context, ownerID string) error {
	a.checkMu.Lock()
	defer a.checkMu.Unlock()
	searches, err := a.Alerts.FindSavedSearches(ctx)
	if err != nil {
		return err
	}
	for _, s := range searches {
		if s.ID == ownerID {
			_, err := a.checkSearch(ctx, s)
			return err
		}
	}
	watches, err := a.Alerts.FindWatches(ctx)
	if err != nil {
		return err
	}
	for _, w := range watches {
		if w.ID == ownerID {
			_, err := a.checkWatch(ctx, w)
			return err
		}
	}
	return scout.Errorf(scout.ENOTFOUND, "no saved search or watch %q", ownerID)
}

// SearchValues parses a saved search's query for one page of the check:
// paging parameters are the check's business, not the saved search's.
func SearchValues(query string, page int) (url.Values, error) {
	v, err := url.ParseQuery(query)
	if err != nil {
		return nil, scout.Errorf(scout.EINVALID, "query is not URL query parameters: %v", err)
	}
	v.Del("page")
	v.Del("cursor")
	v.Set("per_page", strconv.Itoa(scout.MaxPerPage))
	v.Set("page", strconv.Itoa(page))
	return v, nil
}

func (a *Alerter) checkSearch(ctx context.Context, s *scout.SavedSearch) (int, error) {
	st, err := a.Alerts.AlertState(ctx, s.ID)
	if err != nil {
		return 0, err
	}
	now := a.now()
	matches := map[string]bool{}
	var fresh []*scout.Alert
	for page := 1; page <= maxMatchPages; page++ {
		v, err := SearchValues(s.Query, page)
		if err != nil {
			return 0, err
		}
		q, err := ParseSearchQuery(v)
		if err != nil {
			return 0, err
		}
		resp, err := Search(ctx, a.Creators, a.Index, q)
		if err != nil {
			return 0, err
		}
		for _, c := range resp.Creators {
			matches[c.ID] = true
			if st.Baselined && !st.Matches[c.ID] {
				fresh = append(fresh, &scout.Alert{Kind: scout.AlertNewMatch, At: now, CreatorID: c.ID, CreatorName: c.Name,
					SavedSearchID: s.ID, Message: fmt.Sprintf("%s now matches saved search %q", c.Name, s.Name)})
			}
		}
		if len(resp.Creators) < q.PerPage || page*q.PerPage >= resp.Total {
			break
		}
	}
	st.Baselined, st.Matches = true, matches
	return a.record(ctx, s.ID, st, now, fresh, s.Webhook, s.WebhookSecret)
}

func (a *Alerter) checkWatch(ctx context.Context, w *scout.Watch) (int, error) {
	st, err := a.Alerts.AlertState(ctx, w.ID)
	if err != nil {
		return 0, err
	}
	ids, err := a.watchedIDs(ctx, w)
	if err != nil {
		return 0, err
	}
	now := a.now()
	baselined := st.Baselined
	next := &scout.AlertState{Baselined: true, RedFlags: map[string][]string{}, Stale: map[string]bool{}, Drops: map[string]time.Time{}}
	var fresh []*scout.Alert
	add := func(al *scout.Alert) {
		if baselined {
			al.At, al.WatchID = now, w.ID
			fresh = append(fresh, al)
		}
	}
	for _, id := range ids {
		c, err := a.Creators.FindCreatorByID(ctx, id)
		if scout.ErrorCode(err) == scout.ENOTFOUND {
			continue // not crawled yet, or erased
		}
		if err != nil {
			return 0, err
		}
		// New red flags.
		var codes []string
		for _, f := range c.Flags {
			if f.Severity != scout.SeverityRed {
				continue
			}
			codes = append(codes, f.Code)
			if !slices.Contains(st.RedFlags[id], f.Code) {
				add(&scout.Alert{Kind: scout.AlertRedFlag, CreatorID: id, CreatorName: c.Name, Flag: &f,
					Message: fmt.Sprintf("%s has a new red flag: %s", c.Name, f.Code)})
			}
		}
		if len(codes) > 0 {
			next.RedFlags[id] = codes
		}
		// Gone stale.
		limit := time.Duration(w.StaleAfterDays) * 24 * time.Hour
		if c.DataAsOf == nil || now.Sub(*c.DataAsOf) > limit {
			next.Stale[id] = true
			if !st.Stale[id] {
				msg := fmt.Sprintf("%s has no data newer than %d days", c.Name, w.StaleAfterDays)
				add(&scout.Alert{Kind: scout.AlertStale, CreatorID: id, CreatorName: c.Name, DataAsOf: c.DataAsOf, Message: msg})
			}
		}
		// Follower drops, per account.
		for _, d := range followerDrops(c.Snapshots, w.FollowerDrop) {
			next.Drops[d.AccountID] = d.ToAt
			if prev, ok := st.Drops[d.AccountID]; ok && prev.Equal(d.ToAt) {
				continue
			}
			add(&scout.Alert{Kind: scout.AlertFollowerDrop, CreatorID: id, CreatorName: c.Name, Drop: d,
				Message: fmt.Sprintf("%s lost %.1f%% of followers on %s (%d → %d)", c.Name, d.Fraction*100, d.AccountID, d.From, d.To)})
		}
	}
	return a.record(ctx, w.ID, next, now, fresh, w.Webhook, w.WebhookSecret)
}

// watchedIDs is the watch's creators plus its shortlist's, deduplicated.
func (a *Alerter) watchedIDs(ctx context.Context, w *scout.Watch) ([]string, error) {
	ids := slices.Clone(w.CreatorIDs)
	if w.ShortlistID != "" && a.Shortlists != nil {
		sl, err := a.Shortlists.FindShortlistByID(ctx, w.ShortlistID)
		switch {
		case scout.ErrorCode(err) == scout.ENOTFOUND:
			a.logger().Warn("watched shortlist is gone", "watch", w.ID, "shortlist", w.ShortlistID)
		case err != nil:
			return nil, err
		default:
			for _, e := range sl.Entries {
				if e.CreatorID != "" {
					ids = append(ids, e.CreatorID)
				}
			}
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids), nil
}

// followerDrops finds, per account, a drop of at least threshold: the
// newest snapshot with a count against the highest count of the snapshots
// within DropWindow before it.
func followerDrops(snaps []scout.Snapshot, threshold float64) []*scout.FollowerDrop {
	byAccount := map[string][]scout.Snapshot{}
	var order []string
	for _, s := range snaps {
		if s.Followers == nil {
			continue
		}
		if _, ok := byAccount[s.AccountID]; !ok {
			order = append(order, s.AccountID)
		}
		byAccount[s.AccountID] = append(byAccount[s.AccountID], s)
	}
	var out []*scout.FollowerDrop
	for _, acct := range order {
		ss := byAccount[acct]
		slices.SortStableFunc(ss, func(a, b scout.Snapshot) int { return a.At.Compare(b.At) })
		last := ss[len(ss)-1]
		var peak *scout.Snapshot
		for i := range ss[:len(ss)-1] {
			s := &ss[i]
			if last.At.Sub(s.At) <= scout.DropWindow && (peak == nil || *s.Followers > *peak.Followers) {
				peak = s
			}
		}
		if peak == nil || *peak.Followers <= 0 {
			continue
		}
		frac := float64(*peak.Followers-*last.Followers) / float64(*peak.Followers)
		if frac >= threshold {
			out = append(out, &scout.FollowerDrop{AccountID: acct, From: *peak.Followers, FromAt: peak.At,
				To: *last.Followers, ToAt: last.At, Fraction: frac})
		}
	}
	return out
}

// record stores the state and alerts and queues the webhook.
func (a *Alerter) record(ctx context.Context, ownerID string, st *scout.AlertState, now time.Time, fresh []*scout.Alert, hook, secret string) (int, error) {
	err := a.Alerts.RecordAlerts(ctx, ownerID, st, now, fresh)
	if scout.ErrorCode(err) == scout.ENOTFOUND {
		return 0, nil // deleted while we checked
	}
	if err != nil {
		return 0, err
	}
	if hook != "" && len(fresh) > 0 {
		d := &delivery{id: ownerID + "-" + fresh[0].ID, url: hook, secret: secret, ownerID: ownerID, alerts: fresh}
		if !a.enqueue(d) {
			a.logger().Warn("webhook queue full; alerts stay listed at /api/v1/alerts", "owner", ownerID, "alerts", len(fresh))
		}
	}
	return len(fresh), nil
}

// enqueue adds d to the webhook queue and wakes the sender; false when the
// queue is full or the sender was never started.
func (a *Alerter) enqueue(d *delivery) bool {
	a.qmu.Lock()
	defer a.qmu.Unlock()
	if a.wake == nil || len(a.pending) >= maxQueuedDeliveries {
		return false
	}
	a.pending = append(a.pending, d)
	select {
	case a.wake <- struct{}{}:
	default:
	}
	return true
}

// next takes the oldest waiting delivery and makes it the one in flight;
// nil when none is waiting.
func (a *Alerter) next() *delivery {
	a.qmu.Lock()
	defer a.qmu.Unlock()
	a.inflight = nil
	if len(a.pending) == 0 {
		return nil
	}
	d := a.pending[0]
	a.pending[0] = nil
	a.pending = a.pending[1:]
	a.inflight = d
	return d
}

// ForgetCreators removes the alerts about the given creators (the ids of
// an erased person) from every webhook delivery not yet made, those
// waiting and the one being posted or retried, and drops a delivery left
// without alerts; it returns how many alerts it removed. The erasure
// routes call it once the store has committed the erasure. This is the one
// place an erasure reaches the webhook queue: while deliveries wait in
// memory it edits them here; a queue kept in the store would be scrubbed
// by the store's erasure and reached from here for the process running.
func (a *Alerter) ForgetCreators(creatorIDs []string) int {
	if len(creatorIDs) == 0 {
		return 0
	}
	gone := make(map[string]bool, len(creatorIDs))
	for _, id := range creatorIDs {
		gone[id] = true
	}
	a.qmu.Lock()
	defer a.qmu.Unlock()
	n := 0
	scrub := func(d *delivery) {
		kept := slices.DeleteFunc(slices.Clone(d.alerts), func(al *scout.Alert) bool { return gone[al.CreatorID] })
		n += len(d.alerts) - len(kept)
		d.alerts = kept
	}
	if a.inflight != nil {
		scrub(a.inflight)
	}
	a.pending = slices.DeleteFunc(a.pending, func(d *delivery) bool {
		scrub(d)
		return len(d.alerts) == 0
	})
	return n
}

// PendingDeliveries returns the bodies of the webhook deliveries not yet
// made (the one in flight first, then the waiting ones), as they would be
// sent: what an erasure must have reached, and what Close would drop.
func (a *Alerter) PendingDeliveries() []WebhookBody {
	a.qmu.Lock()
	defer a.qmu.Unlock()
	var out []WebhookBody
	for _, d := range append([]*delivery{a.inflight}, a.pending...) {
		if d != nil && len(d.alerts) > 0 {
			out = append(out, WebhookBody{DeliveryID: d.id, OwnerID: d.ownerID, Alerts: slices.Clone(d.alerts)})
		}
	}
	return out
}

// WebhookBody is the JSON a webhook receives.
type WebhookBody struct {
	DeliveryID string         `json:"delivery_id"`
	OwnerID    string         `json:"owner_id"` // the saved search or watch id
	Alerts     []*scout.Alert `json:"alerts"`
}

// SignWebhook returns the X-Scout-Signature value for a body sent at
// timestamp ts (unix seconds): "sha256=" and the hex HMAC-SHA256, keyed by
// the webhook secret, of ts + "." + body. Receivers recompute it, compare
// in constant time, and reject timestamps older than a few minutes.
func SignWebhook(secret string, ts int64, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(m, "%d.", ts)
	m.Write(body)
	return "sha256=" + hex.EncodeToString(m.Sum(nil))
}

func (a *Alerter) sendLoop(ctx context.Context) {
	defer a.next() // nothing in flight after Close
	for ctx.Err() == nil {
		if d := a.next(); d != nil {
			a.deliver(ctx, d)
			continue
		}
		select {
		case <-ctx.Done():
		case <-a.wake:
		}
	}
}

// deliver posts d, retrying network errors, 408, 429 and 5xx with
// doubling waits (or the receiver's Retry-After). The delivery id stays the
// same across retries so receivers can drop duplicates. Each attempt sends
// the alerts d holds at that moment: ForgetCreators may have removed some
// (and with none left the delivery is over).
func (a *Alerter) deliver(ctx context.Context, d *delivery) {
	retries, wait := a.Retries, a.Backoff
	if retries <= 0 {
		retries = DefaultWebhookRetries
	}
	if wait <= 0 {
		wait = DefaultWebhookBackoff
	}
	for attempt := 0; ; attempt++ {
		a.qmu.Lock()
		alerts := d.alerts
		a.qmu.Unlock()
		if len(alerts) == 0 {
			return
		}
		body, err := json.Marshal(WebhookBody{DeliveryID: d.id, OwnerID: d.ownerID, Alerts: alerts})
		if err != nil {
			a.logger().Error("webhook encode", "err", err)
			return
		}
		retry, after, err := a.post(ctx, *d, body)
		if err == nil {
			a.mu.Lock()
			a.delivered++
			a.mu.Unlock()
			return
		}
		if !retry || attempt >= retries || ctx.Err() != nil {
			a.logger().Warn("webhook not delivered; the alerts stay listed at /api/v1/alerts",
				"owner", d.ownerID, "attempts", attempt+1, "err", err)
			return
		}
		if after <= 0 {
			after = wait
			wait = min(wait*2, maxWebhookBackoff)
		}
		t := time.NewTimer(min(after, maxWebhookBackoff))
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
}

// post makes one attempt; it says whether a failure is worth retrying and
// how long the receiver asked to wait.
func (a *Alerter) post(ctx context.Context, d delivery, body []byte) (bool, time.Duration, error) {
	ctx, cancel := context.WithTimeout(ctx, webhookTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, d.url, bytes.NewReader(body))
	if err != nil {
		return false, 0, err
	}
	ts := a.now().Unix()
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "Scout-Webhook/1")
	req.Header.Set("X-Scout-Delivery", d.id)
	req.Header.Set("X-Scout-Timestamp", strconv.FormatInt(ts, 10))
	req.Header.Set("X-Scout-Signature", SignWebhook(d.secret, ts, body))
	resp, err := a.client().Do(req)
	if err != nil {
		return true, 0, err
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	resp.Body.Close()
	switch {
	case resp.StatusCode >= 200 && resp.StatusCode < 300:
		return false, 0, nil
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusRequestTimeout || resp.StatusCode >= 500:
		after := time.Duration(0)
		if secs, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && secs > 0 {
			after = time.Duration(secs) * time.Second
		}
		return true, after, fmt.Errorf("webhook answered %s", resp.Status)
	default:
		return false, 0, fmt.Errorf("webhook answered %s", resp.Status)
	}
}

func (a *Alerter) client() *http.Client {
	if a.Client != nil {
		return a.Client
	}
	a.clientOnce.Do(func() {
		t := a.Policy.Transport()
		t.TLSHandshakeTimeout = webhookTimeout
		a.defaultClient = &http.Client{
			Transport:     t,
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
			Timeout:       webhookTimeout,
		}
	})
	return a.defaultClient
}

// CheckWebhook is the up-front check of a webhook URL being saved: "" (no
// webhook) passes; otherwise the outbound-address policy's URL check
// (credentials, no host, a loopback name, an internal address in any
// spelling), as EINVALID naming the reason. Names are checked again by
// the dialer at each delivery.
func (a *Alerter) CheckWebhook(raw string) error {
	if raw == "" {
		return nil
	}
	if _, err := a.Policy.CheckURL(raw); err != nil {
		return scout.Errorf(scout.EINVALID, "webhook %q: %v", raw, err)
	}
	return nil
}

func (a *Alerter) now() time.Time {
	if a.Now == nil {
		return time.Now().UTC()
	}
	return a.Now().UTC()
}

func (a *Alerter) logger() *slog.Logger {
	if a.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return a.Logger
}
