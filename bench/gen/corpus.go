package gen

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/ingest"
	"github.com/scout-oss/scout/store"
)

// Platforms are the platforms generated creators are spread over (by
// platformWeights) and that filter queries pick from.
var Platforms = []string{"web", "bluesky", "mastodon", "youtube", "instagram", "tiktok"}

// AddFilters adds the filters of the "text + filters" query shapes: a
// platform, a follower tier range, a language and a brand-safety floor.
func AddFilters(v url.Values, r *rand.Rand) {
	v.Set("platform", Platforms[r.IntN(len(Platforms))])
	v.Set("tier", []string{"micro,mid", "nano,micro", "mid,macro"}[r.IntN(3)])
	v.Set("language", "en,es")
	v.Set("min_score.brand_safety", "50")
}

// BuildTimes says how long building a corpus took.
type BuildTimes struct {
	// Store is writing the creators (SaveProfile + UpdateCreator).
	Store time.Duration
	// Index is loading every creator from the store into a fresh index
	// (index.Load); Merge is merging it into one segment and swapping it
	// in (index.Optimize and Commit), as `scout reindex` does.
	Index, Merge time.Duration
	// StoreCPU and IndexCPU are the process's CPU time (user + system)
	// over the store write and over the whole index build: on a shared
	// machine they say what the build costs when wall times do not.
	StoreCPU, IndexCPU time.Duration
}

// CPUTime is the process's CPU time so far (user + system).
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// writeGroup is how many creators WriteCreators writes per transaction.
const writeGroup = 500

// WriteCreators writes n generated creators into db, each saved as its
// profile and then updated with the derived language, country and
// assessment, as the Ingester would leave it. It writes in groups of
// writeGroup (SaveProfiles, then UpdateCreators), as the crawl's committer
// does. It returns the creators' ids in order.
func WriteCreators(ctx context.Context, db *store.DB, g *Generator, n int) ([]string, error) {
	ids := make([]string, 0, n)
	for start := 0; start < n; start += writeGroup {
		k := min(writeGroup, n-start)
		ps := make([]*scout.Profile, k)
		ds := make([]Derived, k)
		for i := range k {
			ps[i], ds[i] = g.Creator(start + i)
		}
		got, err := db.SaveProfiles(ctx, ps)
		if err != nil {
			return nil, err
		}
		cs, _, err := db.FindCreators(ctx, scout.CreatorFilter{IDs: got, WithPosts: true})
		if err != nil {
			return nil, err
		}
		byID := make(map[string]*scout.Creator, len(cs))
		for _, c := range cs {
			byID[c.ID] = c
		}
		updates := make([]*scout.Creator, k)
		for i, id := range got {
			c := byID[id]
			if c == nil {
				return nil, fmt.Errorf("creator %s was saved but cannot be read", id)
			}
			ingest.Derive(c)
			a := ds[i]
			c.Language, c.Country = a.Language, a.Country
			c.Engagement, c.Scores, c.Flags, c.Partnerships = a.Engagement, a.Scores, a.Flags, a.Partnerships
			updates[i] = c
		}
		if _, err := db.UpdateCreators(ctx, updates); err != nil {
			return nil, err
		}
		ids = append(ids, got...)
	}
	return ids, nil
}

// Reindex rebuilds the index at path from every creator in db as `scout
// reindex` does: index.Create, Load, then (when merge is set) Optimize,
// and Commit. It returns the open index and the times of the load and of
// the merge and swap.
func Reindex(ctx context.Context, db *store.DB, path string, merge bool) (idx *index.Index, load, swap time.Duration, err error) {
	idx, err = index.Create(path)
	if err != nil {
		return nil, 0, 0, err
	}
	idx.SetReviews(db)
	start := time.Now()
	if _, err := idx.Load(ctx, db.ForEachCreator, nil); err != nil {
		idx.Close()
		return nil, 0, 0, err
	}
	load = time.Since(start)
	start = time.Now()
	if merge {
		if err := idx.Optimize(ctx); err != nil {
			idx.Close()
			return nil, 0, 0, err
		}
	}
	if err := idx.Commit(); err != nil {
		idx.Close()
		return nil, 0, 0, err
	}
	return idx, load, time.Since(start), nil
}

// IndexAll indexes every creator in db into the open idx with Load, as
// `scout reindex` does (without the merge and swap). It returns the total
// time twice, for callers of the form that timed Bleve apart.
func IndexAll(ctx context.Context, db *store.DB, idx *index.Index) (total, load time.Duration, err error) {
	start := time.Now()
	_, err = idx.Load(ctx, db.ForEachCreator, nil)
	d := time.Since(start)
	return d, d, err
}

// CheckFree refuses to go on when dir's file system has less than need
// bytes free.
func CheckFree(dir string, need int64) error {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return fmt.Errorf("check free disk in %s: %w", dir, err)
	}
	if free := int64(st.Bavail) * int64(st.Bsize); free < need {
		return fmt.Errorf("%s has %d MB free; this benchmark needs about %d MB: free some space or point -dir elsewhere", dir, free>>20, need>>20)
	}
	return nil
}

// CorpusBytes is about how much disk a corpus of n creators takes: the
// store (about 8 KB a creator) and the index with its build beside it.
func CorpusBytes(n int) int64 { return int64(n) * 16 << 10 }

// IndexPath is where a corpus directory keeps its index.
func IndexPath(dir string) string { return filepath.Join(dir, "index") }

// builtMarker names the file a finished corpus directory holds, so that a
// kept directory (-dir) is reused instead of rebuilt.
const builtMarker = "corpus-built"

