// Package crawler fetches creator pages politely and turns them into
// scout.CrawlResults.
//
// # Fetch layer
//
// Every request Scout sends goes through one http.RoundTripper, *Transport,
// whether colly sends it or a platform adapter's JSON client does (use
// Transport.Client or Crawler.Client for those). Putting politeness in the
// transport rather than in colly callbacks means no client can bypass it:
//
//   - robots.txt is obeyed by default for the token "ScoutBot". It is
//     fetched once per scheme and host, through the same rate limiter, and
//     cached for RobotsTTL (24 h). 2xx is parsed, 4xx means no rules, 5xx
//     means "disallow everything" for a minute (RFC 9309). A disallowed URL
//     is never requested and fails with ErrRobotsDisallowed. colly's own
//     robots check is off because this one replaces it.
//   - Each host (host:port, so loopback fixtures on different ports are
//     different hosts) has its own rate.Limiter, by default 1 request/s
//     with burst 1. The wait respects the request's context. colly's
//     LimitRule is not used: it limits per rule, not per host, and its
//     delay runs after the response, so its rate depends on latency.
//   - The User-Agent is set on every request.
//   - The body is capped as it is read (MaxBodySize, 5 MiB): reading past
//     the cap fails with ErrBodyTooLarge, and colly's silently truncating
//     cap is off. Each request (each redirect hop) has a time-out (20 s)
//     that starts after the rate-limit wait, which is why the clients set
//     no http.Client.Timeout. Redirect chains over MaxRedirects (10) fail
//     with ErrTooManyRedirects.
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
// StdlibContext(ctx); no goroutine is started per URL. For each target it
//
//  1. fetches the page (a fetch error or a non-2xx status is a failure of
//     the kind Classify gives),
//  2. refuses a non-HTML content type (unsupported_type),
//  3. calls the extractor (ExtractPage by default) once on the body: an
//     error is a parse_error, no profile is no_profile,
//  4. fetches the first feed the page links to, if any, and merges its
//     posts into the profile by post id, page posts winning; a failed feed
//     is a warning on the result, not a failure, and
//  5. sends one scout.CrawlResult to the sink, then calls Progress.
//
// The extractors themselves (ExtractPage, ParseFeed, ParseCount) are pure
// functions of a fetched body and are documented where they are defined.
//
// Results reach the sink one at a time from the goroutine that called
// Crawl, so a sink need not be safe for concurrent use. A sink error is
// counted in the Summary and logged; the crawl goes on. Cancelling ctx
// stops the limiter waits and in-flight requests at once; Crawl then
// returns the partial Summary and the context's error.
package crawler
