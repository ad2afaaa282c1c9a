package crawler

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/gocolly/colly/v2"

	"github.com/scout-oss/scout"
)

// pushBatch is how many targets Enqueue writes to the frontier per call, so
// a 200,000-line seeds file never sits in memory at once.
const pushBatch = 500

// DefaultPoll is how long an idle crawl worker waits before it asks the
// frontier again when every host with work is busy or nothing is due yet.
// A finished item wakes the workers at once, so this only bounds the wait
// for items that become due by the clock.
const DefaultPoll = 200 * time.Millisecond

// Target normalises one crawl target for the frontier: an adapter's target
// (PLATFORM:HANDLE, an API URL) is kept as given with the adapter's host
// key; any other target must be an absolute http(s) URL, which loses its
// fragment and is paced by its host (with a non-default port). The error is
// a FailBlocked-worthy reason for people.
func (c *Crawler) Target(raw string) (target, host string, err error) {
	raw = strings.TrimSpace(raw)
	if _, h := c.adapterFor(raw); h != "" {
		return raw, h, nil
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return raw, "", errors.New("crawl: not an absolute http(s) URL")
	}
	u.Fragment, u.RawFragment = "", ""
	return u.String(), frontierHost(u), nil
}

// frontierHost is the host key of u: lower-case host, default port dropped.
// It matches the Transport's limiter key, so the frontier's one-lease-per-
// host and the limiter's pacing agree on what a host is.
func frontierHost(u *url.URL) string {
	h := strings.ToLower(u.Host)
	switch {
	case u.Scheme == "http":
		h = strings.TrimSuffix(h, ":80")
	case u.Scheme == "https":
		h = strings.TrimSuffix(h, ":443")
	}
	return h
}

// Enqueue writes targets into the frontier for jobID, due now, in batches.
// Every item gets since as its Since (the job's creation time), so that
// enqueuing the same targets again on resume is harmless. Targets that are
// not crawlable come back as failed results for the caller to deliver; the
// count is the number of targets pushed (the frontier drops duplicates).
func (c *Crawler) Enqueue(ctx context.Context, f scout.Frontier, jobID string, since time.Time, targets iter.Seq[string]) (int, []*scout.CrawlResult, error) {
	var (
		batch    = make([]scout.FrontierItem, 0, pushBatch)
		rejected []*scout.CrawlResult
		n        int
	)
	now := c.now()
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := f.Push(ctx, batch...); err != nil {
			return fmt.Errorf("enqueue: %w", err)
		}
		n += len(batch)
		batch = batch[:0]
		return nil
	}
	for raw := range targets {
		if raw == "" {
			continue
		}
		target, host, err := c.Target(raw)
		if err != nil {
			rejected = append(rejected, Failed(&scout.CrawlResult{URL: raw, FetchedAt: now}, scout.FailBlocked, err))
			continue
		}
		batch = append(batch, scout.FrontierItem{URL: target, Host: host, JobID: jobID, Due: now, Since: since})
		if len(batch) == pushBatch {
			if err := flush(); err != nil {
				return n, rejected, err
			}
		}
	}
	return n, rejected, flush()
}

// DefaultCommitBatch bounds how many results CrawlFrontier commits in one
// group: one call of a BatchSink and one frontier Done. Results are
// grouped only when they are waiting anyway (the committer takes what has
// arrived while it committed the last group), so a crawl that fetches
// slowly still commits each result at once.
const DefaultCommitBatch = 64

// BatchSink is a scout.Sink that commits many results at once: one store
// transaction per group and the CPU work (language detection, scoring) in
// parallel, as ingest.Ingester does. CrawlFrontier detects it with a type
// assertion and hands it the results that are waiting; a plain Sink gets
// them one by one.
type BatchSink interface {
	scout.Sink
	// IngestBatch takes results and returns one error per result (nil for
	// a committed one), so one bad result does not fail the others. It
	// must be idempotent like Ingest.
	IngestBatch(ctx context.Context, rs []*scout.CrawlResult) []error
}

// FrontierRun says which job CrawlFrontier consumes and what it reports.
type FrontierRun struct {
	// Frontier holds the job's targets.
	Frontier scout.Frontier
	// JobID is the job whose items are crawled.
	JobID string
	// Visits, when set, is asked before each fetch: a target whose result
	// was committed at or after the item's Since is not fetched again but
	// only taken off the frontier. This is what makes a resume exact.
	Visits scout.VisitService
	// MaxPages stops the crawl after this many results (0: no cap); the
	// items left stay in the frontier for the caller to drop.
	MaxPages int
	// OnResult is called with each result after the sink took it and
	// before the item leaves the frontier; OnSkip with each item found
	// already committed. Both run on one goroutine.
	OnResult func(*scout.CrawlResult)
	OnSkip   func(*scout.FrontierItem)
	// Poll overrides DefaultPoll when positive.
	Poll time.Duration
	// CommitBatch overrides DefaultCommitBatch when positive; 1 commits
	// every result on its own.
	CommitBatch int
}

