package scoring

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"time"

	scout "github.com/scout-oss/scout"
)

// DefaultWindow is how many recent posts the engagement rate is the median
// of: HypeAuditor's Instagram ER uses the last 12 posts (market.md §3) and
// scoring.md §6.0 asks for at least 12 posts for a full-confidence score.
const DefaultWindow = 12

// VersionOverall is the overall scorer version.
const VersionOverall = "ov-2.0.0"

// Engine is Scout's scout.Scorer. Its zero value is ready to use with the
// defaults documented on each field, so callers only set what they change.
// An Engine is read-only while scoring and safe for concurrent use.
type Engine struct {
	// Window is the number of recent posts engagement is measured over;
	// 0 means DefaultWindow.
	Window int
	// Region decides whose disclosure rules apply when no brief says so:
	// scout.RegionUS (the default: the FTC's rules are the most widely
	// cited), RegionUK or RegionEU.
	Region string
	// Cohorts are the engagement benchmarks; nil means DefaultCohorts().
	// Set them from Calibrate to use Scout's own percentiles.
	Cohorts []Cohort
}

var _ scout.Scorer = (*Engine)(nil)

// New returns an Engine with the default settings. It exists so callers
// need not know that the zero value is the default.
func New() *Engine { return &Engine{} }

var defaultCohorts = DefaultCohorts()

func (e *Engine) window() int {
	if e == nil || e.Window <= 0 {
		return DefaultWindow
	}
	return e.Window
}

func (e *Engine) cohorts() []Cohort {
	if e == nil || e.Cohorts == nil {
		return defaultCohorts
	}
	return e.Cohorts
}

// region returns the brief's region, else the engine's, else US.
func (e *Engine) region(brief string) string {
	if brief != "" {
		return brief
	}
	if e != nil && e.Region != "" {
		return e.Region
	}
	return scout.RegionUS
}

// Score rates c as of now without a brief: engagement, engagement_quality,
// brand_safety (standard preset, the engine's disclosure region) and overall,
// with their flags, and the partnerships profile. It never mutates c. Scores and Flags are always non-nil
// so the JSON shows {} and [] rather than null. For a non-nil c the three
// scores are always present; a score the data cannot support has a nil
// Value and says what is missing (see settle).
func (e *Engine) Score(c *scout.Creator, now time.Time) scout.Assessment {
	a, pt := e.score(c, now, scout.BrandSafetyStandard, e.region(""))
	if c != nil {
		a.Scores["overall"] = overall(a.Scores, nil, nil, a.Flags, pt.analysed, nil)
	}
	sortFlags(a.Flags)
	return a
}

// parts carries what ScoreBrief needs beyond the Assessment.
type parts struct {
	bs       bsResult
	win      []measured
	acc      *scout.Account
	scan     []*scout.Post
	analysed int // posts scanned for brand safety and topic (scanned)
}

func (e *Engine) score(c *scout.Creator, now time.Time, preset, region string) (scout.Assessment, parts) {
	a := scout.Assessment{Scores: map[string]*scout.Score{}, Flags: []scout.Flag{}}
	n := e.window()
	if c == nil {
		a.Engagement = Engagement(c, now, n)
		return a, parts{}
	}
	// One window of the primary account serves engagement, its account
	// block and engagement quality: the newest n of the longer window
	// are the window of n.
	acc := c.PrimaryAccount()
	all, followers := accountWindow(c, acc, now, max(n, scanPosts))
	win := all
	if len(win) > n {
		win = win[:n]
	}
	a.Engagement = engagementOf(win, followers, n)
	a.AccountEngagement = accountEngagements(c, now, n, acc, a.Engagement)
	eq := e.engagementQuality(c, acc, all, win, a.Engagement, now)
	// The evidence rule (settle) is applied here, once, after each
	// scorer: the scorers compute raw values, the engine decides what
	// the evidence supports.
	if eq.score != nil {
		a.Scores["engagement_quality"] = settle(eq.score, len(win), " with engagement counts", eqPrior(eq.score), false)
	} else {
		a.Scores["engagement_quality"] = unknownScore(VersionEngagementQuality, "100 · 1/(1+e^(−z)) · Π(1 − penalty_k) against the platform × tier cohort", eqMissing(c, a.Engagement))
	}
	a.Flags = append(a.Flags, eq.flags...)

	posts := scanned(c, now)
	arena := tokenArenas.Get().(*textArena)
	texts, toks := postTexts(posts, arena.toks, arena.texts)
	defer putArena(arena, texts, toks)
	analysed := len(posts)
	d := analyzeDisclosure(posts, texts, platformLookup(c), region, ownerOf(c))
	bs := e.brandSafety(c, posts, texts, now, preset, d, eq.fake)
	a.Scores["brand_safety"] = settle(bs.score, analysed, "", brandSafetyPrior, true)
	a.Flags = append(a.Flags, bs.flags...)
	a.Flags = append(a.Flags, disclosureFlags(d)...)
	pp := partnerships(posts, d, all[:min(len(all), scanPosts)], followers)
	a.Partnerships = &pp
	return a, parts{bs: bs, win: win, acc: acc, scan: posts, analysed: analysed}
}

