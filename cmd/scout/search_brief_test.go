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
	db, err := store.Open(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.CreateBrief(ctx, &b); err != nil {
		t.Fatal(err)
	}
	db.Close()

	code, out, errOut := run(t, ctx, nil, "search", "--brief", b.ID, "--json", "--data", data)
	if code != exitOK {
		t.Fatalf("search --brief exit %d: %s", code, errOut)
	}
	var resp api.SearchResponse
	if err := json.Unmarshal([]byte(out), &resp); err != nil {
		t.Fatal(err)
	}
	if resp.Brief == nil || resp.Brief.ID != b.ID || resp.Total == 0 || len(resp.Creators) == 0 {
		t.Fatalf("response brief %+v, total %d", resp.Brief, resp.Total)
	}
	if resp.Creators[0].Name != "Pixel Kitchen" {
		t.Errorf("best fit for the vegan-baking brief = %q, want Pixel Kitchen", resp.Creators[0].Name)
	}
	if code, _, errOut := run(t, ctx, nil, "search", "--brief", b.ID, "--sort", "followers", "--data", data); code == exitOK || !strings.Contains(errOut, "sort") {
		t.Errorf("--brief with --sort: exit %d, %s", code, errOut)
	}
}
