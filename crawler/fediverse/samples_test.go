package fediverse_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/fediverse"
	"github.com/scout-oss/scout/internal/sharedtest"
)

// TestMastodonRealSamples serves the Account entities of Mastodon's
// documentation and of a real minimal account as lookup answers.
func TestMastodonRealSamples(t *testing.T) {
	dir := sharedtest.Formats(t, "mastodon_api_account_docs_example.json", "mastodon_api_account_minimal.json")
	inst := crawltest.MustStartAPIFixture(t, dir, crawltest.WithNodeInfo(map[string]crawltest.APIRoute{
		"/api/v1/accounts/lookup?acct=noiob":    {File: "mastodon_api_account_docs_example.json"},
		"/api/v1/accounts/lookup?acct=benis911": {File: "mastodon_api_account_minimal.json"},
		"/api/v1/accounts/23634/statuses":       {Body: `[]`},
	}, "mastodon"))
	res, _ := crawltest.MustCrawl(t, []crawler.Adapter{&fediverse.Mastodon{Now: crawltest.FixedNow}}, inst.URL+"/@noiob", inst.URL+"/@benis911")

	docs := res[inst.URL+"/@noiob"]
	if docs == nil || docs.Profile == nil {
		t.Fatalf("docs example: %+v", docs)
	}
	a := docs.Profile.Account
	if a.ID != "mastodon:https://awoo.space/users/noiob" || a.Handle != "noiob@awoo.space" || a.DisplayName != "ikea shark fan account" {
		t.Errorf("identity %q %q %q", a.ID, a.Handle, a.DisplayName)
	}
	if *a.Followers != 547 || *a.Following != 404 || *a.PostsCount != 28468 {
		t.Errorf("counts %d %d %d", *a.Followers, *a.Following, *a.PostsCount)
	}
	// The one verified field (Website) comes first; the mention links in
	// Alt and Bots fields are h-card mentions and are skipped.
	if len(a.Links) == 0 || a.Links[0] != "http://shork.xyz" {
		t.Errorf("links %q: want the verified http://shork.xyz first", a.Links)
	}
	// The sample's note is broken ("</span}" for "</span></a>"): an HTML
	// parser reads "</span} ~ <a ...>" as one end tag, so the text between
	// is lost, as it is in a browser. What is left must be text.
	if !strings.HasPrefix(a.Bio, ":ms_rainbow_flag: ") || !strings.Contains(a.Bio, "#awoo") || strings.ContainsAny(a.Bio, "<>") {
		t.Errorf("bio %q: want the note read as a browser shows it", a.Bio)
	}

	min := res[inst.URL+"/@benis911"]
	if min == nil || min.Profile == nil {
		t.Fatalf("minimal: %+v", min)
	}
	m := min.Profile.Account
	if m.ID != "mastodon:https://mastodon.social/users/benis911" || m.Handle != "benis911@mastodon.social" || m.AvatarURL != "" || *m.Followers != 1 {
		t.Errorf("minimal account %+v: want the missing.png avatar dropped", m)
	}
	if len(min.Warnings) == 0 || min.Warnings[0].Kind != scout.FailNotFound {
		t.Errorf("warnings %+v: want the statuses 404", min.Warnings)
	}
}

