package crawler_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
)

// apiRoute is one canned response of an API fixture server.
type apiRoute struct {
	status      int    // 200 when 0
	file        string // under the server's directory
	body        string // served instead of file when set
	contentType string // application/json when ""
	header      map[string]string
}

// apiFixture serves canned API responses from a testdata directory and
// records every request it gets. Routes are keyed "PATH?K=V&..." with the
// query parameters that tell the response apart; of the routes whose
// parameters all match, the one with the most wins ("PATH" alone matches
// any query). In
// files, {{BASE}} stands for the server's own URL (ActivityPub documents
// link to their own server).
type apiFixture struct {
	*httptest.Server
	dir    string
	routes map[string]apiRoute

	mu   sync.Mutex
	reqs []*http.Request
}

// MustStartAPIFixture starts an apiFixture and closes it with the test.
func MustStartAPIFixture(tb testing.TB, dir string, routes map[string]apiRoute) *apiFixture {
	tb.Helper()
	f := &apiFixture{dir: dir, routes: routes}
	f.Server = httptest.NewServer(http.HandlerFunc(f.serve))
	tb.Cleanup(f.Close)
	return f
}

func (f *apiFixture) serve(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.reqs = append(f.reqs, r.Clone(context.Background()))
	f.mu.Unlock()
	route, ok := f.route(r)
	if !ok {
		http.NotFound(w, r)
		return
	}
	body := []byte(strings.ReplaceAll(route.body, "{{BASE}}", f.URL))
	if route.body == "" && route.file != "" {
		b, err := os.ReadFile(filepath.Join(f.dir, route.file))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		body = []byte(strings.ReplaceAll(string(b), "{{BASE}}", f.URL))
	}
	ct := route.contentType
	if ct == "" {
		ct = "application/json; charset=utf-8"
	}
	w.Header().Set("Content-Type", ct)
	for k, v := range route.header {
		w.Header().Set(k, v)
	}
	w.WriteHeader(max(route.status, http.StatusOK))
	_, _ = w.Write(body)
}

func (f *apiFixture) route(r *http.Request) (apiRoute, bool) {
	best, bestN, found := apiRoute{}, -1, false
	for key, rt := range f.routes {
		path, query, _ := strings.Cut(key, "?")
		if path != r.URL.Path {
			continue
		}
		want, _ := url.ParseQuery(query)
		if len(want) <= bestN {
			continue
		}
		ok := true
		for k := range want {
			if r.URL.Query().Get(k) != want.Get(k) {
				ok = false
			}
		}
		if ok {
			best, bestN, found = rt, len(want), true
		}
	}
	return best, found
}

// Requests returns the requests so far whose path starts with prefix.
func (f *apiFixture) Requests(prefix string) []*http.Request {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []*http.Request
	for _, r := range f.reqs {
		if strings.HasPrefix(r.URL.Path, prefix) {
			out = append(out, r)
		}
	}
	return out
}

// MustCrawl crawls targets with the given adapters through a real
// crawler.Crawler (its shared transport, robots.txt included) and returns
// the results by target.
func MustCrawl(tb testing.TB, adapters []crawler.Adapter, targets ...string) (map[string]*scout.CrawlResult, *crawler.Summary) {
	tb.Helper()
	sink := &collectSink{}
	c := crawler.New(crawler.Config{Rate: 1000, Burst: 100, Timeout: 5 * time.Second, Adapters: adapters})
	sum, err := c.Crawl(context.Background(), targets, sink)
	if err != nil {
		tb.Fatal(err)
	}
	out := make(map[string]*scout.CrawlResult)
	for _, r := range sink.results {
		out[r.URL] = r
	}
	return out, sum
}

// MustMatchGoldenProfile compares a profile with its golden file, the
// fixture server's host and port replaced by "fixture" so that the file
// does not depend on the port.
func MustMatchGoldenProfile(tb testing.TB, name string, p *scout.Profile, serverURL string) {
	tb.Helper()
	b, err := json.Marshal(p)
	if err != nil {
		tb.Fatal(err)
	}
	var v any
	if err := json.Unmarshal([]byte(strings.ReplaceAll(string(b), strings.TrimPrefix(serverURL, "http://"), "fixture")), &v); err != nil {
		tb.Fatal(err)
	}
	MustMatchGolden(tb, name, v)
}

// fixedNow is the clock of adapter tests.
func fixedNow() time.Time { return time.Date(2024, 3, 12, 12, 0, 0, 0, time.UTC) }
