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

// Segments is the number of segments in the index's current snapshot.
func (ix *Index) Segments() (int, error) { return ix.segments() }

// WrapBleve replaces the open Bleve instance with wrap(instance), so tests
// can make it fail the way a full disk does.
func (ix *Index) WrapBleve(wrap func(bleve.Index) bleve.Index) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.bi = wrap(ix.bi)
}

// SetInternal writes an internal key through the index's own write path,
// which waits for it to reach the disk (Bleve's own SetInternal on an
// instance with unsafe batches does not, and Close would drop it).
func (ix *Index) SetInternal(key, val []byte) error {
	return ix.write("index.SetInternal", nil, func(b *bleve.Batch) error {
		b.SetInternal(key, val)
		return nil
	})
}

// ReportAsync delivers err to Scout's scorch asynchronous error callback
// as scorch does: path is scorch's directory, the index's "store".
func ReportAsync(err error, path string) { onAsyncError(err, path) }
