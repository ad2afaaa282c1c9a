package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"os/signal"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/bench/gen"
	"github.com/scout-oss/scout/fleet"
	"github.com/scout-oss/scout/internal/redistest"
)

// fleetChildEnv carries the arguments of TestFleetChild.
const fleetChildEnv = "SCOUT_TEST_FLEET_CHILD"

// TestFleetChild is not a test: it is a scout process of the fleet tests
// (a worker, the ingester), stopped by SIGTERM as in production or killed.
func TestFleetChild(t *testing.T) {
	args := os.Getenv(fleetChildEnv)
	if args == "" {
		t.Skip("child process of the fleet tests")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(NewMain().Run(ctx, strings.Split(args, "\x1f")))
}

// fleetProc is one scout process of a fleet test, its output in a file.
type fleetProc struct {
	cmd  *exec.Cmd
	out  string
	done chan struct{}
	err  error
}

// startFleetChild starts scout args in a child process; crash is the
// crash hook ("" for none). The child is killed when the test ends.
func startFleetChild(t *testing.T, crash string, args ...string) *fleetProc {
	t.Helper()
	out, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	cmd := exec.Command(os.Args[0], "-test.run=^TestFleetChild$")
	dieWithParent(cmd)
	cmd.Env = append(os.Environ(), fleetChildEnv+"="+strings.Join(args, "\x1f"), crashAfterEnv+"="+crash)
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &fleetProc{cmd: cmd, out: out.Name(), done: make(chan struct{})}
	go func() {
		p.err = cmd.Wait()
		close(p.done)
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-p.done
	})
	return p
}

func (p *fleetProc) output() string {
	b, _ := os.ReadFile(p.out)
	return string(b)
}

// wait waits for the process to end and reports whether SIGKILL ended it.
func (p *fleetProc) wait(t *testing.T, limit time.Duration) (killed bool, err error) {
	t.Helper()
	select {
	case <-p.done:
	case <-time.After(limit):
		t.Fatalf("%v did not end within %s:\n%s", p.cmd.Args, limit, p.output())
	}
	var ee *exec.ExitError
	if errors.As(p.err, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL {
			return true, nil
		}
	}
	return false, p.err
}

// fleetRequest is one request a fixture host served: who asked (the
// worker's User-Agent) and when it started and ended, server side.
type fleetRequest struct {
	host, path, agent string
	start, end        time.Time
}

// fleetWeb is a set of loopback hosts serving generated profile pages
// (bench/gen) with a little latency, logging every request itself.
type fleetWeb struct {
	hosts   []*httptest.Server
	latency time.Duration
	mu      sync.Mutex
	log     []fleetRequest
	// onRequest, when set, sees each request before it is served.
	onRequest atomic.Pointer[func(agent, path string)]
}

func startFleetWeb(t *testing.T, hosts int, latency time.Duration) *fleetWeb {
	w := &fleetWeb{latency: latency}
	for range hosts {
		s := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
			req := fleetRequest{host: r.Host, path: r.URL.Path, agent: r.UserAgent(), start: time.Now()}
			if f := w.onRequest.Load(); f != nil {
				(*f)(req.agent, req.path)
			}
			time.Sleep(w.latency)
			gen.Pages{}.ServeHTTP(rw, r)
			req.end = time.Now()
			w.mu.Lock()
			w.log = append(w.log, req)
			w.mu.Unlock()
		}))
		t.Cleanup(s.Close)
		w.hosts = append(w.hosts, s)
	}
	return w
}

// targets are perHost profile pages of every host.
func (w *fleetWeb) targets(perHost int) []string {
	var out []string
	for _, s := range w.hosts {
		for n := range perHost {
			out = append(out, s.URL+gen.PagePath(n))
		}
	}
	return out
}

func (w *fleetWeb) requests() []fleetRequest {
	w.mu.Lock()
	defer w.mu.Unlock()
	return slices.Clone(w.log)
}

func (w *fleetWeb) reset() {
	w.mu.Lock()
	w.log = nil
	w.mu.Unlock()
}

