package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"iter"
	"log/slog"
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/fleet"
)

// Crawling on several machines (README "Running on several machines"):
// `scout worker` fetches for a fleet, `scout serve --redis` is the one
// ingester and the API, `scout crawl --redis` queues a job on the shared
// frontier. Without --redis (and SCOUT_REDIS) nothing here runs.

var workerCommand = &command{
	name:  "worker",
	usage: "--redis redis://HOST:PORT/DB [flags]",
	summary: "fetch for a fleet: lease targets from the shared frontier on Redis, fetch and extract them,\n" +
		"and hand the results to the ingester (scout serve --redis); runs until stopped",
	run: runWorker,
}

// redisFlag declares --redis. Its value may come from SCOUT_REDIS instead,
// so a password in redis://:PASS@... stays out of ps; the flag has no
// default of its own for the same reason (-h prints defaults).
func redisFlag(fs *flag.FlagSet) *string {
	return fs.String("redis", "", "redis://[:PASSWORD@]HOST:PORT/DB of a fleet's shared frontier; env SCOUT_REDIS")
}

// redisURL is the --redis value, else SCOUT_REDIS.
func (m *Main) redisURL(flagValue string) string {
	if flagValue != "" {
		return flagValue
	}
	return m.Getenv("SCOUT_REDIS")
}

func runWorker(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	redisURL := redisFlag(fs)
	host, _ := os.Hostname()
	id := fs.String("id", fmt.Sprintf("%s-%d", host, os.Getpid()), "the worker's name in leases, job tallies and metrics")
	conc := fs.Int("concurrency", crawler.DefaultWorkerConcurrency, "targets fetched at once over all hosts (each host's pace is the job's, for the whole fleet)")
	timeout := fs.Duration("timeout", crawler.DefaultTimeout, "time-out per request")
	maxBody := fs.Int64("max-body", crawler.DefaultMaxBodySize, "largest body read, in bytes, after decompression")
	userAgent := fs.String("user-agent", crawler.DefaultUserAgent, "User-Agent sent with every request; keep the tool's name in it")
	grace := fs.Duration("grace", crawler.DefaultGrace, "on SIGTERM, how long fetches in flight may finish before they are given back")
	verbose := fs.Bool("v", false, "verbose logs")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	url := m.redisURL(*redisURL)
	switch {
	case len(rest) > 0:
		return usagef("worker takes no arguments; got %q", rest)
	case url == "":
		return usagef("--redis (or SCOUT_REDIS) is required: the worker leases its targets there")
	case *id == "" || strings.ContainsAny(*id, ": \t\n"):
		return usagef("--id must be a name without spaces or colons; got %q", *id)
	case *conc < 1:
		return usagef("--concurrency must be at least 1")
	case *timeout <= 0:
		return usagef("--timeout must be above 0")
	case *maxBody <= 0:
		return usagef("--max-body must be above 0")
	case *grace < 0:
		return usagef("--grace must not be negative")
	}
	if _, err := fleet.ParseURL(url); err != nil {
		return usagef("%s", describe(err))
	}
	log := m.logger(*verbose)
	f, err := fleet.Open(ctx, url, fleet.Options{Name: *id})
	if err != nil {
		return err
	}
	defer f.Close()

	base := crawler.Config{Timeout: *timeout, MaxBodySize: *maxBody, UserAgent: *userAgent,
		Concurrency: *conc, Gate: f.Gate(), RobotsShare: f.Cache(), Validators: f.Validators(), Logger: log}
	withPages(&base)
	crawlers := &policyCrawlers{base: base}

	stopReclaim := reclaimLoop(ctx, f, log)
	defer stopReclaim()
	w := &crawler.Worker{
		ID: *id, Concurrency: *conc, Tasks: f, Results: fleetDeliverer{f}, Jobs: f.JobPolicy,
		Crawler: crawlers.get, Suppressor: f, Grace: *grace, Logger: log,
	}
	fmt.Fprintf(m.Stderr, "worker %s is fetching for the fleet at %s (SIGTERM stops it)\n", *id, redactURL(url))
	err = w.Run(ctx)
	lctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if lerr := f.Leave(lctx); lerr != nil && err == nil {
		log.Warn("record the worker's stop", "err", lerr)
	}
	return err
}

