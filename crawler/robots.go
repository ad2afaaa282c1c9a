package crawler

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/scout-oss/scout/crawler/robotstxt"
)

const (
	// robotsMaxRedirects is RFC 9309's "at least five" redirect hops.
	robotsMaxRedirects = 5
	// robotsServerErrorTTL is how long a 5xx robots.txt (full disallow)
	// is kept before asking again: the error is likely temporary.
	robotsServerErrorTTL = time.Minute
)

// robotsAllowAll and robotsDisallowAll stand for a robots.txt that could
// not be read: no rules (4xx), or everything refused (5xx).
var (
	robotsAllowAll    = &robotstxt.Robots{}
	robotsDisallowAll = robotstxt.Parse([]byte("User-agent: *\nDisallow: /\n"))
)

// MaxCrawlDelay caps the Crawl-delay Scout honours from a robots.txt: a
// host that asks for more still gets one request per 30 s, rather than a
// crawl that stalls for hours on a typo like "Crawl-delay: 3600".
const MaxCrawlDelay = 30 * time.Second

// robotsCache fetches and caches robots.txt per scheme and host, and answers
// whether ScoutBot may fetch a URL (package robotstxt reads the files).
// robots.txt is fetched through the Transport's do, so it waits for the
// same per-host limiter and slots, carries the same User-Agent and obeys
// the same caps as any other request.
// The parsed files live in the Transport's host table, so the same bound
// forgets them along with the host's limiter.
type robotsCache struct {
	t     *Transport
	agent string
	ttl   time.Duration
	now   func() time.Time
	// shared, when set, holds the files fetched by every process of a
	// fleet: a process reads a host's file from it, and the one that
	// finds none takes its lock, fetches the file and stores it.
	shared SharedCache
}

// robotsEntry is one host's robots.txt. lock is a one-slot semaphore held
// while the file is fetched, so that concurrent first requests to a host
// fetch it once, and a waiter can give up when its context ends. data and
// expires are guarded by lock.
type robotsEntry struct {
	lock    chan struct{}
	data    *robotstxt.Robots
	expires time.Time
}

// newRobotsCache matches groups by agent's product token ("ScoutBot" of
// "ScoutBot/0.1"); an agent with no valid token obeys only "*" groups.
func newRobotsCache(t *Transport, agent string, ttl time.Duration, now func() time.Time) *robotsCache {
	return &robotsCache{t: t, agent: robotstxt.ProductToken(agent), ttl: ttl, now: now}
}

