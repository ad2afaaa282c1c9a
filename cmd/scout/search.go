package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/scout-oss/scout/api"
)

var searchCommand = &command{
	name:    "search",
	usage:   "[flags] QUERY...",
	summary: "search the indexed creators (same options and JSON as GET /api/v1/creators)",
	run:     runSearch,
}

func runSearch(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	data := m.dataFlag(fs)
	asJSON := fs.Bool("json", false, "print the API's JSON instead of a table")
	platform := fs.String("platform", "", "only these platforms (comma-separated)")
	minF := fs.String("min-followers", "", "at least this many followers")
	maxF := fs.String("max-followers", "", "at most this many followers")
	sortBy := fs.String("sort", "", "relevance (default), followers or engagement")
	order := fs.String("order", "", "desc (default) or asc")
	page := fs.Int("page", 1, "page number")
	perPage := fs.Int("per-page", 20, "results per page (at most 100)")
	words, err := parse(fs, args)
	if err != nil {
		return err
	}
	v := url.Values{}
	set := func(k, val string) {
		if val != "" {
			v.Set(k, val)
		}
	}
	set("q", strings.Join(words, " "))
	set("platform", *platform)
	set("min_followers", *minF)
	set("max_followers", *maxF)
	set("sort", *sortBy)
	set("order", *order)
	set("page", strconv.Itoa(*page))
	set("per_page", strconv.Itoa(*perPage))
	q, err := api.ParseSearchQuery(v)
	if err != nil {
		return usagef("%s", describe(err))
	}
	a, err := openApp(ctx, *data)
	if err != nil {
		return err
	}
	defer a.Close()
	resp, err := api.Search(ctx, a.db, a.idx, q)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(resp)
	}
	tw := tabwriter.NewWriter(m.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tPLATFORMS\tFOLLOWERS\tER")
	for _, c := range resp.Creators {
		er := "-"
		if r := c.Engagement.RateByFollowers; r != nil {
			er = fmt.Sprintf("%.2f%%", *r*100)
		}
		followers := "-"
		if c.Followers != nil {
			followers = strconv.FormatInt(*c.Followers, 10)
		}
		var ps []string
		for _, acc := range c.Accounts {
			ps = append(ps, string(acc.Platform)+":"+acc.Handle)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", c.ID, c.Name, strings.Join(ps, " "), followers, er)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "%d of %d creators (page %d)\n", len(resp.Creators), resp.Total, resp.Page)
	return nil
}
