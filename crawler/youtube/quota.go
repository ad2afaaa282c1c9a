package youtube

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

// DefaultQuota is the YouTube Data API's default daily quota per
// Google Cloud project, in units.
const DefaultQuota = 10_000

// ErrQuota means a Data API call would take the day's units over the
// budget. The call is not made; the crawl records the target as
// rate_limited.
var ErrQuota = errors.New("youtube data api daily quota used up")

// pacific is the time zone of the quota's day: Google resets YouTube Data
// API quotas at midnight Pacific Time. When the zone database is missing,
// Pacific Standard Time (UTC−8) stands in, which puts the boundary an
// hour early during daylight saving time — early, so never over budget.
var pacific = func() *time.Location {
	if loc, err := time.LoadLocation("America/Los_Angeles"); err == nil {
		return loc
	}
	return time.FixedZone("PST", -8*60*60)
}()

// Quota counts Data API units against a daily budget. Every call
// costs units whether it succeeds or not (Google counts failed calls too):
// channels.list, playlistItems.list and videos.list cost 1 each. It is safe
// for concurrent use; share one per API key.
type Quota struct {
	budget int
	now    func() time.Time

	mu   sync.Mutex
	day  string // the Pacific date the units were spent on, 2006-01-02
	used int
}

// NewQuota returns a quota of budget units a day on clock now
// (time.Now when nil).
func NewQuota(budget int, now func() time.Time) *Quota {
	if now == nil {
		now = time.Now
	}
	return &Quota{budget: budget, now: now}
}

// Spend takes units from today's budget, or refuses with ErrQuota
// (saying when the budget resets) and takes nothing.
func (q *Quota) Spend(units int) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	now := q.now()
	q.roll(now)
	if q.used+units > q.budget {
		return fmt.Errorf("%d of %d units spent today, resets at %s: %w",
			q.used, q.budget, nextPacificMidnight(now).Format(time.RFC3339), ErrQuota)
	}
	q.used += units
	return nil
}

// Used returns the Pacific date and the units spent on it, for saving
// between runs.
func (q *Quota) Used() (day string, units int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.roll(q.now())
	return q.day, q.used
}

// Restore sets the units already spent on a Pacific date (from an earlier
// run); a date other than today's is ignored, since its units have reset.
func (q *Quota) Restore(day string, units int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.roll(q.now())
	if day == q.day && units > q.used {
		q.used = units
	}
}

// roll starts a new day's count when the Pacific date has changed.
func (q *Quota) roll(now time.Time) {
	if d := now.In(pacific).Format(time.DateOnly); d != q.day {
		q.day, q.used = d, 0
	}
}

// nextPacificMidnight is when the quota day after now begins.
func nextPacificMidnight(now time.Time) time.Time {
	p := now.In(pacific)
	return time.Date(p.Year(), p.Month(), p.Day()+1, 0, 0, 0, 0, pacific)
}

// Exhaust marks today's budget as spent: Google answered quotaExceeded, so
// its count (shared by every user of the key) is ahead of ours.
func (q *Quota) Exhaust() {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.roll(q.now())
	q.used = max(q.used, q.budget)
}
