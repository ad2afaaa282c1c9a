// Command fairuse measures what one greedy API key can do to everyone
// else: it serves generated creators from a real store and on-disk index
// (as `scout serve` opens them), lets one viewer key keep 40 XLSX exports
// of every creator going at once (each worker asks again 100 ms after an
// answer, refusals included), and meanwhile sends searches from other keys
// at a constant rate, open loop, timing each from its scheduled start. It
// reports the other keys' search latency before and during the exports,
// the exports done and refused, and the process's memory above idle.
//
//	go run ./bench/fairuse                                    # the fair-use limits' defaults
//	go run ./bench/fairuse -heavy-per-key 0 -heavy-total 0    # no limits, for comparison
//	go run ./bench/fairuse -greedy-keys 2 -heavy-total 2      # two greedy keys, two heavy requests at once
//	go run ./bench/fairuse -dir /tmp/fu -cpuprofile cpu.out -memprofile mem.out  # profiles of the exports' window
//
// Beside the latencies it reports the garbage collector's work in each
// window (cycles, CPU spent marking, of it in assists charged to the
// allocating goroutines, searches included, and stop-the-world pauses) and
// the bytes and objects allocated per exported creator, which is what
// drives that work.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/bench/gen"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/store"
)

type config struct {
	creators    int
	exports     int
	greedyKeys  int
	format      string
	searchRate  float64
	keys        int
	baseline    time.Duration
	duration    time.Duration
	heavyPerKey int
	heavyTotal  int
	dir         string
	cpuProfile  string
	memProfile  string
}

