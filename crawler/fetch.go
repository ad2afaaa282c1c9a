package crawler

import (
	"compress/gzip"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"golang.org/x/time/rate"

	"github.com/scout-oss/scout"
)

// Transport is Scout's one fetch layer: every request Scout makes, whether
// colly's page fetches or a platform adapter's JSON calls, goes through it,
// so none of its politeness or safety rules can be bypassed. For each
// request it
//
//  1. refuses hosts on the deny-list, and (with BlockPrivate) loopback
//     names and IP literals of internal addresses, with ErrBlocked,
//  2. checks robots.txt for the URL's host (unless IgnoreRobots, or the
//     request is an official API call marked with WithoutRobots), which
//     also sets the host's Crawl-delay,
//  3. takes one of the host's PerHostConcurrency slots, waits out a
//     Retry-After pause of the host, then waits for the host's
//     rate.Limiter (all respecting the request's context),
//  4. sets the User-Agent and Accept-Encoding: gzip, adds If-None-Match /
//     If-Modified-Since to requests marked with RevalidateHeader, and
//     starts the per-request time-out,
//  5. sends the request through the base transport, whose dialer refuses
//     internal addresses at connect time when BlockPrivate is set,
//  6. on 429 (or 503 with Retry-After) pauses the host and retries, on
//     other 5xx, time-outs and connection errors backs off with full
//     jitter and retries (GET and HEAD only, at most MaxRetries times), and
//  7. decompresses gzip itself and caps the decompressed body as it is
//     read; the host's slot is given back when the body is read to its
//     end or closed.
//
// Callers must close each response body (as http.Client's users always
// must) before sending another request to the same host from the same
// goroutine: with the default PerHostConcurrency of 1, an open body holds
// the host's only slot.
//
// It is safe for concurrent use.
type Transport struct {
	base          http.RoundTripper
	userAgent     string
	ignoreRobots  bool
	maxBody       int64
	timeout       time.Duration
	maxRedirects  int
	maxRetries    int
	maxRetryAfter time.Duration
	backoffBase   time.Duration
	backoffMax    time.Duration
	blockPrivate  bool
	allowPrivate  []netip.AddrPort
	deny          *denyList
	validators    Validators
	staged        stagedValidators // 200s read, results not yet committed
	now           func() time.Time
	sleep         func(context.Context, time.Duration) error
	robots        *robotsCache
	hosts         *hostTable
	stats         Counter
	gate          HostGate // shared per-host pacing; nil paces with hosts alone
}

var _ http.RoundTripper = (*Transport)(nil)

