package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/ingest"
	"github.com/scout-oss/scout/scoring"
	"github.com/scout-oss/scout/store"
)

// veganBrief is the brief file the README documents.
var veganBrief = filepath.Join("..", "..", "testdata", "briefs", "vegan-baking.json")

// creatorSpec is one creator to seed a data directory with.
type creatorSpec struct {
	handle, name, bio, lang string
	platform                scout.Platform
	followers               int64
	topic                   string
	location                string // the account's location, where the creator's country comes from
	posts                   int    // 0 means 12
}

// briefCreators exercise the vegan-baking brief (GB or US): two bakers, a
// runner on no topic, a mega baker and a Spanish baker (gated by language).
var briefCreators = []creatorSpec{
	{"bakes", "Crumb Club", "Vegan baking and sourdough every Sunday", "en", scout.PlatformWeb, 48_000, "my vegan sourdough bread, baking all weekend", "London", 0},
	{"rye", "Rye Society", "Plant-based bread and vegan baking", "en", scout.PlatformWeb, 22_000, "rye bread and vegan baking notes", "Manchester", 0},
	{"runner", "Trail Tess", "Trail running in the Alps", "en", scout.PlatformWeb, 120_000, "mountain trail running race report", "London", 0},
	{"mega", "Mega Bakes", "Vegan baking for millions", "en", scout.PlatformWeb, 2_000_000, "vegan bread baking live", "New York", 0},
	{"horno", "Horno Verde", "Repostería vegana", "es", scout.PlatformWeb, 30_000, "pan vegano de masa madre, vegan baking", "Madrid", 0},
}

// thinBaker is a baker with two posts: too few to score, so a brief lists
// it as needing data.
var thinBaker = creatorSpec{"thin", "Crumb Club Junior", "Vegan baking and sourdough every Sunday", "en", scout.PlatformWeb, 48_000, "my vegan sourdough bread, baking all weekend", "London", 2}

