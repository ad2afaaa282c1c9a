package fediverse_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/fediverse"
)

// An ordinary site with /@user paths is not a Mastodon server: the Mastodon
// adapter declines it and the generic extractor reads the page.
func TestMastodonDeclinesOrdinaryAtPaths(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/@bob" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(`<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"ProfilePage","mainEntity":{"@type":"Person","name":"Bob","alternateName":"@bob","interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/FollowAction","userInteractionCount":1234}}}</script></head><body></body></html>`))
	}))
	defer srv.Close()
	sink := &crawltest.MemSink{}
	c := crawler.New(crawltest.WithPageFallback(crawler.Config{Rate: 100, Burst: 10, MaxRetries: -1,
		Adapters: []crawler.Adapter{&fediverse.Mastodon{}}}))
	sum, err := c.Crawl(context.Background(), []string{srv.URL + "/@bob"}, sink)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Profiles != 1 || len(sink.Results) != 1 || sink.Results[0].Profile == nil {
		t.Fatalf("summary %+v: want the page read as a web profile", sum)
	}
	a := sink.Results[0].Profile.Account
	if a.Platform != scout.PlatformWeb || a.Followers == nil || *a.Followers != 1234 {
		t.Errorf("account = %s %v, want a web account with 1234 followers", a.Platform, a.Followers)
	}
}
