package crawler

import (
	"context"
	"fmt"
	"iter"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/scout-oss/scout"
)

// DefaultSaveEvery is how often a running job's counters are written back
// to the job store: often enough for a progress bar, rarely enough that
// bookkeeping costs nothing next to the pages.
const DefaultSaveEvery = time.Second

// JobRunner runs one crawl job at a time from the frontier: it marks the
// job running, queues its targets, crawls them and records the outcome.
// `scout crawl` uses it directly; JobQueue uses it for serve.
type JobRunner struct {
	Crawler  *Crawler
	Jobs     scout.JobService
	Frontier scout.Frontier
	// Visits makes resumes exact (see FrontierRun.Visits).
	Visits scout.VisitService
	Sink   scout.Sink
	// Now is the clock for job times; time.Now when nil.
	Now func() time.Time
	// Logger gets one structured line per job start and end.
	Logger *slog.Logger
	// OnResult sees every result with its job (metrics, progress bars);
	// OnFinish every job that reached a final state.
	OnResult func(j *scout.CrawlJob, r *scout.CrawlResult)
	OnFinish func(j *scout.CrawlJob)
	// SaveEvery overrides DefaultSaveEvery when positive.
	SaveEvery time.Duration
	// Poll is passed to FrontierRun.
	Poll time.Duration
}

// flusher is what a sink that batches (scout.Ingester) also implements; a
// job flushes it at its end.
type flusher interface {
	Flush(ctx context.Context) error
}

