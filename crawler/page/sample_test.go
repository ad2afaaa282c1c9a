package page_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/page"
	"github.com/scout-oss/scout/internal/sharedtest"
)

// readSample reads a sample from ../shared/formats (INDEX.md there
// describes them), gunzipping .gz files. The samples are not part of the
// repository: the test skips when they are absent, and fails under CI=true.
func readSample(t *testing.T, name string) []byte {
	t.Helper()
	return sharedtest.ReadFormat(t, name)
}

// sampleProfileTests are the real profile pages the generic extractor claims
// to read, with facts checked by reading each file (see the research notes
// in ../shared/research/crawling-and-peers.md, section 2).
var sampleProfileTests = []struct {
	file      string
	pageURL   string
	id        string
	handle    string
	display   string
	followers *int64
	following *int64
	posts     *int64
	approx    []string
	avatar    string // prefix
	link      string // one link that must be present
	feed      string // one feed that must be present
	bio       string // prefix
}{
	{
		// ProfilePage JSON-LD; followers in interactionStatistic, follows
		// and posts in agentInteractionStatistic; a raw newline inside the
		// description string; handle in alternateName with "@".
		file: "bsky_profile_page_stephenking.html.gz", pageURL: "https://bsky.app/profile/stephenking.bsky.social",
		id: "web:bsky.app/profile/stephenking.bsky.social", handle: "stephenking.bsky.social", display: "Stephen King",
		followers: scout.Int64(1101177), following: scout.Int64(3), posts: scout.Int64(329),
		avatar: "https://cdn.bsky.app/img/avatar/plain/did:plc:h7obn4tkp47wn7gqh4oe5eij/",
		feed:   "https://bsky.app/profile/did:plc:h7obn4tkp47wn7gqh4oe5eij/rss",
		bio:    "Writer",
	},
	{
		// http://schema.org context; FollowAction "Follows" = followers,
		// SubscribeAction "Friends" = following, WriteAction "Tweets" =
		// posts; image is an ImageObject; relatedLink on the ProfilePage.
		file: "x_profile_page_kikobeats.html.gz", pageURL: "https://x.com/Kikobeats",
		id: "web:x.com/Kikobeats", handle: "Kikobeats", display: "Kiko Beats",
		followers: scout.Int64(3893), following: scout.Int64(406), posts: scout.Int64(23961),
		avatar: "https://pbs.twimg.com/profile_images/2000931726244106244/Ty7-KT2j_400x400.jpg",
		link:   "http://kikobeats.com",
		bio:    "Building web infra & open source",
	},
	{
		// interactionType is an object; JSON-LD says 783427 where the meta
		// description says "783.4K": the exact JSON-LD count wins. sameAs
		// is a bare domain.
		file: "tiktok_profile_page_illojuan.html.gz", pageURL: "https://www.tiktok.com/@illojuan",
		id: "web:www.tiktok.com/@illojuan", handle: "illojuan", display: "IlloJuan",
		followers: scout.Int64(783427),
		avatar:    "https://www.tiktok.com/api/img/?userId=6781206617314018309",
		link:      "https://twitch.tv/illojuan",
		bio:       "Timing, saludos desde Almería",
	},
	{
		// No profile JSON-LD (only a WebSite block): og:type profile, the
		// handle from the "Name (@handle) on X" title, no counts.
		file: "x_profile_page_og_only.html", pageURL: "https://x.com/Kikobeats",
		id: "web:x.com/Kikobeats", handle: "Kikobeats", display: "#!/kiko/beats",
		avatar: "https://pbs.twimg.com/profile_images/1846292082501054464/oKUC44PF_200x200.jpg",
		bio:    "engineering ▲ @vercel; founder of https://t.co/",
	},
	{
		// No JSON-LD, no og:type profile: the Telegram site rule reads the
		// preview's tgme_page markup, "2 805 members" included.
		file: "telegram_channel_preview.html", pageURL: "https://t.me/unlimitedhangout",
		id: "web:t.me/unlimitedhangout", handle: "unlimitedhangout", display: "Unlimited Hangout",
		followers: scout.Int64(2805),
		avatar:    "https://cdn1.telesco.pe/file/",
		link:      "https://unlimitedhangout.com/",
		bio:       "Investigative Journalist Whitney Webb",
	},
	{
		// og:type video.other and og:image a shot: the Dribbble site rule
		// reads the masthead ("10,472 followers", "488 following") and
		// the real avatar.
		file: "dribbble_profile_page.html.gz", pageURL: "https://dribbble.com/phenomenonstudio",
		id: "web:dribbble.com/phenomenonstudio", handle: "phenomenonstudio", display: "Phenomenon Studio",
		followers: scout.Int64(10472), following: scout.Int64(488),
		avatar: "https://cdn.dribbble.com/users/4053754/avatars/",
		bio:    "Design & Dev Agency",
	},
	{
		// No JSON-LD: counts only as prose in og:description.
		file: "instagram_profile_page_pluto.html.gz", pageURL: "https://www.instagram.com/pluto__travel/",
		id: "web:www.instagram.com/pluto__travel", handle: "pluto__travel", display: "Pluto",
		followers: scout.Int64(2362), following: scout.Int64(136), posts: scout.Int64(224),
		avatar: "https://scontent-mad2-1.cdninstagram.com/",
	},
}

