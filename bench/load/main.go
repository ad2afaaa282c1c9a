// Command load is Scout's load benchmark: an open-loop, constant-rate HTTP
// load generator against a real server (bbolt store plus on-disk Bleve
// index over generated creators) while a crawl writes to the same store
// and index through the Ingester.
//
// Requests are scheduled at fixed intervals whatever the responses do, and
// each latency is measured from the request's scheduled time, not from when
// it was sent, so a stall counts against every request it delays (no
// coordinated omission). The mix is fixed: 70% text + filter searches, 20%
// faceted searches, 10% creator pages, spread over several API keys whose
// per-key rate limit is set above the rate each one receives.
//
//	go run ./bench/load                                # 100k creators, 100 req/s, 60 s
//	go run ./bench/load -duration 10s -creators 10000  # a quick run
//	go run ./bench/load -dir /tmp/corpus               # keep (and reuse) the corpus
//	go run ./bench/load -dir /tmp/corpus -reindex      # measure right after a scout reindex
//	go run ./bench/load -dir /tmp/corpus -reindex -merge=false   # ... without the merge before the swap
//
// With -reindex the index is rebuilt from the store as `scout reindex` does
// (index.Create, Load, Optimize, Commit) just before the load starts, so
// the measured minute is the first one after a bulk build; -merge=false
// leaves out the merge into one segment, to show what it is for.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"runtime"
	"runtime/pprof"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/bench/gen"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/page"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/ingest"
	"github.com/scout-oss/scout/langdetect"
	"github.com/scout-oss/scout/scoring"
	"github.com/scout-oss/scout/store"
)

// config is the benchmark's flags.
type config struct {
	creators   int
	duration   time.Duration
	warmup     time.Duration
	rate       float64
	keys       int
	keyRate    float64
	timeout    time.Duration
	crawlHosts int
	crawlRate  float64
	crawlIndex bool
	indexBatch int
	dir        string
	cpuProfile string
	reindex    bool
	merge      bool
}

func main() {
	var cfg config
	flag.IntVar(&cfg.creators, "creators", 100_000, "creators to generate")
	flag.DurationVar(&cfg.duration, "duration", 60*time.Second, "measured run time")
	flag.DurationVar(&cfg.warmup, "warmup", 5*time.Second, "unmeasured run time first, at the same rate")
	flag.Float64Var(&cfg.rate, "rate", 100, "requests per second (scheduled, open loop)")
	flag.IntVar(&cfg.keys, "keys", 4, "API keys the requests are spread over, round robin")
	flag.Float64Var(&cfg.keyRate, "key-rate", 100, "per-key rate limit (requests/s; burst the same)")
	flag.DurationVar(&cfg.timeout, "timeout", 10*time.Second, "client time-out per request")
	flag.IntVar(&cfg.crawlHosts, "crawl-hosts", 10, "loopback page hosts crawled during the run")
	flag.Float64Var(&cfg.crawlRate, "crawl-rate", 2, "crawl requests per second per host")
	flag.BoolVar(&cfg.crawlIndex, "crawl-index", true, "the crawl's Ingester writes to the index too (false: store only)")
	flag.IntVar(&cfg.indexBatch, "index-batch", 0, "creators per index batch of the crawl's Ingester (0: ingest.DefaultIndexBatch)")
	flag.StringVar(&cfg.dir, "dir", "", "build the corpus in DIR and keep it; a DIR holding one of the same size is reused (default: a temporary directory, removed)")
	flag.StringVar(&cfg.cpuProfile, "cpuprofile", "", "write a CPU profile of the measured run to FILE")
	flag.BoolVar(&cfg.reindex, "reindex", false, "rebuild the index from the store (as scout reindex does) right before the load")
	flag.BoolVar(&cfg.merge, "merge", true, "with -reindex: merge the new index into one segment before the swap (index.Optimize)")
	flag.Parse()
	if err := run(context.Background(), cfg); err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		os.Exit(1)
	}
}

