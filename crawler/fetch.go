package crawler

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Transport is Scout's one fetch layer: every request Scout makes, whether
// colly's page fetches or a platform adapter's JSON calls, goes through it,
// so robots.txt, per-host rate limits, the body cap and the time-out cannot
// be bypassed. For each request it
//
//  1. checks robots.txt for the URL's host (unless IgnoreRobots),
//  2. waits for the host's rate.Limiter (respecting the request's context),
//  3. sets the User-Agent and starts the per-request time-out,
//  4. sends the request through the base transport, and
//  5. caps the body as it is read.
//
// It is safe for concurrent use. Issue 4 adds Retry-After, backoff,
// conditional GET and per-host concurrency around send, and an SSRF-checking
// dialer in the base transport.
type Transport struct {
	base         http.RoundTripper
	userAgent    string
	ignoreRobots bool
	rate         rate.Limit
	burst        int
	maxBody      int64
	timeout      time.Duration
	maxRedirects int
	robots       *robotsCache

	mu       sync.Mutex
	limiters map[string]*rate.Limiter // by hostKey
}

var _ http.RoundTripper = (*Transport)(nil)

// NewTransport builds the fetch layer from the fetch fields of cfg; zero
// fields take their defaults.
func NewTransport(cfg Config) *Transport {
	cfg = cfg.withDefaults()
	t := &Transport{
		base:         cfg.Base,
		userAgent:    cfg.UserAgent,
		ignoreRobots: cfg.IgnoreRobots,
		rate:         rate.Limit(cfg.Rate),
		burst:        cfg.Burst,
		maxBody:      cfg.MaxBodySize,
		timeout:      cfg.Timeout,
		maxRedirects: cfg.MaxRedirects,
		limiters:     make(map[string]*rate.Limiter),
	}
	t.robots = newRobotsCache(t, cfg.RobotsAgent, cfg.RobotsTTL, cfg.Now)
	return t
}

// NewClient returns an http.Client on a new Transport built from cfg. Use
// (*Transport).Client instead to share one Transport's limiters.
func NewClient(cfg Config) *http.Client {
	return NewTransport(cfg).Client()
}

// Client returns an http.Client that sends through t and stops redirect
// chains longer than MaxRedirects with ErrTooManyRedirects. It sets no
// Client.Timeout on purpose: that clock would also run while the request
// waits for its host's rate limiter; t times each request itself instead.
func (t *Transport) Client() *http.Client {
	return &http.Client{Transport: t, CheckRedirect: t.checkRedirect}
}

// checkRedirect is the CheckRedirect of every client on t, colly's included.
func (t *Transport) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > t.maxRedirects {
		return fmt.Errorf("follow redirect: stopped after %d: %w", t.maxRedirects, ErrTooManyRedirects)
	}
	return nil
}

// CloseIdleConnections closes the base transport's idle keep-alive
// connections (and their goroutines); http.Client.CloseIdleConnections
// reaches it.
func (t *Transport) CloseIdleConnections() {
	if c, ok := t.base.(interface{ CloseIdleConnections() }); ok {
		c.CloseIdleConnections()
	}
}

// RoundTrip checks robots.txt, then sends req through send. Errors from the
// base transport are returned as they are: http.Client wraps them in a
// *url.Error naming the method and URL.
func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	if !t.ignoreRobots {
		if err := t.robots.check(req.Context(), req.URL); err != nil {
			if req.Body != nil {
				req.Body.Close() // a RoundTripper must close the body, even on errors
			}
			return nil, err
		}
	}
	return t.send(req)
}

