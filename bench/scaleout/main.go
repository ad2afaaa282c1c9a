// Command scaleout benchmarks crawling on several machines: 1, 2 and 4
// `scout worker` processes fetch from loopback fixture hosts through a
// real redis-server (started here, on a free loopback port), and an
// in-process fleet consumer acknowledges their results without storing
// them, so the workers are what is measured. It prints Markdown tables for
// README ("Running on several machines").
//
// fetch: a fetch-bound setting: each fixture host adds -latency to every
// answer, each worker's concurrency is capped at -concurrency, and the
// job's politeness budget is far above what the workers can use; the
// throughput of 2 and 4 workers is reported as a ratio to 1 worker (goal:
// at least 1.8× at 2). cpu: the same without latency, where the workers'
// parsing (and the two cores) bind; reported, not gated.
//
// budget: the politeness budget binds: -budget-hosts hosts at -rate with
// burst 1, four workers with concurrency to spare. It reports the
// aggregate request rate the fleet sustained against the aggregate budget
// (goal: at least 95%) and the hosts that ever got more than rate + burst
// requests in a one-second window, from their own logs (goal: none).
//
// memory: two workers crawl -mem-urls small pages; each worker's RssAnon
// (/proc/PID/status) is read when the fleet has fetched 10k, 100k and
// 200k URLs (those not above -mem-urls).
//
//	go run ./bench/scaleout                          # fetch, cpu, budget
//	go run ./bench/scaleout -run memory -mem-urls 200000
//
// Not run by .ci/run. Needs redis-server on the PATH.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/bench/gen"
	"github.com/scout-oss/scout/fleet"
	"github.com/scout-oss/scout/internal/redistest"
)

func main() {
	which := flag.String("run", "fetch,cpu,budget", "benchmarks, comma-separated: fetch, cpu, budget, memory")
	scoutBin := flag.String("scout", "", "the scout binary the workers run (default: built from ./cmd/scout)")
	hosts := flag.Int("hosts", 40, "fetch, cpu: fixture hosts")
	pages := flag.Int("pages", 1600, "fetch, cpu: pages in all")
	latency := flag.Duration("latency", 100*time.Millisecond, "fetch: added to every answer")
	conc := flag.Int("concurrency", 8, "fetch, cpu: each worker's --concurrency")
	budgetHosts := flag.Int("budget-hosts", 20, "budget: fixture hosts")
	rate := flag.Float64("rate", 5, "budget: requests/s allowed per host")
	budgetFor := flag.Duration("budget-duration", 12*time.Second, "budget: pages per host = rate × duration")
	memURLs := flag.Int("mem-urls", 20_000, "memory: URLs in all")
	flag.Parse()
	ctx := context.Background()
	bin := *scoutBin
	if bin == "" {
		dir, err := os.MkdirTemp("", "scaleout-")
		if err != nil {
			fail(err)
		}
		defer os.RemoveAll(dir)
		bin = filepath.Join(dir, "scout")
		cmd := exec.Command("go", "build", "-o", bin, "./cmd/scout")
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			fail(fmt.Errorf("build scout: %w", err))
		}
	}
	fmt.Printf("Machine: %d cores, %s/%s, %s; load average %s; %s.\n\n", runtime.NumCPU(), runtime.GOOS, runtime.GOARCH,
		runtime.Version(), gen.LoadAvg(), time.Now().UTC().Format("2006-01-02"))
	for _, name := range strings.Split(*which, ",") {
		var err error
		switch strings.TrimSpace(name) {
		case "fetch":
			err = scaling(ctx, bin, "fetch-bound", *hosts, *pages, *latency, *conc, true)
		case "cpu":
			err = scaling(ctx, bin, "CPU-bound", *hosts, *pages, 0, *conc*4, false)
		case "budget":
			err = budget(ctx, bin, *budgetHosts, *rate, *budgetFor)
		case "memory":
			err = memory(ctx, bin, *memURLs)
		default:
			err = fmt.Errorf("unknown benchmark %q (fetch, cpu, budget, memory)", name)
		}
		if err != nil {
			fail(err)
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "scaleout:", err)
	os.Exit(1)
}

