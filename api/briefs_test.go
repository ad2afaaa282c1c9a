package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/ingest"
	"github.com/scout-oss/scout/scoring"
	"github.com/scout-oss/scout/store"
)

// briefNow is the clock of the brief tests: creators are ingested and
// matches scored at it.
var briefNow = time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)

// MustBriefServer starts an API server over real bbolt and in-memory Bleve
// holding creators ingested through ingest.Ingester with the real engine,
// chosen to exercise the vegan-baking brief: two identical bakers (a tie),
// a mega baker (over a follower cap, when a brief sets one), a runner (on
// no topic) and a Spanish-language baker (wrong language). It returns the server and the
// creator ids by handle.
func MustBriefServer(tb testing.TB) (*httptest.Server, map[string]string) {
	tb.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, tb.TempDir())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	idx, err := index.NewMemOnly()
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { idx.Close() })
	eng := scoring.New()
	in := &ingest.Ingester{Creators: db, Visits: db, Index: idx, Scorer: eng, Now: func() time.Time { return briefNow }}
	ids := map[string]string{}
	for _, p := range []struct {
		handle, name, bio, lang, location string
		followers                         int64
		topic                             string
		posts                             int
	}{
		{"bakes", "Crumb Club", "Vegan baking and sourdough every Sunday", "en", "London", 48_000, "my vegan sourdough bread, baking all weekend", 12},
		{"bakes2", "Crumb Club Too", "Vegan baking and sourdough every Sunday", "en", "London", 48_000, "my vegan sourdough bread, baking all weekend", 12},
		{"runner", "Trail Tess", "Trail running in the Alps", "en", "London", 120_000, "mountain trail running race report", 12},
		{"mega", "Mega Bakes", "Vegan baking for millions", "en", "New York", 2_000_000, "vegan bread baking live", 12},
		{"horno", "Horno Verde", "Repostería vegana", "es", "Madrid", 30_000, "pan vegano de masa madre, vegan baking", 12},
		// Two posts: too few to score, so it needs data for any brief.
		{"thin", "Crumb Club Junior", "Vegan baking and sourdough every Sunday", "en", "London", 48_000, "my vegan sourdough bread, baking all weekend", 2},
	} {
		prof := &scout.Profile{
			Account: scout.Account{
				ID: scout.AccountID(scout.PlatformWeb, p.handle), Platform: scout.PlatformWeb, Handle: p.handle,
				URL: "https://example.com/@" + p.handle, DisplayName: p.name, Bio: p.bio, Location: p.location,
				Followers: scout.Int64(p.followers), Following: scout.Int64(100),
			},
			FetchedAt: briefNow,
		}
		for i := 0; i < p.posts; i++ {
			pct := int64(60 + (i*37)%80) // engagement varies from post to post
			prof.Posts = append(prof.Posts, scout.Post{
				ID: fmt.Sprintf("%s-%d", p.handle, i), URL: fmt.Sprintf("https://example.com/%s/%d", p.handle, i),
				PublishedAt: briefNow.Add(-time.Duration(i) * 24 * time.Hour), Text: p.topic, Language: p.lang,
				Likes: scout.Int64(p.followers / 50 * pct / 100), Comments: scout.Int64(p.followers / 1000 * pct / 100),
			})
		}
		if err := in.Ingest(ctx, &scout.CrawlResult{URL: prof.Account.URL, Status: 200, FetchedAt: briefNow, Profile: prof}); err != nil {
			tb.Fatal(err)
		}
		ids[p.handle] = scout.NewCreatorID(prof.Account.ID)
	}
	if err := in.Flush(ctx); err != nil {
		tb.Fatal(err)
	}
	s := api.NewServer()
	s.Creators, s.Index, s.Briefs, s.BriefScorer = db, idx, db, eng
	s.Now = func() time.Time { return briefNow }
	ts := httptest.NewServer(s.Handler())
	tb.Cleanup(ts.Close)
	return ts, ids
}

func do(t *testing.T, method, url string, body io.Reader) (int, http.Header, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, b
}

