package index

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	bdoc "github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
	"github.com/blevesearch/bleve/v2/numeric"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/scout-oss/scout"
)

// bleveDocument is the Bleve document of c as of now: document's fields
// mapped by the index mapping, the fingerprint scout doctor compares, and
// the sort fields added directly (see sortValueField).
func (ix *Index) bleveDocument(c *scout.Creator, reviews []*scout.FlagReview, now time.Time) (*bdoc.Document, error) {
	d := document(c, scout.ReviewsByCode(reviews), now)
	d[fieldFingerprint] = fingerprint(d, c.Snapshots) // for scout doctor (doctor.go)
	sorts := make(map[string]float64, 2*len(sortKeys()))
	for _, k := range sortKeys() {
		for _, f := range []string{fieldDescPrefix + k, fieldAscPrefix + k} {
			sorts[f], _ = d[f].(float64)
			delete(d, f)
		}
	}
	// Topic shares are only sorted on, too.
	for _, t := range c.Topics {
		f := fieldTopicSharePrefix + t.Slug
		if v, ok := d[f].(float64); ok {
			sorts[f] = v
			delete(d, f)
		}
	}
	doc := bdoc.NewDocument(c.ID)
	if err := ix.mapping.MapDocument(doc, d); err != nil {
		return nil, fmt.Errorf("creator %s: %w", c.ID, err)
	}
	for _, k := range sortKeys() {
		for _, f := range []string{fieldDescPrefix + k, fieldAscPrefix + k} {
			doc.AddField(sortValueField(f, sorts[f]))
		}
	}
	for _, t := range c.Topics {
		if v, ok := sorts[fieldTopicSharePrefix+t.Slug]; ok {
			doc.AddField(sortValueField(fieldTopicSharePrefix+t.Slug, v))
			delete(sorts, fieldTopicSharePrefix+t.Slug) // a slug listed twice gets one field
		}
	}
	return doc, nil
}

// sortValueField is a sort field holding one term: v prefix-coded at full
// precision, with docvalues. A mapped numeric field would index 16 terms
// per value (one per precision shift, for range queries) and keep all 16
// in its docvalues; sorting reads only the full-precision one, and sort
// fields are never range-queried, so the other 15 were a third of the
// index.
func sortValueField(name string, v float64) *bdoc.TextField {
	pc := numeric.MustNewPrefixCodedInt64(numeric.Float64ToInt64(v), 0)
	return bdoc.NewTextFieldCustom(name, nil, pc, bindex.IndexField|bindex.DocValues, nil)
}

// maxUnpersisted bounds the batches of a build that Bleve holds in
// memory before they reach the disk. Scorch's persister merges the
// in-memory segments it finds before writing them, so every batch beyond
// what it can write at once is merged once more: at 10,000 creators, 1
// took 1.20 ms of CPU per creator, 2 took 1.31–1.33, 4 1.38, 8 1.56–1.84
// (and the unbounded build of one batch at a time 1.28–1.36). Two keeps a
// batch being analysed while another is written, at about the CPU of
// one.
const maxUnpersisted = 2

// buildWorkers is how many goroutines build documents and write batches.
// Document building and Bleve's analysis are CPU-bound; one more than the
// cores keeps them busy while another batch waits for its segment to be
// written.
func buildWorkers() int { return runtime.GOMAXPROCS(0) + 1 }

