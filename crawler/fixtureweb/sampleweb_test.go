package fixtureweb_test

import (
	"encoding/json"
	"encoding/xml"
	"html"
	"io/fs"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler/fixtureweb"
)

// These tests check the sample web's pages against expected.json, with the
// standard library only (the real extractor is tested elsewhere), so a hand
// edit of a page that forgets expected.json fails here first.

// fsWalkFiles calls fn for every regular file under dir.
func fsWalkFiles(fsys fs.FS, dir string, fn func(name string, body []byte)) error {
	return fs.WalkDir(fsys, dir, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		fn(name, b)
		return nil
	})
}

var (
	ldRe      = regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`)
	langRe    = regexp.MustCompile(`<html lang="([a-z]+)">`)
	ogTitleRe = regexp.MustCompile(`<meta property="og:title" content="([^"]*)">`)
	ogDescRe  = regexp.MustCompile(`<meta property="og:description" content="([^"]*)">`)
	feedRe    = regexp.MustCompile(`<link rel="alternate" type="application/(?:rss\+xml|atom\+xml|feed\+json)"[^>]* href="([^"]+)">`)
	relMeRe   = regexp.MustCompile(`<link rel="me" href="([^"]+)">`)
)

// page is what the checks read from one profile page and its feed.
type page struct {
	name, lang, feed                 string
	me                               []string
	followers, following, postsCount *int64
	posts, videos                    int
	newest, oldest                   time.Time
}

func TestSampleWeb_MatchesExpected(t *testing.T) {
	w := fixtureweb.MustStart(t, scout.SampleWeb())
	exp, err := w.Expected()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(exp.Creators); n < 12 {
		t.Fatalf("%d creators, want at least 12", n)
	}
	c := noRedirect()
	for _, e := range exp.Creators {
		if e.Platform != "web" {
			continue // platform accounts: TestSampleWeb_PlatformAccounts
		}
		resp, body := MustGet(t, c, e.URL)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("%s: GET %s = %d", e.Key, e.URL, resp.StatusCode)
			continue
		}
		src := string(body)
		p := page{me: submatches(relMeRe, src)}
		if m := langRe.FindStringSubmatch(src); m != nil {
			p.lang = m[1]
		}
		if m := feedRe.FindStringSubmatch(src); m != nil {
			p.feed = m[1]
		}
		switch e.Format {
		case "jsonld":
			readJSONLD(t, e.Key, src, &p)
		case "opengraph", "feed":
			if m := ogTitleRe.FindStringSubmatch(src); m != nil {
				p.name = strings.TrimSpace(strings.Split(html.UnescapeString(m[1]), " (@")[0])
			}
			readFeed(t, c, e.Key, p.feed, &p)
		case "siterule":
			readSiteRulePage(t, e, src, &p)
		case "podcast":
			// The seed is the feed itself: its channel is the profile.
			var ch struct {
				Title    string `xml:"channel>title"`
				Language string `xml:"channel>language"`
			}
			if err := xml.Unmarshal(body, &ch); err != nil {
				t.Errorf("%s: feed: %v", e.Key, err)
				continue
			}
			p.name, p.lang, p.feed = ch.Title, strings.Split(ch.Language, "-")[0], e.URL
			readFeed(t, c, e.Key, e.URL, &p)
		default:
			t.Errorf("%s: unknown format %q", e.Key, e.Format)
			continue
		}

		if p.name != e.Name {
			t.Errorf("%s: name %q, want %q", e.Key, p.name, e.Name)
		}
		if p.lang != e.Language {
			t.Errorf("%s: <html lang> %q, want %q", e.Key, p.lang, e.Language)
		}
		if p.feed != e.Feed {
			t.Errorf("%s: feed link %q, want %q", e.Key, p.feed, e.Feed)
		}
		if !slices.Equal(p.me, e.Me) && (len(p.me) > 0 || len(e.Me) > 0) {
			t.Errorf("%s: rel=me %q, want %q", e.Key, p.me, e.Me)
		}
		if e.Format == "jsonld" {
			for _, f := range []struct {
				what      string
				got, want *int64
			}{{"followers", p.followers, e.Followers}, {"following", p.following, e.Following}, {"posts_count", p.postsCount, e.PostsCount}} {
				if f.got == nil || f.want == nil || *f.got != *f.want {
					t.Errorf("%s: %s %v, want %v", e.Key, f.what, deref(f.got), deref(f.want))
				}
			}
		}
		if e.Format == "opengraph" {
			checkOGCounts(t, e, src)
		}
		if e.Format == "siterule" {
			// Site-rule pages give a profile, never posts.
			if p.posts != 0 || e.Posts != 0 || e.NewestPost != "" {
				t.Errorf("%s: %d posts, expected.json %d (newest %q): want none", e.Key, p.posts, e.Posts, e.NewestPost)
			}
			continue
		}
		if p.posts != e.Posts || p.posts < 10 || p.posts > 30 {
			t.Errorf("%s: %d posts, want %d (and 10–30)", e.Key, p.posts, e.Posts)
		}
		if p.videos != e.VideoPosts {
			t.Errorf("%s: %d posts with views, want %d", e.Key, p.videos, e.VideoPosts)
		}
		if got := p.newest.UTC().Format(time.RFC3339); got != e.NewestPost {
			t.Errorf("%s: newest post %s, want %s", e.Key, got, e.NewestPost)
		}
		if got := p.oldest.UTC().Format(time.RFC3339); got != e.OldestPost {
			t.Errorf("%s: oldest post %s, want %s", e.Key, got, e.OldestPost)
		}
		lo, hi := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)
		if p.oldest.Before(lo) || p.newest.After(hi) {
			t.Errorf("%s: posts span %v–%v, want within 2026-06-01..2026-11-20", e.Key, p.oldest, p.newest)
		}
	}
}

