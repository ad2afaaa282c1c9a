package index_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/index"
)

// bleveIndex lets a test type embed bleve.Index, whose Index method
// would clash with the field name Index.
type bleveIndex = bleve.Index

// poisonedBleve fails its first batch the way scorch does on a full disk
// (the cause flattened into text), and from then on panics on every call
// that reads, as a poisoned scorch instance does. It counts the calls that
// reached it after the failure: the guard must make that zero.
type poisonedBleve struct {
	bleveIndex
	failed atomic.Bool
	after  atomic.Int64
	closed atomic.Bool
}

func (p *poisonedBleve) Batch(b *bleve.Batch) error {
	if p.failed.Swap(true) {
		p.after.Add(1)
	}
	return fmt.Errorf("segment: /data/index.bleve/store/00000000000c.zap persist err: write /data/index.bleve/store/00000000000c.zap: %v", syscall.ENOSPC)
}

func (p *poisonedBleve) poisoned() {
	if p.failed.Load() {
		p.after.Add(1)
		var m map[uint16]int
		m[1] = 1 // assignment to entry in nil map, as zapx does
	}
}

func (p *poisonedBleve) SearchInContext(ctx context.Context, req *bleve.SearchRequest) (*bleve.SearchResult, error) {
	p.poisoned()
	return p.bleveIndex.SearchInContext(ctx, req)
}

func (p *poisonedBleve) DocCount() (uint64, error) {
	p.poisoned()
	return p.bleveIndex.DocCount()
}

func (p *poisonedBleve) Close() error {
	p.closed.Store(true)
	return p.bleveIndex.Close()
}

// memSource is a store of creators for Repair.
type memSource struct {
	mu sync.Mutex
	m  map[string]*scout.Creator
}

func newMemSource(cs ...*scout.Creator) *memSource {
	s := &memSource{m: map[string]*scout.Creator{}}
	s.put(cs...)
	return s
}

func (s *memSource) put(cs ...*scout.Creator) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range cs {
		s.m[c.ID] = c
	}
}

func (s *memSource) ForEachCreator(ctx context.Context, fn func(*scout.Creator) error) error {
	s.mu.Lock()
	var cs []*scout.Creator
	for _, c := range s.m {
		cs = append(cs, c)
	}
	s.mu.Unlock()
	for _, c := range cs {
		if err := fn(c); err != nil {
			return err
		}
	}
	return nil
}

func (s *memSource) FindCreatorByID(_ context.Context, id string) (*scout.Creator, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c, ok := s.m[id]; ok {
		return c, nil
	}
	return nil, scout.Errorf(scout.ENOTFOUND, "no creator %s", id)
}

func faultCreators() []*scout.Creator {
	var cs []*scout.Creator
	for i, bio := range []string{"vegan baking at home", "trail running races", "vegan street food", "sourdough vegan bread"} {
		cs = append(cs, newCreator(creatorSpec{id: fmt.Sprintf("c%d", i+1), name: fmt.Sprintf("Creator %d", i+1), bio: bio,
			posts: []string{"post|" + bio + " every week"}}))
	}
	return cs
}

// MustOpenDisk opens an on-disk index in a temporary directory.
func MustOpenDisk(tb testing.TB) *index.Index {
	tb.Helper()
	ix, err := index.Open(tb.TempDir() + "/index.bleve")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = ix.Close() })
	return ix
}

// reads are every call that reaches Bleve to read.
var reads = []struct {
	name string
	call func(context.Context, *index.Index) error
}{
	{"Search", func(ctx context.Context, ix *index.Index) error {
		_, err := ix.Search(ctx, &scout.SearchQuery{Text: "vegan", Page: 1, PerPage: 10})
		return err
	}},
	{"Count", func(ctx context.Context, ix *index.Index) error { _, err := ix.Count(ctx); return err }},
	{"Similar", func(ctx context.Context, ix *index.Index) error {
		_, err := ix.Similar(ctx, faultCreators()[0], 5)
		return err
	}},
	{"Fingerprints", func(ctx context.Context, ix *index.Index) error { _, err := ix.Fingerprints(ctx); return err }},
}

