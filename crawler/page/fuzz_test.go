package page_test

import (
	"net/url"
	"testing"

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
