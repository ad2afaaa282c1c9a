package crawler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/scout-oss/scout"
)

// Tasks is the shared frontier as a fleet worker uses it (package fleet,
// on Redis): Next with jobID "" leases a due target of any job, Reschedule
// gives one back untouched when the worker stops, and Renew keeps the
// worker's leases, which the frontier reclaims from a worker that stops
// renewing them (it died), and says the worker is alive.
type Tasks interface {
	Next(ctx context.Context, jobID string, now time.Time) (*scout.FrontierItem, error)
	Reschedule(ctx context.Context, item *scout.FrontierItem, due time.Time) error
	Renew(ctx context.Context, items []*scout.FrontierItem) error
}

// Delivery is one fetched task on its way from a worker to the ingester.
type Delivery struct {
	// Item is the task as leased, with its lease token.
	Item   *scout.FrontierItem
	Result *scout.CrawlResult
	// Validators are the ETag and Last-Modified values the fetch read;
	// the ingester stores them once the result is committed.
	Validators []Validator
	// RateLimitWaits counts the times a host asked this fetch to slow
	// down (429, or 503 with Retry-After).
	RateLimitWaits int
}

// Deliverer takes a worker's results to the one process that commits them
// (the results stream of package fleet). Deliver hands the result over and
// ends the task's lease in one step; it returns ErrLeaseLost when the
// lease was reclaimed meanwhile, and then the result is dropped, since the
// target is someone else's now (fencing).
type Deliverer interface {
	Deliver(ctx context.Context, d *Delivery) error
}

// ErrLeaseLost is what Deliverer.Deliver returns for a result whose lease
// was reclaimed: the worker drops it.
var ErrLeaseLost = errors.New("lease lost: the task was reclaimed and handed out again")

// JobLookup tells a worker what a job asks of it: its policy (the rate,
// burst, robots and network settings every worker obeys) and its crawl
// tier. ENOTFOUND for a job that is gone.
type JobLookup func(ctx context.Context, jobID string) (policy *scout.CrawlPolicy, tier string, err error)

// Defaults of a fleet worker.
const (
	// DefaultWorkerConcurrency is how many targets one worker fetches at
	// once over all hosts; each host's pace is the job's, for the fleet.
	DefaultWorkerConcurrency = 16
	// DefaultGrace is how long a stopping worker lets its fetches in
	// flight finish before it gives them back.
	DefaultGrace = 10 * time.Second
	// DefaultRenew is how often a worker renews its leases.
	DefaultRenew = 2 * time.Second
)

// Worker is one process of a fleet: it leases targets of any job from the
// shared frontier, fetches each through the crawler that fits its job's
// network policy, paced by the shared HostGate at the job's rate, and
// delivers the results to the ingester. It holds no store and no index.
// Run works until its context ends; then it stops leasing, lets the
// fetches in flight finish for up to Grace, gives the rest back to the
// frontier and returns.
type Worker struct {
	// ID names the worker in leases, stats and logs.
	ID string
	// Concurrency bounds the targets in flight (DefaultWorkerConcurrency
	// when 0).
	Concurrency int
	Tasks       Tasks
	Results     Deliverer
	Jobs        JobLookup
	// Crawler returns the crawler for a job's policy. Only the policy's
	// network settings (BlockPrivate, AllowPrivate) may differ between
	// the crawlers it returns: each needs its own connections. The pace
	// comes from the policy on every request (WithPolicy).
	Crawler func(p *scout.CrawlPolicy) (*Crawler, error)
	// Suppressor is the fleet's suppression list, asked before each
	// fetch; nil asks nothing (the ingester still refuses the person).
	Suppressor Suppressor
	// Grace, Poll and Renew override DefaultGrace, DefaultPoll and
	// DefaultRenew when positive.
	Grace, Poll, Renew time.Duration
	// OnDeliver sees each delivery and its outcome (nil, ErrLeaseLost or
	// the error that made the worker give up on it).
	OnDeliver func(d *Delivery, err error)
	Logger    *slog.Logger
}

// Run works until ctx ends, as the Worker doc says. It returns nil after a
// clean stop.
func (w *Worker) Run(ctx context.Context) error {
	if w.Tasks == nil || w.Results == nil || w.Jobs == nil || w.Crawler == nil {
		return scout.Errorf(scout.EINVALID, "worker: tasks, results, jobs and crawler are all needed")
	}
	conc := w.Concurrency
	if conc <= 0 {
		conc = DefaultWorkerConcurrency
	}
	// Fetches outlive ctx by the grace period; leasing does not.
	fctx, cancelFetches := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelFetches()
	r := &workerRun{w: w, held: map[string]*scout.FrontierItem{}, jobs: map[string]jobInfo{}}
	renewDone := make(chan struct{})
	go func() {
		defer close(renewDone)
		r.renewLoop(fctx)
	}()
	slots := make(chan struct{}, conc)
	var wg sync.WaitGroup
	failures := 0
	for ctx.Err() == nil {
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			continue
		}
		it, err := w.Tasks.Next(ctx, "", time.Now())
		if err != nil || it == nil {
			<-slots
			wait := w.poll()
			if err != nil && ctx.Err() == nil {
				failures++
				wait = min(time.Duration(failures)*w.poll(), 5*time.Second)
				w.logger().Warn("lease a task", "err", err)
			}
			sleepCtx(ctx, wait)
			continue
		}
		failures = 0
		r.hold(it)
		wg.Go(func() {
			defer func() { <-slots }()
			r.task(fctx, it)
		})
	}
	idle := make(chan struct{})
	go func() {
		wg.Wait()
		close(idle)
	}()
	grace := w.Grace
	if grace <= 0 {
		grace = DefaultGrace
	}
	t := time.NewTimer(grace)
	defer t.Stop()
	select {
	case <-idle:
	case <-t.C:
		w.logger().Info("grace period over; giving the fetches in flight back")
		cancelFetches()
		<-idle
	}
	cancelFetches()
	<-renewDone
	return nil
}

