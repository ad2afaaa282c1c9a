package crawler

import (
	"context"
	"errors"
	"net"
	"net/http"

	"github.com/scout-oss/scout"
)

// Errors of the fetch layer. Callers branch on them with errors.Is (Classify
// does), so they are sentinels; they arrive wrapped with context, usually
// inside a *url.Error from http.Client.
var (
	// ErrRobotsDisallowed means robots.txt forbids ScoutBot the URL (or the
	// host's robots.txt answered 5xx, which RFC 9309 treats as "disallow
	// everything for now"). The URL was not requested.
	ErrRobotsDisallowed = errors.New("disallowed by robots.txt")
	// ErrBodyTooLarge means the response body went past MaxBodySize. The
	// body is never silently truncated.
	ErrBodyTooLarge = errors.New("body over the size cap")
	// ErrTooManyRedirects means a redirect chain was longer than
	// MaxRedirects (a loop, usually).
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrRateLimited means the host answered 429 or 503 with a Retry-After
	// longer than MaxRetryAfter, or still did after MaxRetries retries.
	ErrRateLimited = errors.New("rate limited by the host")
	// ErrBlocked means Scout's own policy refused the request: the host is
	// on the deny-list, or (with BlockPrivate) it resolves to a loopback,
	// private, link-local or otherwise internal address. The message names
	// the reason; nothing was sent.
	ErrBlocked = errors.New("blocked by policy")
)

// Classify maps a fetch outcome to one of the failure kinds of crawl.go, so
// that summaries, visits and metrics count failures the same way whichever
// client hit them. A non-nil err wins over status; a nil err with a 2xx
// status is no failure and yields "". Errors it does not know are network
// failures (refused, reset, DNS, TLS).
func Classify(err error, status int) string {
	if err != nil {
		var ne net.Error
		switch {
		case errors.Is(err, ErrRobotsDisallowed):
			return scout.FailRobots
		case errors.Is(err, ErrBlocked):
			return scout.FailBlocked
		case errors.Is(err, ErrRateLimited):
			return scout.FailRateLimit
		case errors.Is(err, ErrBodyTooLarge):
			return scout.FailTooLarge
		case errors.Is(err, ErrTooManyRedirects):
			return scout.FailRedirects
		case errors.Is(err, context.DeadlineExceeded):
			return scout.FailTimeout
		case errors.As(err, &ne) && ne.Timeout():
			return scout.FailTimeout
		default:
			return scout.FailNetwork
		}
	}
	switch {
	case status >= 200 && status < 300:
		return ""
	case status == http.StatusNotFound || status == http.StatusGone:
		return scout.FailNotFound
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		return scout.FailAuth
	case status == http.StatusTooManyRequests:
		return scout.FailRateLimit
	default:
		return scout.FailHTTP
	}
}
