package crawler_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/store"
)

// MustStore opens a bbolt store in a temp dir; it is the frontier, the job
// store and the visit store of these tests.
func MustStore(tb testing.TB) *store.DB {
	tb.Helper()
	db, err := store.OpenWith(context.Background(), tb.TempDir(), store.Options{NoSync: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// hostSite is one fixture host that counts requests per path and the most
// requests it ever had in flight at once.
type hostSite struct {
	*httptest.Server
	mu       sync.Mutex
	hits     map[string]int
	inflight int
	maxIn    int
	delay    time.Duration
}

func MustHostSite(tb testing.TB, delay time.Duration) *hostSite {
	tb.Helper()
	s := &hostSite{hits: map[string]int{}, delay: delay}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.inflight++
		s.maxIn = max(s.maxIn, s.inflight)
		s.mu.Unlock()
		defer func() {
			s.mu.Lock()
			s.inflight--
			s.mu.Unlock()
		}()
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		select {
		case <-time.After(s.delay):
		case <-r.Context().Done():
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, "<html><!-- post %s --></html>", r.URL.Path)
	}))
	tb.Cleanup(s.Close)
	return s
}

func (s *hostSite) urls(n int) []string {
	var out []string
	for i := range n {
		out = append(out, fmt.Sprintf("%s/p%d", s.URL, i))
	}
	return out
}

