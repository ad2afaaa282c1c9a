// Package store is Scout's one source of truth: creators, their accounts,
// posts and follower snapshots, and the per-URL crawl state, kept in a single
// bbolt file (DIR/scout.db). Everything else (the search index, scores) is
// derived from it and can be rebuilt.
//
// bbolt takes no context and allows one writer at a time, so every write is
// one short transaction, ctx is checked between records and batches, and
// long scans (ForEachCreator, ForEachVisit) run in batches of short read
// transactions so that the callback may write to the same DB.
//
// Errors leaving the package are *scout.Error values: EINVALID for bad
// input, ENOTFOUND for missing records, ECONFLICT when the data directory is
// locked by another process or holds a newer schema, EUNAVAILABLE after
// Close, EINSUFFICIENT when the file system refused a write for lack of
// space (the transaction is rolled back), and EINTERNAL (wrapping the bbolt
// error) for anything else.
// Context errors are returned wrapped so errors.Is still sees them.
package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/scout-oss/scout"
	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// File names inside the data directory.
const (
	dbFile  = "scout.db"
	pidFile = "scout.pid"
)

// DefaultLockTimeout is how long Open waits for the data directory's lock
// before reporting which process holds it. It is short because the usual
// holder is a long-running `scout serve`, which will not let go soon.
const DefaultLockTimeout = time.Second

// Options tune Open. The zero value is what production uses.
type Options struct {
	// LockTimeout bounds the wait for another process's lock on the
	// file; 0 means DefaultLockTimeout. Tests shorten it.
	LockTimeout time.Duration
	// NoSync skips fsync on commit. It trades durability for speed and is
	// meant for tests, benchmarks and throwaway demo stores only.
	NoSync bool
	// Now is the clock of an upgrade's log entry and backup name;
	// time.Now when nil.
	Now func() time.Time
}

// DB is an open Scout store. It is safe for concurrent use: bbolt runs
// readers in parallel and serialises writers.
type DB struct {
	// Now is the clock used for CreatedAt/UpdatedAt. Open sets it to
	// time.Now; tests replace it to get deterministic records.
	Now func() time.Time

	bolt *bolt.DB
	dir  string

	mu      sync.Mutex // guards pidPath, so concurrent Closes remove it once
	pidPath string

	// lease holds the frontier's leases and claims (frontier.go): per
	// process, in memory only.
	lease   frontierLeases
	upgrade *Upgrade // the schema upgrade this Open made, if any
}

var (
	_ scout.CreatorService = (*DB)(nil)
	_ scout.VisitService   = (*DB)(nil)
)

// Open opens (creating when needed) the store in dir with default options.
// A file of an older schema version is first copied aside in dir
// (scout.db.schemaN-TIME.bak) and then migrated; Upgrade reports it.
// ECONFLICT when another process holds the directory or the file was written
// by a newer Scout.
func Open(ctx context.Context, dir string) (*DB, error) {
	return OpenWith(ctx, dir, Options{})
}

// OpenWith is Open with explicit options.
func OpenWith(ctx context.Context, dir string, opts Options) (*DB, error) {
	const op = "store.Open"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	if dir == "" {
		return nil, &scout.Error{Code: scout.EINVALID, Op: op, Message: "data directory is empty"}
	}
	if opts.LockTimeout <= 0 {
		opts.LockTimeout = DefaultLockTimeout
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, formatError(op, fmt.Errorf("create data directory: %w", err))
	}
	path := filepath.Join(dir, dbFile)
	bdb, err := bolt.Open(path, 0o600, &bolt.Options{
		Timeout:        opts.LockTimeout,
		NoSync:         opts.NoSync,
		NoFreelistSync: true,
		FreelistType:   bolt.FreelistMapType,
	})
	if errors.Is(err, berrors.ErrTimeout) {
		return nil, &scout.Error{Code: scout.ECONFLICT, Op: op, Err: err,
			Message: fmt.Sprintf("data directory %s is in use by %s", dir, lockHolder(filepath.Join(dir, pidFile)))}
	}
	if err != nil {
		return nil, formatError(op, fmt.Errorf("open %s: %w", path, err))
	}
	d := &DB{Now: time.Now, bolt: bdb, dir: dir, pidPath: filepath.Join(dir, pidFile)}
	// The pid file is written only while we hold the lock, so whoever
	// times out on the lock reads the current holder's details.
	if err := writePidFile(d.pidPath); err != nil {
		_ = bdb.Close()
		return nil, formatError(op, err)
	}
	now := time.Now
	if opts.Now != nil {
		now = opts.Now
	}
	backup, err := d.backupBeforeUpgrade(ctx, now())
	if err != nil {
		_ = d.Close()
		return nil, formatError(op, err)
	}
	err = d.bolt.Update(func(tx *bolt.Tx) error {
		var err error
		d.upgrade, err = ensureSchema(tx, dir, now(), backup)
		return err
	})
	if err != nil {
		_ = d.Close()
		return nil, formatError(op, err)
	}
	return d, nil
}

