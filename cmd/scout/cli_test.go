package main

import (
	"bytes"
	"context"
	"flag"
	"io"
	"strings"
	"testing"

	"github.com/scout-oss/scout/store"
)

// run runs the CLI in-process and returns exit code, stdout and stderr.
func run(t *testing.T, ctx context.Context, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	m := &Main{Stdout: &out, Stderr: &errOut, Getenv: func(k string) string { return env[k] }}
	code := m.Run(ctx, args)
	return code, out.String(), errOut.String()
}

func TestUsage(t *testing.T) {
	ctx := context.Background()
	dir := MustStoreDir(t)
	cases := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"OK_Help", []string{"help"}, exitOK, ""},
		{"OK_HelpCommand", []string{"help", "crawl"}, exitOK, "-rate"},
		{"OK_DashH", []string{"search", "-h"}, exitOK, "-per-page"},
		{"ErrUnknownCommand", []string{"frobnicate"}, exitUsage, `unknown command "frobnicate"`},
		{"ErrCrawlNoURLs", []string{"crawl", "--data", dir}, exitUsage, "no URLs"},
		{"ErrUnknownFlag", []string{"crawl", "--nope", "http://x"}, exitUsage, "flag provided but not defined: -nope"},
		{"ErrBadRate", []string{"crawl", "--rate", "0", "http://x"}, exitUsage, "--rate"},
		{"ErrSearchPerPage", []string{"search", "--data", dir, "--per-page", "500", "x"}, exitUsage, "per_page"},
		{"ErrSearchBadQuery", []string{"search", "--data", dir, `"unclosed`}, exitFail, "quote"},
		{"ErrServeArgs", []string{"serve", "--data", dir, "extra"}, exitUsage, "no arguments"},
		{"ErrSeedsMissing", []string{"crawl", "--data", dir, "--seeds", dir + "/nope.txt"}, exitFail, "read seeds"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := run(t, ctx, nil, c.args...)
			if code != c.wantCode {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, c.wantCode, out, errOut)
			}
			if !strings.Contains(out+errOut, c.wantErr) {
				t.Errorf("output lacks %q\nstdout: %s\nstderr: %s", c.wantErr, out, errOut)
			}
		})
	}
}

func TestHelpListsEveryCommand(t *testing.T) {
	_, out, _ := run(t, context.Background(), nil, "help")
	for _, c := range commands() {
		if !strings.Contains(out, "  "+c.name+" ") {
			t.Errorf("help does not list %s:\n%s", c.name, out)
		}
	}
}

func TestDataDirInUse(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := store.OpenWith(ctx, dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	code, _, errOut := run(t, ctx, nil, "search", "--data", dir, "vegan")
	if code != exitFail {
		t.Errorf("exit %d, want %d", code, exitFail)
	}
	if !strings.Contains(errOut, "in use by process") {
		t.Errorf("stderr does not name the holder: %s", errOut)
	}
}

func TestDataFromEnvironment(t *testing.T) {
	dir := MustStoreDir(t)
	code, _, errOut := run(t, context.Background(), map[string]string{"SCOUT_DATA": dir}, "reindex")
	if code != exitOK {
		t.Fatalf("reindex with SCOUT_DATA: exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "reindexed 0 creators") {
		t.Errorf("stderr: %s", errOut)
	}
}

// MustStoreDir returns a data directory holding an empty store.
func MustStoreDir(tb testing.TB) string {
	tb.Helper()
	dir := tb.TempDir()
	db, err := store.Open(context.Background(), dir)
	if err != nil {
		tb.Fatal(err)
	}
	if err := db.Close(); err != nil {
		tb.Fatal(err)
	}
	return dir
}

func TestParseInterspersed(t *testing.T) {
	cases := []struct {
		args     []string
		wantPos  []string
		wantJSON bool
	}{
		{[]string{"vegan", "--json"}, []string{"vegan"}, true},
		{[]string{"--json", "vegan", "baking"}, []string{"vegan", "baking"}, true},
		{[]string{"vegan", "--", "--json"}, []string{"vegan", "--json"}, false},
		{[]string{"a", "-json", "b"}, []string{"a", "b"}, true},
	}
	for _, c := range cases {
		fs := newTestFlagSet()
		asJSON := fs.Bool("json", false, "")
		pos, err := parse(fs, c.args)
		if err != nil {
			t.Errorf("%v: %v", c.args, err)
			continue
		}
		if strings.Join(pos, "|") != strings.Join(c.wantPos, "|") || *asJSON != c.wantJSON {
			t.Errorf("%v: got %v json=%v, want %v json=%v", c.args, pos, *asJSON, c.wantPos, c.wantJSON)
		}
	}
}

func newTestFlagSet() *flag.FlagSet {
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}
