package pixelfed_test

import (
	"testing"

	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/pixelfed"
)

func FuzzPixelfed(f *testing.F) {
	crawltest.AddGlob(f, "pixelfed/*.json")
	f.Add([]byte(`{"id":"1","username":"a","followers_count":-5,"url":"javascript:alert(1)","website":"//x"}`))
	af := crawltest.NewAdapterFuzzer(f, "application/json")
	a := &pixelfed.Adapter{Now: crawltest.FixedNow}
	f.Fuzz(func(t *testing.T, body []byte) { af.Fetch(t, a, af.Server.URL+"/ines", body) })
}
