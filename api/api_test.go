package api_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
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

// MustServer starts an API server over a real bbolt store and an in-memory
// Bleve index holding three creators, one of them with hostile text.
func MustServer(tb testing.TB) (*httptest.Server, map[string]string) {
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
	now := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
	in := &ingest.Ingester{Creators: db, Visits: db, Index: idx, Scorer: scoring.New(), Now: func() time.Time { return now }}
	ids := map[string]string{}
	for _, p := range []struct {
		handle, name, bio string
		platform          scout.Platform
		followers         int64
		topic             string
	}{
		{"bakes", "Pixel Kitchen", "Vegan baking every Sunday", scout.PlatformWeb, 48_000, "sourdough vegan bread"},
		{"runner", "Trail Tess", "Trail running in the Alps", scout.PlatformBluesky, 120_000, "mountain trail running race"},
		{"evil", "Eve <b>Il</b>", `<script>alert(1)</script> vegan snacks`, scout.PlatformWeb, 900, "vegan snack review"},
	} {
		prof := &scout.Profile{
			Account: scout.Account{
				ID: scout.AccountID(p.platform, p.handle), Platform: p.platform, Handle: p.handle,
				URL: "https://example.com/@" + p.handle, DisplayName: p.name, Bio: p.bio,
				Followers: scout.Int64(p.followers), Following: scout.Int64(100),
			},
			FetchedAt: now,
		}
		for i := 0; i < 12; i++ {
			prof.Posts = append(prof.Posts, scout.Post{
				ID: fmt.Sprintf("%s-%d", p.handle, i), URL: fmt.Sprintf("https://example.com/%s/%d", p.handle, i),
				PublishedAt: now.Add(-time.Duration(i) * 24 * time.Hour), Text: p.topic,
				Likes: scout.Int64(p.followers / 50), Comments: scout.Int64(p.followers / 500),
			})
		}
		if err := in.Ingest(ctx, &scout.CrawlResult{URL: prof.Account.URL, Status: 200, FetchedAt: now, Profile: prof}); err != nil {
			tb.Fatal(err)
		}
		ids[p.handle] = scout.NewCreatorID(prof.Account.ID)
	}
	if err := in.Flush(ctx); err != nil {
		tb.Fatal(err)
	}
	s := api.NewServer()
	s.Creators, s.Index = db, idx
	ts := httptest.NewServer(s.Handler())
	tb.Cleanup(ts.Close)
	return ts, ids
}

func get(t *testing.T, url string) (int, http.Header, []byte) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, body
}

func TestSearch(t *testing.T) {
	ts, ids := MustServer(t)
	cases := []struct {
		name  string
		query string
		want  []string // handles, in order
	}{
		{"OK_ListAllByFollowers", "sort=followers", []string{"runner", "bakes", "evil"}},
		{"OK_Ascending", "sort=followers&order=asc", []string{"evil", "bakes", "runner"}},
		{"OK_Text", "q=vegan&sort=followers", []string{"bakes", "evil"}},
		{"OK_Exclude", "q=vegan+-snacks", []string{"bakes"}},
		{"OK_Platform", "platform=bluesky", []string{"runner"}},
		{"OK_PlatformCommaOR", "platform=bluesky,web&sort=followers", []string{"runner", "bakes", "evil"}},
		{"OK_FollowerRange", "min_followers=1000&max_followers=100000", []string{"bakes"}},
		{"OK_Paging", "sort=followers&per_page=1&page=2", []string{"bakes"}},
		{"OK_NoMatch", "q=knitting", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, hdr, body := get(t, ts.URL+"/api/v1/creators?"+c.query)
			if status != http.StatusOK {
				t.Fatalf("status %d: %s", status, body)
			}
			if ct := hdr.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("content type %q", ct)
			}
			var resp struct {
				Total    int               `json:"total"`
				Creators []json.RawMessage `json:"creators"`
			}
			if err := json.Unmarshal(body, &resp); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, raw := range resp.Creators {
				var c struct{ ID string }
				_ = json.Unmarshal(raw, &c)
				for h, id := range ids {
					if id == c.ID {
						got = append(got, h)
					}
				}
			}
			if strings.Join(got, ",") != strings.Join(c.want, ",") {
				t.Errorf("got %v, want %v", got, c.want)
			}
			if resp.Creators == nil {
				t.Error(`creators is null, want []`)
			}
		})
	}
}

