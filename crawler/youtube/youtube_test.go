package youtube_test

import (
	"context"
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
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/youtube"
	"github.com/scout-oss/scout/internal/sharedtest"
)

// ytNow is the fixed clock of the YouTube tests: 2026-11-24 15:00 UTC.
var ytNow = time.Date(2026, 11, 24, 15, 0, 0, 0, time.UTC)

func ytTestClock() time.Time { return ytNow }

// ytRobots is youtube.com's robots.txt as it matters to Scout: the paths
// the adapter must never request.
const ytRobots = "User-agent: *\nDisallow: /api/\nDisallow: /comment\nDisallow: /feeds/videos.xml\nDisallow: /results\nDisallow: /youtubei/\nDisallow: /get_video\n"

// ytServer serves testdata/youtube as a stand-in for www.youtube.com and
// records the paths requested.
type ytServer struct {
	*httptest.Server
	mu    sync.Mutex
	paths []string
}

func (s *ytServer) requested() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.paths)
}

func startYouTubeWeb(t *testing.T) *ytServer {
	t.Helper()
	dir := filepath.Join("testdata", "youtube")
	pages := map[string]string{
		"/@alicebakes":                               "channel_alicebakes.html",
		"/@alicebakes/videos":                        "videos_alicebakes.html",
		"/channel/UCa1iceBakesVeganTreats0":          "channel_alicebakes.html",
		"/@bobcocina":                                "channel_bobcocina.html",
		"/@carolknits":                               "channel_carol_meta_only.html",
		"/c/CarolKnitsOfficial":                      "channel_carol_meta_only.html",
		"/@consentwall":                              "consent_page.html",
		"/channel/UCcar0lMetaOnly000000000/videos":   "",
		"/@bobcocina/videos":                         "!500",
		"/@gone":                                     "",
		"/channel/UCa1iceBakesVeganTreats0/videos":   "videos_alicebakes.html",
		"/@alicebakes/featured":                      "channel_alicebakes.html",
		"/channel/UCb0bCocinaCasera_123456":          "channel_bobcocina.html",
		"/channel/UCb0bCocinaCasera_123456/videos":   "!500",
		"/@carolknits/videos":                        "",
		"/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA/videos":   "",
		"/@OneMedia./videos":                         "",
		"/channel/UCcar0lMetaOnly000000000/featured": "",
		"/@alicebakes/shorts":                        "shorts_alicebakes.html",
		"/@bobcocina/shorts":                         "shorts_bobcocina.html",
		"/@jonasbaut":                                "channel_jonasbaut.html",
		"/@jonasbaut/videos":                         "videos_jonasbaut.html",
		"/@jonasbaut/shorts":                         "shorts_jonasbaut.html",
		"/@jonasbaut/streams":                        "streams_jonasbaut.html",
	}
	s := &ytServer{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.paths = append(s.paths, r.URL.Path)
		s.mu.Unlock()
		if r.URL.Path == "/robots.txt" {
			w.Write([]byte(ytRobots))
			return
		}
		name := pages[r.URL.Path]
		switch {
		case name == "":
			http.NotFound(w, r)
		case name == "!500":
			http.Error(w, "oops", http.StatusInternalServerError)
		default:
			b, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(b)
		}
	}))
	t.Cleanup(s.Close)
	return s
}

// ytCrawl crawls targets with only the YouTube adapter and returns the
// results by target.
func ytCrawl(t *testing.T, yt *youtube.Adapter, targets ...string) map[string]*scout.CrawlResult {
	t.Helper()
	sink := &crawltest.MemSink{}
	c := crawler.New(crawler.Config{Rate: 1000, Burst: 100, Now: ytTestClock, Adapters: []crawler.Adapter{yt}})
	if _, err := c.Crawl(context.Background(), targets, sink); err != nil {
		t.Fatal(err)
	}
	out := map[string]*scout.CrawlResult{}
	for _, r := range sink.Results {
		out[r.URL] = r
	}
	return out
}