// backupBeforeUpgrade copies a file of an older schema version to
// scout.db.schemaN-TIME.bak beside it before anything migrates it, and
// returns the copy's name ("" when no upgrade is due). A failed copy stops
// the upgrade: the file stays as it was.
func (d *DB) backupBeforeUpgrade(ctx context.Context, now time.Time) (string, error) {
	var v int
	if err := d.bolt.View(func(tx *bolt.Tx) error { v = fileSchema(tx); return nil }); err != nil {
		return "", err
	}
	if v < 1 || v >= SchemaVersion {
		return "", nil
	}
	name := fmt.Sprintf("%s.schema%d-%s.bak", dbFile, v, now.UTC().Format("20060102T150405Z"))
	if _, err := d.BackupFile(ctx, filepath.Join(d.dir, name)); err != nil {
		return "", &scout.Error{Code: scout.EUNAVAILABLE, Err: err,
			Message: fmt.Sprintf("data directory %s has schema version %d and is not upgraded to %d without a backup, which failed", d.dir, v, SchemaVersion)}
	}
	return name, nil
}

// Upgrade returns the schema upgrade this Open made (nil when the file
// was new or current), so the command can say so and name the backup.
func (d *DB) Upgrade() *Upgrade { return d.upgrade }

// Upgrades returns the file's upgrade log, oldest first.
func (d *DB) Upgrades(ctx context.Context) ([]Upgrade, error) {
	const op = "store.Upgrades"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	var log []Upgrade
	err := d.bolt.View(func(tx *bolt.Tx) error {
		var err error
		log, err = upgradeLog(tx)
		return err
	})
	return log, formatError(op, err)
}

// Close releases the file and its lock and removes the pid file. It waits
// for running transactions to finish. Calling it twice is harmless.
func (d *DB) Close() error {
	// Remove the pid file while still holding the lock: afterwards it may
	// already belong to the next process.
	var errs []error
	d.mu.Lock()
	if d.pidPath != "" {
		if err := os.Remove(d.pidPath); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, fmt.Errorf("remove pid file: %w", err))
		}
		d.pidPath = ""
	}
	d.mu.Unlock()
	if err := d.bolt.Close(); err != nil {
		errs = append(errs, fmt.Errorf("close %s: %w", dbFile, err))
	}
	return formatError("store.Close", errors.Join(errs...))
}

// Dir returns the data directory, for messages and for siblings such as the
// search index that live next to the store.
func (d *DB) Dir() string { return d.dir }

// now returns the injected time in UTC, so stored times encode the same way
// whatever the machine's zone.
func (d *DB) now() time.Time {
	if d.Now == nil {
		return time.Now().UTC()
	}
	return d.Now().UTC()
}

// writePidFile records this process as the holder. It writes a temporary
// file and renames it so a reader never sees half a file.
func writePidFile(path string) error {
	body := strconv.Itoa(os.Getpid()) + "\n" + strings.Join(os.Args, " ") + "\n"
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(body), 0o600); err != nil {
		return fmt.Errorf("write pid file: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write pid file: %w", err)
	}
	return nil
}

// lockHolder describes the process named in the pid file, or "another
// process" when the file is missing or unreadable.
func lockHolder(path string) string {
	const unknown = "another process"
	b, err := os.ReadFile(path)
	if err != nil {
		return unknown
	}
	pidLine, cmdline, _ := strings.Cut(string(b), "\n")
	pid, err := strconv.Atoi(strings.TrimSpace(pidLine))
	if err != nil || pid <= 0 {
		return unknown
	}
	cmdline = strings.TrimSpace(cmdline)
	if cmdline == "" {
		return fmt.Sprintf("process %d", pid)
	}
	return fmt.Sprintf("process %d (%s)", pid, cmdline)
}

// formatError converts err into a *scout.Error at the package boundary:
// our own *scout.Error values get op filled in, a closed bbolt DB becomes
// EUNAVAILABLE, context errors stay as they are (wrapped with op) and
// everything else is EINTERNAL.
func formatError(op string, err error) error {
	if err == nil {
		return nil
	}
	var e *scout.Error
	if errors.As(err, &e) {
		if e.Op == "" {
			e.Op = op
		}
		return err
	}
	switch {
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("%s: %w", op, err)
	case errors.Is(err, berrors.ErrDatabaseNotOpen):
		return &scout.Error{Code: scout.EUNAVAILABLE, Op: op, Message: "store is closed", Err: err}
	case scout.NoSpace(err):
		// bbolt rolls the transaction back: nothing of it was saved.
		return &scout.Error{Code: scout.EINSUFFICIENT, Op: op, Err: err,
			Message: "no space left for the data directory: nothing was saved; free some space and try again"}
	}
	return &scout.Error{Code: scout.EINTERNAL, Op: op, Err: err}
}

// invalidf builds an EINVALID error for people.
func invalidf(format string, args ...any) error {
	return scout.Errorf(scout.EINVALID, format, args...)
}