// redactURL hides a Redis URL's password for messages.
func redactURL(raw string) string {
	if i := strings.Index(raw, "@"); i >= 0 {
		if j := strings.Index(raw, "://"); j >= 0 && j < i {
			return raw[:j+3] + "xxxxx" + raw[i:]
		}
	}
	return raw
}

// policyCrawlers builds one crawler per network policy a job asks for:
// crawlers of two policies must not share connections (the dialer's
// address check differs), while the pace comes from each request's job.
type policyCrawlers struct {
	base crawler.Config
	mu   sync.Mutex
	m    map[string]*crawler.Crawler
}

// maxPolicyCrawlers bounds the crawlers kept; past it they are all built
// again as jobs ask.
const maxPolicyCrawlers = 32

func (p *policyCrawlers) get(pol *scout.CrawlPolicy) (*crawler.Crawler, error) {
	key := "open"
	var allow []netip.AddrPort
	if pol != nil && pol.BlockPrivate {
		addrs := slices.Clone(pol.AllowPrivate)
		sort.Strings(addrs)
		key = "block " + strings.Join(addrs, ",")
		for _, a := range addrs {
			ap, err := netip.ParseAddrPort(a)
			if err != nil {
				return nil, fmt.Errorf("job policy: allowed address %q: %w", a, err)
			}
			allow = append(allow, ap)
		}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if c, ok := p.m[key]; ok {
		return c, nil
	}
	if p.m == nil || len(p.m) >= maxPolicyCrawlers {
		p.m = map[string]*crawler.Crawler{}
	}
	cfg := p.base
	cfg.BlockPrivate, cfg.AllowPrivate = pol != nil && pol.BlockPrivate, allow
	c := crawler.New(cfg)
	p.m[key] = c
	return c, nil
}

// fleetDeliverer is crawler.Deliverer on the fleet's results stream.
type fleetDeliverer struct{ f *fleet.Fleet }

func (d fleetDeliverer) Deliver(ctx context.Context, del *crawler.Delivery) error {
	vs := make([]fleet.Validator, len(del.Validators))
	for i, v := range del.Validators {
		vs[i] = fleet.Validator{URL: v.URL, ETag: v.ETag, LastModified: v.LastModified}
	}
	err := d.f.Deliver(ctx, del.Item, del.Result, vs, del.RateLimitWaits)
	if errors.Is(err, fleet.ErrLeaseLost) {
		return crawler.ErrLeaseLost
	}
	return err
}

// reclaimLoop takes back the leases of silent workers every half lease
// time-out, so a dead worker's targets come back even while no ingester
// runs. The returned func stops it.
func reclaimLoop(ctx context.Context, f *fleet.Fleet, log *slog.Logger) func() {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(f.LeaseTimeout() / 2)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			if n, err := f.Reclaim(ctx); err != nil && ctx.Err() == nil {
				log.Warn("reclaim leases", "err", err)
			} else if n > 0 {
				log.Info("reclaimed the leases of silent workers", "tasks", n)
			}
		}
	}()
	return func() { cancel(); <-done }
}

// fleetPolicy is what a job asks of every worker, from the crawl settings
// of the process that queues it.
func fleetPolicy(cfg crawler.Config) *scout.CrawlPolicy {
	p := &scout.CrawlPolicy{Rate: cfg.Rate, Burst: cfg.Burst, PerHost: cfg.PerHostConcurrency,
		IgnoreRobots: cfg.IgnoreRobots, BlockPrivate: cfg.BlockPrivate}
	if p.Rate <= 0 {
		p.Rate = crawler.DefaultRate
	}
	if p.Burst < 1 {
		p.Burst = crawler.DefaultBurst
	}
	if p.PerHost < 1 {
		p.PerHost = crawler.DefaultPerHostConcurrency
	}
	if len(cfg.HostRates) > 0 {
		p.HostRates = map[string]float64{}
		for h, r := range cfg.HostRates {
			p.HostRates[h] = r
		}
	}
	for _, ap := range cfg.AllowPrivate {
		p.AllowPrivate = append(p.AllowPrivate, ap.String())
	}
	return p
}

