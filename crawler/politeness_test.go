package crawler_test

import (
	"fmt"
	"net/http"
	"net/url"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/time/rate"

	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
)

// robotsWith serves the given robots.txt and "ok" for every other path.
func robotsWith(robots string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			w.Write([]byte(robots))
			return
		}
		w.Write([]byte("ok"))
	})
}

func TestRobotsCrawlDelay(t *testing.T) {
	const delay = 400 * time.Millisecond
	srv, log := crawltest.MustFetchServer(t, robotsWith("User-agent: ScoutBot\nCrawl-delay: 0.4\n"))
	c := crawler.NewClient(crawltest.FastConfig()) // 1000 requests/s, were it not for the delay
	t.Cleanup(c.CloseIdleConnections)

	for _, p := range []string{"/a", "/b", "/c"} {
		if _, _, err := mustGet(t, t.Context(), c, srv.URL+p, nil); err != nil {
			t.Fatal(err)
		}
	}
	hits := log.Hits()
	if len(hits) != 4 {
		t.Fatalf("requests = %v, want robots.txt and 3 pages", hits)
	}
	for i := 2; i < len(hits); i++ {
		if d := hits[i].At.Sub(hits[i-1].At); d < delay-20*time.Millisecond {
			t.Errorf("%s came %v after %s; Crawl-delay is %v", hits[i].Path, d, hits[i-1].Path, delay)
		}
	}
}

func TestRobotsCrawlDelayCapped(t *testing.T) {
	srv, _ := crawltest.MustFetchServer(t, robotsWith("User-agent: *\nCrawl-delay: 3600\n"))
	tr := crawler.NewTransport(crawltest.FastConfig())
	c := tr.Client()
	t.Cleanup(c.CloseIdleConnections)

	if _, _, err := mustGet(t, t.Context(), c, srv.URL+"/a", nil); err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(srv.URL)
	if got, want := tr.HostLimit(u), rate.Every(crawler.MaxCrawlDelay); got != want {
		t.Errorf("host rate = %v/s, want one per %v (the cap)", float64(got), crawler.MaxCrawlDelay)
	}
}

func TestRobotsNoCrawlDelayKeepsRate(t *testing.T) {
	srv, _ := crawltest.MustFetchServer(t, robotsWith("User-agent: *\nDisallow: /private\n"))
	cfg := crawltest.FastConfig()
	tr := crawler.NewTransport(cfg)
	c := tr.Client()
	t.Cleanup(c.CloseIdleConnections)

	if _, _, err := mustGet(t, t.Context(), c, srv.URL+"/a", nil); err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(srv.URL)
	if got, want := tr.HostLimit(u), rate.Limit(cfg.Rate); got != want {
		t.Errorf("host rate = %v, want the configured %v", got, want)
	}
}

// inFlight is a handler that counts concurrent requests and keeps each one
// open for d.
type inFlight struct {
	d        time.Duration
	now, max atomic.Int64
}

func (h *inFlight) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	n := h.now.Add(1)
	defer h.now.Add(-1)
	for {
		m := h.max.Load()
		if n <= m || h.max.CompareAndSwap(m, n) {
			break
		}
	}
	time.Sleep(h.d)
	w.Write([]byte("ok"))
}

func TestPerHostConcurrency(t *testing.T) {
	for _, tc := range []struct {
		name string
		conc int
		want int64
	}{
		{"DefaultOne", 0, 1},
		{"Three", 3, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := &inFlight{d: 30 * time.Millisecond}
			srv, _ := crawltest.MustFetchServer(t, h)
			cfg := crawltest.FastConfig()
			cfg.IgnoreRobots = true
			cfg.Burst = 100
			cfg.PerHostConcurrency = tc.conc
			c := crawler.NewClient(cfg)
			t.Cleanup(c.CloseIdleConnections)

			var wg sync.WaitGroup
			for i := range 8 {
				wg.Go(func() {
					if _, _, err := mustGet(t, t.Context(), c, fmt.Sprintf("%s/%d", srv.URL, i), nil); err != nil {
						t.Error(err)
					}
				})
			}
			wg.Wait()
			if got := h.max.Load(); got > tc.want {
				t.Errorf("%d requests in flight at once, want at most %d", got, tc.want)
			}
			if tc.want > 1 && h.max.Load() < 2 {
				t.Errorf("never more than one request in flight with PerHostConcurrency %d", tc.conc)
			}
		})
	}
}

