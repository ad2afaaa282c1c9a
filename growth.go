package scout

import (
	"context"
	"time"
)

// Growth is a creator's follower growth over the last 7, 30 and 90 days,
// from the snapshots every crawl appends. A window is nil when the series
// is too short: it needs a snapshot at or before the window's start.
type Growth struct {
	D7  *GrowthPoint `json:"d7"`
	D30 *GrowthPoint `json:"d30"`
	D90 *GrowthPoint `json:"d90"`
}

// GrowthPoint is the change in followers over one window: Abs in
// followers, Pct in percent of the count at the window's start (nil when
// that count was 0).
type GrowthPoint struct {
	Abs int64    `json:"abs"`
	Pct *float64 `json:"pct"`
}

// GrowthWindows are the windows of Growth, in days.
var GrowthWindows = []int{7, 30, 90}

// ComputeGrowth derives Growth from snapshots (of one or more accounts, in
// any order) as of now. For each window it compares, per account, the
// latest follower count at or before the window's start with the latest at
// or before now, and sums over the accounts that have both and were seen
// inside the window, so an account added later does not look like growth
// and an account not crawled lately does not look flat. It returns nil when
// no window has data.
func ComputeGrowth(snaps []Snapshot, now time.Time) *Growth {
	g := &Growth{}
	points := []**GrowthPoint{&g.D7, &g.D30, &g.D90}
	found := false
	for i, days := range GrowthWindows {
		start := now.AddDate(0, 0, -days)
		base := latestFollowers(snaps, start)
		cur := latestFollowers(snaps, now)
		var abs, from int64
		ok := false
		for acct, b := range base {
			c, has := cur[acct]
			if !has || !c.at.After(start) {
				continue // nothing seen inside the window: unknown, not 0
			}
			ok = true
			abs += c.n - b.n
			from += b.n
		}
		if !ok {
			continue
		}
		p := &GrowthPoint{Abs: abs}
		if from > 0 {
			pct := float64(abs) / float64(from) * 100
			pct = float64(int64(pct*100+sign(pct)*0.5)) / 100 // two decimals
			p.Pct = &pct
		}
		*points[i] = p
		found = true
	}
	if !found {
		return nil
	}
	return g
}

// latestFollowers returns, per account, the follower count of its latest
// snapshot at or before t that has one, and that snapshot's time.
func latestFollowers(snaps []Snapshot, t time.Time) map[string]countAt {
	out := map[string]countAt{}
	for _, s := range snaps {
		if s.Followers == nil || s.At.After(t) {
			continue
		}
		if prev, ok := out[s.AccountID]; ok && prev.at.After(s.At) {
			continue
		}
		out[s.AccountID] = countAt{n: *s.Followers, at: s.At}
	}
	return out
}

type countAt struct {
	n  int64
	at time.Time
}

func sign(f float64) float64 {
	if f < 0 {
		return -1
	}
	return 1
}

// DefaultStalePeriod is how old a creator's data may get before it is
// stale when no schedule re-crawls it more often.
const DefaultStalePeriod = 30 * 24 * time.Hour

// IsStale reports whether data last fetched at asOf is older than period
// at now. Data never fetched (nil) is stale.
func IsStale(asOf *time.Time, period time.Duration, now time.Time) bool {
	if period <= 0 {
		period = DefaultStalePeriod
	}
	return asOf == nil || now.Sub(*asOf) > period
}

// StalePolicy says how fresh a creator's data should be: the period of the
// schedule that re-crawls it. Schedules implement it; without one every
// creator gets DefaultStalePeriod.
type StalePolicy interface {
	// StalePeriod returns the period after which c's data is stale.
	StalePeriod(ctx context.Context, c *Creator) time.Duration
}
