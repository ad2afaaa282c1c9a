package page_test

import (
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/page"
)

// extractAt is the fixed fetch time of every extraction test, in a non-UTC
// zone to show that the extractor stores UTC.
var extractAt = time.Date(2024, 5, 4, 14, 0, 0, 0, time.FixedZone("CEST", 2*3600))

// extractTests are the fixtures in testdata/extract that carry a profile.
// The whole Extraction is compared with testdata/golden/extract_NAME.json;
// the fields here are the key facts each fixture exists to prove.
var extractTests = []struct {
	name      string // fixture testdata/extract/NAME.html, golden extract_NAME.json
	pageURL   string
	id        string
	handle    string
	display   string
	followers *int64
	following *int64
	posts     *int64
	approx    []string
	nPosts    int
	feeds     []string
	links     []string
	warnings  int
}{
	{
		name:    "profile_jsonld",
		pageURL: "http://127.0.0.1:8081/@maya.rivera?tab=posts",
		id:      "web:127.0.0.1:8081/@maya.rivera", handle: "maya.rivera", display: "Maya Rivera",
		followers: scout.Int64(12518), following: scout.Int64(311), posts: scout.Int64(1873),
		nPosts: 3,
		feeds:  []string{"http://127.0.0.1:8081/@maya.rivera/rss"},
		links:  []string{"https://www.youtube.com/@mayaruns", "https://instagram.com/maya.rivera", "https://mastodon.example/@maya"},
	},
	{
		name:    "graph",
		pageURL: "http://localhost:8082/about/",
		id:      "web:localhost:8082/about", handle: "localhost", display: "Tom Okafor",
		nPosts: 2,
		links:  []string{"https://www.instagram.com/tomokaforcooks/", "https://www.youtube.com/@tomokaforcooks"},
	},
	{
		name:    "og_only",
		pageURL: "http://127.0.0.1:8083/lenacooks",
		id:      "web:127.0.0.1:8083/lenacooks", handle: "lenacooks", display: "Lena Ortiz",
		followers: scout.Int64(783400), following: scout.Int64(120), posts: scout.Int64(1234),
		approx: []string{"followers"},
	},
	{
		name:    "blog_rss",
		pageURL: "http://127.0.0.1:8086/",
		id:      "web:127.0.0.1:8086", handle: "127.0.0.1", display: "Jonas Weber — Notizen",
		feeds: []string{"http://127.0.0.1:8086/feed.xml", "http://127.0.0.1:8086/atom.xml", "https://jonas.example/feed.json"},
		links: []string{"https://fosstodon.example/@jonas", "https://github.com/jonas-weber-example"},
	},
	{
		name:    "malformed_jsonld",
		pageURL: "http://127.0.0.1:8084/ana",
		id:      "web:127.0.0.1:8084/ana", handle: "analima", display: "Ana Lima",
		followers: scout.Int64(4690000), approx: []string{"followers"},
		warnings: 1,
	},
	{
		name:    "wrong_types",
		pageURL: "http://127.0.0.1:8088/kai",
		id:      "web:127.0.0.1:8088/kai", handle: "kai", display: "Kai Müller",
		followers: scout.Int64(12300), approx: []string{"followers"},
		nPosts: 2,
		links:  []string{"https://soundcloud.example/kai"},
	},
	{
		name:    "entities_emoji",
		pageURL: "http://127.0.0.1:8089/zoe",
		id:      "web:127.0.0.1:8089/zoe", handle: "zoe_crew", display: "Zoë & the Ünïcode Crew 🌈👩‍👩‍👧",
		followers: scout.Int64(1234567),
	},
}

