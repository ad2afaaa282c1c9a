package pixelfed_test

import (
	"net/url"
	"testing"

	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/pixelfed"
)

func FuzzPixelfed(f *testing.F) {
	crawltest.AddGlob(f, "pixelfed/*.json")
	f.Add([]byte(`{"id":"1","username":"a","followers_count":-5,"url":"javascript:alert(1)","website":"//x"}`))
	af := crawltest.NewAdapterFuzzer(f, "application/json")
	u, _ := url.Parse(af.Server.URL)
	a := &pixelfed.Adapter{Now: crawltest.FixedNow, Software: func(h string) string {
		if h == u.Host {
			return pixelfed.Software
		}
		return ""
	}}
	f.Fuzz(func(t *testing.T, body []byte) { af.Fetch(t, a, af.Server.URL+"/ines", body) })
}
