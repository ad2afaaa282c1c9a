package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
)

var crawlCommand = &command{
	name:    "crawl",
	usage:   "[flags] URL...",
	summary: "crawl public creator pages into the store, then score and index them",
	run:     runCrawl,
}

// crawlFlags are the fetch-layer settings shared by crawl and demo.
type crawlFlags struct {
	rate         *float64
	burst        *int
	timeout      *time.Duration
	maxBody      *int64
	concurrency  *int
	ignoreRobots *bool
	userAgent    *string
	fetch        *fetchFlags
	hostRates    *hostRateFlag
}

func addCrawlFlags(fs *flag.FlagSet, defaultRate float64) *crawlFlags {
	return &crawlFlags{
		rate:         fs.Float64("rate", defaultRate, "requests per second per host"),
		burst:        fs.Int("burst", crawler.DefaultBurst, "requests a host may get at once before the rate applies"),
		timeout:      fs.Duration("timeout", crawler.DefaultTimeout, "time-out per request"),
		maxBody:      fs.Int64("max-body", crawler.DefaultMaxBodySize, "largest body read, in bytes, after decompression"),
		concurrency:  fs.Int("concurrency", crawler.DefaultConcurrency, "requests in flight across all hosts"),
		ignoreRobots: fs.Bool("ignore-robots", false, "do not obey robots.txt (only for sites you own)"),
		userAgent:    fs.String("user-agent", crawler.DefaultUserAgent, "User-Agent sent with every request; keep the tool's name in it"),
		fetch:        addFetchFlags(fs),
		hostRates:    addHostRateFlag(fs),
	}
}

func (f *crawlFlags) config() crawler.Config {
	cfg := crawler.Config{
		Rate:         *f.rate,
		Burst:        *f.burst,
		Timeout:      *f.timeout,
		MaxBodySize:  *f.maxBody,
		Concurrency:  *f.concurrency,
		IgnoreRobots: *f.ignoreRobots,
		UserAgent:    *f.userAgent,
	}
	f.fetch.apply(&cfg)
	withPages(&cfg)
	cfg.HostRates = f.hostRates.rates()
	return cfg
}

func (f *crawlFlags) validate() error {
	switch {
	case *f.rate <= 0:
		return usagef("--rate must be above 0")
	case *f.burst < 1:
		return usagef("--burst must be at least 1")
	case *f.timeout <= 0:
		return usagef("--timeout must be above 0")
	case *f.maxBody <= 0:
		return usagef("--max-body must be above 0")
	case *f.concurrency < 1:
		return usagef("--concurrency must be at least 1")
	}
	return f.fetch.validate()
}