// web is the fixture hosts: generated profile pages of realistic size
// (bench/gen's pre-rendered ~150 KB pages, a few per host reused under
// every /c/N) or small ones, each host logging its request times.
type web struct {
	hosts []*host
	small bool
	big   *gen.BigPages
}

type host struct {
	srv     *httptest.Server
	latency time.Duration
	mu      sync.Mutex
	log     []time.Time
}

const bigPerHost = 4 // distinct big pages per host

func startWeb(n int, latency time.Duration, small bool) *web {
	w := &web{small: small}
	if !small {
		w.big = gen.NewBigPages(n, bigPerHost, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	}
	for i := range n {
		h := &host{latency: latency}
		h.srv = httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
			h.mu.Lock()
			h.log = append(h.log, time.Now())
			h.mu.Unlock()
			if h.latency > 0 {
				time.Sleep(h.latency)
			}
			if w.small {
				gen.Pages{}.ServeHTTP(rw, r)
				return
			}
			rest, ok := strings.CutPrefix(r.URL.Path, "/c/")
			k, err := strconv.Atoi(rest)
			if !ok || err != nil || k < 0 {
				http.NotFound(rw, r)
				return
			}
			p := w.big.Pages[i][k%bigPerHost]
			rw.Header().Set("Content-Type", "text/html; charset=utf-8")
			rw.Header().Set("Content-Length", strconv.Itoa(w.big.Size(i, k%bigPerHost)))
			rw.Write(p.Head)
			rw.Write(w.big.Shared[p.Shared])
			rw.Write(p.Body)
		}))
		w.hosts = append(w.hosts, h)
	}
	return w
}

func (w *web) close() {
	for _, h := range w.hosts {
		h.srv.Close()
	}
}

// items are perHost pages of every host, round robin, for job.
func (w *web) items(job string, perHost int) []scout.FrontierItem {
	now := time.Now()
	var out []scout.FrontierItem
	for n := range perHost {
		for _, h := range w.hosts {
			host := strings.TrimPrefix(h.srv.URL, "http://")
			out = append(out, scout.FrontierItem{JobID: job, URL: h.srv.URL + gen.PagePath(n), Host: host, Due: now, Since: now})
		}
	}
	return out
}

// sink counts results; the benchmark measures the workers, not ingest.
type sink struct{ n, failed atomic.Int64 }

func (s *sink) IngestBatch(_ context.Context, rs []*scout.CrawlResult) []error {
	for _, r := range rs {
		s.n.Add(1)
		if r.Failure != nil {
			s.failed.Add(1)
		}
	}
	return make([]error, len(rs))
}

// fleetRun is one redis-server, its workers and the consumer.
type fleetRun struct {
	srv      *redistest.Server
	f        *fleet.Fleet
	workers  []*exec.Cmd
	sink     *sink
	stopCons func()
}