// Run runs job to its end. When targets is non-nil they are queued first
// (again, on resume: the frontier ignores targets it holds, and Visits
// skips the ones already committed); a job that was fully queued before
// may pass nil. The job ends done (or done with errors counted), failed
// when the crawl itself broke, or stays running when ctx ended, so the next
// start resumes it. Its counters are saved as it goes.
func (r *JobRunner) Run(ctx context.Context, job *scout.CrawlJob, targets iter.Seq[string]) (*FrontierSummary, error) {
	log := r.logger().With("job", job.ID, "origin", job.Origin)
	if job.Tier != "" {
		ctx = WithJobTier(ctx, job.Tier) // a hint adapters may read (JobTier)
		log = log.With("tier", job.Tier, "schedule", job.ScheduleID)
	}
	now := r.now()
	resumed := job.State == scout.JobRunning
	if job.StartedAt == nil {
		job.StartedAt = &now
	}
	job.State = scout.JobRunning
	if job.Errors == nil {
		job.Errors = map[string]int{}
	}
	if err := r.Jobs.UpdateJob(ctx, job); err != nil {
		return nil, fmt.Errorf("run job %s: %w", job.ID, err)
	}
	log.Info("crawl job started", "resumed", resumed, "targets", len(job.Targets))

	var mu sync.Mutex // guards job between the crawl's goroutine and the saver
	if targets != nil {
		queued, rejected, err := r.Crawler.Enqueue(ctx, r.Frontier, job.ID, job.CreatedAt, targets)
		if err != nil {
			return nil, r.stopped(ctx, job, log, fmt.Errorf("run job %s: %w", job.ID, err))
		}
		for _, res := range rejected {
			if err := r.Sink.Ingest(ctx, res); err != nil {
				log.Error("ingest rejected target", "url", res.URL, "err", err)
			}
			r.count(job, res)
		}
		pending, _ := r.Frontier.Pending(ctx, job.ID)
		job.Queued = max(job.Queued, pending+job.Fetched, queued+len(rejected))
		job.Enqueued = true
		if err := r.Jobs.UpdateJob(ctx, job); err != nil {
			return nil, fmt.Errorf("run job %s: %w", job.ID, err)
		}
	} else if !job.Enqueued {
		return nil, scout.Errorf(scout.EINVALID,
			"crawl job %s was interrupted before all its targets were queued; give the same targets again", job.ID)
	}

	saveEvery := r.SaveEvery
	if saveEvery <= 0 {
		saveEvery = DefaultSaveEvery
	}
	started := r.now()
	fetchedAtStart := job.Fetched
	lastSave := started
	// The Transport counts rate-limit pauses of the requests made with
	// this context; they add to what earlier runs of the job counted.
	var counter Counter
	ctx = WithCounter(ctx, &counter)
	waitsAtStart := job.RateLimitWaits
	save := func() {
		job.RateLimitWaits = waitsAtStart + int(counter.Stats().RateLimitWaits)
		pending, err := r.Frontier.Pending(ctx, job.ID)
		if err == nil {
			job.ETA = eta(r.now(), started, job.Fetched-fetchedAtStart, pending)
		}
		if err := r.Jobs.UpdateJob(ctx, job); err != nil && ctx.Err() == nil {
			log.Warn("save crawl job progress", "err", err)
		}
	}
	run := FrontierRun{
		Frontier: r.Frontier, JobID: job.ID, Visits: r.Visits, Poll: r.Poll,
		OnResult: func(res *scout.CrawlResult) {
			mu.Lock()
			defer mu.Unlock()
			r.count(job, res)
			if r.OnResult != nil {
				r.OnResult(job, res)
			}
			if t := r.now(); t.Sub(lastSave) >= saveEvery {
				lastSave = t
				save()
			}
		},
		OnSkip: func(*scout.FrontierItem) {
			mu.Lock()
			job.Skipped++
			mu.Unlock()
		},
	}
	if job.MaxPages > 0 {
		run.MaxPages = max(0, job.MaxPages-job.Fetched)
		if run.MaxPages == 0 {
			run.MaxPages = -1
		}
	}
	var sum *FrontierSummary
	var err error
	if run.MaxPages >= 0 {
		sum, err = r.Crawler.CrawlFrontier(ctx, run, r.Sink)
	} else {
		sum = &FrontierSummary{Summary: Summary{Errors: map[string]int{}}}
	}
	if f, ok := r.Sink.(flusher); ok {
		if ferr := f.Flush(context.WithoutCancel(ctx)); ferr != nil && err == nil {
			err = ferr
		}
	}
	job.RateLimitWaits = waitsAtStart + int(counter.Stats().RateLimitWaits)
	if err != nil {
		return sum, r.stopped(ctx, job, log, err)
	}
	// Capped by max_pages: what is left is not wanted any more.
	if err := r.Frontier.Drop(ctx, job.ID); err != nil {
		return sum, r.stopped(ctx, job, log, err)
	}
	r.finish(ctx, job, scout.JobDone, "")
	log.Info("crawl job done", "fetched", job.Fetched, "profiles", job.Profiles,
		"not_modified", job.NotModified, "skipped", job.Skipped, "errors", job.Errors,
		"duration", r.now().Sub(started))
	return sum, nil
}

// stopped records why a job did not finish: a job stopped by ctx stays
// running (it is resumed on the next start), any other failure fails it.
func (r *JobRunner) stopped(ctx context.Context, job *scout.CrawlJob, log *slog.Logger, err error) error {
	if ctx.Err() != nil {
		job.ETA = nil
		if uerr := r.Jobs.UpdateJob(context.WithoutCancel(ctx), job); uerr != nil {
			log.Warn("save interrupted crawl job", "err", uerr)
		}
		log.Info("crawl job interrupted; it resumes on the next start", "fetched", job.Fetched)
		return err
	}
	r.finish(ctx, job, scout.JobFailed, scout.ErrorMessage(err))
	log.Error("crawl job failed", "err", err)
	return err
}

func (r *JobRunner) finish(ctx context.Context, job *scout.CrawlJob, state, msg string) {
	t := r.now()
	job.State, job.FinishedAt, job.ETA = state, &t, nil
	if msg != "" {
		job.Message = msg
	}
	if err := r.Jobs.UpdateJob(context.WithoutCancel(ctx), job); err != nil {
		r.logger().Error("save finished crawl job", "job", job.ID, "err", err)
	}
	if r.OnFinish != nil {
		r.OnFinish(job)
	}
}

