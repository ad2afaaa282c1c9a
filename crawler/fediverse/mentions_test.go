package fediverse_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/fediverse"
)

// TestMastodonMentionsAndFields reads a status's mentions into the
// profile's Mentions and the account's fields into Fields.
func TestMastodonMentionsAndFields(t *testing.T) {
	routes := map[string]crawltest.APIRoute{
		"/api/v1/accounts/lookup?acct=ana": {Body: `{"id":"1","username":"ana","acct":"ana","url":"{{BASE}}/@ana","uri":"{{BASE}}/users/ana",
			"note":"<p>hi</p>","fields":[{"name":"Location","value":"Porto, Portugal","verified_at":null},
			{"name":"Business","value":"<a href=\"mailto:ana@example.pt\">ana@example.pt</a>","verified_at":null}]}`},
		"/api/v1/accounts/1/statuses": {Body: `[{"id":"10","uri":"{{BASE}}/users/ana/statuses/10","content":"<p>hi <a href=\"{{BASE}}/@bob\" class=\"u-url mention\">@bob</a></p>",
			"created_at":"2026-02-01T10:00:00Z","mentions":[{"url":"{{BASE}}/@bob","acct":"bob"},{"url":"https://other.example/@cy","acct":"cy@other.example"}]}]`},
	}
	inst := crawltest.MustStartAPIFixture(t, "testdata/mastodon", crawltest.WithNodeInfo(routes, "mastodon"))
	res, _ := crawltest.MustCrawl(t, []crawler.Adapter{&fediverse.Mastodon{Now: crawltest.FixedNow, FollowerSample: -1}}, inst.URL+"/@ana")
	r := res[inst.URL+"/@ana"]
	if r == nil || r.Profile == nil {
		t.Fatalf("result %+v", r)
	}
	if diff := cmp.Diff([]string{inst.URL + "/@bob", "https://other.example/@cy"}, r.Profile.Mentions); diff != "" {
		t.Errorf("mentions (-want +got):\n%s", diff)
	}
	want := []scout.ProfileField{{Name: "Location", Value: "Porto, Portugal"}, {Name: "Business", Value: "ana@example.pt"}}
	if diff := cmp.Diff(want, r.Profile.Account.Fields); diff != "" {
		t.Errorf("fields (-want +got):\n%s", diff)
	}
}
