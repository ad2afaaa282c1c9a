package siterules_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/scout-oss/scout/crawler/siterules"
)

// view is the part of a Profile the rule tables check: every field a rule
// reads, and how the rule was chosen.
type view struct {
	Rule, SelectedBy                    string
	Name, Handle, Bio, Avatar, Location string
	Links                               []string
	Followers, Following, Posts         *siterules.Count
}

func viewOf(p *siterules.Profile) view {
	return view{
		Rule: p.Rule, SelectedBy: p.SelectedBy,
		Name: p.DisplayName, Handle: p.Handle, Bio: p.Bio, Avatar: p.AvatarURL, Location: p.Location,
		Links: p.Links, Followers: p.Followers, Following: p.Following, Posts: p.Posts,
	}
}

// ruleCases are one fixture per rule, each in the shape of the real page and
// each with invented people and text.
var ruleCases = []struct {
	name    string
	url     string
	fixture string
	want    view
}{
	{
		name: "TelegramChannelPreview", url: "https://t.me/s/tidepoolnotes", fixture: "telegram_s.html",
		want: view{
			Rule: "telegram", SelectedBy: siterules.SelectedByHost,
			Name: "Tidepool Field Notes", Handle: "tidepoolnotes",
			Bio:       "Marine biology from the rock pools of Galicia, twice a week.\nPrints and field guides: tidepool-notes.example/shop\nNewsletter https://letters.tidepool-notes.example/",
			Avatar:    "https://cdn4.telesco.pe/file/tidepool-avatar.jpg",
			Links:     []string{"https://tidepool-notes.example/shop", "https://letters.tidepool-notes.example/"},
			Followers: &siterules.Count{Raw: "12.4K", Value: ptr(12400), Approximate: true},
		},
	},
	{
		name: "TelegramContactPage", url: "https://t.me/quietloomcraft", fixture: "telegram_contact.html",
		want: view{
			Rule: "telegram", SelectedBy: siterules.SelectedByHost,
			Name: "Quiet Loom", Handle: "quietloomcraft",
			Bio:       "Hand-weaving patterns and studio diaries by Ines Aroca\nhttps://quietloom.example/",
			Avatar:    "https://cdn1.telesco.pe/file/quietloom.jpg",
			Links:     []string{"https://quietloom.example/"},
			Followers: &siterules.Count{Raw: "1 234", Value: ptr(1234)},
		},
	},
	{
		name: "Linktree", url: "https://linktr.ee/marisolbakes", fixture: "linktree.html",
		want: view{
			Rule: "linktree", SelectedBy: siterules.SelectedByHost,
			Name: "Marisol Bakes", Handle: "marisolbakes",
			Bio:    "Sourdough, failures included. Bread & butter for 40k home bakers.",
			Avatar: "https://ugc.production.linktr.ee/marisol-avatar.png",
			Links: []string{
				"https://www.instagram.com/marisolbakes",
				"https://www.youtube.com/@marisolbakes",
				"https://marisolbakes.example/recipes",
			},
		},
	},
	{
		name: "GitHub", url: "https://github.com/okwuosa-dev", fixture: "github.html",
		want: view{
			Rule: "github", SelectedBy: siterules.SelectedByHost,
			Name: "Adaeze Okwuosa", Handle: "okwuosa-dev",
			Bio:       "Maps, tiles and the odd bicycle. Building open transit tools in Lagos.",
			Avatar:    "https://avatars.githubusercontent.com/u/90817263?v=4",
			Location:  "Lagos, Nigeria",
			Links:     []string{"https://okwuosa.example", "https://fosstodon.example/@okwuosa"},
			Followers: &siterules.Count{Raw: "1.2k", Value: ptr(1200), Approximate: true},
			Following: &siterules.Count{Raw: "84", Value: ptr(84)},
		},
	},
	{
		name: "Dribbble", url: "https://dribbble.com/studiokelpie", fixture: "dribbble.html",
		want: view{
			Rule: "dribbble", SelectedBy: siterules.SelectedByHost,
			Name: "Studio Kelpie", Handle: "studiokelpie",
			Bio:       "Brand & packaging for small food makers",
			Avatar:    "https://cdn.dribbble.com/users/777001/avatars/normal/kelpie.png?1712000000",
			Followers: &siterules.Count{Raw: "2,317", Value: ptr(2317)},
			Following: &siterules.Count{Raw: "61", Value: ptr(61)},
		},
	},
	{
		name: "KoFi", url: "https://ko-fi.com/pimdraws", fixture: "ko-fi.html",
		want: view{
			Rule: "ko-fi", SelectedBy: siterules.SelectedByHost,
			Name: "Pim Verhoeven", Handle: "pimdraws",
			Bio:       "Ink drawings of Dutch canal houses. Commissions open in spring. Portfolio: https://pimdraws.example/portfolio",
			Avatar:    "https://storage.ko-fi.com/cdn/useruploads/pimdraws-avatar.png",
			Links:     []string{"https://pimdraws.example/portfolio"},
			Followers: &siterules.Count{Raw: "3,218", Value: ptr(3218)},
		},
	},
	{
		name: "Bandcamp", url: "https://lanternorchard.bandcamp.com/music", fixture: "bandcamp.html",
		want: view{
			Rule: "bandcamp", SelectedBy: siterules.SelectedByHost,
			Name: "The Lantern Orchard", Handle: "lanternorchard",
			Bio:      "Four-piece chamber folk from Cork. Second record out in May.",
			Avatar:   "https://f4.bcbits.com/img/0031337001_10.jpg",
			Location: "Cork, Ireland",
			Links:    []string{"https://lanternorchard.example", "https://www.youtube.com/@lanternorchard"},
		},
	},
	{
		name: "SoundCloud", url: "https://soundcloud.com/nadiafernsby", fixture: "soundcloud.html",
		want: view{
			Rule: "soundcloud", SelectedBy: siterules.SelectedByHost,
			Name: "Nadia Fernsby", Handle: "nadiafernsby",
			Avatar:    "https://i1.sndcdn.com/avatars-000123456789-abcd12-t500x500.jpg",
			Followers: &siterules.Count{Raw: "48213", Value: ptr(48213)},
			Posts:     &siterules.Count{Raw: "112", Value: ptr(112)},
		},
	},
	{
		name: "Behance", url: "https://www.behance.net/orianedelcourt", fixture: "behance.html",
		want: view{
			Rule: "behance", SelectedBy: siterules.SelectedByHost,
			Name: "Oriane Delcourt", Handle: "orianedelcourt",
			Bio:       "Ink and gouache for children's books, posters and the odd wine label.",
			Avatar:    "https://mir-s3-cdn-cf.behance.net/user/276/58201934.5f1a2b3c.jpg",
			Location:  "Lyon, France",
			Links:     []string{"https://oriane-delcourt.example", "https://www.instagram.com/orianedraws", "https://vimeo.com/orianedelcourt"},
			Followers: &siterules.Count{Raw: "14203", Value: ptr(14203)},
			Following: &siterules.Count{Raw: "318", Value: ptr(318)},
		},
	},
	{
		// Beacons renders in the browser; what the server sends is the
		// meta tags and a JSON-LD WebPage, both built from the username
		// (the page's own name is not in them).
		name: "Beacons", url: "https://beacons.ai/tomasferments", fixture: "beacons.html",
		want: view{
			Rule: "beacons", SelectedBy: siterules.SelectedByHost,
			Name: "tomasferments", Handle: "tomasferments",
			Bio:    "Kimchi, kefir and kombucha for beginners. Check out my links to (Fermentation course, YouTube, Newsletter).",
			Avatar: "https://cdn.beacons.ai/user_content/Qx7PpL2mV9aZ/profile_tomasferments.png?t=1716200000000",
			Links: []string{
				"https://www.youtube.com/@tomasferments",
				"https://www.instagram.com/tomasferments",
				"https://tomasferments.example/newsletter",
				"https://tomasferments.example/course",
			},
		},
	},
}

