package index

import (
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"github.com/scout-oss/scout"
)

// A Bleve index whose write failed is poisoned. With scorch's default
// (safe) batches, a batch that fails to persist (a full disk, most often)
// is closed by scorch's Batch although its segment is already part of the
// current snapshot, and the next search over it panics (a nil cache map in
// zapx), sometimes inside one of Bleve's own goroutines, where no recover
// of Scout's can reach and the process dies.
//
// So on-disk instances are opened with unsafe batches: Batch returns once
// the segment is in the snapshot, and never closes it; the writer then
// waits for the batch's persisted callback, which scorch calls only once
// the batch is on disk. When persisting fails, scorch keeps the in-memory
// segment (searches over it stay sound), tells the asynchronous error
// callback and retries; the callback reports the fault, which wakes the
// writer (watch) and makes reads refuse the instance. A write therefore
// returns as it did with safe batches, only after its batch is on disk,
// while searches keep reading the snapshot they started on: writers hold
// only wmu, not the read lock's exclusive side.
//
// The index never gives Bleve a second chance: the first failed write (or
// a panic out of Bleve, or a failure its background goroutines report)
// degrades the Index. The instance is closed under both locks, so no batch
// is in flight and no search is running on it or can start on it;
// searches answer EUNAVAILABLE with a Retry-After until Repair rebuilds the
// index from the store (repair.go).

// faults is the degraded state of an Index, embedded in it. The plain
// fields are guarded by Index.mu; gen and pending are atomic because
// Bleve's goroutines report into them without the lock.
type faults struct {
	// fault is why the index is degraded; nil while it is healthy.
	fault *fault
	// rebuilding is true while Repair builds the new index; dirty holds
	// the creators written meanwhile, which Repair indexes again before
	// swapping the new index in.
	rebuilding bool
	dirty      map[string]struct{}
	// instPath is the directory of the open Bleve instance, its key in
	// the instances registry ("" for memory or none).
	instPath string
	// gen counts the Bleve instances this Index has opened, so that a
	// fault reported for an old instance is not held against a new one.
	gen atomic.Uint64
	// pending is a fault reported from outside the lock (a Bleve
	// goroutine, a panicking search): reads refuse the instance at once,
	// and the next write or repair closes it.
	pending atomic.Pointer[fault]
	// watch is the open instance's, nil while none is open.
	watch  atomic.Pointer[watch]
	repair *repairer // nil unless AutoRepair
}

// watch lets a writer waiting for its batch to reach the disk hear that
// the instance failed or went: scorch reports a failed persist only to
// its asynchronous error callback, and then retries for ever.
type watch struct {
	gen uint64 // the instance's
	// durable is true when a batch is done only once its persisted
	// callback says so: an on-disk instance that is served. A build
	// (Create) is discarded whole when it fails and waits once, at
	// Commit; a memory instance has no disk to wait for.
	durable bool
	down    chan struct{} // closed by fire
	once    sync.Once
	cause   error // why, set before down is closed
}

// fire wakes the writers waiting on w with cause; only the first cause
// counts.
func (w *watch) fire(cause error) {
	w.once.Do(func() {
		w.cause = cause
		close(w.down)
	})
}

// errInstanceGone is the cause a waiting writer hears when its instance is
// closed or replaced for another reason than a fault of its own.
var errInstanceGone = errors.New("search index instance closed while a batch was being written")

// fault is one cause of degradation.
type fault struct {
	err error
	at  time.Time
	gen uint64 // the instance it concerns
}

// closeTimeout bounds the wait for a poisoned Bleve instance to close: a
// panic inside Bleve may have left one of its locks held, and a repair must
// not hang on it. An instance that does not close in time is abandoned.
const closeTimeout = 10 * time.Second

// closeInstance closes a Bleve instance, recovering a panic and giving up
// after closeTimeout.
func closeInstance(bi bleve.Index) error {
	done := make(chan error, 1)
	go func() {
		defer func() {
			if v := recover(); v != nil {
				done <- fmt.Errorf("close index: panic: %v", v)
			}
		}()
		done <- bi.Close()
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(closeTimeout):
		return fmt.Errorf("close index: not closed after %s; abandoned", closeTimeout)
	}
}

// setInstance makes bi the open instance (nil for none), under the write
// lock or before the Index is shared.
func (ix *Index) setInstance(bi bleve.Index) {
	unregister(ix.instPath, ix)
	if w := ix.watch.Swap(nil); w != nil {
		w.fire(errInstanceGone)
	}
	ix.bi, ix.instPath = bi, ""
	if bi == nil {
		return
	}
	gen := ix.gen.Add(1)
	ix.watch.Store(&watch{gen: gen, durable: ix.build == "" && ix.path != "", down: make(chan struct{})})
	if p := instanceDir(ix); p != "" {
		ix.instPath = p
		register(p, ix)
	}
}

