package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/ingest"
	"github.com/scout-oss/scout/scoring"
	"github.com/scout-oss/scout/store"
)

// listEnv is an API server over real bbolt and in-memory Bleve with the
// shortlist, hide-list and target services wired, and three creators.
type listEnv struct {
	ts  *httptest.Server
	db  *store.DB
	idx *index.Index
	in  *ingest.Ingester
	ids map[string]string // handle → creator id
	now time.Time
}

// fakeCrawls records crawl requests, standing in for the crawl job queue.
type fakeCrawls struct {
	mu       sync.Mutex
	requests [][]string
}

func (f *fakeCrawls) RequestCrawl(_ context.Context, targets []string) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.requests = append(f.requests, targets)
	return fmt.Sprintf("j%d", len(f.requests)), nil
}

type seedCreator struct {
	handle, name, bio string
	platform          scout.Platform
	followers         int64
	topic             string
}

var listSeeds = []seedCreator{
	{"bakes", "Pixel Kitchen", "Vegan baking every Sunday. Business: hello@pixel.example", scout.PlatformWeb, 48_000, "sourdough vegan bread"},
	{"runner", "Trail Tess", "Trail running in the Alps", scout.PlatformBluesky, 120_000, "mountain trail running race"},
	{"evil", "=cmd|' /C calc'!A0", "@SUM(1+1) vegan snacks", scout.PlatformWeb, 900, "vegan snack review"},
}

// MustListEnv starts the server; crawls may be nil (no crawl queue).
func MustListEnv(tb testing.TB, crawls scout.CrawlRequester) *listEnv {
	tb.Helper()
	ctx := context.Background()
	db, err := store.OpenWith(ctx, tb.TempDir(), store.Options{NoSync: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	idx, err := index.NewMemOnly()
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { idx.Close() })
	env := &listEnv{db: db, idx: idx, ids: map[string]string{}, now: time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)}
	env.in = &ingest.Ingester{Creators: db, Visits: db, Index: idx, Scorer: scoring.New(), Now: func() time.Time { return env.now }}
	for _, sd := range listSeeds {
		env.ingest(tb, sd)
	}
	env.flush(tb)
	s := api.NewServer()
	s.Creators, s.Index = db, idx
	s.Shortlists, s.Hidden, s.Targets = db, db, db
	if crawls != nil {
		s.Crawls = crawls
	}
	s.NoAuth, s.RateLimit = true, 0
	env.ts = httptest.NewServer(s.Handler())
	tb.Cleanup(env.ts.Close)
	return env
}

// ingest stores one creator with a dozen posts through the Ingester.
func (env *listEnv) ingest(tb testing.TB, sd seedCreator) {
	tb.Helper()
	url := "https://example.com/@" + sd.handle
	if sd.platform == scout.PlatformBluesky {
		url = "https://bsky.app/profile/" + sd.handle + ".bsky.social"
	}
	prof := &scout.Profile{
		Account: scout.Account{
			ID: scout.AccountID(sd.platform, sd.handle), Platform: sd.platform, Handle: sd.handle,
			URL: url, DisplayName: sd.name, Bio: sd.bio,
			Followers: scout.Int64(sd.followers), Following: scout.Int64(100), PostsCount: scout.Int64(340),
		},
		FetchedAt: env.now,
	}
	if sd.platform == scout.PlatformBluesky {
		prof.Account.Handle = sd.handle + ".bsky.social"
	}
	for i := 0; i < 12; i++ {
		prof.Posts = append(prof.Posts, scout.Post{
			ID: fmt.Sprintf("%s-%d", sd.handle, i), URL: fmt.Sprintf("https://example.com/%s/%d", sd.handle, i),
			PublishedAt: env.now.Add(-time.Duration(i) * 24 * time.Hour), Text: sd.topic,
			Likes: scout.Int64(sd.followers / 50), Comments: scout.Int64(sd.followers / 500),
		})
	}
	ctx := context.Background()
	if err := env.in.Ingest(ctx, &scout.CrawlResult{URL: url, Status: 200, FetchedAt: env.now, Profile: prof}); err != nil {
		tb.Fatal(err)
	}
	env.ids[sd.handle] = scout.NewCreatorID(prof.Account.ID)
}

