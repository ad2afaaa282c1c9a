package threads_test

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/threads"
)

// fakeReader stands in for the fediverse ActivityPub reader: it records the
// actor it was asked for and answers as that reader does, under the
// platform fediverse.
type fakeReader struct {
	mu     sync.Mutex
	actors []string
	fail   string // a failure kind to answer with
}

func (f *fakeReader) FetchActor(_ context.Context, _ *http.Client, actorURL, raw string) *scout.CrawlResult {
	f.mu.Lock()
	f.actors = append(f.actors, actorURL)
	f.mu.Unlock()
	res := &scout.CrawlResult{URL: raw, FetchedAt: crawltest.FixedNow()}
	if f.fail != "" {
		res.Failure = &scout.Failure{URL: raw, Kind: f.fail, Message: "call " + actorURL + ": 401 Unauthorized"}
		return res
	}
	id := "fediverse:https://threads.net/ap/users/17841400000000001/"
	res.Profile = &scout.Profile{
		Account: scout.Account{ID: id, Platform: scout.PlatformFediverse, Handle: "frank@www.threads.net", URL: "https://www.threads.net/@frank"},
		Posts:   []scout.Post{{ID: "https://threads.net/ap/users/17841400000000001/post/1/", AccountID: id}},
	}
	return res
}

func routes(robots string) map[string]crawltest.APIRoute {
	return map[string]crawltest.APIRoute{
		"/robots.txt": {Body: robots, ContentType: "text/plain"},
		"/.well-known/webfinger?resource=acct:frank@threads.net": {File: "webfinger_frank.json", ContentType: "application/jrd+json"},
		"/.well-known/webfinger":                                 {Status: 404, Body: `{}`},
	}
}

func TestThreadsFetch(t *testing.T) {
	srv := crawltest.MustStartAPIFixture(t, "testdata/threads", routes("User-agent: *\nAllow: /.well-known/\nDisallow: /\n"))
	reader := &fakeReader{}
	a := &threads.Adapter{Base: srv.URL, Reader: reader, Now: crawltest.FixedNow}
	res, _ := crawltest.MustCrawl(t, []crawler.Adapter{a}, "threads:@frank", srv.URL+"/@nobody")

	r := res["threads:@frank"]
	if r == nil || r.Profile == nil {
		t.Fatalf("no profile: %+v", r)
	}
	acc := r.Profile.Account
	if acc.ID != "threads:https://threads.net/ap/users/17841400000000001/" || acc.Platform != scout.PlatformThreads || acc.Handle != "frank" {
		t.Errorf("account %s %s %q, want it filed under threads", acc.ID, acc.Platform, acc.Handle)
	}
	if r.Profile.Posts[0].AccountID != acc.ID {
		t.Errorf("post account %q", r.Profile.Posts[0].AccountID)
	}
	if len(reader.actors) != 1 || reader.actors[0] != "https://www.threads.net/ap/users/frank/" {
		t.Errorf("actors read %q, want the one WebFinger names", reader.actors)
	}
	r = res[srv.URL+"/@nobody"]
	if r == nil || r.Failure == nil || r.Failure.Kind != scout.FailNotFound || !strings.Contains(r.Failure.Message, "has not shared their profile to the fediverse") {
		t.Errorf("nobody: %+v, want not_found saying why", r)
	}
}

func TestThreadsRobotsAndSigned(t *testing.T) {
	shut := crawltest.MustStartAPIFixture(t, "testdata/threads", routes("User-agent: *\nDisallow: /\n"))
	reader := &fakeReader{}
	a := &threads.Adapter{Base: shut.URL, Reader: reader, Now: crawltest.FixedNow}
	res, _ := crawltest.MustCrawl(t, []crawler.Adapter{a}, "threads:frank")
	if r := res["threads:frank"]; r == nil || r.Failure == nil || r.Failure.Kind != scout.FailRobots {
		t.Errorf("result %+v, want robots_disallowed", r)
	}
	if len(shut.Requests("/.well-known/")) != 0 || len(reader.actors) != 0 {
		t.Error("requests past robots.txt")
	}

	open := crawltest.MustStartAPIFixture(t, "testdata/threads", routes("User-agent: *\nAllow: /\n"))
	signed := &threads.Adapter{Base: open.URL, Reader: &fakeReader{fail: scout.FailAuth}, Now: crawltest.FixedNow}
	res, _ = crawltest.MustCrawl(t, []crawler.Adapter{signed}, "threads:frank")
	if r := res["threads:frank"]; r == nil || r.Failure == nil || r.Failure.Kind != scout.FailAuth || !strings.Contains(r.Failure.Message, "signed requests") {
		t.Errorf("result %+v, want auth_required naming signed requests", r)
	}
}

func TestThreadsMatch(t *testing.T) {
	a := &threads.Adapter{Base: "http://127.0.0.1:9090"}
	def := &threads.Adapter{}
	cases := []struct {
		a            *threads.Adapter
		target, host string
	}{
		{a, "threads:@frank", "127.0.0.1:9090"},
		{a, "threads:frank.osei_", "127.0.0.1:9090"},
		{a, "https://www.threads.net/@frank", "127.0.0.1:9090"},
		{a, "https://www.threads.com/@frank/post/C9kilnOpen", "127.0.0.1:9090"},
		{a, "http://127.0.0.1:9090/@frank", "127.0.0.1:9090"},
		{def, "https://threads.net/@frank", "threads.net"},
		{a, "https://www.threads.net/frank", ""},
		{a, "https://www.threads.net/@frank/replies/x", ""},
		{a, "https://www.threads.net/", ""},
		{a, "https://example.social/@frank", ""},
		{a, "threads:@fr/ank", ""},
		{a, "mastodon:@frank@threads.net", ""},
	}
	for _, c := range cases {
		host, ok := c.a.Match(c.target)
		if ok != (c.host != "") || host != c.host {
			t.Errorf("Match(%q) = %q, %v; want %q", c.target, host, ok, c.host)
		}
	}
}
