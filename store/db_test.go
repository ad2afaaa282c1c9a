package store_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/store"
)

func TestOpen(t *testing.T) {
	ctx := context.Background()

	t.Run("CreatesDirAndPidFile", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "a", "b")
		db, err := store.Open(ctx, dir)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(filepath.Join(dir, "scout.db")); err != nil {
			t.Errorf("db file: %v", err)
		}
		b, err := os.ReadFile(filepath.Join(dir, "scout.pid"))
		if err != nil {
			t.Fatalf("pid file: %v", err)
		}
		if got, want := strings.SplitN(string(b), "\n", 2)[0], strconv.Itoa(os.Getpid()); got != want {
			t.Errorf("pid file names %q, want %q", got, want)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(filepath.Join(dir, "scout.pid")); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("pid file after Close: %v, want it removed", err)
		}
		if err := db.Close(); err != nil {
			t.Errorf("second Close: %v", err)
		}
	})

	t.Run("Persists", func(t *testing.T) {
		dir := t.TempDir()
		db, err := store.Open(ctx, dir)
		if err != nil {
			t.Fatal(err)
		}
		id := MustSave(t, db, profile("web:a", 5, t0, t0, 1))
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		db = MustOpen(t, dir)
		c, err := db.FindCreatorByID(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if len(c.Posts) != 1 || len(c.Accounts) != 1 {
			t.Errorf("after reopen: %d posts, %d accounts; want 1, 1", len(c.Posts), len(c.Accounts))
		}
	})

	t.Run("ReplacesStalePidFile", func(t *testing.T) {
		dir := t.TempDir()
		pidPath := filepath.Join(dir, "scout.pid")
		if err := os.WriteFile(pidPath, []byte("999999\nscout serve\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		MustOpen(t, dir)
		b, err := os.ReadFile(pidPath)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := strings.SplitN(string(b), "\n", 2)[0], strconv.Itoa(os.Getpid()); got != want {
			t.Errorf("pid file names %q, want %q", got, want)
		}
	})

	t.Run("ErrInvalidEmptyDir", func(t *testing.T) {
		_, err := store.Open(ctx, "")
		wantCode(t, err, scout.EINVALID)
	})

	t.Run("ErrCanceled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(ctx)
		cancel()
		if _, err := store.Open(ctx, t.TempDir()); !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	})
}

// bbolt's flock belongs to the open file description, so a second Open in
// the same process blocks exactly as another process would.
func TestOpen_ErrConflictLocked(t *testing.T) {
	ctx := context.Background()
	opts := store.Options{LockTimeout: 100 * time.Millisecond}

	t.Run("NamesHolder", func(t *testing.T) {
		dir := t.TempDir()
		MustOpen(t, dir)
		start := time.Now()
		_, err := store.OpenWith(ctx, dir, opts)
		if elapsed := time.Since(start); elapsed > 5*time.Second {
			t.Errorf("second Open took %v", elapsed)
		}
		wantCode(t, err, scout.ECONFLICT)
		msg := scout.ErrorMessage(err)
		want := "data directory " + dir + " is in use by process " + strconv.Itoa(os.Getpid()) + " ("
		if !strings.HasPrefix(msg, want) || !strings.Contains(msg, os.Args[0]) {
			t.Errorf("message = %q, want prefix %q and the command line", msg, want)
		}
		// The loser must not remove the holder's pid file.
		if _, err := os.Stat(filepath.Join(dir, "scout.pid")); err != nil {
			t.Errorf("holder's pid file: %v", err)
		}
	})

	t.Run("UnreadablePidFile", func(t *testing.T) {
		dir := t.TempDir()
		MustOpen(t, dir)
		if err := os.Remove(filepath.Join(dir, "scout.pid")); err != nil {
			t.Fatal(err)
		}
		_, err := store.OpenWith(ctx, dir, opts)
		wantCode(t, err, scout.ECONFLICT)
		if got, want := scout.ErrorMessage(err), "data directory "+dir+" is in use by another process"; got != want {
			t.Errorf("message = %q, want %q", got, want)
		}
	})

	t.Run("OpensAfterClose", func(t *testing.T) {
		dir := t.TempDir()
		db, err := store.Open(ctx, dir)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		db, err = store.OpenWith(ctx, dir, opts)
		if err != nil {
			t.Fatalf("open after close: %v", err)
		}
		db.Close()
	})
}

func TestOpen_SchemaVersion(t *testing.T) {
	ctx := context.Background()
	newDir := func(t *testing.T) string {
		dir := t.TempDir()
		db, err := store.Open(ctx, dir)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		return dir
	}

	t.Run("StampedOnCreate", func(t *testing.T) {
		dir := newDir(t)
		if got, want := dump(t, dir)["meta"]["schema_version"], strconv.Itoa(store.SchemaVersion); got != want {
			t.Errorf("schema_version = %q, want %q", got, want)
		}
	})

	t.Run("ErrConflictNewer", func(t *testing.T) {
		dir := newDir(t)
		newer := store.SchemaVersion + 1
		setMeta(t, dir, "schema_version", strconv.Itoa(newer))
		_, err := store.Open(ctx, dir)
		wantCode(t, err, scout.ECONFLICT)
		msg := scout.ErrorMessage(err)
		for _, want := range []string{dir, "version " + strconv.Itoa(newer), "version " + strconv.Itoa(store.SchemaVersion)} {
			if !strings.Contains(msg, want) {
				t.Errorf("message %q does not mention %q", msg, want)
			}
		}
		// The failed Open released the lock and its pid file.
		if _, err := os.Stat(filepath.Join(dir, "scout.pid")); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("pid file after failed Open: %v", err)
		}
		setMeta(t, dir, "schema_version", strconv.Itoa(store.SchemaVersion))
		MustOpen(t, dir)
	})

	t.Run("ErrInvalidUnreadable", func(t *testing.T) {
		dir := newDir(t)
		setMeta(t, dir, "schema_version", "one")
		_, err := store.Open(ctx, dir)
		wantCode(t, err, scout.EINVALID)
	})
}

func TestClose_ErrUnavailable(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	id := MustSave(t, db, profile("web:a", 1, t0, t0, 0))
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	_, err = db.FindCreatorByID(ctx, id)
	wantCode(t, err, scout.EUNAVAILABLE)
	_, err = db.SaveProfile(ctx, profile("web:b", 1, t0, t0, 0))
	wantCode(t, err, scout.EUNAVAILABLE)
}
