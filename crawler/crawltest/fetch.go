package crawltest

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"sync"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
)

// FetchHit is one request as a fixture server saw it.
type FetchHit struct {
	At   time.Time
	Path string
	UA   string
}

// FetchLog records every request a fixture server receives, with the
// server's own timestamp, so rates are measured where they matter.
type FetchLog struct {
	mu   sync.Mutex
	hits []FetchHit
}

func (l *FetchLog) record(r *http.Request) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.hits = append(l.hits, FetchHit{At: time.Now(), Path: r.URL.RequestURI(), UA: r.UserAgent()})
}

// Hits returns a copy of the log.
func (l *FetchLog) Hits() []FetchHit {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]FetchHit(nil), l.hits...)
}

// Count returns how many requests asked for path.
func (l *FetchLog) Count(path string) int {
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
func MustFetchServer(tb testing.TB, h http.Handler) (*httptest.Server, *FetchLog) {
	tb.Helper()
	log := &FetchLog{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.record(r)
		h.ServeHTTP(w, r)
	}))
	tb.Cleanup(srv.Close)
	return srv, log
}

// fetchFixtures are the pages, feed and robots.txt of the fetch tests,
// embedded so that the tests of every package can serve them.
//
//go:embed testdata/fetch
var fetchFixtures embed.FS

// MustFixture reads a file of testdata/fetch.
func MustFixture(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := fetchFixtures.ReadFile("testdata/fetch/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// ServeFixture answers with a fixture file and a content type.
func ServeFixture(tb testing.TB, name, contentType string) http.HandlerFunc {
	body := MustFixture(tb, name)
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.Write(body)
	}
}

// FastConfig is a Config for tests that are not about pacing: a high
// per-host rate and a millisecond backoff so that tests do not wait a
// second per request or retry.
func FastConfig() crawler.Config {
	return crawler.Config{Rate: 1000, Burst: 1, BackoffBase: time.Millisecond, Extract: FakeExtract, ParseFeed: FakeParseFeed}
}

// markerRE finds the fake extractor's markers: <!-- post ID -->,
// <!-- feed URL -->, <!-- noprofile -->, <!-- broken -->.
var markerRE = regexp.MustCompile(`<!-- (post|feed|noprofile|broken) ?(\S*) -->`)

// FakeExtract stands in for page.Extract so that the crawl tests do not
// depend on the real extractor: it reads the markers above.
func FakeExtract(u *url.URL, _ string, body []byte, at time.Time) (*crawler.Extraction, error) {
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

// FakeParseFeed stands in for page.ParseFeed: every <!-- post ID --> is a post.
func FakeParseFeed(_ *url.URL, body []byte, accountID string) ([]scout.Post, error) {
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

// MemSink records results in memory. Failures is how many of the first
// Ingest calls fail.
type MemSink struct {
	mu       sync.Mutex
	Results  []*scout.CrawlResult
	Calls    int
	Failures int
}

// Ingest implements scout.Sink, refusing the first Failures results.
func (s *MemSink) Ingest(_ context.Context, r *scout.CrawlResult) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.Calls++
	if s.Calls <= s.Failures {
		return errors.New("sink: refused")
	}
	s.Results = append(s.Results, r)
	return nil
}

// ByURL returns the recorded results by target URL.
func (s *MemSink) ByURL() map[string]*scout.CrawlResult {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := make(map[string]*scout.CrawlResult, len(s.Results))
	for _, r := range s.Results {
		m[r.URL] = r
	}
	return m
}

var _ scout.Sink = (*MemSink)(nil)

// KindOf is a result's failure kind, "" for a profile.
func KindOf(r *scout.CrawlResult) string {
	if r == nil {
		return "<no result>"
	}
	if r.Failure == nil {
		return ""
	}
	return r.Failure.Kind
}

// CrawlMux is a fixture site with one route per outcome the crawl loop
// must tell apart.
func CrawlMux(tb testing.TB) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/robots.txt", ServeFixture(tb, "robots.txt", "text/plain"))
	mux.Handle("/ok", ServeFixture(tb, "page.html", "text/html; charset=utf-8"))
	mux.Handle("/feed.xml", ServeFixture(tb, "feed.xml", "application/rss+xml"))
	mux.HandleFunc("/feedless", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("<html><!-- post only --><!-- feed /missing-feed.xml --></html>"))
	})
	mux.HandleFunc("/noprofile", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("<html><!-- noprofile --></html>"))
	})
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("<html><!-- broken --></html>"))
	})
	mux.HandleFunc("/image.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG"))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(bytes.Repeat([]byte("<p>big</p>"), 1000)) // 10 KB over a 4 KB cap
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/ok", http.StatusMovedPermanently)
	})
	for path, status := range map[string]int{"/gone": 410, "/login": 401, "/busy": 429, "/error": 500} {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(status) })
	}
	return mux
}

// FmtCount prints an optional count, "nil" when unknown, for messages.
func FmtCount(p *int64) string {
	if p == nil {
		return "nil"
	}
	return fmt.Sprint(*p)
}

// Day is midnight UTC of a date.
func Day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
