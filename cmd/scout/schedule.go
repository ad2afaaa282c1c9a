package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/crawler"
)

var scheduleCommand = &command{
	name:  "schedule",
	usage: "list | add --cron EXPR (--all | --shortlist ID | TARGET...) [--tier T] | rm ID",
	summary: `recurring crawls that serve runs (same as /api/v1/schedules)

  list        every schedule with its next and last run
  add         a schedule: --cron "0 3 * * *" (5 fields, UTC), what to crawl (--all
              known creators, --shortlist ID, or URLs / PLATFORM:HANDLE targets)
              and --tier counts, posts (default) or followers; prints its id
  rm ID       delete a schedule (its jobs are kept)`,
	run: runSchedule,
}

func runSchedule(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	data := m.dataFlag(fs)
	server := m.serverFlag(fs)
	asJSON := fs.Bool("json", false, "print the API's JSON")
	cronExpr := fs.String("cron", "", "add: when to crawl, a 5-field cron expression in UTC (\"0 3 * * *\": daily at 03:00)")
	all := fs.Bool("all", false, "add: crawl every known creator's accounts")
	shortlist := fs.String("shortlist", "", "add: crawl the creators of this shortlist")
	tier := fs.String("tier", "", "add: counts, posts (default) or followers")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usagef("give a subcommand: list, add or rm")
	}
	sub, pos := pos[0], pos[1:]
	switch {
	case sub == "list" && len(pos) > 0, sub == "rm" && len(pos) != 1:
		return usagef("schedule %s takes %s", sub, map[string]string{"list": "no arguments", "rm": "one schedule id"}[sub])
	case sub != "list" && sub != "add" && sub != "rm":
		return usagef("unknown subcommand %q", sub)
	}
	c, err := m.openScheduleClient(ctx, *server, *data, sub != "add")
	if err != nil {
		return err
	}
	defer c.close()
	switch sub {
	case "add":
		req := map[string]any{"cron": *cronExpr, "tier": *tier}
		switch {
		case *all:
			req["targets"] = scout.ScheduleTargets{All: true}
		case *shortlist != "":
			req["targets"] = scout.ScheduleTargets{Shortlist: *shortlist}
		default:
			req["targets"] = scout.ScheduleTargets{URLs: pos}
		}
		var s scout.Schedule
		if err := c.rc.do(ctx, http.MethodPost, "/api/v1/schedules", nil, req, &s); err != nil {
			return err
		}
		if *asJSON {
			return printJSON(m, s)
		}
		fmt.Fprintf(m.Stdout, "%s\n", s.ID)
		fmt.Fprintf(m.Stderr, "schedule %s: %s at %q UTC, tier %s; next run %s\n", s.ID, s.Targets, s.Cron, s.Tier, s.NextRun.Format(time.RFC3339))
		return nil
	case "rm":
		return c.rc.do(ctx, http.MethodDelete, "/api/v1/schedules/"+url.PathEscape(pos[0]), nil, nil, nil)
	}
	var list api.ScheduleList
	if err := c.rc.do(ctx, http.MethodGet, "/api/v1/schedules", nil, nil, &list); err != nil {
		return err
	}
	if *asJSON {
		return printJSON(m, list)
	}
	tw := tabwriter.NewWriter(m.Stdout, 2, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tCRON (UTC)\tTIER\tTARGETS\tNEXT RUN\tLAST RUN\tLAST JOB")
	for _, s := range list.Schedules {
		last := "-"
		if s.LastRun != nil {
			last = s.LastRun.Format(time.RFC3339)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", s.ID, s.Cron, s.Tier, s.Targets,
			s.NextRun.Format(time.RFC3339), last, orDash(s.LastJobID))
	}
	return tw.Flush()
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "-"
	}
	return s
}

func printJSON(m *Main, v any) error {
	enc := json.NewEncoder(m.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// openScheduleClient is openAPIClient for schedules: over HTTP with
// --server (serve holds the data directory while it runs), else an
// in-process server whose schedules are parsed and timed by a Scheduler
// that is never started (serve fires them).
func (m *Main) openScheduleClient(ctx context.Context, server, dataDir string, mustExist bool) (*apiClient, error) {
	rc, err := m.remote(server)
	if err != nil {
		return nil, err
	}
	if rc != nil {
		return &apiClient{rc: rc, close: func() error { return nil }}, nil
	}
	db, err := m.dataStore(ctx, dataDir, mustExist)
	if err != nil {
		return nil, err
	}
	srv := api.NewServer()
	srv.Schedules = &crawler.Scheduler{ScheduleService: db}
	srv.NoAuth, srv.RateLimit = true, 0 // the user owns the data directory
	base, _ := url.Parse("http://scout.local")
	rc = &remote{base: base, client: &http.Client{Transport: handlerTransport{srv.Handler()}}}
	return &apiClient{rc: rc, close: db.Close}, nil
}

// startScheduler runs serve's schedules: they fire jobs into q, and their
// periods say when creators are stale. Close the result after the API
// has stopped and before q.
func (m *Main) startScheduler(srv *api.Server, a *app, q *crawler.JobQueue, log *slog.Logger) *crawler.Scheduler {
	s := &crawler.Scheduler{ScheduleService: a.db, Jobs: q, Creators: a.db, Shortlists: a.db, Logger: log}
	s.Start()
	srv.Schedules, srv.Stale = s, s
	return s
}
