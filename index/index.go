package index

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/scout-oss/scout"
)

// BatchSize is how many creators go into one Bleve batch. Scorch persists
// each batch as a segment before returning; about 1000 documents per batch
// was the fastest size measured, with a third of the memory of 5000.
const BatchSize = 1000

// lockTimeout bounds the wait for another process's lock on an on-disk
// index, so `scout search` beside a running `scout serve` fails with
// ECONFLICT instead of hanging.
const lockTimeout = "2s"

var _ scout.SearchIndex = (*Index)(nil)

// Index is the Bleve-backed scout.SearchIndex. It is safe for concurrent
// use; Close waits for running calls to finish.
type Index struct {
	// wmu lets one writer at a time reach the open Bleve instance, for
	// the whole batch including the wait for it to reach the disk. It is
	// also held by whatever closes or replaces that instance (a failed
	// write, Close, Commit, Repair), so no batch is in flight when it
	// goes. Taken before mu.
	wmu sync.Mutex
	// mu guards everything below. Searches hold it shared for their whole
	// call; writers hold it only to read the state and, after a failure,
	// exclusively to close the instance. A batch being written therefore
	// never holds up a search: the search reads the snapshot that scorch
	// had before the batch (see fault.go for why that is safe even when
	// the write fails).
	mu     sync.RWMutex
	bi     bleve.Index // nil once closed, and while degraded
	closed bool
	path   string // where the index lives; "" when memory-only
	// build is the directory a Create'd index is built in until Commit
	// moves it to path; "" for an index opened in place.
	build string

	mapping   *mapping.IndexMappingImpl
	analyzers analyzers

	// reviews supplies flag reviews to documents; NopReviews until
	// SetReviews.
	reviews ReviewFinder
	// now is the clock of the time-relative filters (posted_within_days,
	// stale); time.Now until SetClock.
	now func() time.Time
	// topics expands query words to topics; nil (no expansion) until
	// SetTopics.
	topics TopicLookup
	// log hears about faults and repairs; discarding until SetLogger.
	log *slog.Logger

	faults // the degraded state and its repair (fault.go, repair.go)
}

// TopicLookup says which topics a query word names in any language
// (scoring.TopicLexicon), so that "cucina" also finds the creators of
// food_drink.
type TopicLookup interface {
	// LookupTopics returns the topic slugs text (a word or a phrase)
	// names; nil for none.
	LookupTopics(text string) []string
}

// SetTopics makes Search expand query words that name a topic to that
// topic (see Search). nil turns expansion off.
func (ix *Index) SetTopics(t TopicLookup) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.topics = t
}

// ReviewFinder is what the index needs of a scout.FlagReviewService: the
// reviews of a batch of creators, so that a dismissed flag is indexed as
// absent.
type ReviewFinder interface {
	FindFlagReviews(ctx context.Context, creatorIDs []string) (map[string][]*scout.FlagReview, error)
}

// NopReviews is the ReviewFinder of an index without reviews: none.
type NopReviews struct{}

// FindFlagReviews returns no reviews.
func (NopReviews) FindFlagReviews(context.Context, []string) (map[string][]*scout.FlagReview, error) {
	return nil, nil
}

// SetReviews makes IndexCreators join each creator's flag reviews (from
// the store) into its document. Call it before indexing.
func (ix *Index) SetReviews(r ReviewFinder) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if r == nil {
		r = NopReviews{}
	}
	ix.reviews = r
}

// SetClock replaces the clock that "posted within N days" and "stale" are
// measured from (tests pin it).
func (ix *Index) SetClock(now func() time.Time) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if now == nil {
		now = time.Now
	}
	ix.now = now
}

// SetLogger sets where the index reports a fault (a write the file system
// refused, a panic inside Bleve) and its repair.
func (ix *Index) SetLogger(log *slog.Logger) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	ix.log = log
}

