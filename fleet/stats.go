package fleet

import (
	"context"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"
)

// WorkerSeen is one worker as the fleet last heard of it.
type WorkerSeen struct {
	ID string
	// Age is how long ago it last renewed its leases.
	Age time.Duration
	// Leases is how many tasks it held then.
	Leases int
}

// Stats is the fleet's state for /metrics.
type Stats struct {
	// Workers are the workers heard of in the last ForgetWorkersAfter,
	// alive or silent.
	Workers []WorkerSeen
	// Reclaims counts the leases taken back from silent workers, ever.
	Reclaims int64
	// ResultsLag is how many results no ingester has read yet;
	// ResultsPending how many it read and has not acknowledged.
	ResultsLag, ResultsPending int64
	// Leased is how many tasks workers hold.
	Leased int64
}

// ForgetWorkersAfter is how long a worker that stopped renewing is still
// listed (as silent).
const ForgetWorkersAfter = time.Hour

// Stats reads the fleet's state.
func (f *Fleet) Stats(ctx context.Context) (*Stats, error) {
	const op = "fleet.Stats"
	now := f.now()
	if err := f.rdb.ZRemRangeByScore(ctx, f.k("workers"), "-inf",
		strconv.FormatInt(millis(now.Add(-ForgetWorkersAfter)), 10)).Err(); err != nil {
		return nil, unavailable(op, err)
	}
	ws, err := f.rdb.ZRangeWithScores(ctx, f.k("workers"), 0, -1).Result()
	if err != nil {
		return nil, unavailable(op, err)
	}
	out := &Stats{}
	pipe := f.rdb.Pipeline()
	leases := make([]*redis.StringCmd, len(ws))
	for i, w := range ws {
		leases[i] = pipe.HGet(ctx, f.k("worker", w.Member.(string)), "leases")
	}
	reclaims := pipe.HGet(ctx, f.k("stats"), "reclaims")
	groups := pipe.XInfoGroups(ctx, f.k("results"))
	tasks := pipe.XPending(ctx, f.k("tasks"), "workers")
	_, _ = pipe.Exec(ctx)
	for i, w := range ws {
		n, _ := strconv.Atoi(leases[i].Val())
		out.Workers = append(out.Workers, WorkerSeen{ID: w.Member.(string),
			Age: max(now.Sub(time.UnixMilli(int64(w.Score))), 0), Leases: n})
	}
	out.Reclaims, _ = strconv.ParseInt(reclaims.Val(), 10, 64)
	for _, g := range groups.Val() {
		if g.Name == "ingest" {
			out.ResultsLag, out.ResultsPending = max(g.Lag, 0), g.Pending
		}
	}
	if p := tasks.Val(); p != nil {
		out.Leased = p.Count
	}
	if err := groups.Err(); err != nil && err != redis.Nil {
		return out, unavailable(op, err)
	}
	return out, nil
}
