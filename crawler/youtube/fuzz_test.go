package youtube_test

import (
	"testing"

	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/youtube"
)

func FuzzYouTubeAPI(f *testing.F) {
	crawltest.AddGlob(f, "youtube/api/*")
	f.Add([]byte(`{"items":[{"id":"UC1","statistics":{"subscriberCount":"-1","videoCount":"1e99"},"snippet":{"title":5}}]}`))
	af := crawltest.NewAdapterFuzzer(f, "application/json")
	yt := youtube.New(youtube.Config{Base: "https://www.youtube.com", API: af.Server.URL + "/youtube/v3", Key: "k", Now: ytTestClock})
	f.Fuzz(func(t *testing.T, body []byte) { af.Fetch(t, yt, "youtube:@alicebakes", body) })
}

func FuzzYouTubePage(f *testing.F) {
	crawltest.AddGlob(f, "youtube/*.html")
	f.Add([]byte(`<script>var ytInitialData = {"header":{"c4TabbedHeaderRenderer":{"subscriberCountText":{"simpleText":"-12 subscribers"}}}};</script>`))
	af := crawltest.NewAdapterFuzzer(f, "text/html; charset=utf-8")
	yt := youtube.New(youtube.Config{Base: af.Server.URL, Now: ytTestClock})
	f.Fuzz(func(t *testing.T, body []byte) { af.Fetch(t, yt, "youtube:@alicebakes", body) })
}
