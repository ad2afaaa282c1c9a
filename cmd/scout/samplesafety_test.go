package main

import (
	"context"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler/fixtureweb"
	"github.com/scout-oss/scout/store"
)

// The sample web's creators post ordinary content; testdata/web/EXPECTED.md
// designs brand-safety risk only into posts the platforms mark (labels,
// sensitive media, content warnings). Crawled as the demo crawls them, every
// brand-safety and ineligible flag must point at such a post: a flag on an
// ordinary post ("video + link in bio", "free game review", "planning")
// is a false positive.
func TestSampleWebBrandSafetyFlagsOnlyDesignedRisks(t *testing.T) {
	if testing.Short() {
		t.Skip("crawls the sample web")
	}
	ctx := context.Background()
	web := fixtureweb.MustStart(t, scout.SampleWeb())
	seeds, err := web.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	data := t.TempDir()
	args := append(append([]string{"crawl", "--data", data, "--rate", "50", "--timeout", "3s"}, demoPlatformArgs(web)...), seeds...)
	if code, _, errOut := run(t, ctx, nil, args...); code != exitOK {
		t.Fatalf("crawl exit %d: %s", code, errOut)
	}
	db, err := store.Open(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	creators, _, err := db.FindCreators(ctx, scout.CreatorFilter{WithPosts: true, PostLimit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if len(creators) < 10 {
		t.Fatalf("%d creators crawled; want the whole sample web", len(creators))
	}
	flagged := 0
	for _, c := range creators {
		marked := map[string]bool{}
		for _, p := range c.Posts {
			if len(p.Labels) > 0 || p.Sensitive || p.ContentWarning != "" {
				marked[p.ID] = true
			}
		}
		for _, f := range c.Flags {
			if !strings.HasPrefix(f.Code, "brand_safety:") && f.Code != scout.FlagIneligible {
				continue
			}
			flagged++
			for _, ev := range f.Evidence {
				if !marked[ev.PostID] {
					t.Errorf("%s (%s): %s %s on an ordinary post: %s (%s) in %q", c.Name, c.ID, f.Code, f.Level, ev.Match, ev.Rule, ev.Excerpt)
				}
			}
		}
	}
	if flagged == 0 {
		t.Error("no brand-safety flag at all: the sample web's labelled and sensitive posts should raise some")
	}
}
