package crawler_test

import (
	"errors"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
)

// robotsMux serves the robots.txt of crawltest's fetch fixtures and answers
// every other path.
func robotsMux(tb testing.TB) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/robots.txt", crawltest.ServeFixture(tb, "robots.txt", "text/plain"))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })
	return mux
}

func TestRobotsDisallow(t *testing.T) {
	srv, log := crawltest.MustFetchServer(t, robotsMux(t))
	c := crawler.NewClient(crawltest.FastConfig())
	t.Cleanup(c.CloseIdleConnections)

	for _, path := range []string{"/private", "/private/page?x=1"} {
		_, _, err := mustGet(t, t.Context(), c, srv.URL+path, nil)
		if !errors.Is(err, crawler.ErrRobotsDisallowed) {
			t.Errorf("%s: err = %v, want ErrRobotsDisallowed", path, err)
		}
		if got, want := crawler.Classify(err, 0), scout.FailRobots; got != want {
			t.Errorf("%s: kind = %q, want %q", path, got, want)
		}
	}
	for _, h := range log.Hits() {
		if h.Path != "/robots.txt" {
			t.Errorf("disallowed %s was requested", h.Path)
		}
	}
	if got, want := log.Count("/robots.txt"), 1; got != want {
		t.Errorf("robots.txt fetched %d times, want %d", got, want)
	}
}

func TestRobotsAllow(t *testing.T) {
	srv, log := crawltest.MustFetchServer(t, robotsMux(t))
	c := crawler.NewClient(crawltest.FastConfig())
	t.Cleanup(c.CloseIdleConnections)

	// /nobody is disallowed for "*" only: ScoutBot's own group applies.
	for _, path := range []string{"/", "/public", "/nobody"} {
		resp, _, err := mustGet(t, t.Context(), c, srv.URL+path, nil)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		if got, want := resp.StatusCode, http.StatusOK; got != want {
			t.Errorf("%s: status = %d, want %d", path, got, want)
		}
		if got, want := log.Count(path), 1; got != want {
			t.Errorf("%s requested %d times, want %d", path, got, want)
		}
	}
}

func TestRobotsIgnore(t *testing.T) {
	srv, log := crawltest.MustFetchServer(t, robotsMux(t))
	cfg := crawltest.FastConfig()
	cfg.IgnoreRobots = true
	c := crawler.NewClient(cfg)
	t.Cleanup(c.CloseIdleConnections)

	if _, _, err := mustGet(t, t.Context(), c, srv.URL+"/private", nil); err != nil {
		t.Fatal(err)
	}
	if got, want := log.Count("/private"), 1; got != want {
		t.Errorf("/private requested %d times, want %d", got, want)
	}
	if got := log.Count("/robots.txt"); got != 0 {
		t.Errorf("robots.txt fetched %d times with IgnoreRobots", got)
	}
}

func TestRobotsStatus(t *testing.T) {
	for _, tc := range []struct {
		name    string
		status  int
		allowed bool
	}{
		{"NotFoundAllowsAll", http.StatusNotFound, true},
		{"ForbiddenAllowsAll", http.StatusForbidden, true},
		{"ServerErrorDisallowsAll", http.StatusServiceUnavailable, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv, log := crawltest.MustFetchServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/robots.txt" {
					w.WriteHeader(tc.status)
				}
			}))
			c := crawler.NewClient(crawltest.FastConfig())
			t.Cleanup(c.CloseIdleConnections)
			_, _, err := mustGet(t, t.Context(), c, srv.URL+"/page", nil)
			if got := err == nil; got != tc.allowed {
				t.Errorf("allowed = %v (err %v), want %v", got, err, tc.allowed)
			}
			if got, want := log.Count("/page") == 1, tc.allowed; got != want {
				t.Errorf("/page requested = %v, want %v", got, want)
			}
		})
	}
}

// fakeClock is a settable clock for the robots.txt cache.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

func TestRobotsCacheTTL(t *testing.T) {
	srv, log := crawltest.MustFetchServer(t, robotsMux(t))
	clock := &fakeClock{now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	cfg := crawltest.FastConfig()
	cfg.Now = clock.Now
	cfg.RobotsTTL = time.Hour
	c := crawler.NewClient(cfg)
	t.Cleanup(c.CloseIdleConnections)

	// Concurrent first requests to a host fetch robots.txt once.
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			if _, _, err := mustGet(t, t.Context(), c, srv.URL+"/a", nil); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if got, want := log.Count("/robots.txt"), 1; got != want {
		t.Errorf("robots.txt fetched %d times by 4 concurrent requests, want %d", got, want)
	}

	clock.Add(59 * time.Minute)
	if _, _, err := mustGet(t, t.Context(), c, srv.URL+"/b", nil); err != nil {
		t.Fatal(err)
	}
	if got, want := log.Count("/robots.txt"), 1; got != want {
		t.Errorf("robots.txt fetched %d times within its TTL, want %d", got, want)
	}

	clock.Add(2 * time.Minute)
	if _, _, err := mustGet(t, t.Context(), c, srv.URL+"/c", nil); err != nil {
		t.Fatal(err)
	}
	if got, want := log.Count("/robots.txt"), 2; got != want {
		t.Errorf("robots.txt fetched %d times after its TTL, want %d", got, want)
	}
}
