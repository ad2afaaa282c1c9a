package bluesky_test

import (
	"net/url"
	"testing"

	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/bluesky"
	"github.com/scout-oss/scout/crawler/crawltest"
	"golang.org/x/time/rate"
)

// TestBlueskyAPIIgnoresRobotsAndRaisesRate crawls a Bluesky AppView whose
// robots.txt disallows everything: the XRPC calls still go through (an
// API is not governed by robots.txt), never ask for robots.txt, and run
// at Bluesky's published 10/s rather than the configured 1/s; a
// --host-rate entry beats the platform rate.
func TestBlueskyAPIIgnoresRobotsAndRaisesRate(t *testing.T) {
	routes := blueskyRoutes()
	routes["/robots.txt"] = crawltest.APIRoute{Body: "User-agent: *\nDisallow: /\n", ContentType: "text/plain"}
	for _, tc := range []struct {
		name      string
		hostRates func(host string) map[string]float64
		want      rate.Limit
	}{
		{"PlatformRate", func(string) map[string]float64 { return nil }, bluesky.DefaultRate},
		{"HostRateWins", func(h string) map[string]float64 { return map[string]float64{h: 50} }, 50},
	} {
		t.Run(tc.name, func(t *testing.T) {
			api := crawltest.MustStartAPIFixture(t, "testdata/bluesky", routes)
			u, _ := url.Parse(api.URL)
			tr := crawler.NewTransport(crawler.Config{Rate: 1, Burst: 20, HostRates: tc.hostRates(u.Host)})
			bs := &bluesky.Adapter{API: api.URL, Now: crawltest.FixedNow, MaxPosts: 10, ThreadSample: -1, FollowerSample: -1}
			r := bs.Fetch(t.Context(), tr.Client(), "bluesky:alice.test")
			if r.Failure != nil || r.Profile == nil {
				t.Fatalf("fetch: %+v", r.Failure)
			}
			if n := len(api.Requests("/robots.txt")); n != 0 {
				t.Errorf("robots.txt asked %d times by API calls", n)
			}
			if got := tr.HostLimit(u); got != tc.want {
				t.Errorf("AppView host rate %v, want %v", got, tc.want)
			}
		})
	}
}
