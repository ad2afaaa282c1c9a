package page_test

import (
	"errors"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/page"
)

// feedProfileTests are feeds given as crawl targets, in the shapes their
// publishers serve: a podcast with the itunes: and podcast: namespaces, a
// newsletter as Substack writes its RSS, a blog's Atom and JSON feeds.
var feedProfileTests = []struct {
	file, url   string
	id, name    string
	handle, bio string
	avatar      string
	links       []string
	fields      []scout.ProfileField
	location    string
	postsCount  *int64
	posts       int
	kind        string // media kind of the first post
	duration    int    // of the first post
	lang        string // of the first post
}{
	{
		file: "podcast_rss.xml", url: "https://feeds.kitchenradio.example/soil-and-salt.xml",
		id: "web:feeds.kitchenradio.example/soil-and-salt.xml", name: "Soil & Salt",
		handle: "soilandsalt.example", bio: "A fortnightly show about growing, cooking and preserving food in small city flats. Hosted by Amara Lindgren.",
		avatar: "https://media.kitchenradio.example/soil-and-salt/cover-3000.jpg",
		links:  []string{"https://soilandsalt.example/", "https://ko-fi.com/soilandsalt", "https://soilandsalt.example/members"},
		fields: []scout.ProfileField{
			{Name: "author", Value: "Amara Lindgren"},
			{Name: "itunes:owner", Value: "Amara Lindgren <shows@soilandsalt.example>"},
			{Name: "podcast:locked owner", Value: "amara@soilandsalt.example"},
			{Name: "itunes:category", Value: "Leisure › Home & Garden"},
			{Name: "podcast:funding", Value: "Buy us a bag of compost https://ko-fi.com/soilandsalt"},
			{Name: "podcast:funding", Value: "Become a member https://soilandsalt.example/members"},
		},
		location:   "Stockholm, Sweden",
		postsCount: scout.Int64(3), posts: 3, kind: "audio", duration: 47*60 + 12, lang: "en",
	},
	{
		// A newsletter: no episodes, so no posts count; the owner address
		// Substack publishes is still a published contact.
		file: "newsletter_rss.xml", url: "https://slowmiles.example/feed",
		id: "web:slowmiles.example/feed", name: "Slow Miles",
		handle: "slowmiles.example", bio: "Letters from a bike-packing life, every other Sunday.",
		avatar: "https://cdn.letters.example/image/fetch/w_256,c_limit/slowmiles-logo.png",
		links:  []string{"https://slowmiles.example"},
		fields: []scout.ProfileField{
			{Name: "author", Value: "Noa Brenner"},
			{Name: "itunes:owner", Value: "Noa Brenner <slowmiles@letters.example>"},
		},
		posts: 2, kind: "", lang: "en",
	},
	{
		file: "feed_json.json", url: "https://jonas.example/feed.json",
		id: "web:jonas.example/feed.json", name: "",
		posts: 3,
	},
}

func TestExtractFeed(t *testing.T) {
	at := time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)
	for _, tt := range feedProfileTests {
		t.Run(tt.file, func(t *testing.T) {
			body := MustReadFile(t, filepath.Join("testdata", "extract", tt.file))
			ex, err := page.ExtractFeed(MustParseURL(t, tt.url), body, at)
			if err != nil {
				t.Fatalf("ExtractFeed: %v", err)
			}
			p := ex.Profile
			a := p.Account
			if a.ID != tt.id || a.URL != tt.url || a.FeedURL != tt.url || a.Platform != scout.PlatformWeb {
				t.Errorf("id, url, feed, platform = %q, %q, %q, %q; want %q and the feed URL", a.ID, a.URL, a.FeedURL, a.Platform, tt.id)
			}
			if tt.name != "" && (a.DisplayName != tt.name || a.Handle != tt.handle || a.Bio != tt.bio || a.AvatarURL != tt.avatar) {
				t.Errorf("name, handle, bio, avatar = %q, %q, %q, %q; want %q, %q, %q, %q",
					a.DisplayName, a.Handle, a.Bio, a.AvatarURL, tt.name, tt.handle, tt.bio, tt.avatar)
			}
			if tt.name != "" && !slices.Equal(a.Links, tt.links) {
				t.Errorf("links = %q, want %q", a.Links, tt.links)
			}
			if !slices.Equal(a.Fields, tt.fields) {
				t.Errorf("fields = %q, want %q", a.Fields, tt.fields)
			}
			if a.Location != tt.location {
				t.Errorf("location = %q, want %q", a.Location, tt.location)
			}
			checkCount(t, "PostsCount", a.PostsCount, tt.postsCount)
			checkCount(t, "Followers", a.Followers, nil)
			if len(p.Posts) != tt.posts {
				t.Fatalf("%d posts, want %d", len(p.Posts), tt.posts)
			}
			first := p.Posts[0]
			if first.AccountID != a.ID || first.MediaKind != tt.kind || first.DurationSeconds != tt.duration || first.Language != tt.lang {
				t.Errorf("first post account, kind, duration, language = %q, %q, %d, %q; want %q, %q, %d, %q",
					first.AccountID, first.MediaKind, first.DurationSeconds, first.Language, a.ID, tt.kind, tt.duration, tt.lang)
			}
			if first.Likes != nil || first.Comments != nil || first.Views != nil {
				t.Errorf("first post counts %v %v %v, want unknown (feeds publish none)", first.Likes, first.Comments, first.Views)
			}
		})
	}
}

// Episode lengths come in three spellings; the later episodes of the
// podcast fixture use the other two.
func TestExtractFeedDurations(t *testing.T) {
	body := MustReadFile(t, filepath.Join("testdata", "extract", "podcast_rss.xml"))
	ex, err := page.ExtractFeed(MustParseURL(t, "https://feeds.kitchenradio.example/soil-and-salt.xml"), body, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, p := range ex.Profile.Posts {
		got = append(got, p.DurationSeconds)
	}
	if want := []int{2832, 3061, 2465}; !slices.Equal(got, want) {
		t.Errorf("durations %v, want %v (HH:MM:SS, seconds, MM:SS)", got, want)
	}
}

func TestExtractFeedNotAFeed(t *testing.T) {
	for _, body := range []string{`{"hello":"world"}`, `<note><to>x</to></note>`, ``} {
		_, err := page.ExtractFeed(MustParseURL(t, "https://example.com/data"), []byte(body), time.Now())
		if !errors.Is(err, crawler.ErrNotFeed) {
			t.Errorf("%q: err = %v, want ErrNotFeed", body, err)
		}
	}
}
