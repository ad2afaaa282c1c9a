package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/bench/gen"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/page"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/ingest"
	"github.com/scout-oss/scout/langdetect"
	"github.com/scout-oss/scout/scoring"
	"github.com/scout-oss/scout/store"
)

// indexBatch overrides the ingester's index batch when positive.
var indexBatch int

// cpuProfile, when set, receives a CPU profile of the full crawl.
var cpuProfile string

// serveEnv makes the benchmark binary a fixture server process: "HOSTS,PAGES".
const serveEnv = "SCOUT_BENCH_CEILING_SERVE"

// servePages is the fixture server process of the ceiling benchmark: it
// renders the pages, listens on one loopback port per host, prints
// "addr HOST:PORT" per host and "ready", then answers "stats" lines on
// stdin with "stats CONNECTIONS REQUESTS" and exits when stdin closes. It
// runs in its own process so that the crawl's CPU and memory are measured
// without it, while it still takes its share of the same two cores.
func servePages(spec string) {
	hosts, perHost, ok := strings.Cut(spec, ",")
	nh, err1 := strconv.Atoi(hosts)
	np, err2 := strconv.Atoi(perHost)
	if !ok || err1 != nil || err2 != nil {
		fmt.Fprintln(os.Stderr, "serve: bad spec", spec)
		os.Exit(2)
	}
	pages := gen.NewBigPages(nh, np, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	var conns, requests atomic.Int64
	for h := range nh {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			fmt.Fprintln(os.Stderr, "serve:", err)
			os.Exit(1)
		}
		srv := &http.Server{
			Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				requests.Add(1)
				rest, ok := strings.CutPrefix(r.URL.Path, "/c/")
				n, err := strconv.Atoi(rest)
				if !ok || err != nil || n < 0 || n >= np {
					http.NotFound(w, r)
					return
				}
				p := pages.Pages[h][n]
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				w.Header().Set("Content-Length", strconv.Itoa(pages.Size(h, n)))
				w.Write(p.Head)
				w.Write(pages.Shared[p.Shared])
				w.Write(p.Body)
			}),
			ConnState: func(_ net.Conn, s http.ConnState) {
				if s == http.StateNew {
					conns.Add(1)
				}
			},
		}
		go srv.Serve(ln)
		fmt.Printf("addr %s\n", ln.Addr())
	}
	fmt.Println("ready")
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		if sc.Text() == "stats" {
			fmt.Printf("stats %d %d\n", conns.Load(), requests.Load())
		}
	}
	os.Exit(0)
}

// pageServer is the parent's handle on the fixture server process.
type pageServer struct {
	cmd   *exec.Cmd
	in    io.WriteCloser
	out   *bufio.Scanner
	hosts []string // "127.0.0.1:port"
}

func startPageServer(hosts, perHost int) (*pageServer, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(self)
	cmd.Env = append(os.Environ(), fmt.Sprintf("%s=%d,%d", serveEnv, hosts, perHost))
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &pageServer{cmd: cmd, in: in, out: bufio.NewScanner(out)}
	for s.out.Scan() {
		line := s.out.Text()
		if line == "ready" {
			return s, nil
		}
		if a, ok := strings.CutPrefix(line, "addr "); ok {
			s.hosts = append(s.hosts, a)
		}
	}
	s.close()
	return nil, fmt.Errorf("page server ended before it was ready")
}

// stats returns the connections the servers accepted and the requests
// they answered so far.
func (s *pageServer) stats() (conns, requests int64) {
	fmt.Fprintln(s.in, "stats")
	if s.out.Scan() {
		fmt.Sscanf(s.out.Text(), "stats %d %d", &conns, &requests)
	}
	return conns, requests
}

// cpu is the server process's CPU time so far.
func (s *pageServer) cpu() time.Duration { return procCPU(s.cmd.Process.Pid) }

func (s *pageServer) close() {
	s.in.Close()
	s.cmd.Wait()
}

// procCPU reads a process's user + system time from /proc/PID/stat.
func procCPU(pid int) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * (time.Second / 100) // USER_HZ is 100 on Linux
}

