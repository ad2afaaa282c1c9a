package fleet

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/scout-oss/scout"
)

// pushBatch bounds the items one push script writes, so a long push never
// holds Redis for long.
const pushBatch = 200

// nextScan bounds the hosts one Next looks at per job.
const nextScan = 128

// score orders a host's queue: the due time in milliseconds, then higher
// priority first within the millisecond.
func score(it *scout.FrontierItem) string {
	prio := max(-128, min(127, it.Priority))
	return strconv.FormatFloat(float64(millis(it.Due))+float64(127-prio)/256, 'f', -1, 64)
}

func validItem(it *scout.FrontierItem) error {
	switch {
	case it == nil:
		return scout.Errorf(scout.EINVALID, "frontier item is missing")
	case it.URL == "" || it.Host == "" || it.JobID == "":
		return scout.Errorf(scout.EINVALID, "frontier item needs a url, a host and a job id; got %q, %q, %q", it.URL, it.Host, it.JobID)
	case strings.ContainsAny(it.Host, " \t\n") || strings.ContainsAny(it.JobID, ": \t\n"):
		return scout.Errorf(scout.EINVALID, "frontier item host contains a space, or job id a space or a colon")
	}
	return nil
}

// Push implements scout.Frontier. A job never takes a URL twice: pushing
// a URL the job held before, even one already crawled, changes nothing
// but an earlier due time of one still queued. That is what makes
// queueing a job's targets again after an interruption harmless.
func (f *Fleet) Push(ctx context.Context, items ...scout.FrontierItem) error {
	const op = "fleet.Push"
	for i := range items {
		if err := validItem(&items[i]); err != nil {
			return fmt.Errorf("%s: %w", op, err)
		}
	}
	byJob := map[string][]any{}
	var order []string
	for i := range items {
		it := items[i]
		it.Due, it.Since, it.Lease = it.Due.UTC(), it.Since.UTC(), ""
		js, err := json.Marshal(it)
		if err != nil {
			return fmt.Errorf("%s: %w", op, err)
		}
		if _, ok := byJob[it.JobID]; !ok {
			order = append(order, it.JobID)
		}
		byJob[it.JobID] = append(byJob[it.JobID], it.URL, it.Host, score(&it), string(js))
	}
	for _, job := range order {
		args := byJob[job]
		for len(args) > 0 {
			n := min(len(args), 4*pushBatch)
			if err := f.run(ctx, pushScript, append([]any{job}, args[:n]...)...).Err(); err != nil {
				return unavailable(op, err)
			}
			args = args[n:]
		}
	}
	return nil
}

// Next implements scout.Frontier. now is compared with due times only;
// a host's pace is read on Redis's clock. The lease is recorded under the
// handle's Name.
func (f *Fleet) Next(ctx context.Context, jobID string, now time.Time) (*scout.FrontierItem, error) {
	const op = "fleet.Next"
	res, err := f.run(ctx, nextScript, jobID, millis(now), f.name, LeaseAhead.Milliseconds(), nextScan, MaxResultsBacklog).Slice()
	if err == redis.Nil {
		return nil, nil
	}
	if err != nil {
		return nil, unavailable(op, err)
	}
	if len(res) != 4 {
		return nil, fmt.Errorf("%s: unexpected reply %v", op, res)
	}
	var it scout.FrontierItem
	if err := json.Unmarshal([]byte(res[3].(string)), &it); err != nil {
		return nil, fmt.Errorf("%s: decode item: %w", op, err)
	}
	it.Lease = res[0].(string)
	return &it, nil
}

// Release implements scout.Frontier.
func (f *Fleet) Release(ctx context.Context, it *scout.FrontierItem) error {
	const op = "fleet.Release"
	if err := validItem(it); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return unavailable(op, f.run(ctx, releaseScript, it.JobID, it.URL, it.Host, it.Lease).Err())
}

// Done implements scout.Frontier in one script.
func (f *Fleet) Done(ctx context.Context, items ...*scout.FrontierItem) error {
	const op = "fleet.Done"
	args := []any{stamp(f.now())}
	for _, it := range items {
		if err := validItem(it); err != nil {
			return fmt.Errorf("%s: %w", op, err)
		}
		args = append(args, it.JobID, it.URL, it.Host, it.Lease)
	}
	if len(items) == 0 {
		return nil
	}
	return unavailable(op, f.run(ctx, doneScript, args...).Err())
}

// Reschedule implements scout.Frontier. ENOTFOUND when the job does not
// hold the item; nothing happens for a stale lease.
func (f *Fleet) Reschedule(ctx context.Context, it *scout.FrontierItem, due time.Time) error {
	const op = "fleet.Reschedule"
	if err := validItem(it); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	moved := *it
	moved.Due = due
	n, err := f.run(ctx, rescheduleScript, it.JobID, it.URL, it.Host, it.Lease, score(&moved)).Int()
	if err != nil {
		return unavailable(op, err)
	}
	if n < 0 {
		return &scout.Error{Code: scout.ENOTFOUND, Op: op, Message: fmt.Sprintf("%s is not queued for job %s", it.URL, it.JobID)}
	}
	return nil
}

