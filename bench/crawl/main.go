// Command crawl benchmarks Scout's crawler through its job path
// (Crawler.Enqueue into the bbolt frontier, then CrawlFrontier) against
// generated pages on loopback, and prints Markdown tables for README.
//
// politeness: many fixture hosts (httptest servers), each paced by the
// crawler at -rate requests/s with -burst. Each server logs its own request
// times; the benchmark reports the aggregate rate the crawler sustained
// against the aggregate allowed rate, and the most requests any host
// received in any half-open one-second window against rate + burst.
//
// memory: a large crawl of small generated profile pages spread over many
// hosts with a high per-host rate, ingested into a real store (extracted,
// scored, saved, visits recorded). It reports the Go heap after a GC and
// the process's anonymous resident memory (RssAnon from /proc/self/status;
// bbolt's mmap is file-backed and not in it) at set URL counts, and the
// peak RssAnon sampled every 250 ms.
//
//	go run ./bench/crawl                           # both, full size
//	go run ./bench/crawl -run politeness -duration 10s
//	go run ./bench/crawl -run memory -urls 20000
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"iter"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/bench/gen"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/page"
	"github.com/scout-oss/scout/ingest"
	"github.com/scout-oss/scout/langdetect"
	"github.com/scout-oss/scout/scoring"
	"github.com/scout-oss/scout/store"
)

func main() {
	if spec := os.Getenv(serveEnv); spec != "" {
		servePages(spec) // the ceiling benchmark's fixture server process
		return
	}
	which := flag.String("run", "politeness,memory", "benchmarks to run, comma-separated: politeness, busy, memory, ceiling")
	dir := flag.String("dir", os.TempDir(), "where stores are made (on the disk to measure)")
	hosts := flag.Int("hosts", 50, "politeness: fixture hosts")
	rate := flag.Float64("rate", 5, "politeness: requests/s allowed per host")
	burst := flag.Int("burst", 1, "politeness: per-host burst")
	duration := flag.Duration("duration", 30*time.Second, "politeness: pages per host = rate × duration")
	direct := flag.Bool("direct", false, "politeness: crawl the URL list with Crawler.Crawl instead of through the frontier")
	urls := flag.Int("urls", 200_000, "memory: URLs to crawl")
	memHosts := flag.Int("mem-hosts", 200, "memory: page hosts")
	memRate := flag.Float64("mem-rate", 1000, "memory: requests/s allowed per host")
	concurrency := flag.Int("concurrency", 16, "memory: crawl concurrency")
	sync := flag.Bool("sync", false, "memory: fsync the store on every commit (slower; off as in the other benchmarks)")
	ceilHosts := flag.Int("ceiling-hosts", 200, "ceiling: page hosts")
	ceilPages := flag.Int("ceiling-pages", 10_000, "ceiling: pages in all")
	ceilConc := flag.Int("ceiling-concurrency", 32, "ceiling: concurrency of both programs")
	flag.IntVar(&indexBatch, "index-batch", 0, "ceiling: the ingester's index batch (0: ingest.DefaultIndexBatch)")
	ceilNoSync := flag.Bool("ceiling-nosync", false, "ceiling: open the store without fsync (scout crawl syncs every commit)")
	flag.StringVar(&cpuProfile, "cpuprofile", "", "ceiling: write a CPU profile of the full crawl to this file")
	flag.Parse()
	ctx := context.Background()
	fmt.Printf("Machine: %d cores (GOMAXPROCS %d), %s/%s, %s.\n\n", runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.GOOS, runtime.GOARCH, runtime.Version())
	for _, name := range strings.Split(*which, ",") {
		var err error
		switch strings.TrimSpace(name) {
		case "politeness":
			err = politeness(ctx, os.Stdout, *dir, *hosts, *rate, *burst, *duration, *direct, false)
		case "busy":
			err = politeness(ctx, os.Stdout, *dir, *hosts, *rate, *burst, *duration, *direct, true)
		case "ceiling":
			err = ceiling(ctx, os.Stdout, *dir, *ceilHosts, max(1, *ceilPages / *ceilHosts), *ceilConc, *ceilNoSync)
		case "memory":
			err = memory(ctx, os.Stdout, *urls, *memHosts, *memRate, *concurrency, !*sync)
		default:
			err = fmt.Errorf("unknown benchmark %q (politeness, busy, memory, ceiling)", name)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "crawl:", err)
			os.Exit(1)
		}
	}
}

