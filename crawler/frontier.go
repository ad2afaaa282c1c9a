package crawler

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"net/url"
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
}

// FrontierSummary is a Summary plus what only a frontier crawl knows.
type FrontierSummary struct {
	Summary
	// Skipped counts targets found already committed (on resume).
	Skipped int `json:"skipped"`
	// NotModified counts 304 answers to conditional requests.
	NotModified int `json:"not_modified"`
}

// CrawlFrontier crawls the job's items from the frontier until none is
// left (or MaxPages results are in) and sends each result to sink. Items
// are taken one per host at a time, in due order; an item leaves the
// frontier only after the sink has committed its result, so a crash loses
// nothing, and with Visits set a resume fetches nothing twice. When ctx
// ends, items in flight go back to the frontier untouched and CrawlFrontier
// returns the partial summary with ctx's error.
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
	var capped = errors.New("max pages reached")
	col := c.newCollector(wctx)
	type outcome struct {
		item *scout.FrontierItem
		res  *scout.CrawlResult // nil: already committed, skipped
	}
	results := make(chan outcome)
	wake := newNotifier()
	var wg sync.WaitGroup
	for range c.concurrency {
		wg.Go(func() {
			for wctx.Err() == nil {
				it, err := run.Frontier.Next(wctx, run.JobID, c.now())
				if err != nil {
					stop(fmt.Errorf("frontier next: %w", err))
					return
				}
				if it == nil {
					woken := wake.wait()
					n, err := run.Frontier.Pending(wctx, run.JobID)
					if err != nil {
						stop(fmt.Errorf("frontier pending: %w", err))
						return
					}
					if n == 0 {
						wake.broadcast() // let the other idle workers see it too
						return
					}
					select {
					case <-wctx.Done():
					case <-woken:
					case <-time.After(poll):
					}
					continue
				}
				var res *scout.CrawlResult
				if !c.committed(wctx, run.Visits, it) {
					res = c.fetchUnlessSuppressed(wctx, col, it.URL, sink)
					if res == nil { // ctx ended mid-fetch: put the item back
						_ = run.Frontier.Reschedule(context.WithoutCancel(ctx), it, it.Due)
						return
					}
				}
				select {
				case results <- outcome{it, res}:
				case <-wctx.Done():
					_ = run.Frontier.Reschedule(context.WithoutCancel(ctx), it, it.Due)
					return
				}
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	var doneErr error
	for o := range results {
		if wctx.Err() != nil {
			_ = run.Frontier.Reschedule(context.WithoutCancel(ctx), o.item, o.item.Due)
			continue
		}
		if o.res == nil {
			sum.Skipped++
			if run.OnSkip != nil {
				run.OnSkip(o.item)
			}
		} else {
			c.deliver(wctx, sink, o.res, &sum.Summary)
			if o.res.NotModified {
				sum.NotModified++
			}
			if run.OnResult != nil {
				run.OnResult(o.res)
			}
		}
		// The result is committed; only now does the item leave.
		if err := run.Frontier.Done(context.WithoutCancel(ctx), o.item); err != nil && doneErr == nil {
			doneErr = fmt.Errorf("frontier done: %w", err)
			stop(doneErr)
		}
		wake.broadcast()
		if run.MaxPages > 0 && sum.Fetched >= run.MaxPages {
			stop(capped)
		}
	}
	sum.Duration = c.now().Sub(start)
	if err := ctx.Err(); err != nil {
		return sum, fmt.Errorf("crawl: %w", err)
	}
	if err := context.Cause(wctx); err != nil && !errors.Is(err, capped) && !errors.Is(err, context.Canceled) {
		return sum, fmt.Errorf("crawl: %w", err)
	}
	return sum, nil
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

// notifier wakes every waiter at once: wait returns a channel that the
// next broadcast closes.
type notifier struct {
	mu sync.Mutex
	ch chan struct{}
}

func newNotifier() *notifier { return &notifier{ch: make(chan struct{})} }

func (n *notifier) wait() <-chan struct{} {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.ch
}

func (n *notifier) broadcast() {
	n.mu.Lock()
	close(n.ch)
	n.ch = make(chan struct{})
	n.mu.Unlock()
}