// TestFullDiskDegradesIndex fails one write as a full disk does and checks
// that the poisoned instance is closed and never called again: reads are
// 503 with a Retry-After, writes 507, and Repair rebuilds the index from
// the store, with the creator whose write failed.
func TestFullDiskDegradesIndex(t *testing.T) {
	ctx := context.Background()
	ix := MustOpenDisk(t)
	cs := faultCreators()
	MustIndex(t, ix, cs[:3]...)
	pb := &poisonedBleve{}
	ix.WrapBleve(func(bi bleve.Index) bleve.Index { pb.bleveIndex = bi; return pb })

	err := ix.IndexCreators(ctx, cs[3:])
	if code := scout.ErrorCode(err); code != scout.EINSUFFICIENT || !strings.Contains(scout.ErrorMessage(err), "no space left") {
		t.Fatalf("failed write: %v (code %s), want insufficient_storage", err, code)
	}
	if !pb.closed.Load() {
		t.Error("the failed instance was not closed")
	}
	if ix.Fault() == nil {
		t.Error("Fault() = nil after a failed write")
	}
	for _, r := range reads {
		err := r.call(ctx, ix)
		msg := scout.ErrorMessage(err)
		if scout.ErrorCode(err) != scout.EUNAVAILABLE || !strings.Contains(msg, "degraded") || strings.Contains(msg, "/data/") {
			t.Errorf("%s while degraded: %v (message %q), want unavailable, degraded, no path", r.name, err, msg)
		}
		if scout.RetryAfter(err) <= 0 {
			t.Errorf("%s while degraded: no Retry-After", r.name)
		}
	}
	if err := ix.DeleteCreators(ctx, []string{"c1"}); scout.ErrorCode(err) != scout.EINSUFFICIENT {
		t.Errorf("delete while degraded: %v, want insufficient_storage", err)
	}
	if n := pb.after.Load(); n != 0 {
		t.Errorf("%d calls reached the failed instance", n)
	}

	src := newMemSource(cs...)
	if err := ix.Repair(ctx, src); err != nil {
		t.Fatalf("repair: %v", err)
	}
	if err := ix.Fault(); err != nil {
		t.Errorf("Fault() after repair = %v", err)
	}
	ids, _ := MustSearch(t, ix, scout.SearchQuery{Text: "vegan", Page: 1, PerPage: 10})
	slices.Sort(ids)
	if want := []string{"c1", "c3", "c4"}; !slices.Equal(ids, want) {
		t.Errorf("search after repair = %v, want %v", ids, want)
	}
	if err := ix.Repair(ctx, src); err != nil {
		t.Errorf("repair of a healthy index: %v", err)
	}
}

// TestAutoRepair degrades an index with AutoRepair on: writes while
// degraded succeed (the store has them), reads are refused, and the
// repairer rebuilds the index with every creator, including those written
// while it was degraded.
func TestAutoRepair(t *testing.T) {
	ctx := context.Background()
	ix := MustOpenDisk(t)
	cs := faultCreators()
	src := newMemSource(cs[:2]...)
	MustIndex(t, ix, cs[:2]...)
	pb := &poisonedBleve{}
	ix.WrapBleve(func(bi bleve.Index) bleve.Index { pb.bleveIndex = bi; return pb })
	ix.AutoRepair(src, 20*time.Millisecond)

	src.put(cs[2])
	if err := ix.IndexCreators(ctx, cs[2:3]); err != nil {
		t.Fatalf("write that fails with AutoRepair: %v, want nil (deferred to the repair)", err)
	}
	src.put(cs[3])
	if err := ix.IndexCreators(ctx, cs[3:]); err != nil {
		t.Fatalf("write while degraded: %v", err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for ix.Fault() != nil && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond) // polling for the repair, not asserting on time
	}
	if err := ix.Fault(); err != nil {
		t.Fatalf("still degraded after 30s: %v", err)
	}
	if n := pb.after.Load(); n != 0 {
		t.Errorf("%d calls reached the failed instance", n)
	}
	ids, _ := MustSearch(t, ix, scout.SearchQuery{Text: "vegan", Page: 1, PerPage: 10})
	slices.Sort(ids)
	if want := []string{"c1", "c3", "c4"}; !slices.Equal(ids, want) {
		t.Errorf("search after repair = %v, want %v", ids, want)
	}
}

// panickyBleve panics on every search, as a poisoned instance does when
// no write of ours saw the failure (Bleve's persister failed on its own).
type panickyBleve struct {
	bleveIndex
	calls atomic.Int64
}

func (p *panickyBleve) SearchInContext(context.Context, *bleve.SearchRequest) (*bleve.SearchResult, error) {
	p.calls.Add(1)
	panic("assignment to entry in nil map")
}

// TestReadPanicDegrades checks that a panic out of Bleve in a search is
// an error, not a crash, and that the instance is not searched again.
func TestReadPanicDegrades(t *testing.T) {
	ctx := context.Background()
	ix := MustOpenMem(t)
	cs := faultCreators()
	MustIndex(t, ix, cs...)
	pb := &panickyBleve{}
	ix.WrapBleve(func(bi bleve.Index) bleve.Index { pb.bleveIndex = bi; return pb })
	for range 3 {
		_, err := ix.Search(ctx, &scout.SearchQuery{Text: "vegan", Page: 1, PerPage: 10})
		if scout.ErrorCode(err) != scout.EUNAVAILABLE {
			t.Errorf("search of a panicking instance: %v, want unavailable", err)
		}
	}
	if n := pb.calls.Load(); n != 1 {
		t.Errorf("the panicking instance was searched %d times, want 1", n)
	}
	if err := ix.Repair(ctx, newMemSource(cs...)); err != nil {
		t.Fatalf("repair: %v", err)
	}
	if ids, _ := MustSearch(t, ix, scout.SearchQuery{Text: "vegan", Page: 1, PerPage: 10}); len(ids) != 3 {
		t.Errorf("after repair: %v, want 3 hits", ids)
	}
}

