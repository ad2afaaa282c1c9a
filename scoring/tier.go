package scoring

import (
	"fmt"
	"sort"

	scout "github.com/scout-oss/scout"
)

// tierView is the engagement rate of a creator against its cohort, on the
// basis the score uses and, for video judged by views, also by followers,
// with the spread of the per-post rates, so the tier flags can ask "on most
// posts", not only "on the median post".
type tierView struct {
	platform  scout.Platform
	followers int64
	basis     string
	rate      float64
	z         float64
	cohort    *Cohort
	// zLow and zHigh are the robust z of the lower and upper quartile of
	// the per-post rates on the same basis: most posts sit between them.
	zLow, zHigh float64
	// byFollowers is the same view by followers for video judged by views
	// (nil otherwise, or without a follower benchmark); reach is the
	// median views per follower then.
	byFollowers *tierView
	reach       float64
	posts       int
	conf        float64
}

// newTierView measures rate on basis against cohort over the window.
func newTierView(p scout.Platform, followers int64, basis string, rate float64, cohort *Cohort, win []measured, conf float64) *tierView {
	tv := &tierView{platform: p, followers: followers, basis: basis, rate: rate, z: cohort.z(rate), cohort: cohort, conf: conf}
	var xs []float64
	for _, m := range win {
		switch {
		case basis == BasisViews && m.hasViews:
			xs = append(xs, m.erViews)
		case basis == BasisFollowers && followers > 0:
			xs = append(xs, m.erFollow)
		}
	}
	tv.posts = len(xs)
	tv.zLow, tv.zHigh = tv.z, tv.z
	if len(xs) > 0 {
		sort.Float64s(xs)
		tv.zLow = cohort.z(quantile(xs, 0.25))
		tv.zHigh = cohort.z(quantile(xs, 0.75))
	}
	return tv
}

// corroboration names the other checks at warn or red that point to
// inauthentic engagement (few comments per like, flat counts, generic
// comments, a pod, automated-looking followers), for a small account whose
// rate alone is not enough.
func corroboration(checks []Check) []string {
	var out []string
	for _, ch := range checks {
		if ch.Status != StatusWarn && ch.Status != StatusRed {
			continue
		}
		switch ch.Name {
		case "comment_like_ratio":
			if ch.Value != nil && *ch.Value < 0.01 {
				out = append(out, "few comments per like")
			}
		case "flat_engagement", "generic_comments", "engagement_pod", "suspicious_followers":
			out = append(out, ch.Name)
		}
	}
	return out
}

// Tier-flag lines beyond the cohort's z-scores (heuristic): a typical
// video that reaches under 2% of the followers means most of the audience
// never watches (healthy channels reach several times that); under 10,000
// followers a rate above 10× the cohort median is implausible even for a
// close community.
const (
	reachLow        = 0.02
	nanoImplausible = 10.0
)

// tierFlags decides engagement_below_tier and engagement_above_tier.
//
//   - Below: the median post and three in four posts sit below the
//     cohort's warn line (z < −2.24), so one quiet stretch or a rate at the
//     edge of the band does not flag; or, for video judged by views, the
//     rate by followers is below its line and a typical video reaches
//     under 2% of the followers: the few who watch engage normally, but
//     most of the audience never watches.
//   - Above: the median post and three in four posts sit beyond the red
//     line (z > 3.5), so one viral post does not flag; for video judged by
//     views, likes per view and likes per follower are both beyond the warn
//     line. Under 10,000 followers a close community can engage far above
//     the band, so another sign (few comments per like, flat counts,
//     generic comments, a pod, automated-looking followers) must agree,
//     unless the rate is above 10× the cohort median.
func tierFlags(tv *tierView, checks []Check, win []measured) []scout.Flag {
	if tv == nil {
		return nil
	}
	typical := pct(tv.cohort.Low) + "–" + pct(tv.cohort.High)
	ev := windowEvidence(win, "er_vs_tier@"+VersionEngagementQuality)
	conf := fmt.Sprintf(" (confidence %.2f)", tv.conf)
	f := tv.byFollowers
	switch {
	case tv.z < -zWarn && tv.zHigh < -zWarn:
		sev := scout.SeverityWarn
		if tv.z < -zRed {
			sev = scout.SeverityRed
		}
		return []scout.Flag{{Code: "engagement_below_tier", Severity: sev,
			Message: fmt.Sprintf("median engagement %s by %s, and three in four posts, far below the %s typical for %s (robust z %.1f): signs of an inactive or inflated audience",
				pct(tv.rate), tv.basis, typical, tv.cohort.Label, tv.z) + conf,
			Evidence: ev}}
	case f != nil && f.z < -zWarn && tv.z >= -zWarn && tv.reach < reachLow:
		sev := scout.SeverityWarn
		if f.z < -zRed {
			sev = scout.SeverityRed
		}
		return []scout.Flag{{Code: "engagement_below_tier", Severity: sev,
			Message: fmt.Sprintf("viewers engage normally (%s by views), but a typical video reaches %s of the followers and engagement per follower is %s, far below the %s typical for %s (robust z %.1f): most of the audience does not watch; signs of an inactive or inflated audience",
				pct(tv.rate), pct(tv.reach), pct(f.rate), pct(f.cohort.Low)+"–"+pct(f.cohort.High), f.cohort.Label, f.z) + conf,
			Evidence: ev}}
	}
	above, why := false, ""
	switch {
	case tv.z > zRed && tv.zLow > zRed:
		above = true
		why = fmt.Sprintf("median engagement %s by %s, and three in four posts, far above the %s typical for %s (robust z %.1f)", pct(tv.rate), tv.basis, typical, tv.cohort.Label, tv.z)
	case f != nil && tv.z > zWarn && f.z > zWarn:
		above = true
		why = fmt.Sprintf("engagement per view %s (typical %s for %s, robust z %.1f) and per follower %s (typical %s, robust z %.1f) are both far above normal",
			pct(tv.rate), typical, tv.cohort.Label, tv.z, pct(f.rate), pct(f.cohort.Low)+"–"+pct(f.cohort.High), f.z)
	}
	if !above {
		return nil
	}
	if tv.followers < nanoLine && tv.rate < nanoImplausible*tv.cohort.Median {
		others := corroboration(checks)
		if len(others) == 0 {
			return nil
		}
		why += "; under 10,000 followers, and also " + joinAnd(others)
	}
	return []scout.Flag{{Code: "engagement_above_tier", Severity: scout.SeverityWarn,
		Message:  why + ", with no viral post behind it: signs of bought likes or an engagement group" + conf,
		Evidence: ev}}
}

// joinAnd joins words as "a, b and c".
func joinAnd(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	out := xs[0]
	for i := 1; i < len(xs)-1; i++ {
		out += ", " + xs[i]
	}
	return out + " and " + xs[len(xs)-1]
}

// medianReach is the median of views per follower over the window's
// posts with views; 0 when unknown.
func medianReach(win []measured, followers int64) float64 {
	if followers <= 0 {
		return 0
	}
	var xs []float64
	for _, m := range win {
		if m.hasViews {
			xs = append(xs, float64(m.views)/float64(followers))
		}
	}
	return median(xs)
}
