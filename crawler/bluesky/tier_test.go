package bluesky_test

import (
	"context"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/bluesky"
	"github.com/scout-oss/scout/crawler/crawltest"
)

// A scheduled job's tier decides what an adapter reads: counts reads the
// profile only, posts adds the feed and reply samples, followers (and a
// plain crawl) add the follower sample.
func TestBlueskyReadsByTier(t *testing.T) {
	cases := []struct {
		tier                    string
		feed, thread, followers bool
	}{
		{scout.TierCounts, false, false, false},
		{scout.TierPosts, true, true, false},
		{scout.TierFollowers, true, true, true},
		{"", true, true, true},
	}
	for _, c := range cases {
		api := crawltest.MustStartAPIFixture(t, "testdata/bluesky", blueskyRoutes())
		bs := &bluesky.Adapter{API: api.URL, Now: crawltest.FixedNow, MaxPosts: 10}
		tr := crawler.NewTransport(crawler.Config{Rate: 1000, Burst: 100, IgnoreRobots: true})
		ctx := context.Background()
		if c.tier != "" {
			ctx = crawler.WithJobTier(ctx, c.tier)
		}
		r := bs.Fetch(ctx, tr.Client(), "bluesky:alice.test")
		tr.CloseIdleConnections()
		if r == nil || r.Profile == nil {
			t.Fatalf("tier %q: no profile: %+v", c.tier, r)
		}
		got := api.Paths()
		has := func(method string) bool {
			for p, n := range got {
				if strings.HasSuffix(p, method) && n > 0 {
					return true
				}
			}
			return false
		}
		if has("app.bsky.feed.getAuthorFeed") != c.feed || has("app.bsky.feed.getPostThread") != c.thread ||
			has("app.bsky.graph.getFollowers") != c.followers {
			t.Errorf("tier %q called %v; want feed %v, threads %v, followers %v", c.tier, got, c.feed, c.thread, c.followers)
		}
		if !has("app.bsky.actor.getProfile") || r.Profile.Account.Followers == nil {
			t.Errorf("tier %q: the profile and its counts are always read", c.tier)
		}
		if !c.feed && len(r.Profile.Posts) != 0 {
			t.Errorf("tier counts returned %d posts", len(r.Profile.Posts))
		}
	}
}
