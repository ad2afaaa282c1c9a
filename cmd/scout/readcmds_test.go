package main

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/crawler"
)

// MustFrozenCopy copies the previous release's data directory
// (testdata/upgrade) into a temporary one, so tests never change it.
func MustFrozenCopy(tb testing.TB) string {
	tb.Helper()
	dir := filepath.Join(tb.TempDir(), "data")
	if err := copyDataDir(filepath.Join(frozenRoot, "schema1"), dir); err != nil {
		tb.Fatal(err)
	}
	return dir
}

// MustDataServer serves a copy of the frozen data directory over the API
// as serve wires it (without serve's background work: no crawl queue, no
// scheduler loop, no alert checks), with no keys, and returns its URL.
func MustDataServer(tb testing.TB) string {
	tb.Helper()
	ctx := context.Background()
	a, err := openApp(ctx, MustFrozenCopy(tb))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { a.Close() })
	srv := api.NewServer()
	wireServer(srv, a)
	srv.Jobs = a.db
	srv.Schedules = &crawler.Scheduler{ScheduleService: a.db}
	srv.Alerter = &api.Alerter{Alerts: a.db, Creators: a.db, Index: a.idx, Shortlists: a.db}
	srv.NoAuth, srv.RateLimit = true, 0
	ts := httptest.NewServer(srv.Handler())
	tb.Cleanup(ts.Close)
	return ts.URL
}

// readCommand is a command that reads data, with arguments that work on
// the frozen data directory; same says its output must not depend on
// whether it reads the directory or a server.
type readCommand struct {
	name string
	args []string
	want string // in the output either way
	same bool
}

func readCommands(creator string) []readCommand {
	return []readCommand{
		{"search", []string{"search", "running"}, "creators (page 1)", true},
		{"search --json", []string{"search", "--json", "--per-page", "3", "--content-format", "text"}, `"creators"`, true},
		{"score", []string{"score", "--brief", veganBrief, "--limit", "3"}, "Brief \"Vegan baking launch (UK)\"", true},
		{"export", []string{"export", "--all", "--format", "csv"}, "id,name,platforms", true},
		{"creator show", []string{"creator", "show", creator}, "scores:", true},
		{"shortlist list", []string{"shortlist", "list"}, "Frozen launch", true},
		{"shortlist show", []string{"shortlist", "show", "sl1"}, "Frozen launch", true},
		{"hidden", []string{"hidden", "list"}, "frozen", true},
		{"alerts", []string{"alerts", "--since", "2000-01-01T00:00:00Z"}, "since 2000-01-01T00:00:00Z", true},
		{"schedule list", []string{"schedule", "list"}, "0 3 * * *", true},
		{"jobs", []string{"jobs"}, "j1", true},
		{"jobs show", []string{"jobs", "show", "j1"}, "job j1: done (origin cli)", true},
	}
}

// TestReadCommandsBothWays runs every command that reads data on a data
// directory, through --server, and through SCOUT_SERVER, and wants the
// same answer each way.
func TestReadCommandsBothWays(t *testing.T) {
	ctx := context.Background()
	local := MustFrozenCopy(t)
	server := MustDataServer(t)

	code, out, errOut := run(t, ctx, nil, "search", "--json", "--per-page", "1", "--sort", "followers", "--data", local)
	if code != exitOK {
		t.Fatalf("search: exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "upgraded the data directory") || !strings.Contains(errOut, "scout.db.schema1-") {
		t.Errorf("the first open does not say it upgraded the directory and where the old file is:\n%s", errOut)
	}
	var resp api.SearchResponse
	if err := json.Unmarshal([]byte(out), &resp); err != nil || len(resp.Creators) != 1 {
		t.Fatalf("search --json: %v %s", err, out)
	}
	creator := resp.Creators[0].ID

	for _, c := range readCommands(creator) {
		ways := map[string]string{}
		for _, way := range []struct {
			name string
			args []string
			env  map[string]string
		}{
			{"data", []string{"--data", local}, nil},
			{"server", []string{"--server", server}, nil},
			{"SCOUT_SERVER", nil, map[string]string{"SCOUT_SERVER": server, "SCOUT_DATA": filepath.Join(t.TempDir(), "none")}},
		} {
			code, out, errOut := run(t, ctx, way.env, append(c.args, way.args...)...)
			if code != exitOK {
				t.Errorf("%s with %s: exit %d\n%s%s", c.name, way.name, code, out, errOut)
				continue
			}
			if !strings.Contains(out, c.want) {
				t.Errorf("%s with %s: output lacks %q:\n%s", c.name, way.name, c.want, out)
			}
			if c.name == "export" {
				// export --all lists in index order, and each way's index
				// was rebuilt from the store for this build's mapping
				// version: the rows are the same, their order may not be.
				lines := strings.Split(out, "\n")
				slices.Sort(lines[1:])
				out = strings.Join(lines, "\n")
			}
			ways[way.name] = out
		}
		if c.same && (ways["data"] != ways["server"] || ways["server"] != ways["SCOUT_SERVER"]) {
			t.Errorf("%s answers differently:\n--data:\n%s\n--server:\n%s\nSCOUT_SERVER:\n%s", c.name, ways["data"], ways["server"], ways["SCOUT_SERVER"])
		}
	}
}

// TestReadCommandsRefuseMissingData: a command that reads data, pointed
// at a directory without a store (here the default ./scout-data of a new
// shell), says so and creates nothing.
func TestReadCommandsRefuseMissingData(t *testing.T) {
	ctx := context.Background()
	if _, err := os.Stat("scout-data"); err == nil {
		t.Fatal("cmd/scout/scout-data exists before the test; remove it")
	}
	t.Cleanup(func() { os.RemoveAll("scout-data") })
	commands := append(readCommands("c1"),
		readCommand{name: "keys list", args: []string{"keys", "list"}},
		readCommand{name: "backup", args: []string{"backup", filepath.Join(t.TempDir(), "b.db")}},
		readCommand{name: "shortlist rm", args: []string{"shortlist", "rm", "sl1"}},
	)
	for _, c := range commands {
		code, out, errOut := run(t, ctx, nil, c.args...)
		want := "no Scout data in ./scout-data — pass --data DIR or --server URL"
		if code != exitFail || !strings.Contains(errOut, want) {
			t.Errorf("%s without data: exit %d, want %d and %q\n%s%s", c.name, code, exitFail, want, out, errOut)
		}
		if _, err := os.Stat("scout-data"); err == nil {
			t.Fatalf("%s created ./scout-data", c.name)
		}
	}
	for _, args := range [][]string{{"doctor"}, {"reindex"}, {"rescore"}, {"subject", "c1"}, {"compact"}, {"retention", "--older-than", "365d"}} {
		code, _, errOut := run(t, ctx, nil, args...)
		if code != exitFail || !strings.Contains(errOut, "no Scout data in ./scout-data — pass --data DIR") {
			t.Errorf("%s without data: exit %d: %s", args[0], code, errOut)
		}
		if _, err := os.Stat("scout-data"); err == nil {
			t.Fatalf("%s created ./scout-data", args[0])
		}
	}
	// Commands that write may start a new data directory.
	dir := filepath.Join(t.TempDir(), "new")
	if code, _, errOut := run(t, ctx, nil, "shortlist", "create", "First", "--data", dir); code != exitOK {
		t.Errorf("shortlist create in a new directory: exit %d: %s", code, errOut)
	}
}
