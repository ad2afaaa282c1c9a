package api_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/ingest"
	"github.com/scout-oss/scout/scoring"
	"github.com/scout-oss/scout/store"
)

// webhookEnv is a store and index with one creator, for webhook tests.
type webhookEnv struct {
	dir string
	db  *store.DB
	idx *index.Index
	in  *ingest.Ingester
}

func newWebhookEnv(t *testing.T) *webhookEnv {
	t.Helper()
	ctx := context.Background()
	e := &webhookEnv{dir: t.TempDir()}
	var err error
	if e.db, err = store.OpenWith(ctx, e.dir, store.Options{NoSync: true}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.db.Close() })
	if e.idx, err = index.NewMemOnly(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.idx.Close() })
	e.in = &ingest.Ingester{Creators: e.db, Visits: e.db, Index: e.idx, Scorer: scoring.New()}
	e.ingest(t, "alma", "vegan cooking at home")
	return e
}

func (e *webhookEnv) ingest(t *testing.T, handle, bio string) {
	t.Helper()
	ctx := context.Background()
	if err := e.in.Ingest(ctx, alertProfile(handle, bio, 10_000, time.Now().UTC())); err != nil {
		t.Fatal(err)
	}
	if err := e.in.Flush(ctx); err != nil {
		t.Fatal(err)
	}
}

// alerter returns an opened Alerter over the env, closed at test end.
func (e *webhookEnv) alerter(t *testing.T, client *http.Client, configure func(*api.Alerter)) *api.Alerter {
	t.Helper()
	al := &api.Alerter{Alerts: e.db, Creators: e.db, Index: e.idx, Client: client, Interval: time.Hour, Backoff: 20 * time.Millisecond}
	if configure != nil {
		configure(al)
	}
	if err := al.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { al.Close() })
	return al
}

// saveSearch saves "vegan" with a webhook and records its baseline.
func (e *webhookEnv) saveSearch(t *testing.T, al *api.Alerter, name, hook string) {
	t.Helper()
	ss := &scout.SavedSearch{Name: name, Query: "q=vegan", Webhook: hook, WebhookSecret: "whsec_" + name}
	if err := e.db.CreateSavedSearch(context.Background(), ss); err != nil {
		t.Fatal(err)
	}
	if err := al.Baseline(context.Background(), ss.ID); err != nil {
		t.Fatal(err)
	}
}

// hangingReceiver accepts webhook POSTs and answers none until the test
// ends or the client gives up: a receiver that is down without refusing.
type hangingReceiver struct {
	started chan string // X-Scout-Delivery of each request that arrived
	release chan struct{}
}

func newHangingReceiver(t *testing.T) (*hangingReceiver, *httptest.Server) {
	h := &hangingReceiver{started: make(chan string, 64), release: make(chan struct{})}
	srv := httptest.NewTLSServer(h)
	t.Cleanup(func() {
		close(h.release)
		srv.Close()
	})
	return h, srv
}

func (h *hangingReceiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.started <- r.Header.Get("X-Scout-Delivery")
	select {
	case <-h.release:
	case <-r.Context().Done():
	}
}

// TestDeadWebhookDoesNotDelayOthers queues a delivery to a receiver that
// never answers (each attempt holds on for the 10 s time-out) before one
// to a healthy receiver, and expects the healthy one served at once.
func TestDeadWebhookDoesNotDelayOthers(t *testing.T) {
	e := newWebhookEnv(t)
	dead, deadSrv := newHangingReceiver(t)
	good := &hookReceiver{}
	goodSrv := httptest.NewTLSServer(good)
	defer goodSrv.Close()
	al := e.alerter(t, goodSrv.Client(), nil) // every httptest TLS server shares one certificate
	e.saveSearch(t, al, "dead", deadSrv.URL+"/hook")
	e.saveSearch(t, al, "good", goodSrv.URL+"/hook")

	e.ingest(t, "bruno", "vegan street food")
	start := time.Now()
	if n, err := al.Check(context.Background()); err != nil || n != 2 {
		t.Fatalf("check: %d alerts, %v; want 2", n, err)
	}
	select {
	case <-dead.started:
	case <-time.After(10 * time.Second):
		t.Fatal("the dead receiver got no attempt")
	}
	deadline := time.Now().Add(5 * time.Second)
	for al.Delivered() < 1 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond) // polling for the delivery, not asserting on time
	}
	if got, _ := good.snapshot(); len(got) != 1 {
		t.Fatalf("healthy receiver got %d deliveries %v after the check, want 1 while the dead one hangs", len(got), time.Since(start))
	}
}