func runCrawl(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	data := m.dataFlag(fs)
	seeds := fs.String("seeds", "", "file of URLs to crawl, one per line (# starts a comment)")
	verbose := fs.Bool("v", false, "log every request")
	resume := fs.Bool("resume", false, "continue the last interrupted crawl; targets already stored are not fetched again")
	cf := addCrawlFlags(fs, crawler.DefaultRate)
	platforms := addPlatformFlags(fs, m)
	snowball := addSnowballFlags(fs) // discover.go
	asJSON := fs.Bool("json", false, "print the summary as JSON on stdout (progress stays on stderr)")
	redisURL := redisFlag(fs)
	wait := fs.Bool("wait", false, "with --redis: wait for the job to end, print its summary, exit 1 when it failed or was cancelled")
	urls, err := parse(fs, args)
	if err != nil {
		return err
	}
	m.summaryJSON = *asJSON
	if err := errors.Join(cf.validate(), platforms.validate(), snowball.validate()); err != nil {
		return err
	}
	if fleetURL := m.redisURL(*redisURL); fleetURL != "" { // fleet.go
		switch {
		case *resume:
			return usagef("--resume is for one process; a job queued with --redis survives on the fleet by itself")
		case *snowball.follow:
			return usagef("--follow-mentions runs in one process; it cannot queue through --redis")
		case len(urls) == 0 && *seeds == "":
			return usagef("no URLs: give URLs as arguments or --seeds FILE")
		}
		cfg := cf.config()
		cfg.Logger = m.logger(*verbose)
		return m.crawlFleet(ctx, fleetURL, cfg, urls, *seeds, *wait)
	}
	if *wait {
		return usagef("--wait is for a job queued with --redis")
	}
	if *snowball.follow && *resume {
		return usagef("--follow-mentions cannot --resume: run it again, known creators are refreshed, not duplicated")
	}
	if len(urls) == 0 && *seeds == "" && !*resume {
		return usagef("no URLs: give URLs as arguments, --seeds FILE, or --resume")
	}
	a, err := m.openApp(ctx, *data)
	if err != nil {
		return err
	}
	defer a.Close()
	cfg := cf.config()
	cfg.Logger = m.logger(*verbose)
	adapters, saveQuota, err := platforms.adapters(*data)
	if err != nil {
		return err
	}
	defer saveQuota()
	cfg.Adapters = append(cfg.Adapters, adapters...)
	platforms.applyImages(&cfg, a.images)
	cfg.Validators = a.db.Validators() // revalidation outlives the process
	cfg.HostInfo = a.db                // and so do the answers of host probes
	if *snowball.follow {
		return m.snowball(ctx, a, cfg, urls, *seeds, snowball)
	}
	return m.crawlJob(ctx, a, cfg, urls, *seeds, *resume)
}

// crawl runs one crawl into the app, reporting progress on stderr, and
// prints the summary. Failed URLs are in the summary, not an error.
func (m *Main) crawl(ctx context.Context, a *app, cfg crawler.Config, urls []string) (*crawler.Summary, error) {
	progress := newProgress(m.Stderr, len(urls))
	if also := cfg.Progress; also != nil {
		cfg.Progress = func(r *scout.CrawlResult) { progress.add(r); also(r) }
	} else {
		cfg.Progress = progress.add
	}
	if cfg.Validators == nil {
		cfg.Validators = a.db.Validators()
	}
	if cfg.HostInfo == nil {
		cfg.HostInfo = a.db
	}
	sum, err := crawler.New(cfg).Crawl(ctx, urls, a.ing)
	progress.finish()
	if ferr := a.ing.Flush(context.WithoutCancel(ctx)); ferr != nil && err == nil {
		err = ferr
	}
	if err != nil {
		return sum, fmt.Errorf("crawl: %w", err)
	}
	total, _ := a.db.CountCreators(ctx)
	fmt.Fprintf(m.Stderr, "crawled %s in %s: %s, %s, not modified %d (store holds %s); errors: %s\n",
		plural(sum.Fetched, "page"), sum.Duration.Round(time.Millisecond),
		plural(sum.Profiles, "profile"), plural(sum.Posts, "post"), sum.NotModified, plural(total, "creator"), joinKinds(sum.Errors))
	return sum, nil
}

// progress shows a bar on a terminal and one plain line per URL otherwise
// (logs and CI keep a readable record that way).
type progress struct {
	w   io.Writer
	bar *progressbar.ProgressBar
}

func newProgress(w io.Writer, n int) *progress {
	p := &progress{w: w}
	if f, ok := w.(*os.File); ok && isTerminal(f) {
		p.bar = progressbar.NewOptions(n, progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("crawling"), progressbar.OptionShowCount(),
			progressbar.OptionClearOnFinish())
	}
	return p
}

func (p *progress) add(r *scout.CrawlResult) {
	if p.bar != nil {
		_ = p.bar.Add(1)
		return
	}
	switch {
	case r.Failure != nil:
		fmt.Fprintf(p.w, "failed  %s: %s: %s\n", r.URL, r.Failure.Kind, r.Failure.Message)
	case r.Profile != nil:
		fmt.Fprintf(p.w, "fetched %s: %s, %s\n", r.URL, r.Profile.Account.Handle, plural(len(r.Profile.Posts), "post"))
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
