package crawler_test

import (
	"context"
	"slices"
	"sort"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
)

// schedClock is an injectable clock for the scheduler: After returns a
// channel that Advance fires once the clock passes its deadline.
type schedClock struct {
	mu      sync.Mutex
	now     time.Time
	waiters []schedWaiter
}

type schedWaiter struct {
	at time.Time
	ch chan time.Time
}

func (c *schedClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *schedClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := make(chan time.Time, 1)
	if d <= 0 {
		ch <- c.now
		return ch
	}
	c.waiters = append(c.waiters, schedWaiter{at: c.now.Add(d), ch: ch})
	return ch
}

func (c *schedClock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = t
	kept := c.waiters[:0]
	for _, w := range c.waiters {
		if !w.at.After(t) {
			w.ch <- t
			continue
		}
		kept = append(kept, w)
	}
	c.waiters = kept
}

// memSchedules is a working in-memory ScheduleService.
type memSchedules struct {
	mu  sync.Mutex
	seq int
	m   map[string]scout.Schedule
}

func newMemSchedules() *memSchedules { return &memSchedules{m: map[string]scout.Schedule{}} }

func (s *memSchedules) CreateSchedule(_ context.Context, sch *scout.Schedule) error {
	if err := sch.Validate(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	sch.ID = "sc" + strconv.Itoa(s.seq)
	s.m[sch.ID] = *sch
	return nil
}

func (s *memSchedules) FindScheduleByID(_ context.Context, id string) (*scout.Schedule, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sch, ok := s.m[id]
	if !ok {
		return nil, scout.Errorf(scout.ENOTFOUND, "schedule %s not found", id)
	}
	return &sch, nil
}

func (s *memSchedules) FindSchedules(_ context.Context, _ scout.ScheduleFilter) ([]*scout.Schedule, int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*scout.Schedule
	for _, sch := range s.m {
		out = append(out, &sch)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, len(out), nil
}

func (s *memSchedules) UpdateSchedule(_ context.Context, sch *scout.Schedule) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.m[sch.ID]; !ok {
		return scout.Errorf(scout.ENOTFOUND, "schedule %s not found", sch.ID)
	}
	s.m[sch.ID] = *sch
	return nil
}

func (s *memSchedules) DeleteSchedule(_ context.Context, id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.m, id)
	return nil
}

// memJobs is a JobService that records created jobs and announces them.
type memJobs struct {
	mu      sync.Mutex
	jobs    []*scout.CrawlJob
	created chan *scout.CrawlJob
}

func newMemJobs() *memJobs { return &memJobs{created: make(chan *scout.CrawlJob, 100)} }

func (j *memJobs) CreateJob(_ context.Context, job *scout.CrawlJob) error {
	j.mu.Lock()
	job.ID = "j" + strconv.Itoa(len(j.jobs)+1)
	job.State = scout.JobQueued
	cp := *job
	j.jobs = append(j.jobs, &cp)
	j.mu.Unlock()
	j.created <- &cp
	return nil
}

func (j *memJobs) FindJobByID(_ context.Context, id string) (*scout.CrawlJob, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	for _, job := range j.jobs {
		if job.ID == id {
			cp := *job
			return &cp, nil
		}
	}
	return nil, scout.Errorf(scout.ENOTFOUND, "crawl job %s not found", id)
}

func (j *memJobs) FindJobs(context.Context, scout.JobFilter) ([]*scout.CrawlJob, int, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	return slices.Clone(j.jobs), len(j.jobs), nil
}

func (j *memJobs) UpdateJob(_ context.Context, job *scout.CrawlJob) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	for i, old := range j.jobs {
		if old.ID == job.ID {
			cp := *job
			j.jobs[i] = &cp
			return nil
		}
	}
	return scout.Errorf(scout.ENOTFOUND, "crawl job %s not found", job.ID)
}

func (j *memJobs) Len() int {
	j.mu.Lock()
	defer j.mu.Unlock()
	return len(j.jobs)
}

func (j *memJobs) finishAll() {
	j.mu.Lock()
	defer j.mu.Unlock()
	for _, job := range j.jobs {
		job.State = scout.JobDone
	}
}

