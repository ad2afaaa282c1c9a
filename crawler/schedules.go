package crawler

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/target"
)

// cronParser reads the 5-field cron expressions of schedules (minute, hour,
// day of month, month, day of week) and descriptors such as @daily. Only
// the parser of robfig/cron is used: its runner takes no clock, so the
// Scheduler computes run times itself from an injectable one.
var cronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// StaleGrace is added to a schedule's period before a creator it covers
// counts as stale, so that a daily job still running at 03:05 does not
// make every creator flash stale for five minutes.
const StaleGrace = time.Hour

// coverTTL is how long the Scheduler trusts its map of which creators each
// schedule covers; creating or deleting a schedule refreshes it at once.
const coverTTL = time.Minute

// maxWait bounds one sleep of the scheduler loop, so that a wall clock
// that jumps (a suspended laptop, an NTP step) is noticed within a minute.
const maxWait = time.Minute

// parseCron parses expr as a UTC schedule. Time-zone prefixes are refused:
// schedules are UTC, so that no run is skipped or doubled at a DST change.
func parseCron(expr string) (cron.Schedule, error) {
	expr = strings.TrimSpace(expr)
	if strings.HasPrefix(expr, "TZ=") || strings.HasPrefix(expr, "CRON_TZ=") {
		return nil, scout.Errorf(scout.EINVALID, "cron %q: schedules are in UTC; leave out the time zone", expr)
	}
	s, err := cronParser.Parse("CRON_TZ=UTC " + expr)
	if err != nil {
		return nil, scout.Errorf(scout.EINVALID, "cron %q: %v (want 5 fields: minute hour day-of-month month day-of-week, in UTC)", expr, err)
	}
	return s, nil
}

// NextRun returns the first time after t at which the cron expression
// expr fires (UTC). EINVALID for an expression that does not parse or
// never fires.
func NextRun(expr string, t time.Time) (time.Time, error) {
	s, err := parseCron(expr)
	if err != nil {
		return time.Time{}, err
	}
	next := s.Next(t.UTC())
	if next.IsZero() {
		return time.Time{}, scout.Errorf(scout.EINVALID, "cron %q never fires", expr)
	}
	return next, nil
}

// CronPeriod returns the longest gap between consecutive runs of expr over
// the runs after from (up to a thousand runs or five years): a day for
// "0 3 * * *", 31 days for "0 3 1 * *". EINVALID for a bad expression.
func CronPeriod(expr string, from time.Time) (time.Duration, error) {
	s, err := parseCron(expr)
	if err != nil {
		return 0, err
	}
	prev := s.Next(from.UTC())
	if prev.IsZero() {
		return 0, scout.Errorf(scout.EINVALID, "cron %q never fires", expr)
	}
	end := prev.AddDate(5, 0, 0)
	var longest time.Duration
	for range 1000 {
		next := s.Next(prev)
		if next.IsZero() || next.After(end) {
			break
		}
		longest = max(longest, next.Sub(prev))
		prev = next
	}
	if longest == 0 {
		longest = end.Sub(prev) // fires once in five years at most
	}
	return longest, nil
}

// PrepareSchedule validates s, parses its cron expression and sets its
// Period and NextRun (the first run after now). The CLI uses it to add a
// schedule to the store directly; the Scheduler's CreateSchedule calls it.
func PrepareSchedule(s *scout.Schedule, now time.Time) error {
	if err := s.Validate(); err != nil {
		return err
	}
	period, err := CronPeriod(s.Cron, now)
	if err != nil {
		return err
	}
	next, err := NextRun(s.Cron, now)
	if err != nil {
		return err
	}
	s.Period, s.NextRun = scout.Duration(period), next
	return nil
}

// Scheduler runs schedules for serve: it fires a crawl job (origin
// schedule, with the schedule's tier) through Jobs whenever a schedule
// comes due, and implements scout.StalePolicy from the schedules' periods.
// It wraps the stored ScheduleService: CreateSchedule parses the cron
// expression and computes the first run, Create and Delete wake the loop.
//
// Run times come from the injected clock (Now, After), never from a
// runner of its own. A schedule that missed runs while serve was down
// fires once when serve starts (not once per missed run: the runs would
// crawl the same pages at the same moment), and its next run is the first
// after that. A schedule whose previous job is still queued or running
// skips the run and says so in its Message, so slow crawls never pile up.
//
// Start starts the loop in a goroutine owned by the Scheduler; Close
// stops it and waits.
type Scheduler struct {
	scout.ScheduleService
	// Jobs queues the jobs schedules fire (serve's JobQueue).
	Jobs scout.JobService
	// Creators lists the creators of an "all" schedule and of a
	// shortlist; Shortlists reads shortlists (nil: shortlist schedules
	// fire no job and say why).
	Creators   scout.CreatorService
	Shortlists scout.ShortlistService
	// Now and After are the clock: time.Now and time.After when nil.
	Now   func() time.Time
	After func(time.Duration) <-chan time.Time
	// Logger gets one line per fired schedule and every failure.
	Logger *slog.Logger

	ctx    context.Context
	cancel context.CancelFunc
	done   chan struct{}
	kick   chan struct{}

	mu    sync.Mutex // guards cover
	cover *coverage
}

