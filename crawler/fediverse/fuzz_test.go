package fediverse_test

import (
	"testing"

	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/fediverse"
)

func FuzzMastodon(f *testing.F) {
	crawltest.AddGlob(f, "mastodon/*.json")
	f.Add([]byte(`{"id":"1","username":"a","acct":"a","followers_count":-5,"statuses_count":"x","url":"javascript:alert(1)"}`))
	af := crawltest.NewAdapterFuzzer(f, "application/json")
	m := &fediverse.Mastodon{Now: crawltest.FixedNow}
	f.Fuzz(func(t *testing.T, body []byte) { af.Fetch(t, m, af.Server.URL+"/@alice", body) })
}

func FuzzActivityPub(f *testing.F) {
	crawltest.AddGlob(f, "activitypub/*.json")
	f.Add([]byte(`{"type":"Person","id":"{{BASE}}/u","outbox":"{{BASE}}/u","followers":{"totalItems":-3}}`))
	af := crawltest.NewAdapterFuzzer(f, "application/activity+json")
	ap := &fediverse.ActivityPub{Now: crawltest.FixedNow}
	f.Fuzz(func(t *testing.T, body []byte) { af.Fetch(t, ap, af.Server.URL+"/users/carol", body) })
}