// instanceDir is where the instance being set lives: the build directory of
// a Create'd index, the index path otherwise.
func instanceDir(ix *Index) string {
	if ix.build != "" {
		return ix.build + "/index"
	}
	return ix.path
}

// usable returns nil when calls may reach Bleve, and otherwise the error
// to answer: closed, or degraded. The caller holds mu (either way).
func (ix *Index) usable(op string) error {
	if ix.closed {
		return closedError(op)
	}
	if ix.fault != nil {
		return ix.degradedError(op, ix.fault)
	}
	if f := ix.pending.Load(); f != nil && f.gen == ix.gen.Load() {
		return ix.degradedError(op, f)
	}
	return nil
}

// write runs one Bleve batch: fill adds the batch's operations; ids are
// the creators it touches. Writers take turns on wmu; searches go on
// meanwhile, on the snapshot before the batch. A failed or panicking batch
// degrades the index.
func (ix *Index) write(op string, ids []string, fill func(*bleve.Batch) error) error {
	ix.wmu.Lock()
	defer ix.wmu.Unlock()
	bi, w, err := ix.writable(op, ids)
	if bi == nil {
		return err
	}
	b := bi.NewBatch()
	if err := fill(b); err != nil {
		return formatError(op, err) // a document Bleve cannot map: the instance is fine
	}
	if b.Size() == 0 {
		return nil
	}
	if err := writeBatch(bi, b, w); err != nil {
		ix.mu.Lock()
		defer ix.mu.Unlock()
		if ix.closed {
			return closedError(op)
		}
		ix.degradeLocked(err)
		return ix.deferLocked(op, ids)
	}
	return nil
}

// writable returns the instance a writer (holding wmu) may write to and
// its watch; or a nil instance and the answer to the write: closed, or
// degraded (nil with AutoRepair, the ids kept for the repair). A fault
// reported from outside the lock is acted on here.
func (ix *Index) writable(op string, ids []string) (bleve.Index, *watch, error) {
	ix.mu.RLock()
	if !ix.closed && ix.fault == nil && ix.bi != nil {
		if f := ix.pending.Load(); f == nil || f.gen != ix.gen.Load() {
			bi, w := ix.bi, ix.watch.Load()
			ix.mu.RUnlock()
			return bi, w, nil
		}
	}
	ix.mu.RUnlock()
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.closed {
		return nil, nil, closedError(op)
	}
	ix.takePendingLocked()
	if ix.fault != nil || ix.bi == nil {
		if ix.fault == nil {
			return nil, nil, closedError(op)
		}
		return nil, nil, ix.deferLocked(op, ids)
	}
	return ix.bi, ix.watch.Load(), nil
}

// writeBatch writes b to bi and, when w is durable, waits until it is on
// disk or the instance fails (w fires).
func writeBatch(bi bleve.Index, b *bleve.Batch, w *watch) error {
	var persisted chan error
	if w != nil && w.durable {
		persisted = make(chan error, 1)
		b.SetPersistedCallback(func(err error) {
			select {
			case persisted <- err:
			default:
			}
		})
	}
	if err := batchRecover(bi, b); err != nil {
		return err
	}
	if persisted == nil {
		return nil
	}
	select {
	case err := <-persisted:
		return err
	case <-w.down:
		return w.cause
	}
}

// batchRecover runs bi.Batch, turning a panic into an error.
func batchRecover(bi bleve.Index, b *bleve.Batch) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("panic in bleve: %v", v)
		}
	}()
	return bi.Batch(b)
}

// deferLocked answers a write while degraded: during a rebuild its ids
// are kept so the rebuild indexes them again. With AutoRepair it succeeds
// (the store holds the change and the repaired index will); without, it
// is the fault's error.
func (ix *Index) deferLocked(op string, ids []string) error {
	if ix.rebuilding {
		for _, id := range ids {
			ix.dirty[id] = struct{}{}
		}
	}
	if ix.repair != nil {
		return nil
	}
	return ix.writeError(op, ix.fault)
}

// degradeLocked records cause, closes the Bleve instance and wakes the
// repairer. The caller holds the write lock.
func (ix *Index) degradeLocked(cause error) {
	if ix.fault != nil || ix.closed {
		return
	}
	ix.fault = &fault{err: cause, at: time.Now().UTC(), gen: ix.gen.Load()}
	if ix.bi != nil {
		if err := closeInstance(ix.bi); err != nil {
			ix.log.Warn("close the failed search index", "err", err)
		}
		ix.setInstance(nil)
	}
	ix.log.Error("search index degraded: searches answer 503 until it is rebuilt from the store",
		"path", ix.path, "err", cause, "repair", ix.repair != nil)
	ix.repair.nudge()
}

// takePendingLocked acts on a fault reported from outside the lock. The
// caller holds the write lock.
func (ix *Index) takePendingLocked() {
	if f := ix.pending.Load(); f != nil && f.gen == ix.gen.Load() && ix.bi != nil {
		ix.degradeLocked(f.err)
	}
}