// count adds one result to the job's counters.
func (r *JobRunner) count(job *scout.CrawlJob, res *scout.CrawlResult) {
	job.Fetched++
	switch {
	case res.NotModified:
		job.NotModified++
	case res.Failure != nil:
		job.Errors[res.Failure.Kind]++
		if len(job.Failures) < scout.MaxJobFailures {
			f := *res.Failure
			if res.URL != "" {
				f.URL = res.URL // the target as queued, which pages match on
			}
			job.Failures = append(job.Failures, f)
		}
	case res.Profile != nil:
		job.Profiles++
	}
}

// eta extrapolates the pace since start over the items left; nil until
// there is a pace to go by.
func eta(now, start time.Time, done, left int) *time.Time {
	el := now.Sub(start)
	if done <= 0 || el <= 0 || left <= 0 {
		return nil
	}
	t := now.Add(time.Duration(float64(el) / float64(done) * float64(left))).UTC().Truncate(time.Second)
	return &t
}

func (r *JobRunner) now() time.Time {
	if r.Now != nil {
		return r.Now().UTC()
	}
	return time.Now().UTC()
}

func (r *JobRunner) logger() *slog.Logger {
	if r.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return r.Logger
}

// JobQueue runs API and scheduled jobs in the background for serve, one at
// a time in creation order, so the global concurrency limit holds across
// jobs. It implements scout.JobService: CreateJob stores the job and wakes
// the queue; the rest is the store's. A job that was running when serve
// stopped or died is resumed first when the queue starts. JobQueue owns its
// goroutine's context: Close cancels it and waits.
type JobQueue struct {
	scout.JobService
	runner *JobRunner

	ctx    context.Context
	cancel context.CancelFunc
	done   chan struct{}
	kick   chan struct{}

	// mu guards cur and orders picking a job against cancelling one, so
	// a job cancelled while queued is never started.
	mu  sync.Mutex
	cur *jobRun
}

// jobRun is the job being run and how to stop it.
type jobRun struct {
	id        string
	ctx       context.Context
	cancel    context.CancelFunc
	cancelled bool          // set by CancelJob before cancel
	done      chan struct{} // closed when the run is over and recorded
}

var (
	_ scout.JobService     = (*JobQueue)(nil)
	_ scout.CrawlRequester = (*JobQueue)(nil)
)

// StartJobQueue starts the background loop over r. Jobs of origin cli are
// left to `scout crawl --resume`.
func StartJobQueue(r *JobRunner) *JobQueue {
	ctx, cancel := context.WithCancel(context.Background())
	q := &JobQueue{JobService: r.Jobs, runner: r, ctx: ctx, cancel: cancel,
		done: make(chan struct{}), kick: make(chan struct{}, 1)}
	go q.loop()
	return q
}

// CreateJob implements scout.JobService: it stores j as queued and wakes
// the queue.
func (q *JobQueue) CreateJob(ctx context.Context, j *scout.CrawlJob) error {
	j.State = scout.JobQueued
	if err := q.JobService.CreateJob(ctx, j); err != nil {
		return err
	}
	select {
	case q.kick <- struct{}{}:
	default:
	}
	return nil
}

// RequestCrawl implements scout.CrawlRequester: it queues an API job for
// targets (the unknown lines of a pasted shortlist) and returns its id.
func (q *JobQueue) RequestCrawl(ctx context.Context, targets []string) (string, error) {
	j := &scout.CrawlJob{Origin: scout.OriginAPI, Targets: targets}
	if err := q.CreateJob(ctx, j); err != nil {
		return "", err
	}
	return j.ID, nil
}

// QueueDepth returns how many targets the running job has left in the
// frontier (0 when idle), for the queue-depth gauge.
func (q *JobQueue) QueueDepth(ctx context.Context) int {
	q.mu.Lock()
	cur := q.cur
	q.mu.Unlock()
	if cur == nil {
		return 0
	}
	n, err := q.runner.Frontier.Pending(ctx, cur.id)
	if err != nil {
		return 0
	}
	return n
}