// TestActivityPubRealSamples serves real actors (a Mastodon Person with
// profile fields, a PeerTube Person, Mastodon's vcard-typed actor from an
// HTTP capture), Mastodon's followers collection and page, and a Create
// Note, and reads them with the ActivityPub adapter.
func TestActivityPubRealSamples(t *testing.T) {
	dir := sharedtest.Formats(t, "ap_actor_person_mastodon_social_emelie.json", "ap_actor_person_peertube.json",
		"mastodon_http_activitypub_actor_individual.txt", "ap_followers_orderedcollection.json",
		"ap_followers_orderedcollectionpage.json", "ap_create_note_mastodon.json")
	capture, err := os.ReadFile(filepath.Join(dir, "mastodon_http_activitypub_actor_individual.txt"))
	if err != nil {
		t.Fatal(err)
	}
	_, foo, ok := strings.Cut(strings.ReplaceAll(string(capture), "\r\n", "\n"), "\n\n")
	if !ok {
		t.Fatal("no body in the HTTP capture")
	}
	note, err := os.ReadFile(filepath.Join(dir, "ap_create_note_mastodon.json"))
	if err != nil {
		t.Fatal(err)
	}
	ap := "application/activity+json; charset=utf-8"
	srv := crawltest.MustStartAPIFixture(t, dir, crawltest.WithNodeInfo(map[string]crawltest.APIRoute{
		"/accounts/emelie":    {File: "ap_actor_person_mastodon_social_emelie.json", ContentType: ap},
		"/accounts/createurs": {File: "ap_actor_person_peertube.json", ContentType: ap},
		"/accounts/foo":       {Body: foo, ContentType: ap},
		// A local actor whose collections are the real samples.
		"/accounts/local": {Body: `{"id":"{{BASE}}/accounts/local","type":"Person","preferredUsername":"local",
			"followers":"{{BASE}}/c/followers","following":"{{BASE}}/c/following","outbox":"{{BASE}}/c/outbox"}`, ContentType: ap},
		"/c/followers": {File: "ap_followers_orderedcollection.json", ContentType: ap},
		"/c/following": {File: "ap_followers_orderedcollectionpage.json", ContentType: ap},
		"/c/outbox":    {Body: `{"type":"OrderedCollectionPage","totalItems":1,"orderedItems":[` + string(note) + `]}`, ContentType: ap},
	}, "peertube"))
	u := srv.URL
	res, _ := crawltest.MustCrawl(t, []crawler.Adapter{&fediverse.ActivityPub{Now: crawltest.FixedNow}}, u+"/a/emelie", u+"/a/createurs", u+"/a/foo", u+"/a/local")

	get := func(name string) *scout.CrawlResult {
		r := res[u+"/a/"+name]
		if r == nil || r.Profile == nil {
			t.Fatalf("%s: %+v", name, r)
		}
		return r
	}
	em := get("emelie").Profile.Account
	// The actor calls itself https://mastodon.social/users/emelie but was
	// served from the fixture host: that id is not trusted as the key, and
	// its collections on mastodon.social are not followed.
	if em.ID != "fediverse:"+u+"/accounts/emelie" || em.Handle != "emelie@"+strings.TrimPrefix(u, "http://") || em.Followers != nil {
		t.Errorf("emelie identity %q %q followers %v", em.ID, em.Handle, em.Followers)
	}
	wantLinks := []string{"https://ko-fi.com/emeliepng", "https://www.instagram.com/emelie_png/", "https://emelie.carrd.co/", "https://emiri.artstation.com"}
	if em.DisplayName != "emelie 🎨" || strings.Join(em.Links, " ") != strings.Join(wantLinks, " ") ||
		!strings.Contains(em.Bio, "If I ain't spending time with my pets") || em.URL != "https://mastodon.social/@emelie" {
		t.Errorf("emelie %q links %q bio %q url %q", em.DisplayName, em.Links, em.Bio, em.URL)
	}
	pt := get("createurs").Profile.Account
	if pt.DisplayName != "Créateurs" || pt.Bio != "" || pt.AvatarURL != "https://peertube.stream/lazy-static/avatars/c27b672d-ad8f-498a-adbe-553af8da56f9.png" {
		t.Errorf("peertube actor %+v", pt)
	}
	foo1 := get("foo").Profile.Account
	if foo1.Bio != "test" || foo1.Handle != "foo@"+strings.TrimPrefix(u, "http://") || foo1.AvatarURL != "https://quitter.no/avatar/7477-300-20160211190340.png" {
		t.Errorf("vcard actor %+v", foo1)
	}
	local := get("local")
	la := local.Profile.Account
	if la.Followers == nil || *la.Followers != 437 || la.Following == nil || *la.Following != 437 {
		t.Errorf("collections: followers %v following %v, want 437 from the collection and from the page", la.Followers, la.Following)
	}
	posts := local.Profile.Posts
	if len(posts) != 1 {
		t.Fatalf("posts %+v", posts)
	}
	p := posts[0]
	if p.ID != "http://mastodon.example.org/users/admin/statuses/99512778738411822" || p.URL != "http://mastodon.example.org/@admin/99512778738411822" ||
		p.Text != "@lain" || !p.Sensitive || p.ContentWarning != "cw" || p.PublishedAt.Format("2006-01-02T15:04:05Z") != "2018-02-12T14:08:20Z" ||
		p.Comments != nil || len(p.Links) != 0 {
		t.Errorf("note %+v", p)
	}
}
