package scoring

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	scout "github.com/scout-oss/scout"
)

// VersionEngagementQuality is the engagement_quality scorer version; bump it
// whenever a formula, threshold or benchmark changes so stored scores can be
// told apart and re-derived (scout rescore).
const VersionEngagementQuality = "eq-2.0.0"

// Check statuses. Each check reports its value, its threshold and one of
// these, so a brand can see exactly why a score moved.
const (
	StatusOK      = "ok"
	StatusWarn    = "warn"
	StatusRed     = "red"
	StatusSkipped = "skipped" // not enough data; says why in Detail
)

// Check penalties on engagement_quality: a warn costs 10%, a red 35%
// (scoring.md §6.2, heuristic).
var checkPenalty = map[string]float64{StatusWarn: 0.10, StatusRed: 0.35}

// Check is one authenticity or consistency test with everything needed to
// audit it. Checks appear in engagement_quality's inputs.
type Check struct {
	Name      string   `json:"name"`
	Value     *float64 `json:"value"`
	Threshold string   `json:"threshold"`
	Status    string   `json:"status"`
	Detail    string   `json:"detail,omitempty"`
	Source    string   `json:"source"`
}

// Thresholds of the authenticity checks, each with its source.
const (
	// MassFollowing: an account following more than 1,500 others is a mass
	// follower (HypeAuditor audience types; Infludata) — market.md §5,
	// scoring.md §3.2.
	MassFollowingLine = 1500
	// Following/followers above 0.5 warns and above 2 is red (scoring.md
	// §6.2 FOLW, heuristic).
	massFollowingWarnRatio = 0.5
	massFollowingRedRatio  = 2.0
	// FlatCV: a robust coefficient of variation of per-post engagement under
	// 0.05 over at least 12 posts is suspiciously flat (scoring.md §3.4).
	flatCV    = 0.05
	flatPosts = 12
	// Growth: at least 5 intervals between snapshots are needed for a
	// robust baseline; a spike must also add at least max(200, 2% of the
	// followers) beyond the typical growth, or beat HypeAuditor's 5k/day
	// ads-driven ceiling (scoring.md §3.2, §6.5; the 200/2% floor is a
	// heuristic that keeps noise in small accounts from counting).
	growthMinIntervals = 5
	spikeMinAbs        = 200
	spikeMinShare      = 0.02
	adsCeilingPerDay   = 5000
	dropMinAbs         = 100
	dropMinShare       = 0.01
	// Explaining posts: within 3 days before the jump (scoring.md §3.4).
	explainWindow = 3 * 24 * time.Hour
	// A post is viral when its engagement's robust z against the creator's
	// own posts is at least 2 (scoring.md §3.4) and it is at least twice the
	// median (heuristic, so ordinary variation never explains a spike).
	viralZ     = 2.0
	viralRatio = 2.0
	// Follower samples: at least 50 sampled followers to judge (scoring.md
	// §6.2 asks 300 for a stable share; below that the Wilson interval is
	// wide and the lower bound must clear the line). Suspicious share lines
	// 15% warn, 30% red (scoring.md §6.2 AUD, heuristic; brandhero >10% mass
	// followers in suspected fakes; Modash "<75% real is often fraud").
	sampleMin       = 50
	sampleWarnShare = 0.15
	sampleRedShare  = 0.30
	// Generic replies: HypeAuditor: 1–3 of 20 is normal, 50% inauthentic is
	// the alarm (scoring.md §3.2). Warn from 35% (heuristic, between the
	// two), red from 50%. At least 20 replies.
	genericWarn = 0.35
	genericRed  = 0.50
	repliesMin  = 20
	// Pods: share of replies written by accounts that reply on ≥50% of the
	// sampled posts: >0.3 warn, >0.5 red (scoring.md §6.2 POD, heuristic;
	// Weerasinghe et al. 2020). At least 4 posts with replies.
	podRegular   = 0.5
	podWarn      = 0.30
	podRed       = 0.50
	podPostsMin  = 4
	clrPostsMin  = 6
	clrLikesMin  = 200
	confPostsFor = 12 // posts for full confidence (scoring.md §6.0)
)

// clrPrior is the typical comments-per-like ratio and its ln-space MAD.
// No published cohort exists, so these are heuristic priors (replaced by
// Calibrate): conversational platforms (Bluesky, Mastodon, fediverse) reply
// far more per like than Instagram-style platforms.
type clrPrior struct {
	Median, Spread float64
	Source         string
}