// TestWebhookQueueSurvivesRestart stops the alerter while a delivery is
// in progress, reopens the store and starts a new alerter: the delivery
// is sent again, with the same id, and succeeds.
func TestWebhookQueueSurvivesRestart(t *testing.T) {
	ctx := context.Background()
	e := newWebhookEnv(t)
	var mu sync.Mutex
	var ids []string
	hang := true
	inFlight := make(chan struct{}, 1)
	release := make(chan struct{})
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		ids = append(ids, r.Header.Get("X-Scout-Delivery"))
		h := hang
		mu.Unlock()
		if h {
			inFlight <- struct{}{}
			select {
			case <-release:
			case <-r.Context().Done():
			}
			return
		}
	}))
	defer srv.Close()
	defer close(release)

	al := e.alerter(t, srv.Client(), nil)
	e.saveSearch(t, al, "restart", srv.URL+"/hook")
	e.ingest(t, "bruno", "vegan street food")
	if n, err := al.Check(ctx); err != nil || n != 1 {
		t.Fatalf("check: %d alerts, %v; want 1", n, err)
	}
	select {
	case <-inFlight:
	case <-time.After(10 * time.Second):
		t.Fatal("no delivery attempt")
	}
	if err := al.Close(); err != nil { // a shutdown in the middle of the POST
		t.Fatal(err)
	}
	if err := e.db.Close(); err != nil {
		t.Fatal(err)
	}
	db, err := store.OpenWith(ctx, e.dir, store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	e.db = db
	mu.Lock()
	hang = false
	mu.Unlock()

	al2 := e.alerter(t, srv.Client(), nil)
	deadline := time.Now().Add(10 * time.Second)
	for al2.Delivered() < 1 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond) // polling for the delivery, not asserting on time
	}
	if al2.Delivered() != 1 {
		t.Fatal("the delivery queued before the restart was not sent after it")
	}
	mu.Lock()
	defer mu.Unlock()
	if len(ids) != 2 || ids[0] != ids[1] || ids[0] == "" {
		t.Errorf("X-Scout-Delivery before and after the restart: %v, want the same id twice", ids)
	}
}

