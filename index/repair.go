package index

import (
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/scout-oss/scout"
)

// Source is what a degraded index is rebuilt from: the store, Scout's
// source of truth (store.DB implements it).
type Source interface {
	// ForEachCreator calls fn with every stored creator.
	ForEachCreator(ctx context.Context, fn func(*scout.Creator) error) error
	// FindCreatorByID returns one creator; ENOTFOUND when it is gone.
	FindCreatorByID(ctx context.Context, id string) (*scout.Creator, error)
}

// Repair timing.
const (
	// DefaultRepairEvery is how often AutoRepair checks whether a degraded
	// index can be rebuilt: a probe write, then the rebuild.
	DefaultRepairEvery = 5 * time.Second
	// maxRepairWait bounds the back-off after failed rebuilds.
	maxRepairWait = time.Minute
	// probeSize is what the probe writes beside the index before a rebuild
	// is tried: a disk that cannot take 1 MiB cannot take an index.
	probeSize = 1 << 20
)

// repairer is AutoRepair's goroutine and its schedule.
type repairer struct {
	src    Source
	every  time.Duration
	cancel context.CancelFunc
	done   chan struct{}
	wake   chan struct{}
	next   atomic.Int64 // unix nanoseconds of the next attempt; 0 when none is planned
}

// nudge asks for an attempt now (a nil repairer ignores it).
func (r *repairer) nudge() {
	if r == nil {
		return
	}
	select {
	case r.wake <- struct{}{}:
	default:
	}
}

// AutoRepair makes the index repair itself: a goroutine (stopped by Close)
// checks every interval (DefaultRepairEvery when 0), and at once when the
// index degrades, whether space is back, and then rebuilds the index from
// src with Repair. Writes while degraded succeed from then on: the store
// holds them, and the rebuild reads the store. Call it once, after Open.
func (ix *Index) AutoRepair(src Source, every time.Duration) {
	if every <= 0 {
		every = DefaultRepairEvery
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.repair != nil || ix.closed {
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &repairer{src: src, every: every, cancel: cancel, done: make(chan struct{}), wake: make(chan struct{}, 1)}
	ix.repair = r
	go ix.repairLoop(ctx, r)
}

// stopRepair ends AutoRepair's goroutine and waits for it.
func (ix *Index) stopRepair() {
	ix.mu.RLock()
	r := ix.repair
	ix.mu.RUnlock()
	if r != nil {
		r.cancel()
		<-r.done
	}
}

func (ix *Index) repairLoop(ctx context.Context, r *repairer) {
	defer close(r.done)
	wait := r.every
	t := time.NewTimer(wait)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-r.wake:
		case <-t.C:
		}
		if ix.Fault() == nil {
			wait = r.every
			r.next.Store(0)
			t.Reset(wait)
			continue
		}
		r.next.Store(time.Now().Add(r.every).UnixNano())
		err := ix.repairRecover(ctx, r.src)
		switch {
		case ctx.Err() != nil:
			return
		case err == nil:
			wait = r.every
			r.next.Store(0)
		case scout.NoSpace(err):
			// Still full: probe again at the usual pace.
			wait = r.every
			r.next.Store(time.Now().Add(wait).UnixNano())
		default:
			ix.log.Warn("search index repair failed; trying again later", "err", err, "in", wait)
			r.next.Store(time.Now().Add(wait).UnixNano())
			wait = min(wait*2, maxRepairWait)
		}
		if !t.Stop() {
			select {
			case <-t.C:
			default:
			}
		}
		t.Reset(wait)
	}
}

// repairRecover runs Repair, turning a panic into an error: the repairer
// is Scout's own goroutine, and a panic there must not end the process.
func (ix *Index) repairRecover(ctx context.Context, src Source) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("index.Repair: panic: %v", v)
		}
	}()
	return ix.Repair(ctx, src)
}

// retryAfter is what a degraded index tells clients: the time to the
// repairer's next attempt, at least a second, or a minute without one.
func (ix *Index) retryAfter() time.Duration {
	if ix.repair == nil {
		return time.Minute
	}
	if next := ix.repair.next.Load(); next > 0 {
		return max(time.Second, time.Until(time.Unix(0, next)))
	}
	return ix.repair.every
}

