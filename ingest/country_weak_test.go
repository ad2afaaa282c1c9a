package ingest_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/ingest"
)

// ownPosts are own posts of account "a:1" with these texts.
func ownPosts(texts ...string) []scout.Post {
	out := make([]scout.Post, len(texts))
	for i, t := range texts {
		out[i] = scout.Post{ID: string(rune('a' + i)), AccountID: "a:1", URL: "https://example.org/p/" + string(rune('a'+i)), Text: t}
	}
	return out
}

// countryCases are creators and the country (and evidence source and
// strength) their signals give; "" when they must give none.
var countryCases = []struct {
	name             string
	bio, location    string
	posts            []string
	code             string
	source, strength string
}{
	// Regions, states and natural regions of one country decide after a
	// home cue, in each language.
	{"RegionEN", "Landscape photographer based in Bavaria.", "", nil, "DE", "bio", "strong"},
	{"RegionES", "Vivo en Andalucía y cocino cada día.", "", nil, "ES", "bio", "strong"},
	{"RegionPT", "Moro em Minas Gerais, receitas de família.", "", nil, "BR", "bio", "strong"},
	{"RegionDE", "Ich wohne in Tirol und wandere viel.", "", nil, "AT", "bio", "strong"},
	{"RegionIT", "Fotografa in Lombardia, ritratti e matrimoni.", "", nil, "IT", "bio", "strong"},
	{"RegionFR", "Céramiste installée en Bretagne.", "", nil, "FR", "bio", "strong"},
	{"RegionLocation", "", "Pacific Northwest", nil, "US", "location", "strong"},
	// A location that is an ISO code (schema.org addressCountry), or a
	// US "City, ST" whose state code is also a country code.
	{"LocationISOCode", "", "DE", nil, "DE", "location", "strong"},
	{"LocationCityCountryCode", "", "Kleinstadt, AT", nil, "AT", "location", "strong"},
	{"LocationCityStateNotCountry", "", "Athens, GA", nil, "US", "location", "strong"},
	// An ambiguous region never decides alone ...
	{"AmbiguousAlone", "Trail runner in the Cascades.", "", nil, "", "", ""},
	{"AmbiguousAloneDE", "Bergsteigerin aus den Alpen. 📍 Alpen", "", nil, "", "", ""},
	{"AmbiguousCountyAlone", "Based in Norfolk.", "", nil, "", "", ""},
	// ... but a place of one of its countries in the posts settles it,
	{"AmbiguousSettled", "Trail runner in the Cascades.", "", []string{"Rain season in the Pacific Northwest again."}, "US", "bio", "weak"},
	{"AmbiguousSettledIT", "Guida alpina nelle Alpi. 📍 Alpi", "", []string{"Alba sulle Dolomiti, che freddo."}, "IT", "bio", "weak"},
	// unless places of two of them are named.
	{"AmbiguousBothNamed", "Trail runner in the Cascades.", "", []string{"Pacific Northwest rain.", "Race week in British Columbia."}, "", "", ""},
	// Places the posts name are travel: never a country alone, and never
	// with a currency alone either.
	{"MentionsAlone", "Bouldering videos.", "", []string{"Sending my first 8A in Fontainebleau", "Back in Fontainebleau"}, "", "", ""},
	{"MentionAndCurrency", "Viajes baratos.", "", []string{"Tres días en Roma por 200 €"}, "", "", ""},
	{"LowerCaseIsNoPlace", "Cocina mexicana.", "", []string{"Salsa de chile y lima, 40 pesos mexicanos"}, "", "", ""},
	// A currency and a national institution agree, in each language.
	{"CurrencyInstitutionEN", "Skincare nurse.", "", []string{"Five picks under £15", "When to book a GP appointment"}, "GB", "currency", "weak"},
	{"CurrencyInstitutionDE", "Finanzen einfach.", "", []string{"ETF-Sparplan ab 50 Euro", "Altersvorsorge ohne Riester"}, "DE", "institution", "weak"},
	{"CurrencyInstitutionES", "Finanzas personales.", "", []string{"Cómo ahorrar 100 euros al mes", "La declaración del IRPF paso a paso"}, "ES", "institution", "weak"},
	{"CurrencyInstitutionPT", "Finanças sem drama.", "", []string{"Investir com R$ 100", "Como declarar o imposto de renda"}, "BR", "currency", "weak"},
	{"CurrencyInstitutionIT", "Soldi facili.", "", []string{"Risparmiare 200 € al mese", "Il codice fiscale spiegato"}, "IT", "institution", "weak"},
	{"CurrencyInstitutionFR", "Finances perso.", "", []string{"Épargner 50 € par mois", "Le Livret A en 2026"}, "FR", "institution", "weak"},
	// One weak signal alone, or two that disagree, give nothing.
	{"CurrencyAlone", "Budget travel.", "", []string{"A week for 300 €"}, "", "", ""},
	{"InstitutionAlone", "Money talk.", "", []string{"Roth IRA or 401(k)?"}, "", "", ""},
	{"Contradicted", "Finanzen. Tel. +44 20 7946 0958", "", []string{"Sparplan ab 50 Euro", "Ohne Riester"}, "", "", ""},
	// Strong evidence beats weak signals.
	{"StrongFirst", "Vegan baker based in Lisbon.", "", []string{"Under £10", "NHS advice"}, "PT", "bio", "strong"},
}

