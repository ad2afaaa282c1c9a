package crawler

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler/source"
	"github.com/scout-oss/scout/target"
)

// Candidate is a crawl target that a search or a snowball turned up, with
// how it was found; the discovery run stamps FoundVia on the profile it
// yields, and the store appends it to the creator.
type Candidate struct {
	Target   string
	FoundVia scout.FoundVia
}

// Searcher finds candidate creators for a query through one platform's
// public search endpoints. Calls that fail are returned as warnings; the
// candidates found before them are kept.
type Searcher interface {
	// Search returns at most max candidates for query, best first.
	Search(ctx context.Context, client *http.Client, query string, max int) ([]Candidate, []scout.Failure)
}

// TargetKey is the key a discovery run deduplicates targets by: the
// canonical PLATFORM:HANDLE form where there is one.
func TargetKey(raw string) string {
	if t, err := target.Parse(raw); err == nil {
		if s := t.String(); s != "" {
			return strings.ToLower(s)
		}
	}
	return raw
}

// Discovery crawls candidates within a budget of new creators: the
// targets of a search, or seeds and then (with FollowMentions) the
// accounts their posts mention, breadth first. Each profile it delivers
// carries how it was found (Profile.FoundVia). Already-known accounts are
// crawled again (refreshed) and do not count against the budget; the
// store keys accounts by their stable ids, so they are never duplicated.
type Discovery struct {
	Crawler *Crawler
	Sink    scout.Sink
	// Known reports whether the store already holds an account; a
	// profile of an unknown one counts as a new creator. When nil, every
	// profile counts as new (the budget then bounds profiles).
	Known func(ctx context.Context, accountID string) (bool, error)
	// MaxCreators is the budget of new creators, seeds aside; 0 means
	// DefaultMaxCreators.
	MaxCreators int
	// FollowMentions queues the accounts that crawled posts mention or
	// link to.
	FollowMentions bool
	// Now stamps FoundVia.At of mentions; time.Now when nil.
	Now func() time.Time
}

// DefaultMaxCreators is the budget of a discovery run that sets none.
const DefaultMaxCreators = 50

// DiscoverySummary is the tally of one discovery run.
type DiscoverySummary struct {
	// Candidates is how many distinct targets were queued.
	Candidates int `json:"candidates"`
	// New counts profiles of accounts the store did not hold (seeds
	// aside); never more than the budget.
	New int `json:"new"`
	// Refreshed counts profiles of known accounts, crawled again.
	Refreshed int `json:"refreshed"`
	// Seeds counts seed profiles.
	Seeds int `json:"seeds"`
	// OverBudget counts new profiles fetched after the budget was spent
	// (a batch runs concurrently) and so not stored.
	OverBudget int `json:"over_budget"`
	// Left counts queued targets not crawled because the budget ran out.
	Left int `json:"left"`
	// Crawl adds up the crawls' summaries.
	Crawl Summary `json:"crawl"`
}

// Run crawls the seed candidates (those of kind seed, all of them,
// outside the budget), then the others in order, in batches no larger
// than what is left of the budget, queueing mentions when FollowMentions
// is set, until the budget is spent or nothing is left.
func (d *Discovery) Run(ctx context.Context, cands []Candidate) (*DiscoverySummary, error) {
	if d.Crawler == nil || d.Sink == nil {
		return nil, scout.Errorf(scout.EINVALID, "discover: no crawler or sink")
	}
	budget := d.MaxCreators
	if budget <= 0 {
		budget = DefaultMaxCreators
	}
	sum := &DiscoverySummary{Crawl: Summary{Errors: map[string]int{}}}
	seen := map[string]bool{}
	var seeds, queue []Candidate
	push := func(c Candidate) {
		k := TargetKey(c.Target)
		if c.Target == "" || seen[k] {
			return
		}
		seen[k] = true
		sum.Candidates++
		if c.FoundVia.Kind == scout.FoundSeed {
			seeds = append(seeds, c)
		} else {
			queue = append(queue, c)
		}
	}
	for _, c := range cands {
		push(c)
	}
	sink := &discoverySink{d: d, sum: sum, budget: budget, via: map[string]scout.FoundVia{}}
	batch := seeds
	for {
		if len(batch) == 0 {
			n := min(len(queue), budget-sum.New)
			if n <= 0 {
				break
			}
			batch, queue = queue[:n], queue[n:]
		}
		targets := make([]string, len(batch))
		for i, c := range batch {
			targets[i] = c.Target
			sink.via[c.Target] = c.FoundVia
		}
		cs, err := d.Crawler.Crawl(ctx, targets, sink)
		addSummary(&sum.Crawl, cs)
		if err != nil {
			return sum, fmt.Errorf("discover: %w", err)
		}
		for _, m := range sink.takeMentions() {
			push(m)
		}
		batch = nil
	}
	sum.Left = len(queue)
	return sum, nil
}

