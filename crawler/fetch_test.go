package crawler_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
)

// mustGet GETs u with c and reads the whole body.
func mustGet(tb testing.TB, ctx context.Context, c *http.Client, u string, hdr http.Header) (*http.Response, []byte, error) {
	tb.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		tb.Fatal(err)
	}
	for k, v := range hdr {
		req.Header[k] = v
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	return resp, body, err
}

func TestFetchUserAgent(t *testing.T) {
	for _, tc := range []struct {
		name   string
		config string
		want   string
	}{
		{"Default", "", crawler.DefaultUserAgent},
		{"Configured", "TestBot/1.0", "TestBot/1.0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv, log := crawltest.MustFetchServer(t, http.NotFoundHandler())
			cfg := crawltest.FastConfig()
			cfg.UserAgent = tc.config
			c := crawler.NewClient(cfg)
			t.Cleanup(c.CloseIdleConnections)

			// The caller's own User-Agent is replaced, not kept.
			_, _, err := mustGet(t, t.Context(), c, srv.URL+"/page", http.Header{"User-Agent": {"Sneaky/1"}})
			if err != nil {
				t.Fatal(err)
			}
			hits := log.Hits()
			if got, want := len(hits), 2; got != want { // robots.txt, then the page
				t.Fatalf("requests = %d, want %d: %v", got, want, hits)
			}
			for _, h := range hits {
				if h.UA != tc.want {
					t.Errorf("%s: User-Agent = %q, want %q", h.Path, h.UA, tc.want)
				}
			}
		})
	}
}

func TestBodyCap(t *testing.T) {
	const limit = 1024
	srv, _ := crawltest.MustFetchServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(strings.TrimPrefix(r.URL.Path, "/"), &n)
		body := bytes.Repeat([]byte("x"), n)
		if r.URL.Query().Has("chunked") {
			// Flushing before the first write leaves out Content-Length,
			// so only the cap on the body as read can catch it.
			w.WriteHeader(http.StatusOK)
			w.(http.Flusher).Flush()
		}
		w.Write(body)
	}))
	cfg := crawltest.FastConfig()
	cfg.MaxBodySize = limit
	cfg.IgnoreRobots = true
	c := crawler.NewClient(cfg)
	t.Cleanup(c.CloseIdleConnections)

	t.Run("OKAtCap", func(t *testing.T) {
		for _, q := range []string{"", "?chunked"} {
			_, body, err := mustGet(t, t.Context(), c, fmt.Sprintf("%s/%d%s", srv.URL, limit, q), nil)
			if err != nil {
				t.Fatalf("%s: %v", q, err)
			}
			if got, want := len(body), limit; got != want {
				t.Errorf("%s: body = %d bytes, want %d", q, got, want)
			}
		}
	})
	t.Run("ErrBodyTooLarge", func(t *testing.T) {
		for _, q := range []string{"", "?chunked"} {
			_, body, err := mustGet(t, t.Context(), c, fmt.Sprintf("%s/%d%s", srv.URL, 3*limit, q), nil)
			if !errors.Is(err, crawler.ErrBodyTooLarge) {
				t.Errorf("%s: err = %v, want ErrBodyTooLarge", q, err)
			}
			if got, want := crawler.Classify(err, 0), scout.FailTooLarge; got != want {
				t.Errorf("%s: kind = %q, want %q", q, got, want)
			}
			if len(body) > limit {
				t.Errorf("%s: read %d bytes past a %d-byte cap", q, len(body), limit)
			}
		}
	})
}

func TestRedirectLimit(t *testing.T) {
	// /hop/N redirects to /hop/N-1; /hop/0 answers; /loop redirects to itself.
	srv, _ := crawltest.MustFetchServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/loop" {
			http.Redirect(w, r, "/loop", http.StatusFound)
			return
		}
		var n int
		fmt.Sscan(strings.TrimPrefix(r.URL.Path, "/hop/"), &n)
		if n > 0 {
			http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusFound)
			return
		}
		w.Write([]byte("arrived"))
	}))
	cfg := crawltest.FastConfig()
	cfg.MaxRedirects = 3
	c := crawler.NewClient(cfg)
	t.Cleanup(c.CloseIdleConnections)

	t.Run("OKAtLimit", func(t *testing.T) {
		_, body, err := mustGet(t, t.Context(), c, srv.URL+"/hop/3", nil)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := string(body), "arrived"; got != want {
			t.Errorf("body = %q, want %q", got, want)
		}
	})
	for _, path := range []string{"/hop/4", "/loop"} {
		t.Run("ErrTooManyRedirects"+path, func(t *testing.T) {
			_, _, err := mustGet(t, t.Context(), c, srv.URL+path, nil)
			if !errors.Is(err, crawler.ErrTooManyRedirects) {
				t.Errorf("err = %v, want ErrTooManyRedirects", err)
			}
			if got, want := crawler.Classify(err, 0), scout.FailRedirects; got != want {
				t.Errorf("kind = %q, want %q", got, want)
			}
		})
	}
}

