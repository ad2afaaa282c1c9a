package page_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/page"
)

// siteRulePages are pages the generic sources alone cannot read, or read
// worse than a site rule: Extract applies the site rules and microformats
// on the document it parsed, after JSON-LD and before OpenGraph.
var siteRulePages = []struct {
	name, url, html string
	display, handle string
	followers       *int64
	approx          []string
	avatar, link    string
}{
	{
		// Only microformats: an h-card with a rel="me" link makes a profile.
		name: "HCard", url: "https://ines-aroca.example/",
		html: `<html><head><title>Home</title></head><body>
<div class="h-card"><img class="u-photo" src="/me.jpg" alt=""><a class="p-name u-url" href="/">Inés Aroca</a>
<p class="p-note">Weaver in Valencia.</p></div>
<a rel="me" href="https://fosstodon.example/@ines">Mastodon</a></body></html>`,
		display: "Inés Aroca", handle: "ines-aroca.example",
		avatar: "https://ines-aroca.example/me.jpg", link: "https://fosstodon.example/@ines",
	},
	{
		// A Telegram preview on t.me: og:title alone says no profile; the
		// rule reads the counter, rounded.
		name: "TelegramRounded", url: "https://t.me/tidepoolnotes",
		html: `<html><head><meta property="og:title" content="Tidepool Field Notes">
<meta property="og:description" content="Rock pools of Galicia."></head><body>
<div class="tgme_page"><div class="tgme_page_photo"><img class="tgme_page_photo_image" src="https://cdn4.telesco.pe/file/tp.jpg"></div>
<div class="tgme_page_title"><span dir="auto">Tidepool Field Notes</span></div>
<div class="tgme_page_extra">12.4K subscribers</div>
<div class="tgme_page_description">Rock pools of Galicia. https://tidepool-notes.example/</div></div></body></html>`,
		display: "Tidepool Field Notes", handle: "tidepoolnotes", followers: scout.Int64(12400),
		approx: []string{"followers"}, avatar: "https://cdn4.telesco.pe/file/tp.jpg", link: "https://tidepool-notes.example/",
	},
	{
		// JSON-LD names the person: the rule fills only what it left empty.
		name: "JSONLDWins", url: "https://t.me/tidepoolnotes",
		html: `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Lúa Castro","alternateName":"@lua"}</script></head><body>
<div class="tgme_page"><div class="tgme_page_title"><span dir="auto">Tidepool Field Notes</span></div>
<div class="tgme_page_extra">2 805 members</div></div></body></html>`,
		display: "Lúa Castro", handle: "lua", followers: scout.Int64(2805),
	},
}

func TestExtractSiteRules(t *testing.T) {
	at := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range siteRulePages {
		t.Run(tt.name, func(t *testing.T) {
			ex, err := page.Extract(MustParseURL(t, tt.url), "text/html", []byte(tt.html), at)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			a := ex.Profile.Account
			if a.DisplayName != tt.display || a.Handle != tt.handle {
				t.Errorf("name, handle = %q, %q; want %q, %q", a.DisplayName, a.Handle, tt.display, tt.handle)
			}
			checkCount(t, "Followers", a.Followers, tt.followers)
			if !slices.Equal(a.Approximate, tt.approx) {
				t.Errorf("Approximate = %q, want %q", a.Approximate, tt.approx)
			}
			if a.AvatarURL != tt.avatar {
				t.Errorf("AvatarURL = %q, want %q", a.AvatarURL, tt.avatar)
			}
			if tt.link != "" && !slices.Contains(a.Links, tt.link) {
				t.Errorf("Links = %q, want %q among them", a.Links, tt.link)
			}
		})
	}
}

// A page of a site a rule claims but not in the rule's shape (a redesign,
// a 404 page) is read by the generic sources alone: no profile here.
func TestExtractSiteRuleMisses(t *testing.T) {
	_, err := page.Extract(MustParseURL(t, "https://t.me/tidepoolnotes"), "text/html",
		[]byte(`<html><head><title>Telegram: Contact @tidepoolnotes</title></head><body><p>Not found</p></body></html>`), time.Now())
	if !errors.Is(err, crawler.ErrNoProfile) {
		t.Errorf("err = %v, want ErrNoProfile", err)
	}
}
