package api

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// FleetMetrics is the state of a fleet of workers (serve --redis) as
// /metrics reports it: which workers are alive, the leases taken back
// from silent ones, and how far the ingester is behind the workers.
type FleetMetrics struct {
	// Workers are the workers heard of lately, alive or silent.
	Workers []FleetWorker
	// LeaseTimeout is how long a worker may stay silent before its leases
	// are reclaimed: a worker heard of within it is up.
	LeaseTimeout time.Duration
	// Reclaims counts the leases ever taken back from silent workers.
	Reclaims float64
	// ResultsLag is how many results no ingester has read yet;
	// ResultsPending how many it read and has not acknowledged.
	ResultsLag, ResultsPending float64
	// Leased is how many targets workers hold right now.
	Leased float64
}

// FleetWorker is one worker as the fleet last heard of it.
type FleetWorker struct {
	ID string
	// LastSeen is how long ago it last renewed its leases.
	LastSeen time.Duration
	// Leases is how many targets it held then.
	Leases int
}

// fleetCollector reports Metrics.Fleet at scrape time; it reports nothing
// when Fleet is nil (one process) or answers nil (Redis unreachable).
type fleetCollector struct {
	m                                       *Metrics
	up, lastSeen, leases                    *prometheus.Desc
	reclaims, lag, pending, leased, workers *prometheus.Desc
}

func newFleetCollector(m *Metrics) *fleetCollector {
	w := []string{"worker"}
	return &fleetCollector{m: m,
		up:       prometheus.NewDesc("scout_fleet_worker_up", "1 when the worker renewed its leases within the lease time-out, 0 when it went silent.", w, nil),
		lastSeen: prometheus.NewDesc("scout_fleet_worker_last_seen_seconds", "Seconds since the worker last renewed its leases.", w, nil),
		leases:   prometheus.NewDesc("scout_fleet_worker_leases", "Targets the worker held when last heard of.", w, nil),
		workers:  prometheus.NewDesc("scout_fleet_workers_up", "Workers that renewed their leases within the lease time-out.", nil, nil),
		reclaims: prometheus.NewDesc("scout_fleet_lease_reclaims_total", "Leases taken back from workers that went silent; their targets were handed out again.", nil, nil),
		lag:      prometheus.NewDesc("scout_fleet_results_lag", "Results in the results stream that the ingester has not read yet.", nil, nil),
		pending:  prometheus.NewDesc("scout_fleet_results_pending", "Results the ingester read and has not yet committed and acknowledged.", nil, nil),
		leased:   prometheus.NewDesc("scout_fleet_tasks_leased", "Targets leased to workers right now.", nil, nil),
	}
}

// Describe implements prometheus.Collector.
func (c *fleetCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.up, c.lastSeen, c.leases, c.workers, c.reclaims, c.lag, c.pending, c.leased} {
		ch <- d
	}
}

// Collect implements prometheus.Collector.
func (c *fleetCollector) Collect(ch chan<- prometheus.Metric) {
	if c.m.Fleet == nil {
		return
	}
	fm := c.m.Fleet()
	if fm == nil {
		return
	}
	alive := 0
	for _, w := range fm.Workers {
		up := 0.0
		if w.LastSeen <= fm.LeaseTimeout {
			up = 1
			alive++
		}
		ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, up, w.ID)
		ch <- prometheus.MustNewConstMetric(c.lastSeen, prometheus.GaugeValue, w.LastSeen.Seconds(), w.ID)
		ch <- prometheus.MustNewConstMetric(c.leases, prometheus.GaugeValue, float64(w.Leases), w.ID)
	}
	ch <- prometheus.MustNewConstMetric(c.workers, prometheus.GaugeValue, float64(alive))
	ch <- prometheus.MustNewConstMetric(c.reclaims, prometheus.CounterValue, fm.Reclaims)
	ch <- prometheus.MustNewConstMetric(c.lag, prometheus.GaugeValue, fm.ResultsLag)
	ch <- prometheus.MustNewConstMetric(c.pending, prometheus.GaugeValue, fm.ResultsPending)
	ch <- prometheus.MustNewConstMetric(c.leased, prometheus.GaugeValue, fm.Leased)
}