// countSink counts results; the politeness benchmark measures the fetch
// layer and the frontier, not ingest.
type countSink struct{ ok, failed atomic.Int64 }

func (s *countSink) Ingest(_ context.Context, r *scout.CrawlResult) error {
	if r.Failure != nil {
		s.failed.Add(1)
	} else {
		s.ok.Add(1)
	}
	return nil
}

// loggedHost is a fixture host that records the time of every request it
// receives, robots.txt included.
type loggedHost struct {
	srv *httptest.Server
	mu  sync.Mutex
	log []time.Time
}

func (h *loggedHost) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	now := time.Now()
	h.mu.Lock()
	h.log = append(h.log, now)
	h.mu.Unlock()
	gen.Pages{}.ServeHTTP(w, r)
}

// maxInWindow is the most timestamps in any half-open window [t, t+w),
// which is attained with t at one of the timestamps.
func maxInWindow(ts []time.Time, w time.Duration) int {
	best := 0
	j := 0
	for i := range ts {
		for j < len(ts) && ts[j].Sub(ts[i]) < w {
			j++
		}
		best = max(best, j-i)
	}
	return best
}

func tempStore(ctx context.Context, parent string, noSync bool) (*store.DB, func(), error) {
	dir, err := os.MkdirTemp(parent, "scout-crawl-bench-")
	if err != nil {
		return nil, nil, err
	}
	db, err := store.OpenWith(ctx, dir, store.Options{NoSync: noSync})
	if err != nil {
		os.RemoveAll(dir)
		return nil, nil, err
	}
	return db, func() { db.Close(); os.RemoveAll(dir) }, nil
}

