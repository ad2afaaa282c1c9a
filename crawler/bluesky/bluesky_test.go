package bluesky_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/bluesky"
	"github.com/scout-oss/scout/crawler/crawltest"
)

const aliceDID = "did:plc:7a3kqc5vpwz2xdl6tb4hmkfa"

// blueskyRoutes is the fixture AppView: alice.test with two feed pages,
// one thread, followers; and accounts that fail in each documented way.
func blueskyRoutes() map[string]crawltest.APIRoute {
	x := "/xrpc/"
	return map[string]crawltest.APIRoute{
		x + "app.bsky.actor.getProfile?actor=alice.test":                                                      {File: "getProfile_alice.json"},
		x + "app.bsky.actor.getProfile?actor=" + aliceDID:                                                     {File: "getProfile_alice.json"},
		x + "app.bsky.feed.getAuthorFeed?actor=" + aliceDID:                                                   {File: "getAuthorFeed_alice_1.json"},
		x + "app.bsky.feed.getAuthorFeed?actor=" + aliceDID + "&cursor=2024-03-09T20:00:00.000Z::bafyreibob1": {File: "getAuthorFeed_alice_2.json"},
		x + "app.bsky.feed.getPostThread?uri=at://" + aliceDID + "/app.bsky.feed.post/3kfeed0000001":          {File: "getPostThread_feed1.json"},
		x + "app.bsky.feed.getPostThread":                                                                     {Status: 400, File: "error_post_not_found.json"},
		x + "app.bsky.graph.getFollowers?actor=" + aliceDID:                                                   {File: "getFollowers_alice.json"},
		x + "app.bsky.actor.getProfiles":                                                                      {File: "getProfiles_followers.json"},
		x + "app.bsky.actor.getProfile?actor=nobody.test":                                                     {Status: 400, File: "error_profile_not_found.json"},
		x + "app.bsky.actor.getProfile?actor=banned.test":                                                     {Status: 400, File: "error_takedown.json"},
		x + "app.bsky.actor.getProfile?actor=sleepy.test":                                                     {Status: 400, File: "error_deactivated.json"},
		x + "app.bsky.actor.getProfile?actor=busy.test":                                                       {Status: 429, File: "error_ratelimit.json", Header: map[string]string{"Retry-After": "3600", "RateLimit-Remaining": "0"}},
		x + "app.bsky.actor.getProfile?actor=closed.test":                                                     {Status: 401, File: "error_auth.json"},
		x + "app.bsky.actor.getProfile?actor=broken.test":                                                     {Status: 400, File: "error_bad_actor.json"},
	}
}