func (env *listEnv) flush(tb testing.TB) {
	tb.Helper()
	if err := env.in.Flush(context.Background()); err != nil {
		tb.Fatal(err)
	}
}

// do sends a request with an optional JSON body and decodes a JSON answer
// into out (when non-nil). It returns the status and the raw body.
func (env *listEnv) do(tb testing.TB, method, path string, body any, out any) (int, []byte) {
	tb.Helper()
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			tb.Fatal(err)
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, env.ts.URL+path, rd)
	if err != nil {
		tb.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatal(err)
	}
	if out != nil && resp.StatusCode < 300 && len(raw) > 0 {
		if err := json.Unmarshal(raw, out); err != nil {
			tb.Fatalf("%s %s: decode %s: %v", method, path, raw, err)
		}
	}
	return resp.StatusCode, raw
}

type errorJSON struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// wantError checks a failed request's status and that its message says
// what went wrong.
func wantError(t *testing.T, status int, raw []byte, wantStatus int, wantMsg string) {
	t.Helper()
	var e errorJSON
	if err := json.Unmarshal(raw, &e); err != nil {
		t.Fatalf("status %d, body %s: %v", status, raw, err)
	}
	if status != wantStatus || !strings.Contains(e.Error.Message, wantMsg) {
		t.Errorf("got %d %q, want %d with %q", status, e.Error.Message, wantStatus, wantMsg)
	}
}

func (env *listEnv) mustShortlist(t *testing.T, name string) string {
	t.Helper()
	var sl scout.Shortlist
	if st, raw := env.do(t, "POST", "/api/v1/shortlists", map[string]string{"name": name}, &sl); st != http.StatusCreated {
		t.Fatalf("create shortlist: %d %s", st, raw)
	}
	return sl.ID
}

func TestShortlistsCRUD(t *testing.T) {
	env := MustListEnv(t, nil)

	var sl scout.Shortlist
	st, raw := env.do(t, "POST", "/api/v1/shortlists", map[string]string{"name": "Spring launch", "description": "vegan food"}, &sl)
	if st != http.StatusCreated || sl.ID == "" || sl.Name != "Spring launch" || sl.Description != "vegan food" {
		t.Fatalf("create: %d %s", st, raw)
	}
	t.Run("ErrEmptyName", func(t *testing.T) {
		st, raw := env.do(t, "POST", "/api/v1/shortlists", map[string]string{"name": "  "}, nil)
		wantError(t, st, raw, http.StatusBadRequest, "name is required")
	})
	t.Run("ErrUnknownField", func(t *testing.T) {
		st, raw := env.do(t, "POST", "/api/v1/shortlists", map[string]string{"title": "x"}, nil)
		wantError(t, st, raw, http.StatusBadRequest, "title")
	})
	env.mustShortlist(t, "Second")

	var list api.ShortlistList
	if st, raw := env.do(t, "GET", "/api/v1/shortlists", nil, &list); st != 200 || list.Total != 2 || len(list.Shortlists) != 2 {
		t.Fatalf("list: %d %s", st, raw)
	}
	if st, _ := env.do(t, "GET", "/api/v1/shortlists?per_page=1&page=2", nil, &list); st != 200 || len(list.Shortlists) != 1 || list.Shortlists[0].Name != "Second" {
		t.Errorf("page 2: %+v", list)
	}

	var got api.ShortlistResponse
	if st, raw := env.do(t, "PATCH", "/api/v1/shortlists/"+sl.ID, map[string]string{"name": "Spring 2027"}, nil); st != 200 {
		t.Fatalf("patch: %d %s", st, raw)
	}
	if st, raw := env.do(t, "GET", "/api/v1/shortlists/"+sl.ID, nil, &got); st != 200 || got.Name != "Spring 2027" ||
		got.Description != "vegan food" || got.Entries == nil {
		t.Fatalf("get: %d %s", st, raw)
	}
	st, raw = env.do(t, "PATCH", "/api/v1/shortlists/"+sl.ID, map[string]string{"name": ""}, nil)
	wantError(t, st, raw, http.StatusBadRequest, "name is required")

	if st, raw := env.do(t, "DELETE", "/api/v1/shortlists/"+sl.ID, nil, nil); st != http.StatusNoContent {
		t.Fatalf("delete: %d %s", st, raw)
	}
	for _, c := range []struct{ method, path string }{
		{"GET", "/api/v1/shortlists/" + sl.ID},
		{"PATCH", "/api/v1/shortlists/" + sl.ID},
		{"DELETE", "/api/v1/shortlists/" + sl.ID},
		{"GET", "/api/v1/shortlists/nope"},
		{"POST", "/api/v1/shortlists/sl999/entries"},
		{"GET", "/api/v1/shortlists/sl999/export"},
	} {
		var body any
		if c.method == "PATCH" {
			body = map[string]string{"name": "x"}
		}
		if c.method == "POST" {
			body = map[string]string{"creator_id": env.ids["bakes"]}
		}
		st, raw := env.do(t, c.method, c.path, body, nil)
		wantError(t, st, raw, http.StatusNotFound, "not found")
	}
}

