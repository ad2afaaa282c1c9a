package scoring

import (
	"fmt"
	"math"
	"slices"
	"sync"
	"time"

	scout "github.com/scout-oss/scout"
)

type interval struct {
	from, to   time.Time
	f0, f1     int64
	days, rate float64
}

// growthChecks finds follower spikes and drops in the primary account's
// snapshots. A spike is explained only by measured evidence: a post in the
// window before it whose engagement or views are several times the
// creator's usual (standoutRatio), or a mention of the creator by another
// account that the crawl saw around it (found_via). Words in captions ("interview",
// "podcast", "giveaway") explain nothing: anyone can write them, and a
// press moment that brings followers shows in the post's reach.
func growthChecks(c *scout.Creator, acc *scout.Account, all []measured, r *eqResult) (spike, drop Check) {
	spike = Check{Name: "follower_spike", Threshold: "daily growth robust z > 3.5 and excess ≥ max(200, 2% of followers) or > 5,000/day, or a round 1,000s jump; explained only by a post in the 3 days before (or during) the jump with engagement or views ≥ 3× the creator's median, or by a mention by another account that the crawl saw within 3 days of it",
		Source: "scoring.md §3.4 growth spikes, §6.2 GROW; HypeAuditor growth graphs and 5k/day ads ceiling, round-number jumps (market.md §5); explanation by measured reach only (heuristic)"}
	drop = Check{Name: "follower_drop", Threshold: "daily growth robust z < −3.5 and loss ≥ max(100, 1% of followers)",
		Source: "scoring.md §3.4 (a drop may be a platform removing inauthentic followers)"}
	gb := growthBufs.Get().(*growthBuf)
	defer gb.put()
	ivs := gb.intervals(c, acc)
	if len(ivs) < growthMinIntervals {
		spike.Status, drop.Status = StatusSkipped, StatusSkipped
		spike.Detail = fmt.Sprintf("%d intervals between snapshots; needs %d", len(ivs), growthMinIntervals)
		drop.Detail = spike.Detail
		return
	}
	rates := gb.rates[:0]
	for _, iv := range ivs {
		rates = append(rates, iv.rate)
	}
	gb.rates = rates
	med := median(rates)
	scale := math.Max(mad(rates, med), math.Max(1, 0.05*math.Abs(med)))
	reach := newReach(all)
	var spikes, drops []scout.Evidence
	var spikeIvs []interval
	firstSpike := ""
	maxZ, minZ := 0.0, 0.0
	var explained []string
	// A jump explained by a standout post or a mention goes on for days as
	// the post keeps travelling; each following jump that is no bigger
	// than the one before it is the same wave's tail.
	tail, tailRate := false, 0.0
	for _, iv := range ivs {
		z := robustZ(iv.rate, med, scale)
		maxZ, minZ = math.Max(maxZ, z), math.Min(minZ, z)
		delta := iv.f1 - iv.f0
		excess := (iv.rate - med) * iv.days
		big := excess >= math.Max(spikeMinAbs, spikeMinShare*float64(iv.f0)) || iv.rate-med > adsCeilingPerDay
		roundJump := delta >= 1000 && delta%1000 == 0 && iv.f0%100 != 0 && excess >= 1000
		if z > zRed && big || roundJump {
			why := reach.explain(iv)
			if why == "" {
				why = mentionExplains(c, acc, iv)
			}
			if why == "" && tail && iv.rate <= tailRate {
				why = fmt.Sprintf("the tail of the jump explained before it (%s)", iv.from.Format("2006-01-02"))
			}
			if why != "" {
				explained = append(explained, why)
				tail, tailRate = true, iv.rate
				continue
			}
			tail = false
			t := iv.to
			what := "jump"
			if roundJump {
				what = "round-number jump"
			}
			observed := fmt.Sprintf("%s (%s to %s) against a typical %s/day",
				growthPhrase(delta, iv.days), iv.from.Format("2006-01-02"), iv.to.Format("2006-01-02"), signed(med))
			if firstSpike == "" {
				firstSpike = observed
			}
			spikeIvs = append(spikeIvs, iv)
			spikes = append(spikes, scout.Evidence{PublishedAt: &t, URL: accURL(acc),
				Excerpt: observed + "; " + reach.unexplainedWhy(iv),
				Match:   fmt.Sprintf("%s robust z %.1f", what, z), Rule: "follower_spike@" + VersionEngagementQuality})
		} else {
			tail = false
		}
		if z < -zRed && -excess >= math.Max(dropMinAbs, dropMinShare*float64(iv.f0)) {
			t := iv.to
			drops = append(drops, scout.Evidence{PublishedAt: &t, URL: accURL(acc),
				Excerpt: fmt.Sprintf("%s (%s to %s, %s of the audience) against a typical %s/day", growthPhrase(delta, iv.days),
					iv.from.Format("2006-01-02"), iv.to.Format("2006-01-02"), pct(-float64(delta)/math.Max(1, float64(iv.f0))), signed(med)),
				Match: fmt.Sprintf("robust z %.1f", z), Rule: "follower_drop@" + VersionEngagementQuality})
		}
	}
	spike.Value = scout.Float64(round(maxZ, 2))
	drop.Value = scout.Float64(round(minZ, 2))
	spike.Detail = fmt.Sprintf("%d intervals, typical growth %s/day", len(ivs), fmtFloat(med, 1))
	drop.Detail = spike.Detail
	if len(explained) > 0 {
		spike.Detail += "; jumps explained by measured evidence: " + explained[0]
	}
	spike.Status, drop.Status = StatusOK, StatusOK
	if len(spikes) > 0 {
		conf := spikeConfidence(len(ivs), reach, spikeIvs)
		spike.Status = StatusRed
		spike.Detail = fmt.Sprintf("%d unexplained jump(s); typical growth %s/day", len(spikes), fmtFloat(med, 1))
		r.fake = append(r.fake, sign{"follower_spike", conf})
		r.flags = append(r.flags, scout.Flag{Code: "follower_spike", Severity: scout.SeverityRed,
			Message: fmt.Sprintf("%s, no post around it reached %s× the usual engagement or views and the crawl saw no mention of the creator by another account: signs of bought followers (confidence %.2f)",
				firstSpike, fmtFloat(standoutRatio, 0), conf) + moreSpikes(len(spikes)),
			Evidence: spikes})
	}
	if len(drops) > 0 {
		drop.Status = StatusWarn
		conf := round(math.Min(1, float64(len(ivs))/(4*growthMinIntervals)), 2)
		r.flags = append(r.flags, scout.Flag{Code: "follower_drop", Severity: scout.SeverityWarn,
			Message:  fmt.Sprintf("%s: a sudden loss, signs of a platform removing inauthentic followers (confidence %.2f)", drops[0].Excerpt, conf) + moreDrops(len(drops)),
			Evidence: drops})
	}
	return
}

