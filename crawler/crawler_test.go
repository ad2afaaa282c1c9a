package crawler_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
)

func TestCrawlOutcomes(t *testing.T) {
	srv, log := crawltest.MustFetchServer(t, crawltest.CrawlMux(t))
	cfg := crawltest.FastConfig()
	cfg.MaxBodySize = 4 << 10
	var progress []string
	cfg.Progress = func(r *scout.CrawlResult) { progress = append(progress, r.URL) }
	cr := crawler.New(cfg)
	t.Cleanup(cr.Client().CloseIdleConnections)

	want := map[string]string{ // path → failure kind ("" for a profile)
		"/ok":        "",
		"/moved":     "",
		"/feedless":  "",
		"/missing":   scout.FailNotFound,
		"/gone":      scout.FailNotFound,
		"/login":     scout.FailAuth,
		"/busy":      scout.FailRateLimit,
		"/error":     scout.FailHTTP,
		"/image.png": scout.FailNotHTML,
		"/noprofile": scout.FailNoProfile,
		"/broken":    scout.FailParse,
		"/private":   scout.FailRobots,
		"/big":       scout.FailTooLarge,
		"/loop":      scout.FailRedirects,
	}
	var urls []string
	for path := range want {
		urls = append(urls, srv.URL+path)
	}
	urls = append(urls, srv.URL+"/ok", srv.URL+"/ok#bio", "ftp://example.com/x") // duplicates and a bad URL
	sink := &crawltest.MemSink{}
	sum, err := cr.Crawl(t.Context(), urls, sink)
	if err != nil {
		t.Fatal(err)
	}

	got := sink.ByURL()
	if n, wantN := len(sink.Results), len(want)+1; n != wantN {
		t.Errorf("sink got %d results, want %d (one per distinct URL)", n, wantN)
	}
	for path, kind := range want {
		r := got[srv.URL+path]
		if k := crawltest.KindOf(r); k != kind {
			t.Errorf("%s: kind = %q, want %q (%+v)", path, k, kind, r)
			continue
		}
		if kind == "" && r.Profile == nil {
			t.Errorf("%s: no profile", path)
		}
		if kind != "" && r.Failure.Message == "" {
			t.Errorf("%s: failure without a message", path)
		}
	}
	if k := crawltest.KindOf(got["ftp://example.com/x"]); k != scout.FailBlocked {
		t.Errorf("ftp URL: kind = %q, want %q", k, scout.FailBlocked)
	}
	if r := got[srv.URL+"/busy"]; r != nil && r.Status != 429 {
		t.Errorf("/busy: status = %d, want 429", r.Status)
	}
	if n := log.Count("/private"); n != 0 {
		t.Errorf("robots-disallowed /private was requested %d times", n)
	}
	if n, wantN := log.Count("/ok"), 2; n != wantN { // once as /ok, once after /moved
		t.Errorf("/ok requested %d times, want %d", n, wantN)
	}
	for _, h := range log.Hits() {
		if h.UA != crawler.DefaultUserAgent {
			t.Errorf("%s: User-Agent = %q", h.Path, h.UA)
		}
	}

	// Page and feed posts are merged by id, page posts winning.
	if r := got[srv.URL+"/ok"]; r != nil && r.Profile != nil {
		var ids, texts []string
		for _, p := range r.Profile.Posts {
			ids, texts = append(ids, p.ID), append(texts, p.Text)
		}
		if w := []string{"p1", "p2", "p3"}; !slices.Equal(ids, w) {
			t.Errorf("post ids = %v, want %v", ids, w)
		}
		if w := []string{"page", "page", "feed"}; !slices.Equal(texts, w) {
			t.Errorf("post sources = %v, want %v", texts, w)
		}
		if w := srv.URL + "/feed.xml"; r.Profile.Account.FeedURL != w {
			t.Errorf("feed url = %q, want %q", r.Profile.Account.FeedURL, w)
		}
		if len(r.Warnings) != 0 {
			t.Errorf("warnings = %v, want none", r.Warnings)
		}
	}
	// A feed that fails is a warning on a profile, not a failure.
	if r := got[srv.URL+"/feedless"]; r != nil && r.Profile != nil {
		if len(r.Warnings) != 1 || r.Warnings[0].Kind != scout.FailNotFound {
			t.Errorf("warnings = %+v, want one not_found", r.Warnings)
		}
		if len(r.Profile.Posts) != 1 {
			t.Errorf("posts = %d, want the page's 1", len(r.Profile.Posts))
		}
	}
	// The redirected page is extracted at its final URL.
	if r := got[srv.URL+"/moved"]; r != nil && r.Profile != nil {
		if w := srv.URL + "/ok"; r.Profile.SourceURL != w {
			t.Errorf("/moved: source url = %q, want %q", r.Profile.SourceURL, w)
		}
	}

	wantSum := crawler.Summary{Fetched: len(want) + 1, Profiles: 3, Posts: 3 + 3 + 1, Errors: map[string]int{}}
	for _, kind := range want {
		if kind != "" {
			wantSum.Errors[kind]++
		}
	}
	wantSum.Errors[scout.FailBlocked]++
	if sum.Fetched != wantSum.Fetched || sum.Profiles != wantSum.Profiles || sum.Posts != wantSum.Posts || sum.SinkErrors != 0 {
		t.Errorf("summary = %+v, want %+v", sum, wantSum)
	}
	for kind, n := range wantSum.Errors {
		if sum.Errors[kind] != n {
			t.Errorf("summary errors[%s] = %d, want %d", kind, sum.Errors[kind], n)
		}
	}
	if len(progress) != len(sink.Results) {
		t.Errorf("progress called %d times for %d results", len(progress), len(sink.Results))
	}
}