// send does everything but the robots check: robots.txt itself is fetched
// through it, so that robots requests count against the host's rate too.
func (t *Transport) send(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	if err := t.wait(ctx, req.URL); err != nil {
		if req.Body != nil {
			req.Body.Close()
		}
		return nil, err
	}
	tctx, cancel := context.WithTimeout(ctx, t.timeout)
	out := req.Clone(tctx) // a RoundTripper must not modify req
	out.Header.Set("User-Agent", t.userAgent)
	resp, err := t.base.RoundTrip(out)
	if err != nil {
		cancel()
		return nil, t.timedOut(ctx, tctx, err)
	}
	if resp.ContentLength > t.maxBody {
		resp.Body.Close()
		cancel()
		return nil, fmt.Errorf("read body: content-length %d over %d bytes: %w", resp.ContentLength, t.maxBody, ErrBodyTooLarge)
	}
	resp.Body = &cappedBody{rc: resp.Body, left: t.maxBody, max: t.maxBody, t: t, ctx: ctx, tctx: tctx, cancel: cancel}
	return resp, nil
}

// wait blocks until u's host may receive another request, or ctx ends.
func (t *Transport) wait(ctx context.Context, u *url.URL) error {
	host := hostKey(u)
	if err := t.limiter(host).Wait(ctx); err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("wait for %s: %w", host, ctx.Err())
		}
		// rate.Limiter refuses up front a wait that would outlast ctx's
		// deadline; to the caller that is a time-out.
		return fmt.Errorf("wait for %s: %w", host, context.DeadlineExceeded)
	}
	return nil
}

// limiter returns the host's limiter, creating it on first use. It is the
// one place that maps a host to its politeness state.
func (t *Transport) limiter(host string) *rate.Limiter {
	t.mu.Lock()
	defer t.mu.Unlock()
	l, ok := t.limiters[host]
	if !ok {
		l = rate.NewLimiter(t.rate, t.burst)
		t.limiters[host] = l
	}
	return l
}

// timedOut turns an error caused by the per-request time-out (and not by
// the caller's own context) into one that says so and wraps
// context.DeadlineExceeded, whatever the base transport made of it.
func (t *Transport) timedOut(ctx, tctx context.Context, err error) error {
	if ctx.Err() == nil && errors.Is(tctx.Err(), context.DeadlineExceeded) {
		return fmt.Errorf("fetch: no complete response within %v: %w", t.timeout, context.DeadlineExceeded)
	}
	return err
}

// hostKey names a URL's host for rate limiting: lower-case host with its
// port, the scheme's default port dropped so that example.com and
// example.com:443 share one limiter.
func hostKey(u *url.URL) string {
	h := strings.ToLower(u.Host)
	switch {
	case u.Scheme == "http" && strings.HasSuffix(h, ":80"):
		h = strings.TrimSuffix(h, ":80")
	case u.Scheme == "https" && strings.HasSuffix(h, ":443"):
		h = strings.TrimSuffix(h, ":443")
	}
	return h
}

// cappedBody is a response body that fails with ErrBodyTooLarge once more
// than max bytes are read, and ends the request's time-out when closed.
type cappedBody struct {
	rc        io.ReadCloser
	left, max int64
	t         *Transport
	ctx, tctx context.Context
	cancel    context.CancelFunc
	err       error // sticky ErrBodyTooLarge
}

// Read reads up to one byte past the cap so that a body of exactly max
// bytes reads cleanly and a longer one fails.
func (b *cappedBody) Read(p []byte) (int, error) {
	if b.err != nil {
		return 0, b.err
	}
	if int64(len(p)) > b.left+1 {
		p = p[:b.left+1]
	}
	n, err := b.rc.Read(p)
	if int64(n) > b.left {
		n = int(b.left)
		b.left = 0
		b.err = fmt.Errorf("read body: over %d bytes: %w", b.max, ErrBodyTooLarge)
		return n, b.err
	}
	b.left -= int64(n)
	if err != nil && err != io.EOF {
		err = b.t.timedOut(b.ctx, b.tctx, err)
	}
	return n, err
}

// Close closes the body and releases the request's time-out.
func (b *cappedBody) Close() error {
	err := b.rc.Close()
	b.cancel()
	return err
}
