package scoring

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	scout "github.com/scout-oss/scout"
)

// VersionBrandSafety is the brand_safety scorer version (see
// VersionEngagementQuality for why versions exist).
const VersionBrandSafety = "bs-2.0.0"

// Brand-safety aggregation constants (scoring.md §6.3, heuristic):
// penalty_c = tol · Σ_l P_l·(1 − e^(−n_{c,l}/2)) with P_High 40 (Floor
// counts as High), P_Medium 15, P_Low 4, where n_{c,l} is the sum of the
// recency weights 0.5^(age_days/180) (scoring.md §6.0) of posts at level l.
const (
	penHigh           = 40.0
	penMedium         = 15.0
	penLow            = 4.0
	recencyHalfLife   = 180.0
	minFlagWeight     = 0.25 // medium hits older than ~a year do not flag (scoring.md §6.3 exclusion rule w ≥ 0.25)
	floorCandidateCap = 40.0 // unconfirmed floor: "needs human review", BS capped at 40 (scoring.md §6.3)
	fakeInfluencePen  = 15.0 // 16 CFR 465.8 fake indicators of influence (scoring.md §6.3)
	scanPosts         = 50   // newest posts scanned (scoring.md §6.0)
	profanityDensity  = 0.20 // >20% of posts profane ⇒ High (scoring.md §6.3 item 5)
)

// presetTolerance scales penalties per brand-safety preset (scoring.md §6.3:
// Limited 2.0, Standard 1.0, Expanded 0.5).
var presetTolerance = map[string]float64{
	scout.BrandSafetyLimited: 2, scout.BrandSafetyStandard: 1, scout.BrandSafetyExpanded: 0.5,
}

// excludedFrom returns the lowest level that a preset excludes for a
// category (scoring.md §6.3 presets, mirroring Google Ads inventory tiers).
func excludedFrom(preset, cat string) int {
	switch preset {
	case scout.BrandSafetyLimited:
		switch cat {
		case "adult", "drugs_alcohol", "hate", "profanity", "sensitive_issues", "misinformation":
			return LevelLow
		}
		return LevelMedium
	case scout.BrandSafetyExpanded:
		return LevelHigh
	}
	return LevelMedium
}

// bsHit is one category hit in one post (or bio).
type bsHit struct {
	cat     int // index in Categories; -1 for a category-less platform floor
	level   int // after context
	base    int
	match   string
	at      int
	text    string
	post    *scout.Post
	bioURL  string
	weight  float64
	context string // "news/education cue: capped at low", "promotion cue: +1", "platform label"
	rule    string
}

// scanText finds, per category, the strongest hit in one text.
func scanText(text string) (hits [12]*bsHit, profane []string) {
	return scanTokens(text, tokenize(text))
}