func TestShortlistEntriesAPI(t *testing.T) {
	crawls := &fakeCrawls{}
	env := MustListEnv(t, crawls)
	id := env.mustShortlist(t, "Q1")
	base := "/api/v1/shortlists/" + id

	var add api.AddEntriesResponse
	st, raw := env.do(t, "POST", base+"/entries", map[string]any{
		"creator_id": env.ids["bakes"], "stage": "contacted", "note": "loves oat milk", "tags": []string{"food", "uk"},
	}, &add)
	if st != http.StatusCreated || len(add.Added) != 1 {
		t.Fatalf("add: %d %s", st, raw)
	}
	e := add.Added[0]
	if e.Stage != scout.StageContacted || e.Note != "loves oat milk" || e.Creator == nil || e.Creator.Name != "Pixel Kitchen" ||
		e.Creator.Followers == nil || *e.Creator.Followers != 48_000 || e.Creator.Scores["overall"] == nil {
		t.Errorf("added entry %s", raw)
	}

	t.Run("OK_DuplicateIsIdempotent", func(t *testing.T) {
		var again api.AddEntriesResponse
		st, raw := env.do(t, "POST", base+"/entries", map[string]any{"creator_id": env.ids["bakes"], "stage": "booked"}, &again)
		if st != http.StatusOK || len(again.Added) != 0 || len(again.Existing) != 1 || again.Existing[0].Stage != scout.StageContacted {
			t.Errorf("re-add: %d %s", st, raw)
		}
	})
	t.Run("ErrStage", func(t *testing.T) {
		st, raw := env.do(t, "POST", base+"/entries", map[string]any{"creator_id": env.ids["runner"], "stage": "signed"}, nil)
		wantError(t, st, raw, http.StatusBadRequest, "candidate, contacted, negotiating, booked, rejected")
	})
	t.Run("ErrUnknownCreator", func(t *testing.T) {
		st, raw := env.do(t, "POST", base+"/entries", map[string]any{"creator_id": "cnope"}, nil)
		wantError(t, st, raw, http.StatusNotFound, "cnope")
	})
	t.Run("ErrNothingGiven", func(t *testing.T) {
		st, raw := env.do(t, "POST", base+"/entries", map[string]any{"note": "x"}, nil)
		wantError(t, st, raw, http.StatusBadRequest, "exactly one of creator_id, target or targets")
	})
	t.Run("ErrBadTargetLine", func(t *testing.T) {
		st, raw := env.do(t, "POST", base+"/entries", map[string]any{"targets": []string{"https://a.example/@x\nnot a target"}}, nil)
		wantError(t, st, raw, http.StatusBadRequest, "line 2")
	})
	t.Run("ErrTooMany", func(t *testing.T) {
		var lines []string
		for i := 0; i <= scout.MaxTargetsPerAdd; i++ {
			lines = append(lines, fmt.Sprintf("bluesky:u%d.bsky.social", i))
		}
		st, raw := env.do(t, "POST", base+"/entries", map[string]any{"targets": lines}, nil)
		wantError(t, st, raw, http.StatusRequestEntityTooLarge, "at most 1000")
	})

	// Paste many: a known bluesky URL, a known web URL spelt differently, a
	// repeat, a comment, and two unknown accounts.
	paste := "https://bsky.app/profile/runner.bsky.social\n# from the brief\n\nhttp://www.example.com/@evil/\n" +
		"bluesky:@runner.bsky.social\nhttps://new.example/@nova, mastodon:@zed@fedi.example\n"
	var many api.AddEntriesResponse
	st, raw = env.do(t, "POST", base+"/entries", map[string]any{"targets": []string{paste}, "tags": []string{"paste"}}, &many)
	if st != http.StatusCreated {
		t.Fatalf("paste: %d %s", st, raw)
	}
	if len(many.Added) != 4 || many.Pending != 2 || many.CrawlJobID != "j1" {
		t.Fatalf("paste: added %d pending %d job %q: %s", len(many.Added), many.Pending, many.CrawlJobID, raw)
	}
	if got := crawls.requests; len(got) != 1 || strings.Join(got[0], " ") != "https://new.example/@nova mastodon:@zed@fedi.example" {
		t.Errorf("crawl requested for %v", got)
	}
	if many.Added[0].CreatorID != env.ids["runner"] || many.Added[1].CreatorID != env.ids["evil"] ||
		!many.Added[2].PendingCrawl || many.Added[2].Creator != nil || many.Added[2].CrawlJobID != "j1" {
		t.Errorf("paste entries: %s", raw)
	}

	t.Run("OK_PatchStage", func(t *testing.T) {
		var item api.EntryItem
		st, raw := env.do(t, "PATCH", base+"/entries/"+env.ids["runner"], map[string]any{"stage": "negotiating", "note": "rate card sent"}, &item)
		if st != 200 || item.Stage != scout.StageNegotiating || item.Note != "rate card sent" ||
			len(item.Tags) != 1 || item.Creator == nil {
			t.Errorf("patch: %d %s", st, raw)
		}
		st, raw = env.do(t, "PATCH", base+"/entries/"+env.ids["runner"], map[string]any{"stage": "won"}, nil)
		wantError(t, st, raw, http.StatusBadRequest, "stage must be one of")
		st, raw = env.do(t, "PATCH", base+"/entries/cnope", map[string]any{"stage": "booked"}, nil)
		wantError(t, st, raw, http.StatusNotFound, "no entry")
	})
	t.Run("OK_PatchPendingByTarget", func(t *testing.T) {
		var item api.EntryItem
		path := base + "/entries/" + url.PathEscape("mastodon:@zed@fedi.example")
		st, raw := env.do(t, "PATCH", path, map[string]any{"stage": "contacted"}, &item)
		if st != 200 || item.Stage != scout.StageContacted || item.Target != "mastodon:@zed@fedi.example" {
			t.Errorf("patch pending: %d %s", st, raw)
		}
	})

	// A crawl stores the pending account: the next read resolves it.
	prof := &scout.Profile{Account: scout.Account{ID: "web:nova2", Platform: scout.PlatformWeb, Handle: "nova",
		URL: "https://new.example/@nova", DisplayName: "Nova Eats", Followers: scout.Int64(5_000)}, FetchedAt: env.now}
	if err := env.in.Ingest(context.Background(), &scout.CrawlResult{URL: prof.Account.URL, Status: 200, FetchedAt: env.now, Profile: prof}); err != nil {
		t.Fatal(err)
	}
	env.flush(t)
	var got api.ShortlistResponse
	if st, raw := env.do(t, "GET", base, nil, &got); st != 200 || got.EntryCount != 5 || len(got.Entries) != 5 {
		t.Fatalf("get: %d %s", st, raw)
	}
	nova := got.Entries[3]
	if nova.PendingCrawl || nova.CreatorID != scout.NewCreatorID("web:nova2") || nova.Creator == nil || nova.Creator.Name != "Nova Eats" {
		t.Errorf("pending entry not resolved: %+v", nova)
	}
	if got.Entries[4].CreatorID != "" || !got.Entries[4].PendingCrawl {
		t.Errorf("unknown entry resolved: %+v", got.Entries[4])
	}

	t.Run("OK_Delete", func(t *testing.T) {
		if st, raw := env.do(t, "DELETE", base+"/entries/"+env.ids["evil"], nil, nil); st != http.StatusNoContent {
			t.Fatalf("delete: %d %s", st, raw)
		}
		if st, raw := env.do(t, "DELETE", base+"/entries/"+url.PathEscape("mastodon:zed@fedi.example"), nil, nil); st != http.StatusNoContent {
			t.Fatalf("delete pending by target: %d %s", st, raw)
		}
		st, raw := env.do(t, "DELETE", base+"/entries/"+env.ids["evil"], nil, nil)
		wantError(t, st, raw, http.StatusNotFound, "no entry")
		var got api.ShortlistResponse
		if env.do(t, "GET", base, nil, &got); got.EntryCount != 3 || len(got.Entries) != 3 {
			t.Errorf("after deletes: %d entries", len(got.Entries))
		}
	})
}

