package fleet_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/fleet"
	"github.com/scout-oss/scout/internal/frontiertest"
	"github.com/scout-oss/scout/internal/redistest"
)

// memSink is a BatchSink that keeps what it committed; fail names URLs it
// refuses, and block, when set, holds every commit until ctx ends.
type memSink struct {
	mu    sync.Mutex
	got   map[string]int
	fail  map[string]bool
	block bool
}

func (s *memSink) IngestBatch(ctx context.Context, rs []*scout.CrawlResult) []error {
	if s.block {
		<-ctx.Done()
		return make([]error, len(rs))
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.got == nil {
		s.got = map[string]int{}
	}
	errs := make([]error, len(rs))
	for i, r := range rs {
		if s.fail[r.URL] {
			errs[i] = errors.New("refused")
			continue
		}
		s.got[r.URL]++
	}
	return errs
}

func (s *memSink) count(url string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.got[url]
}

// runConsumer runs c until stop is called.
func runConsumer(c *fleet.Consumer) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = c.Run(ctx)
	}()
	return func() { cancel(); <-done }
}

// waitFor polls cond for up to 20 s.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestJobCommitsOnceAndCountsAcrossWorkers(t *testing.T) {
	ctx := context.Background()
	srv := redistest.MustStart(t, redistest.Options{})
	ing := MustOpen(t, srv, fleet.IngesterName, "jobs:")
	w1 := MustOpen(t, srv, "w1", "jobs:")
	w2 := MustOpen(t, srv, "w2", "jobs:")

	job := &scout.CrawlJob{Origin: scout.OriginCLI, Policy: &scout.CrawlPolicy{Rate: 100, Burst: 1, PerHost: 1}}
	if err := ing.CreateJob(ctx, job); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	var items []scout.FrontierItem
	for _, p := range []string{"/ok", "/gone", "/refused", "/late"} {
		it := frontiertest.Item(job.ID, "h"+p, p, now)
		items = append(items, it)
	}
	frontiertest.MustPush(t, ing, items...)
	job.State, job.Enqueued, job.Queued = scout.JobRunning, true, 4
	if err := ing.UpdateJob(ctx, job); err != nil {
		t.Fatal(err)
	}

	sink := &memSink{fail: map[string]bool{"http://h/refused/refused": true}}
	c := &fleet.Consumer{Fleet: ing, Sink: sink}
	stop := runConsumer(c)
	defer stop()

	deliver := func(w *fleet.Fleet, r func(u string) *scout.CrawlResult, val []fleet.Validator) {
		it := mustLease(t, w)
		if err := w.Deliver(ctx, it, r(it.URL), val, 0); err != nil {
			t.Fatal(err)
		}
	}
	profile := func(u string) *scout.CrawlResult {
		return &scout.CrawlResult{URL: u, Status: 200, Profile: &scout.Profile{SourceURL: u}}
	}
	failure := func(u string) *scout.CrawlResult {
		return &scout.CrawlResult{URL: u, Status: 404, Failure: &scout.Failure{URL: u, Kind: scout.FailNotFound}}
	}
	for i := range 4 {
		w, r := w1, profile
		if i%2 == 1 {
			w, r = w2, failure
		}
		deliver(w, r, []fleet.Validator{{URL: "http://v/" + string(rune('a'+i)), ETag: `"e"`}})
	}
	waitFor(t, "the job to finish", func() bool {
		j, err := ing.FindJobByID(ctx, job.ID)
		return err == nil && j.State == scout.JobDone
	})
	got, err := ing.FindJobByID(ctx, job.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Fetched != 4 || got.Profiles != 2 || got.Errors[scout.FailNotFound] != 2 || got.InFlight != 0 {
		t.Errorf("job counters = fetched %d, profiles %d, errors %v, in flight %d", got.Fetched, got.Profiles, got.Errors, got.InFlight)
	}
	want := map[string]*scout.JobWorker{
		"w1": {Fetched: 2, Profiles: 2, Errors: map[string]int{}},
		"w2": {Fetched: 2, Errors: map[string]int{scout.FailNotFound: 2}},
	}
	if diff := cmp.Diff(want, got.Workers); diff != "" {
		t.Errorf("per-worker tallies (-want +got):\n%s", diff)
	}
	if n, _ := ing.Pending(ctx, job.ID); n != 0 {
		t.Errorf("pending = %d after the job finished", n)
	}
	// Validators of committed results are kept; a refused one's are not.
	val := ing.Validators()
	kept := 0
	for _, u := range []string{"http://v/a", "http://v/b", "http://v/c", "http://v/d"} {
		if _, _, ok := val.Get(u); ok {
			kept++
		}
	}
	if kept != 3 {
		t.Errorf("%d validators kept, want 3 (the refused result's is dropped)", kept)
	}
}

