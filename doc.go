// Package scout is the domain of Scout, an open creator-discovery engine:
// the types every layer shares (Creator, Account, Post, Snapshot, Score,
// Flag, CrawlResult, SearchQuery), the few interfaces the layers meet
// through, and the Error type whose codes become HTTP statuses.
//
// # Data flow
//
// A page becomes a searchable, scored creator in five steps, each in its own
// package, and the packages never import each other (only this one):
//
//  1. crawler fetches a public page through its one polite fetch layer (an
//     http.RoundTripper that enforces robots.txt, one rate limiter per host, a
//     body cap and a time-out for every request) and an extractor turns it into
//     a Profile: one Account with its counts and recent Posts, from schema.org
//     JSON-LD, OpenGraph meta or the page's RSS/Atom feed. Failures become a
//     CrawlResult with a Failure kind, recorded against the URL.
//  2. The crawler hands every CrawlResult to a Sink. The Ingester (ingest.go)
//     is the local Sink: it asks the CreatorService (store, on bbolt) to save
//     the profile in one transaction — upserting the account and its posts and
//     appending a Snapshot of the counts — and records the Visit.
//  3. The Ingester reads the creator back and asks the Scorer (scoring, pure
//     and deterministic, with the clock passed in) for its Engagement, Scores
//     and Flags, and stores them with the creator.
//  4. Changed creators are written to the SearchIndex (index, on Bleve) in
//     batches. The index is derived: `scout reindex` rebuilds it from the
//     store alone, so the store is the one source of truth.
//  5. api serves the JSON API and the web page: a search runs on the index,
//     and the page of hits is loaded from the store.
//
// cmd/scout wires the packages together; `scout demo` runs the whole flow
// against the built-in sample creator web (SampleWeb, served on loopback).
//
// # Conventions
//
// Counts that are not known are nil (null in JSON), never 0. Rates are
// fractions (0.0142), never percentages. Times are UTC. Ids are opaque and
// stable: an account's id comes from its platform's stable identifier, and a
// creator's from the first account it was seen with.
package scout
