package scout

import (
	"bytes"
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"time"
)

// Crawl tiers: what a scheduled re-crawl is for. Counts move fast and are
// cheap to read, posts less so, follower samples are the most expensive;
// a schedule names its tier so that, for example, counts are refreshed
// daily, posts weekly and follower samples monthly. The tier is a hint
// carried by the job to the crawl (crawler.JobTier): an adapter may read
// less for a lighter tier. Today every tier fetches the same as a full
// crawl (the profile page and its feed, or the platform API's profile,
// recent posts and follower sample), so a lighter tier is as fresh as a
// heavier one; the tiers differ only in their schedules.
const (
	TierCounts    = "counts"    // profile counts only
	TierPosts     = "posts"     // counts and recent posts (the default)
	TierFollowers = "followers" // counts, posts and a follower sample
)

// CrawlTiers lists the crawl tiers, lightest first.
var CrawlTiers = []string{TierCounts, TierPosts, TierFollowers}

// MaxScheduleTargets caps the URLs listed in one schedule, as for a job.
const MaxScheduleTargets = MaxJobTargets

// Schedule is a recurring crawl: a 5-field cron expression in UTC, what to
// re-crawl and at which tier. serve's scheduler fires a crawl job (origin
// "schedule") each time the schedule comes due, and the schedule's period
// sets when the creators it covers count as stale. The JSON shape is the
// schedules API's.
type Schedule struct {
	ID string `json:"id"`
	// Cron is "minute hour day-of-month month day-of-week", in UTC
	// ("0 3 * * *" is every day at 03:00 UTC). Descriptors such as
	// @daily are accepted too.
	Cron string `json:"cron"`
	// Targets says what each run crawls.
	Targets ScheduleTargets `json:"targets"`
	// Tier is one of CrawlTiers; empty means TierPosts.
	Tier string `json:"tier"`
	// Period is the longest gap between two runs, from the cron
	// expression (set by the scheduler): creators the schedule covers are
	// stale when their data is older than this.
	//
	// PeriodSeconds is the same in whole seconds (null until known); the
	// string in Period is kept for one release and is deprecated.
	Period        Duration `json:"period"`
	PeriodSeconds *int64   `json:"period_seconds"`
	// NextRun is the next time the schedule fires. After downtime a
	// schedule that missed several runs fires once, then NextRun moves
	// to the first run time after that.
	NextRun time.Time `json:"next_run"`
	// LastRun is when the schedule last fired, and LastJobID the job it
	// queued (more than one when "all" had more creators than a job
	// takes; the last is kept).
	LastRun   *time.Time `json:"last_run"`
	LastJobID string     `json:"last_job_id,omitempty"`
	// Message says why the last run queued nothing (no targets, the
	// previous job still running).
	Message string `json:"message,omitempty"`
	// Paused schedules do not fire; resuming one fires it once if a run
	// was missed, as after downtime.
	Paused    bool      `json:"paused,omitempty"`
	CreatedAt time.Time `json:"created_at"`
}

// MarshalJSON derives period_seconds from Period, so records stored before
// the field existed answer with it too.
func (s Schedule) MarshalJSON() ([]byte, error) {
	type plain Schedule
	p := plain(s)
	p.PeriodSeconds = nil
	if s.Period > 0 {
		secs := int64(time.Duration(s.Period) / time.Second)
		p.PeriodSeconds = &secs
	}
	return json.Marshal(p)
}

// ScheduleTargets is what a schedule crawls: all known creators, a list
// of URLs or PLATFORM:HANDLE targets, or a shortlist's creators. Exactly
// one is set. In JSON it is {"all": true}, {"urls": [...]},
// {"shortlist": "ID"}, or simply a list of targets.
type ScheduleTargets struct {
	All       bool     `json:"all,omitempty"`
	URLs      []string `json:"urls,omitempty"`
	Shortlist string   `json:"shortlist,omitempty"`
}

// UnmarshalJSON accepts a bare list of targets as well as the object.
func (t *ScheduleTargets) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '[' {
		*t = ScheduleTargets{}
		return json.Unmarshal(b, &t.URLs)
	}
	type plain ScheduleTargets
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*t = ScheduleTargets(p)
	return nil
}