// check returns nil when robots.txt allows u, an error wrapping
// ErrRobotsDisallowed when it does not, and the fetch error when robots.txt
// could not be fetched at all (the host is down, say), which is not cached.
// Each time it fetches a robots.txt it sets the host's Crawl-delay (capped
// at MaxCrawlDelay; none restores the configured rate).
func (c *robotsCache) check(ctx context.Context, u *url.URL) error {
	h := c.t.hosts.acquire(HostKey(u), 0)
	defer c.t.hosts.release(h)
	e := c.t.hosts.robotsEntry(h, u.Scheme)
	select {
	case e.lock <- struct{}{}:
	case <-ctx.Done():
		return fmt.Errorf("check robots.txt: %w", ctx.Err())
	}
	defer func() { <-e.lock }()

	if e.data == nil || !c.now().Before(e.expires) {
		fetch := c.fetch
		if c.shared != nil {
			fetch = c.fetchShared
		}
		data, ttl, err := fetch(ctx, u)
		if err != nil {
			return fmt.Errorf("check robots.txt: %w", err)
		}
		e.data, e.expires = data, c.now().Add(ttl)
		var delay time.Duration
		if d, ok := data.CrawlDelay(c.agent); ok && d > 0 {
			delay = min(d, MaxCrawlDelay)
		}
		c.t.hosts.setCrawlDelay(h, delay)
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	// Rules are percent-encoded when parsed; the path is spelled alike.
	path = robotstxt.Escape(path)
	if !e.data.Allowed(c.agent, path) {
		return fmt.Errorf("check robots.txt: %s: %w", path, ErrRobotsDisallowed)
	}
	return nil
}

// fetch reads u's host's robots.txt and says how long to keep the answer.
// As RFC 9309 asks: 2xx is parsed; 4xx (and a redirect chain too long to
// follow) means no rules; 5xx means disallow everything, kept briefly. A
// line that cannot be read is skipped, never spoiling the file. A 5xx is
// not retried with backoff here, since it is asked again after a minute
// anyway; a 429 or 503 with Retry-After pauses the host and is
// retried like any request, and one still limited fails the check with
// ErrRateLimited (not cached).
func (c *robotsCache) fetch(ctx context.Context, u *url.URL) (*robotstxt.Robots, time.Duration, error) {
	kind, body, ttl, err := c.fetchRaw(ctx, u)
	if err != nil {
		return nil, 0, err
	}
	return parseRobots(kind, body), ttl, nil
}

// Kinds of robots.txt answer, as fetchRaw classifies them and the shared
// cache stores them (one byte before the file).
const (
	robotsFile     = 'f' // a 2xx: the file's rules
	robotsAllow    = 'a' // a 4xx: no rules
	robotsDisallow = 'd' // a 5xx: everything refused for now
)

// parseRobots turns a classified answer into rules.
func parseRobots(kind byte, body []byte) *robotstxt.Robots {
	switch kind {
	case robotsFile:
		return robotstxt.Parse(body)
	case robotsDisallow:
		return robotsDisallowAll
	default:
		return robotsAllowAll
	}
}

// robotsLockPoll is how often a process waiting for another's robots.txt
// fetch looks for the file.
const robotsLockPoll = 50 * time.Millisecond

// fetchShared reads u's host's robots.txt from the fleet's shared cache,
// fetching it (under the cache's lock, so once for the whole fleet) when
// no process has yet. A failed fetch is not stored, as in fetch: the next
// process to ask tries again. A cache that cannot be reached is asked
// again until ctx ends.
func (c *robotsCache) fetchShared(ctx context.Context, u *url.URL) (*robotstxt.Robots, time.Duration, error) {
	key := "robots:" + strings.ToLower(u.Scheme) + "://" + HostKey(u)
	lockFor := 2*c.t.timeout + 10*time.Second
	for {
		v, ttl, ok, err := c.shared.Get(ctx, key)
		if err == nil && ok && len(v) > 0 {
			return parseRobots(v[0], v[1:]), ttl, nil
		}
		var tok string
		if err == nil {
			tok, err = c.shared.Lock(ctx, key, lockFor)
		}
		if err == nil && tok != "" {
			kind, body, ttl, ferr := c.fetchRaw(ctx, u)
			if ferr == nil {
				err = c.shared.Set(ctx, key, append([]byte{kind}, body...), ttl)
			}
			_ = c.shared.Unlock(context.WithoutCancel(ctx), key, tok)
			if ferr != nil {
				return nil, 0, ferr
			}
			if err == nil {
				return parseRobots(kind, body), ttl, nil
			}
		}
		wait := robotsLockPoll
		if err != nil {
			wait = 500 * time.Millisecond
		}
		if err := c.t.sleep(ctx, wait); err != nil {
			return nil, 0, err
		}
	}
}

// fetchRaw fetches u's host's robots.txt and classifies the answer (see
// fetch).
func (c *robotsCache) fetchRaw(ctx context.Context, u *url.URL) (byte, []byte, time.Duration, error) {
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, ru.String(), nil)
	if err != nil {
		return 0, nil, 0, fmt.Errorf("build request: %w", err)
	}
	client := &http.Client{
		Transport: roundTripFunc(func(r *http.Request) (*http.Response, error) {
			if err := c.t.admit(r); err != nil {
				return nil, err
			}
			return c.t.do(r, false)
		}),
		CheckRedirect: func(_ *http.Request, via []*http.Request) error {
			if len(via) > robotsMaxRedirects {
				return http.ErrUseLastResponse
			}
			return nil
		},
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, nil, 0, err
	}
	defer resp.Body.Close()
	// One byte past robotstxt.MaxBytes tells Parse the file goes on, so
	// that it cuts at the last whole line. Rules past the point read may be
	// ignored (RFC 9309 §2.5).
	body, err := io.ReadAll(io.LimitReader(resp.Body, robotstxt.MaxBytes+1))
	if errors.Is(err, ErrBodyTooLarge) {
		// Stopped by the body cap: the last line read may be cut short.
		body = robotstxt.CutAtLine(body, len(body)-1)
	} else if err != nil {
		return 0, nil, 0, fmt.Errorf("read robots.txt: %w", err)
	}
	switch {
	case resp.StatusCode >= 200 && resp.StatusCode < 300:
		return robotsFile, body, c.ttl, nil
	case resp.StatusCode >= 500:
		return robotsDisallow, nil, min(c.ttl, robotsServerErrorTTL), nil
	default:
		return robotsAllow, nil, c.ttl, nil
	}
}

// roundTripFunc adapts a function to http.RoundTripper.
type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(req *http.Request) (*http.Response, error) { return f(req) }