// documents builds the Bleve documents of cs (reviews read for the whole
// slice first) on up to workers goroutines. It runs before the write lock
// is taken.
func (ix *Index) documents(ctx context.Context, cs []*scout.Creator, workers int) ([]*bdoc.Document, error) {
	ids := make([]string, len(cs))
	for i, c := range cs {
		ids[i] = c.ID
	}
	ix.mu.RLock()
	reviewFinder, clock := ix.reviews, ix.now
	ix.mu.RUnlock()
	reviews, err := reviewFinder.FindFlagReviews(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("read flag reviews: %w", err)
	}
	now := clock()
	docs := make([]*bdoc.Document, len(cs))
	if workers <= 1 || len(cs) < 64 {
		for i, c := range cs {
			if docs[i], err = ix.bleveDocument(c, reviews[c.ID], now); err != nil {
				return nil, err
			}
		}
		return docs, nil
	}
	var wg sync.WaitGroup
	errs := make([]error, workers)
	chunk := (len(cs) + workers - 1) / workers
	for w := range workers {
		lo, hi := w*chunk, min((w+1)*chunk, len(cs))
		if lo >= hi {
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				d, err := ix.bleveDocument(cs[i], reviews[cs[i].ID], now)
				if err != nil {
					errs[w] = err
					return
				}
				docs[i] = d
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return docs, nil
}

// writeDocs indexes docs as one batch through write (fault handling).
func (ix *Index) writeDocs(op string, docs []*bdoc.Document) error {
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.ID()
	}
	return ix.write(op, ids, func(b *bleve.Batch) error { return addDocs(b, docs) })
}

// addDocs adds docs to b.
func addDocs(b *bleve.Batch, docs []*bdoc.Document) error {
	for _, d := range docs {
		if err := b.IndexAdvanced(d); err != nil {
			return fmt.Errorf("creator %s: %w", d.ID(), err)
		}
	}
	return nil
}

// Load indexes every creator walk yields, as `scout reindex` does: walk
// (store.DB.ForEachCreator has its signature) runs on the calling
// goroutine and hands creators over in batches of BatchSize, and
// buildWorkers goroutines build the batches' documents and write them
// concurrently, so reading the store, building documents, Bleve's
// analysis and writing segments overlap. batchDone, when not nil, is
// called after each batch is written with the number of creators written
// so far (from a worker goroutine). Load returns how many creators it
// indexed; on an error some batches may be written, so it is meant for an
// index from Create, which a failure discards.
//
// An index from Create is not served until Commit, so Load holds its
// writer turn (wmu) for the whole build and its workers hand batches to
// Bleve side by side, none waiting for another's segment; a failure
// Bleve reports from its background goroutines (the build's watch) ends
// the build. On a served index every batch goes through write.
func (ix *Index) Load(ctx context.Context, walk func(context.Context, func(*scout.Creator) error) error, batchDone func(n int)) (int, error) {
	const op = "index.Load"
	ix.mu.RLock()
	err := ix.usable(op)
	offline := ix.build != ""
	ix.mu.RUnlock()
	if err != nil {
		return 0, err
	}
	put := func(docs []*bdoc.Document) error { return ix.writeDocs(op, docs) }
	if offline {
		ix.wmu.Lock()
		defer ix.wmu.Unlock()
		ix.mu.RLock()
		err := ix.usable(op)
		bi, w := ix.bi, ix.watch.Load()
		ix.mu.RUnlock()
		if err != nil {
			return 0, err
		}
		// At most maxUnpersisted batches are in memory and not yet on
		// disk, so a persister that falls behind slows the build down
		// instead of letting its memory grow.
		unpersisted := make(chan struct{}, maxUnpersisted)
		put = func(docs []*bdoc.Document) error {
			select {
			case unpersisted <- struct{}{}:
			case <-w.down:
				return w.cause
			case <-ctx.Done():
				return context.Cause(ctx)
			}
			b := bi.NewBatch()
			if err := addDocs(b, docs); err != nil {
				<-unpersisted
				return err
			}
			b.SetPersistedCallback(func(error) { <-unpersisted })
			return batchRecover(bi, b)
		}
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	batches := make(chan []*scout.Creator)
	var written atomic.Int64
	var wg sync.WaitGroup
	for range buildWorkers() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for cs := range batches {
				if ctx.Err() != nil {
					continue // drain after a failure
				}
				docs, err := ix.documents(ctx, cs, 1)
				if err == nil {
					err = put(docs)
				}
				if err != nil {
					cancel(formatError(op, err))
					continue
				}
				n := written.Add(int64(len(cs)))
				if batchDone != nil {
					batchDone(int(n))
				}
			}
		}()
	}
	batch := make([]*scout.Creator, 0, BatchSize)
	err = walk(ctx, func(c *scout.Creator) error {
		if c == nil || c.ID == "" {
			return &scout.Error{Code: scout.EINVALID, Op: op, Message: "a creator has no id"}
		}
		batch = append(batch, c)
		if len(batch) < BatchSize {
			return nil
		}
		select {
		case batches <- batch:
		case <-ctx.Done():
			return context.Cause(ctx)
		}
		batch = make([]*scout.Creator, 0, BatchSize)
		return nil
	})
	if err == nil && len(batch) > 0 {
		select {
		case batches <- batch:
		case <-ctx.Done():
		}
	}
	close(batches)
	wg.Wait()
	if cause := context.Cause(ctx); cause != nil && !errors.Is(cause, context.Canceled) {
		return int(written.Load()), cause // a worker failed: its error, not walk's
	}
	if err != nil {
		return int(written.Load()), fmt.Errorf("%s: %w", op, err)
	}
	if err := ctx.Err(); err != nil {
		return int(written.Load()), fmt.Errorf("%s: %w", op, err)
	}
	return int(written.Load()), nil
}