// blockingBleve holds every batch until release is closed, as a batch
// does while its segment is written to a slow disk.
type blockingBleve struct {
	bleveIndex
	entered chan struct{}
	release chan struct{}
}

func (p *blockingBleve) Batch(b *bleve.Batch) error {
	p.entered <- struct{}{}
	<-p.release
	return p.bleveIndex.Batch(b)
}

// TestSearchDoesNotWaitForWrite holds a batch in Bleve and checks that
// searches and counts answer meanwhile, from the snapshot before it, and
// that the batch's creator is found once it is written.
func TestSearchDoesNotWaitForWrite(t *testing.T) {
	ctx := context.Background()
	ix := MustOpenDisk(t)
	cs := faultCreators()
	MustIndex(t, ix, cs[:3]...)
	bb := &blockingBleve{entered: make(chan struct{}, 1), release: make(chan struct{})}
	ix.WrapBleve(func(bi bleve.Index) bleve.Index { bb.bleveIndex = bi; return bb })

	written := make(chan error, 1)
	go func() { written <- ix.IndexCreators(ctx, cs[3:]) }()
	<-bb.entered // the batch is in Bleve, and stays there

	answered := make(chan []string, 1)
	go func() {
		ids, _ := MustSearch(t, ix, scout.SearchQuery{Text: "vegan", Page: 1, PerPage: 10})
		if n, err := ix.Count(ctx); err != nil || n != 3 {
			t.Errorf("count during the write = %d, %v; want 3", n, err)
		}
		answered <- ids
	}()
	select {
	case ids := <-answered:
		slices.Sort(ids)
		if want := []string{"c1", "c3"}; !slices.Equal(ids, want) {
			t.Errorf("search during the write = %v, want %v (the snapshot before it)", ids, want)
		}
	case err := <-written:
		t.Fatalf("the write finished before release: %v", err)
	case <-time.After(time.Minute):
		t.Fatal("search waited for the batch being written") // never released: it cannot finish otherwise
	}
	close(bb.release)
	if err := <-written; err != nil {
		t.Fatalf("write: %v", err)
	}
	ids, _ := MustSearch(t, ix, scout.SearchQuery{Text: "vegan", Page: 1, PerPage: 10})
	slices.Sort(ids)
	if want := []string{"c1", "c3", "c4"}; !slices.Equal(ids, want) {
		t.Errorf("search after the write = %v, want %v", ids, want)
	}
}

// unpersistedBleve takes batches without writing them and reports a
// failed persist through scorch's asynchronous error callback, as scorch
// does for an instance with unsafe batches on a full disk (its Batch
// returns nil and its persister fails). Reads after that panic, as they
// would on a poisoned instance, and are counted.
type unpersistedBleve struct {
	poisonedBleve
	path string
}

func (p *unpersistedBleve) Batch(b *bleve.Batch) error {
	p.failed.Store(true)
	index.ReportAsync(scorch.NewScorchError("persister",
		"got err persisting snapshot: write "+p.path+"/store/00000000000c.zap: "+syscall.ENOSPC.Error(), scorch.ErrPersist),
		filepath.Join(p.path, "store")) // scorch's own directory, as scorch names it
	return nil
}

// TestPersistFailureDegrades checks that a batch that Bleve accepted but
// failed to persist is a failed write: the writer hears of it, the
// instance is closed before anything reads it again, and the error is
// insufficient storage.
func TestPersistFailureDegrades(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "index.bleve")
	ix := MustOpen(t, path)
	cs := faultCreators()
	MustIndex(t, ix, cs[:3]...)
	ub := &unpersistedBleve{path: path}
	ix.WrapBleve(func(bi bleve.Index) bleve.Index { ub.bleveIndex = bi; return ub })

	err := ix.IndexCreators(ctx, cs[3:])
	if code := scout.ErrorCode(err); code != scout.EINSUFFICIENT {
		t.Fatalf("write whose persist failed: %v (code %s), want insufficient_storage", err, code)
	}
	if !ub.closed.Load() {
		t.Error("the failed instance was not closed")
	}
	for _, r := range reads {
		if err := r.call(ctx, ix); scout.ErrorCode(err) != scout.EUNAVAILABLE {
			t.Errorf("%s while degraded: %v, want unavailable", r.name, err)
		}
	}
	if n := ub.after.Load(); n != 0 {
		t.Errorf("%d calls reached the failed instance", n)
	}
	if err := ix.Repair(ctx, newMemSource(cs...)); err != nil {
		t.Fatalf("repair: %v", err)
	}
	if n, err := ix.Count(ctx); err != nil || n != 4 {
		t.Errorf("count after repair = %d, %v; want 4", n, err)
	}
}
