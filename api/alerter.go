package api

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
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
)

// Alerter checks saved searches and watches for changes, records alerts
// and delivers them to webhooks through a durable queue (webhooks.go). It
// owns a context: Open starts its goroutines (the periodic check, the
// webhook dispatcher and its workers), Close cancels them and waits. Set
// the fields, then Open.
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
	// Deliveries is the durable webhook queue; nil means Alerts, which
	// must then implement scout.WebhookQueue (store.DB does).
	Deliveries scout.WebhookQueue
	// Workers is how many deliveries may be in progress at once, to
	// different destinations (DefaultWebhookWorkers when 0).
	Workers int
	// BreakerThreshold consecutive failures open a destination's breaker
	// for BreakerCooldown, doubling after each failed probe up to 10
	// minutes (DefaultBreakerThreshold/Cooldown when 0). MaxDeliveryAge
	// is how long a delivery may wait before it is given up
	// (DefaultMaxDeliveryAge when 0).
	BreakerThreshold int
	BreakerCooldown  time.Duration
	MaxDeliveryAge   time.Duration
	Now              func() time.Time
	Logger           *slog.Logger

	clientOnce    sync.Once
	defaultClient *http.Client
	checkMu       sync.Mutex // one check at a time, so nothing is reported twice
	cancel        context.CancelFunc
	wg            sync.WaitGroup
	hooks         *webhookState
	// delivered counts webhook POSTs that got a 2xx, for tests and logs.
	mu        sync.Mutex
	delivered int
}

// Open starts the periodic check (every Interval; new saved searches and
// watches record their baseline when created), the webhook dispatcher and
// its workers, which resume the deliveries left queued by the last run.
func (a *Alerter) Open() error {
	if a.Alerts == nil || a.Creators == nil || a.Index == nil {
		return errors.New("alerter: Alerts, Creators and Index are required")
	}
	q := a.queue()
	if q == nil {
		return errors.New("alerter: Deliveries is required when Alerts keeps no webhook queue")
	}
	ctx, cancel := context.WithCancel(context.Background())
	a.cancel = cancel
	a.hooks = &webhookState{queue: q, wake: make(chan struct{}, 1), jobs: make(chan *scout.WebhookDelivery, a.workers()),
		breakers: map[string]*breaker{}, busy: map[string]bool{}}
	run := func(f func(context.Context)) {
		a.wg.Add(1)
		go func() {
			defer a.wg.Done()
			f(ctx)
		}()
	}
	run(a.checkLoop)
	run(a.dispatch)
	for range a.workers() {
		run(a.work)
	}
	return nil
}

// Close stops checking and delivering and waits for the goroutines. A
// delivery in progress is cut short and stays queued, as do all the
// others: the next Open sends them.
func (a *Alerter) Close() error {
	if a.cancel != nil {
		a.cancel()
		a.wg.Wait()
		a.cancel = nil
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
	defer a.recoverLoop("alert check")
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

// record stores the state and alerts and queues the webhook. The two are
// separate transactions: a crash between them loses that one delivery,
// never the alerts, which stay listed at /api/v1/alerts.
func (a *Alerter) record(ctx context.Context, ownerID string, st *scout.AlertState, now time.Time, fresh []*scout.Alert, hook, secret string) (int, error) {
	err := a.Alerts.RecordAlerts(ctx, ownerID, st, now, fresh)
	if scout.ErrorCode(err) == scout.ENOTFOUND {
		return 0, nil // deleted while we checked
	}
	if err != nil {
		return 0, err
	}
	if hook != "" && len(fresh) > 0 && a.hooks != nil {
		a.enqueue(ctx, ownerID, hook, secret, fresh)
	}
	return len(fresh), nil
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

// post makes one attempt; it says whether a failure is worth retrying,
// how long the receiver asked to wait, and the receiver's status (nil when
// it gave none).
func (a *Alerter) post(ctx context.Context, d *scout.WebhookDelivery, body []byte) (bool, time.Duration, *int, error) {
	ctx, cancel := context.WithTimeout(ctx, webhookTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, d.URL, bytes.NewReader(body))
	if err != nil {
		return false, 0, nil, err
	}
	ts := a.now().Unix()
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "Scout-Webhook/1")
	req.Header.Set("X-Scout-Delivery", d.ID)
	req.Header.Set("X-Scout-Timestamp", strconv.FormatInt(ts, 10))
	req.Header.Set("X-Scout-Signature", SignWebhook(d.Secret, ts, body))
	resp, err := a.client().Do(req)
	if err != nil {
		return true, 0, nil, err
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	resp.Body.Close()
	status := resp.StatusCode
	switch {
	case status >= 200 && status < 300:
		return false, 0, &status, nil
	case status == http.StatusTooManyRequests || status == http.StatusRequestTimeout || status >= 500:
		after := time.Duration(0)
		if secs, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && secs > 0 {
			after = time.Duration(secs) * time.Second
		}
		return true, after, &status, fmt.Errorf("webhook answered %s", resp.Status)
	default:
		return false, 0, &status, fmt.Errorf("webhook answered %s", resp.Status)
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