func main() {
	var cfg config
	flag.IntVar(&cfg.creators, "creators", 10_000, "creators to generate")
	flag.IntVar(&cfg.exports, "exports", 40, "exports each greedy key keeps going at once")
	flag.IntVar(&cfg.greedyKeys, "greedy-keys", 1, "greedy keys, each keeping -exports exports going (2 shows what -heavy-total leaves the searches)")
	flag.StringVar(&cfg.format, "format", "xlsx", "export format")
	flag.Float64Var(&cfg.searchRate, "search-rate", 20, "searches per second from the other keys (open loop)")
	flag.IntVar(&cfg.keys, "keys", 4, "other keys, sharing the searches round robin")
	flag.DurationVar(&cfg.baseline, "baseline", 10*time.Second, "searches alone first, for comparison")
	flag.DurationVar(&cfg.duration, "duration", 30*time.Second, "searches during the exports")
	flag.IntVar(&cfg.heavyPerKey, "heavy-per-key", api.DefaultHeavyPerKey, "the server's fair-use limit per key (0: none)")
	flag.IntVar(&cfg.heavyTotal, "heavy-total", api.DefaultHeavyTotal(), "the server's fair-use limit in all (0: none)")
	flag.StringVar(&cfg.dir, "dir", "", "build the corpus in DIR and keep it; a DIR holding one of the same size is reused")
	flag.StringVar(&cfg.cpuProfile, "cpuprofile", "", "write a CPU profile of the exports' window to this file")
	flag.StringVar(&cfg.memProfile, "memprofile", "", "write an allocation profile (allocations made during the exports' window) to this file")
	flag.Parse()
	if err := run(context.Background(), cfg); err != nil {
		fmt.Fprintln(os.Stderr, "fairuse:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, cfg config) error {
	dir := cfg.dir
	if dir == "" {
		var err error
		if dir, err = os.MkdirTemp("", "scout-fairuse-"); err != nil {
			return err
		}
		defer os.RemoveAll(dir)
	}
	if _, err := gen.Build(ctx, dir, cfg.creators, 3*time.Minute, os.Stderr); err != nil {
		return err
	}
	db, err := store.Open(ctx, dir)
	if err != nil {
		return err
	}
	defer db.Close()
	idx, err := index.Open(gen.IndexPath(dir))
	if err != nil {
		return err
	}
	defer idx.Close()
	idx.SetReviews(db)

	greedy := make([]string, max(1, cfg.greedyKeys))
	for i := range greedy {
		if _, greedy[i], err = db.CreateKey(ctx, fmt.Sprintf("greedy-%d", i), scout.RoleViewer); err != nil {
			return err
		}
	}
	others := make([]string, cfg.keys)
	for i := range others {
		if _, others[i], err = db.CreateKey(ctx, fmt.Sprintf("other-%d", i), scout.RoleViewer); err != nil {
			return err
		}
	}
	srv := api.NewServer() // the default per-key rate limit (20/s, burst 40) lets 40 exports in at once
	srv.Addr = "127.0.0.1:0"
	srv.Creators, srv.Index, srv.Keys = db, idx, db
	srv.Shortlists, srv.Hidden = db, db
	srv.HeavyPerKey, srv.HeavyTotal = cfg.heavyPerKey, cfg.heavyTotal
	if err := srv.Open(); err != nil {
		return err
	}
	defer srv.Close()
	base := srv.URL()
	client := &http.Client{Timeout: 5 * time.Minute, Transport: &http.Transport{MaxIdleConns: 256, MaxIdleConnsPerHost: 256}}

	g := gen.NewGenerator(time.Now())
	rnd := rand.New(rand.NewPCG(7, 7))
	searchURL := func() string {
		v := url.Values{"q": {g.TopicQuery(rnd)}}
		gen.AddFilters(v, rnd)
		return base + "/api/v1/creators?" + v.Encode()
	}
	// Warm the index and the page cache, then take the idle figure.
	// Spread over the other keys, so no key's own rate limit answers.
	for i := range 40 {
		if st, _ := get(ctx, client, searchURL(), others[i%len(others)]); st != http.StatusOK {
			return fmt.Errorf("warm-up search: status %d", st)
		}
	}
	debug.FreeOSMemory() // what building or opening the corpus left behind is not idle use
	idleRSS, idleAnon := gen.ProcStatus("VmRSS"), gen.ProcStatus("RssAnon")
	loadStart := gen.LoadAvg()

	g0 := readGC()
	before := searches(ctx, client, cfg, others, searchURL, cfg.baseline)
	alone := since(g0, readGC())

	// The greedy key: cfg.exports workers, each asking again 100 ms after
	// every answer, whatever it was.
	exportCtx, stopExports := context.WithCancel(ctx)
	var done, refused, failed atomic.Int64
	var wg sync.WaitGroup
	exportURL := base + "/api/v1/creators/export?format=" + cfg.format
	for i := range cfg.exports * len(greedy) {
		key := greedy[i%len(greedy)]
		wg.Add(1)
		go func() {
			defer wg.Done()
			for exportCtx.Err() == nil {
				st, _ := get(exportCtx, client, exportURL, key)
				switch {
				case st == http.StatusOK:
					done.Add(1)
				case st == http.StatusTooManyRequests:
					refused.Add(1)
				case exportCtx.Err() == nil:
					failed.Add(1)
				}
				select {
				case <-exportCtx.Done():
				case <-time.After(100 * time.Millisecond):
				}
			}
		}()
	}
	// Peak memory while the exports run.
	var peakRSS, peakAnon atomic.Int64
	sampleCtx, stopSampling := context.WithCancel(ctx)
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		for {
			if v := gen.ProcStatus("VmRSS"); v > peakRSS.Load() {
				peakRSS.Store(v)
			}
			if v := gen.ProcStatus("RssAnon"); v > peakAnon.Load() {
				peakAnon.Store(v)
			}
			select {
			case <-sampleCtx.Done():
				return
			case <-t.C:
			}
		}
	}()
	time.Sleep(2 * time.Second) // let the exports get going
	prof := &profiles{cpu: cfg.cpuProfile, mem: cfg.memProfile}
	profErr := prof.start()
	g1, done1 := readGC(), done.Load()
	during := searches(ctx, client, cfg, others, searchURL, cfg.duration)
	exporting, done2 := since(g1, readGC()), done.Load()
	if profErr == nil {
		profErr = prof.stop()
	}
	stopExports()
	wg.Wait()
	stopSampling()
	<-sampled
	if profErr != nil {
		return fmt.Errorf("profile: %w", profErr)
	}

	w := os.Stdout
	fmt.Fprintf(w, "Machine: %d cores (GOMAXPROCS %d), %s/%s, %s; load average %s at the start, %s at the end.\n",
		runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.GOOS, runtime.GOARCH, runtime.Version(), loadStart, gen.LoadAvg())
	limits := fmt.Sprintf("fair-use limits %d per key, %d in all", cfg.heavyPerKey, cfg.heavyTotal)
	if cfg.heavyPerKey == 0 && cfg.heavyTotal == 0 {
		limits = "no fair-use limits"
	}
	fmt.Fprintf(w, "%d creators; %s; %d key(s) each keep %d %s exports of every creator going; %d other keys search at %.0f/s (open loop), %s alone, then %s during the exports.\n\n",
		cfg.creators, limits, len(greedy), cfg.exports, cfg.format, cfg.keys, cfg.searchRate, cfg.baseline, cfg.duration)
	fmt.Fprintf(w, "| other keys' searches | n | errors | p50 | p95 | p99 | max |\n|---|---|---|---|---|---|---|\n")
	row := func(name string, r searchRun) {
		p := gen.Percentiles(r.latencies, .5, .95, .99, 1)
		fmt.Fprintf(w, "| %s | %d | %d | %s | %s | %s | %s |\n", name, len(r.latencies), r.errors, gen.MS(p[0]), gen.MS(p[1]), gen.MS(p[2]), gen.MS(p[3]))
	}
	row("alone", before)
	row("during the exports", during)
	mb := func(b int64) string { return fmt.Sprintf("%.0f MB", float64(b)/(1<<20)) }
	fmt.Fprintf(w, "\n| result | value |\n|---|---|\n")
	fmt.Fprintf(w, "| exports done (200) | %d |\n", done.Load())
	fmt.Fprintf(w, "| exports refused (429) | %d |\n", refused.Load())
	fmt.Fprintf(w, "| exports failed otherwise | %d |\n", failed.Load())
	fmt.Fprintf(w, "| RSS idle → peak (above idle) | %s → %s (+%s) |\n", mb(idleRSS), mb(peakRSS.Load()), mb(peakRSS.Load()-idleRSS))
	fmt.Fprintf(w, "| anonymous RSS idle → peak (above idle) | %s → %s (+%s) |\n", mb(idleAnon), mb(peakAnon.Load()), mb(peakAnon.Load()-idleAnon))
	fmt.Fprintf(w, "\n| garbage collection | allocated | objects | cycles | marking (share of CPU) | of it assists | pauses |\n|---|---|---|---|---|---|---|\n")
	fmt.Fprint(w, alone.row("searches alone"))
	fmt.Fprint(w, exporting.row("during the exports"))
	if exported := float64(done2-done1) * float64(cfg.creators); exported > 0 {
		// What the searches allocate at the same rate as alone is not the
		// exports'.
		b := exporting.allocBytes - alone.allocBytes/alone.secs*exporting.secs
		o := exporting.allocObjects - alone.allocObjects/alone.secs*exporting.secs
		fmt.Fprintf(w, "\nThe exports allocated about %.1f KB and %.0f objects per exported creator (%d exports finished in the window).\n",
			b/exported/1024, o/exported, done2-done1)
	}
	p99 := gen.Percentiles(during.latencies, .99)[0]
	goal := "met"
	if p99 >= 100*time.Millisecond || peakRSS.Load()-idleRSS >= 150<<20 || during.errors > 0 {
		goal = "**missed**"
	}
	fmt.Fprintf(w, "| goal (other keys' p99 < 100 ms, RSS < 150 MB above idle, no search errors) | %s (p99 %s) |\n", goal, gen.MS(p99))
	return nil
}

// searchRun is the outcome of one open-loop run of searches.
type searchRun struct {
	latencies []time.Duration
	errors    int
}

// searches sends searches from the other keys at cfg.searchRate for d,
// each timed from its scheduled start.
func searches(ctx context.Context, client *http.Client, cfg config, keys []string, next func() string, d time.Duration) searchRun {
	interval := time.Duration(float64(time.Second) / cfg.searchRate)
	n := int(d / interval)
	lat := make([]time.Duration, n)
	status := make([]int, n)
	var wg sync.WaitGroup
	start := time.Now()
	for i := range n {
		sched := start.Add(time.Duration(i) * interval)
		if w := time.Until(sched); w > 0 {
			time.Sleep(w)
		}
		u, key := next(), keys[i%len(keys)]
		wg.Add(1)
		go func() {
			defer wg.Done()
			status[i], _ = get(ctx, client, u, key)
			lat[i] = time.Since(sched)
		}()
	}
	wg.Wait()
	r := searchRun{latencies: lat}
	for _, st := range status {
		if st != http.StatusOK {
			r.errors++
		}
	}
	return r
}

// get sends one GET with key and reads the body to the end; status 0 is
// a transport error.
func get(ctx context.Context, c *http.Client, u, key string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Authorization", "Bearer "+key)
	resp, err := c.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}
