package crawler_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
)

// fetchHit is one request as a fixture server saw it.
type fetchHit struct {
	At   time.Time
	Path string
	UA   string
}

// fetchLog records every request a fixture server receives, with the
// server's own timestamp, so rates are measured where they matter.
type fetchLog struct {
	mu   sync.Mutex
	hits []fetchHit
}

func (l *fetchLog) record(r *http.Request) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.hits = append(l.hits, fetchHit{At: time.Now(), Path: r.URL.RequestURI(), UA: r.UserAgent()})
}

// Hits returns a copy of the log.
func (l *fetchLog) Hits() []fetchHit {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]fetchHit(nil), l.hits...)
}

// Count returns how many requests asked for path.
func (l *fetchLog) Count(path string) int {
	n := 0
	for _, h := range l.Hits() {
		if h.Path == path {
			n++
		}
	}
	return n
}

// MustFetchServer starts a loopback server that logs each request and then
// hands it to h. It is closed when the test ends.
func MustFetchServer(tb testing.TB, h http.Handler) (*httptest.Server, *fetchLog) {
	tb.Helper()
	log := &fetchLog{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.record(r)
		h.ServeHTTP(w, r)
	}))
	tb.Cleanup(srv.Close)
	return srv, log
}

// MustFixture reads a file of testdata/fetch.
func MustFixture(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "fetch", name))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// serveFixture answers with a fixture file and a content type.
func serveFixture(tb testing.TB, name, contentType string) http.HandlerFunc {
	body := MustFixture(tb, name)
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.Write(body)
	}
}

// waitOrDisconnect is a deliberately slow handler: it answers only after d,
// or returns as soon as the client goes away.
func waitOrDisconnect(d time.Duration) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(d):
			w.Write([]byte("late"))
		case <-r.Context().Done():
		}
	}
}

// fastConfig is a Config for tests that are not about pacing: a high
// per-host rate and a millisecond backoff so that tests do not wait a
// second per request or retry.
func fastConfig() crawler.Config {
	return crawler.Config{Rate: 1000, Burst: 1, BackoffBase: time.Millisecond, Extract: fakeExtract, ParseFeed: fakeParseFeed}
}

// markerRE finds the fake extractor's markers: <!-- post ID -->,
// <!-- feed URL -->, <!-- noprofile -->, <!-- broken -->.
var markerRE = regexp.MustCompile(`<!-- (post|feed|noprofile|broken) ?(\S*) -->`)

// fakeExtract stands in for ExtractPage so that the crawl tests do not
// depend on the real extractor: it reads the markers above.
func fakeExtract(u *url.URL, _ string, body []byte, at time.Time) (*crawler.Extraction, error) {
	ex := &crawler.Extraction{}
	prof := &scout.Profile{Account: scout.Account{ID: scout.AccountID(scout.PlatformWeb, u.String()), URL: u.String(), FetchedAt: at}}
	for _, m := range markerRE.FindAllStringSubmatch(string(body), -1) {
		switch m[1] {
		case "post":
			prof.Posts = append(prof.Posts, scout.Post{ID: m[2], AccountID: prof.Account.ID, Text: "page"})
		case "feed":
			ex.FeedURLs = append(ex.FeedURLs, m[2])
		case "noprofile":
			return ex, nil
		case "broken":
			return nil, errors.New("extract: broken fixture")
		}
	}
	ex.Profile = prof
	return ex, nil
}

// fakeParseFeed stands in for ParseFeed: every <!-- post ID --> is a post.
func fakeParseFeed(_ *url.URL, body []byte, accountID string) ([]scout.Post, error) {
	var posts []scout.Post
	for _, m := range markerRE.FindAllStringSubmatch(string(body), -1) {
		if m[1] == "post" {
			posts = append(posts, scout.Post{ID: m[2], AccountID: accountID, Text: "feed"})
		}
	}
	if len(posts) == 0 {
		return nil, errors.New("feed: no posts")
	}
	return posts, nil
}

// memSink records results in memory. failures is how many of the first
// Ingest calls fail.
type memSink struct {
	mu       sync.Mutex
	results  []*scout.CrawlResult
	calls    int
	failures int
}

func (s *memSink) Ingest(_ context.Context, r *scout.CrawlResult) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls++
	if s.calls <= s.failures {
		return errors.New("sink: refused")
	}
	s.results = append(s.results, r)
	return nil
}

// ByURL returns the recorded results by target URL.
func (s *memSink) ByURL() map[string]*scout.CrawlResult {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := make(map[string]*scout.CrawlResult, len(s.results))
	for _, r := range s.results {
		m[r.URL] = r
	}
	return m
}

var _ scout.Sink = (*memSink)(nil)

// kindOf is a result's failure kind, "" for a profile.
func kindOf(r *scout.CrawlResult) string {
	if r == nil {
		return "<no result>"
	}
	if r.Failure == nil {
		return ""
	}
	return r.Failure.Kind
}

// fetchGoroutines lists the live goroutines that belong to the fetch layer
// or colly: crawler code, colly, or an HTTP client connection.
func fetchGoroutines() []string {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	var out []string
	for _, g := range strings.Split(string(buf), "\n\n") {
		if strings.Contains(g, "scout/crawler.") || strings.Contains(g, "gocolly") || strings.Contains(g, "net/http.(*persistConn)") {
			out = append(out, g)
		}
	}
	return out
}

// checkNoFetchGoroutines fails the test when fetch goroutines outlive it
// (after a grace period for connections to wind down).
func checkNoFetchGoroutines(tb testing.TB) {
	tb.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for {
		left := fetchGoroutines()
		if len(left) == 0 {
			return
		}
		if time.Now().After(deadline) {
			tb.Fatalf("%d fetch goroutines leaked; first:\n%s", len(left), left[0])
		}
		time.Sleep(20 * time.Millisecond)
	}
}
