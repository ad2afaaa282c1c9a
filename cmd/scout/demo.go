package main

import (
	"context"
	"flag"
	"fmt"
	"net"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/fediverse"
	"github.com/scout-oss/scout/crawler/fixtureweb"
)

var demoCommand = &command{
	name:    "demo",
	usage:   "[flags]",
	summary: "start the built-in sample creator web on loopback, crawl it, and serve the results",
	run:     runDemo,
}

// demoRate is the per-host rate for the demo's own loopback fixture hosts:
// they are ours, so they may be crawled faster than the default 1/s.
const demoRate = 50

func runDemo(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	data := fs.String("data", "", "keep the demo's data in DIR (default: a temporary directory removed on exit)")
	addr := m.addrFlag(fs)
	verbose := fs.Bool("v", false, "verbose logs")
	cf := addCrawlFlags(fs, demoRate)
	m.access = m.accessFlags(fs, true)
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("demo takes no arguments; got %q", rest)
	}
	if err := m.access.validate(*addr); err != nil {
		return err
	}
	if err := cf.validate(); err != nil {
		return err
	}
	// The port is checked before the crawl, not after it.
	if err := checkListen(*addr); err != nil {
		return err
	}
	start := time.Now()
	dir := *data
	if dir == "" {
		if dir, err = os.MkdirTemp("", "scout-demo-"); err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		defer os.RemoveAll(dir)
	}

	web, err := fixtureweb.Start(scout.SampleWeb())
	if err != nil {
		return fmt.Errorf("demo: start sample web: %w", err)
	}
	defer web.Close()
	m.jobs = fixtureTargets(web) // its API may crawl the fixture hosts
	seeds, err := web.Seeds()
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	fmt.Fprintf(m.Stderr, "sample creator web: %d seed URLs on loopback; data in %s\n", len(seeds), dir)

	a, err := m.openApp(ctx, dir)
	if err != nil {
		return err
	}
	defer a.Close()
	cfg := cf.config()
	cfg.Logger = m.logger(*verbose)
	if !isSet(fs, "timeout") {
		cfg.Timeout = 3 * time.Second // loopback answers at once; don't wait 20 s on a stuck fixture
	}
	if cfg.Adapters, err = demoAdapters(web, dir); err != nil {
		return err
	}
	// The platform hosts are ours too: the demo rate beats the platforms'
	// published limits (Mastodon's 1/s) that adapters put on API calls.
	cfg.HostRates = map[string]float64{}
	for _, h := range web.Hosts() {
		cfg.HostRates[strings.TrimPrefix(web.URL(h), "http://")] = cfg.Rate
	}
	hosts := demoImageHosts(web)
	(&imageFlags{hosts: &hosts}).apply(&cfg, a.images)
	if err := m.demoCrawl(ctx, a, cfg, seeds); err != nil {
		return err
	}
	fmt.Fprintf(m.Stderr, "demo ready in %s\n", time.Since(start).Round(time.Millisecond))
	return m.serve(ctx, a, *addr, *verbose)
}

func isSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) {
		if f.Name == name {
			set = true
		}
	})
	return set
}

// demoAdapters builds the platform adapters exactly as `scout crawl` does,
// through crawl's own flags, with the base-URL flags pointed at the sample
// web's platform hosts: the Bluesky AppView at bsky.example and YouTube
// channel pages at yt.example (Mastodon and PeerTube URLs name their
// server themselves). No YouTube key and no Twitch credentials are read,
// not even from the environment: the sample web has channel pages, not the
// Data API, and no Twitch.
func demoAdapters(web *fixtureweb.Web, dir string) ([]crawler.Adapter, error) {
	fs := flag.NewFlagSet("demo-platforms", flag.ContinueOnError)
	yt := addYouTubeFlags(fs, &Main{Getenv: func(string) string { return "" }})
	nets := addNetworkFlags(fs, &Main{Getenv: func(string) string { return "" }})
	social := addSocialFlags(fs)
	_ = addImageFlags(fs) // runDemo applies the sample web's image hosts itself
	if err := fs.Parse(demoPlatformArgs(web)); err != nil {
		return nil, fmt.Errorf("demo: platform flags: %w", err)
	}
	ytAdapter, err := yt.adapter(dir)
	if err != nil {
		return nil, err
	}
	out := append([]crawler.Adapter{ytAdapter}, nets.adapters()...)
	out = append(out, social.adapters()...)
	// The sample web's instances answer on loopback ports; their handles
	// read as on a real instance (@dario@toot.example).
	domains := demoDomains(web)
	for _, a := range out {
		switch f := a.(type) {
		case *fediverse.Mastodon:
			f.Domains = domains
			if f.Fallback != nil {
				f.Fallback.Domains = domains
			}
		case *fediverse.ActivityPub:
			f.Domains = domains
		}
	}
	return out, nil
}

