package index

import "github.com/blevesearch/bleve/v2"

// Hooks for the external index_test package.

// ParseQuery returns the canonical form of a parsed query.
func ParseQuery(s string) (string, error) {
	q, err := parseQuery(s)
	return q.String(), err
}

// Bleve exposes the underlying index for mapping-level assertions.
func (ix *Index) Bleve() bleve.Index { return ix.bi }

// VersionKey is the internal key holding the mapping version.
var VersionKey = versionKey

// WrapBleve replaces the open Bleve instance with wrap(instance), so tests
// can make it fail the way a full disk does.
func (ix *Index) WrapBleve(wrap func(bleve.Index) bleve.Index) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.bi = wrap(ix.bi)
}
