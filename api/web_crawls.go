package api

import (
	"context"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/scout-oss/scout"
)

// The Crawls page: jobs with their times and durations, each with a detail
// view (targets, errors by kind with the failing URLs, cancel), and the
// schedules that start jobs (list, add, pause, resume, remove, last and
// next run).

type crawlsView struct {
	Jobs      []*scout.CrawlJob
	Total     int
	Error     string
	Schedules []*scout.Schedule
	// SchedulesOn is true when the server runs schedules.
	SchedulesOn bool
	Tiers       []string
	Now         time.Time
}

func (v *crawlsView) refresh() bool {
	for _, j := range v.Jobs {
		if j.State == scout.JobQueued || j.State == scout.JobRunning {
			return true
		}
	}
	return false
}

func (s *Server) handleCrawlsPage(w http.ResponseWriter, r *http.Request) {
	view := &crawlsView{SchedulesOn: s.Schedules != nil, Tiers: scout.CrawlTiers, Now: s.now()}
	jobs, err := s.jobs()
	if err == nil {
		view.Jobs, view.Total, err = jobs.FindJobs(r.Context(), scout.JobFilter{Limit: 50})
	}
	if err == nil && s.Schedules != nil {
		view.Schedules, _, err = s.Schedules.FindSchedules(r.Context(), scout.ScheduleFilter{Limit: 200})
	}
	if err != nil {
		view.Error = scout.ErrorMessage(err)
	}
	s.page(w, r, http.StatusOK, "crawls.html", "Crawls", view)
}

// crawlView is one job's detail page.
type crawlView struct {
	*scout.CrawlJob
	Schedule  *scout.Schedule
	ErrorKind []errorKind
	Shown     []string // the targets shown (the first maxShownTargets)
	CanCancel bool
	Now       time.Time
}

// errorKind is one failure kind of a job with its count and the failing
// URLs the job kept.
type errorKind struct {
	Kind  string
	Label string
	Count int
	URLs  []scout.Failure
}

// maxShownTargets caps the targets the detail page lists.
const maxShownTargets = 200

func (v *crawlView) refresh() bool { return !v.Finished() }

func (s *Server) handleCrawlPage(w http.ResponseWriter, r *http.Request) {
	jobs, err := s.jobs()
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	j, err := jobs.FindJobByID(r.Context(), r.PathValue("id"))
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	_, canCancel := jobs.(jobCanceller)
	view := &crawlView{CrawlJob: j, CanCancel: canCancel && !j.Finished(), Now: s.now()}
	view.Shown = j.Targets[:min(len(j.Targets), maxShownTargets)]
	if j.ScheduleID != "" && s.Schedules != nil {
		view.Schedule, _ = s.Schedules.FindScheduleByID(r.Context(), j.ScheduleID)
	}
	for kind, n := range j.Errors {
		ek := errorKind{Kind: kind, Label: failureLabel(kind), Count: n}
		for _, f := range j.Failures {
			if f.Kind == kind {
				ek.URLs = append(ek.URLs, f)
			}
		}
		view.ErrorKind = append(view.ErrorKind, ek)
	}
	sort.Slice(view.ErrorKind, func(a, b int) bool {
		if view.ErrorKind[a].Count != view.ErrorKind[b].Count {
			return view.ErrorKind[a].Count > view.ErrorKind[b].Count
		}
		return view.ErrorKind[a].Kind < view.ErrorKind[b].Kind
	})
	s.page(w, r, http.StatusOK, "crawl.html", "Crawl job "+j.ID, view)
}

func (s *Server) handleCancelCrawlForm(w http.ResponseWriter, r *http.Request) {
	jobs, err := s.jobs()
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	c, ok := jobs.(jobCanceller)
	if !ok {
		s.renderError(w, r, scout.Errorf(scout.EUNAVAILABLE, "this server does not run crawl jobs, so it cannot cancel one"))
		return
	}
	id := r.PathValue("id")
	if _, err := c.CancelJob(r.Context(), id); err != nil {
		s.renderError(w, r, err)
		return
	}
	redirect(w, r, "/crawls/"+url.PathEscape(id), "cancelled")
}

// handleCreateScheduleForm adds a schedule from the page: a cron
// expression, what to crawl (every creator, a shortlist, or targets one
// per line) and the tier.
func (s *Server) handleCreateScheduleForm(w http.ResponseWriter, r *http.Request) {
	svc, err := s.schedules()
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	sch := &scout.Schedule{Cron: r.PostFormValue("cron"), Tier: r.PostFormValue("tier")}
	switch r.PostFormValue("what") {
	case "all":
		sch.Targets.All = true
	case "shortlist":
		sch.Targets.Shortlist = strings.TrimSpace(r.PostFormValue("shortlist"))
	default:
		var lines []string
		for _, l := range strings.Split(r.PostFormValue("targets"), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) > 0 {
			if lines, err = s.checkTargets(lines); err != nil {
				s.renderError(w, r, err)
				return
			}
		}
		sch.Targets.URLs = lines
	}
	if err := svc.CreateSchedule(r.Context(), sch); err != nil {
		s.renderError(w, r, err)
		return
	}
	redirect(w, r, "/crawls#schedules", "scheduled")
}

// waker is the scheduler's way to look again after a change made through
// the store (crawler.Scheduler).
type waker interface{ Wake() }

func (s *Server) handlePauseScheduleForm(w http.ResponseWriter, r *http.Request) {
	s.setPaused(w, r, true)
}

func (s *Server) handleResumeScheduleForm(w http.ResponseWriter, r *http.Request) {
	s.setPaused(w, r, false)
}

func (s *Server) setPaused(w http.ResponseWriter, r *http.Request, paused bool) {
	svc, err := s.schedules()
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	if err := setSchedulePaused(r.Context(), svc, r.PathValue("id"), paused); err != nil {
		s.renderError(w, r, err)
		return
	}
	done := "paused"
	if !paused {
		done = "resumed"
	}
	redirect(w, r, "/crawls#schedules", done)
}

// setSchedulePaused pauses or resumes a schedule and wakes the scheduler.
func setSchedulePaused(ctx context.Context, svc scout.ScheduleService, id string, paused bool) error {
	sch, err := svc.FindScheduleByID(ctx, id)
	if err != nil {
		return err
	}
	sch.Paused = paused
	if err := svc.UpdateSchedule(ctx, sch); err != nil {
		return err
	}
	if wk, ok := svc.(waker); ok {
		wk.Wake()
	}
	return nil
}

func (s *Server) handleDeleteScheduleForm(w http.ResponseWriter, r *http.Request) {
	svc, err := s.schedules()
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	if err := svc.DeleteSchedule(r.Context(), r.PathValue("id")); err != nil {
		s.renderError(w, r, err)
		return
	}
	redirect(w, r, "/crawls#schedules", "unscheduled")
}

// duration formats a job's wall time for people: "4s", "2m 5s", "3h 10m".
func duration(from, to *time.Time, now time.Time) string {
	if from == nil {
		return "–"
	}
	end := now
	if to != nil {
		end = *to
	}
	d := end.Sub(*from).Round(time.Second)
	switch {
	case d < time.Minute:
		return d.String()
	case d < time.Hour:
		return strings.TrimSuffix(d.Truncate(time.Second).String(), "0s")
	}
	return strings.TrimSuffix(d.Truncate(time.Minute).String(), "0s")
}

// clock formats a time with minutes, UTC, for job and schedule times.
func clock(t *time.Time) string {
	if t == nil || t.IsZero() {
		return "–"
	}
	return t.UTC().Format("2 Jan 2006 15:04:05 UTC")
}