// NewTransport builds the fetch layer from the fetch fields of cfg; zero
// fields take their defaults.
func NewTransport(cfg Config) *Transport {
	cfg = cfg.withDefaults()
	t := &Transport{
		base:          cfg.Base,
		userAgent:     cfg.UserAgent,
		ignoreRobots:  cfg.IgnoreRobots,
		maxBody:       cfg.MaxBodySize,
		timeout:       cfg.Timeout,
		maxRedirects:  cfg.MaxRedirects,
		maxRetries:    max(cfg.MaxRetries, 0),
		maxRetryAfter: cfg.MaxRetryAfter,
		backoffBase:   cfg.BackoffBase,
		backoffMax:    cfg.BackoffMax,
		blockPrivate:  cfg.BlockPrivate,
		allowPrivate:  cfg.AllowPrivate,
		deny:          newDenyList(cfg.DenyDomains),
		validators:    cfg.Validators,
		now:           cfg.Now,
		sleep:         cfg.Sleep,
		hosts:         newHostTable(rate.Limit(cfg.Rate), cfg.Burst, cfg.PerHostConcurrency, cfg.MaxHosts, cfg.Now),
		gate:          cfg.Gate,
	}
	t.hosts.rates = hostRates(cfg.HostRates)
	if t.base == nil {
		t.base = newBaseTransport(cfg.BlockPrivate, cfg.AllowPrivate)
	}
	t.robots = newRobotsCache(t, cfg.RobotsAgent, cfg.RobotsTTL, cfg.Now)
	t.robots.shared = cfg.RobotsShare
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

// HostLimit is the rate, in requests per second, the fetch layer allows
// u's host now: Config.Rate, raised for a platform API by WithAPI, set by a
// Config.HostRates entry, or lowered by a robots.txt Crawl-delay. It creates
// the host's politeness state when there is none yet. Tests of the source
// packages check with it that API calls run at the platform's rate.
func (t *Transport) HostLimit(u *url.URL) rate.Limit {
	h := t.hosts.acquire(HostKey(u), 0)
	defer t.hosts.release(h)
	return h.limiter.Limit()
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

// Stats returns what t has done beyond plain fetching since it was built,
// over all crawls and clients. Attach a Counter with WithCounter to count
// one crawl's share.
func (t *Transport) Stats() Stats { return t.stats.Stats() }

// resultURLs are the URLs whose validators stand for r: the target and the
// page its profile was read from (after redirects).
func resultURLs(r *scout.CrawlResult) []string {
	urls := []string{r.URL}
	if r.Profile != nil && r.Profile.SourceURL != "" && r.Profile.SourceURL != r.URL {
		urls = append(urls, r.Profile.SourceURL)
	}
	return urls
}

// commit stores the staged validators of r's URLs: the crawl loop calls it
// once the sink has kept r, so a validator never outlives lost data.
func (t *Transport) commit(r *scout.CrawlResult) {
	for _, u := range resultURLs(r) {
		if etag, lastMod, ok := t.staged.take(u); ok {
			t.validators.Put(u, etag, lastMod)
		}
	}
}

// forget drops the validators of r's URLs, staged and stored, so that the
// next crawl downloads the page again instead of getting a 304: the crawl
// loop calls it when the sink failed to keep r.
func (t *Transport) forget(r *scout.CrawlResult) {
	for _, u := range resultURLs(r) {
		t.staged.take(u)
		t.validators.Put(u, "", "")
	}
}

// RoundTrip applies the deny-list and robots.txt, then sends req through
// do. Each redirect hop is a RoundTrip of its own, so a redirect to a denied
// or disallowed URL is refused too. Errors from the base transport are
// returned as they are: http.Client wraps them in a *url.Error naming the
// method and URL.
func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	if err := t.admit(req); err != nil {
		return nil, err
	}
	if !t.ignoreRobots && !robotsExempt(req.Context()) {
		if err := t.robots.check(req.Context(), req.URL); err != nil {
			closeRequestBody(req)
			return nil, err
		}
	}
	return t.do(req, true)
}

// admit refuses, before anything is sent, a host on the deny-list and
// (with BlockPrivate) a loopback name or a host that is an internal IP
// literal in any of the spellings resolvers accept ("2130706433", "0x7f.1",
// "[::ffff:127.0.0.1]"). Names are checked again, on the address actually
// dialled, by the dialer.
func (t *Transport) admit(req *http.Request) error {
	host := req.URL.Hostname()
	err := t.deny.check(host)
	if err == nil && (t.blockPrivate || addressPolicy(req.Context())) {
		port := req.URL.Port()
		if port == "" {
			port = map[string]string{"http": "80", "https": "443"}[req.URL.Scheme]
		}
		if err = checkHost(host, port, t.allowPrivate); err != nil {
			err = fmt.Errorf("fetch: %w", err)
		}
	}
	if err != nil {
		closeRequestBody(req)
	}
	return err
}

// do sends req to its host under the host's slot, pause and limiter,
// retrying as the Transport doc says. retry5xx is false for robots.txt,
// whose 5xx is an answer ("disallow for now") rather than a fault to wait
// out. robots.txt is fetched through do, so that it counts against the
// host's rate too.
func (t *Transport) do(req *http.Request, retry5xx bool) (*http.Response, error) {
	ctx := req.Context()
	h := t.hosts.acquire(HostKey(req.URL), platformRate(ctx))
	shared := t.gate != nil
	if !shared {
		if err := h.takeSlot(ctx); err != nil {
			t.hosts.release(h)
			closeRequestBody(req)
			return nil, err
		}
	}
	var gateToken string // the shared slot of the attempt in flight
	done := func() {
		if shared {
			t.releaseGate(h.key, gateToken)
			gateToken = ""
		} else {
			h.giveSlot()
		}
		t.hosts.release(h)
	}
	fail := func(err error) (*http.Response, error) {
		done()
		closeRequestBody(req)
		return nil, err
	}
	idempotent := (req.Method == http.MethodGet || req.Method == http.MethodHead) &&
		(req.Body == nil || req.Body == http.NoBody)
	conditional := req.Method == http.MethodGet && req.Header.Get(RevalidateHeader) != ""
	for attempt := 0; ; attempt++ {
		if shared {
			// Each attempt is a request of its own to the host's budget.
			t.releaseGate(h.key, gateToken)
			tok, err := t.acquireGate(ctx, h)
			gateToken = tok
			if err != nil {
				return fail(err)
			}
		} else if err := t.waitHost(ctx, h); err != nil {
			return fail(err)
		}
		resp, cancel, err := t.sendOnce(req, conditional)
		if err != nil {
			if ctx.Err() != nil || !idempotent || attempt >= t.maxRetries || !transient(err) {
				return fail(err)
			}
			if err := t.backoffWait(ctx, attempt); err != nil {
				return fail(err)
			}
			t.count(ctx, func(c *Counter) { c.retries.Add(1) })
			continue
		}
		st := resp.StatusCode
		after, hasAfter := parseRetryAfter(resp.Header.Get("Retry-After"), t.now())
		switch {
		case st == http.StatusTooManyRequests || (st == http.StatusServiceUnavailable && hasAfter):
			if hasAfter && after > t.maxRetryAfter {
				if st == http.StatusTooManyRequests {
					return t.wrapBody(req, resp, cancel, done, false)
				}
				discard(resp, cancel)
				return fail(fmt.Errorf("fetch %s: status %d, Retry-After %v is over the %v cap: %w",
					h.key, st, after, t.maxRetryAfter, ErrRateLimited))
			}
			if !hasAfter { // a bare 429: back off as for a 5xx, but for the whole host
				after = t.backoff(attempt)
			}
			t.hosts.pause(h, t.now().Add(after))
			if shared {
				// Every worker waits, not only this one.
				_ = t.gate.Pause(ctx, h.key, after)
			}
			t.count(ctx, func(c *Counter) { c.rateLimitWaits.Add(1) })
			if !idempotent || attempt >= t.maxRetries {
				if st == http.StatusTooManyRequests {
					// A 429 already says rate_limited, and keeps its status.
					return t.wrapBody(req, resp, cancel, done, false)
				}
				discard(resp, cancel)
				return fail(fmt.Errorf("fetch %s: status %d after %d retries: %w", h.key, st, attempt, ErrRateLimited))
			}
			discard(resp, cancel)
			t.count(ctx, func(c *Counter) { c.retries.Add(1) })
			continue
		case retry5xx && idempotent && attempt < t.maxRetries && retryableStatus(st):
			discard(resp, cancel)
			if err := t.backoffWait(ctx, attempt); err != nil {
				return fail(err)
			}
			t.count(ctx, func(c *Counter) { c.retries.Add(1) })
			continue
		}
		if conditional && st == http.StatusNotModified {
			t.count(ctx, func(c *Counter) { c.notModified.Add(1) })
		}
		return t.wrapBody(req, resp, cancel, done, conditional)
	}
}

// waitHost waits out h's Retry-After pause, then h's rate limiter, or until
// ctx ends.
func (t *Transport) waitHost(ctx context.Context, h *hostState) error {
	for {
		d := t.hosts.pausedUntil(h).Sub(t.now())
		if d <= 0 {
			break
		}
		if err := t.sleep(ctx, d); err != nil {
			return fmt.Errorf("wait for %s (paused by Retry-After): %w", h.key, err)
		}
	}
	if err := h.limiter.Wait(ctx); err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("wait for %s: %w", h.key, ctx.Err())
		}
		// rate.Limiter refuses up front a wait that would outlast ctx's
		// deadline; to the caller that is a time-out.
		return fmt.Errorf("wait for %s: %w", h.key, context.DeadlineExceeded)
	}
	return nil
}