// FrontierSummary is a Summary plus what only a frontier crawl knows.
type FrontierSummary struct {
	Summary
	// Skipped counts targets found already committed (on resume).
	Skipped int `json:"skipped"`
	// NotModified counts 304 answers to conditional requests.
	NotModified int `json:"not_modified"`
}

// outcome is one item a worker is done with: its result, or nil when the
// item was found already committed.
type outcome struct {
	item *scout.FrontierItem
	res  *scout.CrawlResult
}

// CrawlFrontier crawls the job's items from the frontier until none is
// left (or MaxPages results are in) and sends each result to sink.
//
// Workers take items one per host at a time, in due order, and release the
// host (Frontier.Release) as soon as the fetch is over: the host's rate
// limiter paces its next request, so no host waits for a commit. One
// committer takes the fetched results in groups of what has arrived,
// commits them to the sink (IngestBatch when it is a BatchSink) and only
// then removes the group's items from the frontier with one Done, so a
// crash loses nothing, and with Visits set a resume fetches nothing twice.
// A released host wakes one idle worker, not all of them. When ctx ends,
// items whose results are not committed go back to the frontier untouched
// and CrawlFrontier returns the partial summary with ctx's error.
func (c *Crawler) CrawlFrontier(ctx context.Context, run FrontierRun, sink scout.Sink) (*FrontierSummary, error) {
	if sink == nil || run.Frontier == nil || run.JobID == "" {
		return nil, scout.Errorf(scout.EINVALID, "crawl: a frontier crawl needs a sink, a frontier and a job id")
	}
	poll := run.Poll
	if poll <= 0 {
		poll = DefaultPoll
	}
	start := c.now()
	sum := &FrontierSummary{Summary: Summary{Errors: make(map[string]int)}}
	wctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	col := c.newCollector(wctx)
	fetched := make(chan outcome, c.concurrency)
	wake := make(chan struct{}, c.concurrency) // one token per released host
	drained := make(chan struct{})             // closed once nothing is pending
	putBack := func(it *scout.FrontierItem) {
		_ = run.Frontier.Reschedule(context.WithoutCancel(ctx), it, it.Due)
	}
	var wg sync.WaitGroup
	for range c.concurrency {
		wg.Go(func() {
			drained := drained // nil once seen, so an idle worker never spins on it
			for wctx.Err() == nil {
				it, err := run.Frontier.Next(wctx, run.JobID, c.now())
				if err != nil {
					stop(fmt.Errorf("frontier next: %w", err))
					return
				}
				if it == nil {
					n, err := run.Frontier.Pending(wctx, run.JobID)
					if err != nil {
						stop(fmt.Errorf("frontier pending: %w", err))
						return
					}
					if n == 0 {
						return
					}
					t := time.NewTimer(poll)
					select {
					case <-wctx.Done():
					case <-wake:
					case <-drained:
						drained = nil
					case <-t.C:
					}
					t.Stop()
					continue
				}
				o := outcome{item: it}
				if !c.committed(wctx, run.Visits, it) {
					o.res = c.fetchUnlessSuppressed(wctx, col, it.URL, sink)
					if o.res == nil { // ctx ended mid-fetch: put the item back
						putBack(it)
						return
					}
				}
				// The fetch is over: the host's limiter paces it from here.
				if err := run.Frontier.Release(wctx, it); err != nil {
					putBack(it)
					stop(fmt.Errorf("frontier release: %w", err))
					return
				}
				select {
				case wake <- struct{}{}:
				default:
				}
				select {
				case fetched <- o:
				case <-wctx.Done():
					putBack(it)
					return
				}
			}
		})
	}
	go func() {
		wg.Wait()
		close(fetched)
	}()
	cm := &committer{c: c, run: run, sink: sink, sum: sum, ctx: ctx, wctx: wctx, stop: stop, putBack: putBack}
	batch := max(run.CommitBatch, 0)
	if batch == 0 {
		batch = DefaultCommitBatch
	}
	group := make([]outcome, 0, batch)
	var drainOnce sync.Once
	for o := range fetched {
		group = append(group[:0], o)
	more:
		for len(group) < batch {
			select {
			case o, ok := <-fetched:
				if !ok {
					break more
				}
				group = append(group, o)
			default:
				break more
			}
		}
		if cm.commit(group) {
			// Idle workers see nothing pending and return; the loop ends
			// when the last one has.
			drainOnce.Do(func() { close(drained) })
		}
	}
	sum.Duration = c.now().Sub(start)
	if err := ctx.Err(); err != nil {
		return sum, fmt.Errorf("crawl: %w", err)
	}
	if err := context.Cause(wctx); err != nil && !errors.Is(err, errCapped) && !errors.Is(err, context.Canceled) {
		return sum, fmt.Errorf("crawl: %w", err)
	}
	return sum, nil
}

