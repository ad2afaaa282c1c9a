package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/crawler/fixtureweb"
	"github.com/scout-oss/scout/store"
)

// scout search --brief ranks the search's matches by a stored brief's fit,
// with the same JSON as GET /api/v1/creators?brief=ID.
func TestSearchWithBriefCLI(t *testing.T) {
	if testing.Short() {
		t.Skip("crawls the sample web")
	}
	ctx := context.Background()
	web := fixtureweb.MustStart(t, scout.SampleWeb())
	seeds, err := web.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	var local []string // the sample web's own pages: no platform base URLs needed
	for _, s := range seeds {
		if strings.HasPrefix(s, "http://127.0.0.1") {
			local = append(local, s)
		}
	}
	data := t.TempDir()
	if code, _, errOut := run(t, ctx, nil, append([]string{"crawl", "--data", data, "--rate", "50", "--timeout", "3s"}, local...)...); code != exitOK {
		t.Fatalf("crawl exit %d: %s", code, errOut)
	}
	raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "briefs", "vegan-baking.json"))
	if err != nil {
		t.Fatal(err)
	}
	var b scout.Brief
	if err := json.Unmarshal(raw, &b); err != nil {
		t.Fatal(err)
	}
	running := scout.Brief{Name: "Trail running", Keywords: []string{"running", "trail"}}
	db, err := store.Open(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range []*scout.Brief{&b, &running} {
		if err := db.CreateBrief(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	search := func(id string) api.SearchResponse {
		t.Helper()
		code, out, errOut := run(t, ctx, nil, "search", "--brief", id, "--json", "--data", data)
		if code != exitOK {
			t.Fatalf("search --brief exit %d: %s", code, errOut)
		}
		var resp api.SearchResponse
		if err := json.Unmarshal([]byte(out), &resp); err != nil {
			t.Fatal(err)
		}
		if resp.Brief == nil || resp.Brief.ID != id {
			t.Fatalf("response brief %+v", resp.Brief)
		}
		return resp
	}
	resp := search(running.ID)
	if resp.Total == 0 || len(resp.Creators) == 0 || resp.Creators[0].Name != "Maya Okafor 🏃🏾‍♀️" {
		t.Errorf("trail-running brief: total %d, %+v; want Maya Okafor first", resp.Total, resp.Creators)
	}
	// The sample web publishes no engagement counts for its food
	// creators: the vegan-baking brief ranks none of them, Pixel Kitchen
	// among them, and lists those it cannot decide as needing data rather
	// than passing them silently.
	resp = search(b.ID)
	for _, c := range resp.Creators {
		if c.Name == "Pixel Kitchen" {
			t.Errorf("Pixel Kitchen ranked without engagement data or a country")
		}
	}
	if resp.Brief.NeedsData == 0 {
		t.Errorf("vegan-baking brief: %+v, want creators needing data", resp.Brief)
	}
	if code, _, errOut := run(t, ctx, nil, "search", "--brief", b.ID, "--sort", "followers", "--data", data); code == exitOK || !strings.Contains(errOut, "sort") {
		t.Errorf("--brief with --sort: exit %d, %s", code, errOut)
	}
}