// scanTokens is scanText over already tokenized text.
func scanTokens(text string, toks []token) (hits [12]*bsHit, profane []string) {
	if len(toks) == 0 {
		return
	}
	var masked []bool
	for i := range toks {
		if n := exceptions.matchAt(toks, i); n > 0 {
			if masked == nil {
				masked = make([]bool, len(toks))
			}
			for k := i; k < i+n; k++ {
				masked[k] = true
			}
		}
	}
	var seenProf map[string]bool
	for i := range toks {
		gis, ok := lexIndex[toks[i].norm]
		if !ok || masked != nil && masked[i] {
			continue
		}
		for _, gi := range gis {
			g := &compiled[gi]
			n := g.set.matchAt(toks, i)
			if n == 0 {
				continue
			}
			if masked != nil && masked[i+n-1] {
				continue
			}
			if Categories[g.cat] == "profanity" {
				if seenProf == nil {
					seenProf = map[string]bool{}
				}
				if !seenProf[toks[i].norm] {
					seenProf[toks[i].norm] = true
					profane = append(profane, text[toks[i].start:toks[i+n-1].end])
				}
			}
			if h := hits[g.cat]; h == nil || g.level > h.base {
				hits[g.cat] = &bsHit{cat: g.cat, base: g.level, level: g.level,
					match: text[toks[i].start:toks[i+n-1].end], at: toks[i].start, text: text}
			}
		}
	}
	if len(profane) > 0 {
		h := hits[profanityIndex]
		switch n := len(profane); {
		case n >= 4:
			h.base = LevelHigh
		case n >= 2:
			h.base = LevelMedium
		}
		h.match = strings.Join(profane, ", ")
		h.level = h.base
	}
	any := false
	for _, h := range hits {
		any = any || h != nil
	}
	if !any {
		return
	}
	lower := lowerCues.contains(toks)
	raise := raiseCues.contains(toks)
	for _, h := range hits {
		if h == nil {
			continue
		}
		switch {
		case raise:
			h.level = min(LevelFloor, h.base+1)
			if i, n := raiseCues.find(toks); i >= 0 {
				h.context = "promotion cue \"" + text[toks[i].start:toks[i+n-1].end] + "\": +1 level"
			}
		case lower:
			h.level = min(h.base, LevelLow)
			if i, n := lowerCues.find(toks); i >= 0 {
				h.context = "news/education/awareness cue \"" + text[toks[i].start:toks[i+n-1].end] + "\": capped at low"
			}
		}
	}
	return
}

var profanityIndex = func() int {
	for i, c := range Categories {
		if c == "profanity" {
			return i
		}
	}
	panic("no profanity category")
}()

// bsResult is brand_safety's output plus the per-category levels gates use.
type bsResult struct {
	score      *scout.Score
	flags      []scout.Flag
	maxLevel   [12]int
	maxWeight  [12][5]float64 // max recency weight per category and level
	ineligible bool
	hits       []*bsHit
}

// recency is the weight 0.5^(age_days/180) of a post (scoring.md §6.0).
func recency(p *scout.Post, now time.Time) float64 {
	age := now.Sub(p.PublishedAt).Hours() / 24
	if age < 0 {
		age = 0
	}
	return math.Pow(0.5, age/recencyHalfLife)
}

