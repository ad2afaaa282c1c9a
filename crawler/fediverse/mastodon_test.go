package fediverse_test

import (
	"strings"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/fediverse"
)

const aliceMastodonID = "109876543210"

// mastodonRoutes is the fixture instance: alice with two pages of
// statuses, replies, followers; and accounts that fail in each documented
// way. Its webfinger knows nobody, so the ActivityPub fallback ends in
// not_found.
func mastodonRoutes() map[string]crawltest.APIRoute {
	a := "/api/v1/accounts/"
	return map[string]crawltest.APIRoute{
		a + "lookup?acct=alice":           {File: "lookup_alice.json"},
		a + "lookup?acct=spammer":         {File: "lookup_suspended.json"},
		a + "lookup":                      {Status: 404, File: "error_not_found.json"},
		a + "lookup?acct=gone":            {Status: 410, File: "error_not_found.json"},
		a + "lookup?acct=closed":          {Status: 401, File: "error_auth.json"},
		a + "lookup?acct=busy":            {Status: 429, File: "error_ratelimit.json", Header: map[string]string{"Retry-After": "3600"}},
		a + aliceMastodonID + "/statuses": {File: "statuses_alice_1.json"},
		a + aliceMastodonID + "/statuses?max_id=111000000000000200": {File: "statuses_alice_2.json"},
		a + aliceMastodonID + "/statuses?max_id=111000000000000050": {File: "statuses_empty.json"},
		a + aliceMastodonID + "/followers":                          {File: "followers_alice.json"},
		"/api/v1/statuses/111000000000000300/context":               {File: "context_300.json"},
		"/api/v1/statuses/111000000000000100/context":               {Status: 403, File: "error_auth.json"},
		"/api/v1/statuses/111000000000000050/context":               {File: "context_empty.json"},
		"/.well-known/webfinger":                                    {Status: 404, File: "error_not_found.json"},
	}
}