func TestPendingWithoutCrawlQueue(t *testing.T) {
	env := MustListEnv(t, nil)
	id := env.mustShortlist(t, "Q1")
	var add api.AddEntriesResponse
	st, raw := env.do(t, "POST", "/api/v1/shortlists/"+id+"/entries", map[string]any{"target": "youtube:@somebody"}, &add)
	if st != http.StatusCreated || add.Pending != 1 || add.CrawlJobID != "" || !strings.Contains(add.CrawlMessage, "scout crawl") {
		t.Errorf("add: %d %s", st, raw)
	}
}

func searchIDs(t *testing.T, env *listEnv, query string) (int, []string) {
	t.Helper()
	var resp struct {
		Total    int `json:"total"`
		Creators []struct {
			ID string `json:"id"`
		} `json:"creators"`
	}
	if st, raw := env.do(t, "GET", "/api/v1/creators?"+query, nil, &resp); st != 200 {
		t.Fatalf("search: %d %s", st, raw)
	}
	var ids []string
	for _, c := range resp.Creators {
		ids = append(ids, c.ID)
	}
	return resp.Total, ids
}

func TestHiddenAPI(t *testing.T) {
	env := MustListEnv(t, nil)
	if total, _ := searchIDs(t, env, "q=vegan"); total != 2 {
		t.Fatalf("before hiding: total %d", total)
	}
	var h scout.HiddenCreator
	st, raw := env.do(t, "POST", "/api/v1/hidden", map[string]string{"creator_id": env.ids["evil"], "reason": "declined twice"}, &h)
	if st != http.StatusCreated || h.Reason != "declined twice" || h.HiddenAt.IsZero() {
		t.Fatalf("hide: %d %s", st, raw)
	}
	if st, _ := env.do(t, "POST", "/api/v1/hidden", map[string]string{"creator_id": env.ids["evil"], "reason": "competitor"}, &h); st != http.StatusOK || h.Reason != "competitor" {
		t.Errorf("re-hide: %d %+v", st, h)
	}
	total, ids := searchIDs(t, env, "q=vegan")
	if total != 1 || len(ids) != 1 || ids[0] != env.ids["bakes"] {
		t.Errorf("search with evil hidden: total %d ids %v", total, ids)
	}
	if total, _ := searchIDs(t, env, "sort=followers"); total != 2 {
		t.Errorf("list all with evil hidden: total %d", total)
	}
	// The web page shows what the API shows.
	if st, _, page := env.get(t, "/?q=vegan"); st != 200 || !strings.Contains(string(page), "Pixel Kitchen") || strings.Contains(string(page), "calc") {
		t.Errorf("web page with evil hidden: %d", st)
	}
	var list api.HiddenList
	if st, raw := env.do(t, "GET", "/api/v1/hidden", nil, &list); st != 200 || list.Total != 1 || list.Hidden[0].Name == "" || list.Hidden[0].Reason != "competitor" {
		t.Errorf("list: %d %s", st, raw)
	}
	// A shortlist still shows a hidden creator, marked.
	id := env.mustShortlist(t, "Q1")
	var add api.AddEntriesResponse
	if env.do(t, "POST", "/api/v1/shortlists/"+id+"/entries", map[string]string{"creator_id": env.ids["evil"]}, &add); len(add.Added) != 1 || !add.Added[0].Hidden {
		t.Errorf("hidden creator on shortlist: %+v", add)
	}

	st, raw = env.do(t, "POST", "/api/v1/hidden", map[string]string{"creator_id": "cnope"}, nil)
	wantError(t, st, raw, http.StatusNotFound, "cnope")
	st, raw = env.do(t, "POST", "/api/v1/hidden", map[string]string{"reason": "x"}, nil)
	wantError(t, st, raw, http.StatusBadRequest, "creator_id is required")

	if st, raw := env.do(t, "DELETE", "/api/v1/hidden/"+env.ids["evil"], nil, nil); st != http.StatusNoContent {
		t.Fatalf("unhide: %d %s", st, raw)
	}
	st, raw = env.do(t, "DELETE", "/api/v1/hidden/"+env.ids["evil"], nil, nil)
	wantError(t, st, raw, http.StatusNotFound, "not hidden")
	if total, _ := searchIDs(t, env, "q=vegan"); total != 2 {
		t.Errorf("after unhide: total %d", total)
	}
}

