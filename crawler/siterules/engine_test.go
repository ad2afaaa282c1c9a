package siterules_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler/siterules"
)

// Pages that must give a clear "no profile", never a panic or a profile made
// of the URL alone.
var noProfileCases = []struct {
	name, url, body string
}{
	{"EmptyBody", "https://t.me/s/tidepoolnotes", ""},
	{"EmptyDocument", "https://example.com/", "<html><head></head><body></body></html>"},
	{"BinaryGarbage", "https://dribbble.com/someone", "\x00\xff\xfe<\x01div class=\"masthead-stats\x00"},
	{"TelegramSignatureOnly", "https://t.me/somebody", `<div class="tgme_page_title"><span dir="auto"> </span></div><div class="tgme_page_extra"></div>`},
	{"TelegramNotFoundPage", "https://t.me/doesnotexist", `<html><head><meta property="og:title" content="Telegram Messenger"></head><body><div class="tgme_page_wrap"><div class="tgme_page"></div></div></body></html>`},
	{"GitHubNonProfilePath", "https://github.com/features/actions", `<html><body><h1 class="vcard-names"><span class="vcard-fullname">Nope</span></h1></body></html>`},
	{"GitHubReservedPageWithoutVcard", "https://github.com/pricing", `<html><body><h1>Pricing</h1><div class="Counter">4</div></body></html>`},
	{"DribbbleStatsWithoutNumbers", "https://dribbble.com/ghost", `<div class="profile-masthead"><div class="masthead-profile-name"><h1></h1></div><div class="masthead-stats"><div class="stat">many followers</div></div></div>`},
	{"LinktreeBrokenJSON", "https://linktr.ee/someone", `<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"account":{"pageTitle":"Half`},
	{"LinktreeJSONOfWrongShape", "https://linktr.ee/someone", `<script id="__NEXT_DATA__" type="application/json">[1,2,{"props":null}]</script>`},
	{"OtherSitesMarkupOnClaimedHost", "https://t.me/mimic", `<div class="profile-masthead"><div class="masthead-profile-name"><h1>Mimic</h1></div></div>`},
	{"NestedHCardOnly", "https://blog.example/post/1", `<article class="h-entry"><div class="p-author h-card"><a class="p-name u-url" href="https://else.example/">Guest</a></div></article>`},
}

func TestNoProfile(t *testing.T) {
	e := MustEngine(t)
	for _, tc := range noProfileCases {
		t.Run(tc.name, func(t *testing.T) {
			p, err := e.ExtractHTML(MustURL(t, tc.url), []byte(tc.body))
			if !errors.Is(err, siterules.ErrNoProfile) {
				t.Fatalf("err = %v, profile %+v; want ErrNoProfile", err, p)
			}
			if p != nil {
				t.Errorf("profile = %+v, want nil with the error", p)
			}
		})
	}
}

// Half a page still gives what it has, or no profile; never a panic.
func TestTruncatedFixtures(t *testing.T) {
	e := MustEngine(t)
	for _, tc := range ruleCases {
		b := MustFixture(t, tc.fixture)
		for _, n := range []int{len(b) / 3, len(b) / 2, len(b) - 10} {
			p, err := e.ExtractHTML(MustURL(t, tc.url), b[:n])
			if err != nil && !errors.Is(err, siterules.ErrNoProfile) {
				t.Errorf("%s cut at %d: err = %v, want a profile or ErrNoProfile", tc.fixture, n, err)
			}
			if err == nil && p == nil {
				t.Errorf("%s cut at %d: nil profile without error", tc.fixture, n)
			}
		}
	}
}

func TestNilInput(t *testing.T) {
	e := MustEngine(t)
	if _, err := e.Extract(nil, nil); err == nil || errors.Is(err, siterules.ErrNoProfile) {
		t.Errorf("err = %v, want an input error", err)
	}
}