func TestExtractPage(t *testing.T) {
	for _, tt := range extractTests {
		t.Run(tt.name, func(t *testing.T) {
			body := MustReadFile(t, filepath.Join("testdata", "extract", tt.name+".html"))
			ex, err := page.Extract(MustParseURL(t, tt.pageURL), "text/html; charset=utf-8", body, extractAt)
			if err != nil {
				t.Fatalf("ExtractPage: %v", err)
			}
			crawltest.MustMatchGolden(t, "extract_"+tt.name, ex)

			a := ex.Profile.Account
			if a.ID != tt.id {
				t.Errorf("ID = %q, want %q", a.ID, tt.id)
			}
			if a.Platform != scout.PlatformWeb {
				t.Errorf("Platform = %q, want web", a.Platform)
			}
			if a.Handle != tt.handle {
				t.Errorf("Handle = %q, want %q", a.Handle, tt.handle)
			}
			if a.DisplayName != tt.display {
				t.Errorf("DisplayName = %q, want %q", a.DisplayName, tt.display)
			}
			checkCount(t, "Followers", a.Followers, tt.followers)
			checkCount(t, "Following", a.Following, tt.following)
			checkCount(t, "PostsCount", a.PostsCount, tt.posts)
			if !slices.Equal(a.Approximate, tt.approx) {
				t.Errorf("Approximate = %q, want %q", a.Approximate, tt.approx)
			}
			if !a.FetchedAt.Equal(extractAt) || a.FetchedAt.Location() != time.UTC {
				t.Errorf("FetchedAt = %v, want %v in UTC", a.FetchedAt, extractAt)
			}
			if len(ex.Profile.Posts) != tt.nPosts {
				t.Errorf("%d posts, want %d", len(ex.Profile.Posts), tt.nPosts)
			}
			for _, p := range ex.Profile.Posts {
				if p.AccountID != a.ID || p.ID == "" {
					t.Errorf("post %q: AccountID %q, want %q and a non-empty id", p.ID, p.AccountID, a.ID)
				}
				if p.PublishedAt.Location() != time.UTC {
					t.Errorf("post %q: PublishedAt %v not in UTC", p.ID, p.PublishedAt)
				}
			}
			if !slices.Equal(ex.FeedURLs, tt.feeds) {
				t.Errorf("FeedURLs = %q, want %q", ex.FeedURLs, tt.feeds)
			}
			if !slices.Equal(a.Links, tt.links) && !(len(a.Links) == 0 && len(tt.links) == 0) {
				t.Errorf("Links = %q, want %q", a.Links, tt.links)
			}
			if len(ex.Warnings) != tt.warnings {
				t.Errorf("Warnings = %q, want %d", ex.Warnings, tt.warnings)
			}
		})
	}
}

// TestExtractPagePosts checks post fields the fixtures were written for.
func TestExtractPagePosts(t *testing.T) {
	ex := mustExtract(t, "profile_jsonld", "http://127.0.0.1:8081/@maya.rivera")
	posts := ex.Profile.Posts
	if len(posts) != 3 {
		t.Fatalf("%d posts, want 3", len(posts))
	}
	// Newest first: the 06:30+02:00 post is 04:30 UTC.
	if got, want := posts[0].PublishedAt, time.Date(2024, 5, 2, 4, 30, 0, 0, time.UTC); posts[0].ID != "post-3kf9" || !got.Equal(want) {
		t.Errorf("posts[0] = %q at %v, want post-3kf9 at %v", posts[0].ID, got, want)
	}
	if p := posts[0]; p.URL != "http://127.0.0.1:8081/@maya.rivera/post/3kf9" || derefCount(p.Likes) != 842 || derefCount(p.Comments) != 37 || derefCount(p.Shares) != 12 || p.Views != nil {
		t.Errorf("posts[0] = %+v, want absolute url, 842 likes, 37 comments, 12 shares, no views", p)
	}
	if p := posts[1]; p.ID != "http://127.0.0.1:8081/@maya.rivera/video/77" || derefCount(p.Views) != 15320 || p.Title != "Ridge run, 4K" ||
		p.MediaKind != "video" || p.DurationSeconds != 90 {
		t.Errorf("posts[1] = %+v, want the 90-second VideoObject with 15320 views", p)
	}
	if p := posts[2]; derefCount(p.Likes) != 1204 || p.Title != "Race report" {
		t.Errorf("posts[2] = %+v, want 1204 likes from the string count", p)
	}

	ex = mustExtract(t, "graph", "http://localhost:8082/about/")
	if p := ex.Profile.Posts[0]; p.ID != "412" || derefCount(p.Comments) != 19 || p.Text != "Smoky bottom, no burnt pot." {
		t.Errorf("graph post 0 = %+v, want id 412 from PropertyValue, 19 comments", p)
	}
	if p := ex.Profile.Posts[1]; p.Text != "Yaji spice (this one), thin beef & a very hot oven. Serves 4. #beef" {
		t.Errorf("graph post 1 text = %q, want HTML turned into text", p.Text)
	}
	if p := ex.Profile.Posts[1]; !slices.Equal(p.Links, []string{"https://shop.example/yaji?ref=tom"}) {
		t.Errorf("graph post 1 links = %q, want the one outbound link, not the site's own tag page", p.Links)
	}

	ex = mustExtract(t, "wrong_types", "http://127.0.0.1:8088/kai")
	// Newest first: the post with an unreadable date sorts last.
	if p := ex.Profile.Posts[1]; p.ID != "5551" || p.Likes != nil || derefCount(p.Shares) != 3200 || derefCount(p.Comments) != 100 || !p.PublishedAt.IsZero() {
		t.Errorf("wrong_types post 1 = %+v, want id 5551, no likes (negative), 3200 shares, 100 comments, zero date", p)
	}
	if p := ex.Profile.Posts[0]; !strings.HasPrefix(p.ID, "sha256:") || p.PublishedAt != time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC) {
		t.Errorf("wrong_types post 0 = %+v, want a derived id and a zone-less date read as UTC", p)
	}
}

