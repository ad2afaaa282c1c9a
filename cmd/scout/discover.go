package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/bluesky"
	"github.com/scout-oss/scout/crawler/fediverse"
)

var discoverCommand = &command{
	name:    "discover",
	usage:   "--query TEXT [--platform bluesky,mastodon] [--max-creators N] [--mastodon-instances HOST,...] [flags]",
	summary: "find new creators through the platforms' public search, then crawl them within a budget",
	run:     runDiscover,
}

// discoverPlatforms are the platforms scout discover can search.
var discoverPlatforms = []string{"bluesky", "mastodon"}

func runDiscover(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	data := m.dataFlag(fs)
	query := fs.String("query", "", "what to look for, in the creators' own words (\"vegan baking\")")
	platformList := fs.String("platform", strings.Join(discoverPlatforms, ","), "platforms to search, comma-separated: bluesky, mastodon")
	instances := fs.String("mastodon-instances", "", "Mastodon instances whose hashtag timelines and profile directory are searched, comma-separated host names or base URLs")
	verbose := fs.Bool("v", false, "log every request")
	sf := addSnowballFlags(fs)
	cf := addCrawlFlags(fs, crawler.DefaultRate)
	platforms := addPlatformFlags(fs, m)
	asJSON := fs.Bool("json", false, "print the summary as JSON on stdout (progress stays on stderr)")
	redisURL := redisFlag(fs) // refused: see below
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *redisURL != "" {
		return usagef("discover runs in one process and does not queue through --redis: run it without --redis, or queue what it found with \"scout crawl --redis\"")
	}
	m.summaryJSON = *asJSON
	var which []string
	for _, p := range strings.Split(*platformList, ",") {
		if p = strings.ToLower(strings.TrimSpace(p)); p == "" {
			continue
		}
		if !slices.Contains(discoverPlatforms, p) {
			return usagef("--platform: %q is not one of %s", p, strings.Join(discoverPlatforms, ", "))
		}
		which = append(which, p)
	}
	var insts []string
	for _, s := range strings.Split(*instances, ",") {
		if s = strings.TrimSpace(s); s != "" {
			insts = append(insts, s)
		}
	}
	switch {
	case len(pos) > 0:
		return usagef("discover takes no arguments; give the query with --query")
	case strings.TrimSpace(*query) == "":
		return usagef("--query is required")
	case len(which) == 0:
		return usagef("--platform names no platform")
	case slices.Equal(which, []string{"mastodon"}) && len(insts) == 0:
		return usagef("--platform mastodon needs --mastodon-instances: Mastodon has no global search")
	}
	if slices.Contains(which, "mastodon") && len(insts) == 0 {
		fmt.Fprintln(m.Stderr, "note: no --mastodon-instances given, so Mastodon is not searched")
	}
	if err := errors.Join(cf.validate(), platforms.validate(), sf.validate()); err != nil {
		return err
	}
	a, err := m.openApp(ctx, *data)
	if err != nil {
		return err
	}
	defer a.Close()
	cfg := cf.config()
	cfg.Logger = m.logger(*verbose)
	adapters, saveQuota, err := platforms.adapters(*data)
	if err != nil {
		return err
	}
	defer saveQuota()
	cfg.Adapters = append(cfg.Adapters, adapters...)
	platforms.applyImages(&cfg, a.images)
	cfg.HostInfo = a.db
	c := crawler.New(cfg)

	var searchers []crawler.Searcher
	for _, p := range which {
		switch {
		case p == "bluesky":
			searchers = append(searchers, &bluesky.Searcher{API: *platforms.social.blueskyAPI})
		case p == "mastodon" && len(insts) > 0:
			searchers = append(searchers, &fediverse.MastodonSearcher{Instances: insts})
		}
	}
	cands := searchAll(ctx, m, c.Client(), searchers, strings.TrimSpace(*query), sf.budget())
	fmt.Fprintf(m.Stderr, "search %q found %s\n", *query, plural(len(cands), "candidate"))
	return m.discover(ctx, a, c, cands, sf)
}

// searchAll asks every searcher for up to four times the budget (some
// candidates are known, some fail) and interleaves their answers, so that
// a small budget samples every platform. Warnings are printed.
func searchAll(ctx context.Context, m *Main, client *http.Client, searchers []crawler.Searcher, query string, budget int) []crawler.Candidate {
	limit := min(max(4*budget, 20), 500)
	var lists [][]crawler.Candidate
	for _, s := range searchers {
		cands, warns := s.Search(ctx, client, query, limit)
		for _, w := range warns {
			fmt.Fprintf(m.Stderr, "search warning: %s: %s\n", w.Kind, w.Message)
		}
		lists = append(lists, cands)
	}
	var out []crawler.Candidate
	for i := 0; ; i++ {
		more := false
		for _, l := range lists {
			if i < len(l) {
				out = append(out, l[i])
				more = true
			}
		}
		if !more {
			return out
		}
	}
}

