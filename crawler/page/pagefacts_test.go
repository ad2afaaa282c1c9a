package page_test

import (
	"net/url"
	"testing"
	"time"

	"github.com/scout-oss/scout/crawler/page"
)

// TestExtractLocationAndLanguage reads a Person's homeLocation or address
// into the account's location, and the posts' languages from inLanguage,
// else from <html lang>.
func TestExtractLocationAndLanguage(t *testing.T) {
	for _, tc := range []struct {
		name, person, wantLoc string
	}{
		{"HomeLocationPlace", `"homeLocation": {"@type": "Place", "name": "Lisbon, Portugal"}`, "Lisbon, Portugal"},
		{"PostalAddress", `"address": {"@type": "PostalAddress", "addressLocality": "Porto", "addressCountry": {"@type": "Country", "name": "PT"}}`, "Porto, PT"},
		{"Text", `"homeLocation": "Berlin"`, "Berlin"},
		{"None", `"jobTitle": "Baker"`, ""},
	} {
		html := `<!doctype html><html lang="pt-PT"><head><script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
 {"@type": "Person", "name": "Ana", "url": "https://ana.example/", ` + tc.person + `},
 {"@type": "BlogPosting", "headline": "Bolo", "url": "https://ana.example/bolo", "datePublished": "2026-01-02", "inLanguage": "es-ES"},
 {"@type": "BlogPosting", "headline": "Pão", "url": "https://ana.example/pao", "datePublished": "2026-01-01"}
]}</script></head><body></body></html>`
		u, _ := url.Parse("https://ana.example/")
		ex, err := page.Extract(u, "text/html", []byte(html), time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC))
		if err != nil || ex.Profile == nil {
			t.Fatalf("%s: %v, %+v", tc.name, err, ex)
		}
		if got := ex.Profile.Account.Location; got != tc.wantLoc {
			t.Errorf("%s: location %q, want %q", tc.name, got, tc.wantLoc)
		}
		langs := map[string]string{}
		for _, p := range ex.Profile.Posts {
			langs[p.URL] = p.Language
		}
		if langs["https://ana.example/bolo"] != "es" || langs["https://ana.example/pao"] != "pt" {
			t.Errorf("%s: post languages %v, want es (inLanguage) and pt (<html lang>)", tc.name, langs)
		}
	}
}

// TestExtractMicrodataLocation reads a Person's or Organization's
// schema.org microdata location when the page has no JSON-LD one.
func TestExtractMicrodataLocation(t *testing.T) {
	for _, tc := range []struct {
		name, body, want string
	}{
		{"PostalAddress", `<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ana</span>
<div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="addressLocality">Braga</span>,
<meta itemprop="addressCountry" content="PT"></div></div>`, "Braga, PT"},
		{"HomeLocationText", `<div itemscope itemtype="http://schema.org/Person"><p itemprop="homeLocation">Leipzig,
 Sachsen</p></div>`, "Leipzig, Sachsen"},
		{"Organization", `<div itemscope itemtype="https://schema.org/Organization"><div itemprop="location" itemscope itemtype="https://schema.org/Place"><span itemprop="name">Bologna</span></div></div>`, "Bologna"},
		{"OtherType", `<div itemscope itemtype="https://schema.org/Event"><span itemprop="location">Paris</span></div>`, ""},
		{"None", `<p>Hello</p>`, ""},
	} {
		html := `<!doctype html><html><head><meta property="og:title" content="Ana"><meta property="og:type" content="profile"></head><body>` + tc.body + `</body></html>`
		u, _ := url.Parse("https://ana.example/")
		ex, err := page.Extract(u, "text/html", []byte(html), time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC))
		if err != nil || ex.Profile == nil {
			t.Fatalf("%s: %v, %+v", tc.name, err, ex)
		}
		if got := ex.Profile.Account.Location; got != tc.want {
			t.Errorf("%s: location %q, want %q", tc.name, got, tc.want)
		}
	}
}
