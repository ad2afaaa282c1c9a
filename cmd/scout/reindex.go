package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/store"
)

var reindexCommand = &command{
	name:    "reindex",
	usage:   "[flags]",
	summary: "rebuild the search index from the store alone",
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
	n, err := reindex(ctx, db, idx)
	if err != nil {
		return fmt.Errorf("reindex: %w (the old index is untouched)", err)
	}
	if err := idx.Commit(); err != nil {
		return fmt.Errorf("reindex: swap in the new index: %w", err)
	}
	fmt.Fprintf(m.Stderr, "reindexed %s in %s\n", plural(n, "creator"), time.Since(start).Round(time.Millisecond))
	return nil
}

// reindex streams every stored creator into idx in batches.
func reindex(ctx context.Context, db *store.DB, idx scout.SearchIndex) (int, error) {
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
	err := db.ForEachCreator(ctx, func(c *scout.Creator) error {
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