// sendOnce sends one attempt of req through the base transport under its
// own time-out. The cancel func ends that time-out; the caller calls it once
// it is done with the response.
func (t *Transport) sendOnce(req *http.Request, conditional bool) (*http.Response, context.CancelFunc, error) {
	ctx := req.Context()
	tctx, cancel := context.WithTimeout(ctx, t.timeout)
	out := req.Clone(tctx) // a RoundTripper must not modify req
	out.Header.Set("User-Agent", t.userAgent)
	// Asking for gzip ourselves turns off net/http's transparent
	// decompression, so that the body cap below sees decompressed bytes
	// whatever the base transport.
	out.Header.Set("Accept-Encoding", "gzip")
	out.Header.Del(RevalidateHeader)
	if conditional && out.Header.Get("If-None-Match") == "" && out.Header.Get("If-Modified-Since") == "" {
		if etag, lastMod, ok := t.validators.Get(req.URL.String()); ok {
			if etag != "" {
				out.Header.Set("If-None-Match", etag)
			}
			if lastMod != "" {
				out.Header.Set("If-Modified-Since", lastMod)
			}
		}
	}
	if req.GetBody != nil && req.Body != nil && req.Body != http.NoBody {
		if b, err := req.GetBody(); err == nil {
			out.Body = b
		}
	}
	resp, err := t.base.RoundTrip(out)
	if err != nil {
		cancel()
		return nil, nil, t.timedOut(ctx, tctx, err)
	}
	resp.Body = &timedBody{ReadCloser: resp.Body, t: t, ctx: ctx, tctx: tctx}
	return resp, cancel, nil
}

