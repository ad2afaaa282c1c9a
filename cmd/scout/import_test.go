package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/store"
)

const importFixtures = "../../importer/testdata"

func countStored(t *testing.T, ctx context.Context, data string) (creators int, snapshots map[string]int) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(data, "scout.db")); os.IsNotExist(err) {
		return 0, nil
	}
	db, err := store.Open(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cs, total, err := db.FindCreators(ctx, scout.CreatorFilter{WithPosts: true})
	if err != nil {
		t.Fatal(err)
	}
	snapshots = map[string]int{}
	for _, c := range cs {
		for _, s := range c.Snapshots {
			snapshots[s.AccountID]++
		}
	}
	return total, snapshots
}

func TestImport(t *testing.T) {
	ctx := context.Background()
	good := filepath.Join(importFixtures, "good.csv")
	goodJSONL := filepath.Join(importFixtures, "good.jsonl")
	bad := filepath.Join(importFixtures, "bad.csv")

	t.Run("ErrBadRowsNothingWritten", func(t *testing.T) {
		data := t.TempDir()
		code, _, errOut := run(t, ctx, nil, "import", good, bad, "--data", data)
		if code != exitFail {
			t.Errorf("exit %d, want %d", code, exitFail)
		}
		for _, want := range []string{
			"bad.csv:2: followers: \"1.2k\" is not a whole number",
			"bad.csv:3: platform: youtube is crawled by Scout",
			"bad.csv:8: 3 fields, but the header names 6",
			"8 bad rows; nothing was imported",
		} {
			if !strings.Contains(errOut, want) {
				t.Errorf("stderr lacks %q:\n%s", want, errOut)
			}
		}
		if n, _ := countStored(t, ctx, data); n != 0 {
			t.Errorf("%d creators stored from a batch with a bad file", n)
		}
	})

	t.Run("OK_DryRun", func(t *testing.T) {
		data := t.TempDir()
		code, _, errOut := run(t, ctx, nil, "import", "--dry-run", good, goodJSONL, "--data", data)
		if code != exitOK || !strings.Contains(errOut, "2 files valid: 5 accounts, 2 posts (dry run") {
			t.Errorf("exit %d: %s", code, errOut)
		}
		if n, _ := countStored(t, ctx, data); n != 0 {
			t.Errorf("dry run stored %d creators", n)
		}
	})

	t.Run("OK_ImportTwiceIsIdempotent", func(t *testing.T) {
		data := t.TempDir()
		for i := 0; i < 2; i++ {
			code, _, errOut := run(t, ctx, nil, "import", good, goodJSONL, "--data", data)
			if code != exitOK || !strings.Contains(errOut, "imported 5 accounts, 2 posts from 2 files (store holds 3 creators)") {
				t.Fatalf("import %d: exit %d: %s", i+1, code, errOut)
			}
		}
		n, snaps := countStored(t, ctx, data)
		if n != 3 {
			t.Errorf("%d creators, want 3 (alice and bob appear in both files)", n)
		}
		// good.csv and good.jsonl date alice and bob the same day; carol
		// has the file's modification time, the same on both runs.
		for acc, want := range map[string]int{"instagram:alice.bakes": 1, "tiktok:bobcooks": 2, "twitch:carol_plays": 1} {
			if snaps[acc] != want {
				t.Errorf("%s: %d snapshots, want %d", acc, snaps[acc], want)
			}
		}
		if names := searchNames(t, ctx, data, "alice"); len(names) != 1 || names[0] != "Alice Bakes 🍰" {
			t.Errorf("search baking: %q", names)
		}
	})

	t.Run("ErrUsage", func(t *testing.T) {
		for _, args := range [][]string{
			{"import"},
			{"import", "x.xlsx"},
			{"import", "--format", "xml", good},
			{"import", "--as-of", "yesterday", good},
		} {
			if code, _, errOut := run(t, ctx, nil, append(args, "--data", t.TempDir())...); code != exitUsage {
				t.Errorf("%q: exit %d, want %d: %s", args, code, exitUsage, errOut)
			}
		}
	})
}