// scanned returns the newest scanPosts posts of every account of c,
// published by now, newest first (ties by id). Brand safety and disclosure
// read all of a creator's accounts; engagement reads only the primary one.
func scanned(c *scout.Creator, now time.Time) []*scout.Post {
	ps := make([]*scout.Post, 0, len(c.Posts))
	for i := range c.Posts {
		if !c.Posts[i].PublishedAt.After(now) {
			ps = append(ps, &c.Posts[i])
		}
	}
	slices.SortStableFunc(ps, newestFirst)
	if len(ps) > scanPosts {
		ps = ps[:scanPosts]
	}
	return ps
}

// newestFirst orders posts newest first, ties by id.
func newestFirst(a, b *scout.Post) int {
	if c := b.PublishedAt.Compare(a.PublishedAt); c != 0 {
		return c
	}
	return strings.Compare(a.ID, b.ID)
}

// postText is a post's scanned text (content warning, title, body) and its
// tokens, computed once per post and shared by every detector. prefix is
// the length of the content-warning and title part, for fold placement.
type postText struct {
	text   string
	toks   []token
	prefix int
}

// textArena holds the token and text arrays of a scored creator.
type textArena struct {
	toks  []token
	texts []postText
}

// tokenArenas keeps the token and text arrays of scored creators for the
// next one: nothing of a creator's tokens or texts outlives its scoring.
var tokenArenas = sync.Pool{New: func() any { return new(textArena) }}

// maxArena bounds the arrays kept (a creator of 50 long posts).
const maxArena = 1 << 14

func putArena(arena *textArena, texts []postText, toks []token) {
	if cap(toks) > maxArena || cap(texts) > maxArena {
		return
	}
	clear(toks) // no stale words kept alive
	clear(texts)
	arena.toks, arena.texts = toks[:0], texts[:0]
	tokenArenas.Put(arena)
}

// postTexts returns the texts of posts, in buf when it has room, and
// their tokens, appended to arena (which it returns, grown).
func postTexts(posts []*scout.Post, arena []token, buf []postText) ([]postText, []token) {
	if cap(buf) < len(posts) {
		buf = make([]postText, len(posts))
	}
	out := buf[:len(posts)]
	clear(out)
	n := 0
	for i, p := range posts {
		t := p.Text
		if p.Title != "" || p.ContentWarning != "" {
			t = p.ContentWarning + "\n" + p.Title + "\n" + p.Text
			out[i].prefix = len(p.ContentWarning) + len(p.Title) + 2
		}
		out[i].text = t
		n += len(t)/6 + 1
	}
	if cap(arena) < n {
		arena = make([]token, 0, n) // one allocation for every post's tokens
	}
	arena = arena[:0]
	// The texts lowered in one string: one copy per creator for all its
	// capitalised words.
	total := 0
	for i := range out {
		total += len(out[i].text)
	}
	var b strings.Builder
	b.Grow(total)
	for i := range out {
		lowerASCIIInto(&b, out[i].text)
	}
	low := b.String()
	for i := range out {
		k := len(arena)
		t := out[i].text
		arena = appendTokensLow(arena, t, low[:len(t)])
		low = low[len(t):]
		out[i].toks = arena[k:len(arena):len(arena)]
	}
	return out, arena
}

// platformLookup returns the platform of a post's account (the primary
// account's for posts without an account id).
func platformLookup(c *scout.Creator) func(*scout.Post) scout.Platform {
	var def scout.Platform
	if p := c.PrimaryAccount(); p != nil {
		def = p.Platform
	}
	return func(p *scout.Post) scout.Platform {
		for i := range c.Accounts {
			if c.Accounts[i].ID == p.AccountID {
				return c.Accounts[i].Platform
			}
		}
		return def
	}
}

// ownHandles are the creator's own handles, normalized, so self-mentions
// are not taken for brands.
func ownHandles(c *scout.Creator) map[string]bool {
	m := map[string]bool{}
	for _, a := range c.Accounts {
		h := strings.TrimPrefix(a.Handle, "@")
		if i := strings.IndexByte(h, '.'); i > 0 {
			h = h[:i]
		}
		for _, t := range tokenize(h) {
			m[t.norm] = true
		}
	}
	return m
}