func TestSearchItemShape(t *testing.T) {
	ts, _ := MustServer(t)
	_, _, body := get(t, ts.URL+"/api/v1/creators?q=vegan+baking")
	var resp struct {
		Total    int                      `json:"total"`
		Creators []map[string]interface{} `json:"creators"`
	}
	if err := json.Unmarshal(body, &resp); err != nil {
		t.Fatal(err)
	}
	if resp.Total != 1 || len(resp.Creators) != 1 {
		t.Fatalf("total %d, %d creators; want 1", resp.Total, len(resp.Creators))
	}
	c := resp.Creators[0]
	for _, key := range []string{"id", "name", "accounts", "bio", "links", "language", "country", "followers", "engagement", "scores", "flags", "data_as_of", "highlights"} {
		if _, ok := c[key]; !ok {
			t.Errorf("list item lacks %q", key)
		}
	}
	for _, key := range []string{"posts", "snapshots"} {
		if _, ok := c[key]; ok {
			t.Errorf("list item carries %q; list items are compact", key)
		}
	}
	if c["language"] != nil {
		t.Errorf("unknown language = %v, want null", c["language"])
	}
	hl := fmt.Sprint(c["highlights"])
	if !strings.Contains(hl, "<mark>") {
		t.Errorf("highlights %s lack <mark>", hl)
	}
}

func TestCreator(t *testing.T) {
	ts, ids := MustServer(t)
	t.Run("OK", func(t *testing.T) {
		status, _, body := get(t, ts.URL+"/api/v1/creators/"+ids["bakes"])
		if status != http.StatusOK {
			t.Fatalf("status %d: %s", status, body)
		}
		var c scout.Creator
		if err := json.Unmarshal(body, &c); err != nil {
			t.Fatal(err)
		}
		if c.ID != ids["bakes"] || c.Name != "Pixel Kitchen" {
			t.Errorf("got %s %q", c.ID, c.Name)
		}
		if len(c.Accounts) != 1 || c.Accounts[0].Followers == nil || *c.Accounts[0].Followers != 48_000 {
			t.Errorf("accounts = %+v", c.Accounts)
		}
		if len(c.Posts) != 12 || !sort.SliceIsSorted(c.Posts, func(i, j int) bool { return c.Posts[i].PublishedAt.After(c.Posts[j].PublishedAt) }) {
			t.Errorf("want 12 posts newest first; got %d", len(c.Posts))
		}
		if len(c.Snapshots) != 1 {
			t.Errorf("snapshots = %d, want 1", len(c.Snapshots))
		}
		// 48000/50 + 48000/500 = 960 + 96 = 1056 per post → 1056/48000 = 0.022.
		if r := c.Engagement.RateByFollowers; r == nil || *r < 0.0219 || *r > 0.0221 {
			t.Errorf("rate_by_followers = %v, want 0.022", r)
		}
		if c.Engagement.Formula == "" || c.Engagement.PostsAnalyzed != 12 {
			t.Errorf("engagement lacks its formula or window: %+v", c.Engagement)
		}
		if c.Scores == nil || c.Flags == nil {
			t.Error("scores or flags null; want {} and []")
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		status, _, body := get(t, ts.URL+"/api/v1/creators/nope")
		assertError(t, status, body, http.StatusNotFound, "not_found")
	})
}

func assertError(t *testing.T, status int, body []byte, wantStatus int, wantCode string) {
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
		t.Errorf("error = %+v, want code %s with a message", e.Error, wantCode)
	}
}