// Pending implements scout.Frontier: the items the job holds, queued,
// leased or awaiting commit.
func (f *Fleet) Pending(ctx context.Context, jobID string) (int, error) {
	n, err := f.rdb.HLen(ctx, f.jk(jobID, "items")).Result()
	return int(n), unavailable("fleet.Pending", err)
}

// dropBatch bounds the items one forget script removes.
const dropBatch = 500

// Drop implements scout.Frontier: every item of the job goes, whatever
// its state, in batches; a worker still fetching one drops its result.
func (f *Fleet) Drop(ctx context.Context, jobID string) error {
	const op = "fleet.Drop"
	items := f.jk(jobID, "items")
	for {
		urls, _, err := f.rdb.HScan(ctx, items, 0, "", dropBatch).Result()
		if err != nil {
			return unavailable(op, err)
		}
		if len(urls) == 0 {
			break
		}
		args := []any{stamp(f.now()), jobID}
		for i := 0; i < len(urls); i += 2 { // field, value pairs
			args = append(args, urls[i])
		}
		if err := f.run(ctx, forgetScript, args...).Err(); err != nil {
			return unavailable(op, err)
		}
	}
	hosts, err := f.rdb.SMembers(ctx, f.jk(jobID, "hosts")).Result()
	if err != nil {
		return unavailable(op, err)
	}
	keys := []string{f.jk(jobID, "items"), f.jk(jobID, "seen"), f.jk(jobID, "hosts"), f.jk(jobID, "wait"),
		f.jk(jobID, "turn"), f.jk(jobID, "lease")}
	for _, h := range hosts {
		keys = append(keys, f.jk(jobID, "q", h))
	}
	for len(keys) > 0 {
		n := min(len(keys), 500)
		if err := f.rdb.Unlink(ctx, keys[:n]...).Err(); err != nil {
			return unavailable(op, err)
		}
		keys = keys[n:]
	}
	return unavailable(op, f.rdb.ZRem(ctx, f.k("active"), jobID).Err())
}

// forget removes the job's items of urls whatever their state (see
// lua/forget.lua), and reports how many went.
func (f *Fleet) forget(ctx context.Context, jobID string, urls []string) (int, error) {
	if len(urls) == 0 {
		return 0, nil
	}
	args := []any{stamp(f.now()), jobID}
	for _, u := range urls {
		args = append(args, u)
	}
	n, err := f.run(ctx, forgetScript, args...).Int()
	return n, unavailable("fleet.forget", err)
}

// Renew keeps the handle's leases of items from being reclaimed (it
// resets their idle time in the tasks stream) and records the worker as
// alive. Leases that were reclaimed already are not taken back.
func (f *Fleet) Renew(ctx context.Context, items []*scout.FrontierItem) error {
	const op = "fleet.Renew"
	pipe := f.rdb.TxPipeline()
	if len(items) > 0 {
		ids := make([]string, 0, len(items))
		for _, it := range items {
			ids = append(ids, it.Lease)
		}
		pipe.XClaimJustID(ctx, &redis.XClaimArgs{Stream: f.k("tasks"), Group: "workers", Consumer: f.name, MinIdle: 0, Messages: ids})
	}
	now := f.now()
	pipe.ZAdd(ctx, f.k("workers"), redis.Z{Score: float64(millis(now)), Member: f.name})
	pipe.HSet(ctx, f.k("worker", f.name), "seen", stamp(now), "leases", len(items))
	pipe.HSetNX(ctx, f.k("worker", f.name), "started", stamp(now))
	_, err := pipe.Exec(ctx)
	return unavailable(op, err)
}

// Reclaim takes back the leases not renewed for the lease time-out and
// returns their items to their queues; it reports how many. Any process
// may run it: workers and the ingester do, periodically.
func (f *Fleet) Reclaim(ctx context.Context) (int, error) {
	n, err := f.run(ctx, reclaimScript, f.leaseTimeout.Milliseconds(), 1000).Int()
	return n, unavailable("fleet.Reclaim", err)
}

// Leave records that the handle's worker stopped: it no longer counts as
// alive or silent.
func (f *Fleet) Leave(ctx context.Context) error {
	pipe := f.rdb.TxPipeline()
	pipe.ZRem(ctx, f.k("workers"), f.name)
	pipe.HSet(ctx, f.k("worker", f.name), "stopped", stamp(f.now()))
	_, err := pipe.Exec(ctx)
	return unavailable("fleet.Leave", err)
}