// Open opens the on-disk index at path, creating it (and its parent
// directories) with Scout's mapping when absent. An index written with
// another MappingVersion is ECONFLICT, as is an index another process holds
// open.
func Open(path string) (*Index, error) {
	const op = "index.Open"
	ix, err := newIndex(path)
	if err != nil {
		return nil, &scout.Error{Code: scout.EINTERNAL, Op: op, Err: err}
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, fmt.Errorf("%s: create parent directory: %w", op, err)
		}
		bi, err := createAt(path, ix.mapping, kindServed)
		if err != nil {
			return nil, formatError(op, err)
		}
		ix.setInstance(bi)
		return ix, nil
	} else if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}

	bi, err := openAt(path, kindServed)
	switch {
	case errors.Is(err, bolterrors.ErrTimeout):
		return nil, &scout.Error{Code: scout.ECONFLICT, Op: op, Err: err,
			Message: fmt.Sprintf("search index %s is in use by another process", path)}
	case errors.Is(err, bleve.ErrorIndexMetaMissing), errors.Is(err, bleve.ErrorIndexMetaCorrupt):
		return nil, &scout.Error{Code: scout.ECONFLICT, Op: op, Err: err,
			Message: fmt.Sprintf("%s is not a search index: run scout reindex to rebuild it", path)}
	case err != nil:
		return nil, fmt.Errorf("%s: open %s: %w", op, path, err)
	}
	if err := checkVersion(bi, path); err != nil {
		_ = bi.Close()
		err.Op = op
		return nil, err
	}
	ix.setInstance(bi)
	return ix, nil
}

// Create starts a fresh, empty index that will replace the one at path. It
// is built in a directory beside path and only Commit moves it into place,
// so a rebuild that fails (Close without Commit) leaves the old index as it
// was. This is what `scout reindex` uses.
func Create(path string) (*Index, error) {
	const op = "index.Create"
	ix, err := newIndex(path)
	if err != nil {
		return nil, &scout.Error{Code: scout.EINTERNAL, Op: op, Err: err}
	}
	dir, base := filepath.Split(filepath.Clean(path))
	if dir == "" {
		dir = "."
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("%s: create parent directory: %w", op, err)
	}
	build, err := os.MkdirTemp(dir, base+".rebuild-")
	if err != nil {
		return nil, fmt.Errorf("%s: create build directory: %w", op, err)
	}
	// A build that fails is discarded whole, so its batches need not
	// wait for their segments to reach the disk: persistAll before the
	// swap waits once for all of them (see watch.durable).
	bi, err := createAt(filepath.Join(build, "index"), ix.mapping, kindBuild)
	if err != nil {
		_ = os.RemoveAll(build)
		return nil, formatError(op, err)
	}
	ix.build = build
	ix.setInstance(bi)
	return ix, nil
}

// NewMemOnly returns an empty index held in memory, for tests and demos. It
// runs the same scorch engine as the on-disk index, so sorting and
// highlighting behave the same.
func NewMemOnly() (*Index, error) {
	const op = "index.NewMemOnly"
	ix, err := newIndex("")
	if err != nil {
		return nil, &scout.Error{Code: scout.EINTERNAL, Op: op, Err: err}
	}
	bi, err := createAt("", ix.mapping, kindServed)
	if err != nil {
		return nil, formatError(op, err)
	}
	ix.setInstance(bi)
	return ix, nil
}

func newIndex(path string) (*Index, error) {
	m, err := newMapping()
	if err != nil {
		return nil, err
	}
	a, err := newAnalyzers(m)
	if err != nil {
		return nil, err
	}
	return &Index{path: path, mapping: m, analyzers: a, reviews: NopReviews{}, now: time.Now,
		log: slog.New(slog.DiscardHandler)}, nil
}

// instanceKind says how openAt configures scorch for an instance.
type instanceKind int

const (
	// kindServed is an index that searches read: unsafe batches, whose
	// Batch returns before the batch is on disk and never closes a
	// segment that failed to persist; write waits for the persisted
	// callback instead (fault.go).
	kindServed instanceKind = iota
	// kindBuild is Create's index, read by nothing until Commit: unsafe
	// batches, and no background merges, so that each document is merged
	// once, by Optimize, rather than once per tier while it loads.
	kindBuild
	// kindRepair is Repair's index: safe batches, as no watch follows it
	// (a batch that fails returns its error and the rebuild is dropped).
	kindRepair
)

// buildMergePlan is the merge policy of a build, over scorch's defaults
// (it reads the option as JSON): tiers so wide that nothing is merged
// before Optimize merges everything at once.
var buildMergePlan = map[string]any{"MaxSegmentsPerTier": 1 << 20}

// openAt opens the scorch index at path with Scout's runtime options: the
// lock time-out, the callback that hears about failures of Bleve's
// background goroutines, and those of kind.
func openAt(path string, kind instanceKind) (bleve.Index, error) {
	cfg := map[string]any{"bolt_timeout": lockTimeout, asyncErrorKey: asyncErrorName(), "unsafe_batch": kind != kindRepair}
	if kind == kindBuild {
		cfg["scorchMergePlanOptions"] = buildMergePlan
	}
	return bleve.OpenUsing(path, cfg)
}

