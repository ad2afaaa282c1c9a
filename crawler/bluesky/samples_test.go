package bluesky_test

import (
	"strings"
	"testing"

	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/bluesky"
	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/internal/sharedtest"
)

// TestBlueskyRealSamples serves the saved getProfile, getAuthorFeed and
// getFollowers responses (2023 captures, without quoteCount) as the
// AppView and checks what the adapter reads from them.
func TestBlueskyRealSamples(t *testing.T) {
	dir := sharedtest.Formats(t, "bsky_getProfile.json", "bsky_getAuthorFeed.json", "bsky_getFollowers.json")
	const did = "did:plc:iijrtk7ocored6zuziwmqq3c"
	api := crawltest.MustStartAPIFixture(t, dir, map[string]crawltest.APIRoute{
		"/xrpc/app.bsky.actor.getProfile":   {File: "bsky_getProfile.json"},
		"/xrpc/app.bsky.feed.getAuthorFeed": {File: "bsky_getAuthorFeed.json"},
		"/xrpc/app.bsky.feed.getAuthorFeed?cursor=1682809172466::bafyreihdpdn7uiqmshzb2y4o67gzy2aeairq6phuk476k2oidhy2p5dbwu": {Body: `{"feed":[]}`},
		"/xrpc/app.bsky.graph.getFollowers": {File: "bsky_getFollowers.json"},
		"/xrpc/app.bsky.graph.getFollowers?cursor=1682797625500::bafyreihaxv35gy25izvp4ypnrse26chpbdra2pxkizjqxyle7tneizlhj4": {Body: `{"followers":[]}`},
		// getPostThread and getProfiles are not in the samples: they 404,
		// which must cost warnings, not the profile.
	})
	res, _ := crawltest.MustCrawl(t, []crawler.Adapter{&bluesky.Adapter{API: api.URL, Now: crawltest.FixedNow, FollowerSample: 100}}, "https://bsky.app/profile/shinyakato.dev")
	r := res["https://bsky.app/profile/shinyakato.dev"]
	if r == nil || r.Profile == nil {
		t.Fatalf("result %+v", r)
	}
	a := r.Profile.Account
	if a.ID != "bluesky:"+did || a.Handle != "shinyakato.dev" || a.DisplayName != "Shinya Kato 🤯" {
		t.Errorf("identity %q %q %q", a.ID, a.Handle, a.DisplayName)
	}
	if *a.Followers != 4945 || *a.Following != 31769 || *a.PostsCount != 3358 {
		t.Errorf("counts %d %d %d", *a.Followers, *a.Following, *a.PostsCount)
	}
	if len(a.Links) != 1 || a.Links[0] != "https://github.com/myConsciousness/atproto.dart" {
		t.Errorf("links %q", a.Links)
	}
	posts := r.Profile.Posts
	var reposts, replies, withCounts int
	for _, p := range posts {
		switch {
		case p.IsRepost:
			reposts++
			if p.Likes != nil || !strings.HasPrefix(p.ID, "at://") {
				t.Errorf("repost %s carries counts or a bad id", p.ID)
			}
		case p.IsReply:
			replies++
		}
		if p.Likes != nil && p.Shares != nil {
			withCounts++
		}
	}
	if len(posts) != 25 || reposts != 2 || replies != 20 || withCounts != 23 {
		t.Errorf("posts %d reposts %d replies %d with counts %d; want 25, 2, 20, 23", len(posts), reposts, replies, withCounts)
	}
	for _, p := range posts {
		if strings.HasSuffix(p.ID, "/3jukdwsblqu2l") && (p.MediaKind != "link" || *p.Likes != 76 || *p.Shares != 50 || p.URL != "https://bsky.app/profile/shinyakato.dev/post/3jukdwsblqu2l") {
			t.Errorf("external-embed post %+v (no quoteCount: shares are reposts alone)", p)
		}
		if strings.HasSuffix(p.ID, "/3jukoxegkhw2s") && p.MediaKind != "image" {
			t.Errorf("image post %+v", p)
		}
	}
	fs := a.FollowerSample
	if len(fs) != 50 || fs[0].ID != "bluesky:did:plc:77c56gjl7ndm2suisje3x2rs" || fs[0].Handle != "goldie.bsky.social" || fs[0].Followers != nil {
		t.Errorf("follower sample: %d, first %+v (counts unknown: getProfiles failed)", len(fs), fs[0])
	}
	if len(r.Warnings) == 0 {
		t.Error("no warnings for the missing getPostThread and getProfiles")
	}
}