// report records a fault of the current instance from outside the lock
// (a Bleve goroutine, a search that panicked): reads refuse the instance
// from now on, and the repairer, or the next write, closes it.
func (ix *Index) report(gen uint64, cause error) {
	if old := ix.pending.Load(); old != nil && old.gen == gen {
		ix.repair.nudge() // already reported: keep the first cause
		return
	}
	ix.pending.Store(&fault{err: cause, at: time.Now().UTC(), gen: gen})
	if w := ix.watch.Load(); w != nil && w.gen == gen {
		w.fire(cause) // a writer waiting for its batch hears it now
	}
	ix.log.Error("search index fault reported; it stops serving until rebuilt", "path", ix.path, "err", cause)
	ix.repair.nudge()
}

// recoverRead is deferred by every read that reaches Bleve (under the read
// lock): a panic out of Bleve becomes EUNAVAILABLE, and the instance is
// reported as faulty so nothing uses it again.
func (ix *Index) recoverRead(op string, err *error) {
	v := recover()
	if v == nil {
		return
	}
	gen := ix.gen.Load()
	ix.report(gen, fmt.Errorf("panic in bleve: %v", v))
	*err = ix.degradedError(op, ix.pending.Load())
}

// Fault returns why the index is degraded (the first failed write, a
// panic out of Bleve), or nil while it is healthy.
func (ix *Index) Fault() error {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.fault != nil {
		return ix.fault.err
	}
	if f := ix.pending.Load(); f != nil && f.gen == ix.gen.Load() && !ix.closed {
		return f.err
	}
	return nil
}

// describe says what went wrong in words fit for a client: the cause's
// own text can hold file paths.
func describe(f *fault) string {
	if scout.NoSpace(f.err) {
		return "no space left on the device"
	}
	return "a write to it failed"
}

// degradedError is the answer to a read while degraded: EUNAVAILABLE
// with the time the repairer expects to try next.
func (ix *Index) degradedError(op string, f *fault) error {
	return &scout.Error{Code: scout.EUNAVAILABLE, Op: op, Err: f.err, RetryAfter: ix.retryAfter(),
		Message: fmt.Sprintf("search index degraded since %s (%s); it is rebuilt from the store once writes succeed again",
			f.at.Format(time.RFC3339), describe(f))}
}

// writeError is the answer to a write while degraded (without
// AutoRepair): EINSUFFICIENT when the disk is full, else EUNAVAILABLE.
func (ix *Index) writeError(op string, f *fault) error {
	if scout.NoSpace(f.err) {
		return &scout.Error{Code: scout.EINSUFFICIENT, Op: op, Err: f.err,
			Message: "no space left for the search index: the index was not updated; free some space, then run scout reindex"}
	}
	return ix.degradedError(op, f)
}

// Callbacks of Bleve's background goroutines. Scorch names its callback
// in its configuration and looks it up in a package-level registry, so one
// function is registered once and finds the Index by its directory.

// asyncErrorKey is the scorch configuration key naming the callback.
const asyncErrorKey = "asyncErrorCallbackName"

const asyncErrorCallback = "scout-index-fault"

var registerCallback sync.Once

// asyncErrorName registers the callback (once) and returns its name.
func asyncErrorName() string {
	registerCallback.Do(func() {
		scorch.RegistryAsyncErrorCallbacks[asyncErrorCallback] = onAsyncError
	})
	return asyncErrorCallback
}

// instances finds the Index of an on-disk Bleve instance by its directory.
var instances = struct {
	sync.Mutex
	m map[string]*Index
}{m: map[string]*Index{}}

func register(path string, ix *Index) {
	instances.Lock()
	defer instances.Unlock()
	instances.m[path] = ix
}

func unregister(path string, ix *Index) {
	if path == "" {
		return
	}
	instances.Lock()
	defer instances.Unlock()
	if instances.m[path] == ix {
		delete(instances.m, path)
	}
}

// onAsyncError hears the failures of scorch's background goroutines. A
// panic there, or a persister that cannot write, leaves the instance unfit
// to search; a failed background merge does not (the merged segment is
// simply not used) and is ignored.
func onAsyncError(err error, path string) {
	var se *scorch.ScorchError
	poisoned := errors.Is(err, scorch.ErrAsyncPanic) ||
		(errors.As(err, &se) && se.Source == "persister" && errors.Is(err, scorch.ErrPersist))
	if !poisoned {
		return
	}
	// Scorch names the directory it writes to, the index's "store".
	dir := filepath.Dir(path)
	instances.Lock()
	ix := instances.m[dir]
	instances.Unlock()
	if ix != nil {
		ix.report(ix.gen.Load(), fmt.Errorf("bleve background: %w", err))
	}
}
