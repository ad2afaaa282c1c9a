package lemmy_test

import (
	"testing"

	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/lemmy"
)

func FuzzLemmy(f *testing.F) {
	crawltest.AddGlob(f, "lemmy/*.json")
	f.Add([]byte(`{"person_view":{"person":{"name":"a","actor_id":"javascript:x"},"counts":{"post_count":-1}},"posts":[{"post":{"ap_id":"x"}}]}`))
	af := crawltest.NewAdapterFuzzer(f, "application/json")
	a := &lemmy.Adapter{Now: crawltest.FixedNow}
	f.Fuzz(func(t *testing.T, body []byte) { af.Fetch(t, a, af.Server.URL+"/u/marek", body) })
}
