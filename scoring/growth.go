package scoring

import (
	"fmt"
	"math"
	"sort"
	"time"

	scout "github.com/scout-oss/scout"
)

// explainCues mark posts that legitimately bring followers: giveaways,
// shout-outs, press and TV (market.md §5 "legitimate causes to exclude";
// scoring.md §3.4 "no giveaway or collab keyword in a ±3-day window").
var explainCues = newPhraseSet(
	"giveaway", "give away", "giveaways", "shoutout", "shout out", "featured on", "featured in", "interview", "on tv", "tv", "press", "podcast",
	"collab", "went viral", "blew up", "sorteo", "gewinnspiel", "verlosung", "concorso", "concours", "jeu concours", "entrevista", "interviu",
)

type interval struct {
	from, to   time.Time
	f0, f1     int64
	days, rate float64
}

func growthChecks(c *scout.Creator, acc *scout.Account, all []measured, r *eqResult) (spike, drop Check) {
	spike = Check{Name: "follower_spike", Threshold: "daily growth robust z > 3.5 and excess ≥ max(200, 2% of followers) or > 5,000/day, or a round 1,000s jump; not explained by a viral post (z ≥ 2, ≥ 2× median) or giveaway/press post in the 3 days before",
		Source: "scoring.md §3.4 growth spikes, §6.2 GROW; HypeAuditor growth graphs and 5k/day ads ceiling, round-number jumps (market.md §5)"}
	drop = Check{Name: "follower_drop", Threshold: "daily growth robust z < −3.5 and loss ≥ max(100, 1% of followers)",
		Source: "scoring.md §3.4 (a drop may be a platform purge of fake followers)"}
	ivs := intervals(c, acc)
	if len(ivs) < growthMinIntervals {
		spike.Status, drop.Status = StatusSkipped, StatusSkipped
		spike.Detail = fmt.Sprintf("%d intervals between snapshots; needs %d", len(ivs), growthMinIntervals)
		drop.Detail = spike.Detail
		return
	}
	rates := make([]float64, len(ivs))
	for i, iv := range ivs {
		rates[i] = iv.rate
	}
	med := median(rates)
	scale := math.Max(mad(rates, med), math.Max(1, 0.05*math.Abs(med)))
	viral := viralPosts(all)
	var spikes, drops []scout.Evidence
	maxZ, minZ := 0.0, 0.0
	var explained []string
	for _, iv := range ivs {
		z := robustZ(iv.rate, med, scale)
		maxZ, minZ = math.Max(maxZ, z), math.Min(minZ, z)
		delta := iv.f1 - iv.f0
		excess := (iv.rate - med) * iv.days
		big := excess >= math.Max(spikeMinAbs, spikeMinShare*float64(iv.f0)) || iv.rate-med > adsCeilingPerDay
		roundJump := delta >= 1000 && delta%1000 == 0 && iv.f0%100 != 0 && excess >= 1000
		if z > zRed && big || roundJump {
			if why := explain(all, viral, iv); why != "" {
				explained = append(explained, why)
				continue
			}
			t := iv.to
			what := "jump"
			if roundJump {
				what = "round-number jump"
			}
			spikes = append(spikes, scout.Evidence{PublishedAt: &t, URL: accURL(acc),
				Excerpt: fmt.Sprintf("+%s followers between %s and %s (%s/day vs typical %s/day); no viral, giveaway or press post explains it",
					thousands(delta), iv.from.Format("2006-01-02"), iv.to.Format("2006-01-02"), thousands(int64(iv.rate)), thousands(int64(med))),
				Match: fmt.Sprintf("%s robust z %.1f", what, z), Rule: "follower_spike@" + VersionEngagementQuality})
		}
		if z < -zRed && -excess >= math.Max(dropMinAbs, dropMinShare*float64(iv.f0)) {
			t := iv.to
			drops = append(drops, scout.Evidence{PublishedAt: &t, URL: accURL(acc),
				Excerpt: fmt.Sprintf("%s followers between %s and %s vs typical %s/day", thousands(delta), iv.from.Format("2006-01-02"), iv.to.Format("2006-01-02"), thousands(int64(med))),
				Match:   fmt.Sprintf("robust z %.1f", z), Rule: "follower_drop@" + VersionEngagementQuality})
		}
	}
	spike.Value = scout.Float64(round(maxZ, 2))
	drop.Value = scout.Float64(round(minZ, 2))
	spike.Detail = fmt.Sprintf("%d intervals, typical growth %s/day", len(ivs), fmtFloat(med, 1))
	drop.Detail = spike.Detail
	if len(explained) > 0 {
		spike.Detail += "; spikes explained: " + explained[0]
	}
	spike.Status, drop.Status = StatusOK, StatusOK
	if len(spikes) > 0 {
		spike.Status = StatusRed
		spike.Detail = fmt.Sprintf("%d unexplained spike(s); typical growth %s/day", len(spikes), fmtFloat(med, 1))
		r.fake = append(r.fake, "follower_spike")
		r.flags = append(r.flags, scout.Flag{Code: "follower_spike", Severity: scout.SeverityRed,
			Message:  fmt.Sprintf("%d follower spike(s) that no viral post, giveaway or press mention explains: bought followers are the usual cause", len(spikes)),
			Evidence: spikes})
	}
	if len(drops) > 0 {
		drop.Status = StatusWarn
		r.flags = append(r.flags, scout.Flag{Code: "follower_drop", Severity: scout.SeverityWarn,
			Message:  fmt.Sprintf("%d sudden follower drop(s): a platform purge of fake accounts is a common cause", len(drops)),
			Evidence: drops})
	}
	return
}

