package main

import (
	"context"
	"flag"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/store"
)

var jobsCommand = &command{
	name:  "jobs",
	usage: "[list] [--state S] [--origin O] [--limit N] | show ID",
	summary: `list crawl jobs (from scout crawl, the API and schedules) with their progress (same as /api/v1/crawls)

  list        jobs newest first (the default); --state queued|running|done|failed|cancelled, --origin cli|api|schedule
  show ID     one job: its targets, times, counters and errors by kind`,
	run: runJobs,
}

func runJobs(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	data := m.dataFlag(fs)
	server := m.serverFlag(fs)
	state := fs.String("state", "", "list: only jobs in this state")
	origin := fs.String("origin", "", "list: only jobs from this origin")
	limit := fs.Int("limit", 50, "list: at most this many jobs (1 to 500)")
	asJSON := fs.Bool("json", false, "print the API's JSON")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		pos = []string{"list"}
	}
	switch {
	case pos[0] == "list" && len(pos) == 1:
	case pos[0] == "show" && len(pos) == 2:
	default:
		return usagef("use: jobs [list] | jobs show ID")
	}
	// Locally the jobs are read from the store, which records every
	// job, whoever ran it; nothing is run.
	c, err := m.localAPIClient(ctx, *server, *data, true, func(srv *api.Server, db *store.DB) { srv.Jobs = db })
	if err != nil {
		return err
	}
	defer c.close()
	if pos[0] == "show" {
		var j scout.CrawlJob
		if err := c.rc.do(ctx, "GET", "/api/v1/crawls/"+url.PathEscape(pos[1]), nil, nil, &j); err != nil {
			return err
		}
		if *asJSON {
			return printJSON(m, j)
		}
		printJob(m, &j)
		return nil
	}
	v := url.Values{"limit": {strconv.Itoa(*limit)}}
	if *state != "" {
		v.Set("state", *state)
	}
	if *origin != "" {
		v.Set("origin", *origin)
	}
	var list api.CrawlList
	if err := c.rc.do(ctx, "GET", "/api/v1/crawls", v, nil, &list); err != nil {
		return err
	}
	if *asJSON {
		return printJSON(m, list)
	}
	tw := tabwriter.NewWriter(m.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSTATE\tORIGIN\tCREATED\tFETCHED\tPROFILES\tERRORS\tSCHEDULE")
	for _, j := range list.Jobs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%d\t%s\t%s\n", j.ID, j.State, j.Origin, j.CreatedAt.UTC().Format(time.RFC3339),
			j.Fetched, j.Profiles, joinKinds(j.Errors), orDash(j.ScheduleID))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "%d of %s\n", len(list.Jobs), plural(list.Total, "job"))
	return nil
}

// printJob writes one job for people.
func printJob(m *Main, j *scout.CrawlJob) {
	w := m.Stdout
	fmt.Fprintf(w, "job %s: %s (origin %s", j.ID, j.State, j.Origin)
	if j.ScheduleID != "" {
		fmt.Fprintf(w, ", schedule %s, tier %s", j.ScheduleID, j.Tier)
	}
	fmt.Fprintln(w, ")")
	fmt.Fprintf(w, "created  %s\n", j.CreatedAt.UTC().Format(time.RFC3339))
	if j.StartedAt != nil {
		fmt.Fprintf(w, "started  %s\n", j.StartedAt.UTC().Format(time.RFC3339))
	}
	if j.FinishedAt != nil {
		line := j.FinishedAt.UTC().Format(time.RFC3339)
		if j.StartedAt != nil {
			line += " (took " + j.FinishedAt.Sub(*j.StartedAt).Round(time.Second).String() + ")"
		}
		fmt.Fprintf(w, "finished %s\n", line)
	} else if j.ETA != nil {
		fmt.Fprintf(w, "eta      %s\n", j.ETA.UTC().Format(time.RFC3339))
	}
	fmt.Fprintf(w, "queued %d, fetched %d, profiles %d, not modified %d, rate-limit waits %d\n",
		j.Queued, j.Fetched, j.Profiles, j.NotModified, j.RateLimitWaits)
	fmt.Fprintf(w, "errors: %s\n", joinKinds(j.Errors))
	if j.Message != "" {
		fmt.Fprintf(w, "message: %s\n", flat(j.Message))
	}
	if len(j.Targets) > 0 {
		fmt.Fprintf(w, "targets (%d):\n  %s\n", len(j.Targets), strings.Join(j.Targets, "\n  "))
	}
}
