package fleet

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/scout-oss/scout"
)

// BatchSink commits a group of results, one error per result
// (ingest.Ingester, through crawler.BatchSink's method).
type BatchSink interface {
	IngestBatch(ctx context.Context, rs []*scout.CrawlResult) []error
}

// IngesterName is the consumer name of the one ingester: a restarted
// ingester reads again what its predecessor read and did not acknowledge.
const IngesterName = "ingester"

// Defaults of the consumer.
const (
	DefaultConsumeBatch = 64
	DefaultConsumeBlock = time.Second
	// RereadPending is how often the consumer reads its unacknowledged
	// entries again (see Consumer.Run).
	RereadPending = 5 * time.Second
)

// Consumer is the ingester's loop: it reads the workers' results through
// the results stream's consumer group, commits each group to Sink, and
// only then acknowledges it (Ack), so a result is never lost and its
// counts move once. It also reclaims the leases of silent workers.
type Consumer struct {
	Fleet *Fleet
	Sink  BatchSink
	// BeforeCommit is called before the first group committed after a
	// Flush (serve marks the search index as behind the store); Flush
	// when no result is waiting (serve flushes the index batch). Either
	// may be nil.
	BeforeCommit func() error
	Flush        func(ctx context.Context) error
	// OnResult sees every committed result with its ingest error.
	OnResult func(r *scout.CrawlResult, err error)
	// OnFinish sees every job that a result finished (capped or done).
	OnFinish func(j *scout.CrawlJob)
	// Batch and Block override DefaultConsumeBatch and
	// DefaultConsumeBlock when positive.
	Batch int
	Block time.Duration
	// Validators stores the validators of committed results; nil uses
	// the fleet's.
	Validators interface {
		Put(url, etag, lastModified string)
	}
	Logger *slog.Logger

	// mu is held while a group is committed; Pause holds it too, so an
	// erasure never interleaves with a commit.
	mu    sync.Mutex
	dirty bool
}

// Pause waits for the group being committed, if any, and stops the loop
// until resume is called.
func (c *Consumer) Pause() (resume func()) {
	c.mu.Lock()
	return c.mu.Unlock
}

// Run consumes until ctx ends, first the results this consumer read
// before and did not acknowledge (an ingester that died mid-group), then
// new ones. Redis errors are logged and retried; Run returns nil when ctx
// ends.
func (c *Consumer) Run(ctx context.Context) error {
	f := c.Fleet
	batch := c.Batch
	if batch <= 0 {
		batch = DefaultConsumeBatch
	}
	block := c.Block
	if block <= 0 {
		block = DefaultConsumeBlock
	}
	pending, after := true, "0"
	lastReclaim, lastPending := time.Time{}, time.Now()
	failures := 0
	for ctx.Err() == nil {
		// Read this consumer's own unacknowledged entries again now and
		// then: a Redis restarted from its append-only file may have lost
		// the acknowledgement of a group already committed, and those
		// entries come back as pending, never as new.
		if !pending && time.Since(lastPending) > RereadPending {
			pending, after, lastPending = true, "0", time.Now()
		}
		if time.Since(lastReclaim) > f.leaseTimeout/2 {
			lastReclaim = time.Now()
			if n, err := f.Reclaim(ctx); err != nil && ctx.Err() == nil {
				c.logger().Warn("reclaim leases", "err", err)
			} else if n > 0 {
				c.logger().Info("reclaimed the leases of silent workers", "tasks", n)
			}
		}
		args := &redis.XReadGroupArgs{Group: "ingest", Consumer: IngesterName, Count: int64(batch)}
		if pending {
			args.Streams, args.Block = []string{f.k("results"), after}, -1
		} else {
			args.Streams, args.Block = []string{f.k("results"), ">"}, block
		}
		res, err := f.rdb.XReadGroup(ctx, args).Result()
		if err != nil && err != redis.Nil {
			if ctx.Err() != nil {
				break
			}
			failures++
			pending, after = true, "0" // see RereadPending
			c.logger().Warn("read results", "err", err)
			if isNoGroup(err) {
				_ = f.ensureGroups(ctx)
			}
			sleep(ctx, min(time.Duration(failures)*200*time.Millisecond, 5*time.Second))
			continue
		}
		failures = 0
		var msgs []redis.XMessage
		if len(res) > 0 {
			msgs = res[0].Messages
		}
		if len(msgs) == 0 {
			if pending {
				pending = false
				continue
			}
			c.flush(ctx)
			continue
		}
		if pending {
			after = msgs[len(msgs)-1].ID
		}
		if err := c.commit(ctx, msgs); err != nil && ctx.Err() == nil {
			c.logger().Error("commit results", "err", err)
		}
	}
	c.flush(context.WithoutCancel(ctx))
	return nil
}

func isNoGroup(err error) bool {
	return err != nil && len(err.Error()) >= 7 && err.Error()[:7] == "NOGROUP"
}

func (c *Consumer) flush(ctx context.Context) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.dirty || c.Flush == nil {
		return
	}
	if err := c.Flush(ctx); err != nil {
		c.logger().Error("flush after committing results", "err", err)
		return
	}
	c.dirty = false
}