// wrapBody hands the final response to the caller: the body decompressed
// and capped, the host's slot given back (done) at its end, validators of a
// complete 200 stored for a conditional request.
func (t *Transport) wrapBody(req *http.Request, resp *http.Response, cancel context.CancelFunc, done func(), conditional bool) (*http.Response, error) {
	if resp.ContentLength > t.maxBody {
		discard(resp, cancel)
		done()
		return nil, fmt.Errorf("read body: content-length %d over %d bytes: %w", resp.ContentLength, t.maxBody, ErrBodyTooLarge)
	}
	ctx := req.Context()
	b := &cappedBody{closer: resp.Body, left: t.maxBody, max: t.maxBody, cancel: cancel, done: done,
		onRead: func(n int) { t.count(ctx, func(c *Counter) { c.bytes.Add(int64(n)) }) }}
	b.r = resp.Body
	if strings.EqualFold(strings.TrimSpace(resp.Header.Get("Content-Encoding")), "gzip") {
		// The compressed bytes are capped too, so that a stream of empty
		// gzip blocks cannot run on for ever.
		raw := &cappedBody{r: resp.Body, closer: io.NopCloser(nil), left: t.maxBody, max: t.maxBody, cancel: func() {}, done: func() {}}
		b.r = &gzipReader{r: raw}
		resp.Header.Del("Content-Encoding")
		resp.Header.Del("Content-Length")
		resp.ContentLength = -1
	}
	// Uncompressed tells clients (colly decompresses bodies that look like
	// gzip unless it is set) that there is nothing left to decompress: only
	// the Transport does, under the cap.
	resp.Uncompressed = true
	if conditional && resp.StatusCode == http.StatusOK {
		etag, lastMod := resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
		if etag != "" || lastMod != "" {
			key := req.URL.String()
			b.onEOF = func() { t.staged.stage(key, etag, lastMod) } // stored by commit
		}
	}
	resp.Body = b
	return resp, nil
}

// backoff is the full-jitter delay before retry attempt+1: uniform in
// [0, min(BackoffMax, BackoffBase·2^attempt)), so that many clients that
// failed at once do not come back at once.
func (t *Transport) backoff(attempt int) time.Duration {
	ceil := t.backoffMax
	if attempt < 30 && t.backoffBase<<attempt < ceil {
		ceil = t.backoffBase << attempt
	}
	if ceil <= 0 {
		return 0
	}
	return rand.N(ceil)
}

// backoffWait sleeps for backoff(attempt), or until ctx ends.
func (t *Transport) backoffWait(ctx context.Context, attempt int) error {
	if err := t.sleep(ctx, t.backoff(attempt)); err != nil {
		return fmt.Errorf("wait to retry: %w", err)
	}
	return nil
}

// count applies f to t's own counter and to every Counter on ctx.
func (t *Transport) count(ctx context.Context, f func(*Counter)) {
	f(&t.stats)
	for _, c := range countersFrom(ctx) {
		f(c)
	}
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

// retryableStatus reports whether a 5xx may be worth retrying: 501 and 505
// say the request itself will never work.
func retryableStatus(st int) bool {
	return st >= 500 && st != http.StatusNotImplemented && st != http.StatusHTTPVersionNotSupported
}

// transient reports whether a failed attempt may work when tried again: a
// time-out, a refused or reset connection, a connection closed early. A
// policy refusal, a body over the cap, a name that does not exist or a bad
// certificate will not change.
func transient(err error) bool {
	var dnsErr *net.DNSError
	var certErr *tls.CertificateVerificationError
	switch {
	case errors.Is(err, ErrBlocked), errors.Is(err, ErrBodyTooLarge), errors.Is(err, ErrTooManyRedirects):
		return false
	case errors.As(err, &dnsErr) && dnsErr.IsNotFound:
		return false
	case errors.As(err, &certErr):
		return false
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET),
		errors.Is(err, syscall.ECONNABORTED), errors.Is(err, syscall.EPIPE):
		return true
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return true
	}
	var oe *net.OpError
	return errors.As(err, &oe) && oe.Op == "dial"
}

