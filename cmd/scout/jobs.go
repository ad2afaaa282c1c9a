package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"iter"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/fixtureweb"
)

// maxKeptTargets is how many command-line targets a CLI job record keeps
// for `GET /api/v1/crawls`; a seeds file's targets live in the frontier.
const maxKeptTargets = 100

// crawlJob runs `scout crawl` as a stored job through the frontier: the
// targets are queued first, then crawled. With resume it continues the last
// interrupted CLI job: targets already committed are not fetched again,
// and the search index is rebuilt from the store afterwards, since index
// batches not yet flushed died with the process.
func (m *Main) crawlJob(ctx context.Context, a *app, cfg crawler.Config, urls []string, seedsPath string, resume bool) error {
	var job *scout.CrawlJob
	if resume {
		js, _, err := a.db.FindJobs(ctx, scout.JobFilter{Origin: scout.OriginCLI, State: scout.JobRunning, Limit: 1})
		if err != nil {
			return err
		}
		if len(js) > 0 {
			job = js[0]
			left, _ := a.db.Pending(ctx, job.ID)
			fmt.Fprintf(m.Stderr, "resuming crawl job %s: %s committed, %s left in the queue\n",
				job.ID, plural(job.Fetched, "page"), plural(left, "target"))
		} else if len(urls) == 0 && seedsPath == "" {
			return usagef("no interrupted crawl to resume")
		}
	} else if js, _, err := a.db.FindJobs(ctx, scout.JobFilter{Origin: scout.OriginCLI, State: scout.JobRunning, Limit: 1}); err == nil && len(js) > 0 {
		fmt.Fprintf(m.Stderr, "note: crawl job %s was interrupted; \"scout crawl --resume\" continues it\n", js[0].ID)
	}
	if job == nil {
		job = &scout.CrawlJob{Origin: scout.OriginCLI}
		if seedsPath == "" && len(urls) <= maxKeptTargets {
			job.Targets = urls
		}
		if err := a.db.CreateJob(ctx, job); err != nil {
			return err
		}
	}

	var targets iter.Seq[string]
	var seedErr error
	total := len(urls)
	if len(urls) > 0 || seedsPath != "" {
		if seedsPath != "" {
			n, err := countSeeds(seedsPath)
			if err != nil {
				return err
			}
			total += n
		}
		targets = func(yield func(string) bool) {
			for _, u := range urls {
				if !yield(u) {
					return
				}
			}
			if seedsPath != "" {
				seedErr = eachSeed(seedsPath, yield)
			}
		}
	} else {
		left, _ := a.db.Pending(ctx, job.ID)
		total = left
	}

	progress := newProgress(m.Stderr, total)
	failed := &failures{}
	runner := &crawler.JobRunner{
		Crawler: crawler.New(cfg), Jobs: a.db, Frontier: a.db, Visits: a.db, Sink: a.ing,
		Logger: cfg.Logger,
		OnResult: func(_ *scout.CrawlJob, r *scout.CrawlResult) {
			progress.add(r)
			failed.add(r)
		},
	}
	sum, err := runner.Run(ctx, job, targets)
	progress.finish()
	if err == nil {
		err = seedErr
	}
	if err != nil {
		if ctx.Err() != nil {
			fmt.Fprintf(m.Stderr, "crawl job %s interrupted; \"scout crawl --resume\" continues it\n", job.ID)
		}
		return fmt.Errorf("crawl: %w", err)
	}
	if resume {
		if _, err := reindex(ctx, a.db, a.idx); err != nil {
			return fmt.Errorf("crawl: reindex after resume: %w", err)
		}
	}
	total, _ = a.db.CountCreators(ctx)
	skipped := ""
	if sum.Skipped > 0 {
		skipped = fmt.Sprintf(", %s already stored", plural(sum.Skipped, "target"))
	}
	text := fmt.Sprintf("crawled %s in %s: %s, %s, not modified %d%s (store holds %s); errors: %s",
		plural(sum.Fetched, "page"), sum.Duration.Round(time.Millisecond),
		plural(sum.Profiles, "profile"), plural(sum.Posts, "post"), sum.NotModified, skipped,
		plural(total, "creator"), joinKinds(sum.Errors))
	rep := newCrawlReport(&sum.Summary, total, failed.list())
	rep.JobID, rep.NotModified, rep.Skipped = job.ID, sum.NotModified, sum.Skipped
	return m.printCrawlReport(rep, text)
}

