package bluesky_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/bluesky"
	"github.com/scout-oss/scout/crawler/crawltest"
)

// TestHostileAPICounts serves AppView answers whose counts are negative or
// beyond any account's: the adapter keeps the profile and drops the
// counts, as the page extractors do.
func TestHostileAPICounts(t *testing.T) {
	hostile := func(dir, file string, repl ...string) string {
		b, err := os.ReadFile(filepath.Join("testdata", dir, file))
		if err != nil {
			t.Fatal(err)
		}
		return strings.NewReplacer(repl...).Replace(string(b))
	}
	broutes := blueskyRoutes()
	body := hostile("bluesky", "getProfile_alice.json",
		`"followersCount": 12840`, `"followersCount": -12840`,
		`"followsCount": 311`, `"followsCount": 99999999999999999`,
		`"postsCount": 2204`, `"postsCount": -2`)
	broutes["/xrpc/app.bsky.actor.getProfile?actor=alice.test"] = crawltest.APIRoute{Body: body}
	broutes["/xrpc/app.bsky.actor.getProfile?actor="+aliceDID] = crawltest.APIRoute{Body: body}
	bsky := crawltest.MustStartAPIFixture(t, "testdata/bluesky", broutes)

	res, _ := crawltest.MustCrawl(t, []crawler.Adapter{
		&bluesky.Adapter{API: bsky.URL, Now: crawltest.FixedNow, ThreadSample: -1, FollowerSample: -1},
	}, "bluesky:alice.test")
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
