package siterules_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/scout-oss/scout/crawler/siterules"
)

func TestHCardOnAPersonalSite(t *testing.T) {
	e := MustEngine(t)
	p, err := e.ExtractHTML(MustURL(t, "https://tomaszwrona.example/about"), MustFixture(t, "hcard.html"))
	if err != nil {
		t.Fatalf("extract: %v", err)
	}
	want := view{
		Name: "Tomasz Wrona", Handle: "tomaszw",
		Bio:      "Field recordist. I collect the sound of trams in Central European cities.",
		Avatar:   "https://tomaszwrona.example/img/tomasz.jpg",
		Location: "Kraków, Poland",
		Links: []string{
			"https://tomaszwrona.example/",
			"https://tramsounds.example/",
			"https://pixelfed.example/tomaszwrona",
			"https://fediverse.example/@tomaszw",
		},
	}
	if diff := cmp.Diff(want, viewOf(p)); diff != "" {
		t.Errorf("profile (-want +got):\n%s", diff)
	}
	if p.Sources[siterules.FieldName] != "h-card" || p.Sources[siterules.FieldLinks] != "h-card" {
		t.Errorf("sources = %v, want h-card", p.Sources)
	}
}

var microformatCases = []struct {
	name, url, body string
	want            view // zero: no profile
}{
	{
		name: "RelMeOnly", url: "https://jo.example/",
		body: `<html><head><link rel="me" href="https://social.example/@jo"></head><body><a rel="me nofollow" href="/elsewhere">x</a></body></html>`,
		want: view{Links: []string{"https://social.example/@jo", "https://jo.example/elsewhere"}},
	},
	{
		name: "ImpliedNameAndURL", url: "https://jo.example/",
		body: `<a class="h-card" href="https://jo.example/">Jo Park</a>`,
		want: view{Name: "Jo Park", Links: []string{"https://jo.example/"}},
	},
	{
		name: "ImpliedPhoto", url: "https://jo.example/",
		body: `<div class="h-card"><img src="/jo.png" alt="Jo Park"></div>`,
		want: view{Name: "Jo Park", Avatar: "https://jo.example/jo.png"},
	},
	{
		name: "UIDAndURLPickTheCard", url: "https://jo.example/",
		body: `<div class="h-card"><a class="p-name u-url" href="https://other.example/">Other</a></div>
			<div class="h-card"><a class="p-name u-url u-uid" href="https://jo.example/">Jo Park</a></div>`,
		want: view{Name: "Jo Park", Links: []string{"https://jo.example/"}},
	},
	{
		name: "RelMeURLPicksTheCard", url: "https://jo.example/about",
		body: `<a rel="me" href="https://social.example/@jo">m</a>
			<div class="h-card"><span class="p-name">Someone Else</span></div>
			<div class="h-card"><a class="p-name u-url" href="https://social.example/@jo">Jo Park</a></div>`,
		want: view{Name: "Jo Park", Links: []string{"https://social.example/@jo"}},
	},
	{
		name: "TwoUnrelatedCardsPickNone", url: "https://directory.example/",
		body: `<div class="h-card"><a class="p-name u-url" href="https://a.example/">A</a></div>
			<div class="h-card"><a class="p-name u-url" href="https://b.example/">B</a></div>`,
	},
	{
		name: "SingleCardOfAnotherSite", url: "https://directory.example/",
		body: `<div class="h-card"><a class="p-name u-url" href="https://a.example/">A</a></div>`,
	},
	{
		name: "NestedCardPropertiesStayOut", url: "https://jo.example/",
		body: `<div class="h-card"><span class="p-name">Jo Park</span>
			<div class="h-entry"><span class="p-name">A post title</span><div class="p-author h-card"><span class="p-note">guest bio</span></div></div></div>`,
		want: view{Name: "Jo Park"},
	},
}

func TestMicroformats(t *testing.T) {
	e := MustEngine(t)
	for _, tc := range microformatCases {
		t.Run(tc.name, func(t *testing.T) {
			p, err := e.ExtractHTML(MustURL(t, tc.url), []byte(tc.body))
			if cmp.Equal(tc.want, view{}) {
				if !errors.Is(err, siterules.ErrNoProfile) {
					t.Fatalf("err = %v, profile %+v; want ErrNoProfile", err, p)
				}
				return
			}
			if err != nil {
				t.Fatalf("extract: %v", err)
			}
			if diff := cmp.Diff(tc.want, viewOf(p)); diff != "" {
				t.Errorf("profile (-want +got):\n%s", diff)
			}
		})
	}
}

// A site rule's fields win; microformats only fill the gaps.
func TestMicroformatsFillRuleGaps(t *testing.T) {
	e := MustEngine(t)
	body := `<div class="tgme_page_title"><span>Channel Name</span></div><div class="tgme_page_extra">300 subscribers</div>
		<div class="h-card"><span class="p-name">Card Name</span><span class="p-locality">Vigo</span></div>`
	p, err := e.ExtractHTML(MustURL(t, "https://t.me/gapfill"), []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	if p.DisplayName != "Channel Name" || p.Location != "Vigo" || p.Sources[siterules.FieldLocation] != "h-card" {
		t.Errorf("name %q, location %q from %q; want the rule's name and the card's location", p.DisplayName, p.Location, p.Sources[siterules.FieldLocation])
	}
}