var (
	_ scout.ScheduleService = (*Scheduler)(nil)
	_ scout.StalePolicy     = (*Scheduler)(nil)
)

// coverage is which creators the schedules cover, with the shortest
// period of the schedules covering each.
type coverage struct {
	built    time.Time
	all      time.Duration            // shortest "all" period; 0: none
	keys     map[string]time.Duration // account keys of listed targets
	creators map[string]time.Duration // creator ids of shortlists
}

// Start starts the loop. Call it once; Close stops it.
func (s *Scheduler) Start() {
	s.ctx, s.cancel = context.WithCancel(context.Background())
	s.done = make(chan struct{})
	s.kick = make(chan struct{}, 1)
	go s.loop()
}

// Close stops the loop and waits for it; a schedule being fired finishes
// first. Calling Close on a Scheduler never started is harmless.
func (s *Scheduler) Close() error {
	if s.cancel == nil {
		return nil
	}
	s.cancel()
	<-s.done
	return nil
}

// CreateSchedule implements scout.ScheduleService: it validates s, parses
// its cron expression (EINVALID when it does not parse), sets Period and
// NextRun from the clock, stores it and wakes the loop.
func (s *Scheduler) CreateSchedule(ctx context.Context, sch *scout.Schedule) error {
	if err := PrepareSchedule(sch, s.now()); err != nil {
		return err
	}
	if err := s.ScheduleService.CreateSchedule(ctx, sch); err != nil {
		return err
	}
	s.changed()
	return nil
}

// DeleteSchedule implements scout.ScheduleService and wakes the loop.
func (s *Scheduler) DeleteSchedule(ctx context.Context, id string) error {
	if err := s.ScheduleService.DeleteSchedule(ctx, id); err != nil {
		return err
	}
	s.changed()
	return nil
}

// Wake makes the loop look at the schedules again now, after a change
// made through the store (pausing or resuming one).
func (s *Scheduler) Wake() { s.changed() }

// changed drops the coverage cache and wakes the loop.
func (s *Scheduler) changed() {
	s.mu.Lock()
	s.cover = nil
	s.mu.Unlock()
	if s.kick != nil {
		select {
		case s.kick <- struct{}{}:
		default:
		}
	}
}

func (s *Scheduler) loop() {
	defer close(s.done)
	for {
		next, err := s.RunDue(s.ctx)
		if s.ctx.Err() != nil {
			return
		}
		wait := maxWait
		if err != nil {
			s.logger().Error("run schedules", "err", err)
		} else if !next.IsZero() {
			wait = min(wait, max(next.Sub(s.now()), 0))
		}
		select {
		case <-s.ctx.Done():
			return
		case <-s.kick:
		case <-s.after(wait):
		}
	}
}

// RunDue fires every schedule due at the clock's now and returns the
// earliest next run of all schedules (zero when there are none). A
// schedule stored without run times (by an older version) gets them
// first. The loop calls it; tests may too.
func (s *Scheduler) RunDue(ctx context.Context) (time.Time, error) {
	all, _, err := s.ScheduleService.FindSchedules(ctx, scout.ScheduleFilter{})
	if err != nil {
		return time.Time{}, err
	}
	var earliest time.Time
	for _, sch := range all {
		if sch.Paused {
			continue // neither fired nor waited for
		}
		now := s.now()
		if sch.NextRun.IsZero() || sch.Period == 0 {
			if err := PrepareSchedule(sch, now); err != nil {
				s.logger().Error("schedule has a bad cron expression", "schedule", sch.ID, "cron", sch.Cron, "err", err)
				continue
			}
			if err := s.ScheduleService.UpdateSchedule(ctx, sch); err != nil {
				return time.Time{}, err
			}
		}
		if !sch.NextRun.After(now) {
			if err := s.fire(ctx, sch, now); err != nil {
				return time.Time{}, err
			}
		}
		if earliest.IsZero() || sch.NextRun.Before(earliest) {
			earliest = sch.NextRun
		}
	}
	return earliest, nil
}