// checkPoliteness checks the fixture hosts' own logs: no host received
// more than limit requests in any one-second window, and none had two
// requests in flight at once (a per-host limit of 1 over the fleet).
func checkPoliteness(t *testing.T, reqs []fleetRequest, limit int) {
	t.Helper()
	byHost := map[string][]fleetRequest{}
	for _, r := range reqs {
		byHost[r.host] = append(byHost[r.host], r)
	}
	for host, rs := range byHost {
		slices.SortFunc(rs, func(a, b fleetRequest) int { return a.start.Compare(b.start) })
		for i := range rs {
			n := 0
			for j := i; j < len(rs) && rs[j].start.Sub(rs[i].start) < time.Second; j++ {
				n++
			}
			if n > limit {
				t.Errorf("host %s got %d requests in the second from %s, want at most %d", host, n, rs[i].start.Format("15:04:05.000"), limit)
				break
			}
			if i > 0 && rs[i].start.Before(rs[i-1].end) {
				t.Errorf("host %s: %s (%s) started before %s (%s) ended: two requests in flight",
					host, rs[i].path, rs[i].agent, rs[i-1].path, rs[i-1].agent)
				break
			}
		}
	}
}

// getJob reads a crawl job from the API at addr.
func getJob(t *testing.T, addr, id string) (*scout.CrawlJob, error) {
	resp, err := http.Get("http://" + addr + "/api/v1/crawls/" + id)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET /api/v1/crawls/%s: %s", id, resp.Status)
	}
	var j scout.CrawlJob
	return &j, json.NewDecoder(resp.Body).Decode(&j)
}

func freeAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// waitServingProc polls /healthz until the ingester at addr answers.
func waitServingProc(t *testing.T, addr string, p *fleetProc) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if resp, err := http.Get("http://" + addr + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		select {
		case <-p.done:
			t.Fatalf("serve ended before it answered:\n%s", p.output())
		case <-time.After(50 * time.Millisecond):
		}
	}
	t.Fatalf("serve on %s did not come up:\n%s", addr, p.output())
}

