package crawler

import (
	"context"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"golang.org/x/time/rate"
)

// robotsExemptKey marks a request context whose requests are official API
// calls, which robots.txt does not govern.
type robotsExemptKey struct{}

// platformRateKey carries the published rate limit of the platform an API
// request goes to.
type platformRateKey struct{}

// WithoutRobots marks ctx's requests as calls to an official API (the
// Bluesky XRPC API, the Mastodon REST API, the YouTube Data API). robots.txt
// is a convention for crawlers of pages; an API's published terms and rate
// limits govern its use instead. Every other rule of the fetch layer —
// the deny-list, the SSRF guard, per-host limits and slots, Retry-After,
// retries, caps — still applies. Pages an adapter reads (a YouTube channel
// page, an ActivityPub actor) are fetched without the mark and obey
// robots.txt.
func WithoutRobots(ctx context.Context) context.Context {
	return context.WithValue(ctx, robotsExemptKey{}, true)
}

// robotsExempt reports whether ctx was marked by WithoutRobots.
func robotsExempt(ctx context.Context) bool {
	v, _ := ctx.Value(robotsExemptKey{}).(bool)
	return v
}

// WithAPI marks ctx's requests as API calls (WithoutRobots) to a platform
// whose published limit is perSecond requests per second per host: the
// host's rate is raised to it when Config.Rate is lower (Bluesky's 10/s
// over the polite 1/s default for pages), and a Config.HostRates entry
// for the host beats both. 0 leaves the host at Config.Rate.
func WithAPI(ctx context.Context, perSecond float64) context.Context {
	ctx = WithoutRobots(ctx)
	if perSecond > 0 {
		ctx = context.WithValue(ctx, platformRateKey{}, rate.Limit(perSecond))
	}
	return ctx
}

// platformRate is the rate WithAPI put on ctx, or 0.
func platformRate(ctx context.Context) rate.Limit {
	r, _ := ctx.Value(platformRateKey{}).(rate.Limit)
	return r
}

// hostRates turns Config.HostRates into limits by HostKey; non-positive
// rates are dropped.
func hostRates(in map[string]float64) map[string]rate.Limit {
	out := make(map[string]rate.Limit, len(in))
	for h, r := range in {
		if r > 0 {
			out[strings.ToLower(strings.TrimSpace(h))] = rate.Limit(r)
		}
	}
	return out
}

// ParseHostRate reads a --host-rate value, HOST=R: a host (with a port
// when it is not the scheme's default, or a URL whose host is taken) and
// requests per second. It returns the host in the form Config.HostRates
// is keyed by.
func ParseHostRate(s string) (string, float64, error) {
	h, r, ok := strings.Cut(strings.TrimSpace(s), "=")
	if !ok {
		return "", 0, fmt.Errorf("host rate %q: want HOST=REQUESTS_PER_SECOND", s)
	}
	perSecond, err := strconv.ParseFloat(strings.TrimSpace(r), 64)
	if err != nil || perSecond <= 0 || perSecond > 1000 {
		return "", 0, fmt.Errorf("host rate %q: the rate must be a number above 0 and at most 1000", s)
	}
	h = strings.TrimSpace(h)
	u, err := url.Parse(h)
	if err != nil || u.Host == "" {
		u, err = url.Parse("https://" + h)
	}
	if err != nil || u.Host == "" || u.Path != "" && u.Path != "/" {
		return "", 0, fmt.Errorf("host rate %q: %q is not a host", s, h)
	}
	return HostKey(u), perSecond, nil
}
