package page_test

import (
	"net/url"
	"testing"
	"time"

	"github.com/scout-oss/scout/crawler/page"
)

// Counts in og:description come in the page's language.
var descriptionCountCases = []struct {
	desc                        string
	followers, following, posts int64
}{
	{"12.4K Followers, 310 Following, 148 Posts - Skincare.", 12400, 310, 148},
	{"4,69 mil seguidores, 512 seguidos, 203 publicaciones - Viajes low cost.", 4690, 512, 203},
	{"1,2 Mio. Follower, 890 Gefolgt, 1.204 Beiträge - Geld und ETFs.", 1_200_000, 890, 1204},
	{"3 200 abonnés, 150 abonnements, 87 publications - Cuisine.", 3200, 150, 87},
}

func TestExtractDescriptionCountLabels(t *testing.T) {
	u, _ := url.Parse("http://snap.example/@someone")
	for _, c := range descriptionCountCases {
		html := `<html><head><meta property="og:type" content="profile"><meta property="og:title" content="Someone (@someone)">` +
			`<meta property="og:description" content="` + c.desc + `"></head><body></body></html>`
		ext, err := page.Extract(u, "text/html", []byte(html), time.Now())
		if err != nil {
			t.Errorf("%q: %v", c.desc, err)
			continue
		}
		a := ext.Profile.Account
		if a.Followers == nil || *a.Followers != c.followers || a.Following == nil || *a.Following != c.following || a.PostsCount == nil || *a.PostsCount != c.posts {
			t.Errorf("%q: followers %v following %v posts %v; want %d %d %d", c.desc, deref(a.Followers), deref(a.Following), deref(a.PostsCount), c.followers, c.following, c.posts)
		}
	}
}

// A JSON-LD description is text: markup-like characters are the creator's
// words and must survive for the page to show them escaped.
func TestExtractBioKeepsLiteralText(t *testing.T) {
	u, _ := url.Parse("http://social.example/@robin")
	html := `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"ProfilePage","mainEntity":{"@type":"Person","name":"Robin","alternateName":"@robin","description":"Test your sanitiser: \u003cscript\u003ealert(1)\u003c/script\u003e &amp; more"}}</script></head><body></body></html>`
	ext, err := page.Extract(u, "text/html", []byte(html), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ext.Profile.Account.Bio, "Test your sanitiser: <script>alert(1)</script> & more"; got != want {
		t.Errorf("bio = %q, want %q", got, want)
	}
}

func deref(p *int64) any {
	if p == nil {
		return nil
	}
	return *p
}