// TestExtractPageText checks entity decoding, whitespace and emoji. A
// JSON-LD description is schema.org Text, so tags in it are the creator's
// literal characters: kept, and escaped by whoever renders them.
func TestExtractPageText(t *testing.T) {
	ex := mustExtract(t, "entities_emoji", "http://127.0.0.1:8089/zoe")
	a := ex.Profile.Account
	if want := "Line one line two with a tab & <b>bold</b> <3 🎉"; a.Bio != want {
		t.Errorf("Bio = %q, want %q", a.Bio, want)
	}
	ex = mustExtract(t, "og_only", "http://127.0.0.1:8083/lenacooks")
	if want := "Recipes for two, mostly vegetables and sometimes cake."; ex.Profile.Account.Bio != want {
		t.Errorf("Bio = %q, want %q (counts stripped, whitespace collapsed)", ex.Profile.Account.Bio, want)
	}
	if want := "http://127.0.0.1:8083/img/lena_200x200.jpg"; ex.Profile.Account.AvatarURL != want {
		t.Errorf("AvatarURL = %q, want %q", ex.Profile.Account.AvatarURL, want)
	}
}

var extractErrorTests = []struct {
	name        string
	contentType string
	body        []byte
	want        error
}{
	{"json_body", "application/json", readFixture("testdata/extract/not_html.json"), crawler.ErrNotHTML},
	{"png_sniffed", "", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), crawler.ErrNotHTML},
	{"feed_as_page", "application/rss+xml", readFixture("testdata/extract/feed_rss.xml"), crawler.ErrNotHTML},
	{"article_page", "text/html", readFixture("testdata/extract/no_profile.html"), crawler.ErrNoProfile},
	{"empty_html", "text/html; charset=utf-8", nil, crawler.ErrNoProfile},
	{"sniffed_html_no_profile", "", []byte("<!DOCTYPE html><html><head><title>x</title></head></html>"), crawler.ErrNoProfile},
	{"xhtml_no_profile", "application/xhtml+xml", []byte("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>x</title></head></html>"), crawler.ErrNoProfile},
}