func TestBlueskyCrawl(t *testing.T) {
	api := crawltest.MustStartAPIFixture(t, "testdata/bluesky", blueskyRoutes())
	bs := &bluesky.Adapter{API: api.URL, Now: crawltest.FixedNow, MaxPosts: 10}
	res, sum := crawltest.MustCrawl(t, []crawler.Adapter{bs},
		"bluesky:alice.test", "https://bsky.app/profile/nobody.test", "bluesky:banned.test",
		"bluesky:sleepy.test", "bluesky:busy.test", "bluesky:closed.test", "bluesky:broken.test")

	t.Run("Failures", func(t *testing.T) {
		for target, want := range map[string]string{
			"https://bsky.app/profile/nobody.test": scout.FailNotFound,
			"bluesky:banned.test":                  scout.FailNotFound,
			"bluesky:sleepy.test":                  scout.FailNotFound,
			"bluesky:busy.test":                    scout.FailRateLimit,
			"bluesky:closed.test":                  scout.FailAuth,
			"bluesky:broken.test":                  scout.FailHTTP,
		} {
			r := res[target]
			if r == nil || r.Failure == nil {
				t.Errorf("%s: got %+v, want failure %s", target, r, want)
				continue
			}
			if r.Failure.Kind != want {
				t.Errorf("%s: kind %s (%s), want %s", target, r.Failure.Kind, r.Failure.Message, want)
			}
		}
		for _, actor := range []string{"closed.test", "nobody.test", "banned.test"} {
			n := 0
			for _, r := range api.Requests("/xrpc/app.bsky.actor.getProfile") {
				if r.URL.Query().Get("actor") == actor {
					n++
				}
			}
			if n != 1 {
				t.Errorf("%s asked %d times, want once: a 400/401 is never retried", actor, n)
			}
		}
		if sum.Profiles != 1 || sum.Fetched != 7 {
			t.Errorf("summary %+v", sum)
		}
	})

	r := res["bluesky:alice.test"]
	if r == nil || r.Profile == nil {
		t.Fatalf("alice: %+v", r)
	}
	p := r.Profile
	t.Run("Account", func(t *testing.T) {
		a := p.Account
		if a.ID != "bluesky:"+aliceDID || a.Handle != "alice.test" || a.URL != "https://bsky.app/profile/alice.test" {
			t.Errorf("identity: id %q handle %q url %q", a.ID, a.Handle, a.URL)
		}
		if a.DisplayName != "Alice Bakes & Co 🍰" {
			t.Errorf("display name %q: want the entity decoded and the emoji kept", a.DisplayName)
		}
		if a.Followers == nil || *a.Followers != 12840 || *a.Following != 311 || *a.PostsCount != 2204 {
			t.Errorf("counts %v %v %v", a.Followers, a.Following, a.PostsCount)
		}
		if len(a.Links) != 1 || a.Links[0] != "https://alice-bakes.example/recipes" {
			t.Errorf("links %q", a.Links)
		}
	})
	t.Run("Posts", func(t *testing.T) {
		if len(p.Posts) != 6 {
			t.Fatalf("%d posts, want 6 over two pages", len(p.Posts))
		}
		byID := map[string]scout.Post{}
		for _, q := range p.Posts {
			byID[q.ID] = q
		}
		pin := byID["at://"+aliceDID+"/app.bsky.feed.post/3kpin0000002a"]
		if !pin.Pinned || *pin.Shares != 125 {
			t.Errorf("pinned post: pinned %v shares %v (want reposts+quotes 125)", pin.Pinned, pin.Shares)
		}
		img := byID["at://"+aliceDID+"/app.bsky.feed.post/3kfeed0000001"]
		if img.MediaKind != "image" || img.Language != "en" || img.URL != "https://bsky.app/profile/alice.test/post/3kfeed0000001" ||
			len(img.Links) != 1 || *img.Likes != 410 || *img.Comments != 12 || *img.Shares != 32 {
			t.Errorf("image post %+v", img)
		}
		if len(img.Replies) != 2 || img.Replies[0].Handle != "erin.test" || img.Replies[0].AuthorID != "bluesky:did:plc:erinerinerinerinerinerin" || img.Replies[0].Language != "fr" {
			t.Errorf("replies %+v: want 2, oldest first, the blocked one skipped", img.Replies)
		}
		rp := byID["at://did:plc:bobbobbobbobbobbobbobbob/app.bsky.feed.post/3kbob00000001#repost"]
		if !rp.IsRepost || rp.Likes != nil || rp.Comments != nil || rp.Shares != nil || rp.URL != "https://bsky.app/profile/bob.test/post/3kbob00000001" {
			t.Errorf("repost %+v: want IsRepost and no counts (the counts are Bob's)", rp)
		}
		if rp.PublishedAt.Format("2006-01-02T15") != "2024-03-09T20" {
			t.Errorf("repost time %v: want when Alice reposted", rp.PublishedAt)
		}
		vid := byID["at://"+aliceDID+"/app.bsky.feed.post/3kfeed0000002"]
		if vid.MediaKind != "video" || vid.Language != "de" || vid.Shares == nil || *vid.Shares != 4 || len(vid.Labels) != 1 || vid.Labels[0] != "graphic-media" {
			t.Errorf("video post (no quoteCount) %+v", vid)
		}
		reply := byID["at://"+aliceDID+"/app.bsky.feed.post/3kfeed0000003"]
		if !reply.IsReply || reply.MediaKind != "text" || reply.Language != "" {
			t.Errorf("reply post %+v", reply)
		}
		link := byID["at://"+aliceDID+"/app.bsky.feed.post/3kfeed0000004"]
		if link.MediaKind != "link" || len(link.Links) != 1 || link.Links[0] != "https://alice-bakes.example/scale-review" {
			t.Errorf("link post %+v", link)
		}
	})
	t.Run("Followers", func(t *testing.T) {
		fs := p.Account.FollowerSample
		if len(fs) != 3 || fs[2].Following == nil || *fs[2].Following != 4999 || fs[1].Handle != "erin.test" {
			t.Errorf("follower sample %+v", fs)
		}
		for _, r := range api.Requests("/xrpc/app.bsky.actor.getProfiles") {
			if n := len(r.URL.Query()["actors"]); n == 0 || n > 25 {
				t.Errorf("getProfiles with %d actors, want 1..25", n)
			}
		}
	})
	t.Run("Requests", func(t *testing.T) {
		feed := api.Requests("/xrpc/app.bsky.feed.getAuthorFeed")
		if len(feed) != 2 || feed[1].URL.Query().Get("cursor") == "" {
			t.Errorf("feed requests %d, want 2, the second with the cursor", len(feed))
		}
		for _, r := range feed {
			if n, _ := strconv.Atoi(r.URL.Query().Get("limit")); n < 1 || n > 100 {
				t.Errorf("feed limit %d", n)
			}
			if !strings.HasPrefix(r.UserAgent(), "ScoutBot/") {
				t.Errorf("user agent %q: the adapter bypassed the shared transport", r.UserAgent())
			}
		}
		// Threads: posts with replies, own and not reposts: the pin,
		// feed1, feed2, feed4 (feed3 has none, Bob's is a repost).
		if got := len(api.Requests("/xrpc/app.bsky.feed.getPostThread")); got != 4 {
			t.Errorf("getPostThread calls = %d, want 4", got)
		}
		if len(r.Warnings) != 3 {
			t.Errorf("warnings %+v: want the 3 threads that are not found", r.Warnings)
		}
	})
	crawltest.MustMatchGoldenProfile(t, "bluesky_alice", p, api.URL)
}

func TestBlueskyMatch(t *testing.T) {
	bs := &bluesky.Adapter{}
	for _, tt := range []struct {
		target string
		ok     bool
	}{
		{"bluesky:alice.bsky.social", true},
		{"https://bsky.app/profile/alice.bsky.social", true},
		{"mastodon:@alice@example.social", false},
		{"https://alice.example/", false},
	} {
		key, ok := bs.Match(tt.target)
		if ok != tt.ok || ok && key != "public.api.bsky.app" {
			t.Errorf("Match(%q) = %q, %v; want ok %v on public.api.bsky.app", tt.target, key, ok, tt.ok)
		}
	}
}
