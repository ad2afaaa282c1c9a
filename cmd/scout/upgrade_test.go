package main

import (
	"context"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler/fixtureweb"
	"github.com/scout-oss/scout/store"
)

// writeFrozen writes testdata/upgrade/schemaN, the data directory this
// release writes (N = store.SchemaVersion). Run it once per release, before
// the schema changes, and commit the directory: later releases must open
// it (TestUpgradeFrozenDataDir).
//
//	go test ./cmd/scout -run TestWriteFrozenDataDir -write-frozen
var writeFrozen = flag.Bool("write-frozen", false, "write testdata/upgrade/schemaN from this release's code")

// frozenRoot holds one data directory per schema version a release wrote.
var frozenRoot = filepath.Join("..", "..", "testdata", "upgrade")

func TestWriteFrozenDataDir(t *testing.T) {
	if !*writeFrozen {
		t.Skip("run with -write-frozen to write testdata/upgrade/schemaN")
	}
	ctx := context.Background()
	web := fixtureweb.MustStart(t, scout.SampleWeb())
	seeds, err := web.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	data := t.TempDir()
	mustRun := func(args ...string) string {
		t.Helper()
		code, out, errOut := run(t, ctx, nil, append(args, "--data", data)...)
		if code != exitOK {
			t.Fatalf("scout %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
		}
		return out
	}
	mustRun(append([]string{"crawl", "--rate", "50", "--timeout", "3s"}, append(demoPlatformArgs(web), seeds...)...)...)
	mustRun("keys", "create", "--name", "frozen admin", "--role", "admin")
	list := strings.TrimSpace(mustRun("shortlist", "create", "Frozen launch"))
	mustRun("shortlist", "add", list, "bluesky:noor.bsky.example", "bluesky:lenavogt.bsky.example", "bluesky:somebody-not-crawled.example")
	mustRun("schedule", "add", "--cron", "0 3 * * *", "--all")

	db, err := store.Open(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	cs, _, err := db.FindCreators(ctx, scout.CreatorFilter{Limit: 3})
	if err != nil || len(cs) < 3 {
		t.Fatalf("creators: %d, %v", len(cs), err)
	}
	b := &scout.Brief{Name: "Frozen brief", Keywords: []string{"vegan", "running"}, Languages: []string{"en"}}
	err = db.CreateBrief(ctx, b)
	if err == nil {
		err = db.CreateSavedSearch(ctx, &scout.SavedSearch{Name: "runners", Query: "q=running"})
	}
	if err == nil {
		err = db.CreateWatch(ctx, &scout.Watch{Name: "frozen watch", CreatorIDs: []string{cs[0].ID}})
	}
	if err == nil {
		_, err = db.HideCreator(ctx, &scout.HiddenCreator{CreatorID: cs[2].ID, Reason: "frozen"})
	}
	if err == nil {
		err = db.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
	mustRun("compact") // no free pages: a smaller file to commit

	dst := filepath.Join(frozenRoot, "schema"+strconv.Itoa(store.SchemaVersion))
	if err := os.RemoveAll(dst); err != nil {
		t.Fatal(err)
	}
	if err := copyDataDir(data, dst); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s", dst)
}

// copyDataDir copies a closed data directory (without its pid file).
func copyDataDir(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if d.Name() == "scout.pid" {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}

// TestUpgradeFrozenDataDir opens the previous release's data directory as
// a user would after upgrading scout: the first command says it upgraded
// the directory and where the old file is, doctor finds nothing wrong and
// shows the upgrade, and the data (search index included) is all there.
func TestUpgradeFrozenDataDir(t *testing.T) {
	ctx := context.Background()
	data := MustFrozenCopy(t)
	code, out, errOut := run(t, ctx, nil, "doctor", "--data", data)
	if code != exitOK {
		t.Fatalf("doctor on the previous release's directory: exit %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(errOut, "upgraded the data directory") {
		t.Errorf("no upgrade note on stderr:\n%s", errOut)
	}
	for _, want := range []string{
		"schema version " + strconv.Itoa(store.SchemaVersion) + ")",
		"index: ok",
		"store: upgraded from schema version 1 to " + strconv.Itoa(store.SchemaVersion),
		"(the old file kept as scout.db.schema1-",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("doctor output lacks %q:\n%s", want, out)
		}
	}
	baks, _ := filepath.Glob(filepath.Join(data, "scout.db.schema1-*.bak"))
	if len(baks) != 1 {
		t.Fatalf("backups: %v", baks)
	}

	code, out, errOut = run(t, ctx, nil, "search", "--data", data)
	if code != exitOK || !strings.Contains(out, "of 17 creators") || strings.Contains(errOut, "upgraded") {
		t.Errorf("search after the upgrade: exit %d\n%s%s", code, out, errOut)
	}
	code, out, _ = run(t, ctx, nil, "shortlist", "show", "sl1", "--data", data)
	if code != exitOK || !strings.Contains(out, "Frozen launch: 3 entries") {
		t.Errorf("shortlist after the upgrade: exit %d\n%s", code, out)
	}
}