// errCapped stops a frontier crawl that has MaxPages results.
var errCapped = errors.New("max pages reached")

// committer commits groups of fetched results for CrawlFrontier, on one
// goroutine.
type committer struct {
	c         *Crawler
	run       FrontierRun
	sink      scout.Sink
	sum       *FrontierSummary
	ctx, wctx context.Context
	stop      context.CancelCauseFunc
	putBack   func(*scout.FrontierItem)
	failed    bool // a Done failed: everything after it goes back
}

// commit commits one group: the results to the sink, then the items off
// the frontier. It reports whether the job then holds nothing more.
func (cm *committer) commit(group []outcome) (drained bool) {
	var (
		keep    = make([]*scout.FrontierItem, 0, len(group))
		results = make([]*scout.CrawlResult, 0, len(group))
		skipped []*scout.FrontierItem
	)
	for _, o := range group {
		capped := cm.run.MaxPages > 0 && o.res != nil && cm.sum.Fetched+len(results) >= cm.run.MaxPages
		if cm.wctx.Err() != nil || cm.failed || capped {
			cm.putBack(o.item)
			continue
		}
		keep = append(keep, o.item)
		if o.res == nil {
			skipped = append(skipped, o.item)
		} else {
			results = append(results, o.res)
		}
	}
	if len(keep) == 0 {
		return false
	}
	errs := cm.c.ingestGroup(cm.wctx, cm.sink, results)
	for i, r := range results {
		cm.c.account(r, errs[i], &cm.sum.Summary)
		if r.NotModified {
			cm.sum.NotModified++
		}
		if cm.run.OnResult != nil {
			cm.run.OnResult(r)
		}
	}
	for _, it := range skipped {
		cm.sum.Skipped++
		if cm.run.OnSkip != nil {
			cm.run.OnSkip(it)
		}
	}
	// The results are committed; only now do the items leave.
	if err := cm.run.Frontier.Done(context.WithoutCancel(cm.ctx), keep...); err != nil {
		cm.failed = true
		cm.stop(fmt.Errorf("frontier done: %w", err))
		return false
	}
	if cm.run.MaxPages > 0 && cm.sum.Fetched >= cm.run.MaxPages {
		cm.stop(errCapped)
		return false
	}
	n, err := cm.run.Frontier.Pending(cm.wctx, cm.run.JobID)
	return err == nil && n == 0
}

// ingestGroup hands results to sink, in one call when it is a BatchSink,
// and returns one error per result.
func (c *Crawler) ingestGroup(ctx context.Context, sink scout.Sink, rs []*scout.CrawlResult) []error {
	if len(rs) == 0 {
		return nil
	}
	if bs, ok := sink.(BatchSink); ok && len(rs) > 1 {
		if errs := bs.IngestBatch(ctx, rs); len(errs) == len(rs) {
			return errs
		}
		return slices.Repeat([]error{errors.New("ingest: the sink returned the wrong number of errors")}, len(rs))
	}
	errs := make([]error, len(rs))
	for i, r := range rs {
		errs[i] = sink.Ingest(ctx, r)
	}
	return errs
}

// committed reports whether the item's URL already has a result committed
// since the job wanted it.
func (c *Crawler) committed(ctx context.Context, visits scout.VisitService, it *scout.FrontierItem) bool {
	if visits == nil || it.Since.IsZero() {
		return false
	}
	v, err := visits.FindVisit(ctx, it.URL)
	return err == nil && !v.FetchedAt.Before(it.Since)
}

// fetchTarget fetches one target through the first adapter that claims it
// and does not decline it, or through the page extractor when none does:
// no adapter matches it, its host runs no software the
// adapter reads (HostProber), or the adapter declines a URL (an ordinary
// site with /@user paths, say). It returns nil when ctx ended.
func (c *Crawler) fetchTarget(ctx context.Context, col *colly.Collector, target string) *scout.CrawlResult {
	var r *scout.CrawlResult
	for _, a := range c.adaptersFor(target) {
		if r != nil || ctx.Err() != nil {
			break
		}
		if c.claims(ctx, a, target) {
			r = a.Fetch(ctx, c.Client(), target)
		}
	}
	if r == nil && ctx.Err() == nil && isWebURL(target) {
		r = c.crawlOne(ctx, col, target)
	}
	if ctx.Err() != nil {
		return nil
	}
	return r
}
