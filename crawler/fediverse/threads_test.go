package fediverse_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/fediverse"
)

// hostsTo sends requests for the given hosts to a loopback fixture server,
// so documents that name threads.net and www.threads.net, as Threads
// writes them, are served from testdata; any other host is an error.
type hostsTo struct {
	srv   *url.URL
	hosts []string
}

func (h hostsTo) RoundTrip(r *http.Request) (*http.Response, error) {
	if !slices.Contains(h.hosts, r.URL.Host) {
		return nil, fmt.Errorf("test transport: %s is not a fixture host", r.URL.Host)
	}
	r2 := r.Clone(r.Context())
	r2.URL.Scheme, r2.URL.Host, r2.Host = "http", h.srv.Host, ""
	return http.DefaultTransport.RoundTrip(r2)
}

// threadsRoutes is threads.net for accounts shared to the fediverse: frank
// opted in; signed serves its actor only to signed requests.
func threadsRoutes(robots string) map[string]crawltest.APIRoute {
	act := "/ap/users/17841400000000001/"
	return map[string]crawltest.APIRoute{
		"/robots.txt": {Body: robots, ContentType: "text/plain"},
		"/.well-known/webfinger?resource=acct:frank@threads.net":  {File: "webfinger_frank.json", ContentType: "application/jrd+json"},
		"/.well-known/webfinger?resource=acct:signed@threads.net": {Body: `{"subject":"acct:signed@threads.net","links":[{"href":"https://www.threads.net/ap/users/signed/","rel":"self","type":"application/activity+json"}]}`, ContentType: "application/jrd+json"},
		"/.well-known/webfinger":                                  {Status: 404, Body: `{}`},
		"/ap/users/frank/":                                        {File: "actor_frank.json", ContentType: "application/activity+json"},
		"/ap/users/signed/":                                       {Status: 401, Body: `{"error":"Unauthorized"}`},
		act + "outbox/":                                           {File: "outbox_frank.json", ContentType: "application/activity+json"},
		act + "outbox/?page=true":                                 {File: "outbox_frank_page.json", ContentType: "application/activity+json"},
		act + "followers/":                                        {File: "followers_frank.json", ContentType: "application/activity+json"},
		act + "following/":                                        {File: "following_frank.json", ContentType: "application/activity+json"},
	}
}

func crawlThreads(t *testing.T, robots string, targets ...string) (map[string]*scout.CrawlResult, *crawltest.APIFixture) {
	t.Helper()
	srv := crawltest.MustStartAPIFixture(t, "testdata/threads", threadsRoutes(robots))
	su, _ := url.Parse(srv.URL)
	ap := &fediverse.ActivityPub{Now: crawltest.FixedNow}
	c := crawler.New(crawler.Config{Rate: 1000, Burst: 100, Timeout: 5 * time.Second, MaxRetries: -1,
		Base: hostsTo{su, []string{"threads.net", "www.threads.net"}}, Adapters: []crawler.Adapter{ap}})
	sink := &crawltest.MemSink{}
	if _, err := c.Crawl(context.Background(), targets, sink); err != nil {
		t.Fatal(err)
	}
	return sink.ByURL(), srv
}

