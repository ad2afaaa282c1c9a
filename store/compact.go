package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/scout-oss/scout"
	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// compactTxSize bounds the bytes bolt.Compact copies per transaction.
const compactTxSize = 64 << 20

// CompactResult gives the file's size before and after Compact.
type CompactResult struct {
	Before int64 `json:"before_bytes"`
	After  int64 `json:"after_bytes"`
}

// Compact rewrites the store file of dir without free pages: bbolt never
// returns freed pages to the file system and does not clear them, so bytes
// of erased or aged-out records stay in the file until their page is
// reused. Compact copies every bucket into DIR/scout.db.compact with
// bolt.Compact (bucket sequences included), syncs it, and renames it over
// scout.db while still holding the old file's lock, so no other process
// can write in between. It needs the directory to itself: ECONFLICT, naming
// the holder, when a `scout serve` or another command has it open.
func Compact(ctx context.Context, dir string, opts Options) (*CompactResult, error) {
	const op = "store.Compact"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	if opts.LockTimeout <= 0 {
		opts.LockTimeout = DefaultLockTimeout
	}
	path := filepath.Join(dir, dbFile)
	st, err := os.Stat(path)
	if err != nil {
		return nil, formatError(op, fmt.Errorf("stat %s: %w", path, err))
	}
	res := &CompactResult{Before: st.Size()}
	src, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: opts.LockTimeout, NoFreelistSync: true, FreelistType: bolt.FreelistMapType})
	if errors.Is(err, berrors.ErrTimeout) {
		return nil, &scout.Error{Code: scout.ECONFLICT, Op: op, Err: err,
			Message: fmt.Sprintf("data directory %s is in use by %s; stop it and compact again", dir, lockHolder(filepath.Join(dir, pidFile)))}
	}
	if err != nil {
		return nil, formatError(op, fmt.Errorf("open %s: %w", path, err))
	}
	defer src.Close()
	tmp := path + ".compact"
	_ = os.Remove(tmp) // a leftover of an interrupted run
	dst, err := bolt.Open(tmp, 0o600, &bolt.Options{Timeout: opts.LockTimeout, NoFreelistSync: true, FreelistType: bolt.FreelistMapType})
	if err != nil {
		return nil, formatError(op, fmt.Errorf("create %s: %w", tmp, err))
	}
	if err := bolt.Compact(dst, src, compactTxSize); err != nil {
		_ = dst.Close()
		_ = os.Remove(tmp)
		return nil, formatError(op, fmt.Errorf("compact: %w", err))
	}
	if err := ctx.Err(); err != nil {
		_ = dst.Close()
		_ = os.Remove(tmp)
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	if err := dst.Sync(); err != nil {
		_ = dst.Close()
		_ = os.Remove(tmp)
		return nil, formatError(op, fmt.Errorf("sync %s: %w", tmp, err))
	}
	if err := dst.Close(); err != nil {
		_ = os.Remove(tmp)
		return nil, formatError(op, fmt.Errorf("close %s: %w", tmp, err))
	}
	if err := os.Rename(tmp, path); err != nil {
		_ = os.Remove(tmp)
		return nil, formatError(op, fmt.Errorf("replace %s: %w", path, err))
	}
	if d, err := os.Open(dir); err == nil { // make the rename durable
		_ = d.Sync()
		_ = d.Close()
	}
	if st, err := os.Stat(path); err == nil {
		res.After = st.Size()
	}
	return res, nil
}