func TestTimeout(t *testing.T) {
	const timeout = 150 * time.Millisecond
	srv, _ := crawltest.MustFetchServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow-body" {
			// Headers arrive at once; the body never finishes in time.
			w.Write([]byte("start"))
			w.(http.Flusher).Flush()
		}
		waitOrDisconnect(5*time.Second)(w, r)
	}))
	cfg := crawltest.FastConfig()
	cfg.Timeout = timeout
	cfg.IgnoreRobots = true
	c := crawler.NewClient(cfg)
	t.Cleanup(c.CloseIdleConnections)

	for _, path := range []string{"/slow-headers", "/slow-body"} {
		t.Run("Timeout"+path, func(t *testing.T) {
			start := time.Now()
			_, _, err := mustGet(t, t.Context(), c, srv.URL+path, nil)
			elapsed := time.Since(start)
			if err == nil {
				t.Fatal("err = nil, want a time-out")
			}
			if got, want := crawler.Classify(err, 0), scout.FailTimeout; got != want {
				t.Errorf("kind = %q, want %q (err %v)", got, want, err)
			}
			if elapsed < timeout {
				t.Errorf("gave up after %v, before the %v time-out", elapsed, timeout)
			}
			if elapsed > 3*time.Second {
				t.Errorf("gave up after %v; the time-out is %v", elapsed, timeout)
			}
		})
	}
}

func TestRateLimitWaitRespectsContext(t *testing.T) {
	srv, log := crawltest.MustFetchServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	cfg := crawltest.FastConfig()
	cfg.Rate = 0.1 // one request per 10 s
	cfg.IgnoreRobots = true
	c := crawler.NewClient(cfg)
	t.Cleanup(c.CloseIdleConnections)

	if _, _, err := mustGet(t, t.Context(), c, srv.URL+"/first", nil); err != nil {
		t.Fatal(err)
	}

	t.Run("Deadline", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(t.Context(), 200*time.Millisecond)
		defer cancel()
		start := time.Now()
		_, _, err := mustGet(t, ctx, c, srv.URL+"/second", nil)
		if got, want := crawler.Classify(err, 0), scout.FailTimeout; got != want {
			t.Errorf("kind = %q, want %q (err %v)", got, want, err)
		}
		if elapsed := time.Since(start); elapsed > 2*time.Second {
			t.Errorf("waited %v for a 200ms deadline", elapsed)
		}
	})
	t.Run("Cancel", func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		time.AfterFunc(100*time.Millisecond, cancel)
		start := time.Now()
		_, _, err := mustGet(t, ctx, c, srv.URL+"/third", nil)
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
		if elapsed := time.Since(start); elapsed > 2*time.Second {
			t.Errorf("waited %v after a cancel at 100ms", elapsed)
		}
	})
	if got := log.Count("/second") + log.Count("/third"); got != 0 {
		t.Errorf("%d requests got past the limiter", got)
	}
}

// timeoutErr is a net.Error that timed out, as a dialer's would.
type timeoutErr struct{}

func (timeoutErr) Error() string   { return "i/o timeout" }
func (timeoutErr) Timeout() bool   { return true }
func (timeoutErr) Temporary() bool { return true }

var _ net.Error = timeoutErr{}

var classifyTests = []struct {
	name   string
	err    error
	status int
	want   string
}{
	{"OK", nil, 200, ""},
	{"NoContent", nil, 204, ""},
	{"NotFound", nil, 404, scout.FailNotFound},
	{"Gone", nil, 410, scout.FailNotFound},
	{"Unauthorized", nil, 401, scout.FailAuth},
	{"Forbidden", nil, 403, scout.FailAuth},
	{"TooManyRequests", nil, 429, scout.FailRateLimit},
	{"ServerError", nil, 500, scout.FailHTTP},
	{"Teapot", nil, 418, scout.FailHTTP},
	{"FinalRedirect", nil, 302, scout.FailHTTP},
	{"Robots", fmt.Errorf("check: %w", crawler.ErrRobotsDisallowed), 0, scout.FailRobots},
	{"TooLarge", &url.Error{Op: "Get", URL: "u", Err: crawler.ErrBodyTooLarge}, 0, scout.FailTooLarge},
	{"Redirects", &url.Error{Op: "Get", URL: "u", Err: crawler.ErrTooManyRedirects}, 0, scout.FailRedirects},
	{"Deadline", &url.Error{Op: "Get", URL: "u", Err: context.DeadlineExceeded}, 0, scout.FailTimeout},
	{"NetTimeout", &net.OpError{Op: "dial", Err: timeoutErr{}}, 0, scout.FailTimeout},
	{"Refused", &net.OpError{Op: "dial", Err: errors.New("connection refused")}, 0, scout.FailNetwork},
	{"ErrorWinsOverStatus", crawler.ErrBodyTooLarge, 200, scout.FailTooLarge},
}

func TestFetchClassify(t *testing.T) {
	for _, tc := range classifyTests {
		if got := crawler.Classify(tc.err, tc.status); got != tc.want {
			t.Errorf("%s: Classify(%v, %d) = %q, want %q", tc.name, tc.err, tc.status, got, tc.want)
			continue
		}
	}
}