// fire queues the schedule's job(s) and moves its next run past now.
func (s *Scheduler) fire(ctx context.Context, sch *scout.Schedule, now time.Time) error {
	log := s.logger().With("schedule", sch.ID, "cron", sch.Cron, "tier", sch.Tier)
	missed := sch.NextRun
	next, err := NextRun(sch.Cron, now)
	if err != nil {
		return err
	}
	sch.NextRun = next
	sch.Message = ""
	if sch.LastJobID != "" {
		if j, err := s.Jobs.FindJobByID(ctx, sch.LastJobID); err == nil && !j.Finished() {
			sch.Message = fmt.Sprintf("run of %s skipped: job %s is still %s", missed.Format(time.RFC3339), j.ID, j.State)
			log.Warn("schedule skipped a run", "job", j.ID, "state", j.State)
			return s.ScheduleService.UpdateSchedule(ctx, sch)
		}
	}
	targets, err := s.targets(ctx, sch)
	switch {
	case err != nil:
		sch.Message = "no job: " + scout.ErrorMessage(err)
		log.Warn("schedule queued no job", "err", err)
	case len(targets) == 0:
		sch.Message = "no job: no targets (no creators known yet)"
	}
	for len(targets) > 0 {
		n := min(len(targets), scout.MaxJobTargets)
		j := &scout.CrawlJob{Origin: scout.OriginSchedule, Targets: targets[:n:n], Tier: sch.Tier, ScheduleID: sch.ID}
		if err := s.Jobs.CreateJob(ctx, j); err != nil {
			return fmt.Errorf("schedule %s: queue job: %w", sch.ID, err)
		}
		sch.LastJobID = j.ID
		targets = targets[n:]
		log.Info("schedule fired", "job", j.ID, "targets", n, "due", missed)
	}
	t := now
	sch.LastRun = &t
	return s.ScheduleService.UpdateSchedule(ctx, sch)
}

// targets lists what one run of sch crawls: each account's profile URL
// (or PLATFORM:HANDLE when it has none), deduplicated.
func (s *Scheduler) targets(ctx context.Context, sch *scout.Schedule) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	add := func(t string) {
		if t != "" && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	addCreators := func(cs []*scout.Creator) {
		for _, c := range cs {
			for _, a := range c.Accounts {
				add(accountTarget(&a))
			}
		}
	}
	switch {
	case len(sch.Targets.URLs) > 0:
		for _, u := range sch.Targets.URLs {
			add(u)
		}
	case sch.Targets.All:
		if s.Creators == nil {
			return nil, scout.Errorf(scout.EUNAVAILABLE, "no creator store")
		}
		err := eachCreatorPage(ctx, s.Creators, scout.CreatorFilter{}, func(cs []*scout.Creator) { addCreators(cs) })
		if err != nil {
			return nil, err
		}
	case sch.Targets.Shortlist != "":
		ids, pending, err := s.shortlistMembers(ctx, sch.Targets.Shortlist)
		if err != nil {
			return nil, err
		}
		if len(ids) > 0 {
			err := eachCreatorPage(ctx, s.Creators, scout.CreatorFilter{IDs: ids}, func(cs []*scout.Creator) { addCreators(cs) })
			if err != nil {
				return nil, err
			}
		}
		for _, t := range pending {
			add(t)
		}
	}
	return out, nil
}

