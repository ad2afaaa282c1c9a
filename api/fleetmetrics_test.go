package api_test

import (
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout/api"
)

func TestFleetMetrics(t *testing.T) {
	scrape := func(m *api.Metrics) string {
		rec := httptest.NewRecorder()
		m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
		return rec.Body.String()
	}
	if text := scrape(api.NewMetrics()); strings.Contains(text, "scout_fleet_") {
		t.Errorf("one process reports fleet metrics:\n%s", text)
	}
	m := api.NewMetrics()
	m.Fleet = func() *api.FleetMetrics {
		return &api.FleetMetrics{
			LeaseTimeout: 10 * time.Second,
			Workers: []api.FleetWorker{
				{ID: "w1", LastSeen: 2 * time.Second, Leases: 3},
				{ID: "w2", LastSeen: time.Minute},
			},
			Reclaims: 4, ResultsLag: 17, ResultsPending: 5, Leased: 3,
		}
	}
	text := scrape(m)
	for _, want := range []string{
		`scout_fleet_worker_up{worker="w1"} 1`,
		`scout_fleet_worker_up{worker="w2"} 0`,
		`scout_fleet_worker_last_seen_seconds{worker="w2"} 60`,
		`scout_fleet_worker_leases{worker="w1"} 3`,
		`scout_fleet_workers_up 1`,
		`scout_fleet_lease_reclaims_total 4`,
		`scout_fleet_results_lag 17`,
		`scout_fleet_results_pending 5`,
		`scout_fleet_tasks_leased 3`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	m.Fleet = func() *api.FleetMetrics { return nil } // Redis unreachable
	if text := scrape(m); strings.Contains(text, "scout_fleet_") {
		t.Errorf("an unreachable fleet still reports:\n%s", text)
	}
}
