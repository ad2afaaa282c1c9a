package scout

import (
	"slices"
	"time"
)

// How a creator was found: the Kind of a FoundVia. The values appear in
// the JSON and never change once published.
const (
	FoundSeed    = "seed"    // a target the operator gave (crawl URLs, --seeds)
	FoundSearch  = "search"  // a platform's public search (scout discover --query)
	FoundMention = "mention" // mentioned or linked in a crawled creator's posts
	FoundImport  = "import"  // a row of scout import
)

// FoundVia records one way a creator was found, so that a recruiter can
// tell a creator the operator named from one a search or a snowball turned
// up (and through whom). A creator keeps every distinct way, oldest first.
type FoundVia struct {
	// Kind is FoundSeed, FoundSearch, FoundMention or FoundImport.
	Kind string `json:"kind"`
	// Query is the search query (FoundSearch), with the source that
	// answered it in Source.
	Query string `json:"query,omitempty"`
	// Source names the endpoint that produced the candidate:
	// "bluesky:searchActors", "mastodon:tag:INSTANCE",
	// "mastodon:directory:INSTANCE".
	Source string `json:"source,omitempty"`
	// By is who mentioned the creator (FoundMention): the mentioning
	// account's id.
	By string `json:"by,omitempty"`
	// Target is the crawl target the creator was reached through.
	Target string `json:"target,omitempty"`
	// At is when it was found.
	At time.Time `json:"at"`
}

// same reports whether f and g record the same way of finding (their
// times aside), so that a daily discovery run does not pile up copies.
func (f FoundVia) same(g FoundVia) bool {
	return f.Kind == g.Kind && f.Query == g.Query && f.Source == g.Source && f.By == g.By && f.Target == g.Target
}

// MaxFoundVia bounds how many ways of finding one creator keeps: a
// creator mentioned by thousands keeps the first ones.
const MaxFoundVia = 20

// AddFoundVia appends the entries of add to list, skipping those already
// there (the earlier time is kept) and stopping at MaxFoundVia. It returns
// the new list and whether it changed.
func AddFoundVia(list []FoundVia, add ...FoundVia) ([]FoundVia, bool) {
	changed := false
	for _, f := range add {
		if f.Kind == "" {
			continue
		}
		f.At = f.At.UTC()
		i := slices.IndexFunc(list, f.same)
		switch {
		case i >= 0:
			if !f.At.IsZero() && (list[i].At.IsZero() || f.At.Before(list[i].At)) {
				list[i].At = f.At
				changed = true
			}
		case len(list) < MaxFoundVia:
			list = append(list, f)
			changed = true
		}
	}
	return list, changed
}