// TestSampleWeb_Mix checks the variety the later work relies on: formats,
// languages, tiers, engagement spread, identity cases and the inert bio.
func TestSampleWeb_Mix(t *testing.T) {
	fsys := scout.SampleWeb()
	exp, err := fixtureweb.ReadExpected(fsys)
	if err != nil {
		t.Fatal(err)
	}
	formats, langs, tiers := map[string]int{}, map[string]int{}, map[scout.Tier]int{}
	byName := map[string][]string{}
	sponsored := 0
	var minER, maxER float64 = 1, 0
	for _, e := range exp.Creators {
		formats[e.Format]++
		langs[e.Language]++
		if e.Followers != nil {
			tiers[scout.TierOf(*e.Followers)]++
		}
		byName[e.Name] = append(byName[e.Name], e.Person)
		sponsored += e.SponsoredPosts
		if e.MedianEngagement != nil {
			minER, maxER = min(minER, *e.MedianEngagement), max(maxER, *e.MedianEngagement)
		}
	}
	if len(formats) < 3 {
		t.Errorf("formats %v, want all three", formats)
	}
	for _, l := range []string{"en", "es", "de", "it"} {
		if langs[l] == 0 {
			t.Errorf("no creator in %q; languages %v", l, langs)
		}
	}
	for _, tier := range scout.Tiers {
		if tiers[tier] == 0 {
			t.Errorf("no creator in tier %s; tiers %v", tier, tiers)
		}
	}
	if minER > 0.004 || maxER < 0.05 {
		t.Errorf("median engagement spans %.4f–%.4f, want from about 0.3%% to about 6%%", minER, maxER)
	}
	if sponsored < 5 {
		t.Errorf("%d sponsored-looking posts, want several for scoring work", sponsored)
	}
	if ps := byName["Alex Kim"]; len(ps) != 2 || ps[0] == ps[1] {
		t.Errorf(`"Alex Kim" persons %v, want two different people with the same name`, ps)
	}

	// Two accounts of one person link each other with rel="me".
	persons := map[string][]fixtureweb.ExpectedCreator{}
	for _, e := range exp.Creators {
		persons[e.Person] = append(persons[e.Person], e)
	}
	linked := false
	for _, accts := range persons {
		if len(accts) >= 2 && slices.Contains(accts[0].Me, accts[1].URL) && slices.Contains(accts[1].Me, accts[0].URL) {
			linked = true
		}
	}
	if !linked {
		t.Error(`no person with two accounts linked both ways by rel="me"`)
	}

	// The hostile bio is the creator's literal text, escaped in the source.
	raw, err := fs.ReadFile(fsys, "social.example/@robintables/index.html")
	if err != nil {
		t.Fatal(err)
	}
	src := string(raw)
	if strings.Contains(src, "<script>alert") {
		t.Error("robintables page has a raw <script>alert; the bio must be escaped")
	}
	if !strings.Contains(src, "&lt;script&gt;alert(1)&lt;/script&gt;") || !strings.Contains(src, `\u003cscript\u003ealert(1)\u003c/script\u003e`) {
		t.Error("robintables page lacks the escaped <script>alert(1)</script> bio in HTML and JSON-LD")
	}

	// The robots-disallowed page exists, and robots.txt forbids it.
	robots, err := fs.ReadFile(fsys, "snap.example/robots.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(robots), "Disallow: /private/") {
		t.Errorf("snap.example/robots.txt = %q, want Disallow: /private/", robots)
	}
	if len(exp.NeverFetch) != 1 || !strings.HasPrefix(exp.NeverFetch[0], "http://snap.example/private/") {
		t.Errorf("never_fetch = %v, want the snap.example/private/ profile", exp.NeverFetch)
	}
	if _, err := fs.Stat(fsys, "snap.example/private/@quiet.hours/index.html"); err != nil {
		t.Errorf("robots-disallowed profile missing: %v", err)
	}
}