func TestYouTubePageChannel(t *testing.T) {
	web := startYouTubeWeb(t)
	yt := youtube.New(youtube.Config{Base: web.URL, Now: ytTestClock})
	res := ytCrawl(t, yt, "youtube:@alicebakes")["youtube:@alicebakes"]
	if res == nil || res.Profile == nil {
		t.Fatalf("no profile: %+v", res)
	}
	if len(res.Warnings) != 0 {
		t.Errorf("warnings %+v", res.Warnings)
	}
	a := res.Profile.Account
	wantAcc := scout.Account{
		ID: "youtube:UCa1iceBakesVeganTreats0", Platform: scout.PlatformYouTube, Handle: "alicebakes",
		URL: web.URL + "/@alicebakes", DisplayName: "Alice Bakes & Co 🍰",
		AvatarURL: "https://yt3.googleusercontent.com/alice-avatar=s900-c-k-c0x00ffffff-no-rj",
	}
	if a.ID != wantAcc.ID || a.Platform != wantAcc.Platform || a.Handle != wantAcc.Handle || a.URL != wantAcc.URL ||
		a.DisplayName != wantAcc.DisplayName || a.AvatarURL != wantAcc.AvatarURL {
		t.Errorf("account\n got %+v\nwant %+v", a, wantAcc)
	}
	if !strings.Contains(a.Bio, "Recipes: https://alicebakes.example/recipes") {
		t.Errorf("bio %q lacks the description's full text", a.Bio)
	}
	if got, want := a.Links, []string{"https://alicebakes.example/"}; !slices.Equal(got, want) {
		t.Errorf("links %q, want %q (unwrapped from /redirect, sign-in links left out)", got, want)
	}
	if a.Followers == nil || *a.Followers != 1_230_000 || a.PostsCount == nil || *a.PostsCount != 342 {
		t.Errorf("followers %v posts %v, want 1230000 and 342", crawltest.FmtCount(a.Followers), crawltest.FmtCount(a.PostsCount))
	}
	if !slices.Equal(a.Approximate, []string{"followers"}) {
		t.Errorf("approximate %q, want [followers] (1.23M is rounded, 342 is exact)", a.Approximate)
	}
	if a.Following != nil {
		t.Errorf("following %v: YouTube publishes none", *a.Following)
	}

	type wantPost struct {
		id        string
		published time.Time
		views     int64
		duration  int
	}
	want := []wantPost{
		{"youtube:AliceVid003", crawltest.Day(2026, 11, 23), 2311, 765},
		{"youtube:AliceVid001", crawltest.Day(2026, 11, 21), 12345, 602},
		{"youtube:AliceShort1", crawltest.Day(2026, 10, 25), 987654, 45},
		{"youtube:AliceVid002", crawltest.Day(2026, 11, 10), 1024, 3723},
		{"youtube:AliceVid005", ytNow.AddDate(0, 0, -11*365).Truncate(24 * time.Hour), 0, 190},
		// The Shorts tab: AliceShort1 again (kept once), then two Shorts
		// with no date on the page and no length.
		{"youtube:AliceShort2", time.Time{}, 1_200_000, 0},
		{"youtube:AliceShort3", time.Time{}, 0, 0},
	}
	posts := res.Profile.Posts
	if len(posts) != len(want) {
		var ids []string
		for _, p := range posts {
			ids = append(ids, p.ID)
		}
		t.Fatalf("posts %q, want %d (the upcoming premiere skipped, a Short listed twice kept once)", ids, len(want))
	}
	for i, w := range want {
		p := posts[i]
		if p.ID != w.id || !p.PublishedAt.Equal(w.published) || p.Views == nil || *p.Views != w.views ||
			p.DurationSeconds != w.duration || p.MediaKind != "video" || p.AccountID != a.ID {
			t.Errorf("post %d: got %s %s views %v %ds %q, want %s %s views %d %ds video",
				i, p.ID, p.PublishedAt.Format(time.DateOnly), crawltest.FmtCount(p.Views), p.DurationSeconds, p.MediaKind,
				w.id, w.published.Format(time.DateOnly), w.views, w.duration)
		}
		if p.Likes != nil || p.Comments != nil {
			t.Errorf("post %s: likes/comments %v/%v, but pages publish none", p.ID, crawltest.FmtCount(p.Likes), crawltest.FmtCount(p.Comments))
		}
	}
	for i, f := range []string{"videoRenderer", "videoRenderer", "videoRenderer", "videoRenderer", "videoRenderer", "shortsLockupViewModel", "shortsLockupViewModel"} {
		if posts[i].Format != f {
			t.Errorf("post %s: format %q, want %q", posts[i].ID, posts[i].Format, f)
		}
	}
	for _, p := range posts[:5] { // the video renderers list thumbnails
		if !strings.HasPrefix(p.ThumbnailURL, "https://i.ytimg.com/") {
			t.Errorf("post %s: thumbnail_url %q, want the page's i.ytimg.com preview", p.ID, p.ThumbnailURL)
		}
	}
	if got := posts[0].URL; got != web.URL+"/watch?v=AliceVid003" {
		t.Errorf("post url %q", got)
	}
	if got := posts[0].Links; !slices.Equal(got, []string{"https://shop.example/tin?ref=alice"}) {
		t.Errorf("post links %q", got)
	}
	for _, p := range web.requested() {
		for _, never := range []string{"/feeds/", "/results", "/youtubei/"} {
			if strings.HasPrefix(p, never) {
				t.Errorf("requested %s, which youtube.com's robots.txt disallows", p)
			}
		}
	}
}

