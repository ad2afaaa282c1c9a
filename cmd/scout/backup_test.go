package main

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/store"
)

// restore puts a backup file into a fresh data directory, as README says:
// copy it to DATA/scout.db, then scout reindex.
func restore(t *testing.T, backup string) string {
	t.Helper()
	raw, err := os.ReadFile(backup)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "scout.db"), raw, 0o600); err != nil {
		t.Fatal(err)
	}
	runExpect(t, exitOK, "reindex", "--data", dir)
	runExpect(t, exitOK, "doctor", "--data", dir)
	return dir
}

func TestBackupAndRestore(t *testing.T) {
	data := t.TempDir()
	rows, _ := writeImportRows(t, 25)
	runExpect(t, exitOK, "import", "--data", data, rows)
	file := filepath.Join(t.TempDir(), "scout-backup.db")
	runExpect(t, exitOK, "backup", "--data", data, file)
	got := restore(t, file)
	if diff := cmp.Diff(dumpStore(t, data), dumpStore(t, got)); diff != "" {
		t.Errorf("restored store differs (-want +got):\n%s", diff)
	}
	if out := runExpect(t, exitOK, "search", "--data", got, "Maker 7"); !strings.Contains(out, "Maker 7") {
		t.Errorf("search in the restored directory:\n%s", out)
	}

	t.Run("ErrDirectoryInUse", func(t *testing.T) {
		db, err := store.Open(context.Background(), data)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		code, _, errOut := run(t, context.Background(), nil, "backup", "--data", data, file+".2")
		if code != exitFail || !strings.Contains(errOut, "--server") {
			t.Errorf("backup of a held directory: exit %d, %s", code, errOut)
		}
	})
}

// TestBackupThroughServerWhileWriting downloads backups from a serving
// store while another goroutine keeps saving profiles, then restores each
// into a fresh directory: every copy opens, passes doctor after reindex
// and holds whole profiles only; the copy taken after the writes holds
// every creator.
func TestBackupThroughServerWhileWriting(t *testing.T) {
	ctx := context.Background()
	data := t.TempDir()
	db, err := store.Open(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	srv := api.NewServer()
	srv.Creators, srv.Backup = db, db
	ts := httptest.NewServer(srv.Handler()) // no KeyService: an in-process test server lets every call through
	defer ts.Close()

	const saves = 80
	at := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	profile := func(i int) *scout.Profile {
		h := fmt.Sprintf("writer%03d", i)
		p := &scout.Profile{Account: scout.Account{ID: scout.AccountID(scout.PlatformWeb, h), Platform: scout.PlatformWeb,
			Handle: h, DisplayName: "Writer " + h, Followers: scout.Int64(int64(100 + i))}, FetchedAt: at}
		for j := range 3 {
			p.Posts = append(p.Posts, scout.Post{ID: fmt.Sprintf("%s-%d", h, j), PublishedAt: at.Add(-time.Duration(j) * time.Hour), Text: "post"})
		}
		return p
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := range saves {
			if _, err := db.SaveProfile(ctx, profile(i)); err != nil {
				t.Errorf("save: %v", err)
				return
			}
		}
	}()
	dir := t.TempDir()
	var files []string
	for i := range 3 {
		f := filepath.Join(dir, fmt.Sprintf("during-%d.db", i))
		runExpect(t, exitOK, "backup", "--server", ts.URL, f)
		files = append(files, f)
	}
	wg.Wait()
	final := filepath.Join(dir, "after.db")
	runExpect(t, exitOK, "backup", "--server", ts.URL, final)
	files = append(files, final)

	for i, f := range files {
		got := restore(t, f)
		d := dumpStore(t, got)
		for id, n := range d.Snapshots {
			if n != 1 || len(d.Posts[id]) != 3 {
				t.Errorf("copy %d: account %s has %d snapshots and %d posts, want 1 and 3", i, id, n, len(d.Posts[id]))
			}
		}
		if i == len(files)-1 && len(d.Creators) != saves {
			t.Errorf("the copy taken after the writes holds %d creators, want %d", len(d.Creators), saves)
		}
		t.Logf("copy %d holds %d creators", i, len(d.Creators))
	}
}