func accURL(a *scout.Account) string {
	if a == nil {
		return ""
	}
	return a.URL
}

// intervals turns the primary account's snapshots (oldest first) into
// growth intervals, skipping snapshots less than 12 hours after the last
// kept one (rates over minutes are noise).
func intervals(c *scout.Creator, acc *scout.Account) []interval {
	if acc == nil {
		return nil
	}
	var ss []scout.Snapshot
	for _, s := range c.Snapshots {
		if (s.AccountID == acc.ID || s.AccountID == "") && s.Followers != nil {
			ss = append(ss, s)
		}
	}
	sort.SliceStable(ss, func(i, j int) bool { return ss[i].At.Before(ss[j].At) })
	var ivs []interval
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
	return ivs
}

// viralPosts marks posts whose engagement is a robust outlier (z ≥ 2 on
// ln engagement against the creator's own posts, and ≥ 2× the median).
func viralPosts(all []measured) map[*scout.Post]float64 {
	out := map[*scout.Post]float64{}
	if len(all) < 3 {
		return out
	}
	xs := make([]float64, len(all))
	for i, m := range all {
		xs[i] = math.Log(float64(m.engaged) + 1)
	}
	med := median(xs)
	s := math.Max(mad(xs, med), 0.05)
	for i, m := range all {
		z := robustZ(xs[i], med, s)
		if z >= viralZ && xs[i]-med >= math.Log(viralRatio) {
			out[m.post] = z
		}
	}
	return out
}

// explain returns why a growth interval is legitimate, or "".
func explain(all []measured, viral map[*scout.Post]float64, iv interval) string {
	from := iv.from.Add(-explainWindow)
	for _, m := range all {
		p := m.post
		if p.PublishedAt.Before(from) || p.PublishedAt.After(iv.to) {
			continue
		}
		if z, ok := viral[p]; ok {
			return fmt.Sprintf("viral post %s (engagement robust z %.1f)", p.ID, z)
		}
		if explainCues.contains(tokenize(p.Title + " " + p.Text)) {
			return "giveaway/press post " + p.ID
		}
	}
	return ""
}
