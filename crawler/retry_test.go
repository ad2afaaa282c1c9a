package crawler_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
)

// sleepClock is a clock whose Sleep returns at once and moves the clock on,
// so that tests of Retry-After and backoff can check the waits asked for
// without waiting them.
type sleepClock struct {
	mu     sync.Mutex
	now    time.Time
	sleeps []time.Duration
}

func newSleepClock() *sleepClock {
	return &sleepClock{now: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
}

func (c *sleepClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *sleepClock) Sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sleeps = append(c.sleeps, d)
	c.now = c.now.Add(max(d, 0))
	return nil
}

// Slept returns the waits asked for so far and their total.
func (c *sleepClock) Slept() ([]time.Duration, time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var total time.Duration
	for _, d := range c.sleeps {
		total += d
	}
	return append([]time.Duration(nil), c.sleeps...), total
}

// clockConfig is FastConfig on a sleepClock, robots.txt off.
func clockConfig(clock *sleepClock) crawler.Config {
	cfg := crawltest.FastConfig()
	cfg.IgnoreRobots = true
	cfg.Now = clock.Now
	cfg.Sleep = clock.Sleep
	return cfg
}

// scripted answers the n-th request (from 0) with statuses[n], the last
// one repeating; a status with a Retry-After is written "429 Retry-After: 3".
func scripted(statuses ...string) http.Handler {
	var n atomic.Int64
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		i := int(n.Add(1) - 1)
		s := statuses[min(i, len(statuses)-1)]
		code, after, _ := strings.Cut(s, " Retry-After: ")
		if after != "" {
			w.Header().Set("Retry-After", after)
		}
		var status int
		for _, c := range code {
			status = status*10 + int(c-'0')
		}
		w.WriteHeader(status)
		w.Write([]byte(code))
	})
}

var retryAfterTests = []struct {
	in   string
	want time.Duration
	ok   bool
}{
	{"0", 0, true},
	{"7", 7 * time.Second, true},
	{" 120 ", 2 * time.Minute, true},
	{"Sun, 01 Mar 2026 12:01:30 GMT", 90 * time.Second, true},
	{"Sunday, 01-Mar-26 12:00:10 GMT", 10 * time.Second, true}, // RFC 850
	{"Sun Mar  1 12:00:05 2026", 5 * time.Second, true},        // asctime
	{"Sun, 01 Mar 2026 11:00:00 GMT", 0, true},                 // past: no wait
	{"", 0, false},
	{"-5", 0, false},
	{"soon", 0, false},
	{"1.5", 0, false},
}

func TestParseRetryAfter(t *testing.T) {
	now := newSleepClock().Now()
	for _, tc := range retryAfterTests {
		got, ok := crawler.ParseRetryAfter(tc.in, now)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ParseRetryAfter(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
			continue
		}
	}
}

// TestRetryAfterPausesHost checks in real time that a 429 with Retry-After
// holds back every request to its host, not only the one that got it, and
// no other host.
func TestRetryAfterPausesHost(t *testing.T) {
	var first atomic.Bool
	got429 := make(chan time.Time, 1)
	srv, log := crawltest.MustFetchServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/limited" && first.CompareAndSwap(false, true) {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			got429 <- time.Now()
			return
		}
		w.Write([]byte("ok"))
	}))
	other, _ := crawltest.MustFetchServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) }))
	cfg := crawltest.FastConfig()
	cfg.IgnoreRobots = true
	cfg.PerHostConcurrency = 4 // so only the pause can hold /second back
	tr := crawler.NewTransport(cfg)
	c := tr.Client()
	t.Cleanup(c.CloseIdleConnections)

	var wg sync.WaitGroup
	wg.Go(func() {
		resp, _, err := mustGet(t, t.Context(), c, srv.URL+"/limited", nil)
		if err != nil {
			t.Errorf("/limited: %v", err)
		} else if resp.StatusCode != http.StatusOK {
			t.Errorf("/limited: status %d after the pause, want 200", resp.StatusCode)
		}
	})
	limitedAt := <-got429
	time.Sleep(50 * time.Millisecond) // let the client read the 429
	wg.Go(func() {
		if _, _, err := mustGet(t, t.Context(), c, srv.URL+"/second", nil); err != nil {
			t.Errorf("/second: %v", err)
		}
	})
	start := time.Now()
	if _, _, err := mustGet(t, t.Context(), c, other.URL+"/elsewhere", nil); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 500*time.Millisecond {
		t.Errorf("another host waited %v; the pause is per host", d)
	}
	wg.Wait()

	for _, h := range log.Hits() {
		if h.Path == "/second" || (h.Path == "/limited" && h.At.After(limitedAt)) {
			if d := h.At.Sub(limitedAt); d < time.Second {
				t.Errorf("%s reached the host %v after the 429, before its Retry-After of 1s", h.Path, d)
			}
		}
	}
	if got, want := log.Count("/limited"), 2; got != want {
		t.Errorf("/limited requested %d times, want %d", got, want)
	}
	if got := tr.Stats(); got.RateLimitWaits != 1 || got.Retries != 1 {
		t.Errorf("stats = %+v, want 1 rate-limit wait and 1 retry", got)
	}
}

