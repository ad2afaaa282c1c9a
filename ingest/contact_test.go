package ingest_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/ingest"
)

var contactCases = []struct {
	name, text, field string
	want              []scout.Contact
}{
	{"PlainEmail", "Vegan baker. Business: Hello@Example.com 🍰", "",
		[]scout.Contact{{Type: "email", Value: "hello@example.com", SeenIn: "bio"}}},
	{"BracketedAtDot", "collabs → maria [at] bakery [dot] pt", "",
		[]scout.Contact{{Type: "email", Value: "maria@bakery.pt", SeenIn: "bio"}}},
	{"ParenAt", "contacto: ana(at)cocina.es", "",
		[]scout.Contact{{Type: "email", Value: "ana@cocina.es", SeenIn: "bio"}}},
	{"SpelledOut", "write to jo at studio dot com for bookings", "",
		[]scout.Contact{{Type: "email", Value: "jo@studio.com", SeenIn: "bio"}}},
	{"Arroba", "pedidos: lu [arroba] doces [ponto] com [ponto] br", "",
		[]scout.Contact{{Type: "email", Value: "lu@doces.com.br", SeenIn: "bio"}}},
	{"FediHandleIsNotEmail", "also @alice@example.social and @bob.bsky.social", "", nil},
	{"SentenceWithAtIsNotEmail", "baking at home at night, dot by dot", "", nil},
	{"ContactPageInBio", "Shop https://example.com/shop — press: https://example.com/contact/", "",
		[]scout.Contact{{Type: "url", Value: "https://example.com/contact/", SeenIn: "bio"}}},
	{"AnyURLInContactField", "https://forms.example.net/f/abc", "Business",
		[]scout.Contact{{Type: "url", Value: "https://forms.example.net/f/abc", SeenIn: "field:Business"}}},
	{"OrdinaryLinkInOtherField", "https://example.net/blog", "Blog", nil},
}

func TestFindContacts(t *testing.T) {
	for _, tc := range contactCases {
		seenIn := "bio"
		if tc.field != "" {
			seenIn = "field:" + tc.field
		}
		got := ingest.FindContacts(tc.text, seenIn, tc.field)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: FindContacts(%q) mismatch (-want +got):\n%s", tc.name, tc.text, diff)
		}
	}
}

func TestContactLink(t *testing.T) {
	for _, tc := range []struct {
		link string
		want scout.Contact
		ok   bool
	}{
		{"mailto:Team@Example.org", scout.Contact{Type: "email", Value: "team@example.org", SeenIn: "links"}, true},
		{"https://example.org/en/kontakt", scout.Contact{Type: "url", Value: "https://example.org/en/kontakt", SeenIn: "links"}, true},
		{"https://example.org/recipes/contact-lenses-cake", scout.Contact{}, false},
		{"https://example.org/", scout.Contact{}, false},
	} {
		got, ok := ingest.ContactLink(tc.link)
		if ok != tc.ok || got != tc.want {
			t.Errorf("ContactLink(%q) = %+v, %v; want %+v, %v", tc.link, got, ok, tc.want, tc.ok)
		}
	}
}

func TestDeriveContacts(t *testing.T) {
	at := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	c := &scout.Creator{Accounts: []scout.Account{
		{ID: "mastodon:https://example.social/users/ana", Platform: scout.PlatformMastodon, Followers: scout.Int64(10),
			Bio: "Recipes. ana [at] example [dot] com", FetchedAt: at,
			Fields: []scout.ProfileField{{Name: "Contact", Value: "https://example.com/work-with-me"}, {Name: "Blog", Value: "https://example.com"}}},
		{ID: "bluesky:did:plc:ana", Platform: scout.PlatformBluesky, Followers: scout.Int64(5),
			Bio: "business: ANA@example.com", FetchedAt: at},
	}}
	ingest.Derive(c)
	want := []scout.Contact{
		{Type: "email", Value: "ana@example.com", SeenIn: "bio", Account: "mastodon:https://example.social/users/ana", SeenAt: at},
		{Type: "url", Value: "https://example.com/work-with-me", SeenIn: "field:Contact", Account: "mastodon:https://example.social/users/ana", SeenAt: at},
	}
	if diff := cmp.Diff(want, c.Contacts); diff != "" {
		t.Errorf("contacts mismatch (-want +got):\n%s", diff)
	}
}