// sample is one request's outcome.
type sample struct {
	class   int
	status  int // 0: transport error or time-out
	latency time.Duration
	done    time.Time
}

var classes = []struct {
	name   string
	weight int
}{{"text + filters", 70}, {"text + filters + 3 facets", 20}, {"creator page", 10}}

func run(ctx context.Context, cfg config) error {
	dir := cfg.dir
	if dir == "" {
		var err error
		if dir, err = os.MkdirTemp("", "scout-load-"); err != nil {
			return err
		}
		defer os.RemoveAll(dir)
	}
	// With -reindex a kept corpus needs only its store: the index is
	// built below anyway.
	if !cfg.reindex || !gen.Built(dir, cfg.creators) {
		if _, err := gen.Build(ctx, dir, cfg.creators, 3*time.Minute, os.Stderr); err != nil {
			return err
		}
	}

	// The store as serve opens it (fsync on), and the index beside it.
	db, err := store.Open(ctx, dir)
	if err != nil {
		return err
	}
	defer db.Close()

	var ids []string
	if err := db.ForEachCreator(ctx, func(c *scout.Creator) error {
		ids = append(ids, c.ID)
		return nil
	}); err != nil {
		return err
	}

	secrets := make([]string, cfg.keys)
	for i := range secrets {
		_, secret, err := db.CreateKey(ctx, fmt.Sprintf("load-%d", i), scout.RoleViewer)
		if err != nil {
			return err
		}
		secrets[i] = secret
	}

	var idx *index.Index
	rebuilt := ""
	if cfg.reindex {
		var load, swap time.Duration
		if idx, load, swap, err = gen.Reindex(ctx, db, gen.IndexPath(dir), cfg.merge); err != nil {
			return err
		}
		how := "merged into one segment and swapped in"
		if !cfg.merge {
			how = "swapped in without merging"
		}
		rebuilt = fmt.Sprintf("The index was rebuilt from the store just before the load (as scout reindex does): loaded in %s, %s in %s. ",
			load.Round(time.Second), how, swap.Round(time.Second))
		fmt.Fprint(os.Stderr, rebuilt+"\n")
	} else if idx, err = index.Open(gen.IndexPath(dir)); err != nil {
		return err
	}
	defer idx.Close()
	idx.SetReviews(db)

	srv := api.NewServer()
	srv.Addr = "127.0.0.1:0"
	srv.Creators, srv.Index, srv.Keys = db, idx, db
	srv.Shortlists, srv.Hidden, srv.Targets = db, db, db
	srv.RateLimit, srv.RateBurst = rate.Limit(cfg.keyRate), int(cfg.keyRate)
	if err := srv.Open(); err != nil {
		return err
	}
	defer srv.Close()

	// The crawl: loopback page hosts, crawled through the Ingester into
	// the same store and index, new pages all the time.
	ing := &ingest.Ingester{Creators: db, Visits: db, Index: idx, Scorer: scoring.New(),
		Languages: langdetect.New(), Suppressor: db, Identity: &ingest.Merger{Identity: db}}
	ing.IndexBatch = cfg.indexBatch
	if !cfg.crawlIndex {
		ing.Index = nil
	}
	var hosts []*httptest.Server
	for range cfg.crawlHosts {
		hosts = append(hosts, httptest.NewServer(gen.Pages{}))
	}
	defer func() {
		for _, h := range hosts {
			h.Close()
		}
	}()
	var crawled, crawlErrs atomic.Int64
	cr := crawler.New(crawler.Config{Rate: cfg.crawlRate, Burst: 1, Concurrency: max(4, cfg.crawlHosts),
		Extract: page.Extract, ParseFeed: page.ParseFeed,
		Progress: func(r *scout.CrawlResult) {
			if r.Failure != nil {
				crawlErrs.Add(1)
			} else {
				crawled.Add(1)
			}
		}})
	crawlCtx, stopCrawl := context.WithCancel(ctx)
	defer stopCrawl()
	crawlDone := make(chan error, 1)
	go func() {
		const round = 20 // pages per host per Crawl call
		var err error
		for r := 0; len(hosts) > 0 && crawlCtx.Err() == nil; r++ {
			urls := make([]string, 0, round*len(hosts))
			for i := range round {
				for _, h := range hosts {
					urls = append(urls, h.URL+gen.PagePath(r*round+i))
				}
			}
			if _, err = cr.Crawl(crawlCtx, urls, ing); err != nil && crawlCtx.Err() == nil {
				break
			}
		}
		if ferr := ing.Flush(context.Background()); ferr != nil {
			err = errors.Join(err, ferr)
		}
		if crawlCtx.Err() != nil && errors.Is(err, context.Canceled) {
			err = nil
		}
		crawlDone <- err
	}()

	client := &http.Client{Timeout: cfg.timeout, Transport: &http.Transport{
		MaxIdleConns: 512, MaxIdleConnsPerHost: 512, IdleConnTimeout: time.Minute}}
	g := gen.NewGenerator(time.Now())
	base := srv.URL()
	rnd := rand.New(rand.NewPCG(11, 11))
	weights := []int{classes[0].weight, classes[1].weight, classes[2].weight}
	request := func(i int) (int, string) {
		c := pickWeighted(rnd, weights)
		switch c {
		case 0:
			v := url.Values{"q": {g.TopicQuery(rnd)}}
			gen.AddFilters(v, rnd)
			return c, base + "/api/v1/creators?" + v.Encode()
		case 1:
			v := url.Values{"q": {g.TopicQuery(rnd)}, "facets": {"platform,language,tier"}}
			gen.AddFilters(v, rnd)
			return c, base + "/api/v1/creators?" + v.Encode()
		default:
			return c, base + "/api/v1/creators/" + url.PathEscape(ids[rnd.IntN(len(ids))])
		}
	}

	interval := time.Duration(float64(time.Second) / cfg.rate)
	nWarm := int(cfg.warmup / interval)
	n := int(cfg.duration / interval)
	samples := make([]sample, nWarm+n)
	loadStart := gen.LoadAvg()
	crawledAtStart := int64(0)
	fmt.Fprintf(os.Stderr, "load: %d warm-up + %d measured requests at %.0f/s against %d creators (load average %s)\n",
		nWarm, n, cfg.rate, len(ids), loadStart)
	var wg sync.WaitGroup
	start := time.Now()
	for i := range nWarm + n {
		if i == nWarm {
			crawledAtStart = crawled.Load()
			if cfg.cpuProfile != "" {
				f, err := os.Create(cfg.cpuProfile)
				if err != nil {
					return err
				}
				defer f.Close()
				if err := pprof.StartCPUProfile(f); err != nil {
					return err
				}
				defer pprof.StopCPUProfile()
			}
		}
		sched := start.Add(time.Duration(i) * interval)
		if d := time.Until(sched); d > 0 {
			time.Sleep(d)
		}
		c, u := request(i)
		secret := secrets[i%len(secrets)]
		wg.Add(1)
		go func() {
			defer wg.Done()
			samples[i] = do(ctx, client, u, secret, c, sched)
		}()
	}
	wg.Wait()

	crawledInRun := crawled.Load() - crawledAtStart
	loadEnd := gen.LoadAvg()
	stopCrawl()
	if err := <-crawlDone; err != nil {
		return fmt.Errorf("crawl: %w", err)
	}

	measured := samples[nWarm:]
	first := start.Add(time.Duration(nWarm) * interval)
	last := first
	for _, s := range measured {
		if s.done.After(last) {
			last = s.done
		}
	}
	fmt.Print(rebuilt)
	report(os.Stdout, cfg, len(ids), measured, last.Sub(first), crawledInRun, crawlErrs.Load(), loadStart, loadEnd)
	return nil
}