func TestRetryAfterHTTPDate(t *testing.T) {
	clock := newSleepClock()
	date := clock.Now().Add(90 * time.Second).Format(http.TimeFormat)
	srv, log := crawltest.MustFetchServer(t, scripted("503 Retry-After: "+date, "200"))
	tr := crawler.NewTransport(clockConfig(clock))
	c := tr.Client()
	t.Cleanup(c.CloseIdleConnections)

	resp, _, err := mustGet(t, t.Context(), c, srv.URL+"/page", nil)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Errorf("status = %d, want 200 after the pause", resp.StatusCode)
	}
	if _, total := clock.Slept(); total < 89*time.Second {
		t.Errorf("paused %v, want at least the 90s to the Retry-After date (to the second)", total)
	}
	if got, want := log.Count("/page"), 2; got != want {
		t.Errorf("requested %d times, want %d", got, want)
	}
	if got := tr.Stats().RateLimitWaits; got != 1 {
		t.Errorf("rate-limit waits = %d, want 1", got)
	}
}

func TestRetryAfterCap(t *testing.T) {
	for _, tc := range []struct {
		name   string
		answer string
		status int // of the response handed back; 0 for an error
	}{
		{"TooManyRequests", "429 Retry-After: 3600", http.StatusTooManyRequests},
		{"Unavailable", "503 Retry-After: 301", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			clock := newSleepClock()
			srv, log := crawltest.MustFetchServer(t, scripted(tc.answer, "200"))
			cfg := clockConfig(clock)
			cfg.MaxRetryAfter = 5 * time.Minute
			c := crawler.NewClient(cfg)
			t.Cleanup(c.CloseIdleConnections)

			resp, _, err := mustGet(t, t.Context(), c, srv.URL+"/page", nil)
			status := 0
			if resp != nil {
				status = resp.StatusCode
			}
			if status != tc.status {
				t.Errorf("status = %d (err %v), want %d", status, err, tc.status)
			}
			if tc.status == 0 && !errors.Is(err, crawler.ErrRateLimited) {
				t.Errorf("err = %v, want ErrRateLimited", err)
			}
			if got, want := crawler.Classify(err, status), scout.FailRateLimit; got != want {
				t.Errorf("kind = %q, want %q", got, want)
			}
			if got, want := log.Count("/page"), 1; got != want {
				t.Errorf("requested %d times, want %d: a wait over the cap is not waited", got, want)
			}
			if sleeps, _ := clock.Slept(); len(sleeps) != 0 {
				t.Errorf("slept %v over the cap", sleeps)
			}
		})
	}
}

func TestRateLimitRetriesBounded(t *testing.T) {
	for _, tc := range []struct {
		name   string
		answer string
		status int
	}{
		{"TooManyRequests", "429 Retry-After: 2", http.StatusTooManyRequests},
		{"BareTooManyRequests", "429", http.StatusTooManyRequests},
		{"Unavailable", "503 Retry-After: 2", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			clock := newSleepClock()
			srv, log := crawltest.MustFetchServer(t, scripted(tc.answer))
			cfg := clockConfig(clock)
			cfg.MaxRetries = 2
			tr := crawler.NewTransport(cfg)
			c := tr.Client()
			t.Cleanup(c.CloseIdleConnections)

			resp, _, err := mustGet(t, t.Context(), c, srv.URL+"/page", nil)
			status := 0
			if resp != nil {
				status = resp.StatusCode
			}
			if status != tc.status {
				t.Errorf("status = %d (err %v), want %d", status, err, tc.status)
			}
			if got, want := crawler.Classify(err, status), scout.FailRateLimit; got != want {
				t.Errorf("kind = %q, want %q (err %v)", got, want, err)
			}
			if got, want := log.Count("/page"), 3; got != want {
				t.Errorf("requested %d times, want %d (1 + MaxRetries)", got, want)
			}
			if got := tr.Stats(); got.RateLimitWaits != 3 || got.Retries != 2 {
				t.Errorf("stats = %+v, want 3 rate-limit waits, 2 retries", got)
			}
			if _, total := clock.Slept(); strings.Contains(tc.answer, "Retry-After") && total < 4*time.Second {
				t.Errorf("paused %v in all, want at least 2 × 2s", total)
			}
		})
	}
}

