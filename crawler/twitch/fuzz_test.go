package twitch_test

import (
	"testing"

	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/twitch"
)

func FuzzTwitch(f *testing.F) {
	crawltest.AddGlob(f, "twitch/*.json")
	f.Add([]byte(`{"access_token":"t","expires_in":-5,"data":[{"id":"1","login":"ab_c","view_count":-3,"duration":"99h99m99s","url":"javascript:x"}],"total":-1}`))
	af := crawltest.NewAdapterFuzzer(f, "application/json")
	a := twitch.New(twitch.Config{API: af.Server.URL + "/helix", Auth: af.Server.URL + "/oauth2/token", ClientID: "id", ClientSecret: "secret", Now: crawltest.FixedNow})
	f.Fuzz(func(t *testing.T, body []byte) { af.Fetch(t, a, "twitch:kaiplays", body) })
}