// selfCPU is this process's user + system time so far.
func selfCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// phase is one side's figures.
type phase struct {
	name           string
	pages, failed  int
	wall           time.Duration
	cpu, serverCPU time.Duration
	peakAnon       int64 // peak RssAnon
	peakRSS        int64 // peak VmRSS (bbolt's and Bleve's mmaps included)
	conns          int64
}

func (p phase) rate() float64 { return float64(p.pages) / p.wall.Seconds() }

// cpuPerPage is the process's CPU time per page in milliseconds: what a
// page costs whatever else the machine runs.
func (p phase) cpuPerPage() float64 { return 1e3 * p.cpu.Seconds() / float64(max(p.pages, 1)) }

// busy is the cores the process kept busy on average.
func (p phase) busy() float64 { return p.cpu.Seconds() / p.wall.Seconds() }

// measure runs fn and samples memory every 100 ms while it runs.
func measure(srv *pageServer, name string, fn func() (pages, failed int, err error)) (phase, error) {
	runtime.GC()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	ph := phase{name: name}
	sample := func() {
		ph.peakAnon = max(ph.peakAnon, gen.ProcStatus("RssAnon"))
		ph.peakRSS = max(ph.peakRSS, gen.ProcStatus("VmRSS"))
	}
	sample()
	wg.Go(func() {
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				sample()
			}
		}
	})
	conns0, _ := srv.stats()
	cpu0, scpu0, t0 := selfCPU(), srv.cpu(), time.Now()
	pages, failed, err := fn()
	ph.wall = time.Since(t0)
	ph.cpu, ph.serverCPU = selfCPU()-cpu0, srv.cpu()-scpu0
	close(stop)
	wg.Wait()
	sample()
	conns1, _ := srv.stats()
	ph.pages, ph.failed, ph.conns = pages, failed, conns1-conns0
	return ph, err
}

// ceilingURLs lists the pages host by host in turn, as the frontier hands
// them out.
func ceilingURLs(hosts []string, perHost int) []string {
	out := make([]string, 0, len(hosts)*perHost)
	for n := range perHost {
		for _, h := range hosts {
			out = append(out, "http://"+h+gen.PagePath(n))
		}
	}
	return out
}

// baseline is the plain program Scout is measured against: net/http with
// keep-alive connections for every host, goquery, the JSON-LD blocks and
// Open Graph tags of each page read into a record and written as a JSON
// line (to io.Discard), concurrency workers.
func baseline(ctx context.Context, urls []string, concurrency, hosts int) (int, int, error) {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConns, tr.MaxIdleConnsPerHost = 0, 4
	client := &http.Client{Transport: tr}
	defer tr.CloseIdleConnections()
	work := make(chan string)
	var ok, failed atomic.Int64
	var wg sync.WaitGroup
	enc := json.NewEncoder(io.Discard)
	var encMu sync.Mutex
	for range concurrency {
		wg.Go(func() {
			for u := range work {
				rec, err := fetchExtract(ctx, client, u)
				if err != nil {
					failed.Add(1)
					continue
				}
				encMu.Lock()
				enc.Encode(rec)
				encMu.Unlock()
				ok.Add(1)
			}
		})
	}
	for _, u := range urls {
		work <- u
	}
	close(work)
	wg.Wait()
	return int(ok.Load()), int(failed.Load()), nil
}

// record is what the baseline extracts from a page.
type record struct {
	URL    string            `json:"url"`
	Meta   map[string]string `json:"meta"`
	LD     []any             `json:"ld"`
	Title  string            `json:"title"`
	Posts  int               `json:"posts"`
	Length int               `json:"length"`
}

func fetchExtract(ctx context.Context, client *http.Client, u string) (*record, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("fetch %s: %d %v", u, resp.StatusCode, err)
	}
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(string(body)))
	if err != nil {
		return nil, err
	}
	rec := &record{URL: u, Meta: map[string]string{}, Title: doc.Find("title").Text(), Length: len(body)}
	doc.Find("meta").Each(func(_ int, s *goquery.Selection) {
		k, _ := s.Attr("property")
		if k == "" {
			k, _ = s.Attr("name")
		}
		if v, ok := s.Attr("content"); ok && k != "" {
			rec.Meta[k] = v
		}
	})
	doc.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
		var v map[string]any
		if json.Unmarshal([]byte(s.Text()), &v) == nil {
			rec.LD = append(rec.LD, v)
			if parts, ok := v["hasPart"].([]any); ok {
				rec.Posts += len(parts)
			}
		}
	})
	return rec, nil
}