// wantAPIError checks the status and the JSON error shape and returns the
// message.
func wantAPIError(t *testing.T, status int, body []byte, wantStatus int, wantCode string) string {
	t.Helper()
	if status != wantStatus {
		t.Errorf("status %d, want %d (%s)", status, wantStatus, body)
	}
	var e struct {
		Error struct{ Code, Message string } `json:"error"`
	}
	if err := json.Unmarshal(body, &e); err != nil {
		t.Fatalf("error body is not the JSON error shape: %s", body)
	}
	if e.Error.Code != wantCode || e.Error.Message == "" {
		t.Errorf("error %+v, want code %s with a message", e.Error, wantCode)
	}
	return e.Error.Message
}

func briefFile(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile("../testdata/briefs/vegan-baking.json")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func postBrief(t *testing.T, ts *httptest.Server, body []byte) scout.Brief {
	t.Helper()
	status, hdr, resp := do(t, "POST", ts.URL+"/api/v1/briefs", bytes.NewReader(body))
	if status != http.StatusCreated {
		t.Fatalf("create: status %d: %s", status, resp)
	}
	var b scout.Brief
	if err := json.Unmarshal(resp, &b); err != nil {
		t.Fatal(err)
	}
	if loc := hdr.Get("Location"); loc != "/api/v1/briefs/"+b.ID {
		t.Errorf("Location %q for brief %q", loc, b.ID)
	}
	return b
}

func TestBriefs_CRUD(t *testing.T) {
	ts, _ := MustBriefServer(t)
	created := postBrief(t, ts, briefFile(t))
	want := scout.Brief{
		ID: "b1", Name: "Vegan baking launch (UK)",
		Keywords:    []string{"vegan", "baking", "sourdough", "bread", "plant-based"},
		Exclude:     []string{"diet pills"},
		Languages:   []string{"en"},
		Countries:   []string{"GB", "US"},
		BrandSafety: scout.BrandSafetyStandard, DisclosureRegion: scout.RegionUK,
		Weights: &scout.BriefWeights{AudienceFit: 0.5, EngagementQuality: 0.25, BrandSafety: 0.25},
	}
	if diff := cmp.Diff(want, created); diff != "" {
		t.Errorf("created brief (-want +got):\n%s", diff)
	}

	status, _, body := do(t, "GET", ts.URL+"/api/v1/briefs/b1", nil)
	var got scout.Brief
	if status != http.StatusOK || json.Unmarshal(body, &got) != nil {
		t.Fatalf("get: %d %s", status, body)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("read brief (-want +got):\n%s", diff)
	}

	// Defaults are filled: the stored brief says what was applied.
	second := postBrief(t, ts, []byte(`{"name":"Chess","keywords":["chess"],"languages":["EN"]}`))
	if second.ID != "b2" || second.BrandSafety != "standard" || second.DisclosureRegion != "us" || second.Languages[0] != "en" {
		t.Errorf("second brief %+v", second)
	}

	status, _, body = do(t, "GET", ts.URL+"/api/v1/briefs", nil)
	var list api.BriefList
	if status != http.StatusOK || json.Unmarshal(body, &list) != nil {
		t.Fatalf("list: %d %s", status, body)
	}
	if list.Total != 2 || list.Page != 1 || list.PerPage != 20 || len(list.Briefs) != 2 || list.Briefs[0].ID != "b1" || list.Briefs[1].ID != "b2" {
		t.Errorf("list %+v", list)
	}
	status, _, body = do(t, "GET", ts.URL+"/api/v1/briefs?page=2&per_page=1", nil)
	if err := json.Unmarshal(body, &list); status != http.StatusOK || err != nil || list.Total != 2 || len(list.Briefs) != 1 || list.Briefs[0].ID != "b2" {
		t.Errorf("page 2: %d %s", status, body)
	}

	status, _, body = do(t, "DELETE", ts.URL+"/api/v1/briefs/b1", nil)
	if status != http.StatusNoContent || len(body) != 0 {
		t.Errorf("delete: %d %s", status, body)
	}
	status, _, body = do(t, "GET", ts.URL+"/api/v1/briefs/b1", nil)
	wantAPIError(t, status, body, http.StatusNotFound, "not_found")
	status, _, body = do(t, "DELETE", ts.URL+"/api/v1/briefs/b1", nil)
	wantAPIError(t, status, body, http.StatusNotFound, "not_found")
	status, _, body = do(t, "GET", ts.URL+"/api/v1/briefs", nil)
	if err := json.Unmarshal(body, &list); status != http.StatusOK || err != nil || list.Total != 1 || list.Briefs[0].ID != "b2" {
		t.Errorf("list after delete: %d %s", status, body)
	}
}

func TestCreateBrief_Errors(t *testing.T) {
	ts, _ := MustBriefServer(t)
	huge := `{"name":"x","keywords":["x"],"exclude":["` + strings.Repeat("a", api.MaxBriefBytes) + `"]}`
	cases := []struct {
		name, body string
		status     int
		code       string
		inMessage  string
	}{
		{"ErrEmpty", "", 400, "invalid", "empty"},
		{"ErrMalformed", `{"name": "x",`, 400, "invalid", "not valid JSON"},
		{"ErrSyntax", `{"name": x}`, 400, "invalid", "byte"},
		{"ErrNotObject", `["x"]`, 400, "invalid", "not valid JSON"},
		{"ErrUnknownField", `{"name":"x","keywords":["x"],"min_follower":5}`, 400, "invalid", "min_follower"},
		{"ErrWrongType", `{"name":"x","keywords":"vegan"}`, 400, "invalid", `"keywords" must be a list`},
		{"ErrTrailing", `{"name":"x","keywords":["x"]} {}`, 400, "invalid", "after the object"},
		{"ErrNoName", `{"keywords":["x"]}`, 400, "invalid", "name is required"},
		{"ErrLanguage", `{"name":"x","keywords":["x"],"languages":["english"]}`, 400, "invalid", "ISO 639-1"},
		{"ErrRange", `{"name":"x","keywords":["x"],"min_followers":10,"max_followers":5}`, 400, "invalid", "above max_followers"},
		{"ErrPreset", `{"name":"x","keywords":["x"],"brand_safety":"strict"}`, 400, "invalid", "limited, standard or expanded"},
		{"ErrTooLarge", huge, 413, "too_large", "bytes"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, _, body := do(t, "POST", ts.URL+"/api/v1/briefs", strings.NewReader(c.body))
			msg := wantAPIError(t, status, body, c.status, c.code)
			if !strings.Contains(msg, c.inMessage) {
				t.Errorf("message %q lacks %q", msg, c.inMessage)
			}
		})
	}
	// Nothing was stored.
	status, _, body := do(t, "GET", ts.URL+"/api/v1/briefs", nil)
	if status != http.StatusOK || !strings.Contains(string(body), `"total":0`) {
		t.Errorf("after failed creates: %d %s", status, body)
	}
	status, _, body = do(t, "GET", ts.URL+"/api/v1/briefs?per_page=500", nil)
	wantAPIError(t, status, body, http.StatusBadRequest, "invalid")
	status, _, body = do(t, "GET", ts.URL+"/api/v1/briefs?pag=2", nil)
	wantAPIError(t, status, body, http.StatusBadRequest, "invalid")
}

