package main

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/crawler/fixtureweb"
	"github.com/scout-oss/scout/scoring"
)

// searchScores runs scout search --json and returns the listed creators.
func searchScores(t *testing.T, ctx context.Context, data string, args ...string) []api.CreatorItem {
	t.Helper()
	code, out, errOut := run(t, ctx, nil, append([]string{"search", "--json", "--data", data}, args...)...)
	if code != exitOK {
		t.Fatalf("search exit %d: %s", code, errOut)
	}
	var resp api.SearchResponse
	if err := json.Unmarshal([]byte(out), &resp); err != nil {
		t.Fatal(err)
	}
	return resp.Creators
}

// The sample web crawled as `scout demo` crawls it: sorted by overall, the
// measured creators come first and every creator whose overall is unknown
// (no engagement counts, too few posts) comes after all of them, in both
// orders; the table says "needs data" instead of a number.
func TestDemoOverallSortMeasuredFirst(t *testing.T) {
	if testing.Short() {
		t.Skip("crawls the sample web")
	}
	ctx := context.Background()
	web := fixtureweb.MustStart(t, scout.SampleWeb())
	seeds, err := web.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	var local []string
	for _, s := range seeds {
		if strings.HasPrefix(s, "http://127.0.0.1") {
			local = append(local, s)
		}
	}
	data := t.TempDir()
	if code, _, errOut := run(t, ctx, nil, append([]string{"crawl", "--data", data, "--rate", "50", "--timeout", "3s"}, local...)...); code != exitOK {
		t.Fatalf("crawl exit %d: %s", code, errOut)
	}
	for _, order := range []string{"desc", "asc"} {
		cs := searchScores(t, ctx, data, "--sort", "score.overall", "--order", order, "--per-page", "100")
		known, unknown := 0, 0
		for i, c := range cs {
			s, ok := c.Scores["overall"]
			if ok && s.Value != nil {
				if unknown > 0 {
					t.Errorf("order %s: %s (overall %v) at %d, after %d creators with an unknown overall", order, c.Name, *s.Value, i+1, unknown)
				}
				known++
				continue
			}
			unknown++
			if ok && len(s.Missing) == 0 {
				t.Errorf("order %s: %s has an unknown overall without what is missing", order, c.Name)
			}
		}
		if known == 0 || unknown == 0 {
			t.Errorf("order %s: %d measured and %d unknown creators; the sample web has both", order, known, unknown)
		}
	}
	code, out, errOut := run(t, ctx, nil, "search", "--data", data, "--sort", "score.overall", "--per-page", "100")
	if code != exitOK || !strings.Contains(out, "needs data") {
		t.Errorf("search table (exit %d) shows no \"needs data\":\n%s%s", code, out, errOut)
	}
}

// unpackV1 copies the data directory written by store schema version 1
// (testdata/datadir-v1) into a temporary directory.
func unpackV1(t *testing.T) string {
	t.Helper()
	in, err := os.Open(filepath.Join("..", "..", "testdata", "datadir-v1", "scout.db.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	zr, err := gzip.NewReader(in)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	out, err := os.OpenFile(filepath.Join(dir, "scout.db"), os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, zr); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

// A data directory written before scores could be null opens, and
// `scout rescore` rewrites its scores: the two-post creator's brand_safety
// and overall, 100 before, become unknown, and the twelve-post creator
// sorts first on every score.
func TestRescore_SchemaVersion1(t *testing.T) {
	ctx := context.Background()
	dir := unpackV1(t)
	// The fixture is the store alone; the index is derived from it.
	runExpect(t, exitOK, "reindex", "--data", dir)
	if cs := searchScores(t, ctx, dir, "--sort", "score.brand_safety"); len(cs) != 2 || cs[1].Scores["brand_safety"].Value == nil {
		t.Fatalf("before rescore: %+v, want both creators with their version-1 numbers", cs)
	}
	code, _, errOut := run(t, ctx, nil, "rescore", "--data", dir)
	if code != exitOK {
		t.Fatalf("rescore exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"rescored 2 creators",
		fmt.Sprintf("brand_safety        bs-1.0.0 (2) → %s (2)", scoring.VersionBrandSafety),
		fmt.Sprintf("overall             ov-1.0.0 (2) → %s (2)", scoring.VersionOverall),
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("rescore output lacks %q:\n%s", want, errOut)
		}
	}
	for _, name := range scout.ScoreNames {
		for _, order := range []string{"desc", "asc"} {
			cs := searchScores(t, ctx, dir, "--sort", "score."+name, "--order", order)
			if len(cs) != 2 || cs[0].Name != "Full Crumbs" || cs[1].Name != "Thin Crumbs" {
				var names []string
				for _, c := range cs {
					names = append(names, c.Name)
				}
				t.Errorf("sort score.%s %s: %v, want Full Crumbs first", name, order, names)
				continue
			}
			if s := cs[1].Scores[name]; s.Value != nil || len(s.Missing) == 0 {
				t.Errorf("Thin Crumbs %s after rescore: %v %q, want null with what is missing", name, s.Value, s.Missing)
			}
			if cs[0].Scores[name].Value == nil {
				t.Errorf("Full Crumbs %s unknown after rescore", name)
			}
		}
	}
}