func (s *hostSite) Hits(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func enqueue(t *testing.T, c *crawler.Crawler, f scout.Frontier, job string, since time.Time, urls []string) {
	t.Helper()
	n, rejected, err := c.Enqueue(context.Background(), f, job, since, slices.Values(urls))
	if err != nil || len(rejected) > 0 || n != len(urls) {
		t.Fatalf("enqueue: %d, %v, %v", n, rejected, err)
	}
}

func TestCrawlFrontier_EveryTargetOnceOneRequestPerHost(t *testing.T) {
	a, b := MustHostSite(t, 5*time.Millisecond), MustHostSite(t, 5*time.Millisecond)
	db := MustStore(t)
	c := crawler.New(crawltest.FastConfig())
	urls := append(a.urls(8), b.urls(8)...)
	enqueue(t, c, db, "j", time.Now(), append(urls, urls[0], urls[9])) // duplicates are dropped
	sink := &crawltest.MemSink{}
	sum, err := c.CrawlFrontier(context.Background(), crawler.FrontierRun{Frontier: db, JobID: "j", Poll: 10 * time.Millisecond}, sink)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Fetched != 16 || sum.Profiles != 16 {
		t.Errorf("summary %+v, want 16 fetched profiles", sum)
	}
	got := sink.ByURL()
	for _, u := range urls {
		if got[u] == nil {
			t.Errorf("no result for %s", u)
		}
	}
	for i := range 8 {
		if n := a.Hits(fmt.Sprintf("/p%d", i)) + b.Hits(fmt.Sprintf("/p%d", i)); n != 2 {
			t.Errorf("/p%d fetched %d times over both hosts, want 2", i, n)
		}
	}
	if a.maxIn > 1 || b.maxIn > 1 {
		t.Errorf("most requests in flight per host: %d and %d, want 1 (the frontier leases hosts)", a.maxIn, b.maxIn)
	}
	if n, _ := db.Pending(context.Background(), "j"); n != 0 {
		t.Errorf("pending after crawl = %d", n)
	}
}

func TestCrawlFrontier_ResumeSkipsCommitted(t *testing.T) {
	ctx := context.Background()
	site := MustHostSite(t, 0)
	db := MustStore(t)
	c := crawler.New(crawltest.FastConfig())
	since := time.Now().Add(-time.Minute)
	urls := site.urls(6)
	enqueue(t, c, db, "j", since, urls)
	// p0 was committed after the job began (it was fetched, then the
	// process died before Done); p1 only before the job, so it is due.
	if err := db.RecordVisit(ctx, &scout.Visit{URL: urls[0], Status: 200, FetchedAt: since.Add(time.Second)}); err != nil {
		t.Fatal(err)
	}
	if err := db.RecordVisit(ctx, &scout.Visit{URL: urls[1], Status: 200, FetchedAt: since.Add(-time.Hour)}); err != nil {
		t.Fatal(err)
	}
	var skipped []string
	sum, err := c.CrawlFrontier(ctx, crawler.FrontierRun{Frontier: db, JobID: "j", Visits: db,
		OnSkip: func(it *scout.FrontierItem) { skipped = append(skipped, it.URL) }}, &crawltest.MemSink{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Fetched != 5 || sum.Skipped != 1 || fmt.Sprint(skipped) != fmt.Sprint(urls[:1]) {
		t.Errorf("fetched %d, skipped %v; want 5 and [%s]", sum.Fetched, skipped, urls[0])
	}
	if site.Hits("/p0") != 0 || site.Hits("/p1") != 1 {
		t.Errorf("p0 fetched %d times (committed: want 0), p1 %d (want 1)", site.Hits("/p0"), site.Hits("/p1"))
	}
}

func TestCrawlFrontier_MaxPages(t *testing.T) {
	site := MustHostSite(t, 0)
	db := MustStore(t)
	c := crawler.New(crawltest.FastConfig())
	enqueue(t, c, db, "j", time.Now(), site.urls(10))
	sum, err := c.CrawlFrontier(context.Background(), crawler.FrontierRun{Frontier: db, JobID: "j", MaxPages: 3}, &crawltest.MemSink{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Fetched != 3 {
		t.Errorf("fetched %d, want 3", sum.Fetched)
	}
	if n, _ := db.Pending(context.Background(), "j"); n != 7 {
		t.Errorf("pending = %d, want the 7 left", n)
	}
}

func TestCrawlFrontier_CancelPutsItemsBack(t *testing.T) {
	site := MustHostSite(t, time.Hour) // never answers on its own
	db := MustStore(t)
	c := crawler.New(crawltest.FastConfig())
	enqueue(t, c, db, "j", time.Now(), site.urls(3))
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for site.Hits("/p0")+site.Hits("/p1")+site.Hits("/p2") == 0 {
			time.Sleep(time.Millisecond)
		}
		cancel()
	}()
	_, err := c.CrawlFrontier(ctx, crawler.FrontierRun{Frontier: db, JobID: "j"}, &crawltest.MemSink{})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if n, _ := db.Pending(context.Background(), "j"); n != 3 {
		t.Errorf("pending = %d, want all 3 back", n)
	}
	// The lease was released: the item is handed out again at once.
	if it, _ := db.Next(context.Background(), "j", time.Now()); it == nil {
		t.Error("host still leased after the crawl stopped")
	}
}

func TestJobRunner_CountsAndFinishes(t *testing.T) {
	ctx := context.Background()
	site := MustHostSite(t, 0)
	db := MustStore(t)
	urls := append(site.urls(4), "ftp://nowhere.example/x")
	job := &scout.CrawlJob{Origin: scout.OriginCLI, Targets: urls}
	if err := db.CreateJob(ctx, job); err != nil {
		t.Fatal(err)
	}
	var finished []string
	r := &crawler.JobRunner{Crawler: crawler.New(crawltest.FastConfig()), Jobs: db, Frontier: db, Visits: db, Sink: &crawltest.MemSink{},
		OnFinish: func(j *scout.CrawlJob) { finished = append(finished, j.ID+" "+j.State) }}
	if _, err := r.Run(ctx, job, slices.Values(urls)); err != nil {
		t.Fatal(err)
	}
	got, err := db.FindJobByID(ctx, job.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.State != scout.JobDone || got.Fetched != 5 || got.Profiles != 4 || got.Errors[scout.FailBlocked] != 1 ||
		got.Queued != 5 || !got.Enqueued || got.StartedAt == nil || got.FinishedAt == nil {
		t.Errorf("job = %+v", got)
	}
	if fmt.Sprint(finished) != "["+job.ID+" done]" {
		t.Errorf("OnFinish saw %v", finished)
	}
}

func TestJobQueue_RunsCancelsAndResumes(t *testing.T) {
	ctx := context.Background()
	fast, slow := MustHostSite(t, 0), MustHostSite(t, time.Hour)
	db := MustStore(t)
	var results atomic.Int64
	runner := &crawler.JobRunner{Crawler: crawler.New(crawltest.FastConfig()), Jobs: db, Frontier: db, Visits: db, Sink: &crawltest.MemSink{},
		OnResult: func(*scout.CrawlJob, *scout.CrawlResult) { results.Add(1) }, Poll: 10 * time.Millisecond}

	// A job left running by a serve that died is resumed at start.
	dead := &scout.CrawlJob{Origin: scout.OriginAPI, Targets: fast.urls(2), State: scout.JobRunning, Enqueued: true}
	if err := db.CreateJob(ctx, dead); err != nil {
		t.Fatal(err)
	}
	enqueue(t, runner.Crawler, db, dead.ID, dead.CreatedAt, dead.Targets)

	q := crawler.StartJobQueue(runner)
	defer q.Close()
	hang := &scout.CrawlJob{Origin: scout.OriginAPI, Targets: slow.urls(1)}
	if err := q.CreateJob(ctx, hang); err != nil {
		t.Fatal(err)
	}
	waitJob(t, db, dead.ID, scout.JobDone)
	waitJob(t, db, hang.ID, scout.JobRunning)
	for slow.Hits("/p0") == 0 {
		time.Sleep(time.Millisecond)
	}
	j, err := q.CancelJob(ctx, hang.ID)
	if err != nil || j.State != scout.JobCancelled {
		t.Fatalf("cancel = %+v, %v", j, err)
	}
	if n, _ := db.Pending(ctx, hang.ID); n != 0 {
		t.Errorf("cancelled job keeps %d items", n)
	}
	if _, err := q.CancelJob(ctx, hang.ID); scout.ErrorCode(err) != scout.ECONFLICT {
		t.Errorf("second cancel = %v, want conflict", err)
	}
	if err := q.Close(); err != nil {
		t.Fatal(err)
	}
	if results.Load() != 2 {
		t.Errorf("results = %d, want the 2 of the resumed job", results.Load())
	}
}

// waitJob polls the store until the job reaches state (tests only: the
// deadline is generous and is not an assertion on timing).
func waitJob(t *testing.T, jobs scout.JobService, id, state string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		j, err := jobs.FindJobByID(context.Background(), id)
		if err == nil && j.State == state {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("job %s is %+v (err %v), want %s", id, j, err, state)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// gateSink blocks its first commit until the test opens the gate, and
// records the size of every group it is handed.
type gateSink struct {
	crawltest.MemSink
	gate   chan struct{}
	once   sync.Once
	mu     sync.Mutex
	groups []int
}

func (s *gateSink) Ingest(ctx context.Context, r *scout.CrawlResult) error {
	s.once.Do(func() { <-s.gate })
	return s.MemSink.Ingest(ctx, r)
}

func (s *gateSink) IngestBatch(ctx context.Context, rs []*scout.CrawlResult) []error {
	s.mu.Lock()
	s.groups = append(s.groups, len(rs))
	s.mu.Unlock()
	errs := make([]error, len(rs))
	for i, r := range rs {
		errs[i] = s.Ingest(ctx, r)
	}
	return errs
}

func TestCrawlFrontier_SlowCommitDoesNotPauseHosts(t *testing.T) {
	a, b := MustHostSite(t, 0), MustHostSite(t, 0)
	db := MustStore(t)
	cfg := crawltest.FastConfig()
	cfg.Concurrency = 2
	c := crawler.New(cfg)
	urls := append(a.urls(10), b.urls(10)...)
	enqueue(t, c, db, "j", time.Now(), urls)
	sink := &gateSink{gate: make(chan struct{})}
	hits := func() int {
		n := 0
		for i := range 10 {
			n += a.Hits(fmt.Sprintf("/p%d", i)) + b.Hits(fmt.Sprintf("/p%d", i))
		}
		return n
	}
	go func() {
		// The first commit hangs; hosts are released after their fetch,
		// so both keep being fetched until the committer's queue is full
		// (one group in commit, Concurrency waiting, one per worker).
		deadline := time.Now().Add(10 * time.Second)
		for hits() < 5 && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
		}
		close(sink.gate)
	}()
	sum, err := c.CrawlFrontier(context.Background(), crawler.FrontierRun{Frontier: db, JobID: "j", Visits: db, Poll: 10 * time.Millisecond}, sink)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Fetched != 20 || len(sink.ByURL()) != 20 {
		t.Errorf("fetched %d, sink has %d results; want 20", sum.Fetched, len(sink.ByURL()))
	}
	if n := hits(); n != 20 {
		t.Errorf("%d requests for 20 targets: an item was fetched twice", n)
	}
	sink.mu.Lock()
	grouped := slices.ContainsFunc(sink.groups, func(n int) bool { return n > 1 })
	sink.mu.Unlock()
	if !grouped {
		t.Errorf("groups = %v: results that waited during the slow commit were not committed together", sink.groups)
	}
	if a.maxIn > 1 || b.maxIn > 1 {
		t.Errorf("most requests in flight per host: %d and %d, want 1", a.maxIn, b.maxIn)
	}
	if n, _ := db.Pending(context.Background(), "j"); n != 0 {
		t.Errorf("pending after crawl = %d", n)
	}
}

func TestCrawlFrontier_MaxPagesWithGroups(t *testing.T) {
	a, b := MustHostSite(t, 0), MustHostSite(t, 0)
	db := MustStore(t)
	cfg := crawltest.FastConfig()
	cfg.Concurrency = 4
	c := crawler.New(cfg)
	enqueue(t, c, db, "j", time.Now(), append(a.urls(20), b.urls(20)...))
	sink := &gateSink{gate: make(chan struct{})}
	close(sink.gate)
	sum, err := c.CrawlFrontier(context.Background(), crawler.FrontierRun{Frontier: db, JobID: "j", MaxPages: 7}, sink)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Fetched != 7 || len(sink.ByURL()) != 7 {
		t.Errorf("fetched %d, sink has %d; want exactly 7", sum.Fetched, len(sink.ByURL()))
	}
	if n, _ := db.Pending(context.Background(), "j"); n != 33 {
		t.Errorf("pending = %d, want the 33 left", n)
	}
}
