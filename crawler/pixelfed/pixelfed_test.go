package pixelfed_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/pixelfed"
)

const inesID = "702512930212843521"

// pixelfedRobots is Pixelfed's default robots.txt.
const pixelfedRobots = "User-agent: *\nDisallow: /discover/places/\nDisallow: /stories/\nDisallow: /i/\n"

// routes is a Pixelfed server: ines with two pages of posts on Pixelfed's
// profile API; statuses says what its Mastodon statuses endpoint and its
// profile API answer.
func routes(profileAPI, mastodonAPI crawltest.APIRoute) map[string]crawltest.APIRoute {
	pf := "/api/pixelfed/v1/accounts/" + inesID + "/statuses"
	ma := "/api/v1/accounts/" + inesID + "/statuses"
	r := map[string]crawltest.APIRoute{
		"/robots.txt":                       {Body: pixelfedRobots, ContentType: "text/plain"},
		"/api/v1/accounts/lookup?acct=ines": {File: "lookup_ines.json"},
		"/api/v1/accounts/lookup":           {Status: 404, File: "error_not_found.json"},
		pf:                                  profileAPI,
		ma:                                  mastodonAPI,
	}
	for base, rt := range map[string]crawltest.APIRoute{pf: profileAPI, ma: mastodonAPI} {
		if rt.File == "statuses_ines_1.json" {
			r[base+"?max_id=702550000000000081"] = crawltest.APIRoute{File: "statuses_ines_2.json"}
			r[base+"?max_id=702540000000000061"] = crawltest.APIRoute{File: "statuses_empty.json"}
		}
	}
	return crawltest.WithNodeInfo(r, pixelfed.Software)
}

var (
	posts1  = crawltest.APIRoute{File: "statuses_ines_1.json"}
	closed  = crawltest.APIRoute{Status: 401, File: "error_unauthenticated.json"}
	missing = crawltest.APIRoute{Status: 404, File: "error_not_found.json"}
)

