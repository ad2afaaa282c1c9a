package crawler

import (
	"context"
	"net/http"

	"github.com/scout-oss/scout"
)

// Adapter reads one platform where public data is open (the Bluesky AppView,
// the Mastodon API, YouTube pages, ...). The crawl loop offers each target to
// the configured adapters in order; the first that matches fetches it, and
// targets no adapter claims go to the generic page extractor.
//
// Adapters fetch only through the client they are handed: it is the crawl's
// one polite transport, so per-host limits, body caps, retries and time-outs
// apply to official APIs too. Close each response body before the next
// request to the same host: with the default of one slot per host, an open
// body holds the host's only slot and the next request waits for it.
type Adapter interface {
	// Platform names the platform the adapter reads.
	Platform() scout.Platform
	// Match reports whether target (a URL or PLATFORM:HANDLE) is this
	// adapter's, and returns the key the crawl uses to deduplicate and to
	// spread work across hosts (usually the API host).
	Match(target string) (hostKey string, ok bool)
	// Fetch reads the target's profile and recent posts; a failure is a
	// CrawlResult with a Failure of a stable kind. It returns nil only to
	// decline a URL target that turned out not to be this platform's (an
	// ordinary site with /@user paths and no Mastodon API, say): the crawl
	// then reads the URL as a web page.
	Fetch(ctx context.Context, client *http.Client, target string) *scout.CrawlResult
}

// adapterFor returns the first adapter that claims target.
func (c *Crawler) adapterFor(target string) (Adapter, string) {
	for _, a := range c.adapters {
		if key, ok := a.Match(target); ok {
			return a, key
		}
	}
	return nil, ""
}

// adaptersFor returns every adapter that matches target, in registration
// order: several may recognise one URL shape (/@user on Pixelfed and on
// Mastodon), and the host's probe decides which of them claims it.
func (c *Crawler) adaptersFor(target string) []Adapter {
	var as []Adapter
	for _, a := range c.adapters {
		if _, ok := a.Match(target); ok {
			as = append(as, a)
		}
	}
	return as
}