// createAt makes a new scorch index at path ("" for memory) and records the
// mapping version in it. Bleve writes the options given at creation into
// index_meta.json, so an on-disk index is created without Scout's runtime
// options and reopened with them and those of kind (openAt).
func createAt(path string, m *mapping.IndexMappingImpl, kind instanceKind) (bleve.Index, error) {
	var cfg map[string]any
	if path == "" {
		cfg = map[string]any{asyncErrorKey: asyncErrorName()}
	}
	bi, err := bleve.NewUsing(path, m, scorch.Name, scorch.Name, cfg)
	if err != nil {
		return nil, fmt.Errorf("create index: %w", err)
	}
	if err := bi.SetInternal(versionKey, []byte(MappingVersion)); err != nil {
		_ = bi.Close()
		return nil, fmt.Errorf("record mapping version: %w", err)
	}
	if path == "" {
		return bi, nil
	}
	if err := bi.Close(); err != nil {
		return nil, fmt.Errorf("create index: %w", err)
	}
	if bi, err = openAt(path, kind); err != nil {
		return nil, fmt.Errorf("reopen new index: %w", err)
	}
	return bi, nil
}

func checkVersion(bi bleve.Index, path string) *scout.Error {
	v, err := bi.GetInternal(versionKey)
	if err != nil {
		return &scout.Error{Code: scout.EINTERNAL, Err: fmt.Errorf("read mapping version: %w", err)}
	}
	if string(v) == MappingVersion {
		return nil
	}
	got := string(v)
	if got == "" {
		got = "none"
	}
	return &scout.Error{Code: scout.ECONFLICT, Err: ErrMappingVersion, Message: fmt.Sprintf(
		"search index %s has mapping version %s but this build needs %s: run scout reindex",
		path, got, MappingVersion)}
}

// ErrMappingVersion is wrapped by Open's error for an index built by
// another MappingVersion, so that a caller holding the store can rebuild
// it (the index is derived) instead of stopping.
var ErrMappingVersion = errors.New("built by another mapping version")

// Commit moves an index made by Create into its path, replacing the old
// index there, and keeps it open for use. The two renames it takes leave at
// most a moment in which path is missing; a crash there costs a reindex,
// never a mixed index. For an index from Open or NewMemOnly it does nothing.
func (ix *Index) Commit() error {
	const op = "index.Commit"
	ix.wmu.Lock()
	defer ix.wmu.Unlock()
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if err := ix.usable(op); err != nil {
		return err
	}
	if ix.build == "" {
		return nil
	}
	if err := persistAll(ix.bi, ix.watch.Load()); err != nil {
		_ = closeInstance(ix.bi)
		ix.setInstance(nil)
		ix.closed = true
		_ = os.RemoveAll(ix.build)
		return fmt.Errorf("%s: write new index: %w", op, err)
	}
	bi := ix.bi
	ix.setInstance(nil)
	if err := bi.Close(); err != nil {
		ix.closed = true
		_ = os.RemoveAll(ix.build)
		return fmt.Errorf("%s: close new index: %w", op, err)
	}
	build := ix.build
	ix.build = ""
	defer os.RemoveAll(build)

	if err := swap(filepath.Join(build, "index"), ix.path); err != nil {
		ix.closed = true
		return fmt.Errorf("%s: %w", op, err)
	}
	bi, err := openAt(ix.path, kindServed)
	if err != nil {
		ix.closed = true
		return fmt.Errorf("%s: reopen %s: %w", op, ix.path, err)
	}
	ix.setInstance(bi)
	return nil
}