// TestFleetCrawl crawls a loopback web of 10 hosts × 30 profiles with four
// worker processes and one ingester (serve --redis) through a real
// redis-server, at --rate 5 --burst 1 per host. One worker is
// killed with SIGKILL in the middle of a fetch, and the ingester is killed
// once right after a commit and started again. The store must equal an
// uninterrupted single-process crawl of the same web, no page may be
// fetched more than twice, and the fixture hosts' own logs must show the
// job's politeness held across workers: at most rate + burst requests in
// any second, never two in flight at once, one robots.txt fetch per host.
func TestFleetCrawl(t *testing.T) {
	if testing.Short() {
		t.Skip("fleet integration test skipped in -short mode")
	}
	srv := redistest.MustStart(t, redistest.Options{})
	const hosts, perHost, rate, burst = 10, 30, 5, 1
	web := startFleetWeb(t, hosts, 20*time.Millisecond)
	targets := web.targets(perHost)

	want := t.TempDir()
	runExpect(t, exitOK, append([]string{"crawl", "--data", want, "--rate", "100", "--timeout", "5s"}, targets...)...)
	web.reset()

	data, addr := t.TempDir(), freeAddr(t)
	serveArgs := []string{"serve", "--data", data, "--addr", addr, "--no-auth", "--redis", srv.URL()}
	ingester := startFleetChild(t, "job-result:40", serveArgs...)
	waitServingProc(t, addr, ingester)

	const killerAgent = "ScoutTest-w1 (Scout)"
	var w1 *fleetProc
	var w1Requests atomic.Int64
	w1Ready := make(chan struct{})
	kill := func(agent, path string) {
		if agent == killerAgent && path != "/robots.txt" && w1Requests.Add(1) == 5 {
			<-w1Ready
			_ = w1.cmd.Process.Kill() // mid-fetch: this request is never answered to it
		}
	}
	web.onRequest.Store(&kill)
	w1 = startFleetChild(t, "", "worker", "--redis", srv.URL(), "--id", "w1", "--concurrency", "3", "--user-agent", killerAgent, "--timeout", "5s")
	close(w1Ready)
	var others []*fleetProc // w2, w3, w4
	for i := 2; i <= 4; i++ {
		others = append(others, startFleetChild(t, "", "worker", "--redis", srv.URL(), "--id", fmt.Sprintf("w%d", i),
			"--concurrency", "3", "--user-agent", fmt.Sprintf("ScoutTest-w%d (Scout)", i), "--timeout", "5s"))
	}
	w2 := others[0]

	code, stdout, stderr := run(t, t.Context(), nil, append([]string{"crawl", "--redis", srv.URL(),
		"--rate", fmt.Sprint(rate), "--burst", fmt.Sprint(burst), "--timeout", "5s"}, targets...)...)
	if code != exitOK {
		t.Fatalf("crawl --redis: exit %d\n%s%s", code, stdout, stderr)
	}
	id := strings.TrimSpace(stdout)
	if !strings.HasPrefix(id, "r") || strings.Contains(id, "\n") {
		t.Fatalf("crawl --redis printed %q, want the job id alone", stdout)
	}

	// The ingester kills itself after its 40th commit; start it again.
	if killed, err := ingester.wait(t, 90*time.Second); !killed {
		t.Fatalf("the ingester was not killed after a commit (%v):\n%s", err, ingester.output())
	}
	ingester = startFleetChild(t, "", serveArgs...)
	waitServingProc(t, addr, ingester)

	var job *scout.CrawlJob
	deadline := time.Now().Add(120 * time.Second)
	for {
		j, err := getJob(t, addr, id)
		if err != nil {
			t.Fatal(err)
		}
		if j.Finished() {
			job = j
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("job %s still %s (%d fetched):\nw2:\n%s\ningester:\n%s", id, j.State, j.Fetched, w2.output(), ingester.output())
		}
		time.Sleep(200 * time.Millisecond)
	}
	if killed, _ := w1.wait(t, 10*time.Second); !killed {
		t.Errorf("worker w1 was not killed mid-fetch:\n%s", w1.output())
	}
	if job.State != scout.JobDone || job.Fetched != len(targets) || job.Profiles != len(targets) {
		t.Errorf("job = %s, %d fetched, %d profiles, errors %v; want done with %d profiles", job.State, job.Fetched, job.Profiles, job.Errors, len(targets))
	}
	sum := 0
	for _, w := range job.Workers {
		sum += w.Fetched
	}
	if sum != job.Fetched || job.Workers["w1"] == nil || job.Workers["w2"] == nil || job.Workers["w2"].Fetched == 0 {
		t.Fatalf("per-worker tallies %+v do not add up to %d fetched", job.Workers, job.Fetched)
	}

	metrics := httpGetText(t, "http://"+addr+"/metrics")
	for _, want := range []string{`scout_fleet_worker_up{worker="w2"} 1`, `scout_fleet_worker_up{worker="w1"}`,
		"scout_fleet_lease_reclaims_total", "scout_fleet_results_lag 0"} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}

	// A stopped worker exits 0; then the ingester lets go of the store.
	for _, w := range others {
		_ = w.cmd.Process.Signal(syscall.SIGTERM)
	}
	for _, w := range others {
		if killed, err := w.wait(t, 30*time.Second); killed || err != nil {
			t.Errorf("%v on SIGTERM: %v\n%s", w.cmd.Args, err, w.output())
		}
	}
	_ = ingester.cmd.Process.Signal(syscall.SIGTERM)
	if _, err := ingester.wait(t, 30*time.Second); err != nil {
		t.Errorf("ingester on SIGTERM: %v\n%s", err, ingester.output())
	}

	f, err := fleet.Open(t.Context(), srv.URL(), fleet.Options{Name: "test"})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, err := f.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if st.Reclaims < 1 {
		t.Errorf("no lease was reclaimed from the killed worker")
	}
	if st.ResultsLag != 0 || st.ResultsPending != 0 {
		t.Errorf("results left in the stream: lag %d, pending %d", st.ResultsLag, st.ResultsPending)
	}

	reqs := web.requests()
	fetched, robots := map[string]int{}, map[string]int{}
	for _, r := range reqs {
		if r.path == "/robots.txt" {
			if r.agent != killerAgent {
				robots[r.host]++
			}
		} else {
			fetched[r.host+r.path]++
		}
	}
	// One robots.txt fetch per host for the whole fleet: the workers
	// that lived fetched each at most once (the killed one may have died
	// holding a fetch, which another then makes).
	for host, n := range robots {
		if n > 1 {
			t.Errorf("%s/robots.txt fetched %d times by the fleet, want once", host, n)
		}
	}
	for u, n := range fetched {
		if n > 2 {
			t.Errorf("%s fetched %d times, want at most 2", u, n)
		}
	}
	if len(fetched) != len(targets) {
		t.Errorf("%d pages fetched, want %d", len(fetched), len(targets))
	}
	checkPoliteness(t, reqs, rate+burst)

	if diff := cmp.Diff(dumpStore(t, want), dumpStore(t, data)); diff != "" {
		t.Errorf("store after the fleet crawl differs from a single-process crawl (-want +got):\n%s", diff)
	}
	var by []string
	for id, w := range job.Workers {
		by = append(by, fmt.Sprintf("%s %d", id, w.Fetched))
	}
	slices.Sort(by)
	t.Logf("%d requests, %d reclaimed leases; fetched by %s", len(reqs), st.Reclaims, strings.Join(by, ", "))
}

