package crawler_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
)

// shapeAdapter claims any http URL whose path starts with /@, on any host,
// and asks the crawl to probe the host first (crawler.HostProber). Its
// profiles are of platform "shape", so the test tells them from pages.
type shapeAdapter struct{}

var _ crawler.HostProber = shapeAdapter{}

func (shapeAdapter) Platform() scout.Platform { return "shape" }

func (shapeAdapter) Match(target string) (string, bool) {
	i := strings.Index(target, "/@")
	if !strings.HasPrefix(target, "http") || i < 0 {
		return "", false
	}
	return strings.TrimPrefix(strings.TrimPrefix(target[:i], "http://"), "https://"), true
}

func (shapeAdapter) ProbeBase(target string) string { return target[:strings.Index(target, "/@")] }

func (shapeAdapter) AcceptsHost(h *scout.HostInfo) bool { return h.Fediverse() }

func (shapeAdapter) Fetch(_ context.Context, _ *http.Client, target string) *scout.CrawlResult {
	return &scout.CrawlResult{URL: target, FetchedAt: time.Now(),
		Profile: &scout.Profile{Account: scout.Account{ID: "shape:" + target, Platform: "shape"}}}
}

// probeHost serves a host that answers NodeInfo with nodeInfo (a 404 when
// ""), the instance API with instance (404 when ""), and a page at every
// other path; it counts the requests per path.
type probeHost struct {
	*httptest.Server
	mu    sync.Mutex
	paths map[string]int
}

func newProbeHost(t *testing.T, nodeInfoStatus int, nodeInfo, instance string) *probeHost {
	h := &probeHost{paths: map[string]int{}}
	h.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.mu.Lock()
		h.paths[r.URL.Path]++
		h.mu.Unlock()
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/.well-known/nodeinfo":
			if nodeInfoStatus != 0 {
				w.WriteHeader(nodeInfoStatus)
				return
			}
			if nodeInfo == "" {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write([]byte(`{"links":[{"rel":"http://nodeinfo.diaspora.software/ns/schema/2.0","href":"` + h.URL + `/nodeinfo/2.0"}]}`))
		case "/nodeinfo/2.0":
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write([]byte(nodeInfo))
		case "/api/v1/instance":
			if instance == "" {
				// An ordinary site answers with its HTML 404 page.
				w.Header().Set("Content-Type", "text/html")
				w.WriteHeader(http.StatusNotFound)
				return
			}
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write([]byte(instance))
		default:
			w.Header().Set("Content-Type", "text/html")
			_, _ = w.Write([]byte(`<html><body><!-- post 1 --></body></html>`))
		}
	}))
	t.Cleanup(h.Close)
	return h
}

func (h *probeHost) count(path string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.paths[path]
}

// memHostInfo is an in-memory scout.HostInfoService.
type memHostInfo struct {
	mu    sync.Mutex
	hosts map[string]scout.HostInfo
}

func (m *memHostInfo) FindHostInfo(_ context.Context, host string) (*scout.HostInfo, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	h, ok := m.hosts[host]
	if !ok {
		return nil, scout.Errorf(scout.ENOTFOUND, "no probe of %s", host)
	}
	return &h, nil
}

func (m *memHostInfo) SaveHostInfo(_ context.Context, h *scout.HostInfo) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.hosts == nil {
		m.hosts = map[string]scout.HostInfo{}
	}
	m.hosts[h.Host] = *h
	return nil
}

// probeCrawl crawls targets with the shape adapter and the fake page
// extractor, and returns the platform of each result: "shape" for the
// adapter's, "web" for a page, "" for a failure.
func probeCrawl(t *testing.T, cfg crawler.Config, targets ...string) map[string]scout.Platform {
	t.Helper()
	cfg.Rate, cfg.Burst, cfg.MaxRetries = 1000, 100, -1
	cfg.Extract = crawltest.FakeExtract
	cfg.Adapters = []crawler.Adapter{shapeAdapter{}}
	sink := &crawltest.MemSink{}
	if _, err := crawler.New(cfg).Crawl(context.Background(), targets, sink); err != nil {
		t.Fatal(err)
	}
	out := map[string]scout.Platform{}
	for _, r := range sink.Results {
		if r.Profile != nil {
			out[r.URL] = r.Profile.Account.Platform
			if out[r.URL] == "" {
				out[r.URL] = scout.PlatformWeb // the fake page extractor's
			}
		} else {
			out[r.URL] = ""
		}
	}
	return out
}