// Optimize merges the index's segments into one and waits for it. After a
// bulk build the index is a hundred or more segments that Bleve would
// otherwise merge in the background for minutes while serving, and
// searches during those merges (with incremental writes on top) took
// seconds. `scout reindex` calls it before Commit, so the merging happens
// before the swap; at 100,000 creators it takes about as long as a
// tenth of the build.
func (ix *Index) Optimize(ctx context.Context) error {
	const op = "index.Optimize"
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if err := ix.usable(op); err != nil {
		return err
	}
	adv, err := ix.bi.Advanced()
	if err != nil {
		return formatError(op, err)
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return fmt.Errorf("%s: index is %T, not scorch", op, adv)
	}
	if ix.build != "" {
		// Only segments on disk are merged; a build's batches may not
		// be there yet.
		if err := persistAll(ix.bi, ix.watch.Load()); err != nil {
			return fmt.Errorf("%s: %w", op, err)
		}
	}
	opts := mergeplan.SingleSegmentMergePlanOptions
	// All the segments in one merge: in tasks of ten, a hundred segments
	// took two rounds, and each round rewrites every document.
	opts.SegmentsPerMergeTask = maxMergeTask
	if err := s.ForceMerge(ctx, &opts); err != nil {
		return formatError(op, err)
	}
	return nil
}

// maxMergeTask is how many segments Optimize merges in one task: more
// than a bulk build leaves.
const maxMergeTask = 1 << 12

// persistAll waits until everything written to bi so far is on disk, or
// w (the instance's watch; nil for none) fires. A build index (Create)
// takes batches without waiting for them to be persisted; a last batch
// asks to be told when it is, and Bleve persists snapshots in order.
// When persisting fails scorch retries for ever and never calls back, so
// the watch, fired by the failure report, is what ends the wait.
func persistAll(bi bleve.Index, w *watch) error {
	done := make(chan error, 1)
	b := bi.NewBatch()
	b.SetInternal(versionKey, []byte(MappingVersion))
	b.SetPersistedCallback(func(err error) {
		select {
		case done <- err:
		default:
		}
	})
	if err := batchRecover(bi, b); err != nil {
		return err
	}
	var down chan struct{}
	if w != nil {
		down = w.down
	}
	select {
	case err := <-done:
		return err
	case <-down:
		return w.cause
	}
}

// segments is the number of segments in the index's current snapshot
// (for tests).
func (ix *Index) segments() (int, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if err := ix.usable("index.segments"); err != nil {
		return 0, err
	}
	st, ok := ix.bi.StatsMap()["index"].(map[string]any)
	if !ok {
		return 0, errors.New("no index stats")
	}
	files, _ := st["num_root_filesegments"].(uint64)
	mem, _ := st["num_root_memorysegments"].(uint64)
	return int(files + mem), nil
}
