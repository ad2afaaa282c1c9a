package bluesky_test

import (
	"testing"

	"github.com/scout-oss/scout/crawler/bluesky"
	"github.com/scout-oss/scout/crawler/crawltest"
)

func FuzzBluesky(f *testing.F) {
	crawltest.AddGlob(f, "bluesky/*.json")
	f.Add([]byte(`{"did":"did:plc:x","handle":"a.test","followersCount":-1,"postsCount":1e300,"displayName":"\ud800"}`))
	af := crawltest.NewAdapterFuzzer(f, "application/json")
	bs := &bluesky.Adapter{API: af.Server.URL, Now: crawltest.FixedNow, MaxPosts: 20}
	f.Fuzz(func(t *testing.T, body []byte) { af.Fetch(t, bs, "bluesky:alice.test", body) })
}
