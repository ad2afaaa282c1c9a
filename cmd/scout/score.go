package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
)

var scoreCommand = &command{
	name:    "score",
	usage:   "--brief FILE [--json] [--limit N] [--server URL] [flags]",
	summary: "rank the stored creators against a brief (same JSON as GET /api/v1/briefs/{id}/matches)",
	run:     runScore,
}

func runScore(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	data := m.dataFlag(fs)
	server := m.serverFlag(fs)
	briefPath := fs.String("brief", "", "the brief, a JSON file (see testdata/briefs/vegan-baking.json); required")
	asJSON := fs.Bool("json", false, "print the API's JSON instead of a table")
	limit := fs.Int("limit", api.DefaultMatchLimit, fmt.Sprintf("list at most N matches and N excluded creators (1 to %d); every creator is scored either way", api.MaxMatchLimit))
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("score takes no arguments; got %q (the brief goes in --brief FILE)", rest)
	}
	if *briefPath == "" {
		return usagef("--brief FILE is required")
	}
	if *limit < 1 || *limit > api.MaxMatchLimit {
		return usagef("--limit must be between 1 and %d; got %d", api.MaxMatchLimit, *limit)
	}
	b, err := readBrief(*briefPath)
	if err != nil {
		return err
	}
	rc, err := m.remote(*server)
	if err != nil {
		return err
	}
	var resp *api.MatchesResponse
	if rc != nil {
		// The server ranks the brief without storing it.
		resp = &api.MatchesResponse{}
		if err := rc.do(ctx, "POST", "/api/v1/briefs/matches", url.Values{"limit": {strconv.Itoa(*limit)}}, b, resp); err != nil {
			return err
		}
	} else {
		a, err := m.readApp(ctx, *data, true)
		if err != nil {
			return err
		}
		defer a.Close()
		if resp, err = api.MatchBrief(ctx, a.db, a.eng, b, time.Now(), *limit); err != nil {
			return err
		}
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(resp)
	}
	return printMatches(m.Stdout, resp)
}

// readBrief reads and validates a brief file exactly as POST /api/v1/briefs
// reads a body, naming the file in any error.
func readBrief(path string) (*scout.Brief, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read brief: %w", err)
	}
	defer f.Close()
	b, err := api.DecodeBrief(f)
	if err != nil {
		return nil, scout.Errorf(scout.ErrorCode(err), "brief %s: %s", path, scout.ErrorMessage(err))
	}
	return b, nil
}

func printMatches(w io.Writer, resp *api.MatchesResponse) error {
	fmt.Fprintf(w, "Brief %q: %d of %d creators match, %d excluded by a gate, %d need data.\n\n",
		resp.Brief.Name, resp.TotalMatches, resp.TotalMatches+resp.TotalExcluded+resp.TotalNeedsData, resp.TotalExcluded, resp.TotalNeedsData)
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "RANK\tID\tNAME\tFOLLOWERS\tOVERALL\tFIT\tENGAGEMENT\tSAFETY\tFLAGS")
	for _, c := range resp.Matches {
		followers := "-"
		if c.Followers != nil {
			followers = strconv.FormatInt(*c.Followers, 10)
		}
		var flags []string
		for _, f := range c.Flags {
			code := f.Code
			if f.Severity == scout.SeverityRed {
				code += "(red)"
			}
			flags = append(flags, code)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", c.Rank, c.ID, scoreCell(c.Name), followers,
			scoreValue(c.Scores, "overall"), scoreValue(c.Scores, "audience_fit"),
			scoreValue(c.Scores, "engagement_quality"), scoreValue(c.Scores, "brand_safety"), strings.Join(flags, ","))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if n := len(resp.Matches); n < resp.TotalMatches {
		fmt.Fprintf(w, "(best %d of %d matches; --limit shows more)\n", n, resp.TotalMatches)
	}
	needs := make([][3]string, len(resp.NeedsData))
	for i, e := range resp.NeedsData {
		needs[i] = [3]string{e.ID, scoreCell(e.Name), strings.Join(e.Missing, "; ")}
	}
	if err := printCreatorSet(w, "Needs data (no gate failed, but the data cannot decide the brief yet)", "needing data", needs, resp.TotalNeedsData); err != nil {
		return err
	}
	excluded := make([][3]string, len(resp.Excluded))
	for i, e := range resp.Excluded {
		excluded[i] = [3]string{e.ID, scoreCell(e.Name), strings.Join(e.Reasons, "; ")}
	}
	return printCreatorSet(w, "Excluded", "excluded", excluded, resp.TotalExcluded)
}

// scoreValue is a score's table cell: its value, "needs data" when it is
// unknown, "-" when the creator has no such score.
func scoreValue(scores map[string]*scout.Score, key string) string {
	s := scores[key]
	if s == nil {
		return "-"
	}
	if v, ok := s.Float(); ok {
		return strconv.FormatFloat(v, 'f', 1, 64)
	}
	return "needs data"
}

// scoreCell keeps creator text from breaking the table: tabs and newlines
// become spaces.
func scoreCell(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

// printCreatorSet prints one titled set of a brief's results (id, name,
// why), unless total is 0, and says so when the list shown is cut.
func printCreatorSet(w io.Writer, title, what string, rows [][3]string, total int) error {
	if total == 0 {
		return nil
	}
	fmt.Fprintf(w, "\n%s:\n", title)
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", r[0], r[1], r[2])
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if n := len(rows); n < total {
		fmt.Fprintf(w, "(first %d of %d %s, by id)\n", n, total, what)
	}
	return nil
}
