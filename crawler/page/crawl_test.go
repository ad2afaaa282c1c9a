package page_test

import (
	"net/http"
	"net/http/httptest"
	"path/filepath"
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

// TestCrawlFeedTargets crawls feeds given as targets: each becomes a
// profile whatever it is served as (a syndication type, generic XML, or
// no type at all), and a body served as XML that is no feed fails as
// unsupported_type, as before.
func TestCrawlFeedTargets(t *testing.T) {
	podcast := MustReadFile(t, filepath.Join("testdata", "extract", "podcast_rss.xml"))
	mux := http.NewServeMux()
	serve := func(path, ctype string, body []byte) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			if ctype != "" {
				w.Header().Set("Content-Type", ctype)
			}
			_, _ = w.Write(body)
		})
	}
	serve("/rss", "application/rss+xml; charset=utf-8", podcast)
	serve("/xml", "text/xml", podcast)
	serve("/sniffed", "", podcast)
	serve("/atom", "application/atom+xml", MustReadFile(t, filepath.Join("testdata", "extract", "feed_atom.xml")))
	serve("/json", "application/feed+json", MustReadFile(t, filepath.Join("testdata", "extract", "feed_json.json")))
	serve("/note.xml", "application/xml", []byte(`<?xml version="1.0"?><note><to>Tove</to></note>`))
	serve("/robots.txt", "text/plain", []byte("User-agent: *\nAllow: /\n"))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	cfg := crawltest.WithPageFallback(crawltest.FastConfig())
	cr := crawler.New(cfg)
	t.Cleanup(cr.Client().CloseIdleConnections)
	sink := &crawltest.MemSink{}
	paths := []string{"/rss", "/xml", "/sniffed", "/atom", "/json", "/note.xml"}
	var targets []string
	for _, p := range paths {
		targets = append(targets, srv.URL+p)
	}
	if _, err := cr.Crawl(t.Context(), targets, sink); err != nil {
		t.Fatal(err)
	}
	got := sink.ByURL()
	for _, p := range paths[:5] {
		r := got[srv.URL+p]
		if r == nil || r.Profile == nil {
			t.Errorf("%s: %+v, want a profile", p, r)
			continue
		}
		if a := r.Profile.Account; a.FeedURL != srv.URL+p || len(r.Profile.Posts) == 0 {
			t.Errorf("%s: feed url %q, %d posts; want the target and its items", p, a.FeedURL, len(r.Profile.Posts))
		}
	}
	if r := got[srv.URL+"/rss"]; r != nil && r.Profile != nil && r.Profile.Account.DisplayName != "Soil & Salt" {
		t.Errorf("/rss: name %q, want the feed title", r.Profile.Account.DisplayName)
	}
	if k := crawltest.KindOf(got[srv.URL+"/note.xml"]); k != scout.FailNotHTML {
		t.Errorf("/note.xml: kind %q, want %q", k, scout.FailNotHTML)
	}
}
