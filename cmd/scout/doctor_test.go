package main

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	bolt "go.etcd.io/bbolt"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/store"
)

// writeImportRows writes n JSON Lines rows of Instagram accounts (which
// Scout imports, not crawls), each with two posts, and returns the file
// and each handle's follower count.
func writeImportRows(t *testing.T, n int) (string, map[string]int64) {
	t.Helper()
	var b strings.Builder
	followers := map[string]int64{}
	for i := range n {
		h := fmt.Sprintf("maker%04d", i)
		f := int64(1000 + 37*i)
		followers[h] = f
		row := map[string]any{
			"platform": "instagram", "handle": h, "display_name": fmt.Sprintf("Maker %d", i),
			"followers": f, "following": 100 + i, "posts_count": 50,
			"bio": "Vegan baking and trail running, post " + h, "as_of": "2026-11-20",
			"posts": []map[string]any{
				{"id": h + "-1", "published_at": "2026-11-18T17:00:00Z", "text": "Lemon tart #" + h, "likes": 10 + i, "comments": 2},
				{"id": h + "-2", "published_at": "2026-11-15T09:00:00Z", "text": "Sourdough morning", "likes": 20 + i, "comments": 3},
			},
		}
		raw, err := json.Marshal(row)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(raw)
		b.WriteByte('\n')
	}
	path := filepath.Join(t.TempDir(), "rows.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, followers
}

// runExpect runs the CLI in-process and fails unless it exits with want.
func runExpect(t *testing.T, want int, args ...string) string {
	t.Helper()
	code, out, errOut := run(t, context.Background(), nil, args...)
	if code != want {
		t.Fatalf("scout %s: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), code, want, out, errOut)
	}
	return out
}

func TestDoctorFindsAndFixesIndex(t *testing.T) {
	ctx := context.Background()
	data := t.TempDir()
	rows, _ := writeImportRows(t, 30)
	runExpect(t, exitOK, "import", "--data", data, rows)
	if out := runExpect(t, exitOK, "doctor", "--data", data); !strings.Contains(out, "index: ok") || !strings.Contains(out, "store: ok (30 creators") {
		t.Fatalf("doctor after import:\n%s", out)
	}

	// Corrupt the index three ways: a stored creator's document deleted,
	// a stray document of no creator, and a stale version of another.
	db, err := store.Open(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	cs, _, err := db.FindCreators(ctx, scout.CreatorFilter{Limit: 2, WithPosts: true})
	db.Close()
	if err != nil || len(cs) != 2 {
		t.Fatalf("FindCreators = %d, %v", len(cs), err)
	}
	gone, stale := cs[0].ID, cs[1]
	stale.Name = "An Older Name"
	stale.Posts = stale.Posts[:1]
	idx, err := index.Open(indexPath(data))
	if err != nil {
		t.Fatal(err)
	}
	if err := idx.DeleteCreators(ctx, []string{gone}); err != nil {
		t.Fatal(err)
	}
	if err := idx.IndexCreators(ctx, []*scout.Creator{{ID: "cstray", Name: "Nobody"}, stale}); err != nil {
		t.Fatal(err)
	}
	idx.Close()

	out := runExpect(t, exitFail, "doctor", "--data", data)
	for _, want := range []string{
		"index: 3 problems",
		"index_extra             1  cstray",
		"index_missing           1  " + gone,
		"index_out_of_date       1  " + stale.ID,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("doctor output lacks %q:\n%s", want, out)
		}
	}

	out = runExpect(t, exitOK, "doctor", "--fix", "--data", data)
	if !strings.Contains(out, "re-indexed 3 documents") || !strings.Contains(out, fmt.Sprintf("after --fix:\nstore: ok (30 creators, schema version %d)\nindex: ok", store.SchemaVersion)) {
		t.Errorf("doctor --fix:\n%s", out)
	}
	runExpect(t, exitOK, "doctor", "--data", data)
	if got := runExpect(t, exitOK, "search", "--data", data, "--json", "Nobody"); strings.Contains(got, "cstray") {
		t.Errorf("the stray document is still found:\n%s", got)
	}
}

func TestDoctorUnusableIndexAndStoreCounter(t *testing.T) {
	ctx := context.Background()
	data := t.TempDir()
	rows, _ := writeImportRows(t, 12)
	runExpect(t, exitOK, "import", "--data", data, rows)

	// An index of another mapping version, and a creator counter that
	// drifted.
	bi, err := bleve.Open(indexPath(data))
	if err != nil {
		t.Fatal(err)
	}
	if err := bi.SetInternal([]byte("scout.mapping_version"), []byte("0")); err != nil {
		t.Fatal(err)
	}
	bi.Close()
	bdb, err := bolt.Open(filepath.Join(data, "scout.db"), 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	err = bdb.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("meta")).Put([]byte("creator_count"), binary.BigEndian.AppendUint64(nil, 99))
	})
	bdb.Close()
	if err != nil {
		t.Fatal(err)
	}

	out := runExpect(t, exitFail, "doctor", "--data", data)
	for _, want := range []string{"creator_count", "counter says 99 creators, the bucket holds 12", "index: index_unusable", "mapping version 0"} {
		if !strings.Contains(out, want) {
			t.Errorf("doctor output lacks %q:\n%s", want, out)
		}
	}
	out = runExpect(t, exitOK, "doctor", "--fix", "--data", data)
	for _, want := range []string{"fixed 1 problem in the store", "rebuilt the index from the store: 12 creators", "after --fix:\nstore: ok (12 creators"} {
		if !strings.Contains(out, want) {
			t.Errorf("doctor --fix output lacks %q:\n%s", want, out)
		}
	}
	_ = ctx
}
