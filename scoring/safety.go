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
const VersionBrandSafety = "bs-2.5.1"

// Brand-safety aggregation constants (scoring.md §6.3, heuristic):
// penalty_c = tol · Σ_l P_l·(1 − e^(−n_{c,l})) with P_High 50 (Floor
// counts as High), P_Medium 20, P_Low 4, where n_{c,l} is the sum of the
// recency weights 0.5^(age_days/180) (scoring.md §6.0) of posts at level l.
// One recent high-level post costs about 32 points, two about 43.
const (
	penHigh           = 50.0
	penMedium         = 20.0
	penLow            = 4.0
	penScale          = 1.0
	recencyHalfLife   = 180.0
	minFlagWeight     = 0.25 // medium hits older than ~a year do not flag (scoring.md §6.3 exclusion rule w ≥ 0.25)
	floorCandidateCap = 40.0 // unconfirmed floor: "needs human review", BS capped at 40 (scoring.md §6.3)
	fakeInfluencePen  = 15.0 // signs of inauthentic influence, scaled by their confidence (scoring.md §6.3)
	scanPosts         = 50   // newest posts scanned (scoring.md §6.0)
	profanityDensity  = 0.10 // strong language in ≥ 2 posts that are ≥ 10% of the posts ⇒ medium
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
	cat        int // index in Categories; -1 for a category-less platform floor
	level      int // after context
	base       int
	match      string
	at         int
	start, end int // the matched span (for quoting)
	text       string
	post       *scout.Post
	bioURL     string
	weight     float64
	context    string // "quoted: capped at low", "promotion cue ...", "platform label"
	rule       string
	obf        bool // found only through obfuscated words
	sure       bool // an unambiguous floor kind: one is enough to confirm
	instr      bool // instruction in evading detection: a teaching cue is part of it, not a lowering context
	structure  bool // raised by a structure of two or more concepts in one text (a sale only with a direct line: a contact, a link, a price), or by hints corroborated across texts
	pattern    bool // raised by a rule over concepts, not a single entry
	quoted     bool // every word of it but its selling cues is inside quotation marks
	call       bool // a threat in the post's own voice: a creator's context does not lower it
	sells      bool // a structure completed by a direct line in the post (a drug and a contact): a sale no creator context lowers
	framed     bool // raised by shock or thrill framing ("brutal", "uncut"), which in a review is the critic's adjective
	lowered    bool // context lowered it
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

func (e *Engine) brandSafety(c *scout.Creator, posts []*scout.Post, texts []postText, now time.Time, preset string, disc discResult, fake []sign) bsResult {
	var r bsResult
	tol := presetTolerance[preset]
	var hitsByCat [12][]*bsHit
	var hidden []*bsHit
	profanePosts := 0
	uncovered := 0
	sc := getScanner()
	defer putScanner(sc)
	scans := sc.scansFor(len(posts))
	weights := make([]float64, len(posts))
	for i, p := range posts {
		weights[i] = recency(p, now)
		lang := postLanguage(p, c)
		scans[i] = sc.scan(texts[i].text, texts[i].toks, lang)
		if lang != "" && !coveredLanguage(lang) {
			uncovered++
		}
	}
	var bios []bioScan
	if c != nil {
		lang := postLanguage(nil, c)
		for i := range c.Accounts {
			if a := &c.Accounts[i]; a.Bio != "" {
				toks := tokenize(a.Bio)
				bios = append(bios, bioScan{text: a.Bio, url: a.URL, toks: toks, scan: sc.scan(a.Bio, toks, lang)})
			}
		}
	}
	pc := creatorContext(c, bios, scans)
	pc.shop, pc.goods = shopBits(bios)
	lowered, obfOnly := 0, map[int]bool{}
	for i, p := range posts {
		text := texts[i].text
		hits, prof := assessText(text, texts[i].toks, scans[i], pc)
		if len(prof) > 0 {
			profanePosts++
		}
		w := weights[i]
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
			h.cat = categoryIndex(pl.cat)
			if old := hits[h.cat]; old == nil || old.level < h.level {
				hits[h.cat] = h
			}
		}
		for ci, h := range hits {
			if h == nil {
				continue
			}
			h.post, h.weight = p, w
			if h.lowered {
				lowered++
			}
			hitsByCat[ci] = append(hitsByCat[ci], h)
		}
	}
	for _, b := range bios {
		bpc := pc
		bpc.shop = conceptBits{} // a bio is not its own shop sign
		hits, _ := assessText(b.text, b.toks, b.scan, bpc)
		for ci, h := range hits {
			if h != nil {
				h.bioURL, h.weight = b.url, 1
				h.rule += " (bio)"
				hitsByCat[ci] = append(hitsByCat[ci], h)
			}
		}
	}
	// Coded hints corroborated across texts (safety_hints.go) raise a
	// category that the posts alone leave lower.
	hts := sc.hintTexts(len(posts) + len(bios))
	for i, p := range posts {
		hts = append(hts, hintText{text: texts[i].text, scan: &scans[i], post: p, weight: weights[i]})
	}
	for i := range bios {
		hts = append(hts, hintText{text: bios[i].text, scan: &bios[i].scan, bioURL: bios[i].url, weight: 1})
	}
	for _, h := range hintHits(hts, pc) {
		if raises(hitsByCat[h.cat], h.level) {
			if h.lowered {
				lowered++
			}
			hitsByCat[h.cat] = append(hitsByCat[h.cat], h)
		}
	}

	// Strong language used often is medium: profanity in at least three
	// posts, or in two that are at least a tenth of the posts scanned.
	if n := len(posts); n > 0 && (profanePosts >= 3 || profanePosts >= 2 && float64(profanePosts)/float64(n) >= profanityDensity) {
		for _, h := range hitsByCat[profanityIndex] {
			if h.level < LevelMedium && h.post != nil && !h.lowered {
				h.level = LevelMedium
				h.context = fmt.Sprintf("strong language in %d of %d posts: medium", profanePosts, n)
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
		floorPosts, highPosts, sure, structured, pattern := 0, 0, false, false, false
		for _, h := range hs {
			n[h.level] += h.weight
			r.maxWeight[ci][h.level] = math.Max(r.maxWeight[ci][h.level], h.weight)
			r.maxLevel[ci] = max(r.maxLevel[ci], h.level)
			switch h.level {
			case LevelFloor:
				floorPosts++
				sure = sure || h.sure
				structured = structured || h.structure && !h.obf
				pattern = pattern || h.pattern && !h.obf
			case LevelHigh:
				highPosts++
			}
		}
		pen := tol * (penHigh*(1-math.Exp(-(n[LevelHigh]+n[LevelFloor])/penScale)) + penMedium*(1-math.Exp(-n[LevelMedium]/penScale)) + penLow*(1-math.Exp(-n[LevelLow]/penScale)))
		total += pen
		cat := Categories[ci]
		perCat[cat] = map[string]any{"max_level": LevelName(r.maxLevel[ci]), "weighted_posts": map[string]float64{
			"floor": round(n[LevelFloor], 3), "high": round(n[LevelHigh], 3), "medium": round(n[LevelMedium], 3), "low": round(n[LevelLow], 3)},
			"penalty": round(pen, 2)}
		if pen > 0 {
			reasons = append(reasons, reason{pen, fmt.Sprintf("%s: %d post(s), max level %s (e.g. %q) −%.0f", cat, len(hs), LevelName(r.maxLevel[ci]), hs[0].match, pen)})
		}
		// A single floor hit confirms when it is unambiguous, sits beside a
		// high one, comes from a structure of concepts (not one word; a
		// sale only with a direct line) that another text of the category
		// supports, or comes from any pattern of concepts (not one word)
		// written by a creator without a professional context, fewer than a
		// quarter of whose posts report, teach or review: reviewers read one
		// clear floor post as enough.
		confirmed := floorPosts >= 2 || floorPosts == 1 && (sure || highPosts >= 1 || structured && len(hs) >= 2 || pattern && !pc.on && 4*pc.support < len(posts))
		if confirmed {
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
		allObf := true
		for _, h := range hs {
			if h.level >= LevelMedium {
				allObf = allObf && h.obf
				if len(ev) < 5 {
					ev = append(ev, h.evidence())
				}
			}
		}
		if allObf {
			obfOnly[ci] = true
		}
		sev := scout.SeverityWarn
		if lv >= LevelHigh {
			sev = scout.SeverityRed
		}
		msg := fmt.Sprintf("%d post(s) at %s risk or above in GARM category %s", countAtLeast(hs, LevelMedium), LevelName(lv), cat)
		if lv == LevelFloor && !confirmed {
			msg += "; a single floor-level hit needs human review"
		}
		if allObf {
			msg += "; found only in obfuscated words"
		}
		r.flags = append(r.flags, scout.Flag{Code: "brand_safety:" + cat, Severity: sev, Level: LevelName(lv), Message: msg, Evidence: ev})
	}
	for _, h := range hidden {
		r.ineligible = true
		floorEv = append(floorEv, h.evidence())
	}
	if r.ineligible {
		r.flags = append(r.flags, scout.Flag{Code: "ineligible", Severity: scout.SeverityRed, Level: "floor",
			Message: "confirmed brand-safety floor content (two floor-level posts in one category, one beside a high-level post, one unambiguous case such as glorifying an attack, gore for shock, a slur aimed at a person or sexual content involving minors, one structured case such as a sale with its contact or a scam's claim step, one floor pattern of several concepts from a creator with no professional context, or a platform takedown label): not appropriate for any brand", Evidence: floorEv})
	}

	// Disclosure and fake-influence penalties.
	d := disc.penalty()
	if d > 0 {
		reasons = append(reasons, reason{d, fmt.Sprintf("%d likely sponsored post(s): %d undisclosed, %d weakly disclosed under %s rules −%.0f",
			disc.sponsored, disc.none, disc.weak, strings.ToUpper(disc.region), d)})
	}
	f, why := inauthenticPenalty(fake)
	if f > 0 {
		reasons = append(reasons, reason{f, why})
	}
	v := math.Max(0, 100-total-d-f)
	switch {
	case r.ineligible:
		v = 0
		reasons = append(reasons, reason{1000, "confirmed floor content: ineligible"})
	case floorCandidate && v > floorCandidateCap:
		v = floorCandidateCap
		reasons = append(reasons, reason{999, "unconfirmed floor-level hit: capped at 40 pending human review"})
	}
	if len(reasons) == 0 {
		reasons = append(reasons, reason{0, fmt.Sprintf("no risk terms or platform labels in %d posts scanned", len(posts))})
	}
	// Confidence: sample size, then detection uncertainty.
	conf := math.Min(1, float64(len(posts))/confPostsFor)
	uncertain := []string{}
	if len(posts) > 0 && uncovered > 0 {
		conf *= 1 - 0.5*float64(uncovered)/float64(len(posts))
		uncertain = append(uncertain, fmt.Sprintf("%d post(s) in languages without a lexicon", uncovered))
	}
	if len(obfOnly) > 0 {
		conf *= 0.8
		uncertain = append(uncertain, "a flag rests only on obfuscated words")
	}
	if lowered > 0 {
		conf *= 0.9
		uncertain = append(uncertain, fmt.Sprintf("context lowered %d hit(s)", lowered))
	}
	inputs := map[string]any{
		"posts_scanned":   len(posts),
		"preset":          preset,
		"tolerance":       tol,
		"categories":      perCat,
		"lexicon":         LexiconVersion + " (lexicon/<lang>/<category>.txt; GARM categories and levels per IAB CT 3.1; profanity seeded from LDNOOBW, CC-BY-4.0)",
		"disclosure":      disc.inputs(),
		"fake_influence":  fake,
		"recency":         "0.5^(age_days/180)",
		"languages_lexed": strings.Join(LexiconLanguages, ", "),
		"uncertainty":     uncertain,
	}
	if pc.on {
		inputs["context"] = map[string]any{"role": pc.role, "bio": pc.bioURL, "supporting_posts": pc.support}
	}
	r.score = &scout.Score{
		Value:      scout.Float64(round(v, 1)),
		Version:    VersionBrandSafety,
		Confidence: round(conf, 2),
		Formula:    "max(0, 100 − Σ_c tol·(50·(1−e^(−n_high)) + 20·(1−e^(−n_medium)) + 4·(1−e^(−n_low))) − D − F); n = Σ recency weights 0.5^(age_days/180) of posts at that level (floor counts as high); confirmed floor ⇒ 0, unconfirmed floor ⇒ ≤ 40; D = disclosure penalty, F = 15 × the highest confidence among red authenticity signs (follower spike, suspicious followers, pod); confidence = min(1, posts/12)·(1 − 0.5·share of posts in languages without a lexicon)·(0.8 if a flag rests only on obfuscated words)·(0.9 if context lowered a hit)",
		Inputs:     inputs,
		Reasons:    topReasons(reasons, 4),
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
	_, ok := stemmers[strings.ToLower(l)]
	return ok
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

// platformLabels maps platform moderation labels to GARM category and
// level (scoring.md §1.3, §6.3 item 3: Bluesky/atproto labels; "!hide" is
// a moderator takedown and a confirmed floor of no specific category).
var platformLabels = map[string]struct {
	cat   string
	level int
}{
	"!hide":         {"", LevelFloor},
	"porn":          {"adult", LevelHigh},
	"sexual":        {"adult", LevelMedium},
	"nudity":        {"adult", LevelLow},
	"graphic-media": {"death_injury", LevelHigh},
	"gore":          {"death_injury", LevelHigh},
}