// Built reports whether dir holds a finished corpus of n creators (its
// store, at least).
func Built(dir string, n int) bool {
	b, err := os.ReadFile(filepath.Join(dir, builtMarker))
	return err == nil && string(b) == fmt.Sprint(n)
}

// Build makes a corpus of n creators in dir: a store written without
// fsync (it is throwaway) and the on-disk index built from it, then waits
// for Bleve's background merges to settle (at most settle). When dir
// already holds a finished corpus of n creators it does nothing and
// returns zero times. Progress goes to log. The store and index are closed
// on return; the caller opens them as it needs.
func Build(ctx context.Context, dir string, n int, settle time.Duration, log io.Writer) (BuildTimes, error) {
	var bt BuildTimes
	marker := filepath.Join(dir, builtMarker)
	if b, err := os.ReadFile(marker); err == nil && string(b) == fmt.Sprint(n) {
		fmt.Fprintf(log, "corpus: reusing %d creators in %s\n", n, dir)
		if _, err := os.Stat(IndexPath(dir)); err == nil {
			if idx, err := index.Open(IndexPath(dir)); err == nil {
				return bt, idx.Close()
			}
		}
		// No index, or one of an older mapping: build it from the store.
		return RebuildIndex(ctx, dir, settle, log)
	}
	if err := CheckFree(dir, CorpusBytes(n)); err != nil {
		return bt, err
	}
	db, err := store.OpenWith(ctx, dir, store.Options{NoSync: true})
	if err != nil {
		return bt, err
	}
	defer db.Close()
	g := NewGenerator(time.Now().UTC().Truncate(time.Second))
	start, cpu := time.Now(), CPUTime()
	if _, err := WriteCreators(ctx, db, g, n); err != nil {
		return bt, fmt.Errorf("write creators: %w", err)
	}
	bt.Store, bt.StoreCPU = time.Since(start), CPUTime()-cpu
	fmt.Fprintf(log, "store: %d creators in %s\n", n, bt.Store.Round(time.Millisecond))
	cpu = CPUTime()
	idx, load, swap, err := Reindex(ctx, db, IndexPath(dir), true)
	if err != nil {
		return bt, fmt.Errorf("build index: %w", err)
	}
	defer idx.Close()
	bt.Index, bt.Merge, bt.IndexCPU = load, swap, CPUTime()-cpu
	fmt.Fprintf(log, "index: loaded in %s, merged and swapped in %s\n", load.Round(time.Millisecond), swap.Round(time.Millisecond))
	// Scorch merges segments in the background after a bulk load; queries
	// measured during the merges would time the merging.
	t := time.Now()
	if err := WaitForMerges(IndexPath(dir), settle); err != nil {
		return bt, err
	}
	fmt.Fprintf(log, "index: merges settled after %s\n", time.Since(t).Round(time.Second))
	return bt, os.WriteFile(marker, []byte(fmt.Sprint(n)), 0o644)
}

// RebuildIndex rebuilds the index of the corpus in dir from its store
// (as `scout reindex` does) and returns the times; Store is zero.
func RebuildIndex(ctx context.Context, dir string, settle time.Duration, log io.Writer) (BuildTimes, error) {
	var bt BuildTimes
	db, err := store.OpenWith(ctx, dir, store.Options{NoSync: true})
	if err != nil {
		return bt, err
	}
	defer db.Close()
	cpu := CPUTime()
	idx, load, swap, err := Reindex(ctx, db, IndexPath(dir), true)
	if err != nil {
		return bt, fmt.Errorf("build index: %w", err)
	}
	defer idx.Close()
	bt.Index, bt.Merge, bt.IndexCPU = load, swap, CPUTime()-cpu
	fmt.Fprintf(log, "index: loaded in %s, merged and swapped in %s\n", load.Round(time.Millisecond), swap.Round(time.Millisecond))
	return bt, WaitForMerges(IndexPath(dir), settle)
}

// WaitForMerges polls the index directory until its file count and size
// are unchanged for 15 s, or until limit.
func WaitForMerges(path string, limit time.Duration) error {
	type state struct {
		files int
		size  int64
	}
	read := func() (state, error) {
		var st state
		err := filepath.WalkDir(path, func(_ string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			info, err := d.Info()
			if err == nil {
				st.files++
				st.size += info.Size()
			}
			return err
		})
		return st, err
	}
	deadline := time.Now().Add(limit)
	last, err := read()
	if err != nil {
		return err
	}
	stable := 0
	for stable < 3 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Second)
		cur, err := read()
		if err != nil {
			return err
		}
		if cur == last {
			stable++
		} else {
			stable = 0
		}
		last = cur
	}
	return nil
}

// DirSize is the total size of the files under path.
func DirSize(path string) (int64, error) {
	var n int64
	err := filepath.WalkDir(path, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err == nil {
			n += info.Size()
		}
		return err
	})
	return n, err
}

// MergedIndexSize is the size of a merged index at path once scorch has
// removed the segment files the merge made obsolete. Scorch deletes them
// in the background after the merge is persisted, so a size taken at
// once can count every document twice; it waits (up to a minute) until
// one segment file is left, and says so if it never happens.
func MergedIndexSize(path string) (int64, error) {
	deadline := time.Now().Add(time.Minute)
	for {
		segs, err := filepath.Glob(filepath.Join(path, "store", "*.zap"))
		if err != nil {
			return 0, err
		}
		if len(segs) <= 1 {
			return DirSize(path)
		}
		if time.Now().After(deadline) {
			n, err := DirSize(path)
			if err == nil {
				err = fmt.Errorf("index at %s still holds %d segment files after a minute; the size counts them all", path, len(segs))
			}
			return n, err
		}
		time.Sleep(200 * time.Millisecond)
	}
}