// readJSONLD reads the profile and posts out of a page's JSON-LD blocks: the
// ProfilePage's mainEntity with X-style or Bluesky-style counters, and posts
// in hasPart or in an @graph block.
func readJSONLD(t *testing.T, key, src string, p *page) {
	t.Helper()
	blocks := submatches(ldRe, src)
	if len(blocks) == 0 {
		t.Errorf("%s: no JSON-LD", key)
		return
	}
	var posts []map[string]any
	for _, b := range blocks {
		var n map[string]any
		if err := json.Unmarshal([]byte(b), &n); err != nil {
			t.Errorf("%s: JSON-LD does not decode: %v", key, err)
			return
		}
		if n["@type"] == "ProfilePage" {
			ent, _ := n["mainEntity"].(map[string]any)
			p.name, _ = ent["name"].(string)
			for k, v := range counters(ent["interactionStatistic"]) {
				switch k {
				case "FollowAction":
					p.followers = v
				case "SubscribeAction":
					p.following = v
				case "WriteAction":
					p.postsCount = v
				}
			}
			for k, v := range counters(ent["agentInteractionStatistic"]) {
				switch k {
				case "FollowAction":
					p.following = v
				case "WriteAction":
					p.postsCount = v
				}
			}
			posts = append(posts, objects(n["hasPart"])...)
		}
		posts = append(posts, objects(n["@graph"])...)
	}
	for _, post := range posts {
		ts, _ := post["datePublished"].(string)
		d, err := time.Parse(time.RFC3339, ts)
		if err != nil {
			t.Errorf("%s: post %v: datePublished: %v", key, post["identifier"], err)
			continue
		}
		if lang, _ := post["inLanguage"].(string); lang != p.lang {
			t.Errorf("%s: post %v inLanguage %q, want the page's %q", key, post["identifier"], lang, p.lang)
		}
		stats := counters(post["interactionStatistic"])
		if stats["LikeAction"] == nil || stats["CommentAction"] == nil {
			t.Errorf("%s: post %v lacks like or comment counts", key, post["identifier"])
		}
		if stats["WatchAction"] != nil {
			p.videos++
		}
		p.addPost(d)
	}
}

var (
	tgTitleRe   = regexp.MustCompile(`<div class="tgme_channel_info_header_title"><span dir="auto">([^<]+)</span>`)
	tgCounterRe = regexp.MustCompile(`<span class="counter_value">([^<]+)</span> <span class="counter_type">subscribers</span>`)
	beaconsRe   = regexp.MustCompile(`<meta property="og:title" content="([^"]+) - Link in Bio &amp; Creator Tools \| Beacons">`)
)

// readSiteRulePage reads the pages the site rules read, in the two shapes
// the sample web has: a Telegram channel preview (its title and its
// rounded subscriber counter) and a Beacons link page (the username its
// title is built from).
func readSiteRulePage(t *testing.T, e fixtureweb.ExpectedCreator, src string, p *page) {
	t.Helper()
	switch {
	case tgTitleRe.MatchString(src):
		p.name = html.UnescapeString(tgTitleRe.FindStringSubmatch(src)[1])
		m := tgCounterRe.FindStringSubmatch(src)
		if m == nil || !strings.HasSuffix(m[1], "K") || e.Followers == nil || !slices.Equal(e.Approximate, []string{"followers"}) {
			t.Errorf("%s: counter %q, followers %v approximate %v: want a rounded subscriber count", e.Key, m, deref(e.Followers), e.Approximate)
		}
	case beaconsRe.MatchString(src):
		p.name = beaconsRe.FindStringSubmatch(src)[1]
		if e.Followers != nil {
			t.Errorf("%s: followers %v, want none (a link page publishes none)", e.Key, deref(e.Followers))
		}
	default:
		t.Errorf("%s: neither a Telegram preview nor a Beacons page", e.Key)
	}
}

// checkOGCounts checks that og:description starts with the published counts
// and that expected.json marks exactly the rounded ones approximate.
func checkOGCounts(t *testing.T, e fixtureweb.ExpectedCreator, src string) {
	t.Helper()
	m := ogDescRe.FindStringSubmatch(src)
	if m == nil {
		t.Errorf("%s: no og:description", e.Key)
		return
	}
	desc := html.UnescapeString(m[1])
	counts, _, ok := strings.Cut(desc, " - ")
	if !ok || len(strings.Split(counts, ", ")) != 3 {
		t.Errorf("%s: og:description %q does not lead with three counts", e.Key, desc)
	}
	if e.Followers == nil || e.Following == nil || e.PostsCount == nil {
		t.Errorf("%s: expected.json lacks counts for an OpenGraph profile", e.Key)
	}
	if !slices.Equal(e.Approximate, []string{"followers"}) {
		t.Errorf("%s: approximate %v, want [followers] (the rounded count)", e.Key, e.Approximate)
	}
}

