package api_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/netguard"
	"github.com/scout-oss/scout/netguard/netguardtest"
)

// The tests of this file run the outbound-address policy's table
// (netguardtest) through each API entry point that takes an address: the
// crawl API, schedules, shortlist pastes, the web page's crawl form shares
// the crawl API's check; webhooks are checked when saved and again by
// their dialer when delivered. Names that resolve to internal addresses,
// and redirects to them, cannot be judged up front without a DNS lookup
// that rebinding would defeat: the dialers refuse them at connect time
// (crawler/ssrf_test.go and TestWebhookDialer below).

// mustJSON encodes v for a request body.
func mustJSON(tb testing.TB, v any) string {
	tb.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// schemeTargets are PLATFORM:HANDLE look-alikes that are URLs of other
// schemes, or handles no platform has: refused, never queued.
var schemeTargets = []string{
	"javascript:alert(5)",
	"javascript:alert",
	"JavaScript:alert(5)",
	"data:text/html,<script>alert(5)</script>",
	"vbscript:msgbox",
	"file:/etc/passwd",
	"bluesky:javascript:alert(5)",
	"youtube:@a/b",
	"tiktok:a:b",
}

func TestCrawlsAPI_RefusesSSRFForms(t *testing.T) {
	ts, db := MustJobServer(t, nil)
	queued := 0
	for _, h := range netguardtest.Hosts {
		u := h.URL("http", "", "/")
		code, _, body := postJSON(t, ts.URL+"/api/v1/crawls", mustJSON(t, map[string]any{"targets": []string{u}}))
		switch {
		case h.Blocked() && (code != http.StatusBadRequest || !strings.Contains(string(body), h.Reason)):
			t.Errorf("%s: %d %s, want 400 naming %q", u, code, body, h.Reason)
		case !h.Blocked() && code != http.StatusAccepted:
			t.Errorf("%s: %d %s, want 202", u, code, body)
		case !h.Blocked():
			queued++
		}
	}
	for _, c := range netguardtest.URLs {
		code, _, body := postJSON(t, ts.URL+"/api/v1/crawls", mustJSON(t, map[string]any{"targets": []string{c.URL}}))
		if code != http.StatusBadRequest || !strings.Contains(string(body), c.Reason) {
			t.Errorf("%s: %d %s, want 400 naming %q", c.URL, code, body, c.Reason)
		}
	}
	for _, target := range schemeTargets {
		code, _, body := postJSON(t, ts.URL+"/api/v1/crawls", mustJSON(t, map[string]any{"targets": []string{target}}))
		if code != http.StatusBadRequest {
			t.Errorf("%s: %d %s, want 400", target, code, body)
		}
	}
	if _, total, _ := db.FindJobs(context.Background(), scout.JobFilter{}); total != queued {
		t.Errorf("%d jobs queued, want %d (one per allowed host)", total, queued)
	}
}

func TestSchedulesAPI_RefusesSSRFForms(t *testing.T) {
	ts, _ := MustJobServer(t, func(s *api.Server) { s.Schedules = s.Jobs.(scout.ScheduleService) })
	for _, h := range netguardtest.Hosts {
		if !h.Blocked() {
			continue
		}
		u := h.URL("https", "8443", "/@maya")
		code, _, body := postJSON(t, ts.URL+"/api/v1/schedules", mustJSON(t, map[string]any{"cron": "@daily", "targets": []string{u}}))
		if code != http.StatusBadRequest || !strings.Contains(string(body), h.Reason) {
			t.Errorf("%s: %d %s, want 400 naming %q", u, code, body, h.Reason)
		}
	}
	for _, target := range append([]string{"https://user:pw@example.com/"}, schemeTargets...) {
		code, _, body := postJSON(t, ts.URL+"/api/v1/schedules", mustJSON(t, map[string]any{"cron": "@daily", "targets": []string{target}}))
		if code != http.StatusBadRequest {
			t.Errorf("%s: %d %s, want 400", target, code, body)
		}
	}
	code, _, body := get(t, ts.URL+"/api/v1/schedules")
	if code != http.StatusOK || strings.Contains(string(body), `"id"`) {
		t.Errorf("schedules after refusals: %d %s, want none", code, body)
	}
}

// TestShortlistPasteRefusesSSRFForms pastes each spelling into a
// shortlist on a server that runs crawl jobs: an internal address stays a
// pending entry, and no crawl is queued for it; a scheme-like handle is
// refused outright.
func TestShortlistPasteRefusesSSRFForms(t *testing.T) {
	env := MustListEnv(t, nil)
	s := api.NewServer()
	s.Creators, s.Index, s.Shortlists, s.Hidden, s.Targets, s.Jobs = env.db, env.idx, env.db, env.db, env.db, env.db
	s.NoAuth, s.RateLimit = true, 0
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	env.ts = ts
	id := env.mustShortlist(t, "SSRF")
	for _, h := range netguardtest.Hosts {
		if !h.Blocked() {
			continue
		}
		u := h.URL("https", "", "/@maya")
		var add api.AddEntriesResponse
		st, raw := env.do(t, "POST", "/api/v1/shortlists/"+id+"/entries", map[string]any{"target": u}, &add)
		if st == http.StatusBadRequest {
			continue // refused outright (a host no account URL can have)
		}
		// A spelling whose key an earlier line already added (LOCALHOST,
		// localhost) is existing, and requests no crawl.
		if add.CrawlJobID != "" || add.Pending > 0 && !strings.Contains(add.CrawlMessage, h.Reason) {
			t.Errorf("%s: %d %s, want no crawl job and a message naming %q", u, st, raw, h.Reason)
		}
	}
	for _, target := range schemeTargets {
		st, raw := env.do(t, "POST", "/api/v1/shortlists/"+id+"/entries", map[string]any{"target": target}, nil)
		if st != http.StatusBadRequest {
			t.Errorf("%s: %d %s, want 400", target, st, raw)
		}
	}
	if _, total, _ := env.db.FindJobs(context.Background(), scout.JobFilter{}); total != 0 {
		t.Errorf("%d crawl jobs queued from refused targets", total)
	}
}

// TestWebhookRefusesSSRFForms saves saved searches and watches whose
// webhook names each spelling: an internal one is refused when saved.
func TestWebhookRefusesSSRFForms(t *testing.T) {
	env := MustAuthServer(t, nil)
	editor := env.keys[scout.RoleEditor]
	for _, h := range netguardtest.Hosts {
		hook := h.URL("https", "", "/hook")
		for _, c := range []struct{ path, body string }{
			{"/api/v1/saved-searches", mustJSON(t, map[string]any{"name": "x", "query": "q=a", "webhook": hook})},
			{"/api/v1/watches", mustJSON(t, map[string]any{"name": "x", "creator_ids": []string{"c1"}, "webhook": hook})},
		} {
			st, _, body := env.do(t, "POST", c.path, editor, c.body)
			switch {
			case h.Blocked() && (st != http.StatusBadRequest || !strings.Contains(string(body), h.Reason)):
				t.Errorf("%s %s: %d %s, want 400 naming %q", c.path, hook, st, body, h.Reason)
			case !h.Blocked() && st != http.StatusCreated:
				t.Errorf("%s %s: %d %s, want 201", c.path, hook, st, body)
			}
		}
	}
	for _, c := range netguardtest.URLs {
		body := mustJSON(t, map[string]any{"name": "x", "query": "q=a", "webhook": c.URL})
		if st, _, b := env.do(t, "POST", "/api/v1/saved-searches", editor, body); st != http.StatusBadRequest {
			t.Errorf("%s: %d %s, want 400", c.URL, st, b)
		}
	}
}

// TestWebhookDialer delivers to each refused address with the Alerter's
// own client: its dialer refuses them before connecting, names included
// (a webhook saved before the check existed, or a name that re-resolves).
func TestWebhookDialer(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	port := srv.URL[strings.LastIndexByte(srv.URL, ':')+1:]
	al := &api.Alerter{}
	for _, h := range netguardtest.Hosts {
		if h.Addr == "" || !h.Blocked() {
			continue
		}
		u := h.AddrURL("http", port, "/hook")
		err := api.PostWebhook(t.Context(), al, u)
		if !errors.Is(err, netguard.ErrBlocked) || !strings.Contains(err.Error(), h.DialReason()) {
			t.Errorf("deliver to %s: %v, want ErrBlocked naming %q", u, err, h.DialReason())
		}
	}
	for _, u := range []string{"http://localhost:" + port + "/hook", srv.URL + "/hook"} {
		if err := api.PostWebhook(t.Context(), al, u); !errors.Is(err, netguard.ErrBlocked) || !strings.Contains(err.Error(), "loopback") {
			t.Errorf("deliver to %s: %v, want ErrBlocked naming loopback", u, err)
		}
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the loopback receiver got %d deliveries", n)
	}
	// The allow-list lets exactly the receiver's address through.
	al = &api.Alerter{Policy: netguard.Policy{Allow: []netip.AddrPort{netip.MustParseAddrPort(srv.Listener.Addr().String())}}}
	if err := api.PostWebhook(t.Context(), al, srv.URL+"/hook"); err != nil || hits.Load() != 1 {
		t.Errorf("allowed receiver: %v, %d deliveries, want 1", err, hits.Load())
	}
}
