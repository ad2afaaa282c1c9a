package api_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
)

func TestWebCrawlJobDetail(t *testing.T) {
	env := MustWebServer(t)
	ctx := context.Background()
	sch := &scout.Schedule{Cron: "0 3 * * *", Targets: scout.ScheduleTargets{All: true}}
	if err := env.db.CreateSchedule(ctx, sch); err != nil {
		t.Fatal(err)
	}
	job := &scout.CrawlJob{Origin: scout.OriginSchedule, ScheduleID: sch.ID, Targets: []string{"https://gone.example/@a", "bluesky:b.bsky.social"}}
	if err := env.db.CreateJob(ctx, job); err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 11, 20, 3, 0, 0, 0, time.UTC)
	end := start.Add(2*time.Minute + 5*time.Second)
	job.State, job.StartedAt, job.FinishedAt = scout.JobDone, &start, &end
	job.Queued, job.Fetched, job.Profiles = 2, 2, 1
	job.Errors = map[string]int{scout.FailNotFound: 1}
	job.Failures = []scout.Failure{{URL: "https://gone.example/@a", Kind: scout.FailNotFound, Message: "404 Not Found"}}
	if err := env.db.UpdateJob(ctx, job); err != nil {
		t.Fatal(err)
	}
	c := env.browser(t, env.keys[scout.RoleAdmin])
	_, _, body, _ := env.get(t, c, "/crawls")
	for _, want := range []string{`href="/crawls/` + job.ID + `"`, "schedule <code>" + sch.ID + "</code>", "2m5s", "20 Nov 2026 03:00:00 UTC",
		`id="schedules"`, "<code>0 3 * * *</code>", "all creators", `action="/crawls/schedules/` + sch.ID + `/pause"`} {
		if !strings.Contains(body, want) {
			t.Errorf("crawls page lacks %q", want)
		}
	}
	status, _, body, token := env.get(t, c, "/crawls/"+job.ID)
	if status != http.StatusOK {
		t.Fatalf("job page: %d", status)
	}
	for _, want := range []string{"<code>not_found</code>: 1", "https://gone.example/@a", "404 Not Found", "bluesky:b.bsky.social",
		"schedule <code>" + sch.ID + "</code>", "2m5s"} {
		if !strings.Contains(body, want) {
			t.Errorf("job page lacks %q", want)
		}
	}
	if strings.Contains(body, `http-equiv="refresh"`) {
		t.Error("a finished job's page keeps refreshing")
	}
	// Pause, resume and remove the schedule.
	origin := map[string]string{"Origin": env.ts.URL}
	for _, step := range []struct{ path, done string }{
		{"/crawls/schedules/" + sch.ID + "/pause", "paused"},
		{"/crawls/schedules/" + sch.ID + "/resume", "resumed"},
	} {
		status, loc, _ := env.post(t, c, step.path, url.Values{"csrf": {token}}, origin)
		if status != http.StatusSeeOther || !strings.Contains(loc, "done="+step.done) {
			t.Fatalf("%s: %d %q", step.path, status, loc)
		}
		got, _ := env.db.FindScheduleByID(ctx, sch.ID)
		if got.Paused != (step.done == "paused") {
			t.Errorf("after %s paused = %v", step.done, got.Paused)
		}
	}
	status, loc, _ := env.post(t, c, "/crawls/schedules", url.Values{"csrf": {token}, "cron": {"@weekly"}, "what": {"urls"}, "targets": {"bluesky:c.bsky.social"}, "tier": {"counts"}}, origin)
	if status != http.StatusSeeOther || !strings.Contains(loc, "done=scheduled") {
		t.Fatalf("add schedule: %d %q", status, loc)
	}
	status, loc, _ = env.post(t, c, "/crawls/schedules/"+sch.ID+"/delete", url.Values{"csrf": {token}}, origin)
	if status != http.StatusSeeOther || !strings.Contains(loc, "done=unscheduled") {
		t.Fatalf("remove schedule: %d %q", status, loc)
	}
	list, n, _ := env.db.FindSchedules(ctx, scout.ScheduleFilter{})
	if n != 1 || list[0].Cron != "@weekly" || list[0].Tier != "counts" {
		t.Errorf("schedules after add and remove: %d %+v", n, list)
	}
}
