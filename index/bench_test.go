package index_test

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/index"
)

// Generated text mixes common words (70%, Zipf-distributed), the words of
// the creator's topic (20%) and a made-up long tail (10%), so that a topic
// query matches about one creator in eight, as real topic queries do.
var (
	benchCommon = strings.Fields(`the and a to of in is for on with my this you it
		that be are at have from new just day today love time life week get all one`)
	benchTopics = [][]string{
		strings.Fields("vegan baking recipe bread cake"),
		strings.Fields("fitness running marathon yoga cycling"),
		strings.Fields("travel hiking ocean camera climbing"),
		strings.Fields("design typography film books music"),
		strings.Fields("gaming tech budget streaming console"),
		strings.Fields("garden dogs cats family home"),
		strings.Fields("fashion skincare street style vintage"),
		strings.Fields("coffee pizza pasta food wine"),
	}
)

// generateCreators makes n deterministic creators of roughly the shape the
// perf baselines used: a 40-word bio and ten 30-word posts, heavy-tailed
// follower counts, and an engagement rate for four in five of them.
func generateCreators(n int) []*scout.Creator {
	r := rand.New(rand.NewPCG(1, 2))
	zipf := rand.NewZipf(r, 1.1, 3, uint64(len(benchCommon)-1))
	text := func(topic []string, words int) string {
		var sb strings.Builder
		for i := range words {
			if i > 0 {
				sb.WriteByte(' ')
			}
			switch p := r.IntN(10); {
			case p < 7:
				sb.WriteString(benchCommon[zipf.Uint64()])
			case p < 9:
				sb.WriteString(topic[r.IntN(len(topic))])
			default:
				fmt.Fprintf(&sb, "zq%d", r.IntN(50_000))
			}
		}
		return sb.String()
	}
	platforms := []scout.Platform{scout.PlatformWeb, scout.PlatformBluesky, scout.PlatformMastodon, scout.PlatformYouTube}
	cs := make([]*scout.Creator, n)
	for i := range cs {
		topic := benchTopics[r.IntN(len(benchTopics))]
		followers := int64(math.Pow(10, 2.5+4.5*r.Float64()))
		c := &scout.Creator{
			ID:        fmt.Sprintf("c%06d", i),
			Name:      text(topic, 2),
			Bio:       text(topic, 40),
			Followers: &followers,
			Language:  scout.String([]string{"en", "it", "es", "de"}[r.IntN(4)]),
			Accounts: []scout.Account{{
				Platform: platforms[r.IntN(len(platforms))],
				Handle:   fmt.Sprintf("@creator%d.example", i),
			}},
		}
		if r.IntN(5) > 0 {
			c.Engagement.RateByFollowers = scout.Float64(r.Float64() / 10)
		}
		for range 10 {
			c.Posts = append(c.Posts, scout.Post{Text: text(topic, 30)})
		}
		cs[i] = c
	}
	return cs
}

// BenchmarkSearch measures one page of results over 10,000 generated
// creators: plain text, text with a platform and follower filter, text
// sorted by followers (which reads docvalues for every hit), and filters
// alone, sorted.
func BenchmarkSearch(b *testing.B) {
	ix, err := index.NewMemOnly()
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	if err := ix.IndexCreators(ctx, generateCreators(10_000)); err != nil {
		b.Fatal(err)
	}

	benchmarks := []struct {
		name string
		q    scout.SearchQuery
	}{
		{"Text", scout.SearchQuery{Text: "vegan baking"}},
		{"TextOrPhrase", scout.SearchQuery{Text: `"vegan baking" OR yoga -marathon`}},
		{"TextFilter", scout.SearchQuery{
			Text:         "vegan baking",
			Platforms:    []scout.Platform{scout.PlatformBluesky},
			MinFollowers: scout.Int64(10_000), MaxFollowers: scout.Int64(1_000_000),
		}},
		{"TextSortFollowers", scout.SearchQuery{Text: "vegan baking", Sort: scout.SortFollowers, Desc: true}},
		{"AllSortEngagement", scout.SearchQuery{Sort: scout.SortEngagement, Desc: true}},
		{"FilterSortEngagement", scout.SearchQuery{
			Platforms: []scout.Platform{scout.PlatformBluesky}, Languages: []string{"en"},
			Sort: scout.SortEngagement, Desc: true,
		}},
	}
	for _, bm := range benchmarks {
		b.Run(bm.name, func(b *testing.B) {
			var total int
			for b.Loop() {
				q := bm.q
				res, err := ix.Search(ctx, &q)
				if err != nil {
					b.Fatal(err)
				}
				total = res.Total
			}
			b.ReportMetric(float64(total), "hits")
		})
	}
}