func TestBackoff(t *testing.T) {
	for _, tc := range []struct {
		name    string
		method  string
		answers []string
		status  int
		hits    int
	}{
		{"RecoversAfterTwo", http.MethodGet, []string{"500", "502", "200"}, 200, 3},
		{"GivesUpAfterMaxRetries", http.MethodGet, []string{"504"}, 504, 4},
		{"UnavailableWithoutRetryAfter", http.MethodHead, []string{"503", "200"}, 200, 2},
		{"NotImplementedIsFinal", http.MethodGet, []string{"501", "200"}, 501, 1},
		{"PostIsNotRetried", http.MethodPost, []string{"500", "200"}, 500, 1},
		{"ClientErrorIsFinal", http.MethodGet, []string{"404", "200"}, 404, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			clock := newSleepClock()
			srv, log := crawltest.MustFetchServer(t, scripted(tc.answers...))
			cfg := clockConfig(clock)
			cfg.BackoffBase = time.Second
			cfg.BackoffMax = 3 * time.Second
			tr := crawler.NewTransport(cfg)
			c := tr.Client()
			t.Cleanup(c.CloseIdleConnections)

			req, _ := http.NewRequestWithContext(t.Context(), tc.method, srv.URL+"/page", nil)
			resp, err := c.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tc.status {
				t.Errorf("status = %d, want %d", resp.StatusCode, tc.status)
			}
			if got := log.Count("/page"); got != tc.hits {
				t.Errorf("requested %d times, want %d", got, tc.hits)
			}
			sleeps, _ := clock.Slept()
			if got, want := len(sleeps), tc.hits-1; got != want {
				t.Errorf("backed off %d times, want %d", got, want)
			}
			// Full jitter: retry n waits below min(max, base·2^n).
			for i, d := range sleeps {
				ceil := min(cfg.BackoffMax, cfg.BackoffBase<<i)
				if d < 0 || d >= ceil {
					t.Errorf("backoff %d = %v, want in [0, %v)", i, d, ceil)
				}
			}
			if got := tr.Stats().Retries; got != int64(tc.hits-1) {
				t.Errorf("retries = %d, want %d", got, tc.hits-1)
			}
		})
	}
}

func TestBackoffConnectionError(t *testing.T) {
	srv, _ := crawltest.MustFetchServer(t, http.NotFoundHandler())
	dead := srv.URL
	srv.Close() // nothing listens there any more: connection refused

	clock := newSleepClock()
	cfg := clockConfig(clock)
	cfg.MaxRetries = 2
	tr := crawler.NewTransport(cfg)
	c := tr.Client()
	t.Cleanup(c.CloseIdleConnections)

	_, _, err := mustGet(t, t.Context(), c, dead+"/page", nil)
	if got, want := crawler.Classify(err, 0), scout.FailNetwork; got != want {
		t.Errorf("kind = %q (err %v), want %q", got, err, want)
	}
	if sleeps, _ := clock.Slept(); len(sleeps) != 2 {
		t.Errorf("backed off %d times (%v), want 2", len(sleeps), sleeps)
	}
	if got := tr.Stats().Retries; got != 2 {
		t.Errorf("retries = %d, want 2", got)
	}
}

func TestBackoffTimeout(t *testing.T) {
	var n atomic.Int64
	srv, _ := crawltest.MustFetchServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1) == 1 {
			waitOrDisconnect(5*time.Second)(w, r)
			return
		}
		w.Write([]byte("ok"))
	}))
	clock := newSleepClock()
	cfg := clockConfig(clock)
	cfg.Timeout = 100 * time.Millisecond
	c := crawler.NewClient(cfg)
	t.Cleanup(c.CloseIdleConnections)

	resp, body, err := mustGet(t, t.Context(), c, srv.URL+"/page", nil)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK || string(body) != "ok" {
		t.Errorf("got %d %q, want 200 ok on the retry", resp.StatusCode, body)
	}
	if got := n.Load(); got != 2 {
		t.Errorf("requested %d times, want 2", got)
	}
}

func TestBackoffRespectsContext(t *testing.T) {
	srv, log := crawltest.MustFetchServer(t, scripted("500"))
	cfg := crawltest.FastConfig()
	cfg.IgnoreRobots = true
	cfg.BackoffBase = 10 * time.Second
	cfg.BackoffMax = 10 * time.Second
	c := crawler.NewClient(cfg)
	t.Cleanup(c.CloseIdleConnections)

	ctx, cancel := context.WithCancel(t.Context())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	for range 5 { // a backoff drawn near 0 may retry at once; one is long
		if _, _, err := mustGet(t, ctx, c, srv.URL+"/page", nil); err != nil {
			if !errors.Is(err, context.Canceled) {
				t.Errorf("err = %v, want context.Canceled", err)
			}
			break
		}
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("returned %v after a cancel at 100ms", d)
	}
	if n := log.Count("/page"); n > 20 {
		t.Errorf("requested %d times", n)
	}
}