// TestYouTubePageTargets covers the other page shapes and failures.
func TestYouTubePageTargets(t *testing.T) {
	web := startYouTubeWeb(t)
	yt := youtube.New(youtube.Config{Base: web.URL, Now: ytTestClock})
	targets := []string{
		"youtube:@bobcocina", "youtube:carolknits", web.URL + "/c/CarolKnitsOfficial",
		"youtube:@consentwall", "youtube:@gone", web.URL + "/channel/UCa1iceBakesVeganTreats0",
	}
	got := ytCrawl(t, yt, targets...)

	t.Run("OK_CurrentHeaderShapeSpanish", func(t *testing.T) {
		r := got["youtube:@bobcocina"]
		if r == nil || r.Profile == nil {
			t.Fatalf("no profile: %+v", r)
		}
		a := r.Profile.Account
		if a.ID != "youtube:UCb0bCocinaCasera_123456" || a.Handle != "bobcocina" || a.DisplayName != "Bob Cocina Casera" {
			t.Errorf("account %+v", a)
		}
		if a.Followers == nil || *a.Followers != 4_690_000 || a.PostsCount == nil || *a.PostsCount != 1200 {
			t.Errorf("followers %v posts %v, want 4690000 and 1200", crawltest.FmtCount(a.Followers), crawltest.FmtCount(a.PostsCount))
		}
		if !slices.Equal(a.Approximate, []string{"followers", "posts_count"}) {
			t.Errorf("approximate %q", a.Approximate)
		}
		if !slices.Equal(a.Links, []string{"https://bobcocina.example"}) {
			t.Errorf("links %q", a.Links)
		}
		// The videos tab answered 500: a warning, and the home tab's videos.
		if len(r.Warnings) != 1 || r.Warnings[0].Kind != scout.FailHTTP {
			t.Errorf("warnings %+v, want one http_error for the videos tab", r.Warnings)
		}
		if len(r.Profile.Posts) != 4 {
			t.Fatalf("posts %+v", r.Profile.Posts)
		}
		p := r.Profile.Posts[1]
		if p.ID != "youtube:BobVideo002" || *p.Views != 1_813_549 || p.DurationSeconds != 891 || !p.PublishedAt.Equal(crawltest.Day(2026, 10, 25)) {
			t.Errorf("post %s views %v %ds %s", p.ID, crawltest.FmtCount(p.Views), p.DurationSeconds, p.PublishedAt)
		}
		// The Shorts tab in Spanish: "1,2 M de visualizaciones", "3,4 mil visualizaciones".
		for i, w := range []struct {
			id    string
			views int64
		}{{"youtube:BobShort001", 1_200_000}, {"youtube:BobShort002", 3_400}} {
			p := r.Profile.Posts[2+i]
			if p.ID != w.id || p.Views == nil || *p.Views != w.views || p.Format != "shortsLockupViewModel" || !p.PublishedAt.IsZero() {
				t.Errorf("short %d: %s views %v format %q published %s, want %s %d", i, p.ID, crawltest.FmtCount(p.Views), p.Format, p.PublishedAt, w.id, w.views)
			}
		}
	})
	t.Run("OK_MetaTagsOnly", func(t *testing.T) {
		for _, target := range []string{"youtube:carolknits", web.URL + "/c/CarolKnitsOfficial"} {
			r := got[target]
			if r == nil || r.Profile == nil {
				t.Errorf("%s: no profile: %+v", target, r)
				continue
			}
			a := r.Profile.Account
			if a.ID != "youtube:UCcar0lMetaOnly000000000" || a.DisplayName != "Carol Knits 🧶" || a.Bio != "Cozy knitting patterns & tutorials." || a.Followers != nil {
				t.Errorf("%s: account %+v", target, a)
			}
		}
	})
	t.Run("OK_URLOnFixtureBase", func(t *testing.T) {
		r := got[web.URL+"/channel/UCa1iceBakesVeganTreats0"]
		if r == nil || r.Profile == nil || r.Profile.Account.ID != "youtube:UCa1iceBakesVeganTreats0" || len(r.Profile.Posts) != 7 {
			t.Errorf("result %+v", r)
		}
	})
	t.Run("ErrNoChannelOnPage", func(t *testing.T) {
		if r := got["youtube:@consentwall"]; r == nil || r.Failure == nil || r.Failure.Kind != scout.FailNoProfile {
			t.Errorf("result %+v, want no_profile", r)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		if r := got["youtube:@gone"]; r == nil || r.Failure == nil || r.Failure.Kind != scout.FailNotFound {
			t.Errorf("result %+v, want not_found", r)
		}
	})
}

func TestYouTubeMatch(t *testing.T) {
	yt := youtube.New(youtube.Config{Base: "http://127.0.0.1:9999"})
	ytKey := youtube.New(youtube.Config{Key: "k", API: "http://127.0.0.1:8888/youtube/v3"})
	cases := []struct {
		yt     *youtube.Adapter
		target string
		host   string // "" = not claimed
	}{
		{yt, "youtube:@alice", "127.0.0.1:9999"},
		{yt, "youtube:UCa1iceBakesVeganTreats0", "127.0.0.1:9999"},
		{yt, "https://www.youtube.com/@alice", "127.0.0.1:9999"},
		{yt, "https://m.youtube.com/channel/UCa1iceBakesVeganTreats0", "127.0.0.1:9999"},
		{yt, "http://127.0.0.1:9999/@alice", "127.0.0.1:9999"},
		{yt, "http://127.0.0.1:9999/about", ""},
		{yt, "http://127.0.0.1:7777/@alice", ""}, // another host's /@user is fediverse
		{yt, "https://www.youtube.com/watch?v=abc", ""},
		{yt, "bluesky:alice.bsky.social", ""},
		{yt, "youtube:@a", ""},
		{ytKey, "youtube:@alice", "127.0.0.1:8888"},
		{youtube.New(youtube.Config{}), "https://www.youtube.com/@alice", "www.youtube.com"},
	}
	for _, c := range cases {
		host, ok := c.yt.Match(c.target)
		if ok != (c.host != "") || host != c.host {
			t.Errorf("Match(%q) = %q, %v; want %q", c.target, host, ok, c.host)
		}
	}
}

func TestParseRelativeTime(t *testing.T) {
	now := time.Date(2026, 3, 10, 18, 30, 0, 0, time.UTC)
	cases := []struct {
		in   string
		want time.Time // zero = not a span
	}{
		{"3 days ago", crawltest.Day(2026, 3, 7)},
		{"Streamed 2 weeks ago", crawltest.Day(2026, 2, 24)},
		{"1 month ago", crawltest.Day(2026, 2, 8)},
		{"2 years ago", crawltest.Day(2024, 3, 10)},
		{"5 hours ago", crawltest.Day(2026, 3, 10)},
		{"20 hours ago", crawltest.Day(2026, 3, 9)},
		{"45 minutes ago", crawltest.Day(2026, 3, 10)},
		{"hace 2 días", crawltest.Day(2026, 3, 8)},
		{"hace 1 año", crawltest.Day(2025, 3, 10)},
		{"vor 3 Tagen", crawltest.Day(2026, 3, 7)},
		{"vor 2 Monaten", crawltest.Day(2026, 1, 9)},
		{"il y a 2 ans", crawltest.Day(2024, 3, 10)},
		{"il y a 3 semaines", crawltest.Day(2026, 2, 17)},
		{"há 4 horas", crawltest.Day(2026, 3, 10)},
		{"2 giorni fa", crawltest.Day(2026, 3, 8)},
		{"", time.Time{}},
		{"Premieres tomorrow", time.Time{}},
		{"12 watching", time.Time{}},
		{"3 日前", time.Time{}},
	}
	for _, c := range cases {
		got, ok := youtube.ParseRelativeTime(c.in, now)
		if ok != !c.want.IsZero() || !got.Equal(c.want) {
			t.Errorf("ParseRelativeTime(%q) = %s, %v; want %s", c.in, got, ok, c.want)
		}
	}
}

// TestYouTubeRealChannelPage reads the real saved channel page of
// ../shared/formats (ONE Media, Spanish locale, 2024) through the adapter,
// its videos tab missing, and checks facts read off the file by hand.
func TestYouTubeRealChannelPage(t *testing.T) {
	body := sharedtest.ReadFormat(t, "youtube_channel_page.html.gz")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/@OneMedia." {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(body)
			return
		}
		http.NotFound(w, r)
	}))
	defer srv.Close()
	yt := youtube.New(youtube.Config{Base: srv.URL, Now: ytTestClock})
	res := ytCrawl(t, yt, "youtube:@OneMedia.")["youtube:@OneMedia."]
	if res == nil || res.Profile == nil {
		t.Fatalf("no profile: %+v", res)
	}
	a := res.Profile.Account
	if a.ID != "youtube:UCzcRQ3vRNr6fJ1A9rqFn7QA" || a.Handle != "OneMedia." || a.DisplayName != "ONE Media" {
		t.Errorf("account id %q handle %q name %q", a.ID, a.Handle, a.DisplayName)
	}
	// "4,69 millones de suscriptores", "6,8 K vídeos".
	if a.Followers == nil || *a.Followers != 4_690_000 || a.PostsCount == nil || *a.PostsCount != 6_800 {
		t.Errorf("followers %v posts %v, want 4690000 and 6800", crawltest.FmtCount(a.Followers), crawltest.FmtCount(a.PostsCount))
	}
	if !slices.Equal(a.Approximate, []string{"followers", "posts_count"}) {
		t.Errorf("approximate %q", a.Approximate)
	}
	if !slices.Equal(a.Links, []string{"https://www.facebook.com/204568612956950"}) {
		t.Errorf("links %q", a.Links)
	}
	if !strings.HasPrefix(a.Bio, "ALL the Must See Movie Trailers, Film Clips & Videos are here!") {
		t.Errorf("bio %q", a.Bio)
	}
	if !strings.HasPrefix(a.AvatarURL, "https://yt3.googleusercontent.com/ytc/AIf8zZSIo7x4j4eJ6Q52j5i0sgrfxfVCvz4wwkk7VEcA=s900") {
		t.Errorf("avatar %q", a.AvatarURL)
	}
	// The home tab lists 30 of the channel's own videos (and 26 of five
	// Boxoffice channels, which are not theirs).
	if n := len(res.Profile.Posts); n != 30 {
		t.Errorf("%d posts, want 30", n)
	}
	// The page lists a Videos and a Shorts tab, which the test server does
	// not have: one not_found warning each.
	if len(res.Warnings) != 2 || res.Warnings[0].Kind != scout.FailNotFound || res.Warnings[1].Kind != scout.FailNotFound {
		t.Errorf("warnings %+v, want the missing videos and shorts tabs", res.Warnings)
	}
	p := res.Profile.Posts[0]
	// "MARMALADE Trailer (2024) Joe Keery", "127.696 visualizaciones",
	// "hace 2 días", 2:26.
	if p.ID != "youtube:c31G0fKqHs8" || p.Title != "MARMALADE Trailer (2024) Joe Keery" || p.Views == nil || *p.Views != 127_696 ||
		p.DurationSeconds != 146 || !p.PublishedAt.Equal(crawltest.Day(2026, 11, 22)) {
		t.Errorf("first post %s %q views %v %ds %s", p.ID, p.Title, crawltest.FmtCount(p.Views), p.DurationSeconds, p.PublishedAt)
	}
}
