// Package ingest is the one path from a crawl result to a stored, scored,
// indexed creator. It owns:
//
//   - the Ingester, the local scout.Sink: it refuses people on the
//     suppression list, turns a 304 back into the stored profile
//     (revalidation), stores the profile, lets the identity Merger join
//     accounts of one person on verifiable evidence, re-derives and
//     re-scores the creator and batches it for the search index;
//   - the derivations done at ingest: the language of an account's posts
//     (declared, else detected once through a scout.LanguageDetector), and
//     a creator's contacts, language and country with their evidence
//     (Derive; the country from signals of three strengths, weak ones
//     only when two agree, with the place tables of countrydata/), and
//     the identity evidence between accounts (FindIdentityEvidence).
//
// It meets storage, search, scoring and language detection only through
// the root interfaces (scout.CreatorService, scout.VisitService,
// scout.SearchIndex, scout.Scorer, scout.IdentityService,
// scout.Suppressor, scout.LanguageDetector), so it is tested with small
// in-memory fakes. It must not know bbolt, Bleve, HTTP or how a page was
// fetched: it never imports store, index, crawler or api. Besides the root
// it imports only the leaf package target, for the keys that match a URL to
// an account, an account to the suppression list, and links to profiles.
package ingest
