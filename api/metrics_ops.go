package api

import (
	"context"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/scout-oss/scout"
)

// Operations metrics: API requests by route pattern, and what is read at
// scrape time from the store (jobs by state, schedules' health, the
// store's size and the creator count). Labels stay bounded: a route is a
// registered pattern (never a path with ids), a schedule an id of the few
// schedules an operator creates.

// ScheduleStat is one schedule's health for /metrics.
type ScheduleStat struct {
	ID          string
	Paused      bool
	NextRun     time.Time
	LastSuccess *time.Time // when the last job it started finished done
}

// Gauges are the values /metrics reads at scrape time; cmd/scout points
// them at the store. A nil func leaves its metrics out.
type Gauges struct {
	JobStates  func(ctx context.Context) (map[string]int, error)
	Schedules  func(ctx context.Context) ([]ScheduleStat, error)
	StoreBytes func() (int64, error)
	Creators   func(ctx context.Context) (int, error)
}

var (
	descJobs = prometheus.NewDesc("scout_crawl_jobs",
		"Crawl jobs stored, by state.", []string{"state"}, nil)
	descNext = prometheus.NewDesc("scout_schedule_next_run_timestamp_seconds",
		"When each schedule fires next (Unix time; 0 while paused).", []string{"schedule"}, nil)
	descLast = prometheus.NewDesc("scout_schedule_last_success_timestamp_seconds",
		"When the last crawl job a schedule started finished done (Unix time; 0 when none has).", []string{"schedule"}, nil)
	descPaused = prometheus.NewDesc("scout_schedule_paused",
		"1 when a schedule is paused.", []string{"schedule"}, nil)
	descStore = prometheus.NewDesc("scout_store_size_bytes",
		"Size of the store file (scout.db).", nil, nil)
	descCreators = prometheus.NewDesc("scout_creators",
		"Creators in the store.", nil, nil)
	descScrapeErr = prometheus.NewDesc("scout_metrics_read_errors",
		"1 when reading a store-backed metric failed during this scrape, by metric.", []string{"metric"}, nil)
)

// gaugeCollector reads Gauges at scrape time.
type gaugeCollector struct{ g *Gauges }

func (c gaugeCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descJobs, descNext, descLast, descPaused, descStore, descCreators, descScrapeErr} {
		ch <- d
	}
}

func (c gaugeCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	g := c.g
	failed := func(name string, err error) bool {
		if err != nil {
			ch <- prometheus.MustNewConstMetric(descScrapeErr, prometheus.GaugeValue, 1, name)
			return true
		}
		return false
	}
	if g.JobStates != nil {
		states, err := g.JobStates(ctx)
		if !failed("scout_crawl_jobs", err) {
			for _, st := range []string{scout.JobQueued, scout.JobRunning, scout.JobDone, scout.JobFailed, scout.JobCancelled} {
				ch <- prometheus.MustNewConstMetric(descJobs, prometheus.GaugeValue, float64(states[st]), st)
			}
		}
	}
	if g.Schedules != nil {
		stats, err := g.Schedules(ctx)
		if !failed("scout_schedule", err) {
			for _, s := range stats {
				next, last, paused := 0.0, 0.0, 0.0
				if !s.Paused && !s.NextRun.IsZero() {
					next = float64(s.NextRun.Unix())
				}
				if s.LastSuccess != nil {
					last = float64(s.LastSuccess.Unix())
				}
				if s.Paused {
					paused = 1
				}
				ch <- prometheus.MustNewConstMetric(descNext, prometheus.GaugeValue, next, s.ID)
				ch <- prometheus.MustNewConstMetric(descLast, prometheus.GaugeValue, last, s.ID)
				ch <- prometheus.MustNewConstMetric(descPaused, prometheus.GaugeValue, paused, s.ID)
			}
		}
	}
	if g.StoreBytes != nil {
		n, err := g.StoreBytes()
		if !failed("scout_store_size_bytes", err) {
			ch <- prometheus.MustNewConstMetric(descStore, prometheus.GaugeValue, float64(n))
		}
	}
	if g.Creators != nil {
		n, err := g.Creators(ctx)
		if !failed("scout_creators", err) {
			ch <- prometheus.MustNewConstMetric(descCreators, prometheus.GaugeValue, float64(n))
		}
	}
}

// SetGauges registers the store-backed gauges; call it once, before the
// first scrape.
func (m *Metrics) SetGauges(g *Gauges) {
	m.reg.MustRegister(gaugeCollector{g})
}

// instrument counts each request and times it by route pattern (route
// finds the pattern; "" is reported as "unmatched") and status class.
func (m *Metrics) instrument(next http.Handler, route func(*http.Request) string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		pattern := route(r)
		if pattern == "" {
			pattern = "unmatched"
		}
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		defer func() {
			m.requests.WithLabelValues(pattern, statusClass(sw.status)).Inc()
			m.latency.WithLabelValues(pattern).Observe(time.Since(start).Seconds())
		}()
		next.ServeHTTP(sw, r)
	})
}

// statusWriter remembers the status a handler wrote. It passes Flush on,
// for streamed exports.
type statusWriter struct {
	http.ResponseWriter
	status int
	wrote  bool
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wrote {
		w.status, w.wrote = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	w.wrote = true
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Unwrap lets http.ResponseController reach the connection.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// routeOf returns the pattern that serves r: a page route of the page mux,
// else an API route of mux.
func routeOf(mux, pages *http.ServeMux) func(*http.Request) string {
	return func(r *http.Request) string {
		if isPagePath(r.URL.Path) {
			if _, p := pages.Handler(r); p != "" {
				if _, ours := webRoutes[p]; ours {
					return p
				}
			}
		}
		_, p := mux.Handler(r)
		return p
	}
}