// enqueueFleetJob starts a job created on the fleet: it queues the
// targets on the shared frontier (cr only reads them: which are URLs it
// can crawl), hands the ones refused to the ingester as failed results,
// and records that the job is fully queued, after which the last
// committed result finishes it.
func enqueueFleetJob(ctx context.Context, f *fleet.Fleet, cr *crawler.Crawler, job *scout.CrawlJob, targets iter.Seq[string]) error {
	now := time.Now().UTC()
	job.State, job.StartedAt = scout.JobRunning, &now
	if err := f.UpdateJob(ctx, job); err != nil {
		return err
	}
	queued, rejected, err := cr.Enqueue(ctx, f, job.ID, job.CreatedAt, targets)
	if err != nil {
		job.State, job.Message = scout.JobFailed, "queueing its targets failed: "+err.Error()
		job.FinishedAt = &now
		_ = f.UpdateJob(context.WithoutCancel(ctx), job)
		return fmt.Errorf("queue job %s: %w", job.ID, err)
	}
	for _, r := range rejected {
		if err := f.Reject(ctx, job.ID, r); err != nil {
			return fmt.Errorf("queue job %s: %w", job.ID, err)
		}
	}
	job.Queued, job.Enqueued = queued+len(rejected), true
	return f.UpdateJob(ctx, job)
}

