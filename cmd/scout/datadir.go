package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/store"
)

// hasData reports whether dir holds a store. Commands that only read data
// check it first, so a mistyped --data (or a new shell in another
// directory) is an error that names the directory instead of an empty
// store created on the spot and a search that finds nothing.
func hasData(dir string) bool {
	st, err := os.Stat(filepath.Join(dir, "scout.db"))
	return err == nil && st.Mode().IsRegular()
}

// noData is the error of a read command pointed at a directory without a
// store; server says whether the command could use --server instead.
func noData(dir string, server bool) error {
	shown := dir
	if !filepath.IsAbs(dir) && !strings.HasPrefix(dir, ".") {
		shown = "." + string(filepath.Separator) + dir
	}
	hint := "pass --data DIR"
	if server {
		hint += " or --server URL"
	}
	return &scout.Error{Code: scout.ENOTFOUND, Message: fmt.Sprintf("no Scout data in %s — %s", shown, hint)}
}

// readStore opens the store of a command that reads data, refusing a
// directory that holds none (see hasData).
func (m *Main) readStore(ctx context.Context, dir string, server bool) (*store.DB, error) {
	if !hasData(dir) {
		return nil, noData(dir, server)
	}
	return m.openStore(ctx, dir)
}

// openStore opens the store in dir, creating it when needed, and says on
// stderr when the open upgraded an older data directory.
func (m *Main) openStore(ctx context.Context, dir string) (*store.DB, error) {
	db, err := store.Open(ctx, dir)
	if err != nil {
		return nil, err
	}
	m.noteUpgrade(db)
	if db.Upgrade() != nil {
		// The first open after upgrading Scout also brings an index of an
		// older mapping up to date, for the commands that open only the
		// store (doctor); the others do it in openApp.
		if idx, err := index.Open(indexPath(dir)); err == nil {
			_ = idx.Close()
		} else if errors.Is(err, index.ErrMappingVersion) {
			n, err := rebuildIndex(ctx, db, indexPath(dir))
			if err != nil {
				_ = db.Close()
				return nil, err
			}
			m.noteRebuilt(dir, n)
		}
	}
	return db, nil
}

// dataStore is readStore with mustExist, else openStore.
func (m *Main) dataStore(ctx context.Context, dir string, mustExist bool) (*store.DB, error) {
	if mustExist {
		return m.readStore(ctx, dir, true)
	}
	return m.openStore(ctx, dir)
}

// readApp is readStore for commands that need the index and scorer too.
func (m *Main) readApp(ctx context.Context, dir string, server bool) (*app, error) {
	if !hasData(dir) {
		return nil, noData(dir, server)
	}
	return m.openApp(ctx, dir)
}

// openApp is openApp (creating the data directory when needed) with the
// upgrade note of openStore.
func (m *Main) openApp(ctx context.Context, dir string) (*app, error) {
	a, err := openApp(ctx, dir)
	if err != nil {
		return nil, err
	}
	m.noteUpgrade(a.db)
	m.noteRebuilt(dir, a.rebuilt)
	return a, nil
}

// noteRebuilt says that the open rebuilt the search index for this
// build's mapping version (n creators), when it did (n ≥ 0).
func (m *Main) noteRebuilt(dir string, n int) {
	if n >= 0 {
		fmt.Fprintf(m.Stderr, "rebuilt the search index %s from the store for mapping version %s (%s)\n",
			indexPath(dir), index.MappingVersion, plural(n, "creator"))
	}
}

// noteUpgrade tells the user that the store was upgraded and where the
// copy of the old file is.
func (m *Main) noteUpgrade(db *store.DB) {
	if up := db.Upgrade(); up != nil {
		fmt.Fprintf(m.Stderr, "upgraded the data directory %s from schema version %d to %d; the old file is kept as %s\n",
			db.Dir(), up.From, up.To, filepath.Join(db.Dir(), up.Backup))
	}
}
