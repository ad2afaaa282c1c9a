package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/scoring"
	"github.com/scout-oss/scout/store"
)

var reindexCommand = &command{
	name:    "reindex",
	usage:   "[flags]",
	summary: "rebuild the search index from the store (and assign topics to creators stored before topics existed)",
	run:     runReindex,
}

// reindexBatch is how many creators go to the index per batch (Bleve is
// fastest at about 1000 small documents per batch; creators carry posts).
const reindexBatch = 500

func runReindex(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	data := m.dataFlag(fs)
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("reindex takes no arguments; got %q", rest)
	}
	start := time.Now()
	db, err := m.readStore(ctx, *data, false)
	if err != nil {
		return err
	}
	defer db.Close()
	// Create builds beside the live index; Commit swaps it in, and Close
	// without Commit (on any failure) leaves the old index as it was.
	idx, err := index.Create(indexPath(*data))
	if err != nil {
		return fmt.Errorf("reindex: %w", err)
	}
	defer idx.Close()
	idx.SetReviews(db)
	tw := &topicWriter{db: db}
	n, err := reindexWalk(ctx, tw.walk, idx)
	if err == nil {
		err = tw.flush(ctx)
	}
	if err != nil {
		return fmt.Errorf("reindex: %w (the old index is untouched)", err)
	}
	if err := commitBuild(ctx, idx); err != nil {
		return fmt.Errorf("reindex: swap in the new index: %w", err)
	}
	fmt.Fprintf(m.Stderr, "reindexed %s in %s\n", plural(n, "creator"), time.Since(start).Round(time.Millisecond))
	if tw.assigned > 0 {
		fmt.Fprintf(m.Stderr, "assigned topics (%s) to %s stored before topics existed or with older topics; scores and flags are unchanged (scout rescore brings them up to date)\n",
			scoring.VersionTopics, plural(tw.assigned, "creator"))
	}
	return nil
}

// topicWriter brings stored creators' topics up to date during a reindex:
// topics are a pure function of the stored bio and posts
// (scoring.AssignTopics), so the index needs no rescore to offer the
// topic filter and facet for creators stored before topics existed. The
// creators whose topics changed are written back to the store in batches,
// so the creator page shows what the index finds.
type topicWriter struct {
	db       *store.DB
	pending  []*scout.Creator
	assigned int
}

// walk is db.ForEachCreator with each creator's topics brought up to date
// before fn sees it. ForEachCreator calls fn outside its transactions, so
// writing the store here is safe.
func (w *topicWriter) walk(ctx context.Context, fn func(*scout.Creator) error) error {
	return w.db.ForEachCreator(ctx, func(c *scout.Creator) error {
		if topics, ok := staleTopics(c); ok {
			c.Topics = topics
			cp := *c // the index may read c in parallel while the store stamps the copy
			w.pending = append(w.pending, &cp)
			w.assigned++
			if len(w.pending) == rescoreBatch {
				if err := w.flush(ctx); err != nil {
					return err
				}
			}
		}
		return fn(c)
	})
}

// flush writes the pending creators to the store.
func (w *topicWriter) flush(ctx context.Context) error {
	if len(w.pending) == 0 {
		return nil
	}
	_, err := w.db.UpdateCreators(ctx, w.pending)
	w.pending = w.pending[:0]
	if err != nil {
		return fmt.Errorf("store topics: %w", err)
	}
	return nil
}

// staleTopics returns c's topics by the current assigner when its stored
// ones predate it: another version, or none while the assigner finds
// some (a creator stored before topics existed). A creator assessed by
// the current assigner that found no topic is left as it is.
func staleTopics(c *scout.Creator) ([]scout.CreatorTopic, bool) {
	current := len(c.Topics) > 0
	for _, t := range c.Topics {
		current = current && t.Version == scoring.VersionTopics
	}
	if current {
		return nil, false
	}
	topics := scoring.AssignTopics(c)
	if len(topics) == 0 && len(c.Topics) == 0 {
		return nil, false
	}
	return topics, true
}

// bulkLoader is the bulk build of index.Index: documents built and
// batches written in parallel while the store is read.
type bulkLoader interface {
	Load(ctx context.Context, walk func(context.Context, func(*scout.Creator) error) error, batchDone func(n int)) (int, error)
}

// commitBuild merges a freshly built index into one segment and swaps it
// in. Merging before the swap spares the serving process minutes of
// background merges, during which searches took seconds.
func commitBuild(ctx context.Context, idx *index.Index) error {
	if err := idx.Optimize(ctx); err != nil {
		return err
	}
	return idx.Commit()
}

// reindex streams every stored creator into idx: in parallel through
// Load when idx offers it, in batches of reindexBatch otherwise.
func reindex(ctx context.Context, db *store.DB, idx scout.SearchIndex) (int, error) {
	return reindexWalk(ctx, db.ForEachCreator, idx)
}

// reindexWalk is reindex over the creators walk gives.
func reindexWalk(ctx context.Context, walk func(context.Context, func(*scout.Creator) error) error, idx scout.SearchIndex) (int, error) {
	if l, ok := idx.(bulkLoader); ok {
		return l.Load(ctx, walk, func(int) {
			crashPoint("reindex") // test-only (crashpoint.go)
		})
	}
	n := 0
	batch := make([]*scout.Creator, 0, reindexBatch)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := idx.IndexCreators(ctx, batch)
		n += len(batch)
		if err == nil {
			crashPoint("reindex") // test-only (crashpoint.go)
		}
		batch = batch[:0]
		return err
	}
	err := walk(ctx, func(c *scout.Creator) error {
		batch = append(batch, c)
		if len(batch) == reindexBatch {
			return flush()
		}
		return nil
	})
	if err != nil {
		return n, err
	}
	return n, flush()
}
