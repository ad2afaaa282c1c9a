package index

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"github.com/scout-oss/scout"
)

// A Bleve index whose write failed is poisoned: when scorch fails to
// persist a batch (a full disk, most often), its Batch closes the batch's
// new segment although the segment is already part of the current
// snapshot, and the next search over it panics (a nil cache map in zapx),
// sometimes inside one of Bleve's own goroutines, where no recover of
// Scout's can reach and the process dies. So the index never gives Bleve a
// second chance: the first failed write (or a panic out of Bleve, or a
// failure its background goroutines report) degrades the Index. The
// instance is closed at once, under the write lock, so no search is running
// on it or can start on it; searches answer EUNAVAILABLE with a Retry-After
// until Repair rebuilds the index from the store (repair.go). Writes hold
// the lock exclusively for the whole batch for the same reason: a search
// must never overlap a write that may fail.

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
	repair  *repairer // nil unless AutoRepair
}

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
	ix.bi, ix.instPath = bi, ""
	if bi == nil {
		return
	}
	ix.gen.Add(1)
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

// write runs one Bleve batch under the write lock: fill adds the batch's
// operations; ids are the creators it touches. A failed or panicking batch
// degrades the index.
func (ix *Index) write(op string, ids []string, fill func(*bleve.Batch) error) error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.closed {
		return closedError(op)
	}
	ix.takePendingLocked()
	if ix.fault != nil {
		return ix.deferLocked(op, ids)
	}
	b := ix.bi.NewBatch()
	if err := fill(b); err != nil {
		return formatError(op, err) // a document Bleve cannot map: the instance is fine
	}
	if b.Size() == 0 {
		return nil
	}
	if err := batchRecover(ix.bi, b); err != nil {
		ix.degradeLocked(err)
		return ix.deferLocked(op, ids)
	}
	return nil
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
	instances.Lock()
	ix := instances.m[path]
	instances.Unlock()
	if ix != nil {
		ix.report(ix.gen.Load(), fmt.Errorf("bleve background: %w", err))
	}
}
