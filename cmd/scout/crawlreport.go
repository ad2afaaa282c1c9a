package main

import (
	"fmt"
	"sync"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
)

// maxReportedFailures caps the failed targets a crawl summary lists; the
// counts by kind cover them all.
const maxReportedFailures = 1000

// crawlReport is the summary of `scout crawl --json` and `scout discover
// --json`, printed on stdout when the crawl ends (progress goes to
// stderr, so `scout crawl --json ... | jq` reads only this).
type crawlReport struct {
	// JobID is the stored job of a `scout crawl` (see `scout jobs`).
	JobID       string `json:"job_id,omitempty"`
	Fetched     int    `json:"fetched"`
	Profiles    int    `json:"profiles"`
	Posts       int    `json:"posts"`
	NotModified int    `json:"not_modified"`
	// Skipped counts targets a resume found already stored.
	Skipped int `json:"skipped"`
	// Errors counts failed targets by kind; Failed lists them (the first
	// maxReportedFailures) with their message.
	Errors          map[string]int `json:"errors"`
	Failed          []failedTarget `json:"failed"`
	DurationSeconds float64        `json:"duration_seconds"`
	Creators        int            `json:"creators"` // in the store afterwards
	// Discovery is the tally of `scout discover` and --follow-mentions.
	Discovery *discoveryReport `json:"discovery,omitempty"`
}

// discoveryReport is a discovery's own tally (crawler.DiscoverySummary
// without the crawl's, which the report has already).
type discoveryReport struct {
	Candidates int `json:"candidates"`
	New        int `json:"new"`
	Refreshed  int `json:"refreshed"`
	Seeds      int `json:"seeds"`
	OverBudget int `json:"over_budget"`
	Left       int `json:"left"`
}

func newDiscoveryReport(s *crawler.DiscoverySummary) *discoveryReport {
	return &discoveryReport{Candidates: s.Candidates, New: s.New, Refreshed: s.Refreshed, Seeds: s.Seeds, OverBudget: s.OverBudget, Left: s.Left}
}

// failedTarget is one target that failed, as the summary lists it.
type failedTarget struct {
	URL     string `json:"url"`
	Kind    string `json:"kind"`
	Message string `json:"message"`
}

func newCrawlReport(sum *crawler.Summary, creators int, failed []failedTarget) *crawlReport {
	rep := &crawlReport{
		Fetched: sum.Fetched, Profiles: sum.Profiles, Posts: sum.Posts, NotModified: sum.NotModified,
		Errors: sum.Errors, Failed: failed, DurationSeconds: sum.Duration.Seconds(), Creators: creators,
	}
	if rep.Errors == nil {
		rep.Errors = map[string]int{}
	}
	if rep.Failed == nil {
		rep.Failed = []failedTarget{}
	}
	return rep
}

// printCrawlReport prints the summary on stdout: as JSON with --json,
// else the one line text.
func (m *Main) printCrawlReport(rep *crawlReport, text string) error {
	if m.summaryJSON {
		return printJSON(m, rep)
	}
	_, err := fmt.Fprintln(m.Stdout, text)
	return err
}

// failures collects the failed results of a crawl for its summary; crawl
// workers report concurrently.
type failures struct {
	mu      sync.Mutex
	targets []failedTarget
}

func (f *failures) add(r *scout.CrawlResult) {
	if r.Failure == nil {
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.targets) < maxReportedFailures {
		f.targets = append(f.targets, failedTarget{URL: r.URL, Kind: r.Failure.Kind, Message: r.Failure.Message})
	}
}

func (f *failures) list() []failedTarget {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]failedTarget(nil), f.targets...)
}
