package page_test

import (
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/page"
)

// TestCrawlRealExtractor runs the real Extract and ParseFeed over the
// fixture page, which is a blog with a feed: the crawl loop and the real
// extractors must agree on content types, URLs and account ids.
func TestCrawlRealExtractor(t *testing.T) {
	srv, _ := crawltest.MustFetchServer(t, crawltest.CrawlMux(t))
	cfg := crawltest.FastConfig()
	cfg.Extract, cfg.ParseFeed = page.Extract, page.ParseFeed
	cr := crawler.New(cfg)
	t.Cleanup(cr.Client().CloseIdleConnections)

	sink := &crawltest.MemSink{}
	if _, err := cr.Crawl(t.Context(), []string{srv.URL + "/ok", srv.URL + "/image.png"}, sink); err != nil {
		t.Fatal(err)
	}
	got := sink.ByURL()
	r := got[srv.URL+"/ok"]
	if r == nil || r.Profile == nil {
		t.Fatalf("/ok: no profile: %+v", r)
	}
	if r.Profile.Account.ID == "" {
		t.Error("/ok: profile without an account id")
	}
	if got, want := r.Profile.Account.FeedURL, srv.URL+"/feed.xml"; got != want {
		t.Errorf("/ok: feed url = %q, want %q", got, want)
	}
	if got, want := len(r.Profile.Posts), 2; got != want {
		t.Errorf("/ok: %d posts, want the feed's %d (warnings %v)", got, want, r.Warnings)
	}
	for _, p := range r.Profile.Posts {
		if p.AccountID != r.Profile.Account.ID {
			t.Errorf("post %s: account %q, want %q", p.ID, p.AccountID, r.Profile.Account.ID)
		}
	}
	if k := crawltest.KindOf(got[srv.URL+"/image.png"]); k != scout.FailNotHTML {
		t.Errorf("/image.png: kind = %q, want %q", k, scout.FailNotHTML)
	}
}