func moreSpikes(n int) string {
	if n < 2 {
		return ""
	}
	return fmt.Sprintf(" (%d such jumps)", n)
}

func moreDrops(n int) string {
	if n < 2 {
		return ""
	}
	return fmt.Sprintf(" (%d such drops)", n)
}

// growthPhrase says a change in followers over a time span in words:
// "+23,060 followers in one day", "−5,900 followers in 7 days".
func growthPhrase(delta int64, days float64) string {
	n := "+" + thousands(delta)
	if delta < 0 {
		n = "−" + thousands(-delta)
	}
	span := "in one day"
	if d := math.Round(days); d >= 2 {
		span = fmt.Sprintf("in %d days", int(d))
	}
	return n + " followers " + span
}

// signed formats a daily rate with its sign: "+35", "−4".
func signed(x float64) string {
	if x < 0 {
		return "−" + thousands(int64(math.Round(-x)))
	}
	return "+" + thousands(int64(math.Round(x)))
}

// spikeConfidence says how sure the spike flag is, from how long the
// growth baseline is (full from 20 intervals) and whether any posts with
// counts fall near the jumps, so the absence of a standout post means
// something (halved when there are none to look at).
func spikeConfidence(intervals int, reach reachIndex, spikes []interval) float64 {
	conf := math.Min(1, float64(intervals)/(4*growthMinIntervals))
	for _, iv := range spikes {
		if !reach.hasPostsNear(iv) {
			conf *= 0.5
			break
		}
	}
	return round(conf, 2)
}

func accURL(a *scout.Account) string {
	if a == nil {
		return ""
	}
	return a.URL
}

// growthBuf holds the arrays of one creator's growth checks, kept for the
// next creator: they never outlive the checks.
type growthBuf struct {
	ss    []*scout.Snapshot
	ivs   []interval
	rates []float64
}

var growthBufs = sync.Pool{New: func() any { return new(growthBuf) }}

// put gives gb back, holding no creator's data.
func (gb *growthBuf) put() {
	clear(gb.ss[:cap(gb.ss)])
	clear(gb.ivs[:cap(gb.ivs)])
	gb.ss, gb.ivs, gb.rates = gb.ss[:0], gb.ivs[:0], gb.rates[:0]
	growthBufs.Put(gb)
}

