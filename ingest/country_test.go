package ingest_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/ingest"
)

var placeCases = []struct{ text, code, match string }{
	{"Lisbon, Portugal", "PT", "Portugal"},
	{"São Paulo", "BR", "São Paulo"},
	{"SAO PAULO - SP", "BR", "SAO PAULO"},
	{"Berlin", "DE", "Berlin"},
	{"München, Deutschland", "DE", "Deutschland"},
	{"Brooklyn, NY", "US", "Brooklyn"},
	{"somewhere on the internet", "", ""},
	{"Paris Hilton fan account", "FR", "Paris"}, // a location field says Paris: FR
	{"Georgia", "", ""},                         // ambiguous, left out
}

func TestPlaceCountry(t *testing.T) {
	for _, tc := range placeCases {
		code, match := ingest.PlaceCountry(tc.text)
		if code != tc.code || match != tc.match {
			t.Errorf("PlaceCountry(%q) = %q, %q; want %q, %q", tc.text, code, match, tc.code, tc.match)
		}
	}
}

var bioCases = []struct{ bio, code, match string }{
	{"Vegan baker 🍰 based in Lisbon. Recipes every Friday.", "PT", "Lisbon"},
	{"📍 Madrid | recetas veganas", "ES", "Madrid"},
	{"Berlin-based food photographer", "DE", "Berlin"},
	{"Fotógrafa. Vivo em Porto.", "PT", "Porto"},
	{"Köchin aus Wien 🇦🇹", "AT", "Wien"},
	{"Recipes from Italy and beyond", "", ""}, // no cue: a topic, not a home
	{"Vegan baker in Lyon. Weekly recipes", "FR", "Lyon"},
	{"Baking in small batches, shipping in Europe", "", ""},
	{"I love Paris in the spring", "", ""},
	{"Sofia, 28, baking every day", "", ""}, // a name, never a place
	{"Grès et porcelaine tournés à Lyon. Tasses, bols.", "FR", "Lyon"},
	{"Pianista jazz a Bologna 🎹 Standard e voicing.", "IT", "Bologna"},
	{"Weekend woodworker in Asheville, NC. Hand tools.", "US", "Asheville, NC"},
	{"Fly fishing guide in Missoula, Montana. Catch and release.", "US", "Missoula, Montana"},
}

func TestBioCountry(t *testing.T) {
	for _, tc := range bioCases {
		code, match := ingest.BioCountry(tc.bio)
		if code != tc.code || match != tc.match {
			t.Errorf("BioCountry(%q) = %q, %q; want %q, %q", tc.bio, code, match, tc.code, tc.match)
		}
	}
}

// sample is a follower sample with n followers in each country ("" for
// unknown).
func sample(n map[string]int) []scout.FollowerSample {
	var out []scout.FollowerSample
	for _, c := range []string{"", "ES", "MX", "IT"} {
		for range n[c] {
			out = append(out, scout.FollowerSample{ID: fmt.Sprint(len(out)), Country: c})
		}
	}
	return out
}

// langSample is n sampled followers who write in lang, country unknown.
func langSample(lang string, n int) []scout.FollowerSample {
	out := make([]scout.FollowerSample, n)
	for i := range out {
		out[i] = scout.FollowerSample{ID: fmt.Sprint(i), Language: lang}
	}
	return out
}