func TestDeriveCountrySignals(t *testing.T) {
	for _, tc := range countryCases {
		c := scout.Creator{Accounts: []scout.Account{{ID: "a:1", Bio: tc.bio, Location: tc.location}}, Posts: ownPosts(tc.posts...)}
		ingest.Derive(&c)
		got := ""
		if c.Country != nil {
			got = *c.Country
		}
		if got != tc.code {
			t.Errorf("%s: country %q (evidence %+v); want %q", tc.name, got, c.CountryEvidence, tc.code)
			continue
		}
		if tc.code == "" {
			continue
		}
		if ev := c.CountryEvidence; ev == nil || ev.Source != tc.source || ev.Strength != tc.strength {
			t.Errorf("%s: evidence %+v; want source %q strength %q", tc.name, ev, tc.source, tc.strength)
			continue
		}
		if tc.strength == scout.CountryWeak && len(c.CountryEvidence.Also) == 0 {
			t.Errorf("%s: weak evidence without the signals that agree: %+v", tc.name, c.CountryEvidence)
		}
	}
}

// TestDeriveCountryWeakEvidence checks what weak evidence shows: the
// lead signal and the others, each with its post.
func TestDeriveCountryWeakEvidence(t *testing.T) {
	c := scout.Creator{Accounts: []scout.Account{{ID: "a:1", Bio: "Trail & ultra runner in the Cascades."}},
		Posts: ownPosts("Layers for the Pacific Northwest's long wet season.")}
	ingest.Derive(&c)
	want := &scout.CountryEvidence{Source: "bio", Match: "Cascades", Account: "a:1", Strength: scout.CountryWeak,
		Also: []scout.CountryEvidence{{Source: "post", Match: "Pacific Northwest", Account: "a:1", Post: "https://example.org/p/a"}}}
	if c.Country == nil || *c.Country != "US" {
		t.Fatalf("country %v; want US", c.Country)
	}
	if diff := cmp.Diff(want, c.CountryEvidence); diff != "" {
		t.Errorf("evidence (-want +got):\n%s", diff)
	}
}

// TestCountryDataNamesSource: every country data file says where its
// entries come from and under which licence.
func TestCountryDataNamesSource(t *testing.T) {
	files, err := filepath.Glob("countrydata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no country data files: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), "# Source: ") || !strings.Contains(string(b), "# Licence: ") {
			t.Errorf("%s names no source or licence in its header", f)
		}
	}
}

// TestIngestFollowerLocations: followers' stated places become their
// countries at ingest, and the creator's country comes from them when
// most of the sample is in one country (the crawl result is left as it
// was).
func TestIngestFollowerLocations(t *testing.T) {
	ctx := context.Background()
	st := newMemStore()
	in := &ingest.Ingester{Creators: st, Visits: st, Scorer: postCounter{}}
	p := profile("f.example", 5000, 3)
	for i, loc := range []string{"Lisboa", "Porto, Portugal", "Braga", "Faro", "Coimbra", "Lisbon", "Sintra", "Cascais", "Lisboa 🇵🇹", "Algarve", "the Alps", "", "Norfolk"} {
		p.Account.FollowerSample = append(p.Account.FollowerSample, scout.FollowerSample{ID: fmt.Sprint(i), Location: loc})
	}
	r := &scout.CrawlResult{URL: "http://f.example/", Status: 200, FetchedAt: time.Now(), Profile: p}
	if err := in.Ingest(ctx, r); err != nil {
		t.Fatal(err)
	}
	c, err := st.FindCreatorByID(ctx, scout.NewCreatorID(p.Account.ID))
	if err != nil {
		t.Fatal(err)
	}
	if c.Country == nil || *c.Country != "PT" || c.CountryEvidence.Source != "audience" || c.CountryEvidence.Match != "10 of 10 sampled followers with a known country" {
		t.Errorf("country %v, evidence %+v; want PT from 10 of 10 followers (the Alps and Norfolk unknown)", c.Country, c.CountryEvidence)
	}
	if p.Account.FollowerSample[0].Country != "" {
		t.Error("ingest wrote into the crawl result's follower sample")
	}
}
