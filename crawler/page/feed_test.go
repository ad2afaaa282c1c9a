package page_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/page"
)

// feedTests are the feed fixtures in testdata/extract; each is compared with
// testdata/golden/feed_NAME.json, and the fields are its key facts.
var feedTests = []struct {
	file      string
	feedURL   string
	ids       []string
	firstText string
	published time.Time // of the first post
}{
	{
		file:      "feed_rss.xml",
		feedURL:   "http://127.0.0.1:8086/feed.xml",
		ids:       []string{"tag:jonas.example,2024:radwege", "http://127.0.0.1:8086/2024/falten"},
		firstText: "Wie man Radwege in OpenStreetMap taggt & warum. highway=cycleway cycleway=lane Mehr im OSM-Wiki und hier.",
		published: time.Date(2024, 5, 7, 7, 30, 0, 0, time.UTC),
	},
	{
		file:      "feed_atom.xml",
		feedURL:   "http://127.0.0.1:8087/feeds/videos.xml",
		ids:       []string{"yt:video:fx_Ridge001", "urn:uuid:6c0f1c2e-9d1c-4c59-9a57-0d9f3b0d2a11"},
		firstText: "24 km, 1,900 m up. Music: none, just wind.",
		published: time.Date(2024, 5, 2, 4, 0, 0, 0, time.UTC),
	},
	{
		file:      "feed_json.json",
		feedURL:   "http://localhost:8082/feed.json",
		ids:       []string{"412", "398", "http://localhost:8082/2024/01/pepper-soup/"},
		firstText: "Smoky bottom, no burnt pot.",
		published: time.Date(2024, 3, 9, 8, 15, 0, 0, time.UTC),
	},
}

func TestParseFeed(t *testing.T) {
	for _, tt := range feedTests {
		name := strings.TrimSuffix(tt.file, filepath.Ext(tt.file))
		t.Run(name, func(t *testing.T) {
			body := MustReadFile(t, filepath.Join("testdata", "extract", tt.file))
			posts, err := page.ParseFeed(MustParseURL(t, tt.feedURL), body, "web:fixture")
			if err != nil {
				t.Fatalf("ParseFeed: %v", err)
			}
			crawltest.MustMatchGolden(t, name, posts)
			if len(posts) != len(tt.ids) {
				t.Fatalf("%d posts, want %d", len(posts), len(tt.ids))
			}
			for i, p := range posts {
				if p.ID != tt.ids[i] {
					t.Errorf("posts[%d].ID = %q, want %q", i, p.ID, tt.ids[i])
				}
				if p.AccountID != "web:fixture" {
					t.Errorf("posts[%d].AccountID = %q", i, p.AccountID)
				}
				if !strings.HasPrefix(p.URL, "http") {
					t.Errorf("posts[%d].URL = %q, want absolute", i, p.URL)
				}
			}
			if posts[0].Text != tt.firstText {
				t.Errorf("posts[0].Text = %q, want %q", posts[0].Text, tt.firstText)
			}
			if !posts[0].PublishedAt.Equal(tt.published) || posts[0].PublishedAt.Location() != time.UTC {
				t.Errorf("posts[0].PublishedAt = %v, want %v in UTC", posts[0].PublishedAt, tt.published)
			}
		})
	}
}

// TestParseFeedFallbacks checks the second-choice sources: updated for
// published, the link for the id, YouTube's media:community for views (its
// starRating counts every rating, dislikes included, so likes stay
// unknown).
func TestParseFeedFallbacks(t *testing.T) {
	body := MustReadFile(t, filepath.Join("testdata", "extract", "feed_atom.xml"))
	posts, err := page.ParseFeed(MustParseURL(t, "http://127.0.0.1:8087/feeds/videos.xml"), body, "youtube:fixture")
	if err != nil {
		t.Fatalf("ParseFeed: %v", err)
	}
	if p := posts[0]; derefCount(p.Views) != 15320 || p.Likes != nil {
		t.Errorf("posts[0] views %d likes %d, want 15320 and unknown (never the starRating count)", derefCount(p.Views), derefCount(p.Likes))
	}
	if p := posts[1]; p.URL != "http://127.0.0.1:8087/posts/gear-2024" || p.Views != nil || p.Likes != nil ||
		!p.PublishedAt.Equal(time.Date(2024, 4, 20, 10, 0, 0, 0, time.UTC)) || p.Title != "Gear list 2024" {
		t.Errorf("posts[1] = %+v, want relative link resolved, no counts, updated as published, title as text", p)
	}
}

var parseFeedErrorTests = []struct {
	name string
	body []byte
}{
	{"truncated_rss", readFixture("testdata/extract/feed_broken.xml")},
	{"empty", nil},
	{"html_page", readFixture("testdata/extract/blog_rss.html")},
	{"json_not_feed", readFixture("testdata/extract/not_html.json")},
}

func TestParseFeedErrors(t *testing.T) {
	u := MustParseURL(t, "http://127.0.0.1:8086/feed.xml")
	for _, tt := range parseFeedErrorTests {
		posts, err := page.ParseFeed(u, tt.body, "web:fixture")
		if err == nil {
			t.Errorf("%s: %d posts, want an error", tt.name, len(posts))
			continue
		}
		if !strings.HasPrefix(err.Error(), "parse feed http://127.0.0.1:8086/feed.xml: ") {
			t.Errorf("%s: error %q lacks the feed context", tt.name, err)
		}
	}
}

// TestParseFeedLinks checks that a post's outbound links are kept and its
// own site's links are not.
func TestParseFeedLinks(t *testing.T) {
	body := MustReadFile(t, filepath.Join("testdata", "extract", "feed_rss.xml"))
	posts, err := page.ParseFeed(MustParseURL(t, "http://127.0.0.1:8086/feed.xml"), body, "web:fixture")
	if err != nil {
		t.Fatalf("ParseFeed: %v", err)
	}
	if got, want := posts[0].Links, []string{"https://wiki.openstreetmap.org/wiki/Bicycle"}; !slices.Equal(got, want) {
		t.Errorf("Links = %q, want %q", got, want)
	}
}

// TestParseFeedLimit checks the 200-post cap on a long feed.
func TestParseFeedLimit(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>long</title>`)
	for i := range 250 {
		fmt.Fprintf(&b, `<item><guid>g%d</guid><title>t%d</title></item>`, i, i)
	}
	b.WriteString(`</channel></rss>`)
	posts, err := page.ParseFeed(nil, []byte(b.String()), "web:fixture")
	if err != nil {
		t.Fatalf("ParseFeed: %v", err)
	}
	if len(posts) != 200 || posts[0].ID != "g0" || posts[199].ID != "g199" {
		t.Errorf("%d posts, want the first 200", len(posts))
	}
}