func TestRestartedIngesterCommitsWhatItHadRead(t *testing.T) {
	ctx := context.Background()
	srv := redistest.MustStart(t, redistest.Options{})
	ing := MustOpen(t, srv, fleet.IngesterName, "again:")
	w := MustOpen(t, srv, "w", "again:")
	job := &scout.CrawlJob{Origin: scout.OriginCLI}
	if err := ing.CreateJob(ctx, job); err != nil {
		t.Fatal(err)
	}
	frontiertest.MustPush(t, ing, frontiertest.Item(job.ID, "h", "/1", time.Now()))
	job.State, job.Enqueued = scout.JobRunning, true
	if err := ing.UpdateJob(ctx, job); err != nil {
		t.Fatal(err)
	}
	it := mustLease(t, w)
	if err := w.Deliver(ctx, it, &scout.CrawlResult{URL: it.URL, Profile: &scout.Profile{}}, nil, 0); err != nil {
		t.Fatal(err)
	}
	// The first ingester reads the result and stops before its commit
	// returns: nothing is acknowledged.
	blocked := &fleet.Consumer{Fleet: ing, Sink: &memSink{block: true}}
	stop := runConsumer(blocked)
	waitFor(t, "the result to be read", func() bool {
		st, err := ing.Stats(ctx)
		return err == nil && st.ResultsPending == 1
	})
	stop()
	sink := &memSink{}
	stop = runConsumer(&fleet.Consumer{Fleet: ing, Sink: sink})
	defer stop()
	waitFor(t, "the job to finish", func() bool {
		j, err := ing.FindJobByID(ctx, job.ID)
		return err == nil && j.State == scout.JobDone
	})
	j, _ := ing.FindJobByID(ctx, job.ID)
	if sink.count(it.URL) != 1 || j.Fetched != 1 || j.Profiles != 1 {
		t.Errorf("committed %d times, job fetched %d profiles %d; want 1, 1, 1", sink.count(it.URL), j.Fetched, j.Profiles)
	}
}

func TestMaxPagesCapsAJob(t *testing.T) {
	ctx := context.Background()
	srv := redistest.MustStart(t, redistest.Options{})
	ing := MustOpen(t, srv, fleet.IngesterName, "cap:")
	w := MustOpen(t, srv, "w", "cap:")
	job := &scout.CrawlJob{Origin: scout.OriginAPI, MaxPages: 2}
	if err := ing.CreateJob(ctx, job); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	frontiertest.MustPush(t, ing, frontiertest.Item(job.ID, "a", "/1", now), frontiertest.Item(job.ID, "b", "/1", now),
		frontiertest.Item(job.ID, "c", "/1", now), frontiertest.Item(job.ID, "d", "/1", now))
	job.State, job.Enqueued = scout.JobRunning, true
	if err := ing.UpdateJob(ctx, job); err != nil {
		t.Fatal(err)
	}
	stop := runConsumer(&fleet.Consumer{Fleet: ing, Sink: &memSink{}})
	defer stop()
	for range 2 {
		it := mustLease(t, w)
		if err := w.Deliver(ctx, it, &scout.CrawlResult{URL: it.URL}, nil, 0); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, "the capped job to finish", func() bool {
		j, err := ing.FindJobByID(ctx, job.ID)
		return err == nil && j.State == scout.JobDone
	})
	if n, _ := ing.Pending(ctx, job.ID); n != 0 {
		t.Errorf("pending = %d, want the rest dropped", n)
	}
	if it, _ := w.Next(ctx, "", time.Now()); it != nil {
		t.Errorf("a capped job still hands out %+v", it)
	}
}

func TestFindJobs(t *testing.T) {
	ctx := context.Background()
	srv := redistest.MustStart(t, redistest.Options{})
	f := MustOpen(t, srv, "x", "")
	for _, o := range []string{scout.OriginAPI, scout.OriginCLI, scout.OriginAPI} {
		if err := f.CreateJob(ctx, &scout.CrawlJob{Origin: o, Targets: []string{"http://a/"}}); err != nil {
			t.Fatal(err)
		}
	}
	js, total, err := f.FindJobs(ctx, scout.JobFilter{Origin: scout.OriginAPI, Limit: 1})
	if err != nil || total != 2 || len(js) != 1 || js[0].ID != "r3" || js[0].State != scout.JobQueued {
		t.Fatalf("FindJobs = %v (total %d), %v", js, total, err)
	}
	if _, err := f.FindJobByID(ctx, "r9"); scout.ErrorCode(err) != scout.ENOTFOUND {
		t.Errorf("FindJobByID(r9) = %v", err)
	}
	if err := f.UpdateJob(ctx, &scout.CrawlJob{ID: "r9"}); scout.ErrorCode(err) != scout.ENOTFOUND {
		t.Errorf("UpdateJob(r9) = %v", err)
	}
	if err := f.CreateJob(ctx, &scout.CrawlJob{MaxPages: -1}); scout.ErrorCode(err) != scout.EINVALID {
		t.Errorf("CreateJob(max_pages -1) = %v", err)
	}
}
