package ingest_test

import (
	"fmt"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/ingest"
)

// BenchmarkDeriveCountryWeak derives a creator whose country needs the
// weak signals: no strong evidence, 50 posts of everyday text to read.
func BenchmarkDeriveCountryWeak(b *testing.B) {
	texts := make([]string, 50)
	for i := range texts {
		texts[i] = fmt.Sprintf("Post %d: a long run on the ridge this morning, 32 km and 1,400 m of climbing, then coffee with the crew and a review of the new shoes. Full notes on the blog, with photos and splits.", i)
	}
	c := scout.Creator{Accounts: []scout.Account{{ID: "a:1", Bio: "Trail runner. Coach-in-training. Long runs, muddy shoes, honest gear notes."}}, Posts: ownPosts(texts...)}
	b.ReportAllocs()
	for b.Loop() {
		cp := c
		ingest.Derive(&cp)
	}
}