// TestWebhookBreaker lets a receiver fail every call and checks the
// destination's breaker: it opens after BreakerThreshold failures, then
// lets one probe through per cool-down, doubling it; the deliveries API
// shows it open; once the receiver recovers, the next probe delivers and
// closes it.
func TestWebhookBreaker(t *testing.T) {
	ctx := context.Background()
	e := newWebhookEnv(t)
	var mu sync.Mutex
	var calls []time.Time
	healthy := false
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		calls = append(calls, time.Now())
		if !healthy {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
	}))
	defer srv.Close()
	const cooldown = 200 * time.Millisecond
	al := e.alerter(t, srv.Client(), func(a *api.Alerter) {
		a.BreakerThreshold, a.BreakerCooldown, a.Backoff, a.Retries = 2, cooldown, 10*time.Millisecond, 20
	})
	e.saveSearch(t, al, "breaker", srv.URL+"/hook")
	e.ingest(t, "bruno", "vegan street food")
	if n, err := al.Check(ctx); err != nil || n != 1 {
		t.Fatalf("check: %d alerts, %v; want 1", n, err)
	}
	waitCalls := func(n int) []time.Time {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for {
			mu.Lock()
			got := append([]time.Time(nil), calls...)
			mu.Unlock()
			if len(got) >= n {
				return got
			}
			if time.Now().After(deadline) {
				t.Fatalf("%d calls after 20s, want %d", len(got), n)
			}
			time.Sleep(5 * time.Millisecond) // polling for the calls, not asserting on time
		}
	}
	waitCalls(2)
	// The receiver has logged the second call; the sender reads its answer
	// a moment later, so wait for the breaker to take it in.
	dests := al.Destinations()
	for end := time.Now().Add(20 * time.Second); time.Now().Before(end); dests = al.Destinations() {
		if len(dests) == 1 && !dests[0].Busy && dests[0].Failures >= 2 {
			break
		}
		time.Sleep(5 * time.Millisecond) // polling for the sender, not asserting on time
	}
	if len(dests) != 1 || dests[0].State != api.BreakerOpen || dests[0].OpenUntil == nil {
		t.Errorf("after 2 failures: destinations %+v, want one open breaker", dests)
	}
	got := waitCalls(4)
	if gap := got[2].Sub(got[1]); gap < cooldown {
		t.Errorf("first probe %v after the breaker opened, want at least %v", gap, cooldown)
	}
	if gap := got[3].Sub(got[2]); gap < 2*cooldown {
		t.Errorf("second probe %v after the first failed, want at least %v (the cool-down doubles)", gap, 2*cooldown)
	}
	mu.Lock()
	healthy = true
	mu.Unlock()
	deadline := time.Now().Add(20 * time.Second)
	for al.Delivered() < 1 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond) // polling for the delivery, not asserting on time
	}
	if al.Delivered() != 1 {
		t.Fatal("not delivered after the receiver recovered")
	}
	if dests := al.Destinations(); len(dests) != 1 || dests[0].State != api.BreakerClosed {
		t.Errorf("after a successful probe: %+v, want the breaker closed", dests)
	}
	list, err := e.db.FindDeliveries(ctx, scout.DeliveryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].State != scout.DeliveryDelivered || list[0].Attempts < 5 || list[0].LastStatus == nil || *list[0].LastStatus != 200 {
		t.Errorf("delivery status: %+v, want one delivered after at least 5 attempts", list)
	}
}

// TestDeliveriesAPI lists the delivery status through the API.
func TestDeliveriesAPI(t *testing.T) {
	env := MustAuthServer(t, nil)
	viewer := env.keys[scout.RoleViewer]
	if err := env.srv.Alerter.Open(); err != nil {
		t.Fatal(err)
	}
	defer env.srv.Alerter.Close()
	due := time.Now().Add(time.Hour)
	d := &scout.WebhookDelivery{ID: "s1-a1", OwnerID: "s1", URL: "https://hooks.example/x", Secret: "whsec_x",
		Alerts: []*scout.Alert{{ID: "a1", Kind: scout.AlertNewMatch, CreatorName: "Alma"}}, NextAt: &due}
	if err := env.db.EnqueueDelivery(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	st, _, body := env.do(t, "GET", "/api/v1/alerts/deliveries?state=queued", viewer, "")
	if st != http.StatusOK {
		t.Fatalf("deliveries: %d %s", st, body)
	}
	for _, want := range []string{`"id":"s1-a1"`, `"state":"queued"`, `"alert_ids":["a1"]`, `"destinations":[]`} {
		if !strings.Contains(string(body), want) {
			t.Errorf("deliveries %s lacks %s", body, want)
		}
	}
	for _, leak := range []string{"whsec_x", "Alma"} {
		if strings.Contains(string(body), leak) {
			t.Errorf("deliveries %s shows %s", body, leak)
		}
	}
	if st, _, _ := env.do(t, "GET", "/api/v1/alerts/deliveries?state=lost", viewer, ""); st != http.StatusBadRequest {
		t.Errorf("state=lost: %d, want 400", st)
	}
}