// software is a probe answer: the fixture servers run Pixelfed.
func TestPixelfedCrawl(t *testing.T) {
	srv := crawltest.MustStartAPIFixture(t, "testdata/pixelfed", routes(posts1, closed))
	a := &pixelfed.Adapter{Now: crawltest.FixedNow}
	res, _ := crawltest.MustCrawl(t, []crawler.Adapter{a}, srv.URL+"/ines", srv.URL+"/nobody")
	r := res[srv.URL+"/ines"]
	if r == nil || r.Profile == nil {
		t.Fatalf("no profile: %+v", r)
	}
	if len(r.Warnings) != 0 {
		t.Errorf("warnings %+v", r.Warnings)
	}
	host := strings.TrimPrefix(srv.URL, "http://")
	acc := r.Profile.Account
	want := scout.Account{
		ID: "pixelfed:" + srv.URL + "/users/ines", Platform: scout.PlatformPixelfed, Handle: "ines@" + host,
		URL: srv.URL + "/ines", DisplayName: "Inês Marques 📷",
		AvatarURL: srv.URL + "/storage/avatars/070/251/293/021/284/352/1/Xb2kQ_avatar.jpg?v=3",
	}
	if acc.ID != want.ID || acc.Platform != want.Platform || acc.Handle != want.Handle || acc.URL != want.URL ||
		acc.DisplayName != want.DisplayName || acc.AvatarURL != want.AvatarURL {
		t.Errorf("account\n got %+v\nwant %+v", acc, want)
	}
	if acc.Followers == nil || *acc.Followers != 3412 || acc.Following == nil || *acc.Following != 288 || acc.PostsCount == nil || *acc.PostsCount != 214 {
		t.Errorf("counts %s/%s/%s, want 3412/288/214", crawltest.FmtCount(acc.Followers), crawltest.FmtCount(acc.Following), crawltest.FmtCount(acc.PostsCount))
	}
	if !strings.HasPrefix(acc.Bio, "Street photography in Lisboa & Porto.") {
		t.Errorf("bio %q", acc.Bio)
	}
	// The website first; the bio's link (the same site, another path); the
	// hashtag, on the server itself, is not a link out.
	if got, want := acc.Links, []string{"https://inesmarques.example", "https://inesmarques.example/prints"}; !slices.Equal(got, want) {
		t.Errorf("links %q, want %q", got, want)
	}
	if acc.Location != "Lisboa, Portugal" {
		t.Errorf("location %q", acc.Location)
	}

	type wantPost struct {
		id                     string
		kind                   string
		likes, shares, replies int64 // -1: none (a share)
		reply, repost          bool
	}
	wantPosts := []wantPost{
		{"702600000000000451", "image", 412, 38, 17, false, false},
		{"702590000000000331", "image", 268, 21, 9, false, false},
		{"702580000000000211", "video", 190, 12, 4, false, false},
		{"702570000000000101", "image", 96, 3, 2, false, false},
		{"702560000000000091", "text", 5, 0, 1, true, false},
		{"702550000000000081", "image", -1, -1, -1, false, true},
		{"702540000000000061", "image", 333, 25, 11, false, false},
	}
	posts := r.Profile.Posts
	if len(posts) != len(wantPosts) {
		t.Fatalf("%d posts, want %d (two pages)", len(posts), len(wantPosts))
	}
	for i, w := range wantPosts {
		p := posts[i]
		if !strings.HasSuffix(p.ID, "/"+w.id) || p.MediaKind != w.kind || p.IsReply != w.reply || p.IsRepost != w.repost || p.AccountID != acc.ID {
			t.Errorf("post %d: %s %q reply=%v repost=%v, want %s %q reply=%v repost=%v", i, p.ID, p.MediaKind, p.IsReply, p.IsRepost, w.id, w.kind, w.reply, w.repost)
		}
		for _, c := range []struct {
			name string
			got  *int64
			want int64
		}{{"likes", p.Likes, w.likes}, {"shares", p.Shares, w.shares}, {"comments", p.Comments, w.replies}} {
			if (c.got == nil) != (c.want < 0) || c.got != nil && *c.got != c.want {
				t.Errorf("post %s: %s %s, want %d", w.id, c.name, crawltest.FmtCount(c.got), c.want)
			}
		}
	}
	if p := posts[0]; !p.Pinned || p.Text != "Golden hour at Cais do Sodré #lisboa #streetphotography" || len(p.Links) != 0 ||
		!p.PublishedAt.Equal(time.Date(2026, 11, 22, 9, 41, 3, 0, time.UTC)) || p.URL != srv.URL+"/p/ines/702600000000000451" {
		t.Errorf("first post %+v", p)
	}
	if p := posts[1]; !slices.Equal(p.Links, []string{"https://inesmarques.example/prints"}) {
		t.Errorf("album links %q", p.Links)
	}
	if p := posts[3]; !p.Sensitive || p.ContentWarning != "Artistic nudity" {
		t.Errorf("sensitive post %+v", p)
	}
	if p := posts[5]; p.URL != srv.URL+"/p/marta/702550000000000071" {
		t.Errorf("share url %q, want the shared post's", p.URL)
	}
	if n := len(srv.Requests("/api/v1/accounts/" + inesID)); n != 0 {
		t.Errorf("%d Mastodon statuses calls, want none: the profile API answered", n)
	}

	if r := res[srv.URL+"/nobody"]; r == nil || r.Failure == nil || r.Failure.Kind != scout.FailNotFound {
		t.Errorf("nobody: %+v, want not_found", r)
	}
}

