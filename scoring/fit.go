package scoring

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	scout "github.com/scout-oss/scout"
)

// VersionAudienceFit is the audience_fit scorer version.
const VersionAudienceFit = "af-1.0.0"

// Audience-fit constants (scoring.md §6.1, §4): BM25 k1 1.2, b 0.75
// (Robertson & Zaragoza; Lucene/OpenSearch defaults); topic =
// 0.6·s/(s+K) + 0.4·coverage; AF = 100·(0.50·Topic + 0.15·Lang + 0.20·Geo +
// 0.15·Tier); a language share under 0.5 or a market share under 0.3 is a
// gate; exclusion terms in ≥ 10% of posts halve AF.
const (
	bm25K1        = 1.2
	bm25B         = 0.75
	topicK        = 1.0 // pool median of s is unknown to a single-creator scorer: one full-weight mention scores 0.5 (heuristic)
	langGate      = 0.5
	geoGate       = 0.3
	excludeShare  = 0.10
	biasBioWeight = 2 // the bio counts twice (scoring.md §4.1 document model)
)

// stem is a light, language-agnostic stemmer: it drops a plural -s/-es
// ("breads" → "bread", "recipes" → "recipe") so brief keywords match
// inflected posts. Snowball would be better for en/es/fr (scoring.md §5);
// this keeps the engine free of per-language dependencies.
func stem(w string) string {
	if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}

func stems(text string) []string {
	toks := tokenize(text)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = stem(t.norm)
	}
	return out
}

// countPhrase counts occurrences of phrase q (stemmed tokens) in doc.
func countPhrase(doc, q []string) int {
	if len(q) == 0 {
		return 0
	}
	n := 0
outer:
	for i := 0; i+len(q) <= len(doc); i++ {
		for k, w := range q {
			if doc[i+k] != w {
				continue outer
			}
		}
		n++
	}
	return n
}

// ScoreBrief rates c against brief b as of now: everything Score does, with
// the brief's brand-safety preset and disclosure region, plus audience_fit
// and an overall with the brief's weights. Hard constraints that fail become
// one "unsuitable" flag whose evidence lists each gate and its reason, and
// overall is 0. b should have passed Validate.
func (e *Engine) ScoreBrief(c *scout.Creator, b *scout.Brief, now time.Time) scout.Assessment {
	preset := b.BrandSafety
	if preset == "" {
		preset = scout.BrandSafetyStandard
	}
	a, pt := e.score(c, now, preset, e.region(b.DisclosureRegion))
	if c == nil {
		return a
	}
	af, gates := e.audienceFit(c, b, pt, a.Engagement)
	a.Scores["audience_fit"] = af
	gates = append(gates, safetyGates(pt.bs, preset)...)
	if len(gates) > 0 {
		ev := make([]scout.Evidence, len(gates))
		reasons := make([]string, len(gates))
		for i, g := range gates {
			ev[i] = scout.Evidence{Excerpt: g.reason, Rule: "gate:" + g.name + "@" + VersionAudienceFit}
			reasons[i] = g.reason
		}
		a.Flags = append(a.Flags, scout.Flag{Code: "unsuitable", Severity: scout.SeverityWarn,
			Message: "unsuitable for brief " + fmt.Sprintf("%q", b.Name) + ": " + strings.Join(reasons, "; "), Evidence: ev})
	}
	names := make([]string, len(gates))
	for i, g := range gates {
		names[i] = g.reason
	}
	if ov := overall(a.Scores, b.Weights, names, a.Flags); ov != nil {
		a.Scores["overall"] = ov
	}
	sortFlags(a.Flags)
	return a
}

// gate is one failed hard constraint.
type gate struct{ name, reason string }

// safetyGates excludes a creator whose recent posts reach a level the
// brief's preset excludes (scoring.md §6.3: a hit ≥ L with recency weight ≥
// 0.25).
func safetyGates(bs bsResult, preset string) []gate {
	var gs []gate
	for ci, cat := range Categories {
		from := excludedFrom(preset, cat)
		for l := LevelFloor; l >= from; l-- {
			if bs.maxWeight[ci][l] >= minFlagWeight {
				gs = append(gs, gate{"brand_safety", fmt.Sprintf("brand safety: %s at %s risk exceeds the %s preset", cat, LevelName(l), preset)})
				break
			}
		}
	}
	return gs
}

