package scoring_test

import (
	"fmt"
	"testing"
	"time"

	scout "github.com/scout-oss/scout"
	"github.com/scout-oss/scout/scoring"
)

// benchCreators builds n creators with 30 posts each (text, counts, a few
// replies and links) and 30 snapshots: a well-documented creator, the
// load the scoring throughput goal is stated for.
func benchCreators(n int) []*scout.Creator {
	texts := []string{
		"Sourdough bake day: open crumb at last, recipe in the link https://example.com/bread",
		"Morning run by the river #running #training #trail #outdoors",
		"Use my code BAKE15 for 15% off flour at @millco, link in bio",
		"Testing a new focaccia recipe with rosemary and sea salt 🍞",
		"Nuevo vídeo: mi rutina de estiramientos antes de correr",
		"Kurzes Update aus der Backstube, heute Roggenbrot mit Sauerteig",
	}
	cs := make([]*scout.Creator, n)
	for i := range cs {
		acc := scout.Account{ID: fmt.Sprintf("instagram:b%d", i), Platform: "instagram", Handle: fmt.Sprintf("baker%d", i),
			Bio: "Home baker and runner. Sourdough, rye, trails.", Followers: i64(20000 + int64(i)), Following: i64(500)}
		c := &scout.Creator{ID: fmt.Sprintf("c%d", i), Accounts: []scout.Account{acc}}
		for k := 0; k < 30; k++ {
			p := post(fmt.Sprintf("b%d-%d", i, k), 1+k*3, i64(200+int64((k*37)%90)), i64(8+int64(k%5)), nil, nil)
			p.AccountID = acc.ID
			p.Text = texts[k%len(texts)]
			if k%5 == 0 {
				for r := 0; r < 5; r++ {
					p.Replies = append(p.Replies, scout.Reply{AuthorID: fmt.Sprintf("u%d", (k+r)%17), Text: "nice 🔥", PublishedAt: p.PublishedAt.Add(time.Hour)})
				}
			}
			c.Posts = append(c.Posts, p)
		}
		for d := 0; d < 30; d++ {
			c.Snapshots = append(c.Snapshots, scout.Snapshot{AccountID: acc.ID, At: now.Add(-time.Duration(60-2*d) * 24 * time.Hour), Followers: i64(19000 + int64(d*30))})
		}
		cs[i] = c
	}
	return cs
}

// BenchmarkScore reports creators scored per second (30 posts each). The
// goal is at least 5,000 per second per core, so that rescoring a store of
// 100,000 creators after a scorer change takes seconds, not minutes.
func BenchmarkScore(b *testing.B) {
	cs := benchCreators(64)
	e := scoring.New()
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		e.Score(cs[i%len(cs)], now)
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "creators/s")
}

// BenchmarkScoreBrief is the same with a brief (adds audience_fit).
func BenchmarkScoreBrief(b *testing.B) {
	cs := benchCreators(64)
	e := scoring.New()
	br := &scout.Brief{Name: "bake", Keywords: []string{"sourdough", "bread", "rye"}, Languages: []string{"en"}, Countries: []string{"US"}}
	if err := br.Validate(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		e.ScoreBrief(cs[i%len(cs)], br, now)
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "creators/s")
}

// BenchmarkTopics reports creators whose topics are assigned per second
// (name, bio and 30 posts each), the other half of what ingest computes
// per creator beside Score.
func BenchmarkTopics(b *testing.B) {
	cs := benchCreators(64)
	e := scoring.New()
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		e.Topics(cs[i%len(cs)])
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "creators/s")
}