func clrPriorFor(p scout.Platform) clrPrior {
	switch p {
	case scout.PlatformBluesky, scout.PlatformMastodon, scout.PlatformFediverse:
		return clrPrior{0.08, 0.6, "heuristic prior for conversational platforms (replies/likes ≈ 8%); method: robust z of the median ratio vs cohort (scoring.md §3.4, HypeAuditor AQS)"}
	}
	return clrPrior{0.03, 0.6, "heuristic prior (comments/likes ≈ 3%); method: robust z of the median ratio vs cohort (scoring.md §3.4, HypeAuditor AQS)"}
}

// eqResult is engagement_quality's output plus what brand safety needs.
type eqResult struct {
	score *scout.Score
	flags []scout.Flag
	// fake is set when a red growth, follower-sample or pod check shows
	// bought influence, which 16 CFR 465.8 makes a legal risk too.
	fake []string
}

// basisFor decides whether c is judged by views (video) or followers.
func basisFor(p scout.Platform, posts []measured) string {
	video, views := 0, 0
	for _, m := range posts {
		if m.post.MediaKind == "video" {
			video++
		}
		if m.hasViews {
			views++
		}
	}
	isVideo := p == scout.PlatformYouTube || p == "tiktok" || 2*video >= len(posts) && video > 0
	if isVideo && 2*views >= len(posts) && views > 0 {
		return BasisViews
	}
	return BasisFollowers
}

