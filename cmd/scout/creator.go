package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/store"
)

var creatorCommand = &command{
	name:  "creator",
	usage: "show ID [--json]",
	summary: `read one creator: accounts, engagement, every score with its reasons, and flags with their evidence and reviews

  show ID     the creator with that id (as search prints it); --json prints GET /api/v1/creators/{id}`,
	run: runCreator,
}

func runCreator(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	data := m.dataFlag(fs)
	server := m.serverFlag(fs)
	asJSON := fs.Bool("json", false, "print the API's JSON of the creator")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 || pos[0] != "show" {
		return usagef("use: creator show ID")
	}
	id := pos[1]
	c, err := m.localAPIClient(ctx, *server, *data, true, func(*api.Server, *store.DB) {})
	if err != nil {
		return err
	}
	defer c.close()
	var cr scout.Creator
	if err := c.rc.do(ctx, "GET", "/api/v1/creators/"+url.PathEscape(id), nil, nil, &cr); err != nil {
		return err
	}
	if *asJSON {
		return printJSON(m, cr)
	}
	// The reviews of the flags; a server without reviews still shows
	// the flags.
	var fr api.FlagsResponse
	if err := c.rc.do(ctx, "GET", "/api/v1/creators/"+url.PathEscape(id)+"/flags", nil, nil, &fr); err != nil {
		if scout.ErrorCode(err) != scout.EUNAVAILABLE {
			return err
		}
		for _, f := range cr.Flags {
			fr.Flags = append(fr.Flags, api.ReviewedFlag{Flag: f})
		}
	}
	printCreator(m.Stdout, &cr, fr.Flags)
	return nil
}

// printCreator writes a creator for people: what search shows, then each
// score's value, confidence and reasons, then each flag with its
// evidence and review.
func printCreator(w io.Writer, c *scout.Creator, flags []api.ReviewedFlag) {
	fmt.Fprintf(w, "%s (%s)\n", flat(c.Name), c.ID)
	var facts []string
	if c.Followers != nil {
		facts = append(facts, plural64(*c.Followers, "follower"))
	}
	if c.Language != nil {
		facts = append(facts, "language "+*c.Language)
	}
	if c.Country != nil {
		facts = append(facts, "country "+*c.Country)
	}
	if c.DataAsOf != nil {
		facts = append(facts, "data as of "+c.DataAsOf.UTC().Format(time.DateOnly))
	}
	if c.Stale {
		facts = append(facts, "stale")
	}
	if len(facts) > 0 {
		fmt.Fprintln(w, strings.Join(facts, " · "))
	}
	if c.Bio != "" {
		fmt.Fprintf(w, "bio: %s\n", flat(c.Bio))
	}

	fmt.Fprintln(w, "\naccounts:")
	for _, a := range c.Accounts {
		followers := "-"
		if a.Followers != nil {
			followers = strconv.FormatInt(*a.Followers, 10)
		}
		fmt.Fprintf(w, "  %-10s %-28s %10s followers  %s\n", a.Platform, flat(a.Handle), followers, a.URL)
	}
	for _, ct := range c.Contacts {
		fmt.Fprintf(w, "  contact: %s %s (%s)\n", ct.Type, flat(ct.Value), ct.SeenIn)
	}

	e := c.Engagement
	fmt.Fprintln(w, "\nengagement:")
	switch {
	case e.RateByFollowers != nil:
		fmt.Fprintf(w, "  %.2f%% by followers", *e.RateByFollowers*100)
		if e.RateByViews != nil {
			fmt.Fprintf(w, ", %.2f%% by views", *e.RateByViews*100)
		}
		fmt.Fprintf(w, " over %s\n", plural(e.PostsAnalyzed, "post"))
	default:
		fmt.Fprintf(w, "  unknown (%s analysed)\n", plural(e.PostsAnalyzed, "post"))
	}
	if e.Formula != "" {
		fmt.Fprintf(w, "  formula: %s\n", e.Formula)
	}

	fmt.Fprintln(w, "\nscores:")
	names := make([]string, 0, len(c.Scores))
	for name := range c.Scores {
		names = append(names, name)
	}
	// overall first, then by name
	slices.SortFunc(names, func(a, b string) int {
		switch {
		case a == "overall":
			return -1
		case b == "overall":
			return 1
		}
		return strings.Compare(a, b)
	})
	if len(names) == 0 {
		fmt.Fprintln(w, "  (none yet)")
	}
	for _, name := range names {
		s := c.Scores[name]
		if s == nil {
			continue
		}
		fmt.Fprintf(w, "  %-20s %5s  confidence %.2f  version %s\n", name, scoreValue(c.Scores, name), s.Confidence, s.Version)
		for _, r := range s.Reasons {
			fmt.Fprintf(w, "      - %s\n", flat(r))
		}
		if s.Formula != "" {
			fmt.Fprintf(w, "      formula: %s\n", flat(s.Formula))
		}
	}

	fmt.Fprintln(w, "\nflags:")
	if len(flags) == 0 {
		fmt.Fprintln(w, "  (none)")
	}
	for _, f := range flags {
		level := ""
		if f.Level != "" {
			level = " (" + f.Level + ")"
		}
		fmt.Fprintf(w, "  %-4s %s%s: %s\n", f.Severity, f.Code, level, flat(f.Message))
		if r := f.Review; r != nil {
			by := ""
			if r.By != "" {
				by = " by " + r.By
			}
			fmt.Fprintf(w, "      reviewed: %s%s on %s: %s\n", r.Decision, by, r.At.UTC().Format(time.DateOnly), flat(r.Reason))
		}
		for _, ev := range f.Evidence {
			line := ev.URL
			if ev.Excerpt != "" {
				line += " “" + flat(ev.Excerpt) + "”"
			}
			if strings.TrimSpace(line) != "" {
				fmt.Fprintf(w, "      evidence: %s\n", strings.TrimSpace(line))
			}
		}
	}
}

// flat puts creator text on one line: a bio or reason with newlines or
// tabs must not break the layout.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

func plural64(n int64, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.FormatInt(n, 10) + " " + word + "s"
}
