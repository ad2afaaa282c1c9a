package api_test

import (
	"bytes"
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil/promlint"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
)

// TestMetricsOperations: requests are counted and timed by route pattern
// (never by path), the store-backed gauges are there, and the exposition
// passes the same lint as promtool check metrics.
func TestMetricsOperations(t *testing.T) {
	m := api.NewMetrics()
	next := time.Date(2026, 12, 7, 3, 0, 0, 0, time.UTC)
	last := time.Date(2026, 12, 6, 3, 4, 0, 0, time.UTC)
	m.SetGauges(&api.Gauges{
		JobStates: func(context.Context) (map[string]int, error) {
			return map[string]int{scout.JobDone: 3, scout.JobRunning: 1}, nil
		},
		Schedules: func(context.Context) ([]api.ScheduleStat, error) {
			return []api.ScheduleStat{{ID: "sc1", NextRun: next, LastSuccess: &last}, {ID: "sc2", Paused: true, NextRun: next}}, nil
		},
		StoreBytes: func() (int64, error) { return 65536, nil },
		Creators:   func(context.Context) (int, error) { return 27, nil },
	})
	ts, _ := MustJobServer(t, func(s *api.Server) { s.Metrics = m })
	for _, p := range []string{"/healthz", "/api/v1/crawls", "/api/v1/crawls/j998", "/api/v1/crawls/j999", "/api/v1/nothing"} {
		get(t, ts.URL+p)
	}
	_, _, body := get(t, ts.URL+"/metrics")
	text := string(body)
	for _, want := range []string{
		`scout_http_requests_total{route="GET /healthz",status="2xx"} 1`,
		`scout_http_requests_total{route="GET /api/v1/crawls",status="2xx"} 1`,
		`scout_http_requests_total{route="GET /api/v1/crawls/{id}",status="4xx"} 2`,
		`scout_http_requests_total{route="/api/",status="4xx"} 1`,
		`scout_http_request_duration_seconds_count{route="GET /api/v1/crawls/{id}"} 2`,
		`scout_crawl_jobs{state="done"} 3`,
		`scout_crawl_jobs{state="running"} 1`,
		`scout_crawl_jobs{state="queued"} 0`,
		`scout_schedule_next_run_timestamp_seconds{schedule="sc1"} 1.7966124e+09`,
		`scout_schedule_last_success_timestamp_seconds{schedule="sc1"} 1.79652624e+09`,
		`scout_schedule_paused{schedule="sc2"} 1`,
		`scout_schedule_next_run_timestamp_seconds{schedule="sc2"} 0`,
		`scout_store_size_bytes 65536`,
		`scout_creators 27`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	if strings.Contains(text, "j998") || strings.Contains(text, "nothing") {
		t.Error("a route label holds a path with an id: labels must stay bounded")
	}
	problems, err := promlint.New(bytes.NewReader(body)).Lint()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		if strings.HasPrefix(p.Metric, "scout_") {
			t.Errorf("lint: %s: %s", p.Metric, p.Text)
		}
	}
	if code, _, _ := get(t, ts.URL+"/metrics"); code != http.StatusOK {
		t.Errorf("second scrape: %d", code)
	}
}
