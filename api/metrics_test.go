package api_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
)

func TestMetrics(t *testing.T) {
	m := api.NewMetrics()
	m.QueueDepth = func() float64 { return 42 }
	m.RateLimitWaits = func() float64 { return 3 }
	m.FetchedBytes = func() float64 { return 123456 }
	prof := &scout.Profile{Account: scout.Account{Platform: scout.PlatformBluesky}}
	for _, r := range []*scout.CrawlResult{
		{URL: "https://a.example/1", Status: 200, Profile: &scout.Profile{}},
		{URL: "https://b.example/2", Status: 200, Profile: &scout.Profile{}},
		{URL: "https://c.example/3", Status: 304, NotModified: true},
		{URL: "https://d.example/4", Status: 404, Failure: &scout.Failure{Kind: scout.FailNotFound}},
		{URL: "https://e.example/5", Failure: &scout.Failure{Kind: scout.FailTimeout}},
		{URL: "bluesky:maya.bsky.social", Status: 200, Profile: prof},
		{URL: "tiktok:someone", Failure: &scout.Failure{Kind: "weird kind"}},
	} {
		m.ObserveResult(r)
	}
	start, end := time.Now(), time.Now().Add(90*time.Second)
	m.ObserveJob(&scout.CrawlJob{Origin: scout.OriginAPI, State: scout.JobDone, StartedAt: &start, FinishedAt: &end})

	ts, _ := MustJobServer(t, func(s *api.Server) { s.Metrics = m })
	code, h, body := get(t, ts.URL+"/metrics")
	if code != http.StatusOK || !strings.HasPrefix(h.Get("Content-Type"), "text/plain") {
		t.Fatalf("GET /metrics = %d %s", code, h.Get("Content-Type"))
	}
	text := string(body)
	for _, want := range []string{
		`scout_pages_fetched_total{platform="web",status="2xx"} 2`,
		`scout_pages_fetched_total{platform="web",status="3xx"} 1`,
		`scout_pages_fetched_total{platform="web",status="none"} 1`,
		`scout_pages_fetched_total{platform="bluesky",status="2xx"} 1`,
		`scout_pages_not_modified_total{platform="web"} 1`,
		`scout_crawl_errors_total{kind="not_found",platform="web"} 1`,
		`scout_crawl_errors_total{kind="timeout",platform="web"} 1`,
		`scout_crawl_errors_total{kind="other",platform="other"} 1`,
		`scout_frontier_queue_depth 42`,
		`scout_rate_limit_waits_total 3`,
		`scout_fetch_bytes_total 123456`,
		`scout_crawl_job_duration_seconds_count{origin="api",state="done"} 1`,
		`go_goroutines`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	for _, never := range []string{"a.example", "host=", "maya"} {
		if strings.Contains(text, never) {
			t.Errorf("metrics contain %q: labels must stay bounded", never)
		}
	}

	ts, _ = MustJobServer(t, nil)
	if code, _, _ := get(t, ts.URL+"/metrics"); code != http.StatusServiceUnavailable {
		t.Errorf("no metrics: %d, want 503", code)
	}
}
