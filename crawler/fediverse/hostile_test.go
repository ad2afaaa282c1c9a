package fediverse_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/fediverse"
)

// TestHostileAPICounts serves Mastodon API answers whose counts are
// negative or beyond any account's: the adapter keeps the profile and drops
// the counts, as the page extractors do.
func TestHostileAPICounts(t *testing.T) {
	hostile := func(dir, file string, repl ...string) string {
		b, err := os.ReadFile(filepath.Join("testdata", dir, file))
		if err != nil {
			t.Fatal(err)
		}
		return strings.NewReplacer(repl...).Replace(string(b))
	}
	mroutes := mastodonRoutes()
	mroutes["/api/v1/accounts/lookup?acct=alice"] = crawltest.APIRoute{Body: hostile("mastodon", "lookup_alice.json",
		`"followers_count": 3120`, `"followers_count": -3120`,
		`"following_count": 208`, `"following_count": 99999999999999999`,
		`"statuses_count": 1877`, `"statuses_count": -1`)}
	inst := crawltest.MustStartAPIFixture(t, "testdata/mastodon", crawltest.WithNodeInfo(mroutes, "mastodon"))

	res, _ := crawltest.MustCrawl(t, []crawler.Adapter{
		&fediverse.Mastodon{Now: crawltest.FixedNow, FollowerSample: -1},
	}, inst.URL+"/@alice")
	for target, r := range res {
		if r == nil || r.Profile == nil {
			t.Errorf("%s: no profile: %+v", target, r)
			continue
		}
		a := r.Profile.Account
		crawltest.CheckSaneAccount(t, target, a)
		if a.Followers != nil || a.Following != nil || a.PostsCount != nil {
			t.Errorf("%s: counts %v %v %v kept, want none", target, a.Followers, a.Following, a.PostsCount)
		}
	}
	if len(res) != 1 {
		t.Errorf("%d results, want 1", len(res))
	}
}
