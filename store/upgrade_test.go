package store_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/store"
	bolt "go.etcd.io/bbolt"
)

// frozenSchema1 is the store file the release with schema version 1 wrote
// (testdata/upgrade, written by cmd/scout's TestWriteFrozenDataDir).
var frozenSchema1 = filepath.Join("..", "testdata", "upgrade", "schema1", "scout.db")

// MustCopyFrozen copies a frozen store file into a new data directory, so
// the test never changes the committed one.
func MustCopyFrozen(tb testing.TB, file string) string {
	tb.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		tb.Fatal(err)
	}
	dir := tb.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "scout.db"), b, 0o600); err != nil {
		tb.Fatal(err)
	}
	return dir
}

// schemaOf reads a closed store file's schema version without Open.
func schemaOf(tb testing.TB, path string) int {
	tb.Helper()
	bdb, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		tb.Fatalf("open %s: %v", path, err)
	}
	defer bdb.Close()
	var v int
	err = bdb.View(func(tx *bolt.Tx) error {
		v, err = strconv.Atoi(string(tx.Bucket([]byte("meta")).Get([]byte("schema_version"))))
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return v
}

// TestUpgradeFromSchema1 opens the file of the previous release: Open
// copies it aside, migrates it to SchemaVersion, logs the upgrade, and
// every kind of record it held reads as before.
func TestUpgradeFromSchema1(t *testing.T) {
	ctx := context.Background()
	dir := MustCopyFrozen(t, frozenSchema1)
	at := time.Date(2026, 12, 1, 9, 30, 0, 0, time.UTC)
	db, err := store.OpenWith(ctx, dir, store.Options{NoSync: true, Now: func() time.Time { return at }})
	if err != nil {
		t.Fatalf("open the schema 1 file: %v", err)
	}
	defer db.Close()

	wantBackup := "scout.db.schema1-20261201T093000Z.bak"
	up := db.Upgrade()
	if up == nil || up.From != 1 || up.To != store.SchemaVersion || up.Backup != wantBackup || !up.At.Equal(at) {
		t.Fatalf("Upgrade() = %+v; want 1 → %d at %v, backup %s", up, store.SchemaVersion, at, wantBackup)
	}
	if got := schemaOf(t, filepath.Join(dir, wantBackup)); got != 1 {
		t.Errorf("the backup has schema version %d, want the file as it was (1)", got)
	}
	if log, err := db.Upgrades(ctx); err != nil || len(log) != 1 || log[0] != *up {
		t.Errorf("upgrade log = %+v, %v; want [%+v]", log, err, *up)
	}
	if problems, err := db.Check(ctx); err != nil || len(problems) > 0 {
		t.Errorf("Check after the upgrade: %v %v", problems, err)
	}

	// Everything the old release stored reads back.
	cs, total, err := db.FindCreators(ctx, scout.CreatorFilter{WithPosts: true})
	if err != nil || total < 10 || len(cs) != total {
		t.Fatalf("creators: %d of %d, %v", len(cs), total, err)
	}
	if n, _ := db.CountCreators(ctx); n != total {
		t.Errorf("creator count %d, creators %d", n, total)
	}
	posts := 0
	for _, c := range cs {
		posts += len(c.Posts)
		if len(c.Accounts) == 0 || c.Scores["overall"] == nil {
			t.Errorf("creator %s lost its accounts or scores: %+v", c.ID, c)
		}
	}
	if posts == 0 {
		t.Error("no posts read back")
	}
	lists, n, err := db.FindShortlists(ctx, scout.ShortlistFilter{})
	if err != nil || n != 1 || lists[0].Name != "Frozen launch" {
		t.Errorf("shortlists: %+v %d %v", lists, n, err)
	}
	scheds, n, err := db.FindSchedules(ctx, scout.ScheduleFilter{})
	if err != nil || n != 1 || scheds[0].Cron != "0 3 * * *" || scheds[0].Period == 0 {
		t.Errorf("schedules: %+v %d %v", scheds, n, err)
	}
	briefs, n, err := db.FindBriefs(ctx, scout.BriefFilter{})
	if err != nil || n != 1 || briefs[0].Name != "Frozen brief" {
		t.Errorf("briefs: %+v %d %v", briefs, n, err)
	}
	keys, err := db.FindKeys(ctx)
	if err != nil || len(keys) != 1 || keys[0].Role != scout.RoleAdmin {
		t.Errorf("keys: %+v %v", keys, err)
	}

	// Opening again upgrades nothing and copies nothing.
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db2 := MustOpen(t, dir)
	if up := db2.Upgrade(); up != nil {
		t.Errorf("second open upgraded again: %+v", up)
	}
	baks, _ := filepath.Glob(filepath.Join(dir, "*.bak"))
	if len(baks) != 1 {
		t.Errorf("backups after two opens: %v", baks)
	}
}

// TestUpgradeNeedsBackup: when the copy cannot be written, Open refuses
// and leaves the old file exactly as it was.
func TestUpgradeNeedsBackup(t *testing.T) {
	ctx := context.Background()
	dir := MustCopyFrozen(t, frozenSchema1)
	before, err := os.ReadFile(filepath.Join(dir, "scout.db"))
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 12, 1, 9, 30, 0, 0, time.UTC)
	// A directory where the backup goes: the copy cannot be renamed there.
	if err := os.Mkdir(filepath.Join(dir, "scout.db.schema1-20261201T093000Z.bak"), 0o700); err != nil {
		t.Fatal(err)
	}
	_, err = store.OpenWith(ctx, dir, store.Options{Now: func() time.Time { return at }})
	wantCode(t, err, scout.EUNAVAILABLE)
	if msg := scout.ErrorMessage(err); !strings.Contains(msg, "backup") {
		t.Errorf("message %q does not say the backup failed", msg)
	}
	after, err := os.ReadFile(filepath.Join(dir, "scout.db"))
	if err != nil {
		t.Fatal(err)
	}
	if string(after) != string(before) {
		t.Error("the file changed although the upgrade was refused")
	}
	if got := schemaOf(t, filepath.Join(dir, "scout.db")); got != 1 {
		t.Errorf("schema version %d after a refused upgrade, want 1", got)
	}
}

// TestNewFileNeedsNoUpgrade: a new file starts at SchemaVersion with an
// empty upgrade log and no backup.
func TestNewFileNeedsNoUpgrade(t *testing.T) {
	dir := t.TempDir()
	db := MustOpen(t, dir)
	if up := db.Upgrade(); up != nil {
		t.Errorf("a new file was upgraded: %+v", up)
	}
	if log, err := db.Upgrades(context.Background()); err != nil || len(log) != 0 {
		t.Errorf("upgrade log of a new file: %+v %v", log, err)
	}
	if baks, _ := filepath.Glob(filepath.Join(dir, "*.bak")); len(baks) != 0 {
		t.Errorf("backups of a new file: %v", baks)
	}
}