// TestPixelfedStatusesFallback covers servers that close one statuses
// endpoint or both to anonymous callers.
func TestPixelfedStatusesFallback(t *testing.T) {
	mastodonOnly := crawltest.MustStartAPIFixture(t, "testdata/pixelfed", routes(missing, posts1))
	closedBoth := crawltest.MustStartAPIFixture(t, "testdata/pixelfed", routes(closed, closed))
	robotsR := routes(posts1, posts1)
	robotsR["/robots.txt"] = crawltest.APIRoute{Body: "User-agent: *\nDisallow: /api/pixelfed/\n", ContentType: "text/plain"}
	disallowed := crawltest.MustStartAPIFixture(t, "testdata/pixelfed", robotsR)

	a := &pixelfed.Adapter{Now: crawltest.FixedNow}
	res, _ := crawltest.MustCrawl(t, []crawler.Adapter{a}, mastodonOnly.URL+"/ines", closedBoth.URL+"/@ines", disallowed.URL+"/users/ines")

	t.Run("OK_MastodonEndpoint", func(t *testing.T) {
		r := res[mastodonOnly.URL+"/ines"]
		if r == nil || r.Profile == nil || len(r.Profile.Posts) != 7 || len(r.Warnings) != 0 {
			t.Errorf("result %+v", r)
		}
	})
	t.Run("OK_BothClosed", func(t *testing.T) {
		r := res[closedBoth.URL+"/@ines"]
		if r == nil || r.Profile == nil || len(r.Profile.Posts) != 0 || len(r.Warnings) != 1 || r.Warnings[0].Kind != scout.FailAuth {
			t.Errorf("result %+v, want a profile without posts and an auth_required warning", r)
		}
	})
	t.Run("OK_RobotsFallsBackToAPI", func(t *testing.T) {
		r := res[disallowed.URL+"/users/ines"]
		if r == nil || r.Profile == nil || len(r.Profile.Posts) != 7 {
			t.Errorf("result %+v, want the posts from the Mastodon endpoint", r)
		}
		if n := len(disallowed.Requests("/api/pixelfed/")); n != 0 {
			t.Errorf("%d requests to a path robots.txt disallows", n)
		}
	})
}

// TestPixelfedMatch: Match recognises Pixelfed's target and URL shapes on
// any host; for URLs the host is then asked what it runs (ProbeBase), and
// only a host whose NodeInfo names Pixelfed is accepted (AcceptsHost).
func TestPixelfedMatch(t *testing.T) {
	a := &pixelfed.Adapter{}
	cases := []struct {
		target, host, probe string // host "" = not matched; probe "" = no probe needed
	}{
		{"pixelfed:@ines@pixel.example", "pixel.example", ""},
		{"pixelfed:ines@Pixel.Example", "pixel.example", ""},
		{"PIXELFED:@ines@other.example", "other.example", ""},
		{"https://pixel.example/ines", "pixel.example", "https://pixel.example"},
		{"https://pixel.example/@ines", "pixel.example", "https://pixel.example"},
		{"https://pixel.example/users/ines", "pixel.example", "https://pixel.example"},
		{"http://127.0.0.1:8088/ines", "127.0.0.1:8088", "http://127.0.0.1:8088"},
		{"https://toot.example/@ines", "toot.example", "https://toot.example"},
		{"https://pixel.example/p/ines/123", "", ""},
		{"https://pixel.example/discover", "", ""},
		{"https://pixel.example/i/web", "", ""},
		{"https://pixel.example/", "", ""},
		{"pixelfed:ines", "", ""},
		{"pixelfed:@in es@pixel.example", "", ""},
		{"mastodon:@ines@pixel.example", "", ""},
	}
	for _, c := range cases {
		host, ok := a.Match(c.target)
		if ok != (c.host != "") || host != c.host {
			t.Errorf("Match(%q) = %q, %v; want %q", c.target, host, ok, c.host)
			continue
		}
		if got := a.ProbeBase(c.target); got != c.probe {
			t.Errorf("ProbeBase(%q) = %q, want %q", c.target, got, c.probe)
		}
	}
	for _, h := range []struct {
		info scout.HostInfo
		want bool
	}{
		{scout.HostInfo{Host: "pixel.example", Software: "pixelfed", Protocols: []string{"activitypub"}}, true},
		{scout.HostInfo{Host: "toot.example", Software: "mastodon", Protocols: []string{"activitypub"}, MastodonAPI: true}, false},
		{scout.HostInfo{Host: "blog.example"}, false},
	} {
		if got := a.AcceptsHost(&h.info); got != h.want {
			t.Errorf("AcceptsHost(%s) = %v, want %v", h.info.Software, got, h.want)
		}
	}
}
