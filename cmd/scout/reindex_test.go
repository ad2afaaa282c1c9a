package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/scoring"
)

// TestReindexAssignsTopics: creators stored by a Scout that knew no
// topics get them from `scout reindex` alone, in the store and in the
// index, and reindex says so; a second run has nothing left to assign.
func TestReindexAssignsTopics(t *testing.T) {
	ctx := context.Background()
	now := time.Now().UTC().Truncate(time.Hour)
	dir, ids := seedDir(t, oldScorer{}, now, briefCreators)
	if c := mustCreator(t, dir, ids["bakes"]); len(c.Topics) != 0 {
		t.Fatalf("seeded with topics %+v; the old scorer assigns none", c.Topics)
	}

	code, out, errOut := run(t, ctx, nil, "reindex", "--data", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s%s", code, out, errOut)
	}
	if want := "assigned topics (" + scoring.VersionTopics + ") to "; !strings.Contains(errOut, want) {
		t.Errorf("reindex output lacks %q:\n%s", want, errOut)
	}
	c := mustCreator(t, dir, ids["bakes"])
	if !hasTopic(c.Topics, "food_drink") {
		t.Fatalf("stored topics %+v, want food_drink", c.Topics)
	}
	if s := c.Scores["overall"]; s == nil || s.Version != "ov-0.9.0" {
		t.Errorf("reindex changed the scores: %+v", s)
	}

	idx, err := index.Open(indexPath(dir))
	if err != nil {
		t.Fatal(err)
	}
	res, err := idx.Search(ctx, &scout.SearchQuery{Topics: []string{"food_drink"}})
	idx.Close()
	if err != nil {
		t.Fatal(err)
	}
	if res.Total == 0 {
		t.Error("topic=food_drink finds nobody after reindex")
	}

	code, _, errOut = run(t, ctx, nil, "reindex", "--data", dir)
	if code != exitOK || strings.Contains(errOut, "assigned topics") {
		t.Errorf("second reindex: exit %d:\n%s", code, errOut)
	}
}

func hasTopic(ts []scout.CreatorTopic, slug string) bool {
	for _, t := range ts {
		if t.Slug == slug && t.Version == scoring.VersionTopics {
			return true
		}
	}
	return false
}