// memCreators serves FindCreators from a fixed list.
type memCreators struct {
	scout.CreatorService
	list []*scout.Creator
}

func (m *memCreators) FindCreators(_ context.Context, f scout.CreatorFilter) ([]*scout.Creator, int, error) {
	var out []*scout.Creator
	if len(f.IDs) > 0 {
		for _, id := range f.IDs {
			for _, c := range m.list {
				if c.ID == id {
					out = append(out, c)
				}
			}
		}
		return out, len(out), nil
	}
	end := len(m.list)
	if f.Limit > 0 {
		end = min(end, f.Offset+f.Limit)
	}
	return m.list[min(f.Offset, end):end], len(m.list), nil
}

// memShortlists serves one shortlist.
type memShortlists struct {
	scout.ShortlistService
	sl *scout.Shortlist
}

func (m *memShortlists) FindShortlistByID(_ context.Context, id string) (*scout.Shortlist, error) {
	if m.sl == nil || m.sl.ID != id {
		return nil, scout.Errorf(scout.ENOTFOUND, "shortlist %s not found", id)
	}
	return m.sl, nil
}

func utc(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t.UTC()
}

var nextRunTests = []struct {
	cron, after, want string
}{
	{"0 3 * * *", "2026-03-01T02:59:00Z", "2026-03-01T03:00:00Z"},
	{"0 3 * * *", "2026-03-01T03:00:00Z", "2026-03-02T03:00:00Z"}, // strictly after
	// Europe's clocks go forward on 2026-03-29 and back on 2026-10-25, the
	// US's on 2026-03-08: UTC schedules neither skip nor double a run.
	{"0 3 * * *", "2026-03-28T03:00:00Z", "2026-03-29T03:00:00Z"},
	{"30 2 * * *", "2026-03-08T00:00:00Z", "2026-03-08T02:30:00Z"},
	{"30 1 * * *", "2026-10-25T01:30:00Z", "2026-10-26T01:30:00Z"},
	{"0 3 1 * *", "2026-01-31T12:00:00Z", "2026-02-01T03:00:00Z"},
	{"*/15 * * * *", "2026-03-01T10:07:00Z", "2026-03-01T10:15:00Z"},
	{"0 4 * * 1", "2026-03-01T00:00:00Z", "2026-03-02T04:00:00Z"}, // 2026-03-01 is a Sunday
	{"@daily", "2026-03-01T12:00:00Z", "2026-03-02T00:00:00Z"},
}

func TestNextRun(t *testing.T) {
	// The machine's zone must not matter: schedules are UTC.
	old := time.Local
	time.Local = time.FixedZone("UTC+5:30", 5*3600+1800)
	if loc, err := time.LoadLocation("Europe/Paris"); err == nil {
		time.Local = loc
	}
	defer func() { time.Local = old }()
	for _, tt := range nextRunTests {
		got, err := crawler.NextRun(tt.cron, utc(tt.after))
		if err != nil {
			t.Errorf("NextRun(%q, %s): %v", tt.cron, tt.after, err)
			continue
		}
		if want := utc(tt.want); !got.Equal(want) || got.Location() != time.UTC {
			t.Errorf("NextRun(%q, %s) = %v, want %s UTC", tt.cron, tt.after, got, tt.want)
		}
	}
	// Consecutive daily runs are 24 h apart across both DST changes.
	at := utc("2026-03-20T00:00:00Z")
	for range 240 {
		next, _ := crawler.NextRun("0 3 * * *", at)
		if prev := at; prev.Hour() == 3 && next.Sub(prev) != 24*time.Hour {
			t.Fatalf("run after %v is %v: not 24 h later", prev, next)
		}
		at = next
	}
}

func TestNextRunInvalid(t *testing.T) {
	for _, expr := range []string{"", "* * * *", "0 3 * * * *", "61 * * * *", "TZ=Europe/Paris 0 3 * * *", "CRON_TZ=UTC 0 3 * * *", "0 0 30 2 *", "every day"} {
		if _, err := crawler.NextRun(expr, utc("2026-03-01T00:00:00Z")); scout.ErrorCode(err) != scout.EINVALID {
			t.Errorf("NextRun(%q) = %v, want EINVALID", expr, err)
		}
	}
}