func politeness(ctx context.Context, w io.Writer, dir string, nHosts int, rate float64, burst int, duration time.Duration, direct, busy bool) error {
	perHost := int(rate * duration.Seconds())
	if busy {
		if err := checkFree(dir, busyFileSize+(256<<20)); err != nil {
			return err
		}
	}
	hosts := make([]*loggedHost, nHosts)
	for i := range hosts {
		h := &loggedHost{}
		h.srv = httptest.NewServer(h)
		defer h.srv.Close()
		hosts[i] = h
	}
	db, closeDB, err := tempStore(ctx, dir, true)
	if err != nil {
		return err
	}
	defer closeDB()
	var writer *busyWriter
	if busy {
		if writer, err = startBusyWriter(dir); err != nil {
			return err
		}
		defer writer.stop()
	}
	cr := crawler.New(crawler.Config{Rate: rate, Burst: burst, Concurrency: nHosts + nHosts/4, MaxHosts: 2 * nHosts,
		Extract: page.Extract, ParseFeed: page.ParseFeed})
	targets := func(yield func(string) bool) {
		for p := range perHost {
			for _, h := range hosts {
				if !yield(h.srv.URL + gen.PagePath(p)) {
					return
				}
			}
		}
	}
	sink := &countSink{}
	fmt.Fprintf(os.Stderr, "politeness: %d hosts × %d pages at %g/s (burst %d)\n", nHosts, perHost, rate, burst)
	path := "Enqueue + CrawlFrontier (bbolt frontier)"
	var crawlTime time.Duration
	var tf *timedFrontier
	if direct {
		path = "Crawler.Crawl over the URL list (no frontier)"
		sum, err := cr.Crawl(ctx, slices.Collect(iter.Seq[string](targets)), sink)
		if err != nil {
			return err
		}
		crawlTime = sum.Duration
	} else {
		if _, _, err := cr.Enqueue(ctx, db, "politeness", time.Now(), iter.Seq[string](targets)); err != nil {
			return err
		}
		tf = &timedFrontier{Frontier: db}
		sum, err := cr.CrawlFrontier(ctx, crawler.FrontierRun{Frontier: tf, JobID: "politeness"}, sink)
		if err != nil {
			return err
		}
		crawlTime = sum.Duration
	}
	writerNote := ""
	if writer != nil {
		mbs, fsyncs := writer.stop()
		writerNote = fmt.Sprintf(" A parallel writer kept the same disk busy all along: %.0f MB/s in 8 MB writes, each followed by fsync (%d fsyncs).", mbs, fsyncs)
	}
	var first, last time.Time
	total, worst, over := 0, 0, 0
	var rates []float64
	var gaps []time.Duration
	for _, h := range hosts {
		h.mu.Lock()
		ts := slices.Clone(h.log)
		h.mu.Unlock()
		slices.SortFunc(ts, func(a, b time.Time) int { return a.Compare(b) })
		if len(ts) == 0 {
			continue
		}
		total += len(ts)
		if first.IsZero() || ts[0].Before(first) {
			first = ts[0]
		}
		if ts[len(ts)-1].After(last) {
			last = ts[len(ts)-1]
		}
		for i := 1; i < len(ts); i++ {
			gaps = append(gaps, ts[i].Sub(ts[i-1]))
		}
		m := maxInWindow(ts, time.Second)
		worst = max(worst, m)
		if float64(m) > rate+float64(burst) {
			over++
		}
		if span := ts[len(ts)-1].Sub(ts[0]); span > 0 {
			rates = append(rates, float64(len(ts)-1)/span.Seconds())
		}
	}
	slices.Sort(rates)
	span := last.Sub(first)
	allowed := rate * float64(nHosts)
	// The allowed count over the span is rate × span plus the burst each
	// host may spend at once at the start.
	achieved := float64(total) / span.Seconds()
	share := achieved / allowed
	goal := "met"
	if share < 0.95 || over > 0 {
		goal = "**missed**"
	}
	fmt.Fprintf(w, "Politeness: %d loopback hosts, each allowed %g requests/s with burst %d; %d pages per host (plus robots.txt) through %s, crawl concurrency %d; load average %s at the end.%s\n\n",
		nHosts, rate, burst, perHost, path, nHosts+nHosts/4, gen.LoadAvg(), writerNote)
	fmt.Fprintf(w, "| measure | value |\n|---|---|\n")
	fmt.Fprintf(w, "| requests received (all hosts, robots.txt included) | %d in %s |\n", total, span.Round(time.Millisecond))
	fmt.Fprintf(w, "| results (ok / failed) | %d / %d |\n", sink.ok.Load(), sink.failed.Load())
	fmt.Fprintf(w, "| aggregate rate | %.1f requests/s of %.0f allowed (%.1f%%) |\n", achieved, allowed, 100*share)
	if len(rates) > 0 {
		fmt.Fprintf(w, "| per-host rate (min / median / max) | %.2f / %.2f / %.2f requests/s |\n", rates[0], rates[len(rates)/2], rates[len(rates)-1])
	}
	g := gen.Percentiles(gaps, .01, .5, .99, 1)
	fmt.Fprintf(w, "| gap between a host's requests (p1 / p50 / p99 / max) | %s / %s / %s / %s |\n", gen.MS(g[0]), gen.MS(g[1]), gen.MS(g[2]), gen.MS(g[3]))
	fmt.Fprintf(w, "| most requests to one host in any 1-s window | %d (limit rate + burst = %g) |\n", worst, rate+float64(burst))
	fmt.Fprintf(w, "| hosts over the limit | %d of %d |\n", over, nHosts)
	fmt.Fprintf(w, "| crawl duration | %s |\n", crawlTime.Round(time.Millisecond))
	if tf != nil {
		n, d := gen.Percentiles(tf.next, .5, .99, 1), gen.Percentiles(tf.done, .5, .99, 1)
		fmt.Fprintf(w, "| frontier Next: calls (empty) / p50 / p99 / max | %d (%d) / %s / %s / %s |\n", len(tf.next), tf.empty, gen.MS(n[0]), gen.MS(n[1]), gen.MS(n[2]))
		fmt.Fprintf(w, "| frontier Done: calls (items) / p50 / p99 / max | %d (%d) / %s / %s / %s |\n", len(tf.done), tf.doneItems, gen.MS(d[0]), gen.MS(d[1]), gen.MS(d[2]))
	}
	fmt.Fprintf(w, "| goal (≥ 95%% of the allowed rate, no host over rate + burst) | %s |\n\n", goal)
	return nil
}