// do sends one GET and reads the body; the latency runs from sched.
func do(ctx context.Context, c *http.Client, u, secret string, class int, sched time.Time) sample {
	s := sample{class: class}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err == nil {
		req.Header.Set("Authorization", "Bearer "+secret)
		var resp *http.Response
		if resp, err = c.Do(req); err == nil {
			_, err = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if err == nil {
				s.status = resp.StatusCode
			}
		}
	}
	s.done = time.Now()
	s.latency = s.done.Sub(sched)
	return s
}

func pickWeighted(r *rand.Rand, weights []int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	x := r.IntN(total)
	for i, w := range weights {
		if x < w {
			return i
		}
		x -= w
	}
	return len(weights) - 1
}

func report(w io.Writer, cfg config, creators int, ss []sample, span time.Duration, crawled, crawlErrs int64, loadStart, loadEnd string) {
	var ok int
	errs := map[string]int{}
	var all []time.Duration
	per := make([][]time.Duration, len(classes))
	for _, s := range ss {
		all = append(all, s.latency)
		per[s.class] = append(per[s.class], s.latency)
		switch {
		case s.status == http.StatusOK:
			ok++
		case s.status == 0:
			errs["transport error / time-out"]++
		default:
			errs[fmt.Sprintf("%d %s", s.status, http.StatusText(s.status))]++
		}
	}
	achieved := float64(len(ss)) / span.Seconds()
	fmt.Fprintf(w, "Machine: %d cores (GOMAXPROCS %d), %s/%s, %s; load average %s at the start, %s at the end.\n",
		runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.GOOS, runtime.GOARCH, runtime.Version(), loadStart, loadEnd)
	fmt.Fprintf(w, "%d creators; %.0f requests/s scheduled for %s after %s warm-up; %d keys limited to %.0f requests/s each; crawl: %d hosts at %.0f requests/s each, %d pages stored during the measured run (%.1f/s), %d failed.\n\n",
		creators, cfg.rate, cfg.duration, cfg.warmup, cfg.keys, cfg.keyRate, cfg.crawlHosts, cfg.crawlRate, crawled, float64(crawled)/span.Seconds(), crawlErrs)
	fmt.Fprintf(w, "| requests | share | p50 | p95 | p99 | max |\n|---|---|---|---|---|---|\n")
	row := func(name string, ds []time.Duration) {
		p := gen.Percentiles(ds, .5, .95, .99, 1)
		fmt.Fprintf(w, "| %s | %d (%.0f%%) | %s | %s | %s | %s |\n", name, len(ds), 100*float64(len(ds))/float64(len(ss)),
			gen.MS(p[0]), gen.MS(p[1]), gen.MS(p[2]), gen.MS(p[3]))
	}
	for i, c := range classes {
		row(c.name, per[i])
	}
	row("all", all)
	p99 := gen.Percentiles(all, .99)[0]
	nerr := len(ss) - ok
	goal := "met"
	if nerr > 0 || p99 >= 150*time.Millisecond {
		goal = "**missed**"
	}
	fmt.Fprintf(w, "\n| result | value |\n|---|---|\n")
	fmt.Fprintf(w, "| achieved rate | %.1f requests/s (%d in %s) |\n", achieved, len(ss), span.Round(time.Millisecond))
	fmt.Fprintf(w, "| 200 OK | %d |\n", ok)
	keys := make([]string, 0, len(errs))
	for k := range errs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if len(keys) == 0 {
		fmt.Fprintf(w, "| errors | 0 |\n")
	}
	for _, k := range keys {
		fmt.Fprintf(w, "| errors: %s | %d |\n", k, errs[k])
	}
	fmt.Fprintf(w, "| goal (0 errors, p99 < 150 ms) | %s (p99 %s) |\n", goal, gen.MS(p99))
}
