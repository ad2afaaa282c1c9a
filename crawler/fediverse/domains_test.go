package fediverse_test

import (
	"strings"
	"testing"

	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/fediverse"
)

// TestHandleDomains: a server reached at another address than its name
// (the sample web's loopback ports) gives handles on the name Domains
// maps it to, through the Mastodon API and its ActivityPub fallback; a
// server Domains does not name keeps its own host.
func TestHandleDomains(t *testing.T) {
	tube := crawltest.MustStartAPIFixture(t, "testdata/activitypub", crawltest.WithNodeInfo(tubeRoutes(), "peertube"))
	u := tube.URL
	host := strings.TrimPrefix(u, "http://")
	for _, tc := range []struct {
		name    string
		domains map[string]string
		want    string
	}{
		{"Mapped", map[string]string{host: "tube.example"}, "carol@tube.example"},
		{"OtherServerMapped", map[string]string{"127.0.0.1:1": "toot.example"}, "carol@" + host},
		{"None", nil, "carol@" + host},
	} {
		adapters := []crawler.Adapter{&fediverse.Mastodon{Now: crawltest.FixedNow, Domains: tc.domains}, &fediverse.ActivityPub{Now: crawltest.FixedNow, Domains: tc.domains}}
		res, _ := crawltest.MustCrawl(t, adapters, u+"/@carol")
		r := res[u+"/@carol"]
		if r == nil || r.Profile == nil {
			t.Fatalf("%s: %+v", tc.name, r)
		}
		if got := r.Profile.Account.Handle; got != tc.want {
			t.Errorf("%s: handle %q, want %q", tc.name, got, tc.want)
		}
	}
}