func TestMastodonCrawl(t *testing.T) {
	inst := crawltest.MustStartAPIFixture(t, "testdata/mastodon", crawltest.WithNodeInfo(mastodonRoutes(), "mastodon"))
	m := &fediverse.Mastodon{Now: crawltest.FixedNow}
	u := inst.URL
	res, sum := crawltest.MustCrawl(t, []crawler.Adapter{m},
		u+"/@alice", u+"/@spammer", u+"/@nobody", u+"/@gone", u+"/@closed", u+"/@busy")

	t.Run("Failures", func(t *testing.T) {
		for target, want := range map[string]string{
			u + "/@spammer": scout.FailNotFound,
			u + "/@nobody":  scout.FailNotFound,
			u + "/@gone":    scout.FailNotFound,
			u + "/@closed":  scout.FailAuth,
			u + "/@busy":    scout.FailRateLimit,
		} {
			r := res[target]
			if r == nil || r.Failure == nil || r.Failure.Kind != want {
				t.Errorf("%s: got %+v, want failure %s", target, r, want)
			}
		}
		var wf []string
		for _, r := range inst.Requests("/.well-known/webfinger") {
			wf = append(wf, r.URL.Query().Get("resource"))
		}
		if len(wf) != 1 || !strings.HasPrefix(wf[0], "acct:nobody@") {
			t.Errorf("webfinger asked for %q: want only nobody (404 → ActivityPub fallback; 410 is gone)", wf)
		}
		n := 0
		for _, r := range inst.Requests("/api/v1/accounts/lookup") {
			if r.URL.Query().Get("acct") == "closed" {
				n++
			}
		}
		if n != 1 {
			t.Errorf("closed instance asked %d times, want once (401 is not retried)", n)
		}
		if sum.Profiles != 1 {
			t.Errorf("summary %+v", sum)
		}
	})

	r := res[u+"/@alice"]
	if r == nil || r.Profile == nil {
		t.Fatalf("alice: %+v", r)
	}
	p := r.Profile
	t.Run("Account", func(t *testing.T) {
		a := p.Account
		if a.ID != "mastodon:https://bakers.example/users/alice" || a.Handle != "alice@bakers.example" || a.Platform != scout.PlatformMastodon {
			t.Errorf("identity: id %q handle %q platform %q", a.ID, a.Handle, a.Platform)
		}
		if a.DisplayName != "Alice 🍰 & the Dough Club :blobcat:" {
			t.Errorf("display name %q", a.DisplayName)
		}
		want := []string{"https://alice-bakes.example", "https://bsky.app/profile/alice.test", "https://shop.alice-bakes.example/"}
		if strings.Join(a.Links, " ") != strings.Join(want, " ") {
			t.Errorf("links %q, want %q (verified field first; mentions and hashtags skipped)", a.Links, want)
		}
		if !strings.HasPrefix(a.Bio, "Vegan baker in Lyon.") || strings.Contains(a.Bio, "<") {
			t.Errorf("bio %q", a.Bio)
		}
		if *a.Followers != 3120 || *a.Following != 208 || *a.PostsCount != 1877 {
			t.Errorf("counts %d %d %d", *a.Followers, *a.Following, *a.PostsCount)
		}
	})
	t.Run("Posts", func(t *testing.T) {
		if len(p.Posts) != 5 {
			t.Fatalf("%d posts, want 5 over two pages", len(p.Posts))
		}
		boost := p.Posts[1]
		if !boost.IsRepost || boost.Likes != nil || boost.Shares != nil || boost.URL != "https://other.example/@bob/111000000000000111" || boost.Text != "My rye starter turned five today" {
			t.Errorf("boost %+v: want IsRepost, Bob's URL and text, no counts", boost)
		}
		reply := p.Posts[2]
		if !reply.IsReply || reply.Language != "fr" || reply.Text != "@carla merci !" {
			t.Errorf("reply %+v", reply)
		}
		img := p.Posts[0]
		if img.MediaKind != "image" || *img.Likes != 120 || *img.Comments != 9 || *img.Shares != 14 ||
			len(img.Links) != 1 || img.Links[0] != "https://alice-bakes.example/brioche" || img.Text != "Brioche without butter & eggs. Yes, really. https://alice-bakes.example/brioche #vegan" {
			t.Errorf("image post %+v", img)
		}
		if len(img.Replies) != 2 || img.Replies[0].Handle != "dee@bakers.example" || img.Replies[1].AuthorID != "mastodon:https://other.example/users/bob" || img.Replies[1].Language != "de" {
			t.Errorf("replies %+v: want dee then bob, the nested reply left out", img.Replies)
		}
		vid := p.Posts[3]
		if vid.MediaKind != "video" || vid.DurationSeconds != 47 || !vid.Sensitive || vid.ContentWarning != "food, close-up (knife)" {
			t.Errorf("video %+v", vid)
		}
		if link := p.Posts[4]; link.MediaKind != "link" || len(link.Links) != 1 {
			t.Errorf("card post %+v", link)
		}
		pages := inst.Requests("/api/v1/accounts/" + aliceMastodonID + "/statuses")
		if len(pages) != 3 || pages[2].URL.Query().Get("max_id") != "111000000000000050" {
			t.Errorf("%d statuses requests, want 3 paged by max_id", len(pages))
		}
		if len(r.Warnings) != 1 || r.Warnings[0].Kind != scout.FailAuth {
			t.Errorf("warnings %+v: want the closed context of one status", r.Warnings)
		}
	})
	t.Run("Followers", func(t *testing.T) {
		fs := p.Account.FollowerSample
		if len(fs) != 2 || fs[0].ID != "mastodon:https://bakers.example/users/dee" || fs[0].Bio != "bread & books" || fs[1].AvatarURL != "" || *fs[1].Followers != 9000 {
			t.Errorf("follower sample %+v", fs)
		}
	})
	crawltest.MustMatchGoldenProfile(t, "mastodon_alice", p, inst.URL)
}

func TestMastodonMatch(t *testing.T) {
	m := &fediverse.Mastodon{}
	for _, tt := range []struct {
		target, key string
	}{
		{"mastodon:@alice@Example.Social", "example.social"},
		{"https://example.social/@alice", "example.social"},
		{"http://127.0.0.1:8080/@alice", "127.0.0.1:8080"},
		{"bluesky:alice.test", ""},
		{"https://tube.example/a/carol", ""},
		// The shape matches on any host; the crawl asks the host before
		// the adapter fetches (ProbeBase, AcceptsHost).
		{"https://medium.com/@alice", "medium.com"},
	} {
		key, ok := m.Match(tt.target)
		if ok != (tt.key != "") || key != tt.key {
			t.Errorf("Match(%q) = %q, %v; want %q", tt.target, key, ok, tt.key)
		}
	}
}
