package scout

import (
	"context"
	"time"
)

// Profile is what the crawler extracted about one account from one fetch: the
// account with its counts, and its recent posts. It is the unit of ingest.
type Profile struct {
	Account   Account   `json:"account"`
	Posts     []Post    `json:"posts"`
	SourceURL string    `json:"source_url"`
	FetchedAt time.Time `json:"fetched_at"`
	// FoundVia says how the crawl came to this account (a seed, a search,
	// a mention); the store appends it to the creator's found_via.
	FoundVia []FoundVia `json:"found_via,omitempty"`
	// Mentions are the targets (URLs or PLATFORM:ID) of the accounts the
	// posts mention, where the platform marks mentions (Bluesky mention
	// facets, Mastodon mentions). The snowball crawl follows them; they
	// are not stored.
	Mentions []string `json:"mentions,omitempty"`
}

// Failure kinds recorded against a URL. They are stable: crawl summaries,
// metrics and the crawl API count errors by them.
const (
	FailNotFound   = "not_found"          // 404 or 410
	FailHTTP       = "http_error"         // another non-2xx status
	FailTimeout    = "timeout"            // the fetch ran over its time-out
	FailNetwork    = "network"            // connection refused, reset, DNS
	FailRedirects  = "too_many_redirects" // redirect loop or chain over the limit
	FailTooLarge   = "too_large"          // body over the cap (after decompression)
	FailNotHTML    = "unsupported_type"   // a content type no extractor reads
	FailParse      = "parse_error"        // the page could not be parsed
	FailNoProfile  = "no_profile"         // parsed, but no creator profile on it
	FailRobots     = "robots_disallowed"  // robots.txt forbids it
	FailRateLimit  = "rate_limited"       // 429/503 beyond the Retry-After cap
	FailBlocked    = "blocked"            // refused by policy (deny-list, SSRF guard)
	FailAuth       = "auth_required"      // 401/403: the endpoint is closed
	FailSuppressed = "suppressed"         // the person asked to be forgotten
)

// CrawlResult is the outcome of fetching one target URL: either a Profile,
// or a Failure with its kind. Partial problems that did not stop the profile
// (a broken feed, one malformed JSON-LD block) are listed in Warnings.
type CrawlResult struct {
	URL       string    `json:"url"`
	Status    int       `json:"status"`
	FetchedAt time.Time `json:"fetched_at"`
	Profile   *Profile  `json:"profile,omitempty"`
	Failure   *Failure  `json:"failure,omitempty"`
	// NotModified is true when the server answered a conditional GET with
	// 304: the stored data is still current and nothing is re-extracted.
	NotModified bool      `json:"not_modified,omitempty"`
	Warnings    []Failure `json:"warnings,omitempty"`
}

// Failure says why a URL yielded no profile.
type Failure struct {
	URL     string `json:"url"`
	Kind    string `json:"kind"`
	Message string `json:"message"`
}

// Sink receives crawl results. The crawler knows nothing about storage: it
// hands each result to a Sink, which may store it locally (ingest.Ingester) or, on
// the day crawling scales out, forward it to a single remote writer.
type Sink interface {
	// Ingest takes one result. It must be idempotent: ingesting the same
	// result twice changes nothing.
	Ingest(ctx context.Context, r *CrawlResult) error
}

// Visit is the crawl state of one URL: when it was last fetched and how that
// went. Failures are kept here, against their URL, by kind.
type Visit struct {
	URL       string    `json:"url"`
	Status    int       `json:"status"`
	Kind      string    `json:"kind,omitempty"` // failure kind; "" when it worked
	Message   string    `json:"message,omitempty"`
	CreatorID string    `json:"creator_id,omitempty"`
	FetchedAt time.Time `json:"fetched_at"`
}

// VisitService keeps per-URL crawl state (implemented by store).
type VisitService interface {
	// RecordVisit stores v, replacing any earlier visit of the same URL.
	RecordVisit(ctx context.Context, v *Visit) error
	// FindVisit returns the last visit of url. ENOTFOUND when never visited.
	FindVisit(ctx context.Context, url string) (*Visit, error)
}