// eachSeed streams a seeds file's URLs to yield, so a 200,000-line file
// never sits in memory: one URL per line; blank lines, lines that start
// with # and trailing " # comments" are skipped.
func eachSeed(path string, yield func(string) bool) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read seeds: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "#") {
			continue
		}
		if i := strings.Index(line, " #"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line != "" && !yield(line) {
			return nil
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read seeds %s: %w", path, err)
	}
	return nil
}

// countSeeds counts a seeds file's URLs for the progress bar.
func countSeeds(path string) (int, error) {
	n := 0
	err := eachSeed(path, func(string) bool { n++; return true })
	return n, err
}

// jobSettings are serve's crawl job settings: --allow-private, and the
// demo's own fixture addresses, which its API may crawl.
type jobSettings struct {
	allowPrivate *bool
	allowTargets []string // "IP:port"
	// platformArgs are platform flags for jobs when serve has none of its
	// own: the demo points the adapters at its sample web.
	platformArgs []string
}

// jobFlags declares serve's --allow-private.
func jobFlags(fs *flag.FlagSet) *jobSettings {
	return &jobSettings{allowPrivate: fs.Bool("allow-private", false,
		"let API crawl jobs reach loopback, private and link-local addresses (off: refused with 400, and checked again at connect time)")}
}

// fixtureTargets lists the demo web's loopback addresses for its API.
func fixtureTargets(web *fixtureweb.Web) *jobSettings {
	js := &jobSettings{platformArgs: demoPlatformArgs(web)}
	for _, h := range web.Hosts() {
		if u, err := url.Parse(web.URL(h)); err == nil {
			js.allowTargets = append(js.allowTargets, u.Host)
		}
	}
	return js
}

