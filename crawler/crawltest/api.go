package crawltest

import (
	"context"
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
	"github.com/scout-oss/scout/crawler/page"
)

// APIRoute is one canned response of an API fixture server.
type APIRoute struct {
	Status      int    // 200 when 0
	File        string // under the server's directory
	Body        string // served instead of file when set
	ContentType string // application/json when ""
	Header      map[string]string
}

// APIFixture serves canned API responses from a testdata directory and
// records every request it gets. Routes are keyed "PATH?K=V&..." with the
// query parameters that tell the response apart; of the routes whose
// parameters all match, the one with the most wins ("PATH" alone matches
// any query). In files and bodies, {{BASE}} stands for the server's own URL
// (ActivityPub documents link to their own server).
type APIFixture struct {
	*httptest.Server
	dir    string
	routes map[string]APIRoute

	mu   sync.Mutex
	reqs []*http.Request
}

// MustStartAPIFixture starts an APIFixture and closes it with the test.
func MustStartAPIFixture(tb testing.TB, dir string, routes map[string]APIRoute) *APIFixture {
	tb.Helper()
	f := &APIFixture{dir: dir, routes: routes}
	f.Server = httptest.NewServer(http.HandlerFunc(f.serve))
	tb.Cleanup(f.Close)
	return f
}

func (f *APIFixture) serve(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.reqs = append(f.reqs, r.Clone(context.Background()))
	f.mu.Unlock()
	route, ok := f.route(r)
	if !ok {
		http.NotFound(w, r)
		return
	}
	body := []byte(strings.ReplaceAll(route.Body, "{{BASE}}", f.URL))
	if route.Body == "" && route.File != "" {
		b, err := os.ReadFile(filepath.Join(f.dir, route.File))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		body = []byte(strings.ReplaceAll(string(b), "{{BASE}}", f.URL))
	}
	ct := route.ContentType
	if ct == "" {
		ct = "application/json; charset=utf-8"
	}
	w.Header().Set("Content-Type", ct)
	for k, v := range route.Header {
		w.Header().Set(k, v)
	}
	w.WriteHeader(max(route.Status, http.StatusOK))
	_, _ = w.Write(body)
}

func (f *APIFixture) route(r *http.Request) (APIRoute, bool) {
	best, bestN, found := APIRoute{}, -1, false
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
func (f *APIFixture) Requests(prefix string) []*http.Request {
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
// crawler.Crawler (its shared transport, robots.txt included, with the
// generic page extractor as the fallback, as cmd/scout wires it) and
// returns the results by target.
func MustCrawl(tb testing.TB, adapters []crawler.Adapter, targets ...string) (map[string]*scout.CrawlResult, *crawler.Summary) {
	tb.Helper()
	sink := &MemSink{}
	c := crawler.New(WithPageFallback(crawler.Config{Rate: 1000, Burst: 100, Timeout: 5 * time.Second, Adapters: adapters}))
	sum, err := c.Crawl(context.Background(), targets, sink)
	if err != nil {
		tb.Fatal(err)
	}
	out := make(map[string]*scout.CrawlResult)
	for _, r := range sink.Results {
		out[r.URL] = r
	}
	return out, sum
}

// FixedNow is the clock of adapter tests.
func FixedNow() time.Time { return time.Date(2024, 3, 12, 12, 0, 0, 0, time.UTC) }

// Paths returns how many requests the fixture got per path.
func (f *APIFixture) Paths() map[string]int {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := map[string]int{}
	for _, r := range f.reqs {
		out[r.URL.Path]++
	}
	return out
}

// WithPageFallback returns cfg with the generic page extractor
// (crawler/page) wired as the fallback for targets no adapter claims, as
// cmd/scout wires it: tests of an adapter that declines a target see the
// page read as the crawl would read it.
func WithPageFallback(cfg crawler.Config) crawler.Config {
	cfg.Extract, cfg.ExtractFeed, cfg.ParseFeed = page.Extract, page.ExtractFeed, page.ParseFeed
	return cfg
}

// WithNodeInfo adds to routes the NodeInfo answers of a fediverse server
// running software ("mastodon", "peertube"): /.well-known/nodeinfo
// pointing at a NodeInfo 2.1 document that lists ActivityPub. The crawl
// asks a host these before it hands a URL target of a shape-matching
// adapter (crawler.HostProber) to the adapter; a fixture without them is
// an ordinary web site. It returns routes.
func WithNodeInfo(routes map[string]APIRoute, software string) map[string]APIRoute {
	routes["/.well-known/nodeinfo"] = APIRoute{
		Body: `{"links":[{"rel":"http://nodeinfo.diaspora.software/ns/schema/2.1","href":"{{BASE}}/nodeinfo/2.1"}]}`,
	}
	routes["/nodeinfo/2.1"] = APIRoute{
		Body: `{"version":"2.1","software":{"name":"` + software + `","version":"4.3.0"},"protocols":["activitypub"],` +
			`"services":{"outbound":[],"inbound":[]},"usage":{"users":{"total":1}},"openRegistrations":false,"metadata":{}}`,
		ContentType: `application/json; profile="http://nodeinfo.diaspora.software/ns/schema/2.1#"`,
	}
	return routes
}
