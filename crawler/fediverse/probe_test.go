package fediverse_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/fediverse"
)

// ordinarySite serves profile pages at /c/NAME.html and /@NAME, the shapes
// PeerTube and Mastodon use, on a site that is no fediverse server: no
// NodeInfo, no instance API. With nodeInfoStatus it answers
// /.well-known/nodeinfo with that status instead of 404.
func ordinarySite(t *testing.T, nodeInfoStatus int) (*httptest.Server, func() []string) {
	var mu sync.Mutex
	var paths []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		paths = append(paths, r.URL.Path)
		mu.Unlock()
		name, ok := strings.CutPrefix(r.URL.Path, "/c/")
		if !ok {
			name, ok = strings.CutPrefix(r.URL.Path, "/@")
		}
		switch {
		case r.URL.Path == "/.well-known/nodeinfo" && nodeInfoStatus != 0:
			w.WriteHeader(nodeInfoStatus)
		case ok && name != "":
			name = strings.TrimSuffix(name, ".html")
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, `<html><head><title>%[1]s</title><meta property="og:type" content="profile">
<meta property="og:title" content="%[1]s (@%[1]s)"><meta property="og:description" content="1,204 Followers, 88 Following"></head><body></body></html>`, name)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), paths...)
	}
}

// Five profile pages at /c/NAME.html on an ordinary site were once
// rewritten to PeerTube's /video-channels/NAME.html, failed not_found and
// were lost. The host is asked once, says it is no fediverse server, and
// every page goes to the generic extractor.
func TestShapeOnOrdinarySiteIsReadAsPages(t *testing.T) {
	for _, tc := range []struct {
		name   string
		status int // of /.well-known/nodeinfo
	}{
		{"NoNodeInfo", 0}, // a definite no: the host is asked once
		{"NodeInfoFails", http.StatusInternalServerError}, // the probe fails: the adapters try, then decline
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv, paths := ordinarySite(t, tc.status)
			var targets []string
			for _, n := range []string{"ana", "ben", "cai", "dee", "eli"} {
				targets = append(targets, srv.URL+"/c/"+n+".html")
			}
			targets = append(targets, srv.URL+"/@fay")
			sink := &crawltest.MemSink{}
			c := crawler.New(crawltest.WithPageFallback(crawler.Config{Rate: 1000, Burst: 100, MaxRetries: -1,
				Adapters: []crawler.Adapter{&fediverse.Mastodon{}, &fediverse.ActivityPub{}}}))
			sum, err := c.Crawl(context.Background(), targets, sink)
			if err != nil {
				t.Fatal(err)
			}
			if sum.Profiles != len(targets) {
				t.Errorf("summary %+v: want every page read", sum)
			}
			for _, r := range sink.Results {
				if r.Profile == nil || r.Profile.Account.Platform != scout.PlatformWeb || r.Profile.Account.Followers == nil {
					t.Errorf("%s: %+v, want a web profile with its followers", r.URL, r)
				}
			}
			probes := 0
			for _, p := range paths() {
				if tc.status == 0 && strings.HasPrefix(p, "/video-channels/") {
					t.Errorf("requested %s: a /c/ page was taken for a PeerTube channel", p)
				}
				if p == "/.well-known/nodeinfo" {
					probes++
				}
			}
			if tc.status == 0 && probes != 1 {
				t.Errorf("nodeinfo asked %d times, want once for the host", probes)
			}
		})
	}
}

// A WordPress blog with the ActivityPub plugin says so in NodeInfo; its
// actor writes "&" as "&#038;" in the avatar URL, which must keep its
// query.
func TestWordPressActor(t *testing.T) {
	ap := "application/activity+json; charset=utf-8"
	routes := crawltest.WithNodeInfo(map[string]crawltest.APIRoute{
		"/users/jane": {File: "actor_wordpress.json", ContentType: ap},
		"/wp-json/activitypub/1.0/actors/2/followers": {File: "followers_jane.json", ContentType: ap},
		"/wp-json/activitypub/1.0/actors/2/outbox":    {File: "outbox_jane.json", ContentType: ap},
		"/wp-json/activitypub/1.0/actors/2/following": {Status: 404, Body: `{"code":"rest_no_route"}`},
		"/api/v1/accounts/lookup":                     {Status: 404, Body: `{"code":"rest_no_route"}`},
	}, "wordpress")
	blog := crawltest.MustStartAPIFixture(t, "testdata/activitypub", routes)
	res, _ := crawltest.MustCrawl(t, []crawler.Adapter{&fediverse.Mastodon{Now: crawltest.FixedNow}}, blog.URL+"/users/jane")
	r := res[blog.URL+"/users/jane"]
	if r == nil || r.Profile == nil {
		t.Fatalf("result %+v", r)
	}
	a := r.Profile.Account
	if want := "https://secure.gravatar.com/avatar/3b5a0f4c2d1e9f8a7b6c5d4e3f2a1b0c?s=120&d=mm&r=g"; a.AvatarURL != want {
		t.Errorf("avatar %q, want %q", a.AvatarURL, want)
	}
	if a.DisplayName != "Jane Doe" || a.Followers == nil || *a.Followers != 212 || a.PostsCount == nil || *a.PostsCount != 37 || a.Following != nil {
		t.Errorf("account %q followers %v posts %v following %v", a.DisplayName, a.Followers, a.PostsCount, a.Following)
	}
}