// TestActivityPubThreads reads Threads accounts that opted into fediverse
// sharing through the generic ActivityPub path, on documents in the shapes
// Threads writes: WebFinger on threads.net naming an actor on
// www.threads.net whose id, outbox and collections are on threads.net
// (trailing slashes, numeric ids), times as "+0000", post URLs as lists of
// Links with the web page among app links.
func TestActivityPubThreads(t *testing.T) {
	const robots = "User-agent: *\nAllow: /ap/\nAllow: /.well-known/\nDisallow: /\n"
	res, _ := crawlThreads(t, robots, "fediverse:@frank@threads.net", "fediverse:@signed@threads.net", "fediverse:@private@threads.net")
	r := res["fediverse:@frank@threads.net"]
	if r == nil || r.Profile == nil {
		t.Fatalf("no profile: %+v", r)
	}
	if len(r.Warnings) != 0 {
		t.Errorf("warnings %+v", r.Warnings)
	}
	a := r.Profile.Account
	if a.ID != "fediverse:https://threads.net/ap/users/17841400000000001/" || a.Handle != "frank@www.threads.net" ||
		a.URL != "https://www.threads.net/@frank" || a.DisplayName != "Frank Osei" ||
		a.AvatarURL != "https://scontent.cdninstagram.com/v/t51.2885-19/431234567_fixture_n.jpg" {
		t.Errorf("account %+v", a)
	}
	if !slices.Equal(a.Links, []string{"https://frankosei.example/studio"}) {
		t.Errorf("links %q", a.Links)
	}
	if a.Followers == nil || *a.Followers != 15230 || a.Following == nil || *a.Following != 312 || a.PostsCount == nil || *a.PostsCount != 27 {
		t.Errorf("counts %s/%s/%s, want 15230/312/27: the collections on threads.net belong to the actor served from www.threads.net",
			crawltest.FmtCount(a.Followers), crawltest.FmtCount(a.Following), crawltest.FmtCount(a.PostsCount))
	}
	want := []struct {
		code, kind string
		published  time.Time
		reply      bool
	}{
		{"C9kilnOpen", "image", time.Date(2026, 11, 20, 18, 2, 11, 0, time.UTC), false},
		{"C9wheelVid", "video", time.Date(2026, 11, 15, 9, 30, 0, 0, time.UTC), false},
		{"C9reply001", "text", time.Date(2026, 11, 14, 20, 11, 45, 0, time.UTC), true},
		{"C9shopOpen", "text", time.Date(2026, 11, 10, 12, 0, 0, 0, time.UTC), false},
	}
	posts := r.Profile.Posts
	if len(posts) != len(want) {
		t.Fatalf("%d posts, want %d", len(posts), len(want))
	}
	for i, w := range want {
		p := posts[i]
		if p.URL != "https://www.threads.net/@frank/post/"+w.code || p.MediaKind != w.kind || !p.PublishedAt.Equal(w.published) || p.IsReply != w.reply {
			t.Errorf("post %d: %s %q %s reply=%v, want %s %q %s reply=%v", i, p.URL, p.MediaKind, p.PublishedAt, p.IsReply, w.code, w.kind, w.published, w.reply)
		}
		if p.Likes != nil || p.Comments != nil || p.Shares != nil {
			t.Errorf("post %d: counts %s/%s/%s, but Threads publishes none over ActivityPub", i, crawltest.FmtCount(p.Likes), crawltest.FmtCount(p.Comments), crawltest.FmtCount(p.Shares))
		}
	}
	if !slices.Equal(posts[3].Links, []string{"https://frankosei.example/shop"}) || !strings.HasPrefix(posts[0].Text, "Kiln opening day.") {
		t.Errorf("posts %+v", posts)
	}

	if r := res["fediverse:@signed@threads.net"]; r == nil || r.Failure == nil || r.Failure.Kind != scout.FailAuth {
		t.Errorf("signed-only actor: %+v, want auth_required", r)
	}
	if r := res["fediverse:@private@threads.net"]; r == nil || r.Failure == nil || r.Failure.Kind != scout.FailNotFound {
		t.Errorf("account not shared to the fediverse: %+v, want not_found", r)
	}
}

// TestActivityPubThreadsRobots: where threads.net's robots.txt shuts
// ScoutBot out, nothing past robots.txt is requested.
func TestActivityPubThreadsRobots(t *testing.T) {
	res, srv := crawlThreads(t, "User-agent: *\nDisallow: /\n", "fediverse:@frank@threads.net")
	if r := res["fediverse:@frank@threads.net"]; r == nil || r.Failure == nil || r.Failure.Kind != scout.FailRobots {
		t.Errorf("result %+v, want robots_disallowed", r)
	}
	if n := len(srv.Requests("/ap/")) + len(srv.Requests("/.well-known/")); n != 0 {
		t.Errorf("%d requests past robots.txt", n)
	}
}