func (w *Worker) poll() time.Duration {
	if w.Poll > 0 {
		return w.Poll
	}
	return DefaultPoll
}

func (w *Worker) logger() *slog.Logger {
	if w.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return w.Logger
}

// jobInfo is what a worker keeps of a job it fetched for.
type jobInfo struct {
	policy *scout.CrawlPolicy
	tier   string
}

// maxJobInfos bounds the jobs a worker remembers; past it, it forgets
// them all and asks again.
const maxJobInfos = 256

// workerRun is one Run's state: the leases held and the jobs seen.
type workerRun struct {
	w    *Worker
	mu   sync.Mutex
	held map[string]*scout.FrontierItem // by lease token
	jobs map[string]jobInfo
}

func (r *workerRun) hold(it *scout.FrontierItem) {
	r.mu.Lock()
	r.held[it.Lease] = it
	r.mu.Unlock()
}

func (r *workerRun) drop(it *scout.FrontierItem) {
	r.mu.Lock()
	delete(r.held, it.Lease)
	r.mu.Unlock()
}

// renewLoop renews the held leases every Renew until ctx ends, and once
// more at the end, so that the frontier sees the worker leave.
func (r *workerRun) renewLoop(ctx context.Context) {
	every := r.w.Renew
	if every <= 0 {
		every = DefaultRenew
	}
	tk := time.NewTicker(every)
	defer tk.Stop()
	for {
		r.mu.Lock()
		items := make([]*scout.FrontierItem, 0, len(r.held))
		for _, it := range r.held {
			items = append(items, it)
		}
		r.mu.Unlock()
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), every)
		if err := r.w.Tasks.Renew(rctx, items); err != nil && ctx.Err() == nil {
			r.w.logger().Warn("renew leases", "err", err)
		}
		cancel()
		select {
		case <-ctx.Done():
			return
		case <-tk.C:
		}
	}
}

// job returns what the job asks, asking once per job.
func (r *workerRun) job(ctx context.Context, id string) (jobInfo, error) {
	r.mu.Lock()
	ji, ok := r.jobs[id]
	r.mu.Unlock()
	if ok {
		return ji, nil
	}
	p, tier, err := r.w.Jobs(ctx, id)
	if err != nil {
		return jobInfo{}, err
	}
	ji = jobInfo{policy: p, tier: tier}
	r.mu.Lock()
	if len(r.jobs) >= maxJobInfos {
		clear(r.jobs)
	}
	r.jobs[id] = ji
	r.mu.Unlock()
	return ji, nil
}

// task fetches one leased target and delivers its result; when ctx ends
// first, it gives the target back.
func (r *workerRun) task(ctx context.Context, it *scout.FrontierItem) {
	defer r.drop(it)
	log := r.w.logger().With("job", it.JobID, "url", it.URL)
	giveBack := func() {
		bctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		if err := r.w.Tasks.Reschedule(bctx, it, it.Due); err != nil {
			log.Warn("give a task back", "err", err)
		}
	}
	ji, err := r.job(ctx, it.JobID)
	if err != nil {
		if ctx.Err() == nil {
			log.Warn("read the task's job; giving the task back", "err", err)
		}
		giveBack()
		return
	}
	cr, err := r.w.Crawler(ji.policy)
	if err != nil {
		log.Error("build a crawler for the job's policy", "err", err)
		giveBack()
		return
	}
	var counter Counter
	tctx := WithCounter(WithPolicy(ctx, ji.policy), &counter)
	if ji.tier != "" {
		tctx = WithJobTier(tctx, ji.tier)
	}
	col := cr.newCollector(tctx)
	res := cr.fetchChecked(tctx, col, it.URL, r.w.Suppressor)
	if res == nil { // ctx ended mid-fetch: the target goes back untouched
		giveBack()
		return
	}
	d := &Delivery{Item: it, Result: res, Validators: cr.transport.takeValidators(res),
		RateLimitWaits: int(counter.Stats().RateLimitWaits)}
	err = r.deliver(ctx, d)
	if errors.Is(err, ErrLeaseLost) {
		log.Info("dropped a late result: its lease was reclaimed")
	} else if err != nil {
		log.Warn("result not delivered; the task is fetched again once its lease is reclaimed", "err", err)
	}
	if r.w.OnDeliver != nil {
		r.w.OnDeliver(d, err)
	}
}

// deliver hands d over, trying again while the results queue cannot be
// reached (Redis restarting), until ctx ends.
func (r *workerRun) deliver(ctx context.Context, d *Delivery) error {
	for attempt := 1; ; attempt++ {
		dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		err := r.w.Results.Deliver(dctx, d)
		cancel()
		if err == nil || errors.Is(err, ErrLeaseLost) {
			return err
		}
		if ctx.Err() != nil {
			return fmt.Errorf("deliver %s: %w", d.Item.URL, err)
		}
		sleepCtx(ctx, min(time.Duration(attempt)*200*time.Millisecond, 2*time.Second))
	}
}
