// Package gen is the shared code of Scout's benchmark programs: a
// deterministic generator of realistic creators, the corpus builder that
// writes them into a store and builds the on-disk index from it (as
// `scout reindex` does), generated profile pages served on loopback, and
// latency percentiles. bench/search, bench/load and bench/crawl use it so
// that their figures describe the same data.
package gen

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/scout-oss/scout"
)

// Generated text mixes common words (70%, Zipf-distributed), the words of
// the creator's topic (20%) and a made-up long tail (10%), so that a topic
// query matches about one creator in eight, as in the perf baselines.
var (
	commonWords = strings.Fields(`the and a to of in is for on with my this you it
		that be are at have from new just day today love time life week get all one
		so what out up more about your how when like now we our can will do me
		here first best make good see people back work look want right great`)
	topics = [][]string{
		strings.Fields("vegan baking recipe bread cake sourdough"),
		strings.Fields("fitness running marathon yoga cycling training"),
		strings.Fields("travel hiking ocean camera climbing mountains"),
		strings.Fields("design typography film books music poster"),
		strings.Fields("gaming tech budget streaming console review"),
		strings.Fields("garden dogs cats family home plants"),
		strings.Fields("fashion skincare street style vintage thrift"),
		strings.Fields("coffee pizza pasta food wine cocktails"),
	}
	languages = []struct {
		lang, country string
		weight        int
	}{{"en", "US", 30}, {"en", "GB", 12}, {"en", "CA", 8}, {"es", "ES", 8}, {"es", "MX", 7},
		{"de", "DE", 10}, {"it", "IT", 8}, {"fr", "FR", 8}, {"pt", "BR", 9}}
	platformWeights = []int{30, 20, 15, 15, 10, 10} // over platforms
	mediaKinds      = []string{"video", "image", "text", "article"}
	networks        = []string{"Amazon Associates", "Awin", "LTK", "ShareASale", "Impact", "Rakuten"}
)

// Generator makes deterministic creators: one account (a second one for
// 15%), a 40-word bio, ten 30-word posts, heavy-tailed followers and a
// synthetic assessment of the size a real one has.
type Generator struct {
	r      *rand.Rand
	zipf   *rand.Zipf
	now    time.Time
	brands []string
}

// NewGenerator returns a generator seeded the same way every time, so two
// runs build the same corpus; now anchors fetch and post times.
func NewGenerator(now time.Time) *Generator {
	r := rand.New(rand.NewPCG(1, 2))
	g := &Generator{r: r, zipf: rand.NewZipf(r, 1.1, 3, uint64(len(commonWords)-1)), now: now}
	for i := range 200 {
		g.brands = append(g.brands, fmt.Sprintf("Brand%03d", i))
	}
	return g
}

func (g *Generator) text(topic []string, words int) string {
	var sb strings.Builder
	for i := range words {
		if i > 0 {
			sb.WriteByte(' ')
		}
		switch p := g.r.IntN(10); {
		case p < 7:
			sb.WriteString(commonWords[g.zipf.Uint64()])
		case p < 9:
			sb.WriteString(topic[g.r.IntN(len(topic))])
		default:
			fmt.Fprintf(&sb, "zq%d", g.r.IntN(50_000))
		}
	}
	return sb.String()
}

// TopicQuery is a two-word query: topic+topic or topic+common, so that it
// matches about one creator in eight.
func (g *Generator) TopicQuery(r *rand.Rand) string {
	t := topics[r.IntN(len(topics))]
	if r.IntN(2) == 0 {
		return t[r.IntN(len(t))] + " " + t[r.IntN(len(t))]
	}
	return t[r.IntN(len(t))] + " " + commonWords[10+r.IntN(20)]
}

func pick(r *rand.Rand, weights []int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	x := r.IntN(total)
	for i, w := range weights {
		if x < w {
			return i
		}
		x -= w
	}
	return len(weights) - 1
}

// Derived is what the generator decides beyond the profile: what scoring
// and language detection would have found.
type Derived struct {
	scout.Assessment
	Language, Country *string
}