func (e *Engine) brandSafety(c *scout.Creator, posts []*scout.Post, texts []postText, now time.Time, preset string, disc discResult, fake []string) bsResult {
	var r bsResult
	tol := presetTolerance[preset]
	var hitsByCat [12][]*bsHit
	var hidden []*bsHit
	profanePosts := 0
	uncovered := 0
	for i, p := range posts {
		text, toks := texts[i].text, texts[i].toks
		hits, prof := scanTokens(text, toks)
		if len(prof) > 0 {
			profanePosts++
		}
		w := recency(p, now)
		for _, l := range p.Labels {
			pl, ok := platformLabels[strings.ToLower(l)]
			if !ok {
				continue
			}
			h := &bsHit{cat: -1, base: pl.level, level: pl.level, match: "label:" + l, text: text, post: p, weight: w,
				context: "platform moderation label", rule: "platform_label:" + l + "@" + VersionBrandSafety}
			if pl.cat == "" {
				hidden = append(hidden, h)
				continue
			}
			for i, c := range Categories {
				if c == pl.cat {
					h.cat = i
				}
			}
			if old := hits[h.cat]; old == nil || old.level < h.level {
				hits[h.cat] = h
			}
		}
		for ci, h := range hits {
			if h == nil {
				continue
			}
			h.post, h.weight = p, w
			if h.rule == "" {
				h.rule = "lexicon:" + Categories[ci] + "@" + LexiconVersion
			}
			hitsByCat[ci] = append(hitsByCat[ci], h)
		}
		if p.Language != "" && !coveredLanguage(p.Language) {
			uncovered++
		}
	}
	if c != nil {
		for i := range c.Accounts {
			a := &c.Accounts[i]
			if a.Bio == "" {
				continue
			}
			hits, _ := scanText(a.Bio)
			for ci, h := range hits {
				if h != nil {
					h.bioURL, h.weight = a.URL, 1
					h.rule = "lexicon:" + Categories[ci] + "@" + LexiconVersion + " (bio)"
					hitsByCat[ci] = append(hitsByCat[ci], h)
				}
			}
		}
	}

	// Profanity density raises the category to High.
	if n := len(posts); n > 0 && profanePosts >= 3 && float64(profanePosts)/float64(n) > profanityDensity {
		for _, h := range hitsByCat[profanityIndex] {
			if h.level < LevelHigh {
				h.level = LevelHigh
				h.context = fmt.Sprintf("profanity in %d of %d posts (> 20%%): high", profanePosts, n)
			}
		}
	}

	total := 0.0
	var reasons []reason
	perCat := map[string]any{}
	floorCandidate := false
	var floorEv []scout.Evidence
	for ci, hs := range hitsByCat {
		if len(hs) == 0 {
			continue
		}
		var n [5]float64
		floorPosts := 0
		for _, h := range hs {
			n[h.level] += h.weight
			r.maxWeight[ci][h.level] = math.Max(r.maxWeight[ci][h.level], h.weight)
			r.maxLevel[ci] = max(r.maxLevel[ci], h.level)
			if h.level == LevelFloor {
				floorPosts++
			}
		}
		pen := tol * (penHigh*(1-math.Exp(-(n[LevelHigh]+n[LevelFloor])/2)) + penMedium*(1-math.Exp(-n[LevelMedium]/2)) + penLow*(1-math.Exp(-n[LevelLow]/2)))
		total += pen
		cat := Categories[ci]
		perCat[cat] = map[string]any{"max_level": LevelName(r.maxLevel[ci]), "weighted_posts": map[string]float64{
			"floor": round(n[LevelFloor], 3), "high": round(n[LevelHigh], 3), "medium": round(n[LevelMedium], 3), "low": round(n[LevelLow], 3)},
			"penalty": round(pen, 2)}
		if pen > 0 {
			reasons = append(reasons, reason{pen, fmt.Sprintf("%s: %d post(s), max level %s (e.g. %q) −%.0f", cat, len(hs), LevelName(r.maxLevel[ci]), hs[0].match, pen)})
		}
		if floorPosts >= 2 {
			r.ineligible = true
		}
		if floorPosts > 0 {
			floorCandidate = true
			for _, h := range hs {
				if h.level == LevelFloor && len(floorEv) < 5 {
					floorEv = append(floorEv, h.evidence())
				}
			}
		}
		// Flag at medium and above (scoring.md §6.3: standard preset
		// excludes ≥ medium); a medium hit must be recent enough to count.
		lv := r.maxLevel[ci]
		if lv < LevelMedium || lv == LevelMedium && r.maxWeight[ci][LevelMedium] < minFlagWeight {
			continue
		}
		sort.SliceStable(hs, func(i, j int) bool {
			if hs[i].level != hs[j].level {
				return hs[i].level > hs[j].level
			}
			return hs[i].weight > hs[j].weight
		})
		var ev []scout.Evidence
		for _, h := range hs {
			if h.level >= LevelMedium && len(ev) < 5 {
				ev = append(ev, h.evidence())
			}
		}
		sev := scout.SeverityWarn
		if lv >= LevelHigh {
			sev = scout.SeverityRed
		}
		msg := fmt.Sprintf("%d post(s) at %s risk or above in GARM category %s", countAtLeast(hs, LevelMedium), LevelName(lv), cat)
		if lv == LevelFloor && floorPosts < 2 {
			msg += "; a single floor-level hit needs human review"
		}
		r.flags = append(r.flags, scout.Flag{Code: "brand_safety:" + cat, Severity: sev, Level: LevelName(lv), Message: msg, Evidence: ev})
	}
	for _, h := range hidden {
		r.ineligible = true
		floorEv = append(floorEv, h.evidence())
	}
	if r.ineligible {
		r.flags = append(r.flags, scout.Flag{Code: "ineligible", Severity: scout.SeverityRed, Level: "floor",
			Message: "confirmed brand-safety floor hit (two or more floor-level posts in one category, or a platform takedown label): not appropriate for any brand", Evidence: floorEv})
	}

	// Disclosure and fake-influence penalties.
	d := disc.penalty()
	if d > 0 {
		reasons = append(reasons, reason{d, fmt.Sprintf("%d likely sponsored post(s): %d undisclosed, %d weakly disclosed under %s rules −%.0f",
			disc.sponsored, disc.none, disc.weak, strings.ToUpper(disc.region), d)})
	}
	f := 0.0
	if len(fake) > 0 {
		f = fakeInfluencePen
		reasons = append(reasons, reason{f, "signs of bought influence (" + strings.Join(fake, ", ") + "), illegal to buy in the US since 2024 (16 CFR 465.8) −15"})
	}
	v := math.Max(0, 100-total-d-f)
	switch {
	case r.ineligible:
		v = 0
		reasons = append(reasons, reason{1000, "confirmed floor hit: ineligible"})
	case floorCandidate && v > floorCandidateCap:
		v = floorCandidateCap
		reasons = append(reasons, reason{999, "unconfirmed floor-level hit: capped at 40 pending human review"})
	}
	if len(reasons) == 0 {
		reasons = append(reasons, reason{0, fmt.Sprintf("no risk terms or platform labels in %d posts scanned", len(posts))})
	}
	conf := math.Min(1, float64(len(posts))/confPostsFor)
	if len(posts) > 0 {
		conf *= 1 - 0.5*float64(uncovered)/float64(len(posts))
	}
	r.score = &scout.Score{
		Value:      scout.Float64(round(v, 1)),
		Version:    VersionBrandSafety,
		Confidence: round(conf, 2),
		Formula:    "max(0, 100 − Σ_c tol·(40·(1−e^(−n_high/2)) + 15·(1−e^(−n_medium/2)) + 4·(1−e^(−n_low/2))) − D − F); n = Σ recency weights 0.5^(age_days/180); confirmed floor ⇒ 0, unconfirmed floor ⇒ ≤ 40; D = disclosure penalty, F = 15 for fake-influence signs; confidence = min(1, posts/12)·(1 − 0.5·share of posts in languages without a lexicon)",
		Inputs: map[string]any{
			"posts_scanned":   len(posts),
			"preset":          preset,
			"tolerance":       tol,
			"categories":      perCat,
			"lexicon":         LexiconVersion + " (GARM categories/levels per IAB CT 3.1; profanity seeded from LDNOOBW, CC-BY-4.0)",
			"disclosure":      disc.inputs(),
			"fake_influence":  fake,
			"recency":         "0.5^(age_days/180)",
			"languages_lexed": "en, es, de, it, fr",
		},
		Reasons: topReasons(reasons, 4),
	}
	return r
}

func countAtLeast(hs []*bsHit, l int) int {
	n := 0
	for _, h := range hs {
		if h.level >= l {
			n++
		}
	}
	return n
}

func coveredLanguage(l string) bool {
	switch strings.ToLower(l) {
	case "en", "es", "de", "it", "fr":
		return true
	}
	return false
}

func (h *bsHit) evidence() scout.Evidence {
	rule := h.rule + " level=" + LevelName(h.level)
	if h.base != h.level {
		rule += " base=" + LevelName(h.base)
	}
	if h.context != "" {
		rule += " (" + h.context + ")"
	}
	if h.post == nil {
		return scout.Evidence{URL: h.bioURL, Excerpt: excerpt(h.text, h.at, 120), Match: h.match, Rule: rule}
	}
	return postEvidence(h.post, h.at, h.text, h.match, rule)
}
