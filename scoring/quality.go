package scoring

import (
	"encoding/json"
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
const VersionEngagementQuality = "eq-2.2.0"

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
	// A creator who follows more accounts than follow it back (ratio > 1)
	// warns and twice as many is red; following ≥ 5,000 (two thirds of
	// Instagram's 7,500 cap) warns from a ratio of 0.5, and so does a
	// saw-tooth following count (follow/unfollow automation). Communities
	// that follow back their members (a club, a local shop, the fediverse)
	// stay below these lines (scoring.md §6.2 FOLW, heuristic).
	massFollowingWarnRatio = 1.0
	massFollowingRedRatio  = 2.0
	massFollowingHigh      = 5000
	massFollowingHighRatio = 0.5
	// Saw-tooth: at least 2 rises and 2 falls of the following count
	// between snapshots, each ≥ max(200, 5% of the following).
	sawMinSwings = 2
	sawMinAbs    = 200
	sawMinShare  = 0.05
	// FlatCV: a robust coefficient of variation of per-post likes, views or
	// engagement under 0.05 over at least 12 posts is suspiciously flat
	// (scoring.md §3.4).
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
	// A post explains a jump when its engagement or its views are at least
	// 3× the creator's median: "several times the usual reach" (heuristic;
	// ordinary variation between posts stays within 2–3×).
	standoutRatio = 3.0
	// Follower samples: at least 30 sampled followers to judge authenticity
	// (scoring.md §6.2 asks 300 for a stable share; below that the Wilson
	// interval is wide and its lower bound must clear the line, which a
	// small sample clears only when most of it looks automated), 50 for an
	// audience's language and country shares. Suspicious share lines
	// 15% warn, 30% red (scoring.md §6.2 AUD, heuristic; brandhero >10% mass
	// followers in suspected fakes; Modash "<75% real is often fraud").
	sampleMin       = 30
	fitSampleMin    = 50
	sampleWarnShare = 0.15
	sampleRedShare  = 0.30
	// A sampled follower looks automated only with 2 of the 3 independent
	// signs (Cresci et al. 2015 cheap features, grouped so correlated ones
	// count once): an empty profile (no avatar and no posts: lurkers look
	// like this too), a generated handle (a long digit run that is not a
	// birth year), and mass following without an audience (following >
	// 1,500 and followed back by fewer than 1 in 20).
	sampleSignsMin   = 2
	emptyFollowRatio = 20
	// Generic replies: HypeAuditor: 1–3 of 20 is normal, 50% inauthentic is
	// the alarm (scoring.md §3.2). Warn from 35% (heuristic, between the
	// two), red from 50%. At least 20 replies. Under 10,000 followers
	// (nano), a handful of friends leaving hearts is normal: the generic
	// replies must also come from at least 10 different accounts.
	genericWarn          = 0.35
	genericRed           = 0.50
	repliesMin           = 20
	genericNanoAuthorMin = 10
	// Pods (Weerasinghe et al. 2020; scoring.md §6.2 POD): a closed group
	// of regulars (accounts replying on ≥ 50% of the sampled posts) that
	// acts together and fast — at least 3 of them within 60 minutes of
	// publication on at least half the posts — and writes > 30% (warn) or
	// > 50% (red) of the replies. The group must be out of proportion to
	// the audience: at least 6 regulars, or 10 under 10,000 followers,
	// where friends and family legitimately reply to most posts
	// (heuristic). At least 4 posts with replies.
	podRegular      = 0.5
	podWarn         = 0.30
	podRed          = 0.50
	podPostsMin     = 4
	podQuick        = 60 * time.Minute
	podQuickMin     = 3
	podHitShare     = 0.5
	podGroupMin     = 6
	podGroupMinNano = 10
	clrPostsMin     = 6
	clrLikesMin     = 200
	confPostsFor    = 12 // posts for full confidence (scoring.md §6.0)
	// nanoLine is HypeAuditor's nano tier (scout.TierNano): below it,
	// close communities explain patterns that are suspicious in larger
	// audiences.
	nanoLine = 10_000
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
		// Threads there are conversations: replies often match favourites.
		return clrPrior{0.35, 0.8, "heuristic prior for conversational platforms, where threads are conversations (replies/likes ≈ 35%, wide spread); method: robust z of the pooled ratio vs cohort (scoring.md §3.4, HypeAuditor AQS)"}
	}
	return clrPrior{0.03, 0.6, "heuristic prior (comments/likes ≈ 3%); method: robust z of the median ratio vs cohort (scoring.md §3.4, HypeAuditor AQS)"}
}