func (e *Engine) engagementQuality(c *scout.Creator, acc *scout.Account, all []measured, win []measured, eng scout.Engagement, now time.Time) eqResult {
	var r eqResult
	platform := scout.Platform("")
	if acc != nil {
		platform = acc.Platform
	}
	var followers int64
	if acc != nil && acc.Followers != nil {
		followers = *acc.Followers
	}
	var checks []Check
	var reasons []reason
	inputs := map[string]any{}

	// 1. Performance: median ER vs the platform × tier cohort.
	basis := basisFor(platform, win)
	rate := eng.RateByFollowers
	if basis == BasisViews {
		rate = eng.RateByViews
	}
	perf, conf := 0.5, 0.0
	var cohort *Cohort
	if rate != nil {
		cohort = findCohort(e.cohorts(), platform, basis, followers)
	}
	if cohort == nil && basis == BasisViews && eng.RateByFollowers != nil {
		// No published by-views benchmark for this platform (the web,
		// Bluesky, Mastodon): judge video by followers rather than not at
		// all, and say so in the inputs.
		inputs["basis_fallback"] = "no by-views benchmark for " + string(platform) + "; compared by followers"
		basis, rate = BasisFollowers, eng.RateByFollowers
		cohort = findCohort(e.cohorts(), platform, basis, followers)
	}
	if rate != nil && cohort != nil {
		z := cohort.z(*rate)
		perf = 1 / (1 + math.Exp(-z))
		st := StatusOK
		typical := pct(cohort.Low) + "–" + pct(cohort.High)
		switch {
		case z < -zRed:
			st = StatusRed
		case z < -zWarn:
			st = StatusWarn
		case z > zRed:
			st = StatusWarn
			perf = 0.5 // abnormally high: do not reward it (scoring.md §6.2)
		}
		checks = append(checks, Check{Name: "er_vs_tier", Value: scout.Float64(round(z, 2)),
			Threshold: "robust z < −2.24 warn, < −3.5 red; > 3.5 abnormally high", Status: st,
			Detail: "median ER " + pct(*rate) + " by " + basis + " vs " + typical + " typical for " + cohort.Label,
			Source: cohort.Source})
		where := "within"
		switch {
		case *rate > cohort.High:
			where = "above"
		case *rate < cohort.Low:
			where = "below"
		}
		reasons = append(reasons, reason{math.Abs(z) * 10, fmt.Sprintf("median ER %s vs %s typical for %s (%s typical, robust z %.1f)", pct(*rate), typical, cohort.Label, where, z)})
		inputs["er"] = round(*rate, 6)
		inputs["z"] = round(z, 3)
		inputs["cohort"] = map[string]any{"label": cohort.Label, "platform": cohort.Platform, "basis": cohort.Basis,
			"median": round(cohort.Median, 5), "typical_low": cohort.Low, "typical_high": cohort.High,
			"n": cohort.N, "source": cohort.Source, "borrowed": cohort.Borrowed}
		conf = math.Min(1, float64(len(win))/confPostsFor)
		if cohort.Borrowed {
			conf *= 0.5
		}
		switch {
		case z < -zWarn:
			sev := scout.SeverityWarn
			if z < -zRed {
				sev = scout.SeverityRed
			}
			r.flags = append(r.flags, scout.Flag{Code: "engagement_below_tier", Severity: sev,
				Message:  "median ER " + pct(*rate) + " by " + basis + " is far below the " + typical + " typical for " + cohort.Label + fmt.Sprintf(" (robust z %.1f)", z),
				Evidence: windowEvidence(win, "er_vs_tier@"+VersionEngagementQuality)})
		case z > zRed:
			r.flags = append(r.flags, scout.Flag{Code: "engagement_above_tier", Severity: scout.SeverityWarn,
				Message:  "median ER " + pct(*rate) + " by " + basis + " is abnormally high for " + cohort.Label + " (typical " + typical + fmt.Sprintf(", robust z %.1f): bought likes or engagement groups are common causes", z),
				Evidence: windowEvidence(win, "er_vs_tier@"+VersionEngagementQuality)})
		}
	} else {
		why := "no engagement rate (no followers count or no usable posts)"
		if rate != nil {
			why = "no benchmark for " + string(platform) + " by " + basis
		}
		checks = append(checks, Check{Name: "er_vs_tier", Threshold: "robust z < −2.24 warn, < −3.5 red", Status: StatusSkipped, Detail: why, Source: "market.md §4"})
	}
	inputs["basis"] = basis
	inputs["posts_analyzed"] = len(win)
	inputs["followers"] = followers
	if followers > 0 {
		inputs["tier"] = string(scout.TierOf(followers))
	}

	// 2. Comment/like ratio.
	checks = append(checks, clrCheck(platform, win, &r))
	// 3. Flat engagement.
	checks = append(checks, flatCheck(win, &r))
	// 4. Growth: spikes and drops.
	gs, gd := growthChecks(c, acc, all, &r)
	checks = append(checks, gs, gd)
	// 5. Mass following.
	checks = append(checks, followingCheck(acc, &r))
	// 6. Follower sample.
	checks = append(checks, sampleCheck(acc, &r))
	// 7. Replies: generic and pods.
	g, p := replyChecks(win, &r)
	checks = append(checks, g, p)

	pen := 1.0
	for _, ch := range checks {
		if ch.Name == "er_vs_tier" {
			continue
		}
		if f, ok := checkPenalty[ch.Status]; ok {
			pen *= 1 - f
			reasons = append(reasons, reason{f * 100, ch.Name + " " + ch.Status + ": " + ch.Detail})
		}
	}
	inputs["checks"] = checks
	if rate == nil || cohort == nil {
		// Without a rate there is no performance to score; authenticity
		// flags still stand.
		return r
	}
	v := math.Max(5, 100*perf*pen)
	r.score = &scout.Score{
		Value:      scout.Float64(round(v, 1)),
		Version:    VersionEngagementQuality,
		Confidence: round(conf, 2),
		Formula:    "100 · 1/(1+e^(−z)) · Π(1 − penalty_k), floored at 5; z = 0.6745·(ln ER − ln median_cohort)/MAD_cohort (split spread); penalty warn 0.10, red 0.35; z > 3.5 scores as z = 0; confidence = min(1, posts/12), halved for a borrowed cohort",
		Inputs:     inputs,
		Reasons:    topReasons(reasons, 4),
	}
	return r
}

// reason is one plain-words contribution with its weight for ordering.
type reason struct {
	w    float64
	text string
}

func topReasons(rs []reason, n int) []string {
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].w > rs[j].w })
	out := []string{}
	for i := 0; i < len(rs) && i < n; i++ {
		out = append(out, rs[i].text)
	}
	return out
}

// postEvidence is the evidence record of one post.
func postEvidence(p *scout.Post, at int, text, match, rule string) scout.Evidence {
	t := p.PublishedAt
	ev := scout.Evidence{PostID: p.ID, URL: p.URL, PublishedAt: &t, Match: match, Rule: rule}
	if text != "" {
		ev.Excerpt = excerpt(text, at, 120)
	}
	return ev
}

