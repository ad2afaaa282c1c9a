package ingest_test

import (
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
}

func TestBioCountry(t *testing.T) {
	for _, tc := range bioCases {
		code, match := ingest.BioCountry(tc.bio)
		if code != tc.code || match != tc.match {
			t.Errorf("BioCountry(%q) = %q, %q; want %q, %q", tc.bio, code, match, tc.code, tc.match)
		}
	}
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
			scout.String("PT"), &scout.CountryEvidence{Source: "field:country", Match: "pt", Account: "youtube:UC1"}},
		{"LocationField", scout.Creator{Accounts: []scout.Account{{ID: "m:1",
			Fields: []scout.ProfileField{{Name: "Location", Value: "Porto, Portugal"}}}}},
			scout.String("PT"), &scout.CountryEvidence{Source: "field:Location", Match: "Portugal", Account: "m:1"}},
		{"Bio", scout.Creator{Accounts: []scout.Account{{ID: "b:1", Bio: "📍 Lyon"}}},
			scout.String("FR"), &scout.CountryEvidence{Source: "bio", Match: "Lyon", Account: "b:1"}},
		{"NeverFromName", scout.Creator{Accounts: []scout.Account{{ID: "b:1", DisplayName: "Paris Baker", Handle: "lisbon.bsky.social"}}},
			nil, nil},
		{"ImportedKept", scout.Creator{Country: scout.String("MX"), Accounts: []scout.Account{{ID: "i:1"}}},
			scout.String("MX"), nil},
		{"DerivedCleared", scout.Creator{Country: scout.String("PT"), CountryEvidence: &scout.CountryEvidence{Source: "bio", Match: "Lisbon"},
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
