package youtube_test

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/youtube"
)

// ytTestKey is the only key the fixture API accepts.
const ytTestKey = "AIzaFixtureKey-never-logged"

// ytAPIServer serves testdata/youtube/api as the Data API v3 and records
// each call's path and query.
type ytAPIServer struct {
	*httptest.Server
	mu    sync.Mutex
	calls []string
	// quotaGone makes every call answer Google's quotaExceeded.
	quotaGone bool
}

func (s *ytAPIServer) requested() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.calls)
}

func startYouTubeAPI(t *testing.T) *ytAPIServer {
	t.Helper()
	s := &ytAPIServer{}
	serve := func(w http.ResponseWriter, status int, name string) {
		b, err := os.ReadFile(filepath.Join("testdata", "youtube", "api", name))
		if err != nil {
			t.Errorf("fixture %s: %v", name, err)
			status = http.StatusInternalServerError
		}
		w.Header().Set("Content-Type", "application/json; charset=UTF-8")
		w.WriteHeader(status)
		w.Write(b)
	}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		s.mu.Lock()
		s.calls = append(s.calls, r.URL.Path+"?"+r.URL.RawQuery)
		quotaGone := s.quotaGone
		s.mu.Unlock()
		q := r.URL.Query()
		switch {
		case r.Header.Get("X-Goog-Api-Key") != ytTestKey:
			serve(w, http.StatusBadRequest, "error_key_invalid.json")
		case quotaGone:
			serve(w, http.StatusForbidden, "error_quota.json")
		case r.URL.Path == "/youtube/v3/channels" && q.Get("part") == "snippet,statistics,contentDetails":
			switch q.Get("forHandle") + q.Get("id") {
			case "@alicebakes", "UCa1iceBakesVeganTreats0":
				serve(w, http.StatusOK, "channels_alicebakes.json")
			case "@bobcocina":
				serve(w, http.StatusOK, "channels_hidden.json")
			default:
				serve(w, http.StatusOK, "channels_none.json")
			}
		case r.URL.Path == "/youtube/v3/playlistItems" && q.Get("playlistId") == "UUa1iceBakesVeganTreats0":
			if q.Get("pageToken") == "EAAaBlBUOkNBSQ" {
				serve(w, http.StatusOK, "playlistItems_page2.json")
			} else {
				serve(w, http.StatusOK, "playlistItems_page1.json")
			}
		case r.URL.Path == "/youtube/v3/playlistItems":
			serve(w, http.StatusNotFound, "error_playlist_not_found.json")
		case r.URL.Path == "/youtube/v3/videos" && q.Get("id") == "AliceVid004,AliceVid003,AliceVid001,AliceShort1":
			serve(w, http.StatusOK, "videos_alicebakes.json")
		default:
			http.Error(w, "unexpected call", http.StatusTeapot)
		}
	}))
	t.Cleanup(s.Close)
	return s
}

func newAPIAdapter(api *ytAPIServer, key string, quota *youtube.Quota) *youtube.Adapter {
	return youtube.New(youtube.Config{
		Base: "https://www.youtube.com", API: api.URL + "/youtube/v3", Key: key, Quota: quota, Now: ytTestClock,
	})
}