// Restricted rules are off by default: on github.com only the page's h-card
// is read then, and the profile names no rule.
func TestRestrictedRulesOffByDefault(t *testing.T) {
	e, err := siterules.Default(siterules.Options{ParseCount: parseCount})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range e.Rules() {
		if r.Terms.Status == siterules.TermsRestricted {
			t.Errorf("restricted rule %q enabled by default", r.Name)
		}
	}
	p, err := e.ExtractHTML(MustURL(t, "https://github.com/okwuosa-dev"), MustFixture(t, "github.html"))
	if err != nil {
		t.Fatalf("extract: %v", err)
	}
	if p.Rule != "" || p.Followers != nil {
		t.Errorf("rule %q, followers %+v: want no rule and no counts", p.Rule, p.Followers)
	}
	if p.DisplayName != "Adaeze Okwuosa" || p.Sources[siterules.FieldName] != "h-card" {
		t.Errorf("name %q from %q, want the h-card's", p.DisplayName, p.Sources[siterules.FieldName])
	}
}

// Without a count parser counts keep their text and an unknown value.
func TestCountsWithoutParser(t *testing.T) {
	e, err := siterules.Default(siterules.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := e.ExtractHTML(MustURL(t, "https://t.me/s/tidepoolnotes"), MustFixture(t, "telegram_s.html"))
	if err != nil {
		t.Fatal(err)
	}
	if p.Followers == nil || p.Followers.Raw != "12.4K" || p.Followers.Value != nil {
		t.Errorf("followers = %+v, want raw 12.4K and a nil value", p.Followers)
	}
}

// A count the parser refuses keeps its text and stays unknown.
func TestUnreadableCountStaysNil(t *testing.T) {
	e := MustEngine(t)
	body := `<div class="tgme_page_title"><span>Odd Count</span></div><div class="tgme_page_extra">1,23,4 members</div>`
	p, err := e.ExtractHTML(MustURL(t, "https://t.me/oddcount"), []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	if p.Followers == nil || p.Followers.Raw != "1,23,4" || p.Followers.Value != nil {
		t.Errorf("followers = %+v, want raw 1,23,4 and a nil value", p.Followers)
	}
}

func TestNewRefusesExcludedHosts(t *testing.T) {
	for _, host := range []string{"*.substack.com", "www.patreon.com", "instagram.com", "www.tiktok.com", "x.com", "twitter.com"} {
		r := MustRule(t, `{"name":"sneaky","site":"S","reads":"r","terms":{"status":"allowed","url":"https://example.com/terms","note":"n"},
			"hosts":["`+host+`"],"signature":["body"],"fields":{"name":[{"selector":"h1"}]}}`)
		if _, err := siterules.New(siterules.Options{}, r); err == nil || !strings.Contains(err.Error(), "excluded") {
			t.Errorf("host %s: err = %v, want an exclusion error", host, err)
		}
	}
}

func TestExclusionsListed(t *testing.T) {
	xs, err := siterules.Exclusions()
	if err != nil {
		t.Fatal(err)
	}
	var sites []string
	for _, x := range xs {
		sites = append(sites, x.Site)
		if x.TermsURL == "" || x.Evidence == "" {
			t.Errorf("%s: terms url %q, evidence %q; want both", x.Site, x.TermsURL, x.Evidence)
		}
	}
	for _, want := range []string{"Patreon", "Substack", "Instagram", "TikTok", "X (Twitter)"} {
		if !slices.Contains(sites, want) {
			t.Errorf("exclusions %v lack %s", sites, want)
		}
	}
}

const validRule = `{"name":"demo","site":"Demo","reads":"demo pages","terms":{"status":"not_verified","url":"https://demo.example/terms","note":"n"},
	"hosts":["demo.example"],"paths":["^/(?P<handle>[a-z]+)$"],"signature":["h1.demo"],"fields":{"name":[{"selector":"h1.demo"}],"handle":[{"url_group":"handle"}]}}`

var badRuleCases = []struct {
	name, json, wantErr string
}{
	{"UnknownKey", strings.Replace(validRule, `"reads"`, `"raeds"`, 1), "unknown field"},
	{"BadTermsStatus", strings.Replace(validRule, `not_verified`, `fine`, 1), "terms status"},
	{"TermsURLNotHTTPS", strings.Replace(validRule, `https://demo.example/terms`, `ftp://demo.example/terms`, 1), "terms url"},
	{"NoSignature", strings.Replace(validRule, `"signature":["h1.demo"]`, `"signature":[]`, 1), "signature"},
	{"BadSelector", strings.Replace(validRule, `{"selector":"h1.demo"}]`, `{"selector":"h1[["}]`, 1), "selector"},
	{"BadRegexp", strings.Replace(validRule, `{"selector":"h1.demo"}]`, `{"selector":"h1","regexp":"(unclosed"}]`, 1), "regexp"},
	{"UndefinedURLGroup", strings.Replace(validRule, `{"url_group":"handle"}`, `{"url_group":"user"}`, 1), "url_group"},
	{"BadJSONPath", strings.Replace(validRule, `{"selector":"h1.demo"}]`, `{"selector":"script","json":"a..b"}]`, 1), "json path"},
	{"BadHost", strings.Replace(validRule, `"demo.example"`, `"Demo Example"`, 1), "host"},
	{"BadName", strings.Replace(validRule, `"name":"demo"`, `"name":"Demo Rule"`, 1), "name"},
	{"TrailingData", validRule + `{}`, "trailing"},
}

func TestParseRuleErrors(t *testing.T) {
	if _, err := siterules.ParseRule([]byte(validRule)); err != nil {
		t.Fatalf("valid rule: %v", err)
	}
	for _, tc := range badRuleCases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := siterules.ParseRule([]byte(tc.json))
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("err = %v, want one mentioning %q", err, tc.wantErr)
			}
		})
	}
}