// matchesJSON is the response shape clients see, decoded loosely so the
// test checks the JSON names rather than Go's.
type matchesJSON struct {
	Brief          scout.Brief `json:"brief"`
	ScoredAt       time.Time   `json:"scored_at"`
	Limit          int         `json:"limit"`
	TotalMatches   int         `json:"total_matches"`
	TotalExcluded  int         `json:"total_excluded"`
	TotalNeedsData int         `json:"total_needs_data"`
	Matches        []struct {
		Rank      int                     `json:"rank"`
		ID        string                  `json:"id"`
		Name      string                  `json:"name"`
		Followers *int64                  `json:"followers"`
		Accounts  []json.RawMessage       `json:"accounts"`
		Scores    map[string]*scout.Score `json:"scores"`
		Flags     []scout.Flag            `json:"flags"`
		Posts     []json.RawMessage       `json:"posts"`
	} `json:"matches"`
	Excluded []struct {
		ID      string   `json:"id"`
		Name    string   `json:"name"`
		Reasons []string `json:"reasons"`
	} `json:"excluded"`
	NeedsData []struct {
		ID      string   `json:"id"`
		Name    string   `json:"name"`
		Missing []string `json:"missing"`
	} `json:"needs_data"`
}

func getMatches(t *testing.T, url string) matchesJSON {
	t.Helper()
	status, _, body := do(t, "GET", url, nil)
	if status != http.StatusOK {
		t.Fatalf("matches: %d %s", status, body)
	}
	var m matchesJSON
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestMatches(t *testing.T) {
	ts, ids := MustBriefServer(t)
	handle := map[string]string{}
	for h, id := range ids {
		handle[id] = h
	}
	b := postBrief(t, ts, briefFile(t))
	m := getMatches(t, ts.URL+"/api/v1/briefs/"+b.ID+"/matches")

	if m.Brief.ID != b.ID || !m.ScoredAt.Equal(briefNow) || m.Limit != api.DefaultMatchLimit {
		t.Errorf("header: brief %q scored_at %v limit %d", m.Brief.ID, m.ScoredAt, m.Limit)
	}
	var order []string
	for i, c := range m.Matches {
		order = append(order, handle[c.ID])
		if c.Rank != i+1 {
			t.Errorf("%s: rank %d, want %d", handle[c.ID], c.Rank, i+1)
		}
		for _, k := range []string{"audience_fit", "engagement_quality", "brand_safety", "overall"} {
			s := c.Scores[k]
			if s == nil {
				t.Errorf("%s: no %s score", handle[c.ID], k)
				continue
			}
			if s.Version == "" || s.Formula == "" || s.Inputs == nil || s.Confidence <= 0 {
				t.Errorf("%s: %s lacks version, formula, inputs or confidence: %+v", handle[c.ID], k, s)
			}
		}
		if c.Flags == nil || len(c.Accounts) != 1 || c.Posts != nil {
			t.Errorf("%s: want flags [], the account and no posts", handle[c.ID])
		}
		for _, f := range c.Flags {
			if f.Code == scout.FlagUnsuitable || f.Code == scout.FlagIneligible {
				t.Errorf("%s: a match carries %s", handle[c.ID], f.Code)
			}
		}
	}
	// The bakers fit best and tie exactly: id order decides.
	wantBakers := []string{"bakes", "bakes2"}
	if ids["bakes2"] < ids["bakes"] {
		wantBakers = []string{"bakes2", "bakes"}
	}
	if want := append(wantBakers, "mega"); strings.Join(order, ",") != strings.Join(want, ",") {
		t.Errorf("matches %v, want %v", order, want)
	}
	if len(m.Matches) == 3 {
		b0, b1, mega := m.Matches[0].Scores, m.Matches[1].Scores, m.Matches[2].Scores
		if *b0["overall"].Value != *b1["overall"].Value {
			t.Errorf("identical bakers scored %v and %v", *b0["overall"].Value, *b1["overall"].Value)
		}
		if *mega["overall"].Value >= *b0["overall"].Value {
			t.Errorf("mega overall %v not below the baker's %v", *mega["overall"].Value, *b0["overall"].Value)
		}
	}

	// Gated creators are listed apart, by id, with reasons in words, each
	// once; the runner never mentions the brief's topic. The two-post
	// baker is neither ranked nor excluded: it needs data, and says what.
	if m.TotalMatches != 3 || m.TotalExcluded != 2 || len(m.Excluded) != 2 {
		t.Fatalf("totals %d/%d, excluded %+v", m.TotalMatches, m.TotalExcluded, m.Excluded)
	}
	if m.TotalNeedsData != 1 || len(m.NeedsData) != 1 || m.NeedsData[0].ID != ids["thin"] || m.NeedsData[0].Name != "Crumb Club Junior" ||
		!slices.Contains(m.NeedsData[0].Missing, "brand_safety: posts: 2 analysed, 3 needed") {
		t.Errorf("needs data %d %+v, want the two-post baker with what is missing", m.TotalNeedsData, m.NeedsData)
	}
	for _, e := range m.Excluded {
		if handle[e.ID] == "runner" && (len(e.Reasons) != 1 || !strings.HasPrefix(e.Reasons[0], "topic: no brief keyword")) {
			t.Errorf("runner excluded for %q, want its topic once", e.Reasons)
		}
	}
	capped := postBrief(t, ts, bytes.Replace(briefFile(t), []byte(`"brand_safety"`), []byte(`"max_followers": 1000000, "brand_safety"`), 1))
	mc := getMatches(t, ts.URL+"/api/v1/briefs/"+capped.ID+"/matches")
	if mc.TotalMatches != 2 || mc.TotalExcluded != 3 || len(mc.Excluded) != 3 {
		t.Fatalf("with a follower cap: totals %d/%d, excluded %+v", mc.TotalMatches, mc.TotalExcluded, mc.Excluded)
	}
	reasons := map[string]string{}
	for i, e := range mc.Excluded {
		reasons[handle[e.ID]] = strings.Join(e.Reasons, "; ")
		if i > 0 && mc.Excluded[i-1].ID > e.ID {
			t.Error("excluded not in id order")
		}
		if e.Name == "" || len(e.Reasons) == 0 {
			t.Errorf("exclusion %+v lacks a name or reasons", e)
		}
	}
	if !strings.Contains(reasons["mega"], "follower") {
		t.Errorf("mega excluded for %q, want the follower cap", reasons["mega"])
	}
	if !strings.Contains(reasons["horno"], "language") {
		t.Errorf("horno excluded for %q, want the language", reasons["horno"])
	}

	// Deterministic: the same request gives the same bytes.
	url := ts.URL + "/api/v1/briefs/" + b.ID + "/matches?limit=2"
	_, _, first := do(t, "GET", url, nil)
	_, _, again := do(t, "GET", url, nil)
	if !bytes.Equal(first, again) {
		t.Error("two identical requests ranked differently")
	}
	lim := getMatches(t, url)
	if len(lim.Matches) != 2 || lim.TotalMatches != 3 || lim.Limit != 2 || lim.Matches[0].ID != m.Matches[0].ID || lim.Matches[1].ID != m.Matches[1].ID {
		t.Errorf("limit 2: %d matches of %d, limit %d", len(lim.Matches), lim.TotalMatches, lim.Limit)
	}
}

func TestMatches_Errors(t *testing.T) {
	ts, _ := MustBriefServer(t)
	b := postBrief(t, ts, briefFile(t))
	cases := []struct {
		name, path string
		status     int
		code       string
	}{
		{"ErrUnknownBrief", "/api/v1/briefs/b99/matches", 404, "not_found"},
		{"ErrLimitTooLarge", "/api/v1/briefs/" + b.ID + "/matches?limit=501", 400, "invalid"},
		{"ErrLimitNegative", "/api/v1/briefs/" + b.ID + "/matches?limit=-1", 400, "invalid"},
		{"ErrLimitNotNumber", "/api/v1/briefs/" + b.ID + "/matches?limit=ten", 400, "invalid"},
		{"ErrUnknownParam", "/api/v1/briefs/" + b.ID + "/matches?per_page=5", 400, "invalid"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, _, body := do(t, "GET", ts.URL+c.path, nil)
			wantAPIError(t, status, body, c.status, c.code)
		})
	}
	t.Run("ErrMethod", func(t *testing.T) {
		status, _, _ := do(t, "PUT", ts.URL+"/api/v1/briefs/"+b.ID, strings.NewReader("{}"))
		if status != http.StatusMethodNotAllowed && status != http.StatusNotFound {
			t.Errorf("PUT: status %d", status)
		}
	})
}