func TestYouTubeAPIChannel(t *testing.T) {
	api := startYouTubeAPI(t)
	quota := youtube.NewQuota(youtube.DefaultQuota, ytTestClock)
	yt := newAPIAdapter(api, ytTestKey, quota)
	res := ytCrawl(t, yt, "youtube:@alicebakes")["youtube:@alicebakes"]
	if res == nil || res.Profile == nil {
		t.Fatalf("no profile: %+v", res)
	}
	if len(res.Warnings) != 0 {
		t.Errorf("warnings %+v", res.Warnings)
	}
	a := res.Profile.Account
	if a.ID != "youtube:UCa1iceBakesVeganTreats0" || a.Handle != "alicebakes" || a.URL != "https://www.youtube.com/@alicebakes" ||
		a.DisplayName != "Alice Bakes & Co 🍰" || a.AvatarURL != "https://yt3.ggpht.com/alice=s800-c-k-c0x00ffffff-no-rj" {
		t.Errorf("account %+v", a)
	}
	if a.Followers == nil || *a.Followers != 1_230_000 || a.PostsCount == nil || *a.PostsCount != 342 ||
		!slices.Equal(a.Approximate, []string{"followers"}) {
		t.Errorf("followers %v posts %v approximate %q", crawltest.FmtCount(a.Followers), crawltest.FmtCount(a.PostsCount), a.Approximate)
	}
	if !slices.Equal(a.Links, []string{"https://alicebakes.example/recipes"}) {
		t.Errorf("links %q", a.Links)
	}
	type wantPost struct {
		id                     string
		published              time.Time
		views, likes, comments *int64
		duration               int
	}
	n := scout.Int64
	want := []wantPost{
		{"youtube:AliceVid003", time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC), n(2311), n(187), n(24), 765},
		{"youtube:AliceVid001", time.Date(2026, 11, 21, 9, 30, 0, 0, time.UTC), n(12345), nil, n(0), 602},
		{"youtube:AliceShort1", time.Date(2026, 10, 25, 12, 0, 0, 0, time.UTC), n(987654), n(45012), nil, 45},
	}
	if len(res.Profile.Posts) != len(want) {
		t.Fatalf("%d posts, want %d (the upcoming premiere skipped)", len(res.Profile.Posts), len(want))
	}
	same := func(a, b *int64) bool { return (a == nil) == (b == nil) && (a == nil || *a == *b) }
	for i, w := range want {
		p := res.Profile.Posts[i]
		if p.ID != w.id || !p.PublishedAt.Equal(w.published) || !same(p.Views, w.views) || !same(p.Likes, w.likes) ||
			!same(p.Comments, w.comments) || p.DurationSeconds != w.duration || p.MediaKind != "video" {
			t.Errorf("post %d: %s %s views %s likes %s comments %s %ds %q", i, p.ID, p.PublishedAt,
				crawltest.FmtCount(p.Views), crawltest.FmtCount(p.Likes), crawltest.FmtCount(p.Comments), p.DurationSeconds, p.MediaKind)
		}
	}
	if p := res.Profile.Posts[2]; p.DurationSeconds > 60 {
		t.Errorf("the short is %ds long", p.DurationSeconds)
	}
	// channels.list 1 + playlistItems.list 2 pages + videos.list 1.
	if day, used := quota.Used(); used != 4 || day != "2026-11-24" {
		t.Errorf("quota used %d on %s, want 4 on 2026-11-24", used, day)
	}
	for _, c := range api.requested() {
		if strings.Contains(c, ytTestKey) || strings.Contains(c, "key=") {
			t.Errorf("the API key travelled in the URL: %s", c)
		}
	}
}

func TestYouTubeAPIFailures(t *testing.T) {
	t.Run("OK_HiddenSubscribersNoUploads", func(t *testing.T) {
		api := startYouTubeAPI(t)
		res := ytCrawl(t, newAPIAdapter(api, ytTestKey, nil), "youtube:@bobcocina")["youtube:@bobcocina"]
		if res == nil || res.Profile == nil || res.Profile.Account.Followers != nil || len(res.Profile.Posts) != 0 || len(res.Warnings) != 0 {
			t.Errorf("result %+v: want a profile with followers unknown, no posts and no warnings", res)
		}
	})
	t.Run("ErrNoSuchChannel", func(t *testing.T) {
		api := startYouTubeAPI(t)
		res := ytCrawl(t, newAPIAdapter(api, ytTestKey, nil), "youtube:@nobody")["youtube:@nobody"]
		if crawltest.KindOf(res) != scout.FailNotFound {
			t.Errorf("result %+v, want not_found", res)
		}
	})
	t.Run("ErrKeyInvalid", func(t *testing.T) {
		api := startYouTubeAPI(t)
		res := ytCrawl(t, newAPIAdapter(api, "wrong-key-123", nil), "youtube:@alicebakes")["youtube:@alicebakes"]
		if crawltest.KindOf(res) != scout.FailAuth {
			t.Fatalf("result %+v, want auth_required", res)
		}
		if strings.Contains(res.Failure.Message, "wrong-key-123") || !strings.Contains(res.Failure.Message, "API_KEY_INVALID") {
			t.Errorf("message %q: want the reason and never the key", res.Failure.Message)
		}
	})
	t.Run("ErrGoogleQuotaExceeded", func(t *testing.T) {
		api := startYouTubeAPI(t)
		api.quotaGone = true
		quota := youtube.NewQuota(youtube.DefaultQuota, ytTestClock)
		yt := newAPIAdapter(api, ytTestKey, quota)
		got := ytCrawl(t, yt, "youtube:@alicebakes")
		if crawltest.KindOf(got["youtube:@alicebakes"]) != scout.FailRateLimit {
			t.Errorf("result %+v, want rate_limited", got["youtube:@alicebakes"])
		}
		// Google said the day's quota is gone: no further call today.
		got = ytCrawl(t, yt, "youtube:@bobcocina")
		if crawltest.KindOf(got["youtube:@bobcocina"]) != scout.FailRateLimit || len(api.requested()) != 1 {
			t.Errorf("after quotaExceeded: %+v, %d calls; want rate_limited without calling", got["youtube:@bobcocina"], len(api.requested()))
		}
	})
	t.Run("ErrLocalBudgetSpent", func(t *testing.T) {
		api := startYouTubeAPI(t)
		quota := youtube.NewQuota(2, ytTestClock)
		res := ytCrawl(t, newAPIAdapter(api, ytTestKey, quota), "youtube:@alicebakes")["youtube:@alicebakes"]
		if res == nil || res.Profile == nil {
			t.Fatalf("result %+v: channels.list fitted the budget", res)
		}
		if len(res.Warnings) != 1 || res.Warnings[0].Kind != scout.FailRateLimit || !strings.Contains(res.Warnings[0].Message, "resets at 2026-11-25T00:00:00-08:00") {
			t.Errorf("warnings %+v, want one rate_limited naming the reset", res.Warnings)
		}
		if calls := api.requested(); len(calls) != 2 {
			t.Errorf("%d calls %q, want 2 (budget of 2 units)", len(calls), calls)
		}
		res = ytCrawl(t, newAPIAdapter(api, ytTestKey, quota), "youtube:@bobcocina")["youtube:@bobcocina"]
		if crawltest.KindOf(res) != scout.FailRateLimit {
			t.Errorf("result %+v, want rate_limited", res)
		}
	})
}