func TestLoadRulesNameMustMatchFile(t *testing.T) {
	fsys := fstest.MapFS{"r/other.json": {Data: []byte(validRule)}}
	if _, err := siterules.LoadRules(fsys, "r"); err == nil || !strings.Contains(err.Error(), `want "other"`) {
		t.Errorf("err = %v, want a name mismatch", err)
	}
	fsys = fstest.MapFS{"r/demo.json": {Data: []byte(validRule)}, "r/excluded.json": {Data: []byte(`[]`)}}
	rules, err := siterules.LoadRules(fsys, "r")
	if err != nil || len(rules) != 1 {
		t.Errorf("rules %d, err %v; want the one rule and excluded.json skipped", len(rules), err)
	}
}

// Every built-in rule records its terms, and rules adapted from public
// tables say so.
func TestBuiltinRulesRecordTerms(t *testing.T) {
	rules, err := siterules.BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rules {
		if r.Terms.Status == "" || r.Terms.URL == "" || r.Terms.Note == "" {
			t.Errorf("%s: terms %+v incomplete", r.Name, r.Terms)
		}
	}
	for _, name := range []string{"telegram", "linktree"} {
		i := slices.IndexFunc(rules, func(r *siterules.Rule) bool { return r.Name == name })
		if i < 0 || !strings.Contains(rules[i].Credit, "MIT") {
			t.Errorf("%s: credit missing", name)
		}
	}
}

func TestFillAccount(t *testing.T) {
	e := MustEngine(t)
	p, err := e.ExtractHTML(MustURL(t, "https://t.me/s/tidepoolnotes"), MustFixture(t, "telegram_s.html"))
	if err != nil {
		t.Fatal(err)
	}
	acc := scout.Account{
		DisplayName: "Tidepool (from OpenGraph)",
		URL:         "https://t.me/s/tidepoolnotes",
		Links:       []string{"https://letters.tidepool-notes.example"},
	}
	p.FillAccount(&acc)
	if acc.DisplayName != "Tidepool (from OpenGraph)" {
		t.Errorf("display name overwritten: %q", acc.DisplayName)
	}
	if acc.Handle != "tidepoolnotes" || acc.Followers == nil || *acc.Followers != 12400 {
		t.Errorf("handle %q, followers %v; want tidepoolnotes, 12400", acc.Handle, acc.Followers)
	}
	if !slices.Equal(acc.Approximate, []string{"followers"}) {
		t.Errorf("approximate = %v, want [followers]", acc.Approximate)
	}
	if want := []string{"https://letters.tidepool-notes.example", "https://tidepool-notes.example/shop"}; !slices.Equal(acc.Links, want) {
		t.Errorf("links = %v, want %v", acc.Links, want)
	}
	if acc.Following != nil || acc.PostsCount != nil {
		t.Errorf("following %v, posts %v: want nil (not on the page)", acc.Following, acc.PostsCount)
	}
}