// parseRetryAfter reads a Retry-After header: delay-seconds or an HTTP
// date (RFC 9110 §10.2.3). A date in the past is no wait.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n < 0 {
			return 0, false
		}
		return time.Duration(min(n, 1<<32)) * time.Second, true
	}
	at, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	return max(at.Sub(now), 0), true
}

// sleepCtx waits for d, or until ctx ends. It is the default Config.Sleep.
func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	tm := time.NewTimer(d)
	defer tm.Stop()
	select {
	case <-tm.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// discard drains a little of a response that will not be used (so that
// its connection can be reused) and closes it.
func discard(resp *http.Response, cancel context.CancelFunc) {
	io.CopyN(io.Discard, resp.Body, 4<<10)
	resp.Body.Close()
	cancel()
}

// closeRequestBody closes req's body: a RoundTripper must, even on errors.
func closeRequestBody(req *http.Request) {
	if req.Body != nil {
		req.Body.Close()
	}
}

// HostKey names a URL's host for rate limiting: lower-case host with its
// port, the scheme's default port dropped so that example.com and
// example.com:443 share one limiter.
func HostKey(u *url.URL) string {
	h := strings.ToLower(u.Host)
	switch {
	case u.Scheme == "http" && strings.HasSuffix(h, ":80"):
		h = strings.TrimSuffix(h, ":80")
	case u.Scheme == "https" && strings.HasSuffix(h, ":443"):
		h = strings.TrimSuffix(h, ":443")
	}
	return h
}

// timedBody is a raw response body whose read errors say "time-out" when
// the per-request time-out (not the caller's context) ended them.
type timedBody struct {
	io.ReadCloser
	t         *Transport
	ctx, tctx context.Context
}

func (b *timedBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if err != nil && err != io.EOF {
		err = b.t.timedOut(b.ctx, b.tctx, err)
	}
	return n, err
}

// cappedBody is a response body that fails with ErrBodyTooLarge once more
// than max bytes are read. At its end (EOF) it runs onEOF (storing
// validators of a complete response) and done (giving back the host's
// slot); Close runs done if the end was not reached, and ends the request's
// time-out.
type cappedBody struct {
	r         io.Reader
	closer    io.Closer
	left, max int64
	cancel    context.CancelFunc
	done      func()
	onEOF     func()
	onRead    func(n int) // counts the bytes read; nil for none
	once      sync.Once
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
	n, err := b.r.Read(p)
	if int64(n) > b.left {
		n = int(b.left)
		b.left = 0
		b.err = fmt.Errorf("read body: over %d bytes: %w", b.max, ErrBodyTooLarge)
		return n, b.err
	}
	b.left -= int64(n)
	if n > 0 && b.onRead != nil {
		b.onRead(n)
	}
	if err == io.EOF {
		if b.onEOF != nil {
			b.onEOF()
			b.onEOF = nil
		}
		b.once.Do(b.done)
	}
	return n, err
}

// Close closes the body, gives back the host's slot and ends the request's
// time-out.
func (b *cappedBody) Close() error {
	err := b.closer.Close()
	b.once.Do(b.done)
	b.cancel()
	return err
}

// gzipReader decompresses lazily, on the first Read, so that a response
// with no body (HEAD, 304) and a gzip header costs nothing and fails
// nothing.
type gzipReader struct {
	r  io.Reader
	zr *gzip.Reader
}

func (g *gzipReader) Read(p []byte) (int, error) {
	if g.zr == nil {
		zr, err := gzip.NewReader(g.r)
		if err != nil {
			if err == io.EOF {
				return 0, io.EOF
			}
			return 0, fmt.Errorf("read body: gzip: %w", err)
		}
		g.zr = zr
	}
	return g.zr.Read(p)
}