func TestExtractPageErrors(t *testing.T) {
	u := MustParseURL(t, "http://127.0.0.1:8085/fold")
	for _, tt := range extractErrorTests {
		ex, err := page.Extract(u, tt.contentType, tt.body, extractAt)
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.want)
			continue
		}
		if tt.want == crawler.ErrNoProfile && (ex == nil || ex.Profile != nil) {
			t.Errorf("%s: Extraction = %+v, want non-nil without a profile", tt.name, ex)
		}
	}
	if _, err := page.Extract(nil, "text/html", []byte("<html></html>"), extractAt); err == nil {
		t.Error("nil url: want an error")
	}
}

// TestExtractPageLimits feeds a hostile page: too many posts, too many
// JSON-LD blocks, an enormous bio.
func TestExtractPageLimits(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><script type="application/ld+json">{"@type":"ProfilePage","mainEntity":{"@type":"Person","name":"Flood","description":"`)
	b.WriteString(strings.Repeat("🌊 wave ", 5000))
	b.WriteString(`"},"hasPart":[`)
	for i := range 250 {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"@type":"SocialMediaPosting","identifier":"p%d","text":"post %d"}`, i, i)
	}
	b.WriteString(`]}</script>`)
	for range 40 {
		b.WriteString(`<script type="application/ld+json">{"@type":"Thing"}</script>`)
	}
	b.WriteString(`</head></html>`)
	ex, err := page.Extract(MustParseURL(t, "http://127.0.0.1:8090/flood"), "text/html", []byte(b.String()), extractAt)
	if err != nil {
		t.Fatalf("ExtractPage: %v", err)
	}
	if n := len(ex.Profile.Posts); n != 200 {
		t.Errorf("%d posts, want the 200 cap", n)
	}
	if n := utf8.RuneCountInString(ex.Profile.Account.Bio); n > 2000 || n < 1000 {
		t.Errorf("bio of %d runes, want it cut to at most 2000", n)
	}
	if len(ex.Warnings) != 2 {
		t.Errorf("Warnings = %q, want one for the posts and one for the blocks", ex.Warnings)
	}
}

func FuzzExtractPage(f *testing.F) {
	for _, tt := range extractTests {
		f.Add(readFixture(filepath.Join("testdata", "extract", tt.name+".html")))
	}
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"@type":"ProfilePage","mainEntity":{"@id":"x"}},{"@id":"x","@type":"Person","interactionStatistic":{"interactionType":{"@type":"FollowAction"},"userInteractionCount":"9e99"}}]}</script>`))
	f.Add([]byte(`<meta property="og:type" content="profile"><meta property="og:description" content="99999999999999999999 Followers">`))
	u, _ := url.Parse("http://127.0.0.1:8091/fuzz")
	f.Fuzz(func(t *testing.T, body []byte) {
		ex, err := page.Extract(u, "text/html", body, extractAt)
		if err != nil {
			if !errors.Is(err, crawler.ErrNoProfile) {
				t.Fatalf("unexpected error: %v", err)
			}
			return
		}
		a := ex.Profile.Account
		if !strings.HasPrefix(a.ID, "web:127.0.0.1:8091") {
			t.Errorf("ID %q escaped the fetch host", a.ID)
		}
		if len(ex.Profile.Posts) > 200 || len(a.Links) > 50 {
			t.Errorf("%d posts, %d links: over the caps", len(ex.Profile.Posts), len(a.Links))
		}
		for _, s := range []string{a.DisplayName, a.Bio, a.Handle} {
			if !utf8.ValidString(s) {
				t.Errorf("invalid UTF-8 %q", s)
			}
		}
		for _, c := range []*int64{a.Followers, a.Following, a.PostsCount} {
			if c != nil && (*c < 0 || *c > 1e13) {
				t.Errorf("count %d out of range", *c)
			}
		}
	})
}

// mustExtract runs Extract on a fixture and fails the test on error.
func mustExtract(tb testing.TB, name, pageURL string) *crawler.Extraction {
	tb.Helper()
	body := MustReadFile(tb, filepath.Join("testdata", "extract", name+".html"))
	ex, err := page.Extract(MustParseURL(tb, pageURL), "text/html", body, extractAt)
	if err != nil {
		tb.Fatalf("ExtractPage(%s): %v", name, err)
	}
	return ex
}