const (
	mastodonNodeInfo = `{"version":"2.0","software":{"name":"Mastodon","version":"4.3.2"},"protocols":["activitypub"],"usage":{"users":{}},"openRegistrations":true}`
	diasporaNodeInfo = `{"version":"1.0","software":{"name":"diaspora","version":"0.7.18"},"protocols":{"inbound":["diaspora"],"outbound":["diaspora"]}}`
	instanceAPI      = `{"uri":"gts.example","title":"GoToSocial","version":"0.17.0"}`
)

func TestHostProbeDecidesTheClaim(t *testing.T) {
	for _, tc := range []struct {
		name                     string
		status                   int
		nodeInfo, instance, want string
	}{
		{"NodeInfoActivityPub", 0, mastodonNodeInfo, "", "shape"},
		{"NodeInfoOtherProtocol", 0, diasporaNodeInfo, "", "web"},
		{"InstanceAPIOnly", 0, "", instanceAPI, "shape"},
		{"OrdinarySite", 0, "", "", "web"},
		// A probe that fails decides nothing: the adapter is tried (and a
		// real one declines what is not its platform's).
		{"ProbeFails", http.StatusServiceUnavailable, "", "", "shape"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newProbeHost(t, tc.status, tc.nodeInfo, tc.instance)
			got := probeCrawl(t, crawler.Config{}, h.URL+"/@alice", h.URL+"/@bob", h.URL+"/about")
			for _, u := range []string{h.URL + "/@alice", h.URL + "/@bob"} {
				if got[u] != scout.Platform(tc.want) {
					t.Errorf("%s: platform %q, want %q", u, got[u], tc.want)
				}
			}
			if got[h.URL+"/about"] != scout.PlatformWeb {
				t.Errorf("/about: platform %q, want web (no adapter claims it)", got[h.URL+"/about"])
			}
			if n := h.count("/.well-known/nodeinfo"); n != 1 && tc.status == 0 {
				t.Errorf("nodeinfo asked %d times, want once for two targets", n)
			}
		})
	}
}

// The answer is stored: a second crawler (a restart) sharing the store
// does not ask again within the TTL, and asks again after it. A failed
// probe is never stored.
func TestHostProbeCache(t *testing.T) {
	h := newProbeHost(t, 0, mastodonNodeInfo, "")
	cache := &memHostInfo{}
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	cfg := crawler.Config{HostInfo: cache, Now: clock, HostInfoTTL: 24 * time.Hour}

	probeCrawl(t, cfg, h.URL+"/@alice")
	got, err := cache.FindHostInfo(context.Background(), strings.TrimPrefix(h.URL, "http://"))
	if err != nil || got.Software != "mastodon" || got.Version != "4.3.2" || got.Source != scout.HostInfoNodeInfo || !got.CheckedAt.Equal(now) {
		t.Fatalf("stored %+v, %v; want mastodon 4.3.2 from nodeinfo, checked now", got, err)
	}
	now = now.Add(23 * time.Hour)
	if p := probeCrawl(t, cfg, h.URL+"/@bob"); p[h.URL+"/@bob"] != "shape" {
		t.Errorf("after restart: %v", p)
	}
	if n := h.count("/.well-known/nodeinfo"); n != 1 {
		t.Errorf("nodeinfo asked %d times within the TTL, want once", n)
	}
	now = now.Add(2 * time.Hour)
	probeCrawl(t, cfg, h.URL+"/@cy")
	if n := h.count("/.well-known/nodeinfo"); n != 2 {
		t.Errorf("nodeinfo asked %d times after the TTL, want twice", n)
	}

	failing := newProbeHost(t, http.StatusBadGateway, "", "")
	probeCrawl(t, cfg, failing.URL+"/@dee")
	if _, err := cache.FindHostInfo(context.Background(), strings.TrimPrefix(failing.URL, "http://")); err == nil {
		t.Error("a failed probe was stored")
	}
}