// String describes the targets for people: "all creators", "shortlist
// s1", "3 targets".
func (t ScheduleTargets) String() string {
	switch {
	case t.All:
		return "all creators"
	case t.Shortlist != "":
		return "shortlist " + t.Shortlist
	case len(t.URLs) == 1:
		return "1 target"
	default:
		return strconv.Itoa(len(t.URLs)) + " targets"
	}
}

// Validate trims the fields, fills the default tier and rejects with
// EINVALID a schedule without a cron expression, with none or more than
// one kind of target, too many targets or an unknown tier. The cron
// expression itself is parsed by the scheduler, which owns the parser.
func (s *Schedule) Validate() error {
	s.Cron = strings.TrimSpace(s.Cron)
	s.Tier = strings.ToLower(strings.TrimSpace(s.Tier))
	s.Targets.Shortlist = strings.TrimSpace(s.Targets.Shortlist)
	if s.Tier == "" {
		s.Tier = TierPosts
	}
	urls := s.Targets.URLs[:0:0]
	for _, u := range s.Targets.URLs {
		if u = strings.TrimSpace(u); u != "" {
			urls = append(urls, u)
		}
	}
	s.Targets.URLs = urls
	kinds := 0
	for _, set := range []bool{s.Targets.All, len(urls) > 0, s.Targets.Shortlist != ""} {
		if set {
			kinds++
		}
	}
	switch {
	case s.Cron == "":
		return Errorf(EINVALID, "cron is required, such as \"0 3 * * *\" (every day at 03:00 UTC)")
	case kinds == 0:
		return Errorf(EINVALID, "targets are required: {\"all\": true}, a list of URLs or PLATFORM:HANDLE targets, or {\"shortlist\": \"ID\"}")
	case kinds > 1:
		return Errorf(EINVALID, "targets must be one of all, urls and shortlist")
	case len(urls) > MaxScheduleTargets:
		return Errorf(EINVALID, "a schedule takes at most %d targets; got %d", MaxScheduleTargets, len(urls))
	}
	for _, tier := range CrawlTiers {
		if s.Tier == tier {
			return nil
		}
	}
	return Errorf(EINVALID, "tier must be one of %s; got %q", strings.Join(CrawlTiers, ", "), s.Tier)
}

// Duration is a time.Duration that reads and writes JSON as a Go duration
// string ("24h0m0s"), which people can read.
type Duration time.Duration

// MarshalJSON implements json.Marshaler.
func (d Duration) MarshalJSON() ([]byte, error) {
	return json.Marshal(time.Duration(d).String())
}

// UnmarshalJSON implements json.Unmarshaler.
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	*d = Duration(v)
	return nil
}

// ScheduleFilter selects schedules for FindSchedules.
type ScheduleFilter struct {
	Offset int
	Limit  int // 0 means no limit
}

// ScheduleService keeps schedules (implemented by store on bbolt; the
// scheduler wraps it to parse cron expressions and compute run times).
type ScheduleService interface {
	// CreateSchedule validates s, assigns ID and CreatedAt and stores it.
	// EINVALID when Validate (or, through the scheduler, the cron
	// parser) rejects it.
	CreateSchedule(ctx context.Context, s *Schedule) error
	// FindScheduleByID returns one schedule. ENOTFOUND when there is none.
	FindScheduleByID(ctx context.Context, id string) (*Schedule, error)
	// FindSchedules returns schedules oldest first and the number stored.
	// EINVALID for negative paging.
	FindSchedules(ctx context.Context, filter ScheduleFilter) ([]*Schedule, int, error)
	// UpdateSchedule replaces a stored schedule (its run times and last
	// job). ENOTFOUND when absent.
	UpdateSchedule(ctx context.Context, s *Schedule) error
	// DeleteSchedule removes a schedule; jobs it queued are kept.
	// ENOTFOUND when absent.
	DeleteSchedule(ctx context.Context, id string) error
}