func memory(ctx context.Context, w io.Writer, nURLs, nHosts int, rate float64, concurrency int, noSync bool) error {
	hosts := make([]*httptest.Server, nHosts)
	for i := range hosts {
		hosts[i] = httptest.NewServer(gen.Pages{})
		defer hosts[i].Close()
	}
	db, closeDB, err := tempStore(ctx, os.TempDir(), noSync)
	if err != nil {
		return err
	}
	defer closeDB()
	cr := crawler.New(crawler.Config{Rate: rate, Burst: 10, Concurrency: concurrency, MaxHosts: 2 * nHosts,
		Extract: page.Extract, ParseFeed: page.ParseFeed})
	targets := func(yield func(string) bool) {
		for i := range nURLs {
			h := hosts[i%nHosts]
			if !yield(h.URL + gen.PagePath(i/nHosts)) {
				return
			}
		}
	}
	since := time.Now()
	start := time.Now()
	n, _, err := cr.Enqueue(ctx, db, "memory", since, iter.Seq[string](targets))
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "memory: %d URLs enqueued over %d hosts in %s\n", n, nHosts, time.Since(start).Round(time.Millisecond))
	ing := &ingest.Ingester{Creators: db, Visits: db, Scorer: scoring.New(), Languages: langdetect.New(),
		Suppressor: db, Identity: &ingest.Merger{Identity: db}}

	type point struct {
		urls          int
		elapsed       time.Duration
		heap, rss     uint64
		peakRSS, peak uint64
	}
	var (
		peakRSS, peakHeap atomic.Uint64
		points            []point
		done              int
		failed            int
	)
	sampleStop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		t := time.NewTicker(250 * time.Millisecond)
		defer t.Stop()
		var ms runtime.MemStats
		for {
			select {
			case <-sampleStop:
				return
			case <-t.C:
			}
			if r := uint64(gen.ProcStatus("RssAnon")); r > peakRSS.Load() {
				peakRSS.Store(r)
			}
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > peakHeap.Load() {
				peakHeap.Store(ms.HeapAlloc)
			}
		}
	}()
	marks := []int{10_000, 100_000, 200_000}
	if !slices.Contains(marks, nURLs) {
		marks = append(marks, nURLs)
	}
	crawlStart := time.Now()
	record := func() {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		rss := uint64(gen.ProcStatus("RssAnon"))
		peakRSS.Store(max(peakRSS.Load(), rss))
		points = append(points, point{urls: done, elapsed: time.Since(crawlStart), heap: ms.HeapAlloc, rss: rss, peakRSS: peakRSS.Load(), peak: peakHeap.Load()})
		fmt.Fprintf(os.Stderr, "memory: %d URLs in %s: heap %s, RssAnon %s (load average %s)\n", done, time.Since(crawlStart).Round(time.Second), mb(ms.HeapAlloc), mb(rss), gen.LoadAvg())
	}
	sum, err := cr.CrawlFrontier(ctx, crawler.FrontierRun{Frontier: db, JobID: "memory", Visits: db,
		OnResult: func(r *scout.CrawlResult) {
			done++
			if r.Failure != nil {
				failed++
			}
			if slices.Contains(marks, done) {
				record()
			} else if done%10_000 == 0 {
				fmt.Fprintf(os.Stderr, "memory: %d URLs in %s\n", done, time.Since(crawlStart).Round(time.Second))
			}
		}}, ing)
	close(sampleStop)
	<-sampled
	if err != nil {
		return err
	}
	if len(points) == 0 || points[len(points)-1].urls != done {
		record()
	}
	var dbSize int64
	if fi, err := os.Stat(db.Dir() + "/scout.db"); err == nil {
		dbSize = fi.Size()
	}
	fmt.Fprintf(w, "Memory: %d URLs of generated profile pages (about 1 KB each) over %d loopback hosts at up to %g requests/s each, crawl concurrency %d, through Enqueue + CrawlFrontier into a real store (extract, score, save, record the visit; fsync %s) without the index; %d results failed; store file %s; load average %s at the end.\n\n",
		done, nHosts, rate, concurrency, map[bool]string{true: "off", false: "on"}[noSync], failed, mb(uint64(dbSize)), gen.LoadAvg())
	fmt.Fprintf(w, "| URLs crawled | elapsed | rate | Go heap after GC | RssAnon | peak RssAnon so far | peak heap so far | goal (< 150 MB) |\n|---|---|---|---|---|---|---|---|\n")
	for _, p := range points {
		goal := "met"
		if p.peakRSS >= 150<<20 {
			goal = "**missed**"
		}
		fmt.Fprintf(w, "| %d | %s | %.0f URLs/s | %s | %s | %s | %s | %s |\n", p.urls, p.elapsed.Round(time.Second), float64(p.urls)/p.elapsed.Seconds(),
			mb(p.heap), mb(p.rss), mb(p.peakRSS), mb(p.peak), goal)
	}
	fmt.Fprintf(w, "\nCrawlFrontier: %d fetched, %s.\n\n", sum.Fetched, sum.Duration.Round(time.Second))
	return nil
}

func mb(b uint64) string { return fmt.Sprintf("%.1f MB", float64(b)/(1<<20)) }
