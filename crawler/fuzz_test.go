package crawler_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
)

// addGlob adds every file matching pattern (under testdata) as a seed.
func addGlob(f *testing.F, pattern string) {
	names, _ := filepath.Glob(filepath.Join("testdata", pattern))
	if len(names) == 0 {
		f.Fatalf("no seeds match testdata/%s", pattern)
	}
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

// checkPosts fails on posts that break what the rest of Scout assumes.
func checkPosts(t *testing.T, posts []scout.Post, accountID string) {
	t.Helper()
	for _, p := range posts {
		if p.AccountID != accountID {
			t.Errorf("post %q: account %q, want %q", p.ID, p.AccountID, accountID)
		}
		if !utf8.ValidString(p.Text) || !utf8.ValidString(p.ID) {
			t.Errorf("post %q: invalid UTF-8", p.ID)
		}
	}
}

func FuzzParseFeed(f *testing.F) {
	addGlob(f, "extract/feed_*")
	addGlob(f, "fetch/feed.xml")
	f.Add([]byte(`<rss><channel><item><media:group xmlns:media="http://search.yahoo.com/mrss/"><media:community><media:statistics views="-1"/><media:starRating count="99999999999999999999"/></media:community></media:group></item></channel></rss>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":5,"content_html":{"x":1},"date_published":"yesterday"}]}`))
	u, _ := url.Parse("http://127.0.0.1:8091/feed.xml")
	f.Fuzz(func(t *testing.T, body []byte) {
		posts, err := crawler.ParseFeed(u, body, "web:fuzz")
		if err != nil {
			return
		}
		checkPosts(t, posts, "web:fuzz")
	})
}

// adapterFuzzer serves the current fuzz input at every path of one
// loopback server (with {{BASE}} replaced by the server's URL, as in the
// API fixtures), so that an adapter reads it as whichever response it asks
// for: profile, posts, followers, web page.
type adapterFuzzer struct {
	mu     sync.Mutex // one input at a time
	srv    *httptest.Server
	client *http.Client
	body   []byte
	ctype  string
}

func newAdapterFuzzer(f *testing.F, contentType string) *adapterFuzzer {
	af := &adapterFuzzer{ctype: contentType}
	af.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", af.ctype)
		w.Write(af.body)
	}))
	f.Cleanup(af.srv.Close)
	cfg := fastConfig()
	cfg.IgnoreRobots = true
	cfg.MaxRetries = -1
	cfg.Timeout = 5 * time.Second
	af.client = crawler.NewClient(cfg)
	f.Cleanup(af.client.CloseIdleConnections)
	return af
}

// fetch runs one adapter on one input and checks the result.
func (af *adapterFuzzer) fetch(t *testing.T, a crawler.Adapter, target string, body []byte) {
	af.mu.Lock()
	defer af.mu.Unlock()
	af.body = []byte(strings.ReplaceAll(string(body), "{{BASE}}", af.srv.URL))
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	start := time.Now()
	res := a.Fetch(ctx, af.client, target)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("fetch took %v", d)
	}
	if res == nil {
		return // declined: the crawl reads the URL as a web page
	}
	if (res.Profile == nil) == (res.Failure == nil) {
		t.Fatalf("result with profile %v and failure %+v: want exactly one", res.Profile != nil, res.Failure)
	}
	if res.Failure != nil {
		if res.Failure.Kind == "" {
			t.Errorf("failure without a kind: %+v", res.Failure)
		}
		return
	}
	acc := res.Profile.Account
	checkSaneAccount(t, target, acc)
	if acc.ID == "" {
		t.Errorf("profile without an account id")
	}
	checkPosts(t, res.Profile.Posts, acc.ID)
}

func FuzzBluesky(f *testing.F) {
	addGlob(f, "bluesky/*.json")
	f.Add([]byte(`{"did":"did:plc:x","handle":"a.test","followersCount":-1,"postsCount":1e300,"displayName":"\ud800"}`))
	af := newAdapterFuzzer(f, "application/json")
	bs := &crawler.Bluesky{API: af.srv.URL, Now: fixedNow, MaxPosts: 20}
	f.Fuzz(func(t *testing.T, body []byte) { af.fetch(t, bs, "bluesky:alice.test", body) })
}

func FuzzMastodon(f *testing.F) {
	addGlob(f, "mastodon/*.json")
	f.Add([]byte(`{"id":"1","username":"a","acct":"a","followers_count":-5,"statuses_count":"x","url":"javascript:alert(1)"}`))
	af := newAdapterFuzzer(f, "application/json")
	m := &crawler.Mastodon{Now: fixedNow}
	f.Fuzz(func(t *testing.T, body []byte) { af.fetch(t, m, af.srv.URL+"/@alice", body) })
}

func FuzzActivityPub(f *testing.F) {
	addGlob(f, "activitypub/*.json")
	f.Add([]byte(`{"type":"Person","id":"{{BASE}}/u","outbox":"{{BASE}}/u","followers":{"totalItems":-3}}`))
	af := newAdapterFuzzer(f, "application/activity+json")
	ap := &crawler.ActivityPub{Now: fixedNow}
	f.Fuzz(func(t *testing.T, body []byte) { af.fetch(t, ap, af.srv.URL+"/users/carol", body) })
}

func FuzzYouTubeAPI(f *testing.F) {
	addGlob(f, "youtube/api/*")
	f.Add([]byte(`{"items":[{"id":"UC1","statistics":{"subscriberCount":"-1","videoCount":"1e99"},"snippet":{"title":5}}]}`))
	af := newAdapterFuzzer(f, "application/json")
	yt := crawler.NewYouTube(crawler.YouTubeConfig{Base: "https://www.youtube.com", API: af.srv.URL + "/youtube/v3", Key: "k", Now: ytTestClock})
	f.Fuzz(func(t *testing.T, body []byte) { af.fetch(t, yt, "youtube:@alicebakes", body) })
}

func FuzzYouTubePage(f *testing.F) {
	addGlob(f, "youtube/*.html")
	f.Add([]byte(`<script>var ytInitialData = {"header":{"c4TabbedHeaderRenderer":{"subscriberCountText":{"simpleText":"-12 subscribers"}}}};</script>`))
	af := newAdapterFuzzer(f, "text/html; charset=utf-8")
	yt := crawler.NewYouTube(crawler.YouTubeConfig{Base: af.srv.URL, Now: ytTestClock})
	f.Fuzz(func(t *testing.T, body []byte) { af.fetch(t, yt, "youtube:@alicebakes", body) })
}
