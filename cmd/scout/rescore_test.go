package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/scoring"
	"github.com/scout-oss/scout/store"
)

// oldScorer stands for the engine of an earlier Scout: its scores carry
// older versions and it knew no brand_safety.
type oldScorer struct{}

func (oldScorer) Score(c *scout.Creator, now time.Time) scout.Assessment {
	return scout.Assessment{
		Scores: map[string]*scout.Score{
			"engagement_quality": {Value: scout.Float64(50), Version: "eq-0.9.0"},
			"overall":            {Value: scout.Float64(50), Version: "ov-0.9.0"},
		},
		Flags: []scout.Flag{},
	}
}

func mustCreator(t *testing.T, dir, id string) *scout.Creator {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	c, err := db.FindCreatorByID(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestRescore(t *testing.T) {
	ctx := context.Background()
	now := time.Now().UTC().Truncate(time.Hour)
	dir, ids := seedDir(t, oldScorer{}, now, briefCreators)

	code, out, errOut := run(t, ctx, nil, "rescore", "--data", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s%s", code, out, errOut)
	}
	for _, want := range []string{
		"rescored 5 creators in ",
		": 5 changed, 0 unchanged; 5 reindexed",
		"benchmark baseline: published priors (never recalibrated)",
		fmt.Sprintf("engagement_quality  eq-0.9.0 (5) → %s (5)", scoring.VersionEngagementQuality),
		fmt.Sprintf("overall             ov-0.9.0 (5) → %s (5)", scoring.VersionOverall),
		fmt.Sprintf("brand_safety        none (5) → %s (5)", scoring.VersionBrandSafety),
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("rescore output lacks %q:\n%s", want, errOut)
		}
	}

	// The store holds what the current engine says, as ingest would have
	// stored it.
	c := mustCreator(t, dir, ids["bakes"])
	for k, v := range map[string]string{"engagement_quality": scoring.VersionEngagementQuality, "brand_safety": scoring.VersionBrandSafety, "overall": scoring.VersionOverall} {
		if s := c.Scores[k]; s == nil || s.Version != v || s.Formula == "" {
			t.Errorf("stored %s = %+v, want version %s", k, s, v)
		}
	}
	if c.Partnerships == nil {
		t.Error("rescore did not store the partnerships profile")
	}

	// The index was updated in place: search still finds the bakers.
	names := searchNames(t, ctx, dir, "vegan", "--sort", "followers")
	if strings.Join(names, "|") != "Mega Bakes|Crumb Club|Horno Verde|Rye Society" {
		t.Errorf("search after rescore: %v", names)
	}

	// A second run changes no version.
	code, _, errOut = run(t, ctx, nil, "rescore", "--data", dir)
	if code != exitOK {
		t.Fatalf("second rescore exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		fmt.Sprintf("engagement_quality  %s (5), unchanged", scoring.VersionEngagementQuality),
		fmt.Sprintf("brand_safety        %s (5), unchanged", scoring.VersionBrandSafety),
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("second rescore lacks %q:\n%s", want, errOut)
		}
	}

	// Recalibrating five creators replaces no prior, and says so.
	code, _, errOut = run(t, ctx, nil, "rescore", "--recalibrate", "--data", dir)
	if code != exitOK {
		t.Fatalf("rescore --recalibrate exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "recalibrated from 5 creators: baseline b1-") ||
		!strings.Contains(errOut, "no platform × tier cohort has 200 accounts yet") ||
		!strings.Contains(errOut, "benchmark baseline: b1-") {
		t.Errorf("recalibrate output:\n%s", errOut)
	}

	if code, _, errOut := run(t, ctx, nil, "rescore", "--data", dir, "extra"); code != exitUsage || !strings.Contains(errOut, "no arguments") {
		t.Errorf("rescore with an argument: exit %d: %s", code, errOut)
	}
}

// cohortSource digs the benchmark cohort's source out of a creator's
// engagement_quality inputs, as clients read it from the JSON.
func cohortSource(t *testing.T, s *scout.Score) string {
	t.Helper()
	if s == nil {
		t.Fatal("no engagement_quality score")
	}
	raw, err := json.Marshal(s.Inputs["cohort"])
	if err != nil {
		t.Fatal(err)
	}
	var c struct{ Source string }
	if err := json.Unmarshal(raw, &c); err != nil {
		t.Fatal(err)
	}
	return c.Source
}

func TestRescore_Recalibrate(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests 200 creators; skipped in -short mode")
	}
	ctx := context.Background()
	now := time.Now().UTC().Truncate(time.Hour)
	// 200 Bluesky bakers of 20–40k followers fill one platform × tier
	// cohort (micro, by followers); the runner stays on the prior.
	var specs []creatorSpec
	for i := range scoring.MinCohort {
		specs = append(specs, creatorSpec{fmt.Sprintf("baker%03d.bsky.social", i), fmt.Sprintf("Baker %03d", i), "vegan baking", "en",
			scout.PlatformBluesky, int64(20_000 + i*100), "vegan sourdough bread", "London", 0})
	}
	specs = append(specs, briefCreators[2]) // the runner, on the web
	dir, ids := seedDir(t, scoring.New(), now, specs)
	baker := ids["baker000.bsky.social"]
	if src := cohortSource(t, mustCreator(t, dir, baker).Scores["engagement_quality"]); strings.Contains(src, "baseline") {
		t.Fatalf("before recalibration the cohort is already Scout's own: %s", src)
	}

	code, _, errOut := run(t, ctx, nil, "rescore", "--recalibrate", "--data", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	label := "b1-" + time.Now().UTC().Format(time.DateOnly)
	for _, want := range []string{
		"recalibrated from 201 creators: baseline " + label + " (version 1)",
		"was: published priors (never recalibrated)",
		"by followers: 200 accounts, median ER ",
		"rescored 201 creators",
		"benchmark baseline: " + label + " (version 1, ",
		"1 cohort from Scout's own data",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("output lacks %q:\n%s", want, errOut)
		}
	}

	// The baseline is stored, versioned, and the stored scores use it.
	db, err := store.Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	b, err := db.CurrentBaseline(ctx)
	db.Close()
	if err != nil || b.Version != 1 || b.Label != label || b.Accounts != 201 {
		t.Fatalf("stored baseline %+v (%v)", b, err)
	}
	if src := cohortSource(t, mustCreator(t, dir, baker).Scores["engagement_quality"]); !strings.Contains(src, "baseline "+label) {
		t.Errorf("after recalibration the baker's cohort is %q, want the baseline", src)
	}
	if src := cohortSource(t, mustCreator(t, dir, ids["runner"]).Scores["engagement_quality"]); strings.Contains(src, label) {
		t.Errorf("the runner's cohort (too few accounts) changed to %q", src)
	}

	// Every later command loads the baseline: scoring against a brief and a
	// plain rescore use it too, without --recalibrate.
	code, out, errOut := run(t, ctx, nil, "score", "--brief", veganBrief, "--data", dir, "--json", "--limit", "1")
	if code != exitOK {
		t.Fatalf("score exit %d: %s", code, errOut)
	}
	var resp api.MatchesResponse
	if err := json.Unmarshal([]byte(out), &resp); err != nil || len(resp.Matches) != 1 {
		t.Fatalf("score: %v\n%s", err, out)
	}
	if src := cohortSource(t, resp.Matches[0].Scores["engagement_quality"]); !strings.Contains(src, label) {
		t.Errorf("score used cohort %q, want the baseline %s", src, label)
	}
	code, _, errOut = run(t, ctx, nil, "rescore", "--data", dir)
	if code != exitOK || !strings.Contains(errOut, "benchmark baseline: "+label) {
		t.Errorf("plain rescore after recalibration: exit %d\n%s", code, errOut)
	}
	if src := cohortSource(t, mustCreator(t, dir, baker).Scores["engagement_quality"]); !strings.Contains(src, label) {
		t.Errorf("a plain rescore dropped the baseline: %q", src)
	}
}