var sevRank = map[string]int{scout.SeverityRed: 0, scout.SeverityWarn: 1, scout.SeverityInfo: 2}

// sortFlags orders flags by severity (red first), then code, so the JSON is
// stable and the worst news comes first.
func sortFlags(fs []scout.Flag) {
	slices.SortStableFunc(fs, func(a, b scout.Flag) int {
		if c := cmp.Compare(sevRank[a.Severity], sevRank[b.Severity]); c != 0 {
			return c
		}
		return strings.Compare(a.Code, b.Code)
	})
}

// Default overall weights: scoring.md §6.4 uses AF 0.40, EQ 0.30, BS 0.30;
// without a brief AF is absent and the other two are renormalised (0.5/0.5).
var defaultWeights = scout.BriefWeights{AudienceFit: 0.40, EngagementQuality: 0.30, BrandSafety: 0.30}

// overall combines the scores by a weighted geometric mean so a strong
// score cannot hide a weak one (scoring.md §6.4). It is unknown below
// MinPosts analysed posts (posts), whatever else is known. Gates come
// next: ineligible, or a failed brief gate (unsuitable or off topic: gates
// is non-empty), gives 0, a known failure that needs no more data. Otherwise every weighted part
// must be known (audience_fit only exists with a brief), and so must the
// brief's gates: undecided lists the gates the data could not decide, and
// any of them leaves overall unknown, listing what is missing.
func overall(scores map[string]*scout.Score, w *scout.BriefWeights, gates []string, flags []scout.Flag, posts int, undecided []string) *scout.Score {
	if w == nil || w.AudienceFit+w.EngagementQuality+w.BrandSafety == 0 {
		w = &defaultWeights
	}
	type part struct {
		key string
		w   float64
	}
	ps := []part{{"audience_fit", w.AudienceFit}, {"engagement_quality", w.EngagementQuality}, {"brand_safety", w.BrandSafety}}
	sumW, logSum, conf := 0.0, 0.0, 1.0
	inputs := map[string]any{}
	var reasons []reason
	var missing []string
	for _, p := range ps {
		s := scores[p.key]
		if p.w == 0 || s == nil && p.key == "audience_fit" {
			continue
		}
		v, ok := s.Float()
		if !ok {
			why := "not computed"
			if s != nil && len(s.Missing) > 0 {
				why = strings.Join(s.Missing, "; ")
			}
			missing = append(missing, p.key+": "+why)
			continue
		}
		sumW += p.w
		logSum += p.w * math.Log(math.Max(v, 1)/100)
		conf = math.Min(conf, s.Confidence)
		inputs[p.key] = map[string]float64{"value": v, "weight": p.w}
		reasons = append(reasons, reason{p.w * (100 - v), fmt.Sprintf("%s %.0f (weight %.2f)", p.key, v, p.w/(w.AudienceFit+w.EngagementQuality+w.BrandSafety))})
	}
	ineligible := false
	for _, f := range flags {
		if f.Code == scout.FlagIneligible {
			ineligible = true
		}
	}
	inputs["gates"] = append([]string{}, gates...)
	out := &scout.Score{
		Version: VersionOverall,
		Formula: "unknown below 3 analysed posts; else gates (ineligible, unsuitable or off topic ⇒ 0); else unknown while a weighted score or a brief gate is unknown; else 100 · Π_k (score_k/100)^(w_k/Σw); weights AF 0.40, EQ 0.30, BS 0.30 unless the brief sets them (without a brief EQ and BS weigh equally)",
		Inputs:  inputs,
	}
	switch {
	case posts < MinPosts:
		if len(missing) == 0 {
			missing = []string{fmt.Sprintf("posts: %d analysed, %d needed", posts, MinPosts)}
		}
		return unknown(out, missing...)
	case ineligible:
		reasons = append(reasons, reason{1e6, "ineligible: confirmed brand-safety floor hit"})
	case len(gates) > 0:
		reasons = append(reasons, reason{1e5, "excluded by the brief: " + strings.Join(gates, "; ")})
	case len(missing) > 0 || len(undecided) > 0:
		if len(undecided) > 0 {
			inputs["undecided_gates"] = undecided
		}
		return unknown(out, append(missing, undecided...)...)
	}
	v := 0.0
	if !ineligible && len(gates) == 0 {
		v = 100 * math.Exp(logSum/sumW)
	}
	if sumW == 0 {
		conf = 0
	}
	out.Value = scout.Float64(round(v, 1))
	out.Confidence = round(conf, 2)
	out.Reasons = topReasons(reasons, 4)
	return out
}