// MustParseURL parses a URL written in a test.
func MustParseURL(tb testing.TB, s string) *url.URL {
	tb.Helper()
	u, err := url.Parse(s)
	if err != nil {
		tb.Fatalf("parse url: %v", err)
	}
	return u
}

// checkCount compares optional counts, nil meaning unknown.
func checkCount(t *testing.T, field string, got, want *int64) {
	t.Helper()
	switch {
	case got == nil && want == nil:
	case got == nil || want == nil || *got != *want:
		t.Errorf("%s = %s, want %s", field, crawltest.FmtCount(got), crawltest.FmtCount(want))
	}
}

// derefCount is *p, or -1 for an unknown count, for compact assertions.
func derefCount(p *int64) int64 {
	if p == nil {
		return -1
	}
	return *p
}

// TestExtractPageCharset checks that a page in a legacy charset, declared
// in the Content-Type, is decoded before extraction.
func TestExtractPageCharset(t *testing.T) {
	body := []byte("<html><head><meta property=\"og:type\" content=\"profile\"><meta property=\"og:title\" content=\"Zo\xeb Garc\xeda (@zoe)\"></head></html>")
	ex, err := page.Extract(MustParseURL(t, "http://127.0.0.1:8092/zoe"), "text/html; charset=iso-8859-1", body, extractAt)
	if err != nil {
		t.Fatalf("ExtractPage: %v", err)
	}
	if got, want := ex.Profile.Account.DisplayName, "Zoë García"; got != want {
		t.Errorf("DisplayName = %q, want %q", got, want)
	}
}

// TestExtractPageCanonical checks which canonical URL becomes the id: one on
// the fetched host is followed, one on another host is not (and a Person url
// elsewhere becomes a link).
func TestExtractPageCanonical(t *testing.T) {
	tests := []struct {
		name, pageURL, head, wantID, wantURL string
	}{
		{"SameHostCanonical", "http://127.0.0.1:8093/u/alice?utm=x#top",
			`<link rel="canonical" href="http://127.0.0.1:8093/@alice/">`, "web:127.0.0.1:8093/@alice", "http://127.0.0.1:8093/@alice"},
		{"OtherHostCanonicalIgnored", "http://127.0.0.1:8093/u/alice",
			`<link rel="canonical" href="https://x.com/alice">`, "web:127.0.0.1:8093/u/alice", "http://127.0.0.1:8093/u/alice"},
		{"OtherPortIsOtherHost", "http://127.0.0.1:8094/u/alice",
			`<link rel="canonical" href="http://127.0.0.1:8093/u/alice">`, "web:127.0.0.1:8094/u/alice", "http://127.0.0.1:8094/u/alice"},
		{"DefaultPortAndCaseDropped", "HTTPS://Alice.Example:443/",
			`<meta property="og:url" content="https://www.alice.example/blog/">`, "web:alice.example/blog", "https://alice.example/blog"},
	}
	for _, tt := range tests {
		body := `<html><head><meta property="og:type" content="profile">` + tt.head + `</head></html>`
		ex, err := page.Extract(MustParseURL(t, tt.pageURL), "text/html", []byte(body), extractAt)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if a := ex.Profile.Account; a.ID != tt.wantID || a.URL != tt.wantURL {
			t.Errorf("%s: ID, URL = %q, %q; want %q, %q", tt.name, a.ID, a.URL, tt.wantID, tt.wantURL)
		}
	}

	body := `<html><head><script type="application/ld+json">{"@type":"Person","name":"Al","url":"https://social.example/@al"}</script></head></html>`
	ex, err := page.Extract(MustParseURL(t, "http://127.0.0.1:8093/"), "text/html", []byte(body), extractAt)
	if err != nil {
		t.Fatalf("ExtractPage: %v", err)
	}
	if a := ex.Profile.Account; a.ID != "web:127.0.0.1:8093" || !slices.Equal(a.Links, []string{"https://social.example/@al"}) {
		t.Errorf("ID, Links = %q, %q; want the fetch host and the Person url as a link", a.ID, a.Links)
	}
}
