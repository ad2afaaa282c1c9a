package main

import (
	"bytes"
	"net/url"
	"testing"
	"time"

	"github.com/scout-oss/scout/bench/gen"
	"github.com/scout-oss/scout/crawler/page"
)

// BenchmarkExtractBigPage is the extraction of one of the ceiling
// benchmark's 150 KB pages, the largest CPU cost of a crawled page.
func BenchmarkExtractBigPage(b *testing.B) {
	at := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	pages := gen.NewBigPages(4, 4, at)
	var bodies [][]byte
	for h := range 4 {
		for n := range 4 {
			p := pages.Pages[h][n]
			bodies = append(bodies, bytes.Join([][]byte{p.Head, pages.Shared[p.Shared], p.Body}, nil))
		}
	}
	u, _ := url.Parse("http://127.0.0.1:8080" + gen.PagePath(1))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := page.Extract(u, "text/html; charset=utf-8", bodies[i%len(bodies)], at); err != nil {
			b.Fatal(err)
		}
	}
}