func TestCrawlTimeout(t *testing.T) {
	const timeout = 150 * time.Millisecond
	mux := http.NewServeMux()
	mux.HandleFunc("/slow", waitOrDisconnect(5*time.Second))
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("<html></html>")) })
	srv, _ := crawltest.MustFetchServer(t, mux)
	cfg := crawltest.FastConfig()
	cfg.Timeout = timeout
	cr := crawler.New(cfg)
	t.Cleanup(cr.Client().CloseIdleConnections)

	sink := &crawltest.MemSink{}
	start := time.Now()
	sum, err := cr.Crawl(t.Context(), []string{srv.URL + "/slow", srv.URL + "/ok"}, sink)
	if err != nil {
		t.Fatal(err)
	}
	got := sink.ByURL()
	if k := crawltest.KindOf(got[srv.URL+"/slow"]); k != scout.FailTimeout {
		t.Errorf("/slow: kind = %q, want %q", k, scout.FailTimeout)
	}
	if k := crawltest.KindOf(got[srv.URL+"/ok"]); k != "" {
		t.Errorf("/ok: kind = %q, want a profile", k)
	}
	if elapsed := time.Since(start); elapsed < timeout {
		t.Errorf("crawl took %v, less than the %v time-out", elapsed, timeout)
	}
	if sum.Errors[scout.FailTimeout] != 1 {
		t.Errorf("summary errors = %v, want one timeout", sum.Errors)
	}
}

func TestCrawlRateLimitPerHost(t *testing.T) {
	if testing.Short() {
		t.Skip("takes about 2.5 s")
	}
	const (
		perHost   = 12
		rps       = 5
		burst     = 1
		interval  = time.Second / rps
		tolerance = 40 * time.Millisecond // scheduling jitter between client and server
	)
	page := func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("<html></html>")) }
	srvA, logA := crawltest.MustFetchServer(t, http.HandlerFunc(page))
	srvB, logB := crawltest.MustFetchServer(t, http.HandlerFunc(page))
	cfg := crawltest.FastConfig()
	cfg.Rate, cfg.Burst = rps, burst
	cr := crawler.New(cfg)
	t.Cleanup(cr.Client().CloseIdleConnections)

	// Host A's URLs all come first: the crawl must still work on both
	// hosts at once.
	var urls []string
	for _, srv := range []string{srvA.URL, srvB.URL} {
		for i := range perHost {
			urls = append(urls, fmt.Sprintf("%s/p%d", srv, i))
		}
	}
	start := time.Now()
	sum, err := cr.Crawl(t.Context(), urls, &crawltest.MemSink{})
	if err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(start)
	if sum.Profiles != 2*perHost {
		t.Fatalf("profiles = %d, want %d (summary %+v)", sum.Profiles, 2*perHost, sum)
	}

	for name, log := range map[string]*crawltest.FetchLog{"A": logA, "B": logB} {
		hits := log.Hits()
		if got, want := len(hits), perHost+1; got != want { // pages plus robots.txt
			t.Errorf("host %s: %d requests, want %d", name, got, want)
		}
		times := make([]time.Time, len(hits))
		for i, h := range hits {
			times[i] = h.At
		}
		sort.Slice(times, func(i, j int) bool { return times[i].Before(times[j]) })
		for i := 1; i < len(times); i++ {
			if gap := times[i].Sub(times[i-1]); gap < interval-tolerance {
				t.Errorf("host %s: requests %d and %d only %v apart, want ≥ %v", name, i-1, i, gap, interval-tolerance)
			}
		}
		for i := range times {
			n := 0
			for j := i; j < len(times) && times[j].Sub(times[i]) < time.Second; j++ {
				n++
			}
			if n > rps+burst {
				t.Errorf("host %s: %d requests within 1 s from request %d, want ≤ %d", name, n, i, rps+burst)
			}
		}
	}
	serial := time.Duration(2*(perHost+1)) * interval
	if elapsed > serial*3/4 {
		t.Errorf("crawl took %v; one host after the other takes %v, so the hosts were not crawled concurrently", elapsed, serial)
	}
	t.Logf("crawled 2 hosts × %d URLs at %d req/s in %v (serial: %v)", perHost, rps, elapsed, serial)
}