// crawlFleet is `scout crawl --redis`: it queues a job on the shared
// frontier with the crawl flags as its policy, prints its id, and with
// wait follows it to its end.
func (m *Main) crawlFleet(ctx context.Context, redisURL string, cfg crawler.Config, urls []string, seedsPath string, wait bool) error {
	if _, err := fleet.ParseURL(redisURL); err != nil {
		return usagef("%s", describe(err))
	}
	f, err := fleet.Open(ctx, redisURL, fleet.Options{Name: "cli"})
	if err != nil {
		return err
	}
	defer f.Close()
	job := &scout.CrawlJob{Origin: scout.OriginCLI, Policy: fleetPolicy(cfg)}
	if seedsPath == "" && len(urls) <= maxKeptTargets {
		job.Targets = urls
	}
	if err := f.CreateJob(ctx, job); err != nil {
		return err
	}
	var seedErr error
	targets := func(yield func(string) bool) {
		for _, u := range urls {
			if !yield(u) {
				return
			}
		}
		if seedsPath != "" {
			seedErr = eachSeed(seedsPath, yield)
		}
	}
	if err := enqueueFleetJob(ctx, f, crawler.New(cfg), job, targets); err != nil {
		return err
	}
	if seedErr != nil {
		return seedErr
	}
	fmt.Fprintln(m.Stdout, job.ID)
	if !wait {
		return nil
	}
	started := time.Now()
	for {
		j, err := f.FindJobByID(ctx, job.ID)
		if err != nil && ctx.Err() == nil {
			return err
		}
		if ctx.Err() != nil {
			return fmt.Errorf("stopped waiting for crawl job %s; the fleet goes on with it", job.ID)
		}
		if j.Finished() {
			fmt.Fprintf(m.Stderr, "crawl job %s %s in %s: %s, not modified %d, over %s; errors: %s\n",
				j.ID, j.State, time.Since(started).Round(time.Millisecond), plural(j.Fetched, "page"),
				j.NotModified, plural(len(j.Workers), "worker"), joinKinds(j.Errors))
			if j.State != scout.JobDone {
				msg := j.Message
				if msg == "" {
					msg = "no reason recorded"
				}
				return fmt.Errorf("crawl job %s %s: %s", j.ID, j.State, msg)
			}
			return nil
		}
		select {
		case <-ctx.Done():
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// fleetJobs is serve's scout.JobService with --redis: jobs live on the
// fleet, and creating one queues its targets on the shared frontier with
// serve's crawl settings as its policy. Workers fetch them; the consumer
// (setupFleet) commits the results.
type fleetJobs struct {
	*fleet.Fleet
	cr     *crawler.Crawler
	policy scout.CrawlPolicy
}

// CreateJob implements scout.JobService.
func (q *fleetJobs) CreateJob(ctx context.Context, j *scout.CrawlJob) error {
	if j.Policy == nil {
		p := q.policy
		j.Policy = &p
	}
	if err := q.Fleet.CreateJob(ctx, j); err != nil {
		return err
	}
	return enqueueFleetJob(ctx, q.Fleet, q.cr, j, slices.Values(j.Targets))
}

// RequestCrawl implements scout.CrawlRequester.
func (q *fleetJobs) RequestCrawl(ctx context.Context, targets []string) (string, error) {
	j := &scout.CrawlJob{Origin: scout.OriginAPI, Targets: targets}
	if err := q.CreateJob(ctx, j); err != nil {
		return "", err
	}
	return j.ID, nil
}

// CancelJob stops a job: its targets leave the frontier (a worker still
// fetching one drops its result). ECONFLICT for a finished job.
func (q *fleetJobs) CancelJob(ctx context.Context, id string) (*scout.CrawlJob, error) {
	j, err := q.FindJobByID(ctx, id)
	if err != nil {
		return nil, err
	}
	if j.Finished() {
		return nil, scout.Errorf(scout.ECONFLICT, "crawl job %s is already %s", id, j.State)
	}
	if err := q.Drop(ctx, id); err != nil {
		return nil, err
	}
	t := time.Now().UTC()
	j.State, j.FinishedAt, j.ETA = scout.JobCancelled, &t, nil
	if err := q.UpdateJob(ctx, j); err != nil {
		return nil, err
	}
	return j, nil
}

// indexBehindFile marks, in the data directory, that the ingester
// committed results to the store whose index batch was not flushed yet;
// an ingester that finds it at start-up rebuilds the index first.
const indexBehindFile = "index-behind"

// setupFleet is setupJobs for `serve --redis`: API and scheduled jobs go
// to the shared frontier, and the one ingester consumes the results
// stream, committing each group to the store and index before it
// acknowledges it. The returned func stops the consumer; call it after
// the API has stopped.
func (m *Main) setupFleet(ctx context.Context, srv *api.Server, a *app, cfg crawler.Config, allowPrivate bool, allowTargets []string, log *slog.Logger) (func(), error) {
	f, err := fleet.Open(ctx, m.redis, fleet.Options{Name: fleet.IngesterName})
	if err != nil {
		return nil, err
	}
	marker := filepath.Join(a.db.Dir(), indexBehindFile)
	if _, err := os.Stat(marker); err == nil {
		fmt.Fprintln(m.Stderr, "the last ingester stopped before its index batch was flushed; rebuilding the search index first")
		if _, err := reindex(ctx, a.db, a.idx); err != nil {
			f.Close()
			return nil, fmt.Errorf("reindex before consuming results: %w", err)
		}
		if err := os.Remove(marker); err != nil {
			f.Close()
			return nil, fmt.Errorf("reindex before consuming results: %w", err)
		}
	}
	jobs := &fleetJobs{Fleet: f, cr: crawler.New(cfg), policy: *fleetPolicy(cfg)}
	metrics := api.NewMetrics()
	metrics.QueueDepth = func() float64 {
		n, _ := f.QueueDepth(context.Background())
		return float64(n)
	}
	consumer := &fleet.Consumer{
		Fleet: f, Sink: a.ing, Logger: log,
		BeforeCommit: func() error {
			return os.WriteFile(marker, nil, 0o600)
		},
		Flush: func(ctx context.Context) error {
			if err := a.ing.Flush(ctx); err != nil {
				return err
			}
			if err := os.Remove(marker); err != nil && !errors.Is(err, os.ErrNotExist) {
				return err
			}
			return nil
		},
		OnResult: func(r *scout.CrawlResult, _ error) {
			metrics.ObserveResult(r)
			crashPoint("job-result") // test-only: a kill after a committed result
		},
		OnFinish: metrics.ObserveJob,
	}
	metrics.Fleet = func() *api.FleetMetrics {
		sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		st, err := f.Stats(sctx)
		if err != nil {
			return nil
		}
		fm := &api.FleetMetrics{LeaseTimeout: f.LeaseTimeout(), Reclaims: float64(st.Reclaims),
			ResultsLag: float64(st.ResultsLag), ResultsPending: float64(st.ResultsPending), Leased: float64(st.Leased)}
		for _, w := range st.Workers {
			fm.Workers = append(fm.Workers, api.FleetWorker{ID: w.ID, LastSeen: w.Age, Leases: w.Leases})
		}
		return fm
	}
	// The workers check the store's suppression list before fetching:
	// publish it before the first result is read, and again after each
	// erasure, scrubbing the fleet of what names the person.
	sup := &suppressionSync{db: a.db, f: f, consumer: consumer, log: log, kick: make(chan struct{}, 1)}
	if err := sup.sync(ctx); err != nil {
		f.Close()
		return nil, fmt.Errorf("publish the suppression list to the fleet: %w", err)
	}
	if srv.Privacy != nil {
		srv.Privacy = &kickingPrivacy{PrivacyService: srv.Privacy, kick: sup.kick}
	}
	cctx, stop := context.WithCancel(context.WithoutCancel(ctx))
	done := make(chan struct{}, 2)
	go func() {
		defer func() { done <- struct{}{} }()
		_ = consumer.Run(cctx)
	}()
	go func() {
		defer func() { done <- struct{}{} }()
		sup.loop(cctx)
	}()
	sched := &crawler.Scheduler{ScheduleService: a.db, Jobs: jobs, Creators: a.db, Shortlists: a.db, Logger: log}
	sched.Start()
	srv.Schedules, srv.Stale = sched, sched
	srv.Jobs, srv.Metrics = jobs, metrics
	srv.AllowPrivate, srv.AllowTargets = allowPrivate, allowTargets
	fmt.Fprintf(m.Stderr, "ingesting the results of the fleet at %s\n", redactURL(m.redis))
	return func() {
		_ = sched.Close()
		stop()
		<-done
		<-done
		_ = f.Close()
	}, nil
}

// suppressionSyncEvery is how often the ingester looks for erasures it
// was not told of (a removal request approved, say) to publish.
const suppressionSyncEvery = 5 * time.Second

// suppressionSync keeps the fleet's copy of the suppression list equal
// to the store's: the secret and the keyed hashes, never identifiers
// (fleet.PublishSuppression). After each change it scrubs the fleet of
// queued targets, unacknowledged results and validators that name an
// erased person, with the consumer paused so no commit interleaves.
type suppressionSync struct {
	db interface {
		CountSuppressed(ctx context.Context) (int, error)
		SuppressionList(ctx context.Context) ([]byte, [][]byte, error)
	}
	f        *fleet.Fleet
	consumer *fleet.Consumer
	log      *slog.Logger
	kick     chan struct{} // an erasure just happened

	synced bool
	count  int // hashes on the list when last published
}

// sync publishes the list and scrubs the fleet when the list changed
// since the last time.
func (s *suppressionSync) sync(ctx context.Context) error {
	n, err := s.db.CountSuppressed(ctx)
	if err != nil {
		return err
	}
	if s.synced && n == s.count {
		return nil
	}
	secret, hashes, err := s.db.SuppressionList(ctx)
	if err != nil {
		return err
	}
	if secret != nil {
		if err := s.f.PublishSuppression(ctx, secret, hashes); err != nil {
			return err
		}
		resume := s.consumer.Pause()
		sc, err := s.f.Scrub(ctx)
		resume()
		if err != nil {
			return err
		}
		if sc != (fleet.Scrubbed{}) {
			s.log.Info("removed what names erased people from the fleet", "removed", sc.String())
		}
	}
	s.synced, s.count = true, n
	return nil
}

// loop syncs after every erasure and every suppressionSyncEvery, until
// ctx ends.
func (s *suppressionSync) loop(ctx context.Context) {
	t := time.NewTicker(suppressionSyncEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-s.kick:
		}
		if err := s.sync(ctx); err != nil && ctx.Err() == nil {
			s.log.Warn("publish the suppression list to the fleet", "err", err)
		}
	}
}

// kickingPrivacy tells the suppression sync of each erasure at once.
type kickingPrivacy struct {
	scout.PrivacyService
	kick chan struct{}
}

func (p *kickingPrivacy) notify() {
	select {
	case p.kick <- struct{}{}:
	default:
	}
}

// EraseCreator implements scout.PrivacyService.
func (p *kickingPrivacy) EraseCreator(ctx context.Context, id, actor string) (*scout.Erasure, error) {
	e, err := p.PrivacyService.EraseCreator(ctx, id, actor)
	p.notify()
	return e, err
}

// SuppressRefs implements scout.PrivacyService.
func (p *kickingPrivacy) SuppressRefs(ctx context.Context, actor string, refs ...string) (*scout.Erasure, error) {
	e, err := p.PrivacyService.SuppressRefs(ctx, actor, refs...)
	p.notify()
	return e, err
}
