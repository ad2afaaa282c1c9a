package scoring

import (
	"fmt"
	"math"
	"strings"

	scout "github.com/scout-oss/scout"
)

// Evidence thresholds of every post-derived score (engagement_quality,
// brand_safety, audience_fit and so overall). Below MinPosts analysed posts
// a score is unknown (its Value is nil and Missing says so): two clean
// posts say nothing about a creator's brand safety, and an unknown must
// never read as a perfect 100. From MinPosts to FullPosts−1 the raw score
// is shrunk toward its cohort prior by the evidence weight w = n/FullPosts
// (settle); from FullPosts on it stands on its own. FullPosts is the
// engagement window (DefaultWindow) and the post count of full confidence.
const (
	MinPosts  = 3
	FullPosts = 12
)

// Prior is what a score is shrunk toward when it rests on few posts: the
// value a creator of the platform × tier cohort has before any of its own
// evidence, and where that value comes from.
type Prior struct {
	Value  float64 `json:"value"`
	Source string  `json:"source"`
}

// Priors of the post-derived scores (engagement_quality's depends on no
// constant: see eqPrior).
var (
	// brand_safety: Scout has no measured distribution of brand safety per
	// platform × tier cohort yet, so every cohort gets the same documented
	// constant: the lower edge of the "safe" band (scout.BandOf). A few
	// clean posts can so never look safer than the band's edge plus their
	// weight; they need twelve to reach 100.
	brandSafetyPrior = Prior{80, "heuristic constant for every platform × tier cohort: the lower edge of the safe band (no measured brand-safety distribution per cohort yet)"}
	// audience_fit: fit is relative to a brief, so no cohort knows it; 50
	// is the fit of a creator who matches the brief's hard constraints but
	// shows no topic evidence (Topic 0, Lang = Geo = Tier = 1).
	audienceFitPrior = Prior{50, "neutral constant: the fit of a creator in the brief's ranges with no topic evidence"}
)

// eqPrior is engagement_quality's prior for a cohort: by construction the
// cohort's median creator (robust z = 0, perf 0.5) scores 50, whether the
// cohort is a published benchmark or Scout's own calibrated percentiles.
func eqPrior(s *scout.Score) Prior {
	label := "the creator's platform × tier cohort"
	if c, ok := s.Inputs["cohort"].(map[string]any); ok {
		if l, ok := c["label"].(string); ok && l != "" {
			label = l
		}
	}
	return Prior{50, "the median creator of " + label + " (robust z = 0 scores 50)"}
}

// evidenceRule is the formula text every post-derived score carries.
const evidenceRule = "evidence: unknown (null) below 3 analysed posts; from 3 to 11, v = w·raw + (1−w)·prior with w = n/12"

// settle applies the evidence rule to a scorer's raw output: s is unknown
// below MinPosts analysed posts (n; which posts count, when not all the
// scanned ones, says which: " with engagement counts"), shrunk toward
// prior up to FullPosts. With onlyDown (brand safety) shrinking may lower a
// value but never raise it: risk seen in three posts is real risk, while
// cleanliness seen in three posts is thin evidence. s is modified and
// returned; a nil s stays nil.
func settle(s *scout.Score, n int, which string, prior Prior, onlyDown bool) *scout.Score {
	if s == nil {
		return nil
	}
	s.Formula += "; " + evidenceRule
	if s.Inputs == nil {
		s.Inputs = map[string]any{}
	}
	raw, ok := s.Float()
	if !ok {
		return s
	}
	if n < MinPosts {
		return unknown(s, fmt.Sprintf("posts: %d%s analysed, %d needed", n, which, MinPosts))
	}
	if n >= FullPosts {
		return s
	}
	w := float64(n) / FullPosts
	v := w*raw + (1-w)*prior.Value
	if onlyDown {
		v = math.Min(v, raw)
	}
	v = round(v, 1)
	s.Inputs["evidence"] = map[string]any{
		"posts": n, "counted": "posts" + which, "weight": round(w, 3), "raw": raw,
		"prior": prior.Value, "prior_source": prior.Source, "formula": "w·raw + (1−w)·prior, w = n/12",
	}
	if v != raw {
		s.Reasons = append([]string{fmt.Sprintf("only %d posts%s: raw %.1f shrunk toward the prior %.0f (evidence weight %.2f)", n, which, raw, prior.Value, w)}, s.Reasons...)
	}
	s.Value = &v
	return s
}

// unknown turns s into an unknown score that says what is missing; its
// inputs stay, so the reader sees what was measured.
func unknown(s *scout.Score, missing ...string) *scout.Score {
	s.Value = nil
	s.Confidence = 0
	s.Missing = append(s.Missing, missing...)
	s.Reasons = append([]string{"unknown: " + strings.Join(missing, "; ")}, s.Reasons...)
	return s
}

// eqMissing says why engagement_quality has no value when the scorer gave
// none: no usable posts, no follower count, or no benchmark.
func eqMissing(c *scout.Creator, eng scout.Engagement) string {
	switch {
	case eng.PostsAnalyzed == 0:
		return "engagement: no recent post with like or comment counts"
	case eng.RateByFollowers == nil && eng.RateByViews == nil:
		return "followers: count unknown (the engagement rate needs it)"
	}
	p := "this platform"
	if acc := c.PrimaryAccount(); acc != nil {
		p = string(acc.Platform)
	}
	return "benchmark: no engagement benchmark for " + p
}

// unknownScore is a score the scorer could not compute at all.
func unknownScore(version, formula string, missing ...string) *scout.Score {
	return unknown(&scout.Score{Version: version, Formula: formula + "; " + evidenceRule, Inputs: map[string]any{}}, missing...)
}
