package api

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/scout-oss/scout"
)

// Metrics is Scout's Prometheus registry: crawl results by platform and
// status class, errors by kind, crawl job durations, the frontier's queue
// depth and the hosts' rate-limit pauses, plus the Go runtime's and the
// process's own. Labels are bounded on purpose: platform (one of Scout's
// few), never host or URL, so a crawl of 200,000 sites does not make
// 200,000 series.
type Metrics struct {
	// QueueDepth and RateLimitWaits are read at scrape time; cmd/scout
	// points them at the job queue and the crawler's Transport. Nil
	// reports 0.
	QueueDepth     func() float64
	RateLimitWaits func() float64
	// FetchedBytes is the body bytes the crawler read (after
	// decompression), read at scrape time like RateLimitWaits.
	FetchedBytes func() float64
	// Fleet, when set (serve --redis), is read at scrape time for the
	// scout_fleet_* metrics (fleetmetrics.go); nil reports none.
	Fleet func() *FleetMetrics

	reg         *prometheus.Registry
	pages       *prometheus.CounterVec
	errors      *prometheus.CounterVec
	notModified *prometheus.CounterVec
	jobs        *prometheus.HistogramVec
	requests    *prometheus.CounterVec
	latency     *prometheus.HistogramVec
}

// NewMetrics registers Scout's metrics on a fresh registry (not the global
// one, so tests and two servers in one process do not collide).
func NewMetrics() *Metrics {
	m := &Metrics{reg: prometheus.NewRegistry()}
	m.pages = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "scout_pages_fetched_total",
		Help: "Crawl targets fetched, by platform and HTTP status class (none: no response).",
	}, []string{"platform", "status"})
	m.errors = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "scout_crawl_errors_total",
		Help: "Crawl targets that failed, by platform and failure kind.",
	}, []string{"platform", "kind"})
	m.notModified = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "scout_pages_not_modified_total",
		Help: "Crawl targets answered 304 Not Modified to a conditional GET, by platform.",
	}, []string{"platform"})
	m.jobs = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "scout_crawl_job_duration_seconds",
		Help:    "Wall time of finished crawl jobs, by origin and final state.",
		Buckets: prometheus.ExponentialBuckets(1, 4, 10), // 1 s to about 3 days
	}, []string{"origin", "state"})
	m.requests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "scout_http_requests_total",
		Help: "HTTP requests served, by route pattern and status class.",
	}, []string{"route", "status"})
	m.latency = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "scout_http_request_duration_seconds",
		Help:    "Time to serve HTTP requests, by route pattern.",
		Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
	}, []string{"route"})
	read := func(f *func() float64) func() float64 {
		return func() float64 {
			if *f == nil {
				return 0
			}
			return (*f)()
		}
	}
	m.reg.MustRegister(m.pages, m.errors, m.notModified, m.jobs, m.requests, m.latency,
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "scout_frontier_queue_depth",
			Help: "Targets waiting in the frontier for the running crawl job.",
		}, read(&m.QueueDepth)),
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "scout_rate_limit_waits_total",
			Help: "Times a host answered 429 or 503 with Retry-After and was paused.",
		}, read(&m.RateLimitWaits)),
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "scout_fetch_bytes_total",
			Help: "Response body bytes the crawler read, after decompression.",
		}, read(&m.FetchedBytes)),
		newFleetCollector(m),
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	return m
}

// ObserveResult counts one crawl result.
func (m *Metrics) ObserveResult(r *scout.CrawlResult) {
	p := resultPlatform(r)
	m.pages.WithLabelValues(p, statusClass(r.Status)).Inc()
	if r.NotModified {
		m.notModified.WithLabelValues(p).Inc()
	}
	if r.Failure != nil {
		m.errors.WithLabelValues(p, failureKind(r.Failure.Kind)).Inc()
	}
}

// ObserveJob records the duration of a job that reached a final state.
func (m *Metrics) ObserveJob(j *scout.CrawlJob) {
	if j.StartedAt == nil || j.FinishedAt == nil {
		return
	}
	m.jobs.WithLabelValues(j.Origin, j.State).Observe(j.FinishedAt.Sub(*j.StartedAt).Seconds())
}

// Handler serves the registry in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

func (s *Server) registerMetricsRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /metrics", s.handleMetrics)
}

func (s *Server) handleMetrics(w http.ResponseWriter, r *http.Request) {
	if s.Metrics == nil {
		Error(w, r, scout.Errorf(scout.EUNAVAILABLE, "metrics are not enabled on this server"), s.logger())
		return
	}
	s.Metrics.Handler().ServeHTTP(w, r)
}

// knownPlatforms bounds the platform label.
var knownPlatforms = map[scout.Platform]bool{
	scout.PlatformWeb: true, scout.PlatformBluesky: true, scout.PlatformMastodon: true,
	scout.PlatformFediverse: true, scout.PlatformYouTube: true,
	scout.PlatformPixelfed: true, scout.PlatformLemmy: true, scout.PlatformThreads: true, scout.PlatformTwitch: true,
}

// resultPlatform is the platform of a result: its profile's, else the
// PLATFORM of a PLATFORM:HANDLE target, else web; "other" for any name
// Scout does not know, so the label stays bounded.
func resultPlatform(r *scout.CrawlResult) string {
	p := scout.PlatformWeb
	switch {
	case r.Profile != nil && r.Profile.Account.Platform != "":
		p = r.Profile.Account.Platform
	case !strings.HasPrefix(r.URL, "http://") && !strings.HasPrefix(r.URL, "https://"):
		if name, _, ok := strings.Cut(r.URL, ":"); ok {
			p = scout.Platform(strings.ToLower(name))
		}
	}
	if !knownPlatforms[p] {
		return "other"
	}
	return string(p)
}

// statusClass is "2xx" … "5xx", or "none" when no response came back.
func statusClass(st int) string {
	if st < 100 || st > 599 {
		return "none"
	}
	return strconv.Itoa(st/100) + "xx"
}

// failureKinds bounds the kind label to the stable scout.Fail* kinds.
var failureKinds = map[string]bool{
	scout.FailNotFound: true, scout.FailHTTP: true, scout.FailTimeout: true, scout.FailNetwork: true,
	scout.FailRedirects: true, scout.FailTooLarge: true, scout.FailNotHTML: true, scout.FailParse: true,
	scout.FailNoProfile: true, scout.FailRobots: true, scout.FailRateLimit: true, scout.FailBlocked: true,
	scout.FailAuth: true, scout.FailSuppressed: true,
}

func failureKind(k string) string {
	if failureKinds[k] {
		return k
	}
	return "other"
}