// TestPendingQueuesCrawlJob: on a server that runs crawl jobs, unknown
// targets become one API crawl job, visible at /api/v1/crawls/{id}.
func TestPendingQueuesCrawlJob(t *testing.T) {
	env := MustListEnv(t, nil)
	s := api.NewServer()
	s.Creators, s.Index, s.Shortlists, s.Hidden, s.Targets, s.Jobs = env.db, env.idx, env.db, env.db, env.db, env.db
	s.NoAuth, s.RateLimit = true, 0
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	env.ts = ts
	id := env.mustShortlist(t, "Q1")
	var add api.AddEntriesResponse
	st, raw := env.do(t, "POST", "/api/v1/shortlists/"+id+"/entries", map[string]any{
		"targets": []string{"https://bsky.app/profile/runner.bsky.social", "bluesky:fresh.bsky.social", "https://fresh.example/@me"}}, &add)
	if st != http.StatusCreated || add.Pending != 2 || add.CrawlJobID == "" {
		t.Fatalf("add: %d %s", st, raw)
	}
	var job scout.CrawlJob
	if st, raw := env.do(t, "GET", "/api/v1/crawls/"+add.CrawlJobID, nil, &job); st != 200 ||
		strings.Join(job.Targets, " ") != "bluesky:fresh.bsky.social https://fresh.example/@me" || job.Origin != scout.OriginAPI {
		t.Errorf("job: %d %s", st, raw)
	}
	// A target the crawl API refuses (an internal address) keeps the
	// entries pending and says why.
	var refused api.AddEntriesResponse
	st, raw = env.do(t, "POST", "/api/v1/shortlists/"+id+"/entries", map[string]any{"target": "http://127.0.0.1:9/@x"}, &refused)
	if st != http.StatusCreated || refused.CrawlJobID != "" || !strings.Contains(refused.CrawlMessage, "loopback") {
		t.Errorf("internal target: %d %s", st, raw)
	}
}