// shortlistMembers returns the creator ids and the pending targets of a
// shortlist.
func (s *Scheduler) shortlistMembers(ctx context.Context, id string) (ids, pending []string, err error) {
	if s.Shortlists == nil || s.Creators == nil {
		return nil, nil, scout.Errorf(scout.EUNAVAILABLE, "shortlists are not available on this server")
	}
	sl, err := s.Shortlists.FindShortlistByID(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	for _, e := range sl.Entries {
		if e.CreatorID != "" {
			ids = append(ids, e.CreatorID)
		} else if e.Target != "" {
			pending = append(pending, e.Target)
		}
	}
	return ids, pending, nil
}

// eachCreatorPage hands f the creators matching filter, 500 at a time.
func eachCreatorPage(ctx context.Context, cs scout.CreatorService, filter scout.CreatorFilter, f func([]*scout.Creator)) error {
	const page = 500
	if len(filter.IDs) > 0 {
		for i := 0; i < len(filter.IDs); i += page {
			batch, _, err := cs.FindCreators(ctx, scout.CreatorFilter{IDs: filter.IDs[i:min(i+page, len(filter.IDs))]})
			if err != nil {
				return err
			}
			f(batch)
		}
		return nil
	}
	for off := 0; ; off += page {
		batch, total, err := cs.FindCreators(ctx, scout.CreatorFilter{Offset: off, Limit: page})
		if err != nil {
			return err
		}
		f(batch)
		if len(batch) == 0 || off+len(batch) >= total {
			return nil
		}
	}
}

// accountTarget is how an account is crawled again: its profile URL, or
// PLATFORM:HANDLE.
func accountTarget(a *scout.Account) string {
	if a.URL != "" {
		return a.URL
	}
	if a.Handle != "" && a.Platform != "" {
		return string(a.Platform) + ":" + a.Handle
	}
	return ""
}

// StalePeriod implements scout.StalePolicy: the shortest period (plus
// StaleGrace) of the schedules covering c, a schedule of all creators
// covering everyone; scout.DefaultStalePeriod when none does.
func (s *Scheduler) StalePeriod(ctx context.Context, c *scout.Creator) time.Duration {
	cov := s.coverage(ctx)
	var best time.Duration
	take := func(p time.Duration) {
		if p > 0 && (best == 0 || p < best) {
			best = p
		}
	}
	take(cov.all)
	take(cov.creators[c.ID])
	for i := range c.Accounts {
		for _, k := range target.AccountKeys(&c.Accounts[i]) {
			take(cov.keys[k])
		}
	}
	if best == 0 {
		return scout.DefaultStalePeriod
	}
	return best + StaleGrace
}

// coverage returns the cached coverage, rebuilding it when it is older
// than coverTTL. A store that fails leaves the last good map (or an empty
// one) in place.
func (s *Scheduler) coverage(ctx context.Context) *coverage {
	now := s.now()
	s.mu.Lock()
	cov := s.cover
	s.mu.Unlock()
	if cov != nil && now.Sub(cov.built) < coverTTL && !now.Before(cov.built) {
		return cov
	}
	fresh := &coverage{built: now, keys: map[string]time.Duration{}, creators: map[string]time.Duration{}}
	shorter := func(m map[string]time.Duration, k string, p time.Duration) {
		if old, ok := m[k]; !ok || p < old {
			m[k] = p
		}
	}
	all, _, err := s.ScheduleService.FindSchedules(ctx, scout.ScheduleFilter{})
	if err != nil {
		s.logger().Warn("read schedules for staleness", "err", err)
		if cov != nil {
			return cov
		}
		return fresh
	}
	for _, sch := range all {
		p := time.Duration(sch.Period)
		if p <= 0 {
			if p, err = CronPeriod(sch.Cron, now); err != nil {
				continue
			}
		}
		switch {
		case sch.Targets.All:
			if fresh.all == 0 || p < fresh.all {
				fresh.all = p
			}
		case len(sch.Targets.URLs) > 0:
			for _, u := range sch.Targets.URLs {
				for _, k := range target.Keys(u) {
					shorter(fresh.keys, k, p)
				}
			}
		case sch.Targets.Shortlist != "":
			ids, pending, err := s.shortlistMembers(ctx, sch.Targets.Shortlist)
			if err != nil {
				continue
			}
			for _, id := range ids {
				shorter(fresh.creators, id, p)
			}
			for _, t := range pending {
				for _, k := range target.Keys(t) {
					shorter(fresh.keys, k, p)
				}
			}
		}
	}
	s.mu.Lock()
	s.cover = fresh
	s.mu.Unlock()
	return fresh
}

func (s *Scheduler) now() time.Time {
	if s.Now != nil {
		return s.Now().UTC()
	}
	return time.Now().UTC()
}

func (s *Scheduler) after(d time.Duration) <-chan time.Time {
	if s.After != nil {
		return s.After(d)
	}
	return time.After(d)
}

func (s *Scheduler) logger() *slog.Logger {
	if s.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return s.Logger
}

// tierKey is the context key of a job's crawl tier.
type tierKey struct{}

// WithJobTier returns ctx carrying the crawl tier of the job being run
// (scout.TierCounts, TierPosts, TierFollowers). JobRunner sets it for
// scheduled jobs.
func WithJobTier(ctx context.Context, tier string) context.Context {
	return context.WithValue(ctx, tierKey{}, tier)
}

// JobTier returns the crawl tier the running job asked for, or "" for a
// plain crawl (read everything). The platform adapters read less for a
// lighter tier (see TierReads).
func JobTier(ctx context.Context) string {
	t, _ := ctx.Value(tierKey{}).(string)
	return t
}

// TierReads says what an adapter reads, beyond the profile and its counts,
// for the tier of the job running with ctx: counts reads the profile only
// (the stored posts stay, and the snapshot is appended as ever), posts adds
// the recent posts and their reply samples, followers adds the follower
// sample; a plain crawl (no tier) reads everything.
func TierReads(ctx context.Context) (posts, followers bool) {
	switch JobTier(ctx) {
	case scout.TierCounts:
		return false, false
	case scout.TierPosts:
		return true, false
	default:
		return true, true
	}
}
