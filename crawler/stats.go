package crawler

import (
	"context"
	"sync/atomic"
)

// Stats counts what the fetch layer did beyond plain fetching. The crawl
// API reports them per job (rate_limit_waits, not_modified) and /metrics
// in total.
type Stats struct {
	// RateLimitWaits counts 429 and 503-with-Retry-After answers that
	// paused their host.
	RateLimitWaits int64 `json:"rate_limit_waits"`
	// Retries counts attempts sent again after a rate limit, a 5xx, a
	// time-out or a connection error.
	Retries int64 `json:"retries"`
	// NotModified counts 304 answers to conditional GETs.
	NotModified int64 `json:"not_modified"`
	// Bytes counts the response body bytes read, after decompression.
	Bytes int64 `json:"bytes"`
}

// Counter accumulates Stats; it is safe for concurrent use and its zero
// value is ready. Attach one to a context with WithCounter to count the
// requests sent with that context, such as one crawl job's.
type Counter struct {
	rateLimitWaits atomic.Int64
	retries        atomic.Int64
	notModified    atomic.Int64
	bytes          atomic.Int64
}

// Stats returns the counts so far.
func (c *Counter) Stats() Stats {
	return Stats{
		RateLimitWaits: c.rateLimitWaits.Load(),
		Retries:        c.retries.Load(),
		NotModified:    c.notModified.Load(),
		Bytes:          c.bytes.Load(),
	}
}

type countersKey struct{}

// WithCounter returns a context whose requests through any Transport also
// count into c, besides the counters already on ctx (so a job's counter
// and a crawl's own both see them).
func WithCounter(ctx context.Context, c *Counter) context.Context {
	prev := countersFrom(ctx)
	all := make([]*Counter, len(prev), len(prev)+1)
	copy(all, prev)
	return context.WithValue(ctx, countersKey{}, append(all, c))
}

// countersFrom returns the counters attached to ctx.
func countersFrom(ctx context.Context) []*Counter {
	cs, _ := ctx.Value(countersKey{}).([]*Counter)
	return cs
}