// demoDomains maps each sample-web host's live address (127.0.0.1:PORT)
// to its name (toot.example).
func demoDomains(web *fixtureweb.Web) map[string]string {
	m := map[string]string{}
	for _, h := range web.Hosts() {
		m[strings.TrimPrefix(web.URL(h), "http://")] = h
	}
	return m
}

// demoPlatformArgs are the base-URL flags that point crawl's adapters at
// the sample web; the end-to-end tests pass the same to `scout crawl`.
func demoPlatformArgs(web *fixtureweb.Web) []string {
	return []string{"--bluesky-api", web.URL("bsky.example"), "--youtube-base", web.URL("yt.example"), "--image-hosts", demoImageHosts(web)}
}

// demoImageHosts lists the sample web's live hosts (IP:port on loopback):
// the demo and the tests fetch images from them only, never from the
// platform CDNs the sample pages also name.
func demoImageHosts(web *fixtureweb.Web) string {
	var hosts []string
	for _, h := range web.Hosts() {
		hosts = append(hosts, strings.TrimPrefix(web.URL(h), "http://"))
	}
	return strings.Join(hosts, ",")
}

// checkListen fails at once, with the way out, when addr cannot be
// listened on (usually: another program has the port).
func checkListen(addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return &scout.Error{Code: scout.ECONFLICT, Err: err,
			Message: fmt.Sprintf("cannot listen on %s; pass --addr with a free port, such as --addr 127.0.0.1:0 for any", addr)}
	}
	return ln.Close()
}

// demoCrawl crawls the sample web as a stored crawl job (origin cli), so
// the first crawl shows on the Crawls page, in /api/v1/crawls and in the
// job gauges of /metrics like any other, failures and all.
func (m *Main) demoCrawl(ctx context.Context, a *app, cfg crawler.Config, seeds []string) error {
	job := &scout.CrawlJob{Origin: scout.OriginCLI, Targets: seeds[:min(len(seeds), maxKeptTargets):min(len(seeds), maxKeptTargets)]}
	if err := a.db.CreateJob(ctx, job); err != nil {
		return err
	}
	started := time.Now().UTC()
	job.State, job.StartedAt, job.Queued, job.Enqueued = scout.JobRunning, &started, len(seeds), true
	job.Errors = map[string]int{}
	if err := a.db.UpdateJob(ctx, job); err != nil {
		return err
	}
	var mu sync.Mutex
	cfg.Progress = func(r *scout.CrawlResult) {
		if r.Failure == nil {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		if len(job.Failures) < scout.MaxJobFailures {
			f := *r.Failure
			f.URL = r.URL
			job.Failures = append(job.Failures, f)
		}
	}
	sum, err := m.crawl(ctx, a, cfg, seeds)
	finished := time.Now().UTC()
	job.FinishedAt, job.State = &finished, scout.JobDone
	if sum != nil {
		job.Fetched, job.Profiles, job.NotModified = sum.Fetched, sum.Profiles, sum.NotModified
		for k, n := range sum.Errors {
			job.Errors[k] = n
		}
	}
	if err != nil {
		job.State, job.Message = scout.JobFailed, scout.ErrorMessage(err)
	}
	if uerr := a.db.UpdateJob(context.WithoutCancel(ctx), job); uerr != nil && err == nil {
		err = uerr
	}
	return err
}