// share is a proportion with its basis, for language and market fit.
type share struct {
	value float64
	basis string
	n     int
	lo    float64
	hi    float64
	known bool
	conf  float64
}

func (s share) input() map[string]any {
	m := map[string]any{"share": round(s.value, 3), "basis": s.basis, "n": s.n, "known": s.known}
	if s.n > 0 {
		m["ci95"] = []float64{round(s.lo, 3), round(s.hi, 3)}
	}
	return m
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// languageShare: follower sample first (the audience), then the creator's
// posts, then the creator's language; the result says which.
func languageShare(c *scout.Creator, acc *scout.Account, posts []*scout.Post, want []string) share {
	if len(want) == 0 {
		return share{value: 1, basis: "no language constraint", known: true, conf: 1}
	}
	if acc != nil {
		k, n := 0, 0
		for _, f := range acc.FollowerSample {
			if f.Language != "" {
				n++
				if contains(want, f.Language) {
					k++
				}
			}
		}
		if n >= sampleMin {
			lo, hi := wilson(k, n)
			return share{float64(k) / float64(n), fmt.Sprintf("follower sample: %d of %d sampled followers' profiles in %s", k, n, strings.Join(want, "/")), n, lo, hi, true, 1}
		}
	}
	k, n := 0, 0
	for _, p := range posts {
		if p.Language != "" {
			n++
			if contains(want, p.Language) {
				k++
			}
		}
	}
	if n > 0 {
		lo, hi := wilson(k, n)
		return share{float64(k) / float64(n), fmt.Sprintf("creator's own posts: %d of %d in %s (no follower sample)", k, n, strings.Join(want, "/")), n, lo, hi, true, 0.8}
	}
	if c.Language != nil {
		v := 0.0
		if contains(want, *c.Language) {
			v = 1
		}
		return share{v, "creator's language " + *c.Language + " (no follower sample, no per-post languages)", 0, 0, 0, true, 0.6}
	}
	return share{0.5, "unknown: no follower sample and no detected language (scored neutral, not gated)", 0, 0, 0, false, 0.3}
}

// marketShare: share of sampled followers in the brief's countries, else
// whether the creator's own country is one of them.
func marketShare(c *scout.Creator, acc *scout.Account, want []string) share {
	if len(want) == 0 {
		return share{value: 1, basis: "no market constraint", known: true, conf: 1}
	}
	if acc != nil {
		k, n := 0, 0
		for _, f := range acc.FollowerSample {
			if f.Country != "" {
				n++
				if contains(want, f.Country) {
					k++
				}
			}
		}
		if n >= sampleMin {
			lo, hi := wilson(k, n)
			return share{float64(k) / float64(n), fmt.Sprintf("follower sample: %d of %d sampled followers in %s", k, n, strings.Join(want, "/")), n, lo, hi, true, 1}
		}
	}
	if c.Country != nil {
		v := 0.0
		if contains(want, *c.Country) {
			v = 1
		}
		return share{v, "creator's own country " + *c.Country + " (no follower sample; profile locations are unreliable, Hecht et al. 2011)", 0, 0, 0, true, 0.6}
	}
	return share{0.5, "unknown: no follower sample and no creator country (scored neutral, not gated)", 0, 0, 0, false, 0.3}
}

func (e *Engine) audienceFit(c *scout.Creator, b *scout.Brief, pt parts, eng scout.Engagement) (*scout.Score, []gate) {
	var gates []gate
	var reasons []reason
	inputs := map[string]any{}

	// Topic relevance (BM25 saturation over one creator document).
	bio := ""
	for _, a := range c.Accounts {
		bio += " " + a.Bio
	}
	bioStems := stems(bio)
	doc := make([]string, 0, 256)
	for i := 0; i < biasBioWeight; i++ {
		doc = append(doc, bioStems...)
	}
	postStems := make([][]string, len(pt.scan))
	for i, p := range pt.scan {
		postStems[i] = stems(p.Title + " " + p.Text)
		doc = append(doc, postStems[i]...)
	}
	type termHit struct {
		Term  string   `json:"term"`
		TF    int      `json:"tf"`
		Score float64  `json:"score"`
		Posts []string `json:"example_posts,omitempty"`
	}
	var hits []termHit
	s := 0.0
	terms := append(append([]string{}, b.Keywords...), b.MustHave...)
	covered := make([]bool, len(pt.scan))
	for _, kw := range terms {
		q := stems(kw)
		tf := countPhrase(doc, q)
		// IDF is 1 and |D| = avgdl without pool statistics, so the term
		// score is BM25's saturation tf·(k1+1)/(tf+k1).
		ts := float64(tf) * (bm25K1 + 1) / (float64(tf) + bm25K1)
		s += ts
		th := termHit{Term: kw, TF: tf, Score: round(ts, 3)}
		for i, ps := range postStems {
			if countPhrase(ps, q) > 0 {
				covered[i] = true
				if len(th.Posts) < 3 {
					th.Posts = append(th.Posts, pt.scan[i].ID)
				}
			}
		}
		hits = append(hits, th)
		if tf == 0 && contains(b.MustHave, kw) {
			gates = append(gates, gate{"must_have", fmt.Sprintf("must-have term %q never appears in the bio or recent posts", kw)})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].Score > hits[j].Score })
	nc := 0
	for _, v := range covered {
		if v {
			nc++
		}
	}
	coverage := 0.0
	if len(pt.scan) > 0 {
		coverage = float64(nc) / float64(len(pt.scan))
	}
	topic := 0.6*s/(s+topicK) + 0.4*coverage
	inputs["topic"] = map[string]any{"value": round(topic, 3), "bm25_sum": round(s, 3), "k": topicK, "k1": bm25K1, "b": bm25B,
		"idf": "1 (no pool statistics)", "coverage": round(coverage, 3), "posts_covered": nc, "posts": len(pt.scan), "terms": hits}
	if len(hits) > 0 && hits[0].TF > 0 {
		reasons = append(reasons, reason{50 * topic, fmt.Sprintf("%q appears %d× in bio and posts; %d of %d recent posts on topic", hits[0].Term, hits[0].TF, nc, len(pt.scan))})
	} else {
		reasons = append(reasons, reason{50, "no brief keyword appears in the bio or recent posts"})
	}

	// Exclusions.
	excl := 1.0
	if len(b.Exclude) > 0 {
		n := 0
		for _, ps := range postStems {
			for _, x := range b.Exclude {
				if countPhrase(ps, stems(x)) > 0 {
					n++
					break
				}
			}
		}
		bioHit := false
		for _, x := range b.Exclude {
			if countPhrase(bioStems, stems(x)) > 0 {
				bioHit = true
			}
		}
		sh := 0.0
		if len(pt.scan) > 0 {
			sh = float64(n) / float64(len(pt.scan))
		}
		inputs["exclude"] = map[string]any{"posts": n, "share": round(sh, 3), "in_bio": bioHit}
		if sh >= excludeShare || bioHit {
			excl = 0.5
			reasons = append(reasons, reason{40, fmt.Sprintf("excluded terms in %d of %d posts%s: fit halved", n, len(pt.scan), map[bool]string{true: " and the bio", false: ""}[bioHit])})
		}
	}

	// Language and market.
	lang := languageShare(c, pt.acc, pt.scan, b.Languages)
	geo := marketShare(c, pt.acc, b.Countries)
	inputs["language"] = lang.input()
	inputs["market"] = geo.input()
	if lang.known && lang.value < langGate {
		gates = append(gates, gate{"language", fmt.Sprintf("language: %s in %s (%s); the brief needs at least %s", pct(lang.value), strings.Join(b.Languages, "/"), lang.basis, pct(langGate))})
	}
	if geo.known && geo.value < geoGate {
		gates = append(gates, gate{"market", fmt.Sprintf("market: %s in %s (%s); the brief needs at least %s", pct(geo.value), strings.Join(b.Countries, "/"), geo.basis, pct(geoGate))})
	}
	reasons = append(reasons, reason{15 * (1 - lang.value), "language " + pct(lang.value) + " — " + lang.basis})
	reasons = append(reasons, reason{20 * (1 - geo.value), "market " + pct(geo.value) + " — " + geo.basis})

	// Platform and follower range.
	var followers *int64
	onPlatform := len(b.Platforms) == 0
	for _, a := range c.Accounts {
		ok := len(b.Platforms) == 0
		for _, p := range b.Platforms {
			if a.Platform == p {
				ok = true
			}
		}
		if !ok {
			continue
		}
		onPlatform = true
		if a.Followers != nil && (followers == nil || *a.Followers > *followers) {
			followers = a.Followers
		}
	}
	if !onPlatform {
		var have []string
		for _, a := range c.Accounts {
			have = append(have, string(a.Platform))
		}
		var want []string
		for _, p := range b.Platforms {
			want = append(want, string(p))
		}
		gates = append(gates, gate{"platform", "platform: has " + strings.Join(have, ", ") + "; the brief wants " + strings.Join(want, " or ")})
	}
	tier := 1.0
	if b.MinFollowers != nil || b.MaxFollowers != nil {
		switch {
		case followers == nil && onPlatform:
			gates = append(gates, gate{"followers", "followers: unknown on the brief's platforms; the brief sets a range"})
			tier = 0
		case followers != nil && b.MinFollowers != nil && *followers < *b.MinFollowers:
			gates = append(gates, gate{"followers", fmt.Sprintf("followers: %s, under the brief's minimum %s", thousands(*followers), thousands(*b.MinFollowers))})
			tier = math.Exp(-math.Abs(math.Log10(float64(max(*followers, 1))/float64(*b.MinFollowers))) / 0.3)
		case followers != nil && b.MaxFollowers != nil && *followers > *b.MaxFollowers:
			gates = append(gates, gate{"followers", fmt.Sprintf("followers: %s, over the brief's maximum %s", thousands(*followers), thousands(*b.MaxFollowers))})
			tier = math.Exp(-math.Abs(math.Log10(float64(*followers)/float64(max(*b.MaxFollowers, 1)))) / 0.3)
		}
	}
	if followers != nil {
		inputs["followers"] = *followers
	}
	inputs["tier_fit"] = round(tier, 3)

	// Minimum engagement.
	if b.MinEngagementRate != nil {
		rate, basis := eng.RateByFollowers, BasisFollowers
		if pt.acc != nil && basisFor(pt.acc.Platform, pt.win) == BasisViews {
			rate, basis = eng.RateByViews, BasisViews
		}
		switch {
		case rate == nil:
			gates = append(gates, gate{"engagement", "engagement rate unknown; the brief sets a minimum of " + pct(*b.MinEngagementRate)})
		case *rate < *b.MinEngagementRate:
			gates = append(gates, gate{"engagement", fmt.Sprintf("engagement: median ER %s by %s, under the brief's minimum %s", pct(*rate), basis, pct(*b.MinEngagementRate))})
		}
	}

	af := 100 * (0.50*topic + 0.15*lang.value + 0.20*geo.value + 0.15*tier) * excl
	conf := math.Min(1, float64(len(pt.scan))/confPostsFor) * (lang.conf + geo.conf) / 2
	gs := make([]string, len(gates))
	for i, g := range gates {
		gs[i] = g.reason
	}
	inputs["gates"] = gs
	return &scout.Score{
		Value:      round(af, 1),
		Version:    VersionAudienceFit,
		Confidence: round(conf, 2),
		Formula:    "100 · (0.50·Topic + 0.15·Lang + 0.20·Geo + 0.15·Tier) · (0.5 if excluded terms in ≥10% of posts or the bio); Topic = 0.6·s/(s+1) + 0.4·coverage, s = Σ_terms tf·(k1+1)/(tf+k1) over bio×2 + recent posts (BM25, k1 = 1.2, IDF 1); Lang/Geo = share from the follower sample, else the creator's posts/profile (basis in inputs); Tier = 1 in range else exp(−|log10(f/bound)|/0.3); confidence = min(1, posts/12) · mean basis confidence",
		Inputs:     inputs,
		Reasons:    topReasons(reasons, 4),
	}, gates
}
