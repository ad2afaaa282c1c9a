package ingest_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/ingest"
)

var (
	seen = time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)
	bsky = scout.IdentityAccount{ID: "bluesky:did:plc:maya", Platform: scout.PlatformBluesky, Handle: "maya.bsky.social",
		URL: "https://bsky.app/profile/maya.bsky.social", SeenAt: seen}
	yt = scout.IdentityAccount{ID: "youtube:UCmaya", Platform: scout.PlatformYouTube, Handle: "maya",
		URL: "https://www.youtube.com/@maya", SeenAt: seen}
	blog = scout.IdentityAccount{ID: "web:http://maya.example/", Platform: scout.PlatformWeb,
		URL: "http://maya.example/", SeenAt: seen}
	masto = scout.IdentityAccount{ID: "mastodon:https://social.example/users/maya", Platform: scout.PlatformMastodon, Handle: "maya",
		URL: "https://social.example/@maya", SeenAt: seen}
	tree = scout.IdentityAccount{ID: "web:https://linktr.ee/maya", Platform: scout.PlatformWeb,
		URL: "https://linktr.ee/maya", SeenAt: seen}
)

func with(a scout.IdentityAccount, links ...string) scout.IdentityAccount {
	a.Links = links
	return a
}

func verified(a scout.IdentityAccount, links ...string) scout.IdentityAccount {
	a.Verified = links
	return a
}

// pairs renders evidence as "kind from→to" for comparison.
func pairs(ev []scout.IdentityEvidence) []string {
	var out []string
	for _, e := range ev {
		out = append(out, fmt.Sprintf("%s %s→%s", e.Kind, e.From, e.To))
	}
	return out
}

var evidenceTests = []struct {
	name string
	in   []scout.IdentityAccount
	want []string
}{
	{"Reciprocal",
		[]scout.IdentityAccount{with(bsky, "https://youtube.com/@Maya/"), with(yt, "https://bsky.app/profile/did:plc:maya")},
		[]string{"reciprocal_link bluesky:did:plc:maya→youtube:UCmaya", "reciprocal_link youtube:UCmaya→bluesky:did:plc:maya"}},
	{"OneWayIsNotEvidence",
		[]scout.IdentityAccount{with(bsky, "https://www.youtube.com/@maya"), yt},
		nil},
	{"RelMeFromAWebPage",
		[]scout.IdentityAccount{with(blog, "https://social.example/@maya"), with(masto, "https://maya.example")},
		[]string{"rel_me mastodon:https://social.example/users/maya→web:http://maya.example/", "rel_me web:http://maya.example/→mastodon:https://social.example/users/maya"}},
	{"VerifiedFieldIsEnoughOneWay",
		[]scout.IdentityAccount{verified(masto, "https://maya.example/"), blog},
		[]string{"verified_field mastodon:https://social.example/users/maya→web:http://maya.example/"}},
	{"LinkInBioListingBoth",
		[]scout.IdentityAccount{
			with(bsky, "https://linktr.ee/maya"), with(yt, "https://linktr.ee/maya"),
			with(tree, "https://bsky.app/profile/maya.bsky.social", "https://youtube.com/@maya")},
		// Each account is also reciprocally linked with the page.
		[]string{
			"rel_me bluesky:did:plc:maya→web:https://linktr.ee/maya",
			"link_in_bio bluesky:did:plc:maya→youtube:UCmaya",
			"rel_me web:https://linktr.ee/maya→bluesky:did:plc:maya",
			"rel_me web:https://linktr.ee/maya→youtube:UCmaya",
			"rel_me youtube:UCmaya→web:https://linktr.ee/maya",
		}},
	{"LinkInBioListingOneOnly",
		[]scout.IdentityAccount{with(bsky, "https://linktr.ee/maya"), with(yt, "https://linktr.ee/maya"),
			with(tree, "https://bsky.app/profile/maya.bsky.social")},
		[]string{"rel_me bluesky:did:plc:maya→web:https://linktr.ee/maya", "rel_me web:https://linktr.ee/maya→bluesky:did:plc:maya"}},
	{"SameNameIsNotEvidence",
		[]scout.IdentityAccount{
			{ID: "web:http://alexkim.example/", Platform: scout.PlatformWeb, URL: "http://alexkim.example/", Handle: "alexkim"},
			{ID: "web:http://social.example/@alexkim", Platform: scout.PlatformWeb, URL: "http://social.example/@alexkim", Handle: "alexkim"}},
		nil},
}

func TestFindIdentityEvidence(t *testing.T) {
	for _, tt := range evidenceTests {
		got := pairs(ingest.FindIdentityEvidence(tt.in, seen))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestFindIdentityEvidence_RecordsTheLink(t *testing.T) {
	ev := ingest.FindIdentityEvidence([]scout.IdentityAccount{
		with(blog, "https://social.example/@maya"), with(masto, "https://maya.example")}, time.Time{})
	want := scout.IdentityEvidence{Kind: scout.EvidenceRelMe, From: blog.ID, To: masto.ID,
		URL: "https://social.example/@maya", SeenOn: "http://maya.example/", SeenAt: seen,
		Reason: "links back from https://social.example/@maya to https://maya.example"}
	if len(ev) != 2 || ev[1] != want {
		t.Errorf("got %+v\nwant [_, %+v]", ev, want)
	}
}

func TestIsLinkInBio(t *testing.T) {
	for in, want := range map[string]bool{
		"https://linktr.ee/maya": true, "https://maya.carrd.co": true,
		"https://maya.example/": false, "https://bsky.app/profile/x": false,
	} {
		if got := ingest.IsLinkInBio(in); got != want {
			t.Errorf("IsLinkInBio(%q) = %v", in, got)
		}
	}
}