// readFeed fetches a feed and counts its items (RSS, Atom or JSON Feed).
func readFeed(t *testing.T, c *http.Client, key, feedURL string, p *page) {
	t.Helper()
	if feedURL == "" {
		t.Errorf("%s: no feed link", key)
		return
	}
	resp, body := MustGet(t, c, feedURL)
	ct := resp.Header.Get("Content-Type")
	var dates []string
	var views int
	switch {
	case strings.HasPrefix(ct, "application/rss+xml"):
		var rss struct {
			Items []struct {
				PubDate string `xml:"pubDate"`
			} `xml:"channel>item"`
		}
		if err := xml.Unmarshal(body, &rss); err != nil {
			t.Errorf("%s: RSS: %v", key, err)
			return
		}
		for _, it := range rss.Items {
			d, err := time.Parse(time.RFC1123Z, it.PubDate)
			if err != nil {
				t.Errorf("%s: RSS pubDate: %v", key, err)
				continue
			}
			dates = append(dates, d.Format(time.RFC3339))
		}
	case strings.HasPrefix(ct, "application/atom+xml"):
		var atom struct {
			Entries []struct {
				Published string `xml:"published"`
				Stats     *struct {
					Views string `xml:"views,attr"`
				} `xml:"group>community>statistics"`
			} `xml:"entry"`
		}
		if err := xml.Unmarshal(body, &atom); err != nil {
			t.Errorf("%s: Atom: %v", key, err)
			return
		}
		for _, e := range atom.Entries {
			dates = append(dates, e.Published)
			if e.Stats != nil && e.Stats.Views != "" {
				views++
			}
		}
	case strings.HasPrefix(ct, "application/feed+json"):
		var jf struct {
			Version string `json:"version"`
			Items   []struct {
				DatePublished string `json:"date_published"`
			} `json:"items"`
		}
		if err := json.Unmarshal(body, &jf); err != nil {
			t.Errorf("%s: JSON Feed: %v", key, err)
			return
		}
		if jf.Version != "https://jsonfeed.org/version/1.1" {
			t.Errorf("%s: JSON Feed version %q", key, jf.Version)
		}
		for _, it := range jf.Items {
			dates = append(dates, it.DatePublished)
		}
	default:
		t.Errorf("%s: feed %s has Content-Type %q", key, feedURL, ct)
		return
	}
	for _, s := range dates {
		d, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Errorf("%s: feed date %q: %v", key, s, err)
			continue
		}
		p.addPost(d)
	}
	p.videos = views
}

func (p *page) addPost(d time.Time) {
	p.posts++
	if p.newest.IsZero() || d.After(p.newest) {
		p.newest = d
	}
	if p.oldest.IsZero() || d.Before(p.oldest) {
		p.oldest = d
	}
}

// counters maps an interactionStatistic list to counts by action suffix.
func counters(v any) map[string]*int64 {
	out := make(map[string]*int64)
	for _, n := range objects(v) {
		typ, _ := n["interactionType"].(string)
		f, ok := n["userInteractionCount"].(float64)
		if !ok {
			continue
		}
		i := int64(f)
		out[typ[strings.LastIndex(typ, "/")+1:]] = &i
	}
	return out
}

func objects(v any) []map[string]any {
	list, _ := v.([]any)
	var out []map[string]any
	for _, e := range list {
		if m, ok := e.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

func submatches(re *regexp.Regexp, s string) []string {
	var out []string
	for _, m := range re.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return out
}

func deref(p *int64) any {
	if p == nil {
		return nil
	}
	return *p
}

// TestExpectedMD_ListsEveryCreator keeps the human-readable table in step
// with expected.json.
func TestExpectedMD_ListsEveryCreator(t *testing.T) {
	fsys := scout.SampleWeb()
	exp, err := fixtureweb.ReadExpected(fsys)
	if err != nil {
		t.Fatal(err)
	}
	md, err := fs.ReadFile(fsys, "EXPECTED.md")
	if err != nil {
		t.Fatal(err)
	}
	var missing []string
	for _, e := range exp.Creators {
		u, err := url.Parse(e.URL)
		if err != nil {
			t.Fatalf("%s: url: %v", e.Key, err)
		}
		if !strings.Contains(string(md), "| "+e.Site+" | `"+u.Path+"` |") {
			missing = append(missing, e.URL)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("EXPECTED.md lacks rows for %v", missing)
	}
}
