package main

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"

	"github.com/scout-oss/scout/imagestore"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/ingest"
	"github.com/scout-oss/scout/langdetect"
	"github.com/scout-oss/scout/scoring"
	"github.com/scout-oss/scout/store"
)

// app is the opened data directory: the store (source of truth), the index
// derived from it, and the ingester that joins them to the scorer.
type app struct {
	db  *store.DB
	idx *index.Index
	ing *ingest.Ingester
	eng *scoring.Engine // with the stored benchmark baseline, if any
	// images are Scout's own copies of avatars and post thumbnails
	// (DATA/images).
	images *imagestore.Dir
	// rebuilt is how many creators the open reindexed because the index
	// had an older mapping version; -1 when it did not.
	rebuilt int
}

// openApp opens the store, then the index. When another process holds the
// data directory the store's error names it, and nothing waits.
func openApp(ctx context.Context, dir string) (*app, error) {
	db, err := store.Open(ctx, dir)
	if err != nil {
		return nil, err
	}
	idx, err := index.Open(indexPath(dir))
	rebuilt := -1
	if errors.Is(err, index.ErrMappingVersion) {
		// The index is derived: an upgrade that changed its mapping
		// rebuilds it from the store, as the store upgrades itself.
		if rebuilt, err = rebuildIndex(ctx, db, indexPath(dir)); err == nil { // doctor.go
			idx, err = index.Open(indexPath(dir))
		}
	}
	if err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("open index: %w", err)
	}
	eng, err := loadEngine(ctx, db)
	if err != nil {
		return nil, errors.Join(err, idx.Close(), db.Close())
	}
	idx.SetReviews(db)                    // dismissed flags are indexed as absent
	idx.SetTopics(scoring.TopicLexicon{}) // a topic word finds the topic's creators
	images, err := imagestore.Open(filepath.Join(dir, imagestore.DirName))
	if err != nil {
		return nil, errors.Join(err, idx.Close(), db.Close())
	}
	a := &app{db: db, idx: idx, eng: eng, images: images, rebuilt: rebuilt}
	a.ing = &ingest.Ingester{Creators: db, Visits: db, Index: idx, Scorer: eng}
	a.ing.IndexInBackground = true     // a crawl commits while the last batch is indexed
	a.ing.Languages = langdetect.New() // detect post languages once, at ingest
	// People who asked to be forgotten stay gone.
	a.ing.Suppressor = db
	a.ing.Identity = &ingest.Merger{Identity: db} // merge accounts on verifiable evidence
	return a, nil
}

// Close closes in reverse order of opening: index, then store.
func (a *app) Close() error {
	// A background index write still running ends before the index closes.
	return errors.Join(a.ing.Flush(context.Background()), a.idx.Close(), a.db.Close())
}