// eqResult is engagement_quality's output plus what brand safety needs.
type eqResult struct {
	score *scout.Score
	flags []scout.Flag
	// fake lists the red growth, follower-sample and pod checks: signs of
	// inauthentic influence, each with its confidence. They are signs, not
	// proof of a purchase.
	fake []sign
}

// sign is one red authenticity check and how sure it is (0–1).
type sign struct {
	check string
	conf  float64
}

func (s sign) String() string { return fmt.Sprintf("%s (confidence %.2f)", s.check, s.conf) }

// MarshalJSON shows a sign in brand_safety's inputs.
func (s sign) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]any{"check": s.check, "confidence": s.conf})
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
	checks := make([]Check, 0, 9) // room for every check below: one allocation
	var reasons []reason
	inputs := map[string]any{}
	var tv *tierView

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
		tv = newTierView(platform, followers, basis, *rate, cohort, win, round(conf, 2))
		if basis == BasisViews && eng.RateByFollowers != nil {
			if fc := findCohort(e.cohorts(), platform, BasisFollowers, followers); fc != nil && fc.Platform == platform {
				tv.byFollowers = newTierView(platform, followers, BasisFollowers, *eng.RateByFollowers, fc, win, tv.conf)
				tv.reach = medianReach(win, followers)
			}
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
	checks = append(checks, followingCheck(c, acc, &r))
	// 6. Follower sample.
	checks = append(checks, sampleCheck(acc, &r))
	// 7. Replies: generic and pods.
	g, p := replyChecks(win, followers, &r)
	checks = append(checks, g, p)
	// The tier flags come last: a small account's high rate needs another
	// check to agree.
	r.flags = append(r.flags, tierFlags(tv, checks, win)...)

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
	out := make([]string, 0, max(0, min(n, len(rs)))) // never nil: the JSON shows []
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
	evs := make([]scout.Evidence, 0, min(3, len(win))) // never nil: the JSON shows []
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
	// A pooled ratio, not a median of per-post ratios: small counts (2
	// comments on 40 likes) make per-post ratios jump in steps. The post
	// with the most likes is dropped so one viral post cannot dominate.
	// Only posts with both counts (commLike ≥ 0) take part.
	var likes, comments int64
	both, top := 0, -1
	for i := range win {
		if win[i].commLike < 0 {
			continue
		}
		both++
		if top < 0 || win[i].likes > win[top].likes {
			top = i
		}
	}
	for i := range win {
		if win[i].commLike >= 0 && i != top {
			likes += win[i].likes
			comments += win[i].comments
		}
	}
	if both < clrPostsMin || likes < clrLikesMin || float64(likes)*prior.Median/math.Exp(zWarn*prior.Spread/0.6745) < 1 {
		ch.Status = StatusSkipped
		ch.Detail = fmt.Sprintf("%d posts with both counts and %d likes; needs %d posts, %d likes and enough expected comments", both, likes, clrPostsMin, clrLikesMin)
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
	why := "far fewer comments than likes: signs of bought likes"
	if z > 0 {
		why = "far more comments than likes: signs of bought comments, a comment pod or giveaway farming"
	}
	conf := math.Min(1, float64(both)/confPostsFor)
	r.flags = append(r.flags, scout.Flag{Code: "comment_like_ratio_outlier", Severity: sevOf(ch.Status),
		Message:  fmt.Sprintf("%s over %d posts, %s (confidence %.2f)", ch.Detail, both, why, conf),
		Evidence: windowEvidence(win, "comment_like_ratio@"+VersionEngagementQuality)})
	return ch
}

func sevOf(status string) string {
	if status == StatusRed {
		return scout.SeverityRed
	}
	return scout.SeverityWarn
}

// flatSeries is one per-post count the flat check looks at.
type flatSeries struct {
	name string
	xs   []float64
}

// flatCheck looks for counts that barely move from post to post: likes,
// views or total engagement. Automation delivers a set number; real
// audiences are heavy-tailed, even for a creator with a regular format.
func flatCheck(win []measured, r *eqResult) Check {
	ch := Check{Name: "flat_engagement", Threshold: "robust CV = 1.4826·MAD/median of per-post likes, views or engagement < 0.05 over ≥ 12 posts (median ≥ 20) → warn",
		Source: "scoring.md §3.4 (uniformity: organic engagement is heavy-tailed)"}
	if len(win) < flatPosts {
		ch.Status = StatusSkipped
		ch.Detail = fmt.Sprintf("%d posts; needs %d", len(win), flatPosts)
		return ch
	}
	series := []flatSeries{{name: "engagement"}, {name: "likes"}, {name: "views"}}
	for _, m := range win {
		series[0].xs = append(series[0].xs, float64(m.engaged))
		if m.hasLikes {
			series[1].xs = append(series[1].xs, float64(m.likes))
		}
		if m.hasViews {
			series[2].xs = append(series[2].xs, float64(m.views))
		}
	}
	best, bestName, bestN, judged := math.Inf(1), "", 0, false
	for _, sr := range series {
		if len(sr.xs) < flatPosts {
			continue
		}
		med := median(sr.xs)
		if med < 20 {
			continue
		}
		judged = true
		d := make([]float64, len(sr.xs))
		for i, x := range sr.xs {
			d[i] = math.Abs(x - med)
		}
		if cv := 1.4826 * median(d) / med; cv < best {
			best, bestName, bestN = cv, sr.name, len(sr.xs)
		}
	}
	if !judged {
		ch.Status = StatusSkipped
		ch.Detail = "median likes, views and engagement under 20 per post: counts too small to judge"
		return ch
	}
	ch.Value = scout.Float64(round(best, 4))
	ch.Detail = fmt.Sprintf("robust CV of %s %.3f over %d posts", bestName, best, bestN)
	if best >= flatCV {
		ch.Status = StatusOK
		return ch
	}
	ch.Status = StatusWarn
	r.flags = append(r.flags, scout.Flag{Code: "flat_engagement", Severity: scout.SeverityWarn,
		Message: fmt.Sprintf("%s nearly identical on every post (robust CV %.3f < 0.05 over %d posts): signs of automated engagement (confidence %.2f)",
			bestName, best, bestN, math.Min(1, float64(bestN)/confPostsFor)),
		Evidence: windowEvidence(win, "flat_engagement@"+VersionEngagementQuality)})
	return ch
}

// followingCheck looks for follow-for-follow growth: following far more
// accounts than follow back, or a following count that rises and falls in
// waves (follow/unfollow automation), seen in the snapshots.
func followingCheck(c *scout.Creator, acc *scout.Account, r *eqResult) Check {
	ch := Check{Name: "mass_following", Threshold: "following > 1,500 and following/followers > 1 warn, > 2 red; or following ≥ 5,000 and ratio > 0.5; or following > 1,500 rising and falling in waves (≥ 2 rises and 2 falls of max(200, 5%)) → warn",
		Source: "HypeAuditor/Infludata mass-follower line 1,500 (market.md §5); Instagram's 7,500 following cap; ratios and waves heuristic (scoring.md §6.2)"}
	if acc == nil || acc.Following == nil || acc.Followers == nil {
		ch.Status = StatusSkipped
		ch.Detail = "following or followers count unknown"
		return ch
	}
	fw, fl := *acc.Following, *acc.Followers
	ratio := float64(fw) / math.Max(1, float64(fl))
	rises, falls := followingWaves(c, acc)
	ch.Value = scout.Float64(round(ratio, 3))
	ch.Detail = fmt.Sprintf("follows %s accounts, %.2f× its %s followers", thousands(fw), ratio, thousands(fl))
	waves := rises >= sawMinSwings && falls >= sawMinSwings
	if waves {
		ch.Detail += fmt.Sprintf("; the following count rose %d times and fell %d times between crawls", rises, falls)
	}
	switch {
	case fw > MassFollowingLine && ratio > massFollowingRedRatio:
		ch.Status = StatusRed
	case fw > MassFollowingLine && ratio > massFollowingWarnRatio,
		fw >= massFollowingHigh && ratio > massFollowingHighRatio,
		fw > MassFollowingLine && waves:
		ch.Status = StatusWarn
	default:
		ch.Status = StatusOK
		return ch
	}
	// Waves or twice as many followed are plain; counts near the warn lines
	// less so.
	conf := 1.0
	if !waves && ratio <= massFollowingRedRatio {
		conf = 0.7
	}
	r.flags = append(r.flags, scout.Flag{Code: "mass_following", Severity: sevOf(ch.Status),
		Message:  fmt.Sprintf("%s: signs of follow-for-follow growth (confidence %.2f)", ch.Detail, conf),
		Evidence: []scout.Evidence{{URL: acc.URL, Match: fmt.Sprintf("following=%d followers=%d", fw, fl), Rule: "mass_following@" + VersionEngagementQuality}}})
	return ch
}

// followingWaves counts the rises and falls of acc's following count
// between consecutive snapshots that move it by at least max(200, 5%).
func followingWaves(c *scout.Creator, acc *scout.Account) (rises, falls int) {
	if c == nil {
		return 0, 0
	}
	var ss []scout.Snapshot
	for _, s := range c.Snapshots {
		if (s.AccountID == acc.ID || s.AccountID == "") && s.Following != nil {
			ss = append(ss, s)
		}
	}
	sort.SliceStable(ss, func(i, j int) bool { return ss[i].At.Before(ss[j].At) })
	for i := 1; i < len(ss); i++ {
		prev, cur := *ss[i-1].Following, *ss[i].Following
		step := math.Max(sawMinAbs, sawMinShare*float64(prev))
		switch d := float64(cur - prev); {
		case d >= step:
			rises++
		case -d >= step:
			falls++
		}
	}
	return rises, falls
}

// generatedHandle reports a handle that looks machine-made: at least 5
// digits, or 4 that are not a birth year, or digits in two or more runs
// adding up to 4, or more digits than letters. A name with a birth year or
// a two-digit number ("victora1975", "linamey82") is how real people pick
// handles, and does not count. For Bluesky and Mastodon only the first
// label (before ".bsky.social" or "@instance") is read.
func generatedHandle(h string, p scout.Platform) bool {
	h = strings.TrimPrefix(h, "@")
	if i := strings.IndexByte(h, '@'); i > 0 {
		h = h[:i]
	}
	if p == scout.PlatformBluesky {
		if i := strings.IndexByte(h, '.'); i > 0 {
			h = h[:i]
		}
	}
	digits, letters, runs := 0, 0, 0
	var run []byte
	var runsText []string
	inRun := false
	for i := 0; i < len(h); i++ {
		c := h[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
			if !inRun {
				runs++
				run = run[:0]
			}
			run = append(run, c)
			inRun = true
			continue
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= utf8RuneSelf:
			letters++
		}
		if inRun {
			runsText = append(runsText, string(run))
		}
		inRun = false
	}
	if inRun {
		runsText = append(runsText, string(run))
	}
	switch {
	case digits >= 5, digits > letters && digits > 0:
		return true
	case runs >= 2 && digits >= 4:
		return true
	case digits == 4:
		return !birthYear(runsText[0])
	}
	return false
}

const utf8RuneSelf = 0x80

// birthYear reports a 4-digit run that reads as a year of birth.
func birthYear(s string) bool {
	return len(s) == 4 && (s[:2] == "19" && s[2] >= '3' || s[:2] == "20" && s[2] <= '2')
}

// followerSigns counts the independent signs of an automated account in a
// sampled follower: an empty profile (no avatar and no posts), a generated
// handle, and mass following without an audience.
func followerSigns(f scout.FollowerSample, p scout.Platform) (n int, which []string) {
	if f.AvatarURL == "" && f.PostsCount != nil && *f.PostsCount == 0 {
		n++
		which = append(which, "empty profile")
	}
	if generatedHandle(f.Handle, p) {
		n++
		which = append(which, "generated handle")
	}
	if f.Following != nil && *f.Following > MassFollowingLine && (f.Followers == nil || *f.Followers*emptyFollowRatio < *f.Following) {
		n++
		which = append(which, "mass following")
	}
	return n, which
}

func sampleCheck(acc *scout.Account, r *eqResult) Check {
	ch := Check{Name: "suspicious_followers", Threshold: "Wilson 95% lower bound of the share of sampled followers with ≥ 2 of 3 independent signs {empty profile: no avatar and no posts; generated handle: ≥ 5 digits or 4 that are not a birth year; following > 1,500 with under 1 follower per 20 followed}: > 15% warn, > 30% red; n ≥ 30",
		Source: "signals: HypeAuditor/Infludata, Cresci et al. 2015 (cheap profile features), grouped so lurkers and birth-year handles alone never count; lines: scoring.md §6.2 AUD (heuristic)"}
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
		if s, which := followerSigns(f, acc.Platform); s >= sampleSignsMin {
			k++
			if len(ex) < 5 {
				ex = append(ex, scout.Evidence{Match: f.Handle, Excerpt: strings.Join(which, ", "), Rule: "suspicious_followers@" + VersionEngagementQuality})
			}
		}
	}
	n := len(acc.FollowerSample)
	lo, hi := wilson(k, n)
	share := float64(k) / float64(n)
	ch.Value = scout.Float64(round(share, 3))
	ch.Detail = fmt.Sprintf("%d of %d sampled followers show at least two independent signs of automated accounts (%s, 95%% CI %s–%s)", k, n, pct(share), pct(lo), pct(hi))
	switch {
	case lo > sampleRedShare:
		ch.Status = StatusRed
	case lo > sampleWarnShare:
		ch.Status = StatusWarn
	default:
		ch.Status = StatusOK
		return ch
	}
	// Confidence grows with the sample: full at 300 followers (scoring.md
	// §6.2), never below one half once the line is cleared.
	conf := round(math.Min(1, 0.5+0.5*float64(n)/300), 2)
	if ch.Status == StatusRed {
		r.fake = append(r.fake, sign{"suspicious_followers", conf})
	}
	r.flags = append(r.flags, scout.Flag{Code: "suspicious_followers", Severity: sevOf(ch.Status),
		Message: fmt.Sprintf("%s: signs of bought or automated followers (confidence %.2f)", ch.Detail, conf), Evidence: ex})
	return ch
}

// inauthenticPenalty is brand_safety's F: a brand that pays for reach
// bears the risk of reach that is not real. It costs up to 15 points,
// scaled by the highest confidence among the red authenticity signs, and
// says what was seen: signs, never a proven purchase.
func inauthenticPenalty(fake []sign) (float64, string) {
	if len(fake) == 0 {
		return 0, ""
	}
	top := 0.0
	names := make([]string, len(fake))
	for i, s := range fake {
		top = math.Max(top, s.conf)
		names[i] = s.String()
	}
	f := round(fakeInfluencePen*top, 1)
	return f, fmt.Sprintf("signs of inauthentic followers or engagement: %s −%s", strings.Join(names, ", "), fmtFloat(f, 0))
}