// intervals turns the primary account's snapshots (oldest first) into
// growth intervals, skipping snapshots less than 12 hours after the last
// kept one (rates over minutes are noise). They are valid until gb is
// put back.
func (gb *growthBuf) intervals(c *scout.Creator, acc *scout.Account) []interval {
	if acc == nil {
		return nil
	}
	ss := gb.ss[:0] // read only
	for i := range c.Snapshots {
		if s := &c.Snapshots[i]; (s.AccountID == acc.ID || s.AccountID == "") && s.Followers != nil {
			ss = append(ss, s)
		}
	}
	slices.SortStableFunc(ss, func(a, b *scout.Snapshot) int { return a.At.Compare(b.At) })
	gb.ss = ss
	ivs := gb.ivs[:0]
	for i := 1; i < len(ss); i++ {
		prev := ss[i-1]
		if ss[i].At.Sub(prev.At) < 12*time.Hour {
			ss[i] = prev // keep the earlier one as the base
			continue
		}
		days := ss[i].At.Sub(prev.At).Hours() / 24
		ivs = append(ivs, interval{from: prev.At, to: ss[i].At, f0: *prev.Followers, f1: *ss[i].Followers,
			days: days, rate: float64(*ss[i].Followers-*prev.Followers) / days})
	}
	gb.ivs = ivs
	return ivs
}

// reachIndex holds each post's engagement and views against the creator's
// own medians, so a growth interval can be checked for a post that
// measurably reached far beyond the usual audience.
type reachIndex struct {
	posts []measured
	medE  float64 // median engagement over posts
	medV  float64 // median views over posts with views; 0 when none
}

func newReach(all []measured) reachIndex {
	ri := reachIndex{posts: all}
	es := make([]float64, 0, len(all))
	var vs []float64
	for _, m := range all {
		es = append(es, float64(m.engaged))
		if m.hasViews {
			vs = append(vs, float64(m.views))
		}
	}
	ri.medE = median(es)
	ri.medV = median(vs)
	return ri
}

// ratios returns a post's engagement and views as multiples of the
// creator's medians (0 when unknown).
func (ri reachIndex) ratios(m measured) (e, v float64) {
	if ri.medE > 0 {
		e = float64(m.engaged) / ri.medE
	}
	if m.hasViews && ri.medV > 0 {
		v = float64(m.views) / ri.medV
	}
	return
}

// near reports whether post m falls in the explaining window of iv: from
// explainWindow before the interval starts to its end.
func near(m measured, iv interval) bool {
	return !m.post.PublishedAt.Before(iv.from.Add(-explainWindow)) && !m.post.PublishedAt.After(iv.to)
}

// explain returns the measured reason a growth interval is legitimate (a
// standout post in its window), or "". At least 3 posts are needed for a
// median worth comparing with.
func (ri reachIndex) explain(iv interval) string {
	if len(ri.posts) < 3 {
		return ""
	}
	for _, m := range ri.posts {
		if !near(m, iv) {
			continue
		}
		e, v := ri.ratios(m)
		if e >= standoutRatio || v >= standoutRatio {
			return fmt.Sprintf("post %s reached %s× the median engagement and %s× the median views", m.post.ID, fmtFloat(e, 1), fmtFloat(v, 1))
		}
	}
	return ""
}

// unexplainedWhy says what was checked around an unexplained jump.
func (ri reachIndex) unexplainedWhy(iv interval) string {
	best, n := 0.0, 0
	for _, m := range ri.posts {
		if !near(m, iv) {
			continue
		}
		n++
		e, v := ri.ratios(m)
		best = math.Max(best, math.Max(e, v))
	}
	if n == 0 {
		return "no post in the 3 days before or during it"
	}
	return fmt.Sprintf("the %d post(s) around it reached at most %s× the usual engagement or views", n, fmtFloat(best, 1))
}

// hasPostsNear reports whether any post with counts falls in iv's window.
func (ri reachIndex) hasPostsNear(iv interval) bool {
	for _, m := range ri.posts {
		if near(m, iv) {
			return true
		}
	}
	return false
}

// mentionExplains returns why a growth interval is legitimate when the
// crawl saw another account mention the creator within explainWindow of
// it (a shout-out or a collaboration posted on a bigger account brings
// followers that the creator's own posts do not show), or "".
func mentionExplains(c *scout.Creator, acc *scout.Account, iv interval) string {
	for _, f := range c.FoundVia {
		if f.Kind != scout.FoundMention || f.By == "" || acc != nil && f.By == acc.ID {
			continue
		}
		if f.At.Before(iv.from.Add(-explainWindow)) || f.At.After(iv.to.Add(explainWindow)) {
			continue
		}
		return fmt.Sprintf("a mention by %s seen by the crawl on %s", f.By, f.At.Format("2006-01-02"))
	}
	return ""
}