func TestSearchErrors(t *testing.T) {
	ts, _ := MustServer(t)
	cases := []struct{ name, query, inMessage string }{
		{"ErrPerPageTooLarge", "per_page=101", "per_page"},
		{"ErrPerPageNotNumber", "per_page=ten", "per_page"},
		{"ErrUnknownParameter", "min_follower=10", "min_follower"},
		{"ErrBadOrder", "order=sideways", "order"},
		{"ErrBadSort", "sort=vibes", "sort"},
		{"ErrNegativePage", "page=-1", "page"},
		{"ErrRangeInverted", "min_followers=10&max_followers=5", "min_followers"},
		{"ErrUnbalancedQuote", "q=%22vegan", "quote"},
		{"ErrLoneMinus", "q=vegan+-", ""},
		{"ErrDanglingOR", "q=vegan+OR", "OR"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, _, body := get(t, ts.URL+"/api/v1/creators?"+c.query)
			assertError(t, status, body, http.StatusBadRequest, "invalid")
			if !strings.Contains(string(body), c.inMessage) {
				t.Errorf("message does not name %q: %s", c.inMessage, body)
			}
		})
	}
	t.Run("ErrUnknownRoute", func(t *testing.T) {
		status, _, body := get(t, ts.URL+"/api/v1/nothing")
		assertError(t, status, body, http.StatusNotFound, "not_found")
	})
}

func TestHealthz(t *testing.T) {
	ts, _ := MustServer(t)
	status, _, body := get(t, ts.URL+"/healthz")
	if status != http.StatusOK || !strings.Contains(string(body), `"indexed":3`) {
		t.Errorf("healthz = %d %s", status, body)
	}
}

func TestWebPage(t *testing.T) {
	ts, ids := MustServer(t)
	t.Run("SearchRendersServerSide", func(t *testing.T) {
		status, hdr, body := get(t, ts.URL+"/?q=vegan&sort=followers")
		if status != http.StatusOK {
			t.Fatalf("status %d", status)
		}
		if csp := hdr.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "unsafe-inline") {
			t.Errorf("CSP = %q", csp)
		}
		page := string(body)
		if !strings.Contains(page, "Pixel Kitchen") || strings.Contains(page, "Trail Tess") {
			t.Error("results do not follow the URL's query")
		}
		if strings.Contains(page, "<script>") || strings.Contains(page, "<b>Il</b>") {
			t.Error("creator text rendered as markup")
		}
		if !strings.Contains(page, "&lt;b&gt;Il&lt;/b&gt;") {
			t.Error("hostile name not shown escaped")
		}
	})
	t.Run("CreatorPageEscapes", func(t *testing.T) {
		status, _, body := get(t, ts.URL+"/creators/"+ids["evil"])
		if status != http.StatusOK {
			t.Fatalf("status %d", status)
		}
		page := string(body)
		if strings.Contains(page, "<script>alert") {
			t.Error("bio script rendered live")
		}
		if !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;") {
			t.Error("bio not shown escaped")
		}
		if !strings.Contains(page, `rel="noopener noreferrer nofollow"`) {
			t.Error("outbound links lack rel=noopener noreferrer")
		}
	})
	t.Run("BadQueryShowsError", func(t *testing.T) {
		status, _, body := get(t, ts.URL+"/?q=%22open")
		if status != http.StatusBadRequest || !strings.Contains(string(body), "quote") {
			t.Errorf("status %d; page should explain the bad query", status)
		}
	})
	t.Run("StaticCSS", func(t *testing.T) {
		status, hdr, _ := get(t, ts.URL+"/static/scout.css")
		if status != http.StatusOK || !strings.HasPrefix(hdr.Get("Content-Type"), "text/css") {
			t.Errorf("css: %d %s", status, hdr.Get("Content-Type"))
		}
	})
}
