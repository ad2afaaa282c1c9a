package fediverse_test

import (
	"strings"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/fediverse"
)

// tubeRoutes is a PeerTube-like server without the Mastodon API: lookup
// answers 404 for carol and its web page (HTML) for anyone else, and
// webfinger resolves every name to carol's actor.
func tubeRoutes() map[string]crawltest.APIRoute {
	ap := "application/activity+json; charset=utf-8"
	return map[string]crawltest.APIRoute{
		"/api/v1/accounts/lookup":            {File: "spa.html", ContentType: "text/html; charset=utf-8"},
		"/api/v1/accounts/lookup?acct=carol": {Status: 404, File: "error_not_found.json"},
		"/.well-known/webfinger":             {File: "webfinger_carol.json", ContentType: "application/jrd+json; charset=utf-8"},
		"/accounts/carol":                    {File: "actor_carol.json", ContentType: ap},
		"/accounts/carol/followers":          {File: "followers_carol.json", ContentType: ap},
		"/accounts/carol/following":          {Status: 401, File: "error_auth.json"},
		"/accounts/carol/outbox":             {File: "outbox_carol.json", ContentType: ap},
		"/accounts/carol/outbox?page=1":      {File: "outbox_carol_1.json", ContentType: ap},
		"/accounts/carol/outbox?page=2":      {File: "outbox_carol_2.json", ContentType: ap},
		"/accounts/gone":                     {Status: 410, File: "actor_tombstone.json", ContentType: ap},
		"/accounts/tomb":                     {File: "actor_tombstone.json", ContentType: ap},
	}
}

func TestActivityPubCrawl(t *testing.T) {
	tube := crawltest.MustStartAPIFixture(t, "testdata/activitypub", crawltest.WithNodeInfo(tubeRoutes(), "peertube"))
	u := tube.URL
	adapters := []crawler.Adapter{&fediverse.Mastodon{Now: crawltest.FixedNow}, &fediverse.ActivityPub{Now: crawltest.FixedNow}}
	res, _ := crawltest.MustCrawl(t, adapters, u+"/@carol", u+"/@dora", u+"/a/carol/videos", u+"/a/gone", u+"/a/tomb")

	for _, target := range []string{u + "/@carol", u + "/@dora", u + "/a/carol/videos"} {
		r := res[target]
		if r == nil || r.Profile == nil {
			t.Fatalf("%s: %+v", target, r)
		}
		if got := r.Profile.Account.ID; got != "fediverse:"+u+"/accounts/carol" {
			t.Errorf("%s: account id %q: want the actor URI under fediverse", target, got)
		}
	}
	for _, target := range []string{u + "/a/gone", u + "/a/tomb"} {
		if r := res[target]; r == nil || r.Failure == nil || r.Failure.Kind != scout.FailNotFound {
			t.Errorf("%s: %+v, want not_found (410 or Tombstone)", target, r)
		}
	}

	r := res[u+"/@carol"]
	p := r.Profile
	a := p.Account
	if a.Platform != scout.PlatformFediverse || a.DisplayName != "Carol Cuisine & Pâtisserie 🥐" || !strings.HasPrefix(a.Handle, "carol@127.0.0.1:") {
		t.Errorf("account %q %q %q", a.Platform, a.DisplayName, a.Handle)
	}
	if a.Followers == nil || *a.Followers != 1530 || a.Following != nil || a.PostsCount == nil || *a.PostsCount != 57 {
		t.Errorf("counts followers %v following %v posts %v: want 1530, unknown (401), 57", a.Followers, a.Following, a.PostsCount)
	}
	if a.AvatarURL != u+"/lazy-static/avatars/carol-600.png" || len(a.Links) != 1 || a.Links[0] != "https://carol-cuisine.example/" {
		t.Errorf("avatar %q links %q", a.AvatarURL, a.Links)
	}
	if len(r.Warnings) != 1 || r.Warnings[0].Kind != scout.FailAuth {
		t.Errorf("warnings %+v: want the closed following collection", r.Warnings)
	}
	if len(p.Posts) != 4 {
		t.Fatalf("%d posts, want 4 over two outbox pages", len(p.Posts))
	}
	video, boost, comment, note := p.Posts[0], p.Posts[1], p.Posts[2], p.Posts[3]
	if video.IsRepost || video.MediaKind != "video" || video.DurationSeconds != 754 || video.Views == nil || *video.Views != 4210 ||
		video.Language != "fr" || video.URL != u+"/w/9c9de5e8" || video.Title != "Croissants végans – la méthode complète" {
		t.Errorf("own video (announced by its channel) %+v", video)
	}
	if !boost.IsRepost || boost.URL != "https://other-tube.example/videos/watch/abcdef01" || boost.Likes != nil {
		t.Errorf("boost %+v", boost)
	}
	if !comment.IsReply || comment.Text != "Merci à tous pour vos questions ! La suite dimanche." {
		t.Errorf("comment %+v", comment)
	}
	if note.Language != "en" || note.MediaKind != "image" || !note.Sensitive || note.ContentWarning != "long post" ||
		note.Likes == nil || *note.Likes != 31 || *note.Shares != 4 || note.Comments != nil || len(note.Links) != 1 {
		t.Errorf("note %+v", note)
	}
	crawltest.MustMatchGoldenProfile(t, "activitypub_carol", p, u)
}
