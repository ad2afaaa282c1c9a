package lemmy_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/lemmy"
)

func routes() map[string]crawltest.APIRoute {
	return crawltest.WithNodeInfo(map[string]crawltest.APIRoute{
		"/api/v3/user?username=marek":   {File: "user_marek.json"},
		"/api/v3/user?username=ghost":   {File: "user_deleted.json"},
		"/api/v3/user?username=busy":    {Status: 429, File: "error_ratelimit.json"},
		"/api/v3/user":                  {Status: 404, File: "error_not_found.json"},
		"/api/v3/user?username=nobody1": {Status: 400, File: "error_not_found.json"},
	}, lemmy.Software)
}

func TestLemmyCrawl(t *testing.T) {
	srv := crawltest.MustStartAPIFixture(t, "testdata/lemmy", routes())
	a := &lemmy.Adapter{Now: crawltest.FixedNow}
	u := srv.URL
	res, _ := crawltest.MustCrawl(t, []crawler.Adapter{a}, u+"/u/marek", u+"/u/ghost", u+"/u/nobody", u+"/u/nobody1", u+"/u/busy")

	r := res[u+"/u/marek"]
	if r == nil || r.Profile == nil {
		t.Fatalf("no profile: %+v", r)
	}
	if len(r.Warnings) != 0 {
		t.Errorf("warnings %+v", r.Warnings)
	}
	host := strings.TrimPrefix(u, "http://")
	acc := r.Profile.Account
	if acc.ID != "lemmy:"+u+"/u/marek" || acc.Platform != scout.PlatformLemmy || acc.Handle != "marek@"+host || acc.URL != u+"/u/marek" ||
		acc.DisplayName != "Marek Nowak" || acc.AvatarURL != u+"/pictrs/image/6f1c2a9e-avatar.webp" {
		t.Errorf("account %+v", acc)
	}
	if acc.Followers != nil || acc.Following != nil {
		t.Errorf("followers %s following %s: Lemmy users have none", crawltest.FmtCount(acc.Followers), crawltest.FmtCount(acc.Following))
	}
	if acc.PostsCount == nil || *acc.PostsCount != 57 {
		t.Errorf("posts_count %s, want 57", crawltest.FmtCount(acc.PostsCount))
	}
	if !slices.Equal(acc.Links, []string{"https://marek.example/guides"}) || !strings.HasPrefix(acc.Bio, "Bike mechanic in Kraków.") {
		t.Errorf("links %q bio %q", acc.Links, acc.Bio)
	}
	if !slices.Contains(acc.Fields, scout.ProfileField{Name: "Comments", Value: "1204"}) {
		t.Errorf("fields %+v, want the comment count", acc.Fields)
	}

	type wantPost struct {
		id             string
		kind           string
		likes, replies int64
		reply, pinned  bool
		published      time.Time
	}
	want := []wantPost{
		{"/post/3300210", "image", 412, 38, false, true, time.Date(2026, 11, 22, 12, 10, 44, 120033000, time.UTC)},
		{"/post/3300180", "text", 251, 19, false, false, time.Date(2026, 11, 15, 7, 30, 0, 0, time.UTC)},
		{"/post/3300150", "link", 64, 27, false, false, time.Date(2026, 11, 8, 16, 0, 0, 0, time.UTC)},
		{"/post/3300120", "video", 95, 6, false, false, time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)},
		{"/comment/9001122", "text", 88, 5, true, false, time.Date(2026, 11, 21, 17, 40, 12, 443201000, time.UTC)},
		{"/comment/9001088", "text", 23, 1, true, false, time.Date(2026, 11, 19, 8, 5, 0, 0, time.UTC)},
	}
	posts := r.Profile.Posts
	if len(posts) != len(want) {
		var ids []string
		for _, p := range posts {
			ids = append(ids, p.ID)
		}
		t.Fatalf("posts %q, want %d (the removed post and the deleted comment left out)", ids, len(want))
	}
	for i, w := range want {
		p := posts[i]
		if p.ID != u+w.id || p.URL != p.ID || p.MediaKind != w.kind || p.IsReply != w.reply || p.Pinned != w.pinned ||
			!p.PublishedAt.Equal(w.published) || p.AccountID != acc.ID {
			t.Errorf("post %d: %s %q reply=%v pinned=%v %s", i, p.ID, p.MediaKind, p.IsReply, p.Pinned, p.PublishedAt)
		}
		if p.Likes == nil || *p.Likes != w.likes || p.Comments == nil || *p.Comments != w.replies || p.Shares != nil {
			t.Errorf("post %s: likes %s comments %s shares %s, want %d %d none", w.id,
				crawltest.FmtCount(p.Likes), crawltest.FmtCount(p.Comments), crawltest.FmtCount(p.Shares), w.likes, w.replies)
		}
	}
	if p := posts[0]; p.Title != "How I true a wheel without a stand (photo guide)" || !slices.Equal(p.Links, []string{"https://marek.example/img/truing.jpg"}) {
		t.Errorf("first post %q %q", p.Title, p.Links)
	}
	if p := posts[1]; !slices.Equal(p.Links, []string{"https://marek.example/guides/winter-chain"}) || !strings.HasPrefix(p.Text, "Wipe, degrease") {
		t.Errorf("text post %q %q", p.Text, p.Links)
	}
	if p := posts[4]; !slices.Equal(p.Links, []string{"https://marek.example/guides/derailleur"}) {
		t.Errorf("comment links %q", p.Links)
	}
	reqs := srv.Requests("/api/v3/user")
	if q := reqs[0].URL.Query(); q.Get("sort") != "New" || q.Get("limit") != "40" {
		t.Errorf("query %v, want sort=New limit=40", q)
	}

	for target, kind := range map[string]string{
		u + "/u/ghost":   scout.FailNotFound,
		u + "/u/nobody":  scout.FailNotFound,
		u + "/u/nobody1": scout.FailNotFound, // 400 couldnt_find_person, as Lemmy 0.19 answers
		u + "/u/busy":    scout.FailRateLimit,
	} {
		if r := res[target]; r == nil || r.Failure == nil || r.Failure.Kind != kind {
			t.Errorf("%s: %+v, want %s", target, r, kind)
		}
	}
}

// TestLemmyMatch: Match recognises Lemmy's target and /u/ URL shapes on
// any host; a URL's host is then asked what it runs, and only a host whose
// NodeInfo names Lemmy is accepted.
func TestLemmyMatch(t *testing.T) {
	a := &lemmy.Adapter{}
	cases := []struct{ target, host, probe string }{
		{"lemmy:@marek@lemmy.example", "lemmy.example", ""},
		{"lemmy:marek@Lemmy.Example", "lemmy.example", ""},
		{"https://lemmy.example/u/marek", "lemmy.example", "https://lemmy.example"},
		{"https://lemmy.example/u/marek@other.example", "lemmy.example", "https://lemmy.example"},
		{"https://reddit.example/u/marek", "reddit.example", "https://reddit.example"},
		{"https://lemmy.example/c/bikewrench", "", ""},
		{"https://lemmy.example/post/1", "", ""},
		{"https://lemmy.example/u/ma-rek", "", ""},
		{"lemmy:marek", "", ""},
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
	if !a.AcceptsHost(&scout.HostInfo{Software: "lemmy"}) || a.AcceptsHost(&scout.HostInfo{Software: "mastodon"}) || a.AcceptsHost(&scout.HostInfo{}) {
		t.Error("AcceptsHost accepts a host that does not run Lemmy, or refuses one that does")
	}
}
