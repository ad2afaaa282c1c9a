package scoring

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	scout "github.com/scout-oss/scout"
)

// VersionAudienceFit is the audience_fit scorer version.
const VersionAudienceFit = "af-2.0.0"

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

// ScoreBrief rates c against brief b as of now: everything Score does, with
// the brief's brand-safety preset and disclosure region, plus audience_fit
// and an overall with the brief's weights. Hard constraints that fail become
// one "unsuitable" flag whose evidence lists each gate and its reason, and
// overall is 0. A creator whose bio and recent posts hold none of a brief's
// keywords gets an "off_topic" flag and overall 0 too: it never matches. A constraint the data cannot decide (followers unknown, no
// engagement counts, no language or country evidence, too few posts to rule
// a must-have term out) is never passed silently: overall is unknown and
// its Missing lists each one, so a ranking files the creator under "needs
// data". b should have passed Validate.
func (e *Engine) ScoreBrief(c *scout.Creator, b *scout.Brief, now time.Time) scout.Assessment {
	preset := b.BrandSafety
	if preset == "" {
		preset = scout.BrandSafetyStandard
	}
	a, pt := e.score(c, now, preset, e.region(b.DisclosureRegion))
	if c == nil {
		return a
	}
	af, gates, undecided := e.audienceFit(c, b, pt, a.Engagement)
	a.Scores["audience_fit"] = settle(af, pt.analysed, "", audienceFitPrior, false)
	gates = append(gates, safetyGates(pt.bs, preset)...)
	var hard []scout.Evidence
	var reasons []string
	for _, g := range gates {
		if g.name == "topic" {
			// Not a hard constraint of the brief: the creator is simply
			// not about it, so it leaves the ranking as off topic.
			a.Flags = append(a.Flags, scout.Flag{Code: scout.FlagOffTopic, Severity: scout.SeverityInfo,
				Message:  "off topic for brief " + fmt.Sprintf("%q", b.Name) + ": " + g.reason,
				Evidence: []scout.Evidence{{Excerpt: g.reason, Rule: "gate:topic@" + VersionAudienceFit}}})
			continue
		}
		hard = append(hard, scout.Evidence{Excerpt: g.reason, Rule: "gate:" + g.name + "@" + VersionAudienceFit})
		reasons = append(reasons, g.reason)
	}
	if len(hard) > 0 {
		a.Flags = append(a.Flags, scout.Flag{Code: scout.FlagUnsuitable, Severity: scout.SeverityWarn,
			Message: "unsuitable for brief " + fmt.Sprintf("%q", b.Name) + ": " + strings.Join(reasons, "; "), Evidence: hard})
	}
	names := make([]string, len(gates))
	for i, g := range gates {
		names[i] = g.reason
	}
	a.Scores["overall"] = overall(a.Scores, b.Weights, names, a.Flags, pt.analysed, undecided)
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
		if n >= fitSampleMin {
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
		if n >= fitSampleMin {
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

// topicFit is how a creator meets a brief's topics: the best of them and
// its share of the creator's texts.
type topicFit struct {
	best  string
	share float64
	has   map[string]float64 // the creator's topics and shares
}

// inputs is the fit as a score input.
func (t topicFit) inputs(wanted []string) map[string]any {
	return map[string]any{"wanted": wanted, "creator_topics": t.has, "best": t.best, "share": t.share}
}

// briefTopics matches the brief's topics against the creator's (assigned
// now when the creator carries none, as a creator scored before topics
// existed would).
func briefTopics(c *scout.Creator, b *scout.Brief) topicFit {
	ts := c.Topics
	if ts == nil {
		ts = AssignTopics(c)
	}
	f := topicFit{has: map[string]float64{}}
	for _, t := range ts {
		f.has[t.Slug] = t.Share
		if slices.Contains(b.Topics, t.Slug) && t.Share > f.share {
			f.best, f.share = t.Slug, t.Share
		}
	}
	return f
}

// briefTerms are the brief's keywords and must-have terms, each once
// (a term in both lists, or repeated, would count twice and fail twice).
func briefTerms(b *scout.Brief) []string {
	var out []string
	for _, t := range append(append([]string{}, b.Keywords...), b.MustHave...) {
		if !slices.ContainsFunc(out, func(o string) bool { return strings.EqualFold(o, t) }) {
			out = append(out, t)
		}
	}
	return out
}

// matchLanguages are the languages brief terms are stemmed in: the brief's,
// the creator's and those of its scanned posts.
func matchLanguages(c *scout.Creator, b *scout.Brief, posts []*scout.Post) []string {
	ls := append([]string{}, b.Languages...)
	if c.Language != nil {
		ls = append(ls, *c.Language)
	}
	for _, p := range posts {
		if p.Language != "" {
			ls = append(ls, p.Language)
		}
	}
	return ls
}

// audienceFit computes audience_fit and checks the brief's hard
// constraints: gates are the constraints that fail, undecided those the
// data cannot decide ("what: detail", as Score.Missing).
func (e *Engine) audienceFit(c *scout.Creator, b *scout.Brief, pt parts, eng scout.Engagement) (*scout.Score, []gate, []string) {
	var gates []gate
	var undecided []string
	var reasons []reason
	inputs := map[string]any{}

	// Topic relevance (BM25 saturation over one creator document: the
	// bio twice, then the recent posts), with per-language stemming.
	m := newMatcher(matchLanguages(c, b, pt.scan))
	bio := ""
	for _, a := range c.Accounts {
		bio += " " + a.Bio
	}
	bioStems := m.stem(bio)
	postStems := make([]stemmed, len(pt.scan))
	for i, p := range pt.scan {
		postStems[i] = m.stem(p.Title + " " + p.Text)
	}
	type termHit struct {
		Term  string   `json:"term"`
		TF    int      `json:"tf"`
		Score float64  `json:"score"`
		Posts []string `json:"example_posts,omitempty"`
	}
	var hits []termHit
	s := 0.0
	covered := make([]bool, len(pt.scan))
	for _, kw := range briefTerms(b) {
		q := m.stem(kw)
		tf := biasBioWeight * m.count(bioStems, q)
		th := termHit{Term: kw}
		for i, ps := range postStems {
			if n := m.count(ps, q); n > 0 {
				tf += n
				covered[i] = true
				if len(th.Posts) < 3 {
					th.Posts = append(th.Posts, pt.scan[i].ID)
				}
			}
		}
		// IDF is 1 and |D| = avgdl without pool statistics, so the term
		// score is BM25's saturation tf·(k1+1)/(tf+k1).
		ts := float64(tf) * (bm25K1 + 1) / (float64(tf) + bm25K1)
		s += ts
		th.TF, th.Score = tf, round(ts, 3)
		hits = append(hits, th)
		if tf == 0 && contains(b.MustHave, kw) {
			if pt.analysed < MinPosts {
				undecided = append(undecided, fmt.Sprintf("posts: must-have term %q is not in the bio or the %d analysed posts; %d are needed to rule it out", kw, pt.analysed, MinPosts))
			} else {
				gates = append(gates, gate{"must_have", fmt.Sprintf("must-have term %q never appears in the bio or recent posts", kw)})
			}
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
		"idf": "1 (no pool statistics)", "coverage": round(coverage, 3), "posts_covered": nc, "posts": len(pt.scan), "terms": hits,
		"stemming": append([]string{"none (accents folded, plural -s)"}, m.langs[1:]...)}
	if len(b.Topics) > 0 {
		bt := briefTopics(c, b)
		inputs["topics"] = bt.inputs(b.Topics)
		if bt.best != "" {
			reasons = append(reasons, reason{50 * bt.share, fmt.Sprintf("topic %s: %.0f%% of the bio and recent posts", bt.best, bt.share*100)})
		}
		if bt.share > topic {
			topic = bt.share
		}
		if len(b.Keywords) == 0 && len(b.MustHave) == 0 {
			switch {
			case bt.best != "":
			case pt.analysed < MinPosts && len(c.Topics) == 0:
				undecided = append(undecided, fmt.Sprintf("posts: none of the brief's topics in the bio or the %d analysed posts; %d are needed to rule them out", pt.analysed, MinPosts))
			default:
				gates = append(gates, gate{"topic", "topic: none of the brief's topics (" + strings.Join(b.Topics, ", ") + ") is among the creator's"})
			}
		}
	}
	if len(hits) > 0 && hits[0].TF > 0 {
		reasons = append(reasons, reason{50 * topic, fmt.Sprintf("%q appears %d× in bio and posts; %d of %d recent posts on topic", hits[0].Term, hits[0].TF, nc, len(pt.scan))})
	} else {
		reasons = append(reasons, reason{50, "no brief keyword appears in the bio or recent posts"})
		// A creator with no topic relevance at all never matches a brief
		// with keywords: its other parts alone would score it about 50
		// and rank it among real matches.
		if len(b.Keywords) > 0 && s == 0 && !slices.ContainsFunc(gates, func(g gate) bool { return g.name == "must_have" }) {
			if pt.analysed < MinPosts {
				undecided = append(undecided, fmt.Sprintf("posts: no brief keyword in the bio or the %d analysed posts; %d are needed to rule the topic out", pt.analysed, MinPosts))
			} else {
				gates = append(gates, gate{"topic", fmt.Sprintf("topic: no brief keyword appears in the bio or the %d recent posts", pt.analysed)})
			}
		}
	}

	// Exclusions.
	excl := 1.0
	if len(b.Exclude) > 0 {
		xs := make([]stemmed, len(b.Exclude))
		for i, x := range b.Exclude {
			xs[i] = m.stem(x)
		}
		n := 0
		for _, ps := range postStems {
			if slices.ContainsFunc(xs, func(x stemmed) bool { return m.count(ps, x) > 0 }) {
				n++
			}
		}
		bioHit := slices.ContainsFunc(xs, func(x stemmed) bool { return m.count(bioStems, x) > 0 })
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
	switch {
	case !lang.known:
		undecided = append(undecided, "language: no follower sample, post language or creator language to check "+strings.Join(b.Languages, "/")+" against")
	case lang.value < langGate:
		gates = append(gates, gate{"language", fmt.Sprintf("language: %s in %s (%s); the brief needs at least %s", pct(lang.value), strings.Join(b.Languages, "/"), lang.basis, pct(langGate))})
	}
	switch {
	case !geo.known:
		undecided = append(undecided, "market: no follower sample or creator country to check "+strings.Join(b.Countries, "/")+" against")
	case geo.value < geoGate:
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
			undecided = append(undecided, "followers: count unknown on the brief's platforms; the brief sets a range")
			tier = 0.5
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
			undecided = append(undecided, "engagement: rate unknown (no like or comment counts, or no "+basis+"); the brief sets a minimum of "+pct(*b.MinEngagementRate))
		case *rate < *b.MinEngagementRate:
			gates = append(gates, gate{"engagement", fmt.Sprintf("engagement: median ER %s by %s, under the brief's minimum %s", pct(*rate), basis, pct(*b.MinEngagementRate))})
		}
	}

	af := 100 * (0.50*topic + 0.15*lang.value + 0.20*geo.value + 0.15*tier) * excl
	conf := math.Min(1, float64(pt.analysed)/confPostsFor) * (lang.conf + geo.conf) / 2
	gs := make([]string, len(gates))
	for i, g := range gates {
		gs[i] = g.reason
	}
	inputs["gates"] = gs
	if len(undecided) > 0 {
		inputs["undecided_gates"] = undecided
	}
	return &scout.Score{
		Value:      scout.Float64(round(af, 1)),
		Version:    VersionAudienceFit,
		Confidence: round(conf, 2),
		Formula:    "100 · (0.50·Topic + 0.15·Lang + 0.20·Geo + 0.15·Tier) · (0.5 if excluded terms in ≥10% of posts or the bio); Topic = 0.6·s/(s+1) + 0.4·coverage, s = Σ_terms tf·(k1+1)/(tf+k1) over bio×2 + recent posts (BM25, k1 = 1.2, IDF 1; terms stemmed per language: the brief's, the creator's and its posts'); Lang/Geo = share from the follower sample, else the creator's posts/profile (basis in inputs); Tier = 1 in range else exp(−|log10(f/bound)|/0.3); confidence = min(1, posts/12) · mean basis confidence",
		Inputs:     inputs,
		Reasons:    topReasons(reasons, 4),
	}, gates, undecided
}