// Repair rebuilds a degraded index from src, the store: it checks that a
// write fits (a probe file beside the index), builds a new index beside
// the old one from every stored creator, indexes again the creators
// written meanwhile, and swaps it in. A healthy index is left alone (nil).
// Until Repair succeeds the index stays degraded; a rebuild that fails
// leaves nothing behind. EINSUFFICIENT when the disk is still full.
func (ix *Index) Repair(ctx context.Context, src Source) error {
	const op = "index.Repair"
	start := time.Now()
	ix.wmu.Lock() // taking a pending fault closes the instance: no batch may be in flight
	ix.mu.Lock()
	unlock := func() {
		ix.mu.Unlock()
		ix.wmu.Unlock()
	}
	if ix.closed {
		unlock()
		return closedError(op)
	}
	ix.takePendingLocked()
	if ix.fault == nil {
		unlock()
		return nil
	}
	if ix.build != "" {
		unlock()
		return &scout.Error{Code: scout.EUNAVAILABLE, Op: op,
			Message: "an index being built by Create is not repaired: build it again"}
	}
	ix.rebuilding, ix.dirty = true, map[string]struct{}{}
	unlock()

	locked := false
	defer func() {
		if !locked {
			ix.mu.Lock()
		}
		ix.rebuilding, ix.dirty = false, nil
		ix.mu.Unlock()
	}()

	var dir, build, target string
	if ix.path != "" {
		dir = filepath.Dir(ix.path)
		if err := probeSpace(filepath.Join(dir, filepath.Base(ix.path)+".probe")); err != nil {
			return ix.rebuildError(op, "probe", err)
		}
		var err error
		if build, err = os.MkdirTemp(dir, filepath.Base(ix.path)+".rebuild-"); err != nil {
			return ix.rebuildError(op, "create build directory", err)
		}
		target = filepath.Join(build, "index")
	}
	nbi, err := createAt(target, ix.mapping, kindRepair)
	if err != nil {
		if build != "" {
			_ = os.RemoveAll(build)
		}
		return ix.rebuildError(op, "create", err)
	}
	discard := func() {
		_ = closeInstance(nbi)
		if build != "" {
			_ = os.RemoveAll(build)
		}
	}
	n, err := ix.fill(ctx, nbi, src)
	if err != nil {
		discard()
		return ix.rebuildError(op, "rebuild", err)
	}
	// Catch up with the writes made during the rebuild; the last round
	// runs under the lock, so none can slip between it and the swap.
	for {
		ix.mu.Lock()
		if len(ix.dirty) == 0 || ix.closed {
			break
		}
		ids := slices.Sorted(maps.Keys(ix.dirty))
		ix.dirty = map[string]struct{}{}
		ix.mu.Unlock()
		if err := ix.refresh(ctx, nbi, src, ids); err != nil {
			discard()
			return ix.rebuildError(op, "catch up", err)
		}
	}
	locked = true
	if ix.closed {
		discard()
		return closedError(op)
	}
	if ix.path == "" {
		ix.fault = nil
		ix.setInstance(nbi)
		ix.log.Warn("search index rebuilt from the store; searches work again", "creators", n, "took", time.Since(start).Round(time.Millisecond))
		return nil
	}
	if err := closeInstance(nbi); err != nil {
		_ = os.RemoveAll(build)
		return ix.rebuildError(op, "close new index", err)
	}
	defer os.RemoveAll(build)
	if err := swap(target, ix.path); err != nil {
		return ix.rebuildError(op, "swap", err)
	}
	bi, err := openAt(ix.path, kindServed)
	if err != nil {
		return ix.rebuildError(op, "reopen", err)
	}
	ix.fault = nil
	ix.setInstance(bi)
	ix.log.Warn("search index rebuilt from the store; searches work again", "creators", n, "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// rebuildError wraps a failed step of Repair: EINSUFFICIENT when it ran
// out of space.
func (ix *Index) rebuildError(op, step string, err error) error {
	if scout.NoSpace(err) {
		return &scout.Error{Code: scout.EINSUFFICIENT, Op: op, Err: err,
			Message: "no space left to rebuild the search index: free some space"}
	}
	return fmt.Errorf("%s: %s: %w", op, step, err)
}

// fill indexes every creator of src into bi, in batches of BatchSize.
func (ix *Index) fill(ctx context.Context, bi bleve.Index, src Source) (int, error) {
	n := 0
	batch := make([]*scout.Creator, 0, BatchSize)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := ix.indexInto(ctx, bi, batch, nil)
		n += len(batch)
		batch = batch[:0]
		return err
	}
	err := src.ForEachCreator(ctx, func(c *scout.Creator) error {
		batch = append(batch, c)
		if len(batch) == BatchSize {
			return flush()
		}
		return nil
	})
	if err != nil {
		return n, err
	}
	return n, flush()
}

// refresh indexes the creators ids again from src into bi, deleting those
// src no longer has.
func (ix *Index) refresh(ctx context.Context, bi bleve.Index, src Source, ids []string) error {
	for start := 0; start < len(ids); start += BatchSize {
		var cs []*scout.Creator
		var gone []string
		for _, id := range ids[start:min(start+BatchSize, len(ids))] {
			c, err := src.FindCreatorByID(ctx, id)
			switch {
			case scout.ErrorCode(err) == scout.ENOTFOUND:
				gone = append(gone, id)
			case err != nil:
				return err
			default:
				cs = append(cs, c)
			}
		}
		if err := ix.indexInto(ctx, bi, cs, gone); err != nil {
			return err
		}
	}
	return nil
}

// indexInto writes one batch (creators to index, ids to delete) into an
// instance of the repair's own, outside the Index's lock.
func (ix *Index) indexInto(ctx context.Context, bi bleve.Index, cs []*scout.Creator, gone []string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	docs, err := ix.documents(ctx, cs, runtime.GOMAXPROCS(0))
	if err != nil {
		return err
	}
	b := bi.NewBatch()
	for _, doc := range docs {
		if err := b.IndexAdvanced(doc); err != nil {
			return fmt.Errorf("creator %s: %w", doc.ID(), err)
		}
	}
	for _, id := range gone {
		b.Delete(id)
	}
	if b.Size() == 0 {
		return nil
	}
	return batchRecover(bi, b)
}

// probeSpace writes probeSize bytes to path, syncs and removes it: a
// cheap test that the disk takes writes again before a rebuild is tried.
func probeSpace(path string) (err error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = cerr
		}
		if rerr := os.Remove(path); rerr != nil && err == nil {
			err = rerr
		}
	}()
	if _, err := f.Write(make([]byte, probeSize)); err != nil {
		return err
	}
	return f.Sync()
}
