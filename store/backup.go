package store

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"
)

// Backup writes a consistent copy of the whole store file to w while the
// store stays in use: a bbolt read transaction sees one committed state,
// and tx.WriteTo copies it page by page, so writers carry on (they cannot
// grow the file's memory map until the copy ends, which at worst delays
// them). size, when not nil, is called with the copy's exact length before
// the first byte is written, so an HTTP handler can send Content-Length.
// The copy is an ordinary scout.db: restore it by putting it at
// DATA/scout.db (see README). ctx is checked between writes.
func (d *DB) Backup(ctx context.Context, w io.Writer, size func(int64)) (int64, error) {
	const op = "store.Backup"
	if err := ctx.Err(); err != nil {
		return 0, fmt.Errorf("%s: %w", op, err)
	}
	var n int64
	err := d.bolt.View(func(tx *bolt.Tx) error {
		if size != nil {
			size(tx.Size())
		}
		var err error
		n, err = tx.WriteTo(ctxWriter{ctx: ctx, w: w})
		return err
	})
	if err != nil {
		return n, formatError(op, err)
	}
	return n, nil
}

// BackupFile writes Backup to path through a temporary file beside it,
// synced and renamed into place, so path is either the old file or a
// whole new copy, never half of one.
func (d *DB) BackupFile(ctx context.Context, path string) (int64, error) {
	const op = "store.BackupFile"
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp-")
	if err != nil {
		return 0, formatError(op, fmt.Errorf("create backup: %w", err))
	}
	defer os.Remove(tmp.Name()) // a no-op after the rename
	n, err := d.Backup(ctx, tmp, nil)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o600)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return 0, formatError(op, fmt.Errorf("write backup %s: %w", path, err))
	}
	return n, nil
}

// ctxWriter stops a long copy when ctx ends.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}
