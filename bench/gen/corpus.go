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
	// Index is the whole index build from the store; Bleve is the part
	// spent in Bleve's batch indexing.
	Index, Bleve time.Duration
}

// WriteCreators writes n generated creators into db, each saved as its
// profile and then updated with the derived language, country and
// assessment, as the Ingester would leave it. It returns the creators'
// ids in order.
func WriteCreators(ctx context.Context, db *store.DB, g *Generator, n int) ([]string, error) {
	ids := make([]string, 0, n)
	for i := range n {
		p, a := g.Creator(i)
		id, err := db.SaveProfile(ctx, p)
		if err != nil {
			return nil, err
		}
		c, err := db.FindCreatorByID(ctx, id)
		if err != nil {
			return nil, err
		}
		ingest.Derive(c)
		c.Language, c.Country = a.Language, a.Country
		c.Engagement, c.Scores, c.Flags, c.Partnerships = a.Engagement, a.Scores, a.Flags, a.Partnerships
		if err := db.UpdateCreator(ctx, c); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// IndexAll builds idx from every creator in db in index.BatchSize batches,
// as `scout reindex` does. It returns the total time and the time spent in
// Bleve.
func IndexAll(ctx context.Context, db *store.DB, idx *index.Index) (total, bleve time.Duration, err error) {
	start := time.Now()
	batch := make([]*scout.Creator, 0, index.BatchSize)
	flush := func() error {
		t := time.Now()
		err := idx.IndexCreators(ctx, batch)
		bleve += time.Since(t)
		batch = batch[:0]
		return err
	}
	err = db.ForEachCreator(ctx, func(c *scout.Creator) error {
		batch = append(batch, c)
		if len(batch) == index.BatchSize {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	return time.Since(start), bleve, err
}

// IndexPath is where a corpus directory keeps its index.
func IndexPath(dir string) string { return filepath.Join(dir, "index") }

// builtMarker names the file a finished corpus directory holds, so that a
// kept directory (-dir) is reused instead of rebuilt.
const builtMarker = "corpus-built"

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
		return bt, nil
	}
	db, err := store.OpenWith(ctx, dir, store.Options{NoSync: true})
	if err != nil {
		return bt, err
	}
	defer db.Close()
	g := NewGenerator(time.Now().UTC().Truncate(time.Second))
	start := time.Now()
	if _, err := WriteCreators(ctx, db, g, n); err != nil {
		return bt, fmt.Errorf("write creators: %w", err)
	}
	bt.Store = time.Since(start)
	fmt.Fprintf(log, "store: %d creators in %s\n", n, bt.Store.Round(time.Millisecond))
	idx, err := index.Open(IndexPath(dir))
	if err != nil {
		return bt, err
	}
	defer idx.Close()
	idx.SetReviews(db)
	if bt.Index, bt.Bleve, err = IndexAll(ctx, db, idx); err != nil {
		return bt, fmt.Errorf("build index: %w", err)
	}
	fmt.Fprintf(log, "index: built in %s\n", bt.Index.Round(time.Millisecond))
	// Scorch merges segments in the background after a bulk load; queries
	// measured during the merges would time the merging.
	t := time.Now()
	if err := WaitForMerges(IndexPath(dir), settle); err != nil {
		return bt, err
	}
	fmt.Fprintf(log, "index: merges settled after %s\n", time.Since(t).Round(time.Second))
	return bt, os.WriteFile(marker, []byte(fmt.Sprint(n)), 0o644)
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