// seedDir ingests the creators into a fresh data directory through
// ingest.Ingester (the crawl's path) with the given scorer, as of now, and
// returns the directory and the creator ids by handle.
func seedDir(t *testing.T, scorer scout.Scorer, now time.Time, specs []creatorSpec) (string, map[string]string) {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	db, err := store.OpenWith(ctx, dir, store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	idx, err := index.Open(indexPath(dir))
	if err != nil {
		t.Fatal(err)
	}
	in := &ingest.Ingester{Creators: db, Visits: db, Index: idx, Scorer: scorer, Now: func() time.Time { return now }}
	ids := map[string]string{}
	for n, p := range specs {
		prof := &scout.Profile{
			Account: scout.Account{
				ID: scout.AccountID(p.platform, p.handle), Platform: p.platform, Handle: p.handle,
				URL: "https://example.com/@" + p.handle, DisplayName: p.name, Bio: p.bio, Location: p.location,
				Followers: scout.Int64(p.followers), Following: scout.Int64(150),
			},
			FetchedAt: now,
		}
		posts := p.posts
		if posts == 0 {
			posts = 12
		}
		for i := range posts {
			// Engagement varies from post to post (and creator to
			// creator) around 2% of followers, as real engagement does.
			pct := int64(60 + (i*37+n*11)%80)
			prof.Posts = append(prof.Posts, scout.Post{
				ID: fmt.Sprintf("%s-%d", p.handle, i), URL: fmt.Sprintf("https://example.com/%s/%d", p.handle, i),
				PublishedAt: now.Add(-time.Duration(i*2+1) * 24 * time.Hour), Text: p.topic, Language: p.lang,
				Likes: scout.Int64(p.followers / 50 * pct / 100), Comments: scout.Int64(p.followers / 1000 * pct / 100),
			})
		}
		if err := in.Ingest(ctx, &scout.CrawlResult{URL: prof.Account.URL, Status: 200, FetchedAt: now, Profile: prof}); err != nil {
			t.Fatal(err)
		}
		ids[p.handle] = scout.NewCreatorID(prof.Account.ID)
	}
	if err := in.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if err := idx.Close(); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return dir, ids
}

func TestScore(t *testing.T) {
	ctx := context.Background()
	now := time.Now().UTC().Truncate(time.Hour)
	dir, ids := seedDir(t, scoring.New(), now, append(slices.Clone(briefCreators), thinBaker))
	handle := map[string]string{}
	for h, id := range ids {
		handle[id] = h
	}

	t.Run("JSON", func(t *testing.T) {
		code, out, errOut := run(t, ctx, nil, "score", "--brief", veganBrief, "--data", dir, "--json")
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		var resp api.MatchesResponse
		if err := json.Unmarshal([]byte(out), &resp); err != nil {
			t.Fatalf("score --json is not the API's JSON: %v\n%s", err, out)
		}
		var order []string
		for _, m := range resp.Matches {
			order = append(order, handle[m.ID])
			for _, k := range []string{"audience_fit", "engagement_quality", "brand_safety", "overall"} {
				if m.Scores[k] == nil {
					t.Errorf("%s: no %s", handle[m.ID], k)
				}
			}
		}
		if len(order) != 3 || !strings.Contains(strings.Join(order, ","), "bakes") || !strings.Contains(strings.Join(order, ","), "rye") || !strings.Contains(strings.Join(order, ","), "mega") {
			t.Errorf("matches %v, want the bakers", order)
		}
		excluded := map[string]string{}
		for _, e := range resp.Excluded {
			excluded[handle[e.ID]] = strings.Join(e.Reasons, "; ")
		}
		if len(excluded) != 2 || resp.TotalExcluded != 2 || !strings.HasPrefix(excluded["horno"], "language") || !strings.HasPrefix(excluded["runner"], "topic: no brief keyword") {
			t.Errorf("excluded %v, want horno (language) and the runner (topic)", excluded)
		}
		if resp.TotalNeedsData != 1 || len(resp.NeedsData) != 1 || handle[resp.NeedsData[0].ID] != "thin" || len(resp.NeedsData[0].Missing) == 0 {
			t.Errorf("needs data %d %+v, want the two-post baker with what is missing", resp.TotalNeedsData, resp.NeedsData)
		}
		if resp.Brief.Name != "Vegan baking launch (UK)" || resp.Brief.DisclosureRegion != "uk" || resp.Limit != api.DefaultMatchLimit {
			t.Errorf("brief echoed as %+v, limit %d", resp.Brief, resp.Limit)
		}
	})

	t.Run("Table", func(t *testing.T) {
		code, out, errOut := run(t, ctx, nil, "score", "--data", dir, "--brief", veganBrief, "--limit", "1")
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		for _, want := range []string{
			`Brief "Vegan baking launch (UK)": 3 of 6 creators match, 2 excluded by a gate, 1 need data.`,
			"RANK", "OVERALL", "FIT", "(best 1 of 3 matches; --limit shows more)",
			"Needs data (no gate failed, but the data cannot decide the brief yet):", "Crumb Club Junior", "brand_safety: posts: 2 analysed, 3 needed",
			"Excluded:", "(first 1 of 2 excluded, by id)",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("table lacks %q:\n%s", want, out)
			}
		}
		if strings.Contains(out, "Mega Bakes") {
			t.Errorf("--limit 1 printed the third match:\n%s", out)
		}
	})

	t.Run("Deterministic", func(t *testing.T) {
		_, a, _ := run(t, ctx, nil, "score", "--data", dir, "--brief", veganBrief)
		_, b, _ := run(t, ctx, nil, "score", "--data", dir, "--brief", veganBrief)
		if a != b {
			t.Errorf("two runs differ:\n%s\n%s", a, b)
		}
	})

	badBrief := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(badBrief, []byte(`{"name":"x","keywords":["x"],"min_follower":5}`), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"ErrNoBrief", []string{"score", "--data", dir}, exitUsage, "--brief FILE is required"},
		{"ErrArgs", []string{"score", "--data", dir, veganBrief}, exitUsage, "--brief FILE"},
		{"ErrLimit", []string{"score", "--data", dir, "--brief", veganBrief, "--limit", "0"}, exitUsage, "--limit"},
		{"ErrMissingFile", []string{"score", "--data", dir, "--brief", badBrief + ".nope"}, exitFail, "read brief"},
		{"ErrUnknownField", []string{"score", "--data", dir, "--brief", badBrief}, exitFail, `brief ` + badBrief + `: brief is not valid JSON: unknown field "min_follower"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := run(t, ctx, nil, c.args...)
			if code != c.wantCode || !strings.Contains(errOut, c.wantErr) {
				t.Errorf("exit %d (want %d), stderr lacks %q:\n%s%s", code, c.wantCode, c.wantErr, out, errOut)
			}
		})
	}
}
