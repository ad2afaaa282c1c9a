package main

import (
	"bufio"
	"context"
	"fmt"
	"iter"
	"os"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
)

// maxKeptTargets is how many command-line targets a CLI job record keeps
// for `GET /api/v1/crawls`; a seeds file's targets live in the frontier.
const maxKeptTargets = 100

// crawlJob runs `scout crawl` as a stored job through the frontier: the
// targets are queued first, then crawled. With resume it continues the last
// interrupted CLI job: targets already committed are not fetched again,
// and the search index is rebuilt from the store afterwards, since index
// batches not yet flushed died with the process.
func (m *Main) crawlJob(ctx context.Context, a *app, cfg crawler.Config, urls []string, seedsPath string, resume bool) error {
	var job *scout.CrawlJob
	if resume {
		js, _, err := a.db.FindJobs(ctx, scout.JobFilter{Origin: scout.OriginCLI, State: scout.JobRunning, Limit: 1})
		if err != nil {
			return err
		}
		if len(js) > 0 {
			job = js[0]
			left, _ := a.db.Pending(ctx, job.ID)
			fmt.Fprintf(m.Stderr, "resuming crawl job %s: %s committed, %s left in the queue\n",
				job.ID, plural(job.Fetched, "page"), plural(left, "target"))
		} else if len(urls) == 0 && seedsPath == "" {
			return usagef("no interrupted crawl to resume")
		}
	} else if js, _, err := a.db.FindJobs(ctx, scout.JobFilter{Origin: scout.OriginCLI, State: scout.JobRunning, Limit: 1}); err == nil && len(js) > 0 {
		fmt.Fprintf(m.Stderr, "note: crawl job %s was interrupted; \"scout crawl --resume\" continues it\n", js[0].ID)
	}
	if job == nil {
		job = &scout.CrawlJob{Origin: scout.OriginCLI}
		if seedsPath == "" && len(urls) <= maxKeptTargets {
			job.Targets = urls
		}
		if err := a.db.CreateJob(ctx, job); err != nil {
			return err
		}
	}

	var targets iter.Seq[string]
	var seedErr error
	total := len(urls)
	if len(urls) > 0 || seedsPath != "" {
		if seedsPath != "" {
			n, err := countSeeds(seedsPath)
			if err != nil {
				return err
			}
			total += n
		}
		targets = func(yield func(string) bool) {
			for _, u := range urls {
				if !yield(u) {
					return
				}
			}
			if seedsPath != "" {
				seedErr = eachSeed(seedsPath, yield)
			}
		}
	} else {
		left, _ := a.db.Pending(ctx, job.ID)
		total = left
	}

	progress := newProgress(m.Stderr, total)
	runner := &crawler.JobRunner{
		Crawler: crawler.New(cfg), Jobs: a.db, Frontier: a.db, Visits: a.db, Sink: a.ing,
		Logger:   cfg.Logger,
		OnResult: func(_ *scout.CrawlJob, r *scout.CrawlResult) { progress.add(r) },
	}
	sum, err := runner.Run(ctx, job, targets)
	progress.finish()
	if err == nil {
		err = seedErr
	}
	if err != nil {
		if ctx.Err() != nil {
			fmt.Fprintf(m.Stderr, "crawl job %s interrupted; \"scout crawl --resume\" continues it\n", job.ID)
		}
		return fmt.Errorf("crawl: %w", err)
	}
	if resume {
		if _, err := reindex(ctx, a.db, a.idx); err != nil {
			return fmt.Errorf("crawl: reindex after resume: %w", err)
		}
	}
	total, _ = a.db.CountCreators(ctx)
	skipped := ""
	if sum.Skipped > 0 {
		skipped = fmt.Sprintf(", %s already stored", plural(sum.Skipped, "target"))
	}
	fmt.Fprintf(m.Stderr, "crawled %s in %s: %s, %s%s (store holds %s); errors: %s\n",
		plural(sum.Fetched, "page"), sum.Duration.Round(time.Millisecond),
		plural(sum.Profiles, "profile"), plural(sum.Posts, "post"), skipped,
		plural(total, "creator"), joinKinds(sum.Errors))
	return nil
}

// eachSeed streams a seeds file's URLs to yield, so a 200,000-line file
// never sits in memory: one URL per line; blank lines, lines that start
// with # and trailing " # comments" are skipped.
func eachSeed(path string, yield func(string) bool) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read seeds: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "#") {
			continue
		}
		if i := strings.Index(line, " #"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line != "" && !yield(line) {
			return nil
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read seeds %s: %w", path, err)
	}
	return nil
}

// countSeeds counts a seeds file's URLs for the progress bar.
func countSeeds(path string) (int, error) {
	n := 0
	err := eachSeed(path, func(string) bool { n++; return true })
	return n, err
}
