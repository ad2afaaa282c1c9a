// Package scout is the domain of Scout, an open creator-discovery engine:
// the types every layer shares (Creator, Account, Post, Snapshot, Score,
// Flag, CrawlResult, SearchQuery, Brief, Shortlist, CrawlJob, Schedule,
// ...), the small interfaces the layers meet through, their validation, the
// ISO code lists validation needs, a few pure vocabulary functions (account
// and creator ids, follower growth and staleness, found_via and evidence
// lists) and the Error type whose codes become HTTP statuses. It runs no
// pipeline and detects, scores or parses nothing: that is the machinery of
// the packages below, which import this one and never each other (the
// small pure leaf packages target and netguard excepted).
//
// # Data flow
//
// A public page becomes a searchable, scored creator in five steps, each in
// its own package; the packages never import each other, only this one:
//
//  1. crawler fetches through its one polite fetch layer: an
//     http.RoundTripper that every request goes through (colly's page
//     fetches and the sources' API calls alike), enforcing robots.txt for
//     pages (crawler/robotstxt, read as RFC 9309), one rate limiter and one
//     connection slot per host, Retry-After pauses and backoff,
//     conditional GETs, a body cap after decompression, a deny-list and,
//     for API-submitted crawls, the outbound-address policy (netguard) in
//     the dialer. Each source is a package of its own that cmd/scout
//     registers, one line each: the platform adapters crawler/bluesky
//     (AppView), crawler/fediverse (Mastodon, ActivityPub, PeerTube),
//     crawler/youtube, crawler/pixelfed, crawler/threads (through the
//     ActivityPub reader), crawler/lemmy and crawler/twitch (Helix, with the
//     user's credentials) read their platforms (a URL known only by its
//     path shape, /@user or /c/NAME, once its host says it runs that
//     platform: HostInfo, kept by the store); every other URL goes to the
//     generic extractor crawler/page (schema.org JSON-LD, the site rules
//     and microformats of crawler/siterules, OpenGraph, the page's feed, or
//     the feed given as the target). Sources share only crawler/source
//     (clean text, URLs, counts) and never import each other. Either way the outcome is a
//     CrawlResult: a Profile (one Account with its counts and recent Posts)
//     or a Failure of a stable kind. Long crawls run from a persistent
//     Frontier (store), as jobs (CrawlJob) that survive a crash and resume
//     exactly; a scheduler fires recurring jobs (Schedule). On several
//     machines the Frontier is package fleet's, on Redis: workers (scout
//     worker) lease targets from it and push their results to a stream
//     that one ingester (scout serve --redis) commits through the same
//     Sink, so the store keeps a single writer.
//     With an ImageStore (package imagestore, on the data directory) the
//     crawler also fetches each profile's avatar and recent post
//     thumbnails through the same fetch layer, always under the
//     outbound-address policy, and keeps checked, re-encoded copies that
//     the page serves from Scout's own URLs.
//  2. The crawler hands every result to a Sink. ingest.Ingester is the
//     local one, and one crawl result's whole trip runs inside package
//     ingest: it turns a 304 back into the stored account (so the time
//     series and data_as_of move on), refuses people on the suppression
//     list (Suppressor, keyed by package target), detects the language of
//     posts that declare none (LanguageDetector, package langdetect), asks
//     the CreatorService (store, on bbolt) to save the profile in one
//     transaction (upserting the account and posts, appending a Snapshot),
//     lets ingest.Merger join accounts of one person on verifiable
//     evidence only (through the IdentityService), and records the Visit.
//  3. The Ingester reads the creator back, derives its aggregates
//     (Creator.Derive) and, with ingest.Derive, its language, country and
//     contacts with their evidence, and asks the Scorer (scoring: pure and
//     deterministic, the clock passed in) for engagement, scores, flags,
//     the partnerships profile and the topics (TopicList, with evidence),
//     and stores them.
//  4. Changed creators are written to the SearchIndex (index, on Bleve) in
//     batches. The index is derived: `scout reindex` rebuilds it from the
//     store alone, so the store is the one source of truth.
//  5. api serves the JSON API (search with filters and facets, creators,
//     briefs, shortlists and exports, crawl jobs, schedules, alerts, keys,
//     erasure) and the web page: a search runs on the index and the page of
//     hits is loaded from the store; a brief ranks creators through the
//     BriefScorer's BriefRanker (scoring), and pasted targets are keyed
//     by package target.
//
// cmd/scout wires the packages together; `scout demo` runs the whole flow
// against the built-in sample creator web (SampleWeb, served on loopback).
//
// # Conventions
//
// Counts that are not known are nil (null in JSON), never 0. Rates are
// fractions (0.0142), never percentages. Times are UTC. Ids are opaque and
// stable: an account's id comes from its platform's stable identifier (a
// DID, an actor URI, a channel id, a canonical URL), never from a handle,
// and a creator's from the first account it was seen with; a creator merged
// into another keeps answering as an alias of the survivor.
package scout