// swap replaces the directory dst with src, moving the old one aside first
// and restoring it when the second rename fails.
func swap(src, dst string) error {
	var aside string
	if _, err := os.Stat(dst); err == nil {
		tmp, err := os.MkdirTemp(filepath.Dir(dst), filepath.Base(dst)+".old-")
		if err != nil {
			return fmt.Errorf("make room for the old index: %w", err)
		}
		defer os.RemoveAll(tmp)
		aside = filepath.Join(tmp, "index")
		if err := os.Rename(dst, aside); err != nil {
			return fmt.Errorf("move the old index aside: %w", err)
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("stat old index: %w", err)
	}
	if err := os.Rename(src, dst); err != nil {
		if aside != "" {
			if rerr := os.Rename(aside, dst); rerr != nil {
				return fmt.Errorf("move the new index in: %w (and restoring the old one: %v)", err, rerr)
			}
		}
		return fmt.Errorf("move the new index in: %w", err)
	}
	return nil
}

// Close closes the index, waiting for running calls. An index from Create
// that was never committed is discarded. Closing twice is not an error;
// every other call after Close is EUNAVAILABLE.
func (ix *Index) Close() error {
	ix.stopRepair() // before the locks: a running repair takes them
	ix.wmu.Lock()   // a batch in flight finishes first
	defer ix.wmu.Unlock()
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.closed {
		return nil
	}
	ix.closed = true
	var err error
	if ix.bi != nil {
		err = closeInstance(ix.bi)
		ix.setInstance(nil)
	}
	if ix.build != "" {
		if rerr := os.RemoveAll(ix.build); rerr != nil && err == nil {
			err = rerr
		}
		ix.build = ""
	}
	if err != nil {
		return fmt.Errorf("index.Close: %w", err)
	}
	return nil
}

// IndexCreators adds or replaces the creators' documents, in batches of
// BatchSize; ctx is checked between batches. A nil creator or one without
// an id is EINVALID and nothing is indexed.
//
// A batch that Bleve fails to write degrades the index (fault.go): the
// error is EINSUFFICIENT when the file system ran out of space. With
// AutoRepair on, the creators of that batch and of every write while
// degraded are kept for the repair instead, and the call succeeds: the
// store holds them, and the rebuilt index will.
func (ix *Index) IndexCreators(ctx context.Context, cs []*scout.Creator) error {
	const op = "index.IndexCreators"
	for i, c := range cs {
		if c == nil || c.ID == "" {
			return &scout.Error{Code: scout.EINVALID, Op: op,
				Message: fmt.Sprintf("creator %d of %d has no id", i+1, len(cs))}
		}
	}
	for start := 0; start < len(cs); start += BatchSize {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("%s: %w", op, err)
		}
		batch := cs[start:min(start+BatchSize, len(cs))]
		ids := make([]string, len(batch))
		for i, c := range batch {
			ids[i] = c.ID
		}
		docs, err := ix.documents(ctx, batch, runtime.GOMAXPROCS(0))
		if err != nil {
			return fmt.Errorf("%s: %w", op, err)
		}
		err = ix.write(op, ids, func(b *bleve.Batch) error {
			for _, doc := range docs {
				if err := b.IndexAdvanced(doc); err != nil {
					return fmt.Errorf("creator %s: %w", doc.ID(), err)
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// DeleteCreators removes the creators' documents, in batches of BatchSize.
// Unknown ids are ignored. A failed batch degrades the index as in
// IndexCreators.
func (ix *Index) DeleteCreators(ctx context.Context, ids []string) error {
	const op = "index.DeleteCreators"
	for start := 0; start < len(ids); start += BatchSize {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("%s: %w", op, err)
		}
		var batch []string
		for _, id := range ids[start:min(start+BatchSize, len(ids))] {
			if id != "" {
				batch = append(batch, id)
			}
		}
		err := ix.write(op, batch, func(b *bleve.Batch) error {
			for _, id := range batch {
				b.Delete(id)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// Count returns the number of indexed creators.
func (ix *Index) Count(ctx context.Context) (count int, err error) {
	const op = "index.Count"
	if err := ctx.Err(); err != nil {
		return 0, fmt.Errorf("%s: %w", op, err)
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if err := ix.usable(op); err != nil {
		return 0, err
	}
	defer ix.recoverRead(op, &err)
	n, err := ix.bi.DocCount()
	if err != nil {
		return 0, formatError(op, err)
	}
	return int(n), nil
}

func closedError(op string) error {
	return &scout.Error{Code: scout.EUNAVAILABLE, Op: op, Message: "search index is closed"}
}

// formatError converts Bleve errors into domain errors at the package
// boundary: a closed index is EUNAVAILABLE; anything else is wrapped and
// stays internal.
func formatError(op string, err error) error {
	var se *scout.Error
	switch {
	case err == nil:
		return nil
	case errors.As(err, &se):
		return err
	case errors.Is(err, bleve.ErrorIndexClosed):
		return &scout.Error{Code: scout.EUNAVAILABLE, Op: op, Message: "search index is closed", Err: err}
	default:
		return fmt.Errorf("%s: %w", op, err)
	}
}