func startFleet(ctx context.Context, bin string, workers, conc int) (*fleetRun, error) {
	srv, err := redistest.Start(redistest.Options{})
	if err != nil {
		return nil, err
	}
	r := &fleetRun{srv: srv, sink: &sink{}}
	r.f, err = fleet.Open(ctx, srv.URL(), fleet.Options{Name: fleet.IngesterName})
	if err != nil {
		srv.Stop()
		return nil, err
	}
	c := &fleet.Consumer{Fleet: r.f, Sink: r.sink, Batch: 256}
	cctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = c.Run(cctx)
	}()
	r.stopCons = func() { cancel(); <-done }
	for i := range workers {
		cmd := exec.Command(bin, "worker", "--redis", srv.URL(), "--id", fmt.Sprintf("w%d", i+1),
			"--concurrency", strconv.Itoa(conc), "--timeout", "10s")
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			r.stop()
			return nil, err
		}
		r.workers = append(r.workers, cmd)
	}
	// Wait until every worker has said it is alive.
	deadline := time.Now().Add(30 * time.Second)
	for {
		st, err := r.f.Stats(ctx)
		if err == nil && len(st.Workers) == workers {
			return r, nil
		}
		if time.Now().After(deadline) {
			r.stop()
			return nil, errors.New("workers did not start")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (r *fleetRun) stop() {
	for _, w := range r.workers {
		_ = w.Process.Signal(syscall.SIGTERM)
	}
	for _, w := range r.workers {
		_ = w.Wait()
	}
	r.stopCons()
	r.f.Close()
	r.srv.Stop()
	os.RemoveAll(r.srv.Dir)
}

// crawl queues items as one job with policy and waits until the consumer
// saw them all; sample, when set, is called every 100 ms meanwhile.
func (r *fleetRun) crawl(ctx context.Context, items []scout.FrontierItem, policy *scout.CrawlPolicy, sample func(done int64)) (time.Duration, error) {
	job := &scout.CrawlJob{Origin: scout.OriginCLI, Policy: policy}
	if err := r.f.CreateJob(ctx, job); err != nil {
		return 0, err
	}
	for i := range items {
		items[i].JobID = job.ID
	}
	start, want := time.Now(), r.sink.n.Load()+int64(len(items))
	if err := r.f.Push(ctx, items...); err != nil {
		return 0, err
	}
	last, lastAt := r.sink.n.Load(), time.Now()
	for r.sink.n.Load() < want {
		if n := r.sink.n.Load(); n != last {
			last, lastAt = n, time.Now()
		} else if time.Since(lastAt) > time.Minute {
			j, _ := r.f.FindJobByID(ctx, job.ID)
			return 0, fmt.Errorf("stuck at %d of %d results for a minute; the job counts %d fetched, %d pending", n, want, j.Fetched, len(items)-j.Fetched)
		}
		if sample != nil {
			sample(r.sink.n.Load())
		}
		time.Sleep(100 * time.Millisecond)
	}
	if sample != nil {
		sample(r.sink.n.Load())
	}
	if n := r.sink.failed.Load(); n > 0 {
		return 0, fmt.Errorf("%d targets failed", n)
	}
	return time.Since(start), nil
}

// rssAnon reads a process's anonymous resident memory in bytes.
func rssAnon(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "RssAnon:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// open is a policy far above what the workers can use.
var open = &scout.CrawlPolicy{Rate: 10_000, Burst: 100, PerHost: 64}

// scaling crawls the same pages with 1, 2 and 4 workers and prints the
// throughputs and ratios.
func scaling(ctx context.Context, bin, name string, hosts, pages int, latency time.Duration, conc int, big bool) error {
	w := startWeb(hosts, latency, !big)
	defer w.close()
	fmt.Printf("### %s: %d hosts, %d pages (%s), latency %s, --concurrency %d per worker\n\n", name, hosts, pages,
		map[bool]string{true: "~150 KB each", false: "~1 KB each"}[big], latency, conc)
	fmt.Println("| workers | pages/s | ratio to 1 worker | pages/s per worker | worker CPU s per 1,000 pages | peak RssAnon per worker |")
	fmt.Println("|---|---|---|---|---|---|")
	var base float64
	for _, n := range []int{1, 2, 4} {
		r, err := startFleet(ctx, bin, n, conc)
		if err != nil {
			return err
		}
		var peak int64
		sample := func(int64) {
			for _, c := range r.workers {
				peak = max(peak, rssAnon(c.Process.Pid))
			}
		}
		cpu0 := workersCPU(r.workers)
		d, err := r.crawl(ctx, w.items("", max(1, pages/hosts)), open, sample)
		cpu := workersCPU(r.workers) - cpu0
		r.stop()
		if err != nil {
			return err
		}
		total := max(1, pages/hosts) * hosts
		rate := float64(total) / d.Seconds()
		if n == 1 {
			base = rate
		}
		fmt.Printf("| %d | %.0f | %.2f× | %.0f | %.2f | %.0f MB |\n", n, rate, rate/base, rate/float64(n),
			cpu.Seconds()/float64(total)*1000, float64(peak)/(1<<20))
	}
	fmt.Println()
	return nil
}

// workersCPU sums the user and system CPU time of the workers so far.
func workersCPU(ws []*exec.Cmd) time.Duration {
	var sum time.Duration
	for _, c := range ws {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", c.Process.Pid))
		if err != nil {
			continue
		}
		s := string(b)
		f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
		if len(f) > 12 {
			ut, _ := strconv.ParseInt(f[11], 10, 64)
			st, _ := strconv.ParseInt(f[12], 10, 64)
			sum += time.Duration(ut+st) * time.Second / 100 // USER_HZ
		}
	}
	return sum
}

// budget runs four workers against hosts at rate with burst 1, far more
// concurrency than the budget needs, and reads the hosts' own logs.
func budget(ctx context.Context, bin string, hosts int, rate float64, dur time.Duration) error {
	w := startWeb(hosts, 20*time.Millisecond, true)
	defer w.close()
	perHost := int(rate * dur.Seconds())
	r, err := startFleet(ctx, bin, 4, 16)
	if err != nil {
		return err
	}
	_, err = r.crawl(ctx, w.items("", perHost), &scout.CrawlPolicy{Rate: rate, Burst: 1, PerHost: 1}, nil)
	r.stop()
	if err != nil {
		return err
	}
	var reqs, over int
	var first, last time.Time
	worst := 0
	for _, h := range w.hosts {
		h.mu.Lock()
		log := slices.Clone(h.log)
		h.mu.Unlock()
		slices.SortFunc(log, func(a, b time.Time) int { return a.Compare(b) })
		reqs += len(log)
		if first.IsZero() || log[0].Before(first) {
			first = log[0]
		}
		if log[len(log)-1].After(last) {
			last = log[len(log)-1]
		}
		most := 0
		for i := range log {
			j := i
			for j < len(log) && log[j].Sub(log[i]) < time.Second {
				j++
			}
			most = max(most, j-i)
		}
		worst = max(worst, most)
		if most > int(rate)+1 {
			over++
		}
	}
	// Each host's first request is free (burst 1); the rest are paced.
	got := float64(reqs-hosts) / last.Sub(first).Seconds()
	allowed := float64(hosts) * rate
	fmt.Printf("### politeness budget binding: %d hosts at %.0f/s, burst 1, 4 workers × --concurrency 16\n\n", hosts, rate)
	fmt.Println("| requests | over | aggregate rate | budget | share of budget | most in any 1 s window (limit) | hosts over |")
	fmt.Println("|---|---|---|---|---|---|---|")
	fmt.Printf("| %d | %s | %.1f/s | %.0f/s | %.1f%% | %d (%d) | %d |\n\n", reqs, last.Sub(first).Round(10*time.Millisecond),
		got, allowed, 100*got/allowed, worst, int(rate)+1, over)
	return nil
}

// memory crawls urls small pages with two workers and reads each
// worker's RssAnon at 10k, 100k and 200k fetched URLs.
func memory(ctx context.Context, bin string, urls int) error {
	const hosts = 200
	w := startWeb(hosts, 0, true)
	defer w.close()
	r, err := startFleet(ctx, bin, 2, 32)
	if err != nil {
		return err
	}
	marks := []int64{10_000, 100_000, 200_000}
	type row struct {
		at  int64
		rss []int64
	}
	var rows []row
	sample := func(done int64) {
		for len(marks) > 0 && done >= marks[0] {
			rw := row{at: marks[0]}
			for _, c := range r.workers {
				rw.rss = append(rw.rss, rssAnon(c.Process.Pid))
			}
			rows = append(rows, rw)
			marks = marks[1:]
		}
	}
	d, err := r.crawl(ctx, w.items("", max(1, urls/hosts)), open, sample)
	r.stop()
	if err != nil {
		return err
	}
	fmt.Printf("### memory: 2 workers × --concurrency 32, %d hosts, %d pages (~1 KB) in %s\n\n", hosts, urls, d.Round(time.Second))
	fmt.Println("| URLs fetched | RssAnon w1 | RssAnon w2 |")
	fmt.Println("|---|---|---|")
	for _, rw := range rows {
		fmt.Printf("| %d | %.0f MB | %.0f MB |\n", rw.at, float64(rw.rss[0])/(1<<20), float64(rw.rss[1])/(1<<20))
	}
	fmt.Println()
	return nil
}
