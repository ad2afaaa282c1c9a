package page_test

import (
	"net/url"
	"testing"
	"time"

	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/page"
)

func FuzzParseFeed(f *testing.F) {
	crawltest.AddGlob(f, "extract/feed_*")
	f.Add(crawltest.MustFixture(f, "feed.xml"))
	f.Add([]byte(`<rss><channel><item><media:group xmlns:media="http://search.yahoo.com/mrss/"><media:community><media:statistics views="-1"/><media:starRating count="99999999999999999999"/></media:community></media:group></item></channel></rss>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":5,"content_html":{"x":1},"date_published":"yesterday"}]}`))
	u, _ := url.Parse("http://127.0.0.1:8091/feed.xml")
	f.Fuzz(func(t *testing.T, body []byte) {
		posts, err := page.ParseFeed(u, body, "web:fuzz")
		if err != nil {
			return
		}
		crawltest.CheckPosts(t, posts, "web:fuzz")
	})
}

func FuzzExtractFeed(f *testing.F) {
	crawltest.AddGlob(f, "extract/feed_*")
	crawltest.AddGlob(f, "extract/podcast_*")
	crawltest.AddGlob(f, "extract/newsletter_*")
	f.Add([]byte(`<rss xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><itunes:type>serial</itunes:type><podcast:funding url="javascript:alert(1)">x</podcast:funding><itunes:owner><itunes:email>` + "\x00" + `</itunes:email></itunes:owner><item><itunes:duration>99:99:99:99</itunes:duration><enclosure type="audio/mpeg" url="x"/></item></channel></rss>`))
	u, _ := url.Parse("http://127.0.0.1:8091/feed.xml")
	f.Fuzz(func(t *testing.T, body []byte) {
		ex, err := page.ExtractFeed(u, body, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
		if err != nil {
			return
		}
		a := ex.Profile.Account
		crawltest.CheckSaneAccount(t, u.String(), a)
		crawltest.CheckPosts(t, ex.Profile.Posts, a.ID)
		for _, p := range ex.Profile.Posts {
			if p.DurationSeconds < 0 || p.DurationSeconds > 7*24*3600 {
				t.Errorf("post %s: duration %d", p.ID, p.DurationSeconds)
			}
		}
	})
}