// snowballFlags are the budget flags of discover and of crawl
// --follow-mentions.
type snowballFlags struct {
	follow      *bool
	maxCreators *int
}

// addSnowballFlags declares --follow-mentions and --max-creators.
func addSnowballFlags(fs *flag.FlagSet) *snowballFlags {
	follow := "queue the accounts that crawled posts mention or link to, breadth first, within --max-creators"
	return &snowballFlags{
		follow:      fs.Bool("follow-mentions", false, follow),
		maxCreators: fs.Int("max-creators", crawler.DefaultMaxCreators, "most new creators added (known ones are refreshed and do not count; with crawl, the seeds do not count)"),
	}
}

func (f *snowballFlags) validate() error {
	if *f.maxCreators < 1 || *f.maxCreators > 100_000 {
		return usagef("--max-creators must be between 1 and 100000")
	}
	return nil
}

func (f *snowballFlags) budget() int { return *f.maxCreators }

// snowball is crawl --follow-mentions: the seeds (arguments and --seeds
// file) are crawled, then what they mention, within the budget.
func (m *Main) snowball(ctx context.Context, a *app, cfg crawler.Config, urls []string, seedsPath string, f *snowballFlags) error {
	var seeds []string
	seeds = append(seeds, urls...)
	if seedsPath != "" {
		if err := eachSeed(seedsPath, func(s string) bool { seeds = append(seeds, s); return true }); err != nil {
			return err
		}
	}
	now := time.Now().UTC()
	cands := make([]crawler.Candidate, 0, len(seeds))
	for _, s := range seeds {
		cands = append(cands, crawler.Candidate{Target: s, FoundVia: scout.FoundVia{Kind: scout.FoundSeed, Target: s, At: now}})
	}
	return m.discover(ctx, a, crawler.New(cfg), cands, f)
}

// discover runs a Discovery over the candidates into the app and prints
// its summary. Failed targets are in the summary, not an error.
func (m *Main) discover(ctx context.Context, a *app, c *crawler.Crawler, cands []crawler.Candidate, f *snowballFlags) error {
	d := &crawler.Discovery{
		Crawler:        c,
		Sink:           a.ing,
		Known:          a.db.HasAccount,
		MaxCreators:    f.budget(),
		FollowMentions: *f.follow,
	}
	sum, err := d.Run(ctx, cands)
	if ferr := a.ing.Flush(context.WithoutCancel(ctx)); ferr != nil && err == nil {
		err = ferr
	}
	if sum != nil {
		total, _ := a.db.CountCreators(ctx)
		text := fmt.Sprintf("discovered %s (budget %d), refreshed %d known, %s; %s left in the queue (store holds %s); crawled %s in %s, errors: %s",
			plural(sum.New, "new creator"), f.budget(), sum.Refreshed, plural(sum.Seeds, "seed"),
			strconv.Itoa(sum.Left), plural(total, "creator"), plural(sum.Crawl.Fetched, "target"),
			sum.Crawl.Duration.Round(time.Millisecond), joinKinds(sum.Crawl.Errors))
		rep := newCrawlReport(&sum.Crawl, total, nil)
		rep.Discovery = newDiscoveryReport(sum)
		if perr := m.printCrawlReport(rep, text); err == nil {
			err = perr
		}
	}
	if err != nil {
		return fmt.Errorf("discover: %w", err)
	}
	return nil
}

// hostRateFlag is --host-rate HOST=R, repeatable: a per-host rate that
// overrides --rate and the platforms' defaults.
type hostRateFlag map[string]float64

func (f *hostRateFlag) String() string {
	if f == nil || len(*f) == 0 {
		return ""
	}
	var parts []string
	for h, r := range *f {
		parts = append(parts, h+"="+strconv.FormatFloat(r, 'g', -1, 64))
	}
	slices.Sort(parts)
	return strings.Join(parts, ",")
}

func (f *hostRateFlag) Set(v string) error {
	for _, part := range strings.Split(v, ",") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		h, r, err := crawler.ParseHostRate(part)
		if err != nil {
			return err
		}
		if *f == nil {
			*f = hostRateFlag{}
		}
		(*f)[h] = r
	}
	return nil
}

// addHostRateFlag declares --host-rate on fs.
func addHostRateFlag(fs *flag.FlagSet) *hostRateFlag {
	f := &hostRateFlag{}
	fs.Var(f, "host-rate", "requests per second for one host, HOST=R (repeatable); beats --rate and the platform defaults (Bluesky AppView 10/s)")
	return f
}

// rates returns the map for crawler.Config.HostRates.
func (f *hostRateFlag) rates() map[string]float64 {
	if f == nil {
		return nil
	}
	return map[string]float64(*f)
}
