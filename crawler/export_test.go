package crawler

import (
	"github.com/scout-oss/scout"
)

// Internals exposed to the external tests of this package.
var (
	ParseRetryAfter = parseRetryAfter
	CheckDialAddr   = checkDialAddr
	GuardedDialer   = guardedDialer
)

// HostCount is how many hosts t keeps politeness state for.
func HostCount(t *Transport) int { return t.hosts.len() }

// CommitValidators stores the staged validators of url, as the crawl loop
// does once the sink has kept url's result.
func CommitValidators(t *Transport, url string) {
	t.commit(&scout.CrawlResult{URL: url})
}