// windowEvidence cites the newest three posts of the window.
func windowEvidence(win []measured, rule string) []scout.Evidence {
	evs := []scout.Evidence{}
	for i := 0; i < len(win) && i < 3; i++ {
		m := win[i]
		ev := postEvidence(m.post, -1, "", "", rule)
		ev.Excerpt = fmt.Sprintf("%s likes, %s comments", thousands(m.likes), thousands(m.comments))
		evs = append(evs, ev)
	}
	return evs
}

func clrCheck(p scout.Platform, win []measured, r *eqResult) Check {
	prior := clrPriorFor(p)
	ch := Check{Name: "comment_like_ratio", Threshold: "robust z of ln(Σcomments/Σlikes, busiest post dropped) vs cohort: |z| > 2.24 warn, > 3.5 red",
		Source: prior.Source}
	var both []measured
	for _, m := range win {
		if m.commLike >= 0 {
			both = append(both, m)
		}
	}
	// A pooled ratio, not a median of per-post ratios: small counts (2
	// comments on 40 likes) make per-post ratios jump in steps. The post
	// with the most likes is dropped so one viral post cannot dominate.
	var likes, comments int64
	top := -1
	for i, m := range both {
		if top < 0 || m.likes > both[top].likes {
			top = i
		}
	}
	for i, m := range both {
		if i != top {
			likes += m.likes
			comments += m.comments
		}
	}
	if len(both) < clrPostsMin || likes < clrLikesMin || float64(likes)*prior.Median/math.Exp(zWarn*prior.Spread/0.6745) < 1 {
		ch.Status = StatusSkipped
		ch.Detail = fmt.Sprintf("%d posts with both counts and %d likes; needs %d posts, %d likes and enough expected comments", len(both), likes, clrPostsMin, clrLikesMin)
		return ch
	}
	ratio := float64(comments) / float64(likes)
	// Half a comment keeps ln defined when none were written.
	z := robustZ(math.Log(math.Max(ratio, 0.5/float64(likes))), math.Log(prior.Median), prior.Spread)
	ch.Value = scout.Float64(round(ratio, 5))
	ch.Detail = fmt.Sprintf("comments per like %s vs typical %s (robust z %.1f)", pct(ratio), pct(prior.Median), z)
	switch {
	case math.Abs(z) > zRed:
		ch.Status = StatusRed
	case math.Abs(z) > zWarn:
		ch.Status = StatusWarn
	default:
		ch.Status = StatusOK
		return ch
	}
	why := "far fewer comments than likes: likes may be bought"
	if z > 0 {
		why = "far more comments than likes: comment pods or giveaway farming are common causes"
	}
	r.flags = append(r.flags, scout.Flag{Code: "comment_like_ratio_outlier", Severity: sevOf(ch.Status),
		Message: ch.Detail + "; " + why, Evidence: windowEvidence(win, "comment_like_ratio@"+VersionEngagementQuality)})
	return ch
}

func sevOf(status string) string {
	if status == StatusRed {
		return scout.SeverityRed
	}
	return scout.SeverityWarn
}

func flatCheck(win []measured, r *eqResult) Check {
	ch := Check{Name: "flat_engagement", Threshold: "robust CV = 1.4826·MAD/median < 0.05 over ≥ 12 posts → warn",
		Source: "scoring.md §3.4 (uniformity: organic engagement is heavy-tailed)"}
	if len(win) < flatPosts {
		ch.Status = StatusSkipped
		ch.Detail = fmt.Sprintf("%d posts; needs %d", len(win), flatPosts)
		return ch
	}
	xs := make([]float64, len(win))
	for i, m := range win {
		xs[i] = float64(m.engaged)
	}
	med := median(xs)
	if med < 20 {
		ch.Status = StatusSkipped
		ch.Detail = "median engagement under 20 per post: counts too small to judge"
		return ch
	}
	d := make([]float64, len(xs))
	for i, x := range xs {
		d[i] = math.Abs(x - med)
	}
	cv := 1.4826 * median(d) / med
	ch.Value = scout.Float64(round(cv, 4))
	ch.Detail = fmt.Sprintf("robust CV %.3f over %d posts", cv, len(win))
	if cv >= flatCV {
		ch.Status = StatusOK
		return ch
	}
	ch.Status = StatusWarn
	r.flags = append(r.flags, scout.Flag{Code: "flat_engagement", Severity: scout.SeverityWarn,
		Message:  fmt.Sprintf("engagement is nearly identical on every post (robust CV %.3f < 0.05 over %d posts): automated likes are a common cause", cv, len(win)),
		Evidence: windowEvidence(win, "flat_engagement@"+VersionEngagementQuality)})
	return ch
}