func TestCronPeriod(t *testing.T) {
	tests := []struct {
		cron string
		want time.Duration
	}{
		{"0 3 * * *", 24 * time.Hour},
		{"0 */6 * * *", 6 * time.Hour},
		{"0 4 * * 1", 7 * 24 * time.Hour},
		{"0 3 1 * *", 31 * 24 * time.Hour},
		{"0 3 * * 1-5", 3 * 24 * time.Hour}, // Friday to Monday
		{"@monthly", 31 * 24 * time.Hour},
	}
	for _, tt := range tests {
		got, err := crawler.CronPeriod(tt.cron, utc("2026-03-01T00:00:00Z"))
		if err != nil || got != tt.want {
			t.Errorf("CronPeriod(%q) = %v, %v; want %v", tt.cron, got, err, tt.want)
		}
	}
}

// mustScheduler returns a started scheduler over fresh fakes at clock.
func mustScheduler(t *testing.T, clock *schedClock, store *memSchedules, jobs *memJobs) *crawler.Scheduler {
	t.Helper()
	s := &crawler.Scheduler{
		ScheduleService: store, Jobs: jobs, Now: clock.Now, After: clock.After,
		Creators: &memCreators{list: []*scout.Creator{
			{ID: "c1", Accounts: []scout.Account{{URL: "https://a.example/", Platform: scout.PlatformWeb}}},
			{ID: "c2", Accounts: []scout.Account{{Platform: scout.PlatformBluesky, Handle: "b.example"}, {URL: "https://a.example/"}}},
		}},
	}
	s.Start()
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func waitFired(t *testing.T, jobs *memJobs) *scout.CrawlJob {
	t.Helper()
	select {
	case j := <-jobs.created:
		return j
	case <-time.After(10 * time.Second):
		t.Fatal("no job fired within 10 s")
		return nil
	}
}

// waitRecorded waits (at most 10 s) until the schedule records a run.
func waitRecorded(t *testing.T, store *memSchedules, id string) *scout.Schedule {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		got, err := store.FindScheduleByID(t.Context(), id)
		if err == nil && got.LastRun != nil {
			return got
		}
		if time.Now().After(deadline) {
			t.Fatalf("schedule %s recorded no run within 10 s (last error %v)", id, err)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestSchedulerFiresWhenTheClockPasses(t *testing.T) {
	clock := &schedClock{now: utc("2026-03-01T01:00:00Z")}
	store, jobs := newMemSchedules(), newMemJobs()
	s := mustScheduler(t, clock, store, jobs)
	sch := &scout.Schedule{Cron: "0 3 * * *", Targets: scout.ScheduleTargets{All: true}, Tier: scout.TierCounts}
	if err := s.CreateSchedule(t.Context(), sch); err != nil {
		t.Fatal(err)
	}
	if want := utc("2026-03-01T03:00:00Z"); !sch.NextRun.Equal(want) || time.Duration(sch.Period) != 24*time.Hour {
		t.Fatalf("created: next run %v, period %v; want %v, 24h", sch.NextRun, time.Duration(sch.Period), want)
	}
	// Before its time nothing fires, however often the loop looks.
	clock.Set(utc("2026-03-01T02:59:59Z"))
	if _, err := s.RunDue(t.Context()); err != nil {
		t.Fatal(err)
	}
	if n := jobs.Len(); n != 0 {
		t.Fatalf("%d jobs before 03:00, want 0", n)
	}

	clock.Set(utc("2026-03-01T03:00:30Z"))
	j := waitFired(t, jobs)
	if j.Origin != scout.OriginSchedule || j.Tier != scout.TierCounts || j.ScheduleID != sch.ID ||
		!slices.Equal(j.Targets, []string{"https://a.example/", "bluesky:b.example"}) {
		t.Errorf("fired job %+v; want origin schedule, tier counts, schedule %s, each account once", j, sch.ID)
	}
	// The scheduler records the run just after it creates the job: wait
	// for that write rather than racing it.
	got := waitRecorded(t, store, sch.ID)
	if got.LastRun == nil || !got.LastRun.Equal(utc("2026-03-01T03:00:30Z")) || got.LastJobID != j.ID ||
		!got.NextRun.Equal(utc("2026-03-02T03:00:00Z")) {
		t.Errorf("after firing: last run %v, job %s, next %v; want 03:00:30, %s, tomorrow 03:00", got.LastRun, got.LastJobID, got.NextRun, j.ID)
	}
	// The next day's run fires again once the first job is done.
	jobs.finishAll()
	clock.Set(utc("2026-03-02T03:00:00Z"))
	if j2 := waitFired(t, jobs); j2.ID == j.ID {
		t.Errorf("second run reused job %s", j.ID)
	}
}

func TestSchedulerMissedRunsFireOnce(t *testing.T) {
	// A daily schedule stored before serve went down for three days and
	// a bit: the restarted scheduler fires it once, not four times.
	clock := &schedClock{now: utc("2026-03-01T01:00:00Z")}
	store, jobs := newMemSchedules(), newMemJobs()
	sch := &scout.Schedule{Cron: "0 3 * * *", Targets: scout.ScheduleTargets{URLs: []string{"https://a.example/"}}}
	if err := crawler.PrepareSchedule(sch, clock.Now()); err != nil {
		t.Fatal(err)
	}
	if err := store.CreateSchedule(t.Context(), sch); err != nil {
		t.Fatal(err)
	}
	clock.Set(utc("2026-03-04T05:00:00Z"))
	mustScheduler(t, clock, store, jobs) // the restart
	waitFired(t, jobs)
	waitRecorded(t, store, sch.ID)
	s2 := &crawler.Scheduler{ScheduleService: store, Jobs: jobs, Now: clock.Now}
	if _, err := s2.RunDue(t.Context()); err != nil { // looks again: nothing more is due
		t.Fatal(err)
	}
	if n := jobs.Len(); n != 1 {
		t.Errorf("%d jobs after three missed runs, want 1", n)
	}
	got, _ := store.FindScheduleByID(t.Context(), sch.ID)
	if !got.NextRun.Equal(utc("2026-03-05T03:00:00Z")) {
		t.Errorf("next run %v, want the first after the restart, 2026-03-05T03:00Z", got.NextRun)
	}
}

func TestSchedulerSkipsWhileTheLastJobRuns(t *testing.T) {
	clock := &schedClock{now: utc("2026-03-01T03:00:00Z")}
	store, jobs := newMemSchedules(), newMemJobs()
	s := &crawler.Scheduler{ScheduleService: store, Jobs: jobs, Now: clock.Now}
	if err := s.CreateSchedule(t.Context(), &scout.Schedule{Cron: "0 * * * *", Targets: scout.ScheduleTargets{URLs: []string{"https://a.example/"}}}); err != nil {
		t.Fatal(err)
	}
	for _, at := range []string{"2026-03-01T04:00:00Z", "2026-03-01T05:00:00Z"} {
		clock.Set(utc(at))
		if _, err := s.RunDue(t.Context()); err != nil {
			t.Fatal(err)
		}
	}
	got, _ := store.FindScheduleByID(t.Context(), "sc1")
	if n := jobs.Len(); n != 1 || got.Message == "" || !got.NextRun.Equal(utc("2026-03-01T06:00:00Z")) {
		t.Errorf("%d jobs, message %q, next %v; want 1 job, a message about the skipped run, next 06:00", n, got.Message, got.NextRun)
	}
}

func TestSchedulerStalePeriod(t *testing.T) {
	clock := &schedClock{now: utc("2026-03-01T00:00:00Z")}
	store := newMemSchedules()
	s := &crawler.Scheduler{ScheduleService: store, Jobs: newMemJobs(), Now: clock.Now,
		Shortlists: &memShortlists{sl: &scout.Shortlist{ID: "sl1", Entries: []scout.ShortlistEntry{{CreatorID: "c3"}}}},
		Creators:   &memCreators{}}
	ctx := t.Context()
	web := &scout.Creator{ID: "c1", Accounts: []scout.Account{{ID: "web:https://a.example/", URL: "https://a.example/", Platform: scout.PlatformWeb}}}
	other := &scout.Creator{ID: "c2", Accounts: []scout.Account{{URL: "https://z.example/", Platform: scout.PlatformWeb}}}
	listed := &scout.Creator{ID: "c3"}
	if got := s.StalePeriod(ctx, web); got != scout.DefaultStalePeriod {
		t.Errorf("without schedules: %v, want %v", got, scout.DefaultStalePeriod)
	}
	for _, sch := range []*scout.Schedule{
		{Cron: "0 4 * * 1", Targets: scout.ScheduleTargets{URLs: []string{"https://a.example"}}}, // weekly
		{Cron: "0 3 1 * *", Targets: scout.ScheduleTargets{Shortlist: "sl1"}},                    // monthly
	} {
		if err := s.CreateSchedule(ctx, sch); err != nil {
			t.Fatal(err)
		}
	}
	week, month := 7*24*time.Hour+crawler.StaleGrace, 31*24*time.Hour+crawler.StaleGrace
	tests := []struct {
		c    *scout.Creator
		want time.Duration
	}{{web, week}, {other, scout.DefaultStalePeriod}, {listed, month}}
	for _, tt := range tests {
		if got := s.StalePeriod(ctx, tt.c); got != tt.want {
			t.Errorf("%s: stale period %v, want %v", tt.c.ID, got, tt.want)
		}
	}
	// A daily schedule of everyone makes everyone's period a day.
	if err := s.CreateSchedule(ctx, &scout.Schedule{Cron: "0 3 * * *", Targets: scout.ScheduleTargets{All: true}}); err != nil {
		t.Fatal(err)
	}
	day := 24*time.Hour + crawler.StaleGrace
	for _, c := range []*scout.Creator{web, other, listed} {
		if got := s.StalePeriod(ctx, c); got != day {
			t.Errorf("%s with a daily schedule of all: %v, want %v", c.ID, got, day)
		}
	}
	asOf := clock.Now().Add(-26 * time.Hour)
	if !scout.IsStale(&asOf, s.StalePeriod(ctx, other), clock.Now()) {
		t.Errorf("data 26 h old under a daily schedule is not stale")
	}
	asOf = clock.Now().Add(-24 * time.Hour)
	if scout.IsStale(&asOf, s.StalePeriod(ctx, other), clock.Now()) {
		t.Errorf("data exactly a day old under a daily schedule is stale")
	}
}

func TestSchedulerPausedDoesNotFire(t *testing.T) {
	clock := &schedClock{now: utc("2026-03-01T02:00:00Z")}
	store, jobs := newMemSchedules(), newMemJobs()
	s := &crawler.Scheduler{ScheduleService: store, Jobs: jobs, Now: clock.Now}
	sch := &scout.Schedule{Cron: "0 3 * * *", Targets: scout.ScheduleTargets{URLs: []string{"https://a.example/"}}}
	if err := s.CreateSchedule(t.Context(), sch); err != nil {
		t.Fatal(err)
	}
	sch.Paused = true
	if err := store.UpdateSchedule(t.Context(), sch); err != nil {
		t.Fatal(err)
	}
	clock.Set(utc("2026-03-01T04:00:00Z"))
	next, err := s.RunDue(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if n := jobs.Len(); n != 0 || !next.IsZero() {
		t.Errorf("paused: %d jobs, next wake %v; want none and no wake (a past due time would spin the loop)", n, next)
	}
	sch.Paused = false
	if err := store.UpdateSchedule(t.Context(), sch); err != nil {
		t.Fatal(err)
	}
	if _, err := s.RunDue(t.Context()); err != nil {
		t.Fatal(err)
	}
	if n := jobs.Len(); n != 1 {
		t.Errorf("resumed: %d jobs, want the missed run fired once", n)
	}
}
