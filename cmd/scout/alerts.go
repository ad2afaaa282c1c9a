package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/url"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
)

var alertsCommand = &command{
	name:    "alerts",
	usage:   "[--since 24h|RFC3339] [--json] [--server URL]",
	summary: "list the alerts of saved searches and watches (new matches, red flags, follower drops, stale data)",
	run:     runAlerts,
}

func runAlerts(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	data := m.dataFlag(fs)
	server := m.serverFlag(fs)
	sinceFlag := fs.String("since", "24h", "alerts noticed since this RFC 3339 time, or this long ago (a Go duration such as 72h)")
	limit := fs.Int("limit", 500, "at most this many alerts (1 to 5000)")
	asJSON := fs.Bool("json", false, "print the API's JSON instead of a table")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("alerts takes no arguments; got %q", rest)
	}
	since, err := parseSince(*sinceFlag, time.Now())
	if err != nil {
		return err
	}
	if *limit < 1 || *limit > 5000 {
		return usagef("--limit must be between 1 and 5000; got %d", *limit)
	}
	resp := &api.AlertsResponse{Since: since}
	rc, err := m.remote(*server)
	if err != nil {
		return err
	}
	if rc != nil {
		v := url.Values{"since": {since.Format(time.RFC3339)}, "limit": {strconv.Itoa(*limit)}}
		if err := rc.do(ctx, "GET", "/api/v1/alerts", v, nil, resp); err != nil {
			return err
		}
	} else {
		db, err := m.readStore(ctx, *data, true)
		if err != nil {
			return err
		}
		defer db.Close()
		if resp.Alerts, err = db.FindAlerts(ctx, scout.AlertFilter{Since: since, Limit: *limit}); err != nil {
			return err
		}
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(resp)
	}
	tw := tabwriter.NewWriter(m.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "AT\tKIND\tCREATOR\tFROM\tMESSAGE")
	for _, a := range resp.Alerts {
		from := a.SavedSearchID + a.WatchID
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", a.At.UTC().Format(time.RFC3339), a.Kind, a.CreatorID, from, a.Message)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "%s since %s\n", plural(len(resp.Alerts), "alert"), since.UTC().Format(time.RFC3339))
	return nil
}

// parseSince reads an RFC 3339 time or a duration back from now.
func parseSince(s string, now time.Time) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC(), nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return time.Time{}, usagef("--since must be an RFC 3339 time (2026-11-20T00:00:00Z) or a duration (72h); got %q", s)
	}
	return now.Add(-d).UTC(), nil
}