func TestDeriveCountry(t *testing.T) {
	tests := []struct {
		name   string
		c      scout.Creator
		want   *string
		wantEv *scout.CountryEvidence
	}{
		{"CountryField", scout.Creator{Accounts: []scout.Account{{ID: "youtube:UC1", Bio: "based in Berlin",
			Fields: []scout.ProfileField{{Name: "country", Value: "pt"}}}}},
			scout.String("PT"), &scout.CountryEvidence{Source: "field:country", Match: "pt", Account: "youtube:UC1", Strength: scout.CountryStrong}},
		{"LocationField", scout.Creator{Accounts: []scout.Account{{ID: "m:1",
			Fields: []scout.ProfileField{{Name: "Location", Value: "Porto, Portugal"}}}}},
			scout.String("PT"), &scout.CountryEvidence{Source: "field:Location", Match: "Portugal", Account: "m:1", Strength: scout.CountryStrong}},
		{"Bio", scout.Creator{Accounts: []scout.Account{{ID: "b:1", Bio: "📍 Lyon"}}},
			scout.String("FR"), &scout.CountryEvidence{Source: "bio", Match: "Lyon", Account: "b:1", Strength: scout.CountryStrong}},
		{"BioLineIsAPlace", scout.Creator{Accounts: []scout.Account{{ID: "m:1", Bio: "Cucina di casa, ricette semplici. Bologna."}}},
			scout.String("IT"), &scout.CountryEvidence{Source: "bio", Match: "Bologna", Account: "m:1", Strength: scout.CountryStrong}},
		{"Move", scout.Creator{Accounts: []scout.Account{{ID: "w:1", Bio: "Seoul → Toronto. K-beauty routines"}}},
			scout.String("CA"), &scout.CountryEvidence{Source: "bio", Match: "Toronto", Account: "w:1", Strength: scout.CountryStrong}},
		{"FromCityAtClauseEnd", scout.Creator{Accounts: []scout.Account{{ID: "b:1", Bio: "Urban cycling & climate data from Amsterdam. Also on Mastodon"}}},
			scout.String("NL"), &scout.CountryEvidence{Source: "bio", Match: "Amsterdam", Account: "b:1", Strength: scout.CountryStrong}},
		{"FromCityState", scout.Creator{Accounts: []scout.Account{{ID: "y:1", Bio: "Synthwave studio diaries from Austin, TX. New track monthly"}}},
			scout.String("US"), &scout.CountryEvidence{Source: "bio", Match: "Austin, TX", Account: "y:1", Strength: scout.CountryStrong}},
		{"InTheMiddleOf", scout.Creator{Accounts: []scout.Account{{ID: "w:1", Bio: "Growing food in the middle of Leeds since 2021."}}},
			scout.String("GB"), &scout.CountryEvidence{Source: "bio", Match: "Leeds", Account: "w:1", Strength: scout.CountryStrong}},
		{"FromCountryIsACuisine", scout.Creator{Accounts: []scout.Account{{ID: "w:1", Bio: "Recipes from Italy."}}}, nil, nil},
		{"FromCityMidSentence", scout.Creator{Accounts: []scout.Account{{ID: "w:1", Bio: "Bouldering from Paris to your local gym"}}}, nil, nil},
		{"SentenceWithAPlaceIsNotAPlace", scout.Creator{Accounts: []scout.Account{{ID: "w:1", Bio: "I love Paris. Bread."}}}, nil, nil},
		{"PhoneAloneIsWeak", scout.Creator{Accounts: []scout.Account{{ID: "w:1", Bio: "Bookings: +39 051 123 4567"}}}, nil, nil},
		{"PhoneSharedCodeIsNoCountry", scout.Creator{Accounts: []scout.Account{{ID: "w:1", Bio: "Call +1 (512) 555-0100"}}}, nil, nil},
		{"PhoneInFieldAndPrices", scout.Creator{Accounts: []scout.Account{{ID: "m:1", Bio: "Kurse ab 40 €", Fields: []scout.ProfileField{{Name: "Telefon", Value: "+49 30 1234567"}}}}},
			scout.String("DE"), &scout.CountryEvidence{Source: "phone", Match: "+49 30 1234567", Account: "m:1", Strength: scout.CountryWeak,
				Also: []scout.CountryEvidence{{Source: "currency", Match: "€", Account: "m:1"}}}},
		{"CountryCodeDomain", scout.Creator{Accounts: []scout.Account{{ID: "w:1", Links: []string{"https://youtu.be/x", "https://linktr.ee/a", "https://studio.tv/", "https://www.cucinadidario.it/"}}}},
			scout.String("IT"), &scout.CountryEvidence{Source: "link", Match: "www.cucinadidario.it", Account: "w:1", Strength: scout.CountryMedium}},
		{"CountryCodeDomainUK", scout.Creator{Accounts: []scout.Account{{ID: "w:1", Links: []string{"https://rooftop.co.uk/"}}}},
			scout.String("GB"), &scout.CountryEvidence{Source: "link", Match: "rooftop.co.uk", Account: "w:1", Strength: scout.CountryMedium}},
		{"Audience", scout.Creator{Accounts: []scout.Account{{ID: "b:1", FollowerSample: sample(map[string]int{"ES": 8, "MX": 2, "": 20})}}},
			scout.String("ES"), &scout.CountryEvidence{Source: "audience", Match: "8 of 10 sampled followers with a known country", Strength: scout.CountryMedium}},
		{"AudienceTooMixed", scout.Creator{Accounts: []scout.Account{{ID: "b:1", FollowerSample: sample(map[string]int{"ES": 5, "MX": 5})}}}, nil, nil},
		{"AudienceLanguageIsNoCountry", scout.Creator{Language: nil, Accounts: []scout.Account{{ID: "b:1", FollowerSample: langSample("it", 30)}}}, nil, nil},
		{"NeverFromName", scout.Creator{Accounts: []scout.Account{{ID: "b:1", DisplayName: "Paris Baker", Handle: "lisbon.bsky.social"}}},
			nil, nil},
		{"ImportedKept", scout.Creator{Country: scout.String("MX"), Accounts: []scout.Account{{ID: "i:1"}}},
			scout.String("MX"), nil},
		{"DerivedCleared", scout.Creator{Country: scout.String("PT"), CountryEvidence: &scout.CountryEvidence{Source: "bio", Match: "Lisbon", Strength: scout.CountryStrong},
			Accounts: []scout.Account{{ID: "b:1", Bio: "moved, no place"}}}, nil, nil},
	}
	for _, tc := range tests {
		c := tc.c
		ingest.Derive(&c)
		if diff := cmp.Diff(tc.want, c.Country); diff != "" {
			t.Errorf("%s: country (-want +got):\n%s", tc.name, diff)
		}
		if diff := cmp.Diff(tc.wantEv, c.CountryEvidence); diff != "" {
			t.Errorf("%s: evidence (-want +got):\n%s", tc.name, diff)
		}
	}
}