func TestCrawlSinkFailureContinues(t *testing.T) {
	srv, _ := crawltest.MustFetchServer(t, crawltest.CrawlMux(t))
	var logged bytes.Buffer
	cfg := crawltest.FastConfig()
	cfg.Concurrency = 1
	cfg.Logger = slog.New(slog.NewTextHandler(&logged, nil))
	cr := crawler.New(cfg)
	t.Cleanup(cr.Client().CloseIdleConnections)

	sink := &crawltest.MemSink{Failures: 1}
	urls := []string{srv.URL + "/ok", srv.URL + "/feedless", srv.URL + "/gone"}
	sum, err := cr.Crawl(t.Context(), urls, sink)
	if err != nil {
		t.Fatalf("crawl failed on a sink error: %v", err)
	}
	if got, want := sink.Calls, len(urls); got != want {
		t.Errorf("sink called %d times, want %d", got, want)
	}
	if got, want := len(sink.Results), len(urls)-1; got != want {
		t.Errorf("sink kept %d results, want %d", got, want)
	}
	if got, want := sum.SinkErrors, 1; got != want {
		t.Errorf("sink errors = %d, want %d", got, want)
	}
	if got, want := sum.Fetched, len(urls); got != want {
		t.Errorf("fetched = %d, want %d", got, want)
	}
	if !strings.Contains(logged.String(), "sink: refused") {
		t.Errorf("the sink error was not logged; log: %q", logged.String())
	}
}

func TestCrawlCancel(t *testing.T) {
	srv, _ := crawltest.MustFetchServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		waitOrDisconnect(10*time.Second)(w, r)
	}))
	cfg := crawltest.FastConfig()
	cfg.Rate = 2 // some workers wait on the limiter, others on the server
	cr := crawler.New(cfg)

	var urls []string
	for i := range 50 {
		urls = append(urls, fmt.Sprintf("%s/slow/%d", srv.URL, i))
	}
	ctx, cancel := context.WithCancel(t.Context())
	const cancelAfter = 300 * time.Millisecond
	time.AfterFunc(cancelAfter, cancel)
	sink := &crawltest.MemSink{}
	start := time.Now()
	sum, err := cr.Crawl(ctx, urls, sink)
	elapsed := time.Since(start)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if elapsed > cancelAfter+time.Second {
		t.Errorf("crawl returned %v after start, %v after the cancel", elapsed, elapsed-cancelAfter)
	}
	if sum == nil || sum.Fetched != 0 || len(sink.Results) != 0 {
		t.Errorf("cancelled fetches were reported: summary %+v, %d results", sum, len(sink.Results))
	}

	cr.Client().CloseIdleConnections()
	srv.Close()
	checkNoFetchGoroutines(t)
}

func TestCrawlNilSink(t *testing.T) {
	_, err := crawler.New(crawltest.FastConfig()).Crawl(t.Context(), nil, nil)
	if got, want := scout.ErrorCode(err), scout.EINVALID; got != want {
		t.Errorf("code = %q, want %q (err %v)", got, want, err)
	}
}

// TestCrawlWithoutPageExtractor builds a crawler with no page extractor
// wired: it cannot read web pages, so their targets fail as unsupported
// without a request being sent.
func TestCrawlWithoutPageExtractor(t *testing.T) {
	srv, log := crawltest.MustFetchServer(t, crawltest.CrawlMux(t))
	cfg := crawltest.FastConfig()
	cfg.Extract, cfg.ParseFeed = nil, nil
	cr := crawler.New(cfg)
	t.Cleanup(cr.Client().CloseIdleConnections)

	sink := &crawltest.MemSink{}
	sum, err := cr.Crawl(t.Context(), []string{srv.URL + "/ok"}, sink)
	if err != nil {
		t.Fatal(err)
	}
	if k := crawltest.KindOf(sink.ByURL()[srv.URL+"/ok"]); k != scout.FailNotHTML {
		t.Errorf("/ok: kind = %q, want %q", k, scout.FailNotHTML)
	}
	if sum.Errors[scout.FailNotHTML] != 1 {
		t.Errorf("summary errors %v, want one %s", sum.Errors, scout.FailNotHTML)
	}
	if hits := log.Hits(); len(hits) != 0 {
		t.Errorf("%d requests sent, want none: %+v", len(hits), hits)
	}
}
