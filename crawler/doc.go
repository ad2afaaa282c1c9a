// Package crawler fetches creator pages politely and turns them into
// scout.CrawlResults. It is the core every source shares: the fetch layer,
// the crawl loop, the frontier runner, crawl jobs, schedules and
// discovery, and the small interfaces a source implements.
//
// # Core and sources
//
// The core reads no platform itself. Each source is a package of its own,
// with its own fixtures and tests, registered in cmd/scout (one line each;
// no init registries):
//
//   - crawler/page, the generic extractor: the fallback wired into
//     Config.Extract and Config.ParseFeed for every target no adapter
//     claims;
//   - crawler/bluesky, crawler/fediverse (Mastodon, ActivityPub),
//     crawler/youtube, crawler/pixelfed, crawler/threads, crawler/lemmy and
//     crawler/twitch, platform adapters put in Config.Adapters (an Adapter
//     claims targets and fetches profiles), two of them with a Searcher
//     for discovery.
//
// Sources import the core and crawler/source, a leaf of shared functions (clean
// text, URLs, counts) that the core uses too; the core imports no source,
// and no source imports another. The JSON fetch with its failure mapping
// (GetJSON, APIError) and the context marks of API calls (WithAPI) are the
// core's, since they are fetching. crawler/crawltest holds the test
// fixtures the core and the sources share.
//
// # Fetch layer
//
// Every request Scout sends goes through one http.RoundTripper, *Transport,
// whether colly sends it or a platform adapter's JSON client does (use
// Transport.Client or Crawler.Client for those). Putting politeness in the
// transport rather than in colly callbacks means no client can bypass it.
// The Transport's doc comment lists its steps in order; in short:
//
//   - a domain deny-list and, for crawls submitted by API users
//     (BlockPrivate), the outbound-address policy of package netguard,
//     checked on the resolved address in the dialer at connect time, so
//     DNS rebinding cannot get round it;
//   - robots.txt obeyed by default for the token "ScoutBot", cached per
//     host for RobotsTTL (2xx parsed, 4xx = no rules, 5xx = disallow all
//     for a minute, RFC 9309), with Crawl-delay honoured up to
//     MaxCrawlDelay; colly's own robots check is off because this one
//     replaces it;
//   - per host (host:port, so loopback fixtures on different ports are
//     different hosts): PerHostConcurrency slots (1), a rate.Limiter (1/s,
//     burst 1) and Retry-After pauses. colly's LimitRule is not used: it
//     limits per rule, not per host, and its delay runs after the response;
//   - 429 and 503 with Retry-After pause the host and retry up to
//     MaxRetryAfter (5 min), then fail as rate_limited; other 5xx, time-outs
//     and connection errors retry with full-jitter exponential backoff, at
//     most MaxRetries (3) times, for GET and HEAD only;
//   - conditional GET (ETag, Last-Modified) for requests marked with
//     RevalidateHeader, so unchanged pages cost a 304;
//   - gzip decompressed by the transport and the body capped after
//     decompression (MaxBodySize, 5 MiB): reading past the cap fails with
//     ErrBodyTooLarge, never a silent truncation (colly's truncating cap is
//     off); a per-request time-out (20 s) that starts after the waits; at
//     most MaxRedirects (10) redirects.
//
// The per-host state lives in one bounded host table (MaxHosts idle hosts),
// so a crawl that runs for months does not grow without bound.
//
// Classify maps any fetch error or HTTP status to one of the failure kinds
// of the root package (scout.FailTimeout, scout.FailRobots, ...), so all
// clients report failures alike.
//
// # Crawl loop
//
// Crawler.Crawl takes a list of target URLs and a scout.Sink. It drops
// duplicates, interleaves the rest by host (so that workers waiting on one
// host's limiter do not starve the others), and runs Concurrency workers
// (4) over one synchronous colly Collector built for the crawl with
// StdlibContext(ctx); no goroutine is started per URL. A target an Adapter
// claims is fetched by it, through the crawl's Transport. An adapter that
// knows its URLs only by path shape (a HostProber: /@user, /c/NAME on any
// host) gets a URL only when its host, asked once per HostInfoTTL
// (NodeInfo, then the Mastodon instance API; the answer kept in
// Config.HostInfo, the store), runs software it reads; an ordinary site's
// look-alike pages go to the generic extractor. An adapter may still
// decline a URL (when the probe failed, say), which is then read as a web
// page. For each web target it
//
//  1. fetches the page (a fetch error or a non-2xx status is a failure of
//     the kind Classify gives),
//  2. reads a feed (RSS, Atom, JSON Feed: a podcast or newsletter given
//     by its feed URL) with Config.ExtractFeed, the feed being the
//     profile, and refuses any other content type that is not HTML
//     (unsupported_type),
//  3. calls the extractor wired in Config.Extract once on an HTML body:
//     an error is a parse_error, no profile is no_profile,
//  4. fetches the first feed the page links to, if any, and merges its
//     posts into the profile by post id, page posts winning; a failed feed
//     is a warning on the result, not a failure, and
//  5. sends one scout.CrawlResult to the sink, then calls Progress.
//
// The extractors themselves (crawler/page's Extract and ParseFeed,
// crawler/source's ParseCount) are pure functions of a fetched body and are
// documented where they are defined.
//
// Results reach the sink one at a time from the goroutine that called
// Crawl, so a sink need not be safe for concurrent use. A sink error is
// counted in the Summary and logged; the crawl goes on. Cancelling ctx
// stops the limiter waits and in-flight requests at once; Crawl then
// returns the partial Summary and the context's error.
package crawler