// TestPerHostConcurrencyUnreadBody checks that a response whose body is
// still open holds its host's slot, and that reading it to the end frees
// the slot even before Close.
func TestPerHostConcurrencyUnreadBody(t *testing.T) {
	srv, _ := crawltest.MustFetchServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) }))
	cfg := crawltest.FastConfig()
	cfg.IgnoreRobots = true
	c := crawler.NewClient(cfg)
	t.Cleanup(c.CloseIdleConnections)

	resp, err := c.Get(srv.URL + "/held")
	if err != nil {
		t.Fatal(err)
	}
	second := make(chan error, 1)
	go func() {
		_, _, err := mustGet(t, t.Context(), c, srv.URL+"/next", nil)
		second <- err
	}()
	select {
	case err := <-second:
		t.Fatalf("second request finished (%v) while the first body was open", err)
	case <-time.After(100 * time.Millisecond):
	}
	buf := make([]byte, 16)
	for {
		if _, err := resp.Body.Read(buf); err != nil {
			break
		}
	}
	select {
	case err := <-second:
		if err != nil {
			t.Error(err)
		}
	case <-time.After(2 * time.Second):
		t.Error("second request still waiting after the first body was read to its end")
	}
	resp.Body.Close()
}

func TestHostTableBounded(t *testing.T) {
	cfg := crawltest.FastConfig()
	cfg.Rate = 1e6 // refilled at once, so idle hosts may be forgotten at once
	cfg.MaxHosts = 2
	tr := crawler.NewTransport(cfg)
	c := tr.Client()
	t.Cleanup(c.CloseIdleConnections)

	for i := range 6 {
		srv, _ := crawltest.MustFetchServer(t, robotsWith(""))
		if _, _, err := mustGet(t, t.Context(), c, fmt.Sprintf("%s/%d", srv.URL, i), nil); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Millisecond)
	}
	if got := crawler.HostCount(tr); got > cfg.MaxHosts {
		t.Errorf("host table holds %d hosts, want at most %d", got, cfg.MaxHosts)
	}
}

func TestHostTableKeepsPausedHost(t *testing.T) {
	clock := newSleepClock()
	srv, log := crawltest.MustFetchServer(t, scripted("429 Retry-After: 60", "200"))
	cfg := clockConfig(clock)
	cfg.Rate = 1e6
	cfg.MaxHosts = 1
	cfg.MaxRetries = -1 // hand the 429 back; the host stays paused
	tr := crawler.NewTransport(cfg)
	c := tr.Client()
	t.Cleanup(c.CloseIdleConnections)

	if resp, _, _ := mustGet(t, t.Context(), c, srv.URL+"/a", nil); resp == nil || resp.StatusCode != 429 {
		t.Fatalf("first answer = %v, want 429", resp)
	}
	for i := range 3 { // other hosts come and go; the paused one must stay
		other, _ := crawltest.MustFetchServer(t, robotsWith(""))
		if _, _, err := mustGet(t, t.Context(), c, fmt.Sprintf("%s/%d", other.URL, i), nil); err != nil {
			t.Fatal(err)
		}
	}
	_, before := clock.Slept()
	if _, _, err := mustGet(t, t.Context(), c, srv.URL+"/b", nil); err != nil {
		t.Fatal(err)
	}
	if _, after := clock.Slept(); after-before < 59*time.Second {
		t.Errorf("waited %v before /b; the host's 60s pause was forgotten", after-before)
	}
	if got := log.Count("/b"); got != 1 {
		t.Errorf("/b requested %d times, want 1", got)
	}
}
