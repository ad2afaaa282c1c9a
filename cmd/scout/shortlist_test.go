package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/store"
)

// seedShortlistDir stores two creators in a fresh data directory and
// returns it with their ids by handle.
func seedShortlistDir(t *testing.T) (string, map[string]string) {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	a, err := openApp(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
	a.ing.Now = func() time.Time { return now }
	ids := map[string]string{}
	for _, p := range []struct{ handle, name, url, topic string }{
		{"bakes", "Pixel Kitchen", "https://pixel.example/@bakes", "vegan sourdough"},
		{"runner", "=Trail Tess", "https://bsky.app/profile/runner.bsky.social", "vegan trail running"},
	} {
		plat := scout.PlatformMastodon
		if strings.Contains(p.url, "bsky") {
			plat = scout.PlatformBluesky
		}
		prof := &scout.Profile{Account: scout.Account{ID: scout.AccountID(plat, p.handle), Platform: plat, Handle: p.handle,
			URL: p.url, DisplayName: p.name, Followers: scout.Int64(12_000)}, FetchedAt: now,
			Posts: []scout.Post{{ID: p.handle + "1", URL: p.url + "/1", PublishedAt: now.Add(-time.Hour), Text: p.topic, Likes: scout.Int64(300)}}}
		if err := a.ing.Ingest(ctx, &scout.CrawlResult{URL: p.url, Status: 200, FetchedAt: now, Profile: prof}); err != nil {
			t.Fatal(err)
		}
		ids[p.handle] = scout.NewCreatorID(prof.Account.ID)
	}
	if err := a.ing.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	return dir, ids
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := run(t, context.Background(), nil, args...)
	if code != exitOK {
		t.Fatalf("scout %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
	}
	return out
}

func TestShortlistCLI(t *testing.T) {
	dir, ids := seedShortlistDir(t)
	id := strings.TrimSpace(mustRun(t, "shortlist", "create", "Spring launch", "--data", dir))
	if id != "sl1" {
		t.Fatalf("created %q", id)
	}
	targets := filepath.Join(dir, "targets.txt")
	if err := os.WriteFile(targets, []byte("# pasted\nbluesky:@runner.bsky.social\nhttps://unknown.example/@nobody\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	out := mustRun(t, "shortlist", "add", id, ids["bakes"], "https://pixel.example/@bakes/", "--file", targets,
		"--stage", "contacted", "--note", "brief sent", "--tags", "food,spring", "--data", dir)
	if !strings.Contains(out, "added 3, already on the list 1, waiting for a crawl 1") || !strings.Contains(out, "--pending") {
		t.Errorf("add: %s", out)
	}
	mustRun(t, "shortlist", "stage", id, ids["runner"], "booked", "--data", dir)
	mustRun(t, "shortlist", "note", id, ids["runner"], "signed for May", "--data", dir)
	out = mustRun(t, "shortlist", "show", id, "--data", dir)
	for _, want := range []string{"Spring launch: 3 entries", "Pixel Kitchen", "contacted", "booked", "signed for May", "(pending)", "unknown.example"} {
		if !strings.Contains(out, want) {
			t.Errorf("show lacks %q:\n%s", want, out)
		}
	}
	if out := mustRun(t, "shortlist", "show", id, "--pending", "--data", dir); out != "https://unknown.example/@nobody\n" {
		t.Errorf("pending: %q", out)
	}
	if out := mustRun(t, "shortlist", "list", "--data", dir); !strings.Contains(out, "sl1") || !strings.Contains(out, "3") {
		t.Errorf("list: %s", out)
	}

	code, _, errOut := run(t, context.Background(), nil, "shortlist", "stage", id, ids["runner"], "won", "--data", dir)
	if code != exitFail || !strings.Contains(errOut, "candidate, contacted, negotiating, booked, rejected") {
		t.Errorf("bad stage: exit %d %s", code, errOut)
	}
	code, _, errOut = run(t, context.Background(), nil, "shortlist", "show", "sl9", "--data", dir)
	if code != exitFail || !strings.Contains(errOut, "not found") {
		t.Errorf("missing shortlist: exit %d %s", code, errOut)
	}
	code, _, errOut = run(t, context.Background(), nil, "shortlist", "frob", "--data", dir)
	if code != exitUsage || !strings.Contains(errOut, `unknown subcommand "frob"`) {
		t.Errorf("bad subcommand: exit %d %s", code, errOut)
	}

	// Export the shortlist as CSV with a BOM, and as XLSX.
	csvPath := filepath.Join(dir, "list.csv")
	mustRun(t, "export", "--shortlist", id, "--out", csvPath, "--bom", "--data", dir)
	raw, err := os.ReadFile(csvPath)
	if err != nil {
		t.Fatal(err)
	}
	// A file to share: 0666 less the umask (0644 under umask 022), not
	// the owner-only 0600 of a temporary file.
	if st, err := os.Stat(csvPath); err != nil || st.Mode().Perm() != 0o666&^umask(t) {
		t.Errorf("export file mode %v (%v), want %v", st.Mode().Perm(), err, os.FileMode(0o666&^umask(t)))
	}
	if !bytes.HasPrefix(raw, []byte("\uFEFFid,name,")) {
		t.Errorf("csv start %q", raw[:min(len(raw), 20)])
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(raw, []byte("\uFEFF")))).ReadAll()
	if err != nil || len(rows) != 4 {
		t.Fatalf("csv rows %d: %v", len(rows), err)
	}
	if rows[2][1] != "'=Trail Tess" {
		t.Errorf("name not neutralised: %q", rows[2][1])
	}
	xlsxPath := filepath.Join(dir, "booked.xlsx")
	mustRun(t, "export", "--shortlist", id, "--stage", "booked", "--out", xlsxPath, "--data", dir)
	f, err := excelize.OpenFile(xlsxPath)
	if err != nil {
		t.Fatal(err)
	}
	xrows, _ := f.GetRows("creators")
	f.Close()
	if len(xrows) != 2 || xrows[1][0] != ids["runner"] {
		t.Errorf("xlsx rows %v", xrows)
	}

	// Hide a creator: the search export leaves it out.
	mustRun(t, "hidden", "add", ids["runner"], "--reason", "competitor", "--data", dir)
	if out := mustRun(t, "hidden", "--data", dir); !strings.Contains(out, "competitor") {
		t.Errorf("hidden list: %s", out)
	}
	if out := mustRun(t, "search", "vegan", "--data", dir); strings.Contains(out, "Trail Tess") || !strings.Contains(out, "1 of 1") {
		t.Errorf("search with runner hidden: %s", out)
	}
	out = mustRun(t, "export", "--query", "vegan", "--format", "jsonl", "--data", dir)
	if strings.Count(out, "\n") != 1 || !strings.Contains(out, ids["bakes"]) {
		t.Errorf("search export with runner hidden: %s", out)
	}
	mustRun(t, "hidden", "rm", ids["runner"], "--data", dir)
	if out := mustRun(t, "export", "--all", "--format", "jsonl", "--data", dir); strings.Count(out, "\n") != 2 {
		t.Errorf("export --all: %s", out)
	}

	code, _, errOut = run(t, context.Background(), nil, "export", "--data", dir)
	if code != exitUsage || !strings.Contains(errOut, "--shortlist ID or a search") {
		t.Errorf("export without source: exit %d %s", code, errOut)
	}
	// A failed export leaves no file behind.
	bad := filepath.Join(dir, "bad.csv")
	if code, _, _ := run(t, context.Background(), nil, "export", "--shortlist", "sl9", "--out", bad, "--data", dir); code != exitFail {
		t.Errorf("export of a missing shortlist: exit %d", code)
	}
	if _, err := os.Stat(bad); !os.IsNotExist(err) {
		t.Errorf("failed export left %s", bad)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".bad.csv.*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}

	mustRun(t, "shortlist", "rm", id, ids["bakes"], "--data", dir)
	mustRun(t, "shortlist", "rm", id, "--data", dir)
	if out := mustRun(t, "shortlist", "list", "--data", dir); strings.Contains(out, "sl1") {
		t.Errorf("after rm: %s", out)
	}
}

// TestShortlistCLIThroughServer runs the commands with --server against a
// running API, as an operator does while serve holds the data directory.
func TestShortlistCLIThroughServer(t *testing.T) {
	dir, ids := seedShortlistDir(t)
	db, err := store.Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	srv := api.NewServer()
	srv.Creators = db
	wireShortlists(srv, db)
	srv.NoAuth, srv.RateLimit = true, 0
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()

	id := strings.TrimSpace(mustRun(t, "shortlist", "create", "Remote", "--server", ts.URL))
	mustRun(t, "shortlist", "add", id, ids["bakes"], "--server", ts.URL)
	out := mustRun(t, "export", "--shortlist", id, "--format", "json", "--server", ts.URL)
	if !strings.HasPrefix(out, "[\n") || !strings.Contains(out, ids["bakes"]) {
		t.Errorf("remote export: %s", out)
	}
	code, _, errOut := run(t, context.Background(), nil, "export", "--shortlist", "sl9", "--server", ts.URL)
	if code != exitFail || !strings.Contains(errOut, "not found") {
		t.Errorf("remote export of a missing shortlist: exit %d %s", code, errOut)
	}
}

// umask reads the process's umask (Linux), without changing it.
func umask(t *testing.T) os.FileMode {
	t.Helper()
	raw, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip("no /proc/self/status to read the umask from")
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if v, ok := strings.CutPrefix(line, "Umask:"); ok {
			n, err := strconv.ParseUint(strings.TrimSpace(v), 8, 32)
			if err != nil {
				t.Fatal(err)
			}
			return os.FileMode(n)
		}
	}
	t.Skip("no Umask line in /proc/self/status")
	return 0
}
