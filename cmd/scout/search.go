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
	"time"

	"github.com/scout-oss/scout"
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
	server := m.serverFlag(fs)
	asJSON := fs.Bool("json", false, "print the API's JSON instead of a table")
	// Every search parameter of GET /api/v1/creators has a flag of the same
	// name (with - for _); the values are passed through unchanged, so the
	// CLI and the API accept and refuse the same things.
	params := []struct{ name, usage string }{
		{"platform", "only these platforms (comma-separated: OR)"},
		{"min_followers", "at least this many followers (on the --platform account when given)"},
		{"max_followers", "at most this many followers (on the --platform account when given)"},
		{"language", "ISO 639-1 languages (comma-separated)"},
		{"country", "ISO 3166-1 alpha-2 countries (comma-separated)"},
		{"topic", "topic slugs such as food_drink, travel (comma-separated; the list is in the README)"},
		{"tier", "nano, micro, mid, macro, mega (comma-separated)"},
		{"min_er", "minimum engagement rate, a fraction (0.02 is 2%)"},
		{"max_er", "maximum engagement rate, a fraction"},
		{"flag", "only creators with any of these flag codes"},
		{"not_flag", "no creator with any of these flag codes (dismissed flags do not count)"},
		{"posted_within_days", "posted in the last N days"},
		{"has_contact", "true or false: has a public contact (mailto, contact page, e-mail in bio)"},
		{"stale", "true or false: data older than 30 days"},
		{"content_format", "video, image, text or mixed (comma-separated)"},
		{"format", "deprecated: the old name of --content-format"},
		{"brand", "has worked with any of these brands"},
		{"affiliate", "true, false, or affiliate networks (comma-separated)"},
		{"no_sponsor", "no sponsored posts for any of these brands"},
		{"facets", "count matches by these facets (platform, topic, language, country, tier, brand_safety_band, flags, or all)"},
		{"sort", "relevance (default), followers, engagement, growth_30d, topic_share (with one --topic) or score.NAME"},
		{"order", "desc (default) or asc"},
		{"include_unknown", "true: creators whose bounded score is unknown (too few posts) pass --score bounds"},
		{"cursor", "continue after an earlier page (its next_cursor)"},
		{"brief", "rank by this brief's fit (a brief id) and drop the creators its gates exclude"},
	}
	values := map[string]*string{}
	for _, p := range params {
		values[p.name] = fs.String(strings.ReplaceAll(p.name, "_", "-"), "", p.usage)
	}
	var named namedFlags
	fs.Var(&named, "score", "score bound as min_score.NAME=V or max_score.NAME=V (repeatable)")
	fs.Var(&named, "max-risk", "highest brand-safety level as CATEGORY=LEVEL (repeatable)")
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
	for _, p := range params {
		set(p.name, *values[p.name])
	}
	for _, kv := range named {
		v.Add(kv[0], kv[1])
	}
	if *page != 1 || *values["cursor"] == "" {
		set("page", strconv.Itoa(*page))
	}
	set("per_page", strconv.Itoa(*perPage))
	q, err := api.ParseSearchQuery(v)
	if err != nil {
		return usagef("%s", describe(err))
	}
	resp, err := m.remoteSearch(ctx, *server, v)
	if err != nil {
		return err
	}
	if resp == nil {
		a, err := m.readApp(ctx, *data, true)
		if err != nil {
			return err
		}
		defer a.Close()
		if err := excludeHidden(ctx, a.db, q); err != nil { // the hide list (export.go)
			return err
		}
		if id := v.Get("brief"); id != "" {
			b, err := a.db.FindBriefByID(ctx, id)
			if err != nil {
				return err
			}
			var info *api.BriefSearch
			if resp, info, err = api.SearchBrief(ctx, a.db, a.idx, a.eng, b, q, time.Now()); err != nil {
				return err
			}
			resp.Brief = info
		} else if resp, err = api.Search(ctx, a.db, a.idx, q); err != nil {
			return err
		}
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(resp)
	}
	tw := tabwriter.NewWriter(m.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tPLATFORMS\tFOLLOWERS\tER\tOVERALL\tSAFETY")
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
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", c.ID, c.Name, strings.Join(ps, " "), followers, er,
			summaryValue(c.Scores, "overall"), summaryValue(c.Scores, "brand_safety"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "%d of %d creators (page %d)\n", len(resp.Creators), resp.Total, resp.Page)
	if b := resp.Brief; b != nil {
		fmt.Fprintf(m.Stdout, "ranked by brief %s: %d of %d candidates excluded by its gates, %d need data\n", b.ID, b.Excluded, b.Candidates, b.NeedsData)
	}
	for _, name := range scout.FacetNames {
		counts, ok := resp.Facets[name]
		if !ok {
			continue
		}
		parts := []string{"(none)"}
		for i, c := range counts {
			if i == 0 {
				parts = parts[:0]
			}
			parts = append(parts, fmt.Sprintf("%s %d", c.Value, c.Count))
		}
		fmt.Fprintf(m.Stdout, "%s: %s\n", name, strings.Join(parts, ", "))
	}
	if resp.NextCursor != nil {
		fmt.Fprintf(m.Stdout, "next page: --cursor %s\n", *resp.NextCursor)
	}
	return nil
}

// namedFlags collects --score and --max-risk values as query parameters:
// "--score min_score.overall=60" and "--max-risk adult=low" (which
// becomes max_risk.adult=low).
type namedFlags [][2]string

func (n *namedFlags) String() string { return fmt.Sprint(*n) }

func (n *namedFlags) Set(s string) error {
	k, v, ok := strings.Cut(s, "=")
	if !ok || k == "" {
		return fmt.Errorf("want NAME=VALUE; got %q", s)
	}
	if !strings.HasPrefix(k, "min_score.") && !strings.HasPrefix(k, "max_score.") {
		k = "max_risk." + k
	}
	*n = append(*n, [2]string{k, v})
	return nil
}

// summaryValue is a listed score's table cell, as scoreValue: the value,
// "needs data" when unknown, "-" when absent.
func summaryValue(scores map[string]api.ScoreSummary, key string) string {
	s, ok := scores[key]
	switch {
	case !ok:
		return "-"
	case s.Value == nil:
		return "needs data"
	}
	return strconv.FormatFloat(*s.Value, 'f', 1, 64)
}