func TestYouTubeQuotaDay(t *testing.T) {
	la, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		t.Skip("no time zone database")
	}
	cases := []struct {
		name        string
		last, reset time.Time // the last second of a Pacific day, and the next midnight
	}{
		{"Winter", time.Date(2026, 1, 14, 23, 59, 59, 0, la), time.Date(2026, 1, 15, 8, 0, 0, 0, time.UTC)},
		{"Summer", time.Date(2026, 7, 14, 23, 59, 59, 0, la), time.Date(2026, 7, 15, 7, 0, 0, 0, time.UTC)},
	}
	for _, c := range cases {
		now := c.last
		q := youtube.NewQuota(3, func() time.Time { return now })
		for i := 0; i < 3; i++ {
			if err := q.Spend(1); err != nil {
				t.Fatalf("%s: spend %d: %v", c.name, i, err)
			}
		}
		if err := q.Spend(1); !errors.Is(err, youtube.ErrQuota) {
			t.Errorf("%s: over budget: %v", c.name, err)
		}
		now = c.reset.Add(-time.Nanosecond)
		if err := q.Spend(1); err == nil {
			t.Errorf("%s: budget reset before midnight Pacific", c.name)
		}
		now = c.reset
		if err := q.Spend(1); err != nil {
			t.Errorf("%s: budget not reset at midnight Pacific: %v", c.name, err)
		}
		today, used := q.Used()
		if used != 1 || today != c.reset.In(la).Format(time.DateOnly) {
			t.Errorf("%s: used %d on %s", c.name, used, today)
		}
		q.Restore(today, 3) // an earlier run's count for today
		if err := q.Spend(1); err == nil {
			t.Errorf("%s: restored count ignored", c.name)
		}
		q.Restore("2000-01-01", 0) // another day's count changes nothing
		if _, used := q.Used(); used != 3 {
			t.Errorf("%s: used %d after restoring another day", c.name, used)
		}
	}
}

// TestYouTubeAPICountry keeps the channel's snippet.country as the
// account field "country", which the creator's country is read from.
func TestYouTubeAPICountry(t *testing.T) {
	api := startYouTubeAPI(t)
	yt := newAPIAdapter(api, ytTestKey, youtube.NewQuota(youtube.DefaultQuota, ytTestClock))
	res := ytCrawl(t, yt, "youtube:@alicebakes")["youtube:@alicebakes"]
	if res == nil || res.Profile == nil {
		t.Fatalf("no profile: %+v", res)
	}
	f := res.Profile.Account.Fields
	if len(f) != 1 || f[0].Name != "country" || f[0].Value != "GB" {
		t.Errorf("fields %+v, want country GB", f)
	}
}
