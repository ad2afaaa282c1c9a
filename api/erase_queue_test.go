package api_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/ingest"
	"github.com/scout-oss/scout/netguard"
	"github.com/scout-oss/scout/scoring"
	"github.com/scout-oss/scout/store"
)

// flakyHook answers 503 until healthy is set, then 204, and keeps every
// body it was sent.
type flakyHook struct {
	healthy atomic.Bool
	mu      sync.Mutex
	bodies  []string
}

func (h *flakyHook) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	raw, _ := io.ReadAll(r.Body)
	h.mu.Lock()
	h.bodies = append(h.bodies, string(raw))
	h.mu.Unlock()
	if !h.healthy.Load() {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *flakyHook) received() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]string(nil), h.bodies...)
}

// TestEraseReachesWebhookQueue erases a person whose new_match alerts wait
// in two webhook deliveries, one being retried against a failing receiver
// and one queued behind it: both lose the person's alerts and keep the
// other creator's, and once the receiver recovers nothing it is sent names
// the person.
func TestEraseReachesWebhookQueue(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	db, err := store.OpenWith(ctx, t.TempDir(), store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	idx, err := index.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	in := &ingest.Ingester{Creators: db, Visits: db, Index: idx, Scorer: scoring.New(), Now: func() time.Time { return now }}

	hook := &flakyHook{}
	hookSrv := httptest.NewTLSServer(hook)
	defer hookSrv.Close()
	env := MustAuthServer(t, func(s *api.Server) {
		s.Creators, s.Index, s.Keys, s.Privacy = db, idx, db, db
		s.Alerter = &api.Alerter{Alerts: db, Creators: db, Index: idx, Client: hookSrv.Client(),
			Policy:  netguard.Policy{Allow: []netip.AddrPort{netip.MustParseAddrPort(hookSrv.Listener.Addr().String())}},
			Backoff: 20 * time.Millisecond, Retries: 1000, Interval: time.Hour,
			BreakerCooldown: 50 * time.Millisecond} // the failing receiver's breaker must not outlast the test
	})
	_, admin, err := db.CreateKey(ctx, "dpo", scout.RoleAdmin)
	if err != nil {
		t.Fatal(err)
	}
	al := env.srv.Alerter
	if err := al.Open(); err != nil {
		t.Fatal(err)
	}
	defer al.Close()
	for _, name := range []string{"first", "second"} {
		ss := &scout.SavedSearch{Name: name, Query: "q=vegan", Webhook: hookSrv.URL + "/" + name, WebhookSecret: "whsec_t"}
		if err := db.CreateSavedSearch(ctx, ss); err != nil {
			t.Fatal(err)
		}
		if err := al.Baseline(ctx, ss.ID); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range []struct{ handle, name string }{{"zed-queued", "Zed Queuedperson"}, {"olive", "Olive Other"}} {
		prof := alertProfile(p.handle, "vegan cooking", 10_000, now)
		prof.Profile.Account.DisplayName = p.name
		if err := in.Ingest(ctx, prof); err != nil {
			t.Fatal(err)
		}
	}
	if err := in.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if n, err := al.Check(ctx); err != nil || n != 4 {
		t.Fatalf("check raised %d alerts (%v), want 4", n, err)
	}
	// Wait for the first delivery to be in flight (failing and retried).
	deadline := time.Now().Add(10 * time.Second)
	for len(hook.received()) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("the first delivery was never attempted")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if got := al.PendingDeliveries(); len(got) != 2 {
		t.Fatalf("%d deliveries not yet made, want 2", len(got))
	}

	zed := scout.NewCreatorID(scout.AccountID(scout.PlatformWeb, "zed-queued"))
	if st, _, body := env.do(t, "DELETE", "/api/v1/creators/"+zed, admin, ""); st != http.StatusOK {
		t.Fatalf("erase: %d %s", st, body)
	}
	pending := al.PendingDeliveries()
	if len(pending) != 2 {
		t.Fatalf("%d deliveries after the erasure, want 2 (each still has the other creator)", len(pending))
	}
	for _, d := range pending {
		raw, _ := json.Marshal(d)
		if strings.Contains(string(raw), "Zed") || strings.Contains(string(raw), zed) {
			t.Errorf("delivery %s still names the person: %s", d.DeliveryID, raw)
		}
		if len(d.Alerts) != 1 || d.Alerts[0].CreatorName != "Olive Other" {
			t.Errorf("delivery %s alerts = %s, want the other creator's only", d.DeliveryID, raw)
		}
	}

	mark := len(hook.received())
	hook.healthy.Store(true)
	deadline = time.Now().Add(10 * time.Second)
	for al.Delivered() < 2 {
		if time.Now().After(deadline) {
			t.Fatalf("delivered %d of 2 after the receiver recovered", al.Delivered())
		}
		time.Sleep(10 * time.Millisecond)
	}
	bodies := hook.received()
	// An attempt may have been on the wire while the erasure ran; every
	// later one is scrubbed.
	for _, b := range bodies[min(mark+1, len(bodies)):] {
		if strings.Contains(b, "Zed") {
			t.Errorf("sent after the erasure: %s", b)
		}
	}
	if len(al.PendingDeliveries()) != 0 {
		t.Error("deliveries left after both were made")
	}
}