// scoutCrawl is the full crawl as `scout crawl` runs it: a job through
// the bbolt frontier, pages extracted by crawler/page, ingested with
// language detection, suppression, identity, scoring and the on-disk
// index, everything committed.
func scoutCrawl(ctx context.Context, dir string, urls []string, concurrency int, noSync bool) (int, int, error) {
	db, err := store.OpenWith(ctx, dir, store.Options{NoSync: noSync})
	if err != nil {
		return 0, 0, err
	}
	defer db.Close()
	idx, err := index.Open(filepath.Join(dir, "index.bleve"))
	if err != nil {
		return 0, 0, err
	}
	defer idx.Close()
	idx.SetReviews(db)
	ing := &ingest.Ingester{Creators: db, Visits: db, Index: idx, Scorer: scoring.New(), Languages: langdetect.New(),
		Suppressor: db, Identity: &ingest.Merger{Identity: db}, IndexBatch: indexBatch, IndexInBackground: true}
	cfg := crawler.Config{Rate: 1e6, Burst: 1000, Concurrency: concurrency, MaxHosts: 4 * len(urls),
		Extract: page.Extract, ParseFeed: page.ParseFeed, Validators: db.Validators()}
	job := &scout.CrawlJob{Origin: scout.OriginCLI}
	if err := db.CreateJob(ctx, job); err != nil {
		return 0, 0, err
	}
	failed := 0
	runner := &crawler.JobRunner{Crawler: crawler.New(cfg), Jobs: db, Frontier: db, Visits: db, Sink: ing,
		OnResult: func(_ *scout.CrawlJob, r *scout.CrawlResult) {
			if r.Failure != nil {
				failed++
				if failed <= 3 {
					fmt.Fprintf(os.Stderr, "ceiling: %s failed: %s: %s\n", r.URL, r.Failure.Kind, r.Failure.Message)
				}
			}
		}}
	sum, err := runner.Run(ctx, job, func(yield func(string) bool) {
		for _, u := range urls {
			if !yield(u) {
				return
			}
		}
	})
	if err != nil {
		return 0, 0, err
	}
	if n, err := idx.Count(ctx); err != nil || n != sum.Profiles {
		return 0, 0, fmt.Errorf("index holds %d creators (%v), want %d", n, err, sum.Profiles)
	}
	return sum.Profiles, failed, nil
}