// setupJobs gives serve its crawl job queue and metrics: API jobs run in
// the background on a crawler whose dialer refuses internal addresses
// (unless --allow-private), one job at a time; a job left running when
// serve last stopped is resumed first, after the index is rebuilt from the
// store (index batches not yet flushed died with that process). The
// returned func stops the queue; call it after the API has stopped.
func (m *Main) setupJobs(ctx context.Context, srv *api.Server, a *app, verbose bool) (func(), error) {
	js := m.jobs
	if js == nil {
		js = &jobSettings{}
	}
	allowPrivate := js.allowPrivate != nil && *js.allowPrivate
	log := m.serveLogger(verbose)
	cfg := crawler.Config{BlockPrivate: !allowPrivate, Logger: log}
	withPages(&cfg)
	for _, t := range js.allowTargets {
		if ap, err := netip.ParseAddrPort(t); err == nil {
			cfg.AllowPrivate = append(cfg.AllowPrivate, ap)
			// The demo's own loopback hosts go at the demo's pace.
			if cfg.HostRates == nil {
				cfg.HostRates = map[string]float64{}
			}
			cfg.HostRates[t] = demoRate
		}
	}
	if m.redis != "" { // a fleet's workers fetch; this process ingests (fleet.go)
		return m.setupFleet(ctx, srv, a, cfg, allowPrivate, js.allowTargets, log)
	}
	cfg.Validators = a.db.Validators() // revalidation outlives serve
	cfg.HostInfo = a.db                // and so do the answers of host probes
	saveQuota := func() {}
	platforms := m.platforms
	if platforms == nil && len(js.platformArgs) > 0 {
		fs := flag.NewFlagSet("job-platforms", flag.ContinueOnError)
		platforms = addPlatformFlags(fs, &Main{Stderr: m.Stderr, Getenv: func(string) string { return "" }})
		if err := fs.Parse(js.platformArgs); err != nil {
			return nil, fmt.Errorf("crawl jobs: platform flags: %w", err)
		}
	}
	if platforms != nil {
		if err := platforms.validate(); err != nil {
			return nil, err
		}
		adapters, save, err := platforms.adapters(a.db.Dir())
		if err != nil {
			return nil, err
		}
		cfg.Adapters, saveQuota = adapters, save
	}
	platforms.applyImages(&cfg, a.images)
	transport := crawler.NewTransport(cfg)
	cfg.Transport = transport

	interrupted, _, err := a.db.FindJobs(ctx, scout.JobFilter{State: scout.JobRunning, Origin: scout.OriginAPI})
	if err != nil {
		return nil, err
	}
	if len(interrupted) > 0 {
		fmt.Fprintf(m.Stderr, "resuming %s left running; rebuilding the search index first\n", plural(len(interrupted), "crawl job"))
		if _, err := reindex(ctx, a.db, a.idx); err != nil {
			return nil, fmt.Errorf("reindex before resuming crawl jobs: %w", err)
		}
	}

	metrics := api.NewMetrics()
	runner := &crawler.JobRunner{
		Crawler: crawler.New(cfg), Jobs: a.db, Frontier: a.db, Visits: a.db, Sink: a.ing, Logger: log,
		OnResult: func(_ *scout.CrawlJob, r *scout.CrawlResult) {
			metrics.ObserveResult(r)
			crashPoint("job-result") // test-only: a kill after a committed result (crash_test.go)
		},
		OnFinish: metrics.ObserveJob,
	}
	q := crawler.StartJobQueue(runner)
	sched := m.startScheduler(srv, a, q, log) // schedule.go
	metrics.QueueDepth = func() float64 { return float64(q.QueueDepth(context.Background())) }
	metrics.RateLimitWaits = func() float64 { return float64(transport.Stats().RateLimitWaits) }
	metrics.FetchedBytes = func() float64 { return float64(transport.Stats().Bytes) }
	metrics.SetGauges(storeGauges(a))
	srv.Jobs, srv.Metrics = q, metrics
	srv.AllowPrivate, srv.AllowTargets = allowPrivate, js.allowTargets
	return func() {
		_ = sched.Close() // no new jobs, then stop the running one
		_ = q.Close()
		saveQuota()
	}, nil
}

// storeGauges reads /metrics' store-backed gauges from a's store at scrape
// time: jobs by state, each schedule's next run and last success, the
// store file's size and the creator count.
func storeGauges(a *app) *api.Gauges {
	return &api.Gauges{
		JobStates: func(ctx context.Context) (map[string]int, error) {
			out := map[string]int{}
			for _, st := range []string{scout.JobQueued, scout.JobRunning, scout.JobDone, scout.JobFailed, scout.JobCancelled} {
				_, n, err := a.db.FindJobs(ctx, scout.JobFilter{State: st, Limit: 1})
				if err != nil {
					return nil, err
				}
				out[st] = n
			}
			return out, nil
		},
		Schedules: func(ctx context.Context) ([]api.ScheduleStat, error) {
			list, _, err := a.db.FindSchedules(ctx, scout.ScheduleFilter{})
			if err != nil {
				return nil, err
			}
			// The newest done scheduled jobs give each schedule's last
			// success; older ones do not change it.
			done, _, err := a.db.FindJobs(ctx, scout.JobFilter{State: scout.JobDone, Origin: scout.OriginSchedule, Limit: 500})
			if err != nil {
				return nil, err
			}
			last := map[string]*time.Time{}
			for _, j := range done {
				if _, seen := last[j.ScheduleID]; !seen && j.FinishedAt != nil {
					last[j.ScheduleID] = j.FinishedAt
				}
			}
			out := make([]api.ScheduleStat, len(list))
			for i, s := range list {
				out[i] = api.ScheduleStat{ID: s.ID, Paused: s.Paused, NextRun: s.NextRun, LastSuccess: last[s.ID]}
			}
			return out, nil
		},
		StoreBytes: func() (int64, error) {
			st, err := os.Stat(filepath.Join(a.db.Dir(), "scout.db"))
			if err != nil {
				return 0, err
			}
			return st.Size(), nil
		},
		Creators: a.db.CountCreators,
	}
}