// commit commits one group of stream entries and acknowledges them.
func (c *Consumer) commit(ctx context.Context, msgs []redis.XMessage) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	f := c.Fleet
	entries := make([]*entry, 0, len(msgs))
	var readable []*entry
	for _, m := range msgs {
		e, ok := decodeEntry(m.ID, m.Values)
		entries = append(entries, e)
		if ok {
			readable = append(readable, e)
		}
	}
	// A result is wanted while its item waits for it: a job dropped or a
	// person erased since leaves nothing to commit.
	pipe := f.rdb.Pipeline()
	leases := make([]*redis.StringCmd, len(readable))
	for i, e := range readable {
		if e.lease != "" {
			leases[i] = pipe.HGet(ctx, f.jk(e.job, "lease"), e.url)
		}
	}
	if _, err := pipe.Exec(ctx); err != nil && err != redis.Nil {
		return unavailable("fleet.commit", err)
	}
	var wanted []*entry
	for i, e := range readable {
		if e.lease == "" || leases[i].Val() == e.lease+"|f" {
			wanted = append(wanted, e)
		}
	}
	if len(wanted) > 0 {
		if !c.dirty && c.BeforeCommit != nil {
			if err := c.BeforeCommit(); err != nil {
				return err
			}
		}
		c.dirty = true
		rs := make([]*scout.CrawlResult, len(wanted))
		for i, e := range wanted {
			rs[i] = e.result
		}
		errs := c.Sink.IngestBatch(ctx, rs)
		if ctx.Err() != nil {
			// Stopping: nothing is acknowledged, so the next ingester
			// commits these again (which changes nothing).
			return ctx.Err()
		}
		val := c.Validators
		if val == nil {
			val = f.Validators()
		}
		for i, e := range wanted {
			var err error
			if i < len(errs) {
				err = errs[i]
			}
			if err != nil {
				c.logger().Error("ingest crawl result", "url", e.url, "err", err)
				// Or the next crawl's 304 would stand for what was lost.
				val.Put(e.url, "", "")
				if p := e.result.Profile; p != nil && p.SourceURL != "" {
					val.Put(p.SourceURL, "", "")
				}
			} else {
				for _, v := range e.validators {
					val.Put(v.URL, v.ETag, v.LastModified)
				}
			}
			if c.OnResult != nil {
				c.OnResult(e.result, err)
			}
		}
	}
	capped, err := c.ack(ctx, entries)
	if err != nil {
		return err
	}
	for _, id := range capped {
		c.finishCapped(ctx, id)
	}
	if c.OnFinish != nil {
		c.reportFinished(ctx, entries)
	}
	return nil
}

// ack acknowledges the entries (lua/ack.lua), trying again while Redis
// cannot be reached: the results are committed, and an acknowledgement
// lost for good would only make the next ingester commit them again.
func (c *Consumer) ack(ctx context.Context, entries []*entry) ([]string, error) {
	f := c.Fleet
	args := []any{stamp(f.now())}
	for _, e := range entries {
		o, kind := outcome(e.result)
		args = append(args, e.id, e.job, e.url, e.host, e.lease, e.worker, o, kind, e.waits)
	}
	for attempt := 1; ; attempt++ {
		capped, err := f.run(ctx, ackScript, args...).StringSlice()
		if err == nil || errors.Is(err, redis.Nil) {
			return capped, nil
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		c.logger().Warn("acknowledge committed results", "err", err)
		sleep(ctx, min(time.Duration(attempt)*200*time.Millisecond, 5*time.Second))
	}
}

// finishCapped ends a job that reached its max_pages: what is left is not
// wanted any more.
func (c *Consumer) finishCapped(ctx context.Context, id string) {
	f := c.Fleet
	if err := f.Drop(ctx, id); err != nil {
		c.logger().Error("drop a capped job's targets", "job", id, "err", err)
		return
	}
	j, err := f.FindJobByID(ctx, id)
	if err != nil || j.Finished() {
		return
	}
	t := f.now().UTC()
	j.State, j.FinishedAt = scout.JobDone, &t
	if err := f.UpdateJob(ctx, j); err != nil {
		c.logger().Error("finish a capped job", "job", id, "err", err)
	}
}

// reportFinished hands OnFinish the jobs of entries that are now done.
func (c *Consumer) reportFinished(ctx context.Context, entries []*entry) {
	seen := map[string]bool{}
	for _, e := range entries {
		if e.job == "" || seen[e.job] {
			continue
		}
		seen[e.job] = true
		j, err := c.Fleet.FindJobByID(ctx, e.job)
		if err == nil && j.Finished() && c.Fleet.markReported(ctx, j.ID) {
			c.OnFinish(j)
		}
	}
}

// markReported records that a finished job was reported, and says
// whether this was the first time.
func (f *Fleet) markReported(ctx context.Context, id string) bool {
	ok, err := f.rdb.HSetNX(ctx, f.jk(id), "reported", "1").Result()
	return err == nil && ok
}

func (c *Consumer) logger() *slog.Logger {
	if c.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return c.Logger
}

// sleep waits for d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// xadd builds the arguments of an XADD of values to stream.
func xadd(stream string, values map[string]any) *redis.XAddArgs {
	return &redis.XAddArgs{Stream: stream, Values: values}
}