func TestSampleFormats(t *testing.T) {
	at := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range sampleProfileTests {
		t.Run(tt.file, func(t *testing.T) {
			body := readSample(t, tt.file)
			ex, err := page.Extract(MustParseURL(t, tt.pageURL), "text/html; charset=utf-8", body, at)
			if err != nil {
				t.Fatalf("ExtractPage: %v", err)
			}
			a := ex.Profile.Account
			if a.ID != tt.id || a.Handle != tt.handle || a.DisplayName != tt.display {
				t.Errorf("ID, Handle, DisplayName = %q, %q, %q; want %q, %q, %q", a.ID, a.Handle, a.DisplayName, tt.id, tt.handle, tt.display)
			}
			checkCount(t, "Followers", a.Followers, tt.followers)
			checkCount(t, "Following", a.Following, tt.following)
			checkCount(t, "PostsCount", a.PostsCount, tt.posts)
			if !slices.Equal(a.Approximate, tt.approx) {
				t.Errorf("Approximate = %q, want %q", a.Approximate, tt.approx)
			}
			if !strings.HasPrefix(a.AvatarURL, tt.avatar) {
				t.Errorf("AvatarURL = %q, want prefix %q", a.AvatarURL, tt.avatar)
			}
			if !strings.HasPrefix(a.Bio, tt.bio) {
				t.Errorf("Bio = %q, want prefix %q", a.Bio, tt.bio)
			}
			if tt.link != "" && !slices.Contains(a.Links, tt.link) {
				t.Errorf("Links = %q, want %q among them", a.Links, tt.link)
			}
			if tt.feed != "" && !slices.Contains(ex.FeedURLs, tt.feed) {
				t.Errorf("FeedURLs = %q, want %q among them", ex.FeedURLs, tt.feed)
			}
			if len(ex.Warnings) != 0 {
				t.Errorf("Warnings = %q, want none", ex.Warnings)
			}
		})
	}

	// Link previews of things that are not creators: a film (og:type
	// video.movie) and a Flickr album (a bare twitter card).
	for _, file := range []string{"opengraph_basic_ogp.html", "twitter_card_basic.html"} {
		t.Run(file, func(t *testing.T) {
			body := readSample(t, file)
			_, err := page.Extract(MustParseURL(t, "http://www.imdb.com/title/tt0117500/"), "text/html", body, at)
			if !errors.Is(err, crawler.ErrNoProfile) {
				t.Errorf("err = %v, want ErrNoProfile", err)
			}
		})
	}

	t.Run("youtube_channel_feed_ift.xml", func(t *testing.T) {
		body := readSample(t, "youtube_channel_feed_ift.xml")
		u := MustParseURL(t, "https://www.youtube.com/feeds/videos.xml?channel_id=UCk195x4zYdMx4LhqEwhcPng")
		posts, err := page.ParseFeed(u, body, "youtube:UCk195x4zYdMx4LhqEwhcPng")
		if err != nil {
			t.Fatalf("ParseFeed: %v", err)
		}
		if len(posts) != 15 {
			t.Fatalf("%d posts, want the feed's 15 entries", len(posts))
		}
		p := posts[0]
		if p.ID != "yt:video:Elewn679CZI" || p.URL != "https://www.youtube.com/watch?v=Elewn679CZI" {
			t.Errorf("posts[0] id, url = %q, %q", p.ID, p.URL)
		}
		// media:starRating count="1424" counts every rating, dislikes
		// included: it is not likes.
		if derefCount(p.Views) != 33036 || p.Likes != nil {
			t.Errorf("posts[0] views, likes = %d, %d; want 33036 and unknown", derefCount(p.Views), derefCount(p.Likes))
		}
		if want := time.Date(2021, 12, 19, 14, 0, 11, 0, time.UTC); !p.PublishedAt.Equal(want) {
			t.Errorf("posts[0] published %v, want %v", p.PublishedAt, want)
		}
		if !strings.HasPrefix(p.Text, "Álvaro de Rújula, referente a nivel mundial") {
			t.Errorf("posts[0] text %.60q, want the media:description", p.Text)
		}
		for i, p := range posts {
			if p.Views == nil || p.Likes != nil || p.PublishedAt.IsZero() {
				t.Errorf("posts[%d] = %q: want views, a date and no likes", i, p.ID)
			}
		}
	})
}