func TestBriefs_Unavailable(t *testing.T) {
	s := api.NewServer() // no Briefs, no BriefScorer
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	for _, r := range []struct{ method, path string }{
		{"GET", "/api/v1/briefs"}, {"POST", "/api/v1/briefs"}, {"GET", "/api/v1/briefs/b1"},
		{"DELETE", "/api/v1/briefs/b1"}, {"GET", "/api/v1/briefs/b1/matches"},
	} {
		status, _, body := do(t, r.method, ts.URL+r.path, strings.NewReader(`{}`))
		wantAPIError(t, status, body, http.StatusServiceUnavailable, "unavailable")
	}
}

// TestCreator_Scores checks that a creator read through the API carries
// the engine's scores with everything needed to check them.
func TestCreator_Scores(t *testing.T) {
	ts, ids := MustBriefServer(t)
	status, _, body := do(t, "GET", ts.URL+"/api/v1/creators/"+ids["bakes"], nil)
	if status != http.StatusOK {
		t.Fatalf("status %d: %s", status, body)
	}
	var c struct {
		Scores map[string]*scout.Score `json:"scores"`
		Flags  []scout.Flag            `json:"flags"`
	}
	if err := json.Unmarshal(body, &c); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"engagement_quality", "brand_safety", "overall"} {
		s := c.Scores[k]
		if s == nil || s.Version == "" || s.Formula == "" || len(s.Reasons) == 0 || s.Inputs == nil {
			t.Errorf("%s = %+v; want value, version, formula, inputs and reasons", k, s)
		}
	}
	if _, ok := c.Scores["audience_fit"]; ok {
		t.Error("audience_fit outside a brief")
	}
	if c.Flags == nil {
		t.Error("flags null; want []")
	}
}