// addSummary adds one crawl's tally to a run's.
func addSummary(to *Summary, s *Summary) {
	if s == nil {
		return
	}
	to.Fetched += s.Fetched
	to.NotModified += s.NotModified
	to.Profiles += s.Profiles
	to.Posts += s.Posts
	to.SinkErrors += s.SinkErrors
	to.Duration += s.Duration
	for k, v := range s.Errors {
		to.Errors[k] += v
	}
	to.Fetch.RateLimitWaits += s.Fetch.RateLimitWaits
	to.Fetch.Retries += s.Fetch.Retries
	to.Fetch.NotModified += s.Fetch.NotModified
}

// discoverySink stamps found_via on profiles, enforces the budget of new
// creators exactly (a batch's crawl delivers results one at a time), and
// collects mentions for the next round.
type discoverySink struct {
	d      *Discovery
	sum    *DiscoverySummary
	budget int

	mu       sync.Mutex
	via      map[string]scout.FoundVia // by target
	mentions []Candidate
}

// errOverBudget tells Ingest to drop a new profile once the budget is
// spent; it never leaves the sink (the drop is counted in OverBudget).
var errOverBudget = errors.New("over budget")

func (s *discoverySink) Ingest(ctx context.Context, r *scout.CrawlResult) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r.Profile == nil || r.Failure != nil {
		return s.d.Sink.Ingest(ctx, r)
	}
	if gone, err := s.IsSuppressed(ctx, target.ProfileSubjectKeys(r.Profile)...); err == nil && gone {
		// A forgotten person: the sink records it and stores nothing; it
		// uses no budget and its mentions are not followed.
		return s.d.Sink.Ingest(ctx, r)
	}
	via, ok := s.via[r.URL]
	if !ok {
		via = scout.FoundVia{Kind: scout.FoundSeed, Target: r.URL, At: source.NowOr(s.d.Now)}
	}
	if err := s.count(ctx, r.Profile.Account.ID, via.Kind == scout.FoundSeed); err != nil {
		if errors.Is(err, errOverBudget) {
			return nil
		}
		return err
	}
	cp := *r
	p := *r.Profile
	p.FoundVia, _ = scout.AddFoundVia(append([]scout.FoundVia(nil), p.FoundVia...), via)
	cp.Profile = &p
	if s.d.FollowMentions {
		at := source.NowOr(s.d.Now)
		for _, t := range MentionTargets(&p) {
			s.mentions = append(s.mentions, Candidate{Target: t, FoundVia: scout.FoundVia{
				Kind: scout.FoundMention, By: p.Account.ID, Target: t, At: at}})
		}
	}
	return s.d.Sink.Ingest(ctx, &cp)
}

// IsSuppressed passes on the wrapped sink's suppression list, so that the
// crawler's check before fetching applies to discovery's crawls too.
func (s *discoverySink) IsSuppressed(ctx context.Context, identifiers ...string) (bool, error) {
	if sup, ok := s.d.Sink.(Suppressor); ok {
		return sup.IsSuppressed(ctx, identifiers...)
	}
	return false, nil
}

// count tallies a profile as seed, refreshed or new, and refuses a new
// one over the budget.
func (s *discoverySink) count(ctx context.Context, accountID string, seed bool) error {
	known := false
	if s.d.Known != nil {
		k, err := s.d.Known(ctx, accountID)
		if err != nil {
			return fmt.Errorf("discover: look up %s: %w", accountID, err)
		}
		known = k
	}
	switch {
	case seed:
		s.sum.Seeds++
	case known:
		s.sum.Refreshed++
	case s.sum.New >= s.budget:
		s.sum.OverBudget++
		return errOverBudget
	default:
		s.sum.New++
	}
	return nil
}

// takeMentions returns and forgets the mentions collected so far.
func (s *discoverySink) takeMentions() []Candidate {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.mentions
	s.mentions = nil
	return m
}