func followingCheck(acc *scout.Account, r *eqResult) Check {
	ch := Check{Name: "mass_following", Threshold: "following > 1,500 and following/followers > 0.5 warn, > 2 red",
		Source: "HypeAuditor/Infludata mass-follower line 1,500 (market.md §5); ratio heuristic (scoring.md §6.2)"}
	if acc == nil || acc.Following == nil || acc.Followers == nil {
		ch.Status = StatusSkipped
		ch.Detail = "following or followers count unknown"
		return ch
	}
	fw, fl := *acc.Following, *acc.Followers
	ratio := float64(fw) / math.Max(1, float64(fl))
	ch.Value = scout.Float64(round(ratio, 3))
	ch.Detail = fmt.Sprintf("follows %s accounts, %.2f× its %s followers", thousands(fw), ratio, thousands(fl))
	switch {
	case fw > MassFollowingLine && ratio > massFollowingRedRatio:
		ch.Status = StatusRed
	case fw > MassFollowingLine && ratio > massFollowingWarnRatio:
		ch.Status = StatusWarn
	default:
		ch.Status = StatusOK
		return ch
	}
	r.flags = append(r.flags, scout.Flag{Code: "mass_following", Severity: sevOf(ch.Status),
		Message:  ch.Detail + ": follow-for-follow or follow/unfollow automation inflates such audiences",
		Evidence: []scout.Evidence{{URL: acc.URL, Match: fmt.Sprintf("following=%d followers=%d", fw, fl), Rule: "mass_following@" + VersionEngagementQuality}}})
	return ch
}

// digitHeavy reports a handle with 4+ digits or more digits than letters in
// its first label: the generated-handle pattern of bulk accounts.
func digitHeavy(h string) bool {
	if i := strings.IndexByte(h, '.'); i > 0 {
		h = h[:i]
	}
	h = strings.TrimPrefix(h, "@")
	d, n := 0, 0
	for _, r := range h {
		n++
		if r >= '0' && r <= '9' {
			d++
		}
	}
	return d >= 4 || n > 0 && 2*d > n
}

func sampleCheck(acc *scout.Account, r *eqResult) Check {
	ch := Check{Name: "suspicious_followers", Threshold: "Wilson 95% lower bound of the share with ≥2 of {no avatar, 0 posts, digit-heavy handle, following > 1,500}: > 15% warn, > 30% red; n ≥ 50",
		Source: "signals: HypeAuditor/Infludata, Cresci et al. 2015 (cheap profile features); lines: scoring.md §6.2 AUD (heuristic)"}
	if acc == nil || len(acc.FollowerSample) < sampleMin {
		ch.Status = StatusSkipped
		n := 0
		if acc != nil {
			n = len(acc.FollowerSample)
		}
		ch.Detail = fmt.Sprintf("%d sampled followers; needs %d", n, sampleMin)
		return ch
	}
	k := 0
	var ex []scout.Evidence
	for _, f := range acc.FollowerSample {
		s := 0
		if f.AvatarURL == "" {
			s++
		}
		if f.PostsCount != nil && *f.PostsCount == 0 {
			s++
		}
		if digitHeavy(f.Handle) {
			s++
		}
		if f.Following != nil && *f.Following > MassFollowingLine {
			s++
		}
		if s >= 2 {
			k++
			if len(ex) < 5 {
				ex = append(ex, scout.Evidence{Match: f.Handle, Rule: "suspicious_followers@" + VersionEngagementQuality})
			}
		}
	}
	n := len(acc.FollowerSample)
	lo, hi := wilson(k, n)
	share := float64(k) / float64(n)
	ch.Value = scout.Float64(round(share, 3))
	ch.Detail = fmt.Sprintf("%d of %d sampled followers look automated (%s, 95%% CI %s–%s)", k, n, pct(share), pct(lo), pct(hi))
	switch {
	case lo > sampleRedShare:
		ch.Status = StatusRed
	case lo > sampleWarnShare:
		ch.Status = StatusWarn
	default:
		ch.Status = StatusOK
		return ch
	}
	if ch.Status == StatusRed {
		r.fake = append(r.fake, "suspicious_followers")
	}
	r.flags = append(r.flags, scout.Flag{Code: "suspicious_followers", Severity: sevOf(ch.Status),
		Message: ch.Detail, Evidence: ex})
	return ch
}