// CancelJob stops a queued or running job and drops its remaining targets.
// ENOTFOUND for an unknown job; ECONFLICT for a finished one.
func (q *JobQueue) CancelJob(ctx context.Context, id string) (*scout.CrawlJob, error) {
	q.mu.Lock()
	if cur := q.cur; cur != nil && cur.id == id {
		cur.cancelled = true
		q.mu.Unlock()
		cur.cancel()
		select {
		case <-cur.done: // runOne recorded the cancellation
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		return q.JobService.FindJobByID(ctx, id)
	}
	defer q.mu.Unlock()
	j, err := q.JobService.FindJobByID(ctx, id)
	if err != nil {
		return nil, err
	}
	if j.Finished() {
		return nil, scout.Errorf(scout.ECONFLICT, "crawl job %s is already %s", id, j.State)
	}
	if err := q.markCancelled(ctx, j); err != nil {
		return nil, err
	}
	return j, nil
}

func (q *JobQueue) markCancelled(ctx context.Context, j *scout.CrawlJob) error {
	if err := q.runner.Frontier.Drop(ctx, j.ID); err != nil {
		return err
	}
	t := q.runner.now()
	j.State, j.FinishedAt, j.ETA = scout.JobCancelled, &t, nil
	if err := q.JobService.UpdateJob(ctx, j); err != nil {
		return err
	}
	if q.runner.OnFinish != nil {
		q.runner.OnFinish(j)
	}
	return nil
}

// Close stops the queue: the running job is interrupted (it stays running
// and resumes on the next start) and Close waits for it to let go.
func (q *JobQueue) Close() error {
	q.cancel()
	<-q.done
	return nil
}

func (q *JobQueue) loop() {
	defer close(q.done)
	for {
		for q.ctx.Err() == nil {
			run, j, err := q.pick()
			if err != nil {
				q.runner.logger().Error("find next crawl job", "err", err)
				break
			}
			if run == nil {
				break
			}
			q.runOne(run, j)
		}
		select {
		case <-q.ctx.Done():
			return
		case <-q.kick:
		}
	}
}

// pick registers the next job as running: the oldest interrupted job, else
// the oldest queued one.
func (q *JobQueue) pick() (*jobRun, *scout.CrawlJob, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for _, state := range []string{scout.JobRunning, scout.JobQueued} {
		js, _, err := q.JobService.FindJobs(q.ctx, scout.JobFilter{State: state})
		if err != nil {
			return nil, nil, err
		}
		js = slices.DeleteFunc(js, func(j *scout.CrawlJob) bool { return j.Origin == scout.OriginCLI })
		if len(js) > 0 {
			j := js[len(js)-1] // FindJobs lists newest first
			ctx, cancel := context.WithCancel(q.ctx)
			q.cur = &jobRun{id: j.ID, ctx: ctx, cancel: cancel, done: make(chan struct{})}
			return q.cur, j, nil
		}
	}
	return nil, nil, nil
}

func (q *JobQueue) runOne(run *jobRun, j *scout.CrawlJob) {
	defer run.cancel()
	var targets iter.Seq[string]
	if !j.Enqueued {
		targets = slices.Values(j.Targets)
	}
	_, err := q.runner.Run(run.ctx, j, targets)
	q.mu.Lock()
	cancelled := run.cancelled
	q.cur = nil
	q.mu.Unlock()
	if cancelled && !j.Finished() {
		if err := q.markCancelled(context.WithoutCancel(q.ctx), j); err != nil {
			q.runner.logger().Error("cancel crawl job", "job", j.ID, "err", err)
		}
	} else if err != nil && q.ctx.Err() == nil {
		q.runner.logger().Error("crawl job", "job", j.ID, "err", err)
	}
	close(run.done)
}