// httpGetText GETs u and returns its body.
func httpGetText(t *testing.T, u string) string {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d, %v", u, resp.StatusCode, err)
	}
	return string(b)
}

// crawlFleetJob queues targets with crawl --redis and returns the job
// once the ingester at addr reports it finished.
func crawlFleetJob(t *testing.T, redisURL, addr string, targets ...string) *scout.CrawlJob {
	t.Helper()
	code, stdout, stderr := run(t, t.Context(), nil, append([]string{"crawl", "--redis", redisURL, "--rate", "20", "--timeout", "5s"}, targets...)...)
	if code != exitOK {
		t.Fatalf("crawl --redis: exit %d\n%s%s", code, stdout, stderr)
	}
	id := strings.TrimSpace(stdout)
	deadline := time.Now().Add(60 * time.Second)
	for {
		j, err := getJob(t, addr, id)
		if err != nil {
			t.Fatal(err)
		}
		if j.Finished() {
			return j
		}
		if time.Now().After(deadline) {
			t.Fatalf("job %s still %s after a minute", id, j.State)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestFleetErasure checks that an erasure reaches the fleet: the workers
// do not fetch the erased person's page again (they check the published
// keyed hashes before fetching), and the job counts it suppressed.
func TestFleetErasure(t *testing.T) {
	if testing.Short() {
		t.Skip("fleet integration test skipped in -short mode")
	}
	srv := redistest.MustStart(t, redistest.Options{})
	web := startFleetWeb(t, 1, 0)
	targets := web.targets(3)
	data, addr := t.TempDir(), freeAddr(t)
	ingester := startFleetChild(t, "", "serve", "--data", data, "--addr", addr, "--no-auth", "--redis", srv.URL())
	waitServingProc(t, addr, ingester)
	startFleetChild(t, "", "worker", "--redis", srv.URL(), "--id", "w1", "--timeout", "5s")

	if j := crawlFleetJob(t, srv.URL(), addr, targets[:2]...); j.State != scout.JobDone || j.Profiles != 2 {
		t.Fatalf("first job: %s, %d profiles, errors %v", j.State, j.Profiles, j.Errors)
	}
	erased := targets[0]
	req, _ := http.NewRequest(http.MethodDelete, "http://"+addr+"/api/v1/creators/"+url.PathEscape(erased), nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("DELETE the creator of %s: %s", erased, resp.Status)
	}
	before := len(web.requests())
	j := crawlFleetJob(t, srv.URL(), addr, erased, targets[2])
	if j.State != scout.JobDone || j.Errors[scout.FailSuppressed] != 1 || j.Profiles != 1 {
		t.Errorf("job after the erasure: %s, %d profiles, errors %v; want the erased page suppressed, the other stored",
			j.State, j.Profiles, j.Errors)
	}
	for _, r := range web.requests()[before:] {
		if web.hosts[0].URL+r.path == erased {
			t.Errorf("a worker fetched %s after its creator was erased", erased)
		}
	}
}

// TestFleetRedisRestart kills redis-server (append-only file on, fsynced
// every second, as README asks) in the middle of a fleet crawl and starts
// it again from its files. The crawl must resume and complete, and the
// store must equal an uninterrupted single-process crawl's: a lease lost
// with the last second of writes may cost a fetch again, a committed
// result is never lost and never stored twice.
func TestFleetRedisRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("fleet integration test skipped in -short mode")
	}
	srv := redistest.MustStart(t, redistest.Options{AOF: true})
	const hosts, perHost = 4, 20
	web := startFleetWeb(t, hosts, 20*time.Millisecond)
	targets := web.targets(perHost)
	want := t.TempDir()
	runExpect(t, exitOK, append([]string{"crawl", "--data", want, "--rate", "100", "--timeout", "5s"}, targets...)...)
	web.reset()

	data, addr := t.TempDir(), freeAddr(t)
	ingester := startFleetChild(t, "", "serve", "--data", data, "--addr", addr, "--no-auth", "--redis", srv.URL())
	waitServingProc(t, addr, ingester)
	for i := 1; i <= 2; i++ {
		startFleetChild(t, "", "worker", "--redis", srv.URL(), "--id", fmt.Sprintf("w%d", i), "--concurrency", "3", "--timeout", "5s")
	}
	code, stdout, stderr := run(t, t.Context(), nil, append([]string{"crawl", "--redis", srv.URL(), "--rate", "8", "--timeout", "5s"}, targets...)...)
	if code != exitOK {
		t.Fatalf("crawl --redis: exit %d\n%s%s", code, stdout, stderr)
	}
	id := strings.TrimSpace(stdout)

	// Kill Redis once a third of the pages were served, then start it again.
	deadline := time.Now().Add(60 * time.Second)
	for len(web.requests()) < len(targets)/3 {
		if time.Now().After(deadline) {
			t.Fatalf("the fleet fetched %d pages in a minute:\n%s", len(web.requests()), ingester.output())
		}
		time.Sleep(20 * time.Millisecond)
	}
	srv.Kill()
	time.Sleep(500 * time.Millisecond) // the fleet notices
	if err := srv.Restart(); err != nil {
		t.Fatal(err)
	}

	var job *scout.CrawlJob
	deadline = time.Now().Add(120 * time.Second)
	for job == nil {
		j, err := getJob(t, addr, id)
		if err != nil && time.Now().After(deadline) {
			t.Fatal(err)
		}
		if err == nil && j.Finished() {
			job = j
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("job %s not finished two minutes after Redis restarted:\n%s", id, ingester.output())
		}
		time.Sleep(200 * time.Millisecond)
	}
	if job.State != scout.JobDone {
		t.Errorf("job %s ended %s: %s", id, job.State, job.Message)
	}
	refetched := 0
	seen := map[string]bool{}
	for _, r := range web.requests() {
		if r.path == "/robots.txt" {
			continue
		}
		if seen[r.host+r.path] {
			refetched++
		}
		seen[r.host+r.path] = true
	}
	if len(seen) != len(targets) {
		t.Errorf("%d pages fetched, want %d", len(seen), len(targets))
	}
	_ = ingester.cmd.Process.Signal(syscall.SIGTERM)
	if _, err := ingester.wait(t, 30*time.Second); err != nil {
		t.Errorf("ingester on SIGTERM: %v\n%s", err, ingester.output())
	}
	if diff := cmp.Diff(dumpStore(t, want), dumpStore(t, data)); diff != "" {
		t.Errorf("store after a Redis restart differs from a single-process crawl (-want +got):\n%s", diff)
	}
	t.Logf("Redis restarted mid-crawl: %d pages, %d fetched again, job counted %d", len(seen), refetched, job.Fetched)
}