func ceiling(ctx context.Context, w io.Writer, dir string, nHosts, perHost, concurrency int, noSync bool) error {
	need := int64(nHosts*perHost) * 60 << 10 // store, index and the frontier's churn per page, with room
	if err := checkFree(dir, need); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "ceiling: rendering %d pages over %d hosts in the server process\n", nHosts*perHost, nHosts)
	srv, err := startPageServer(nHosts, perHost)
	if err != nil {
		return err
	}
	defer srv.close()
	urls := ceilingURLs(srv.hosts, perHost)
	var phases []phase
	run := func(name string, fn func() (int, int, error)) error {
		fmt.Fprintf(os.Stderr, "ceiling: %s (load average %s)\n", name, gen.LoadAvg())
		ph, err := measure(srv, name, fn)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		fmt.Fprintf(os.Stderr, "ceiling: %s: %d pages in %s, %.0f pages/s, %.2f cores, %.2f ms CPU per page\n", name, ph.pages, ph.wall.Round(time.Millisecond), ph.rate(), ph.busy(), ph.cpuPerPage())
		phases = append(phases, ph)
		return nil
	}
	base := func() (int, int, error) { return baseline(ctx, urls, concurrency, nHosts) }
	storeDir, err := os.MkdirTemp(dir, "ceiling-store-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(storeDir)
	full := func() (int, int, error) {
		if cpuProfile != "" {
			f, err := os.Create(cpuProfile)
			if err != nil {
				return 0, 0, err
			}
			defer f.Close()
			if err := pprof.StartCPUProfile(f); err != nil {
				return 0, 0, err
			}
			defer pprof.StopCPUProfile()
		}
		return scoutCrawl(ctx, storeDir, urls, concurrency, noSync)
	}
	// The baseline runs before and after the crawl, and the ratio is taken
	// against their mean, so a machine that gets busier or quieter during
	// the run does not favour either side.
	for _, step := range []struct {
		name string
		fn   func() (int, int, error)
	}{{"net/http + goquery", base}, {"scout crawl", full}, {"net/http + goquery, again", base}} {
		if err := run(step.name, step.fn); err != nil {
			return err
		}
	}
	b1, s, b2 := phases[0], phases[1], phases[2]
	baseRate := (b1.rate() + b2.rate()) / 2
	ratio := s.rate() / baseRate
	goal := "met"
	if ratio < 0.6 {
		goal = "**missed**"
	}
	fmt.Fprintf(w, "Ceiling: %d pre-rendered profile pages of about 150 KB (JSON-LD ProfilePage with 20 posts, Open Graph, CSS, markup, an inline script) over %d loopback hosts served by a separate process, politeness far above the CPU limit (1,000,000 requests/s per host), concurrency %d on both sides; the full crawl is a job through the bbolt frontier into the store (fsync %s), scored, with detected languages, identity and the on-disk index; load average %s at the end.\n\n",
		nHosts*perHost, nHosts, concurrency, map[bool]string{true: "off", false: "on"}[noSync], gen.LoadAvg())
	fmt.Fprintf(w, "| program | pages | failed | wall | pages/s | CPU (cores busy) | CPU per page | server CPU | peak RssAnon | peak VmRSS | connections opened |\n|---|---|---|---|---|---|---|---|---|---|---|\n")
	for _, p := range phases {
		fmt.Fprintf(w, "| %s | %d | %d | %s | %.0f | %.1f s (%.2f) | %.2f ms | %.1f s | %s | %s | %d |\n", p.name, p.pages, p.failed, p.wall.Round(time.Millisecond), p.rate(),
			p.cpu.Seconds(), p.busy(), p.cpuPerPage(), p.serverCPU.Seconds(), mb(uint64(p.peakAnon)), mb(uint64(p.peakRSS)), p.conns)
	}
	fmt.Fprintf(w, "\n| measure | value |\n|---|---|\n")
	fmt.Fprintf(w, "| scout crawl / net/http + goquery (mean of both runs) | %.2f× (%.0f / %.0f pages/s) |\n", ratio, s.rate(), baseRate)
	baseCPU := 1e3 * (b1.cpu + b2.cpu).Seconds() / float64(max(b1.pages+b2.pages, 1))
	fmt.Fprintf(w, "| CPU per page: scout crawl / baseline | %.2f ms / %.2f ms (%.2f×) |\n", s.cpuPerPage(), baseCPU, baseCPU/max(s.cpuPerPage(), 1e-9))
	fmt.Fprintf(w, "| cores busy: scout crawl / baseline (mean) | %.2f / %.2f |\n", s.busy(), (b1.busy()+b2.busy())/2)
	fmt.Fprintf(w, "| ratio if both kept 2 cores busy (baseline CPU per page / scout's) | %.2f× |\n", baseCPU/max(s.cpuPerPage(), 1e-9))
	fmt.Fprintf(w, "| goal (≥ 0.6×) | %s |\n\n", goal)
	return nil
}

// checkFree refuses to run when dir's file system has less than need
// bytes free.
func checkFree(dir string, need int64) error {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return fmt.Errorf("check free disk in %s: %w", dir, err)
	}
	free := int64(st.Bavail) * int64(st.Bsize)
	if free < need {
		return fmt.Errorf("%s has %s free; this benchmark needs about %s: free some space or point -dir elsewhere", dir, mb(uint64(free)), mb(uint64(need)))
	}
	return nil
}