// A NodeInfo document on another host does not speak for this one.
func TestHostProbeIgnoresForeignNodeInfo(t *testing.T) {
	other := newProbeHost(t, 0, mastodonNodeInfo, "")
	h := &probeHost{paths: map[string]int{}}
	h.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.mu.Lock()
		h.paths[r.URL.Path]++
		h.mu.Unlock()
		switch r.URL.Path {
		case "/.well-known/nodeinfo":
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write([]byte(`{"links":[{"rel":"http://nodeinfo.diaspora.software/ns/schema/2.0","href":"` + other.URL + `/nodeinfo/2.0"}]}`))
		case "/robots.txt", "/api/v1/instance":
			http.NotFound(w, r)
		default:
			w.Header().Set("Content-Type", "text/html")
			_, _ = w.Write([]byte(`<html><body><!-- post 1 --></body></html>`))
		}
	}))
	t.Cleanup(h.Close)
	if got := probeCrawl(t, crawler.Config{}, h.URL+"/@alice"); got[h.URL+"/@alice"] != scout.PlatformWeb {
		t.Errorf("platform %q, want web", got[h.URL+"/@alice"])
	}
	if n := other.count("/nodeinfo/2.0"); n != 0 {
		t.Errorf("the other host's NodeInfo was fetched %d times", n)
	}
}

// softwareAdapter is a shapeAdapter that accepts only hosts running one
// software, with profiles of that software's platform.
type softwareAdapter struct{ software string }

func (a softwareAdapter) Platform() scout.Platform           { return scout.Platform(a.software) }
func (softwareAdapter) Match(target string) (string, bool)   { return shapeAdapter{}.Match(target) }
func (softwareAdapter) ProbeBase(target string) string       { return shapeAdapter{}.ProbeBase(target) }
func (a softwareAdapter) AcceptsHost(h *scout.HostInfo) bool { return h.Software == a.software }
func (a softwareAdapter) Fetch(_ context.Context, _ *http.Client, target string) *scout.CrawlResult {
	return &scout.CrawlResult{URL: target, FetchedAt: time.Now(),
		Profile: &scout.Profile{Account: scout.Account{ID: a.software + ":" + target, Platform: scout.Platform(a.software)}}}
}

// TestHostProbePicksAmongAdapters: when several adapters recognise one URL
// shape (/@user on Pixelfed and on Mastodon), the first whose AcceptsHost
// takes the probed host reads it; a host none accepts is read as a page.
func TestHostProbePicksAmongAdapters(t *testing.T) {
	pixelNodeInfo := strings.Replace(mastodonNodeInfo, `"Mastodon"`, `"pixelfed"`, 1)
	pixel := newProbeHost(t, 0, pixelNodeInfo, "")
	masto := newProbeHost(t, 0, mastodonNodeInfo, "")
	plain := newProbeHost(t, 0, "", "")
	cfg := crawler.Config{Rate: 1000, Burst: 100, MaxRetries: -1, Extract: crawltest.FakeExtract,
		Adapters: []crawler.Adapter{softwareAdapter{"pixelfed"}, softwareAdapter{"mastodon"}}}
	sink := &crawltest.MemSink{}
	targets := []string{pixel.URL + "/@ines", masto.URL + "/@ines", plain.URL + "/@ines"}
	if _, err := crawler.New(cfg).Crawl(context.Background(), targets, sink); err != nil {
		t.Fatal(err)
	}
	got := map[string]scout.Platform{}
	for _, r := range sink.Results {
		if r.Profile != nil {
			got[r.URL] = r.Profile.Account.Platform
		}
	}
	for u, want := range map[string]scout.Platform{targets[0]: "pixelfed", targets[1]: "mastodon", targets[2]: ""} {
		if got[u] != want {
			t.Errorf("%s read as %q, want %q", u, got[u], want)
		}
	}
}
