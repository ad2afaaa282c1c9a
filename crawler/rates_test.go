package crawler_test

import (
	"errors"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
)

func TestHostRatesOverride(t *testing.T) {
	srv, log := crawltest.MustFetchServer(t, robotsWith("User-agent: *\nAllow: /\n"))
	u, _ := url.Parse(srv.URL)
	cfg := crawltest.FastConfig() // 1000 requests/s for every other host
	cfg.HostRates = map[string]float64{u.Host: 5}
	tr := crawler.NewTransport(cfg)
	c := tr.Client()
	t.Cleanup(c.CloseIdleConnections)

	for _, p := range []string{"/a", "/b", "/c"} {
		if _, _, err := mustGet(t, t.Context(), c, srv.URL+p, nil); err != nil {
			t.Fatal(err)
		}
	}
	if got := tr.HostLimit(u); got != 5 {
		t.Errorf("host rate %v, want the override 5", got)
	}
	hits := log.Hits()
	for i := 2; i < len(hits); i++ { // robots.txt, then /a, /b, /c
		if d := hits[i].At.Sub(hits[i-1].At); d < 180*time.Millisecond {
			t.Errorf("%s came %v after %s; the host's rate is 5/s", hits[i].Path, d, hits[i-1].Path)
		}
	}
}

func TestWithoutRobots(t *testing.T) {
	srv, log := crawltest.MustFetchServer(t, robotsWith("User-agent: *\nDisallow: /\n"))
	c := crawler.NewClient(crawltest.FastConfig())
	t.Cleanup(c.CloseIdleConnections)

	t.Run("PageDisallowed", func(t *testing.T) {
		_, _, err := mustGet(t, t.Context(), c, srv.URL+"/page", nil)
		if !errors.Is(err, crawler.ErrRobotsDisallowed) {
			t.Errorf("err = %v, want ErrRobotsDisallowed", err)
		}
	})
	t.Run("APIExempt", func(t *testing.T) {
		robotsBefore := log.Count("/robots.txt")
		resp, _, err := mustGet(t, crawler.WithoutRobots(t.Context()), c, srv.URL+"/xrpc/app.bsky.actor.getProfile?actor=a.test", nil)
		if err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("API call: %v, %v", resp, err)
		}
		if n := log.Count("/robots.txt"); n != robotsBefore {
			t.Errorf("robots.txt fetched %d more times for an API call", n-robotsBefore)
		}
	})
}

var hostRateCases = []struct {
	in, host string
	rate     float64
	ok       bool
}{
	{"public.api.bsky.app=10", "public.api.bsky.app", 10, true},
	{"Mastodon.Social=0.5", "mastodon.social", 0.5, true},
	{"https://example.social:443=2", "example.social", 2, true},
	{"http://127.0.0.1:8080=100", "127.0.0.1:8080", 100, true},
	{"example.social", "", 0, false},
	{"example.social=0", "", 0, false},
	{"example.social=fast", "", 0, false},
	{"https://example.social/path=1", "", 0, false},
}

func TestParseHostRate(t *testing.T) {
	for _, tc := range hostRateCases {
		host, r, err := crawler.ParseHostRate(tc.in)
		if (err == nil) != tc.ok || host != tc.host || r != tc.rate {
			t.Errorf("ParseHostRate(%q) = %q, %v, %v; want %q, %v, ok=%v", tc.in, host, r, err, tc.host, tc.rate, tc.ok)
		}
	}
}