// Creator returns the i-th creator's profile and what was derived from it.
// Call it with i = 0, 1, 2, ... in order: the sequence is deterministic.
func (g *Generator) Creator(i int) (*scout.Profile, Derived) {
	r := g.r
	topic := topics[r.IntN(len(topics))]
	followers := int64(math.Pow(10, 2.5+4.5*r.Float64()))
	platform := Platforms[pick(r, platformWeights)]
	accountID := scout.AccountID(scout.Platform(platform), fmt.Sprintf("creator%d", i))
	var links []string
	if r.IntN(3) == 0 {
		links = append(links, fmt.Sprintf("mailto:hello@creator%d.example", i))
	}
	links = append(links, fmt.Sprintf("https://creator%d.example/", i))
	p := &scout.Profile{
		Account: scout.Account{
			ID: accountID, Platform: scout.Platform(platform), Handle: fmt.Sprintf("@creator%d.example", i),
			URL: fmt.Sprintf("https://creator%d.example/", i), DisplayName: g.text(topic, 2), Bio: g.text(topic, 40),
			Links: links, Followers: &followers, Following: scout.Int64(int64(r.IntN(2000))), PostsCount: scout.Int64(int64(50 + r.IntN(2000))),
			FetchedAt: g.now.Add(-time.Duration(r.IntN(60*24)) * time.Hour),
		},
		SourceURL: fmt.Sprintf("https://creator%d.example/", i),
	}
	p.FetchedAt = p.Account.FetchedAt
	kind := mediaKinds[r.IntN(len(mediaKinds))]
	age := time.Duration(r.IntN(120*24)) * time.Hour
	for j := range 10 {
		k := kind
		if r.IntN(4) == 0 {
			k = mediaKinds[r.IntN(len(mediaKinds))]
		}
		likes := followers / int64(20+r.IntN(200))
		p.Posts = append(p.Posts, scout.Post{
			ID: fmt.Sprintf("p%d-%d", i, j), URL: fmt.Sprintf("https://creator%d.example/p/%d", i, j),
			PublishedAt: g.now.Add(-age - time.Duration(j)*36*time.Hour), Text: g.text(topic, 30),
			Likes: &likes, Comments: scout.Int64(likes / 20), MediaKind: k,
		})
	}
	l := languages[pick(r, func() []int {
		w := make([]int, len(languages))
		for i, x := range languages {
			w[i] = x.weight
		}
		return w
	}())]
	d := Derived{Language: scout.String(l.lang), Country: scout.String(l.country)}
	d.Assessment = g.assessment(topic, followers)
	return p, d
}

func (g *Generator) assessment(topic []string, followers int64) scout.Assessment {
	r := g.r
	var a scout.Assessment
	if r.IntN(5) > 0 {
		er := 0.005 + r.ExpFloat64()*0.02
		a.Engagement = scout.Engagement{RateByFollowers: &er, PostsAnalyzed: 10, Window: 12,
			Formula: "median over the last 12 posts of (likes+comments+shares)/followers"}
	}
	clamp := func(v float64) float64 { return math.Round(max(0, min(100, v))*10) / 10 }
	bs := clamp(100 - r.ExpFloat64()*12)
	mk := func(name string, v float64) *scout.Score {
		return &scout.Score{Value: scout.Float64(v), Version: "1", Confidence: math.Round(r.Float64()*100) / 100,
			Formula: name + " = weighted blend of benchmark percentiles (see scoring.md)",
			Inputs:  map[string]any{"followers": followers, "posts": 10, "tier": string(scout.TierOf(followers)), "topic": topic[0]},
			Reasons: []string{"engagement at the 62nd percentile of its cohort", "comments look organic", "steady posting"}}
	}
	a.Scores = map[string]*scout.Score{
		"engagement_quality": mk("engagement_quality", clamp(60+r.NormFloat64()*15)),
		"brand_safety":       mk("brand_safety", bs),
		"overall":            mk("overall", clamp(55+r.NormFloat64()*15)),
	}
	if r.IntN(10) == 0 {
		a.Flags = append(a.Flags, scout.Flag{Code: "undisclosed_sponsorship", Severity: scout.SeverityWarn,
			Message: "2 sponsored posts without a disclosure", Evidence: []scout.Evidence{{URL: "https://example.com/p/1", Excerpt: "use my code"}}})
	}
	if r.IntN(20) == 0 {
		a.Flags = append(a.Flags, scout.Flag{Code: "engagement_pod", Severity: scout.SeverityWarn, Message: "the same accounts comment on every post"})
	}
	if bs < 80 {
		cat := scout.BrandSafetyCategories[r.IntN(len(scout.BrandSafetyCategories))]
		level := "medium"
		if bs < 50 {
			level = "high"
		}
		a.Flags = append(a.Flags, scout.Flag{Code: "brand_safety:" + cat, Severity: scout.SeverityWarn, Level: level,
			Message: "posts at " + level + " risk in GARM category " + cat})
	}
	if r.IntN(10) < 3 {
		a.Partnerships = &scout.Partnerships{Version: "1", PostsAnalyzed: 10, SponsoredPosts: 1 + r.IntN(3)}
		for range 1 + r.IntN(3) {
			a.Partnerships.Brands = append(a.Partnerships.Brands, scout.PartnerMention{Name: g.brands[r.IntN(len(g.brands))], Posts: 1})
		}
		if r.IntN(3) == 0 {
			a.Partnerships.AffiliateNetworks = append(a.Partnerships.AffiliateNetworks, scout.PartnerMention{Name: networks[r.IntN(len(networks))], Posts: 2})
		}
	}
	return a
}