func TestRulesReadTheirFixtures(t *testing.T) {
	e := MustEngine(t)
	for _, tc := range ruleCases {
		t.Run(tc.name, func(t *testing.T) {
			p, err := e.ExtractHTML(MustURL(t, tc.url), MustFixture(t, tc.fixture))
			if err != nil {
				t.Fatalf("extract: %v", err)
			}
			if diff := cmp.Diff(tc.want, viewOf(p)); diff != "" {
				t.Errorf("profile (-want +got):\n%s", diff)
			}
			if p.Terms == nil || p.Terms.Status == "" || p.Terms.URL == "" {
				t.Errorf("terms = %+v, want the rule's terms record", p.Terms)
			}
			for field, src := range p.Sources {
				if src != "rule:"+tc.want.Rule {
					t.Errorf("source of %s = %q, want rule:%s", field, src, tc.want.Rule)
				}
			}
		})
	}
}

// Every built-in rule has a fixture in ruleCases, so no rule ships untested.
func TestEveryRuleHasAFixture(t *testing.T) {
	rules, err := siterules.BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	tested := map[string]bool{}
	for _, tc := range ruleCases {
		tested[tc.want.Rule] = true
	}
	for _, r := range rules {
		if !tested[r.Name] {
			t.Errorf("rule %q has no fixture case", r.Name)
		}
	}
}

// A fixture served from a host no rule claims (a loopback test web, a
// custom domain) is read by shape, but only by rules marked shape, and
// each fixture is recognised by its own rule's signature alone.
func TestShapeSelection(t *testing.T) {
	e := MustEngine(t)
	shape := map[string]bool{}
	for _, r := range e.Rules() {
		shape[r.Name] = r.Shape
	}
	for _, tc := range ruleCases {
		t.Run(tc.name, func(t *testing.T) {
			p, err := e.ExtractHTML(MustURL(t, "http://127.0.0.1:8081/"+tc.fixture), MustFixture(t, tc.fixture))
			if !shape[tc.want.Rule] {
				if err == nil && p.Rule != "" {
					t.Errorf("rule %q chosen by shape, want none (signature not site-specific)", p.Rule)
				}
				return
			}
			if err != nil {
				t.Fatalf("extract: %v", err)
			}
			if p.Rule != tc.want.Rule || p.SelectedBy != siterules.SelectedByShape {
				t.Errorf("rule = %q by %q, want %q by shape", p.Rule, p.SelectedBy, tc.want.Rule)
			}
			if p.DisplayName != tc.want.Name {
				t.Errorf("name = %q, want %q", p.DisplayName, tc.want.Name)
			}
		})
	}
}
