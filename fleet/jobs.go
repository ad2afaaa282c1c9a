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

// jobPrefix starts the id of every job a fleet keeps ("r1", "r2", ...),
// so they are never taken for the jobs one process keeps in its store.
const jobPrefix = "r"

// jobFields are the job's fields that UpdateJob sets; the counters are
// moved by Ack alone.
func jobFields(j *scout.CrawlJob) []any {
	opt := func(t *time.Time) string {
		if t == nil {
			return ""
		}
		return stamp(*t)
	}
	enq := ""
	if j.Enqueued {
		enq = "1"
	}
	return []any{"state", j.State, "message", j.Message, "started", opt(j.StartedAt),
		"finished", opt(j.FinishedAt), "queued", strconv.Itoa(j.Queued), "enqueued", enq}
}

// CreateJob implements scout.JobService: the job gets the next id, state
// queued (unless given) and CreatedAt from the handle's clock; its policy
// is kept where every worker reads it. EINVALID for more than
// scout.MaxJobTargets targets or a negative max_pages.
func (f *Fleet) CreateJob(ctx context.Context, j *scout.CrawlJob) error {
	const op = "fleet.CreateJob"
	switch {
	case j == nil:
		return &scout.Error{Code: scout.EINVALID, Op: op, Message: "job is empty"}
	case len(j.Targets) > scout.MaxJobTargets:
		return &scout.Error{Code: scout.EINVALID, Op: op, Message: fmt.Sprintf("a job takes at most %d targets; got %d", scout.MaxJobTargets, len(j.Targets))}
	case j.MaxPages < 0:
		return &scout.Error{Code: scout.EINVALID, Op: op, Message: "max_pages must not be negative"}
	}
	seq, err := f.rdb.Incr(ctx, f.k("jobseq")).Result()
	if err != nil {
		return unavailable(op, err)
	}
	j.ID = jobPrefix + strconv.FormatInt(seq, 10)
	if j.State == "" {
		j.State = scout.JobQueued
	}
	if j.Errors == nil {
		j.Errors = map[string]int{}
	}
	j.CreatedAt = f.now().UTC()
	base := scout.CrawlJob{ID: j.ID, Origin: j.Origin, Targets: j.Targets, MaxPages: j.MaxPages, Tier: j.Tier,
		ScheduleID: j.ScheduleID, Policy: j.Policy, CreatedAt: j.CreatedAt}
	js, err := json.Marshal(base)
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	fields := append([]any{"json", string(js), "origin", j.Origin, "created", stamp(j.CreatedAt),
		"max_pages", strconv.Itoa(j.MaxPages)}, jobFields(j)...)
	if p := j.Policy; p != nil {
		fields = append(fields, "rate", strconv.FormatFloat(p.Rate, 'f', -1, 64),
			"burst", strconv.Itoa(max(p.Burst, 1)), "perhost", strconv.Itoa(max(p.PerHost, 1)))
		for h, r := range p.HostRates {
			fields = append(fields, "hr:"+strings.ToLower(strings.TrimSpace(h)), strconv.FormatFloat(r, 'f', -1, 64))
		}
	}
	var set []any
	for i := 0; i < len(fields); i += 2 {
		if fields[i+1] != "" {
			set = append(set, fields[i], fields[i+1])
		}
	}
	pipe := f.rdb.TxPipeline()
	pipe.HSet(ctx, f.jk(j.ID), set...)
	pipe.ZAdd(ctx, f.k("jobs"), redis.Z{Score: float64(seq), Member: j.ID})
	_, err = pipe.Exec(ctx)
	return unavailable(op, err)
}

// FindJobByID implements scout.JobService, with the job's counters across
// workers, its targets in flight and each worker's tally. ENOTFOUND when
// there is none.
func (f *Fleet) FindJobByID(ctx context.Context, id string) (*scout.CrawlJob, error) {
	const op = "fleet.FindJobByID"
	if id == "" || strings.ContainsAny(id, ": ") {
		return nil, &scout.Error{Code: scout.ENOTFOUND, Op: op, Message: fmt.Sprintf("crawl job %q not found", id)}
	}
	pipe := f.rdb.Pipeline()
	h := pipe.HGetAll(ctx, f.jk(id))
	leases := pipe.HLen(ctx, f.jk(id, "lease"))
	pending := pipe.HLen(ctx, f.jk(id, "items"))
	if _, err := pipe.Exec(ctx); err != nil {
		return nil, unavailable(op, err)
	}
	if len(h.Val()) == 0 {
		return nil, &scout.Error{Code: scout.ENOTFOUND, Op: op, Message: fmt.Sprintf("crawl job %s not found", id)}
	}
	j, err := f.decodeJob(h.Val(), int(leases.Val()), int(pending.Val()))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	return j, nil
}

// decodeJob builds a job from its hash.
func (f *Fleet) decodeJob(h map[string]string, inFlight, pending int) (*scout.CrawlJob, error) {
	var j scout.CrawlJob
	if err := json.Unmarshal([]byte(h["json"]), &j); err != nil {
		return nil, fmt.Errorf("decode job: %w", err)
	}
	num := func(k string) int { n, _ := strconv.Atoi(h[k]); return n }
	tm := func(k string) *time.Time {
		t, err := time.Parse(time.RFC3339Nano, h[k])
		if err != nil {
			return nil
		}
		return &t
	}
	j.State, j.Message = h["state"], h["message"]
	j.StartedAt, j.FinishedAt = tm("started"), tm("finished")
	j.Enqueued = h["enqueued"] == "1"
	j.Queued, j.Fetched, j.Profiles = num("queued"), num("fetched"), num("profiles")
	j.NotModified, j.Skipped, j.RateLimitWaits = num("not_modified"), num("skipped"), num("rlw")
	j.Errors = map[string]int{}
	for k, v := range h {
		n, _ := strconv.Atoi(v)
		if kind, ok := strings.CutPrefix(k, "err:"); ok {
			j.Errors[kind] = n
			continue
		}
		rest, ok := strings.CutPrefix(k, "w:")
		if !ok {
			continue
		}
		if worker, kind, ok := strings.Cut(rest, ":e:"); ok {
			jobWorker(&j, worker).Errors[kind] = n
			continue
		}
		i := strings.LastIndexByte(rest, ':')
		if i < 0 {
			continue
		}
		switch worker, what := rest[:i], rest[i+1:]; what {
		case "f":
			jobWorker(&j, worker).Fetched = n
		case "p":
			jobWorker(&j, worker).Profiles = n
		}
	}
	if !j.Finished() {
		j.InFlight = inFlight
		if j.StartedAt != nil && j.Fetched > 0 && pending > 0 {
			now := f.now()
			if el := now.Sub(*j.StartedAt); el > 0 {
				t := now.Add(time.Duration(float64(el) / float64(j.Fetched) * float64(pending))).UTC().Truncate(time.Second)
				j.ETA = &t
			}
		}
	}
	return &j, nil
}

// FindJobs implements scout.JobService: jobs newest first.
func (f *Fleet) FindJobs(ctx context.Context, filter scout.JobFilter) ([]*scout.CrawlJob, int, error) {
	const op = "fleet.FindJobs"
	ids, err := f.rdb.ZRevRange(ctx, f.k("jobs"), 0, -1).Result()
	if err != nil {
		return nil, 0, unavailable(op, err)
	}
	pipe := f.rdb.Pipeline()
	heads := make([]*redis.SliceCmd, len(ids))
	for i, id := range ids {
		heads[i] = pipe.HMGet(ctx, f.jk(id), "state", "origin")
	}
	if len(ids) > 0 {
		if _, err := pipe.Exec(ctx); err != nil {
			return nil, 0, unavailable(op, err)
		}
	}
	var match []string
	for i, id := range ids {
		v := heads[i].Val()
		state, _ := v[0].(string)
		origin, _ := v[1].(string)
		if state == "" || (filter.State != "" && state != filter.State) || (filter.Origin != "" && origin != filter.Origin) {
			continue
		}
		match = append(match, id)
	}
	total := len(match)
	match = match[min(filter.Offset, len(match)):]
	if filter.Limit > 0 {
		match = match[:min(filter.Limit, len(match))]
	}
	out := make([]*scout.CrawlJob, 0, len(match))
	for _, id := range match {
		j, err := f.FindJobByID(ctx, id)
		if scout.ErrorCode(err) == scout.ENOTFOUND {
			continue
		}
		if err != nil {
			return nil, 0, err
		}
		out = append(out, j)
	}
	return out, total, nil
}

// UpdateJob implements scout.JobService. It writes the job's state,
// message, times and queued count; its result counters belong to Ack and
// are not touched. A running job whose targets are all queued and all
// committed is done. ENOTFOUND when absent.
func (f *Fleet) UpdateJob(ctx context.Context, j *scout.CrawlJob) error {
	const op = "fleet.UpdateJob"
	n, err := f.run(ctx, updateJobScript, append([]any{j.ID, stamp(f.now())}, jobFields(j)...)...).Int()
	if err != nil {
		return unavailable(op, err)
	}
	if n == 0 {
		return &scout.Error{Code: scout.ENOTFOUND, Op: op, Message: fmt.Sprintf("crawl job %s not found", j.ID)}
	}
	return nil
}

// JobPolicy returns what a job asks of the workers: its policy and crawl
// tier. ENOTFOUND for a job that is gone.
func (f *Fleet) JobPolicy(ctx context.Context, id string) (*scout.CrawlPolicy, string, error) {
	const op = "fleet.JobPolicy"
	js, err := f.rdb.HGet(ctx, f.jk(id), "json").Result()
	if err == redis.Nil {
		return nil, "", &scout.Error{Code: scout.ENOTFOUND, Op: op, Message: fmt.Sprintf("crawl job %s not found", id)}
	}
	if err != nil {
		return nil, "", unavailable(op, err)
	}
	var j scout.CrawlJob
	if err := json.Unmarshal([]byte(js), &j); err != nil {
		return nil, "", fmt.Errorf("%s: %w", op, err)
	}
	return j.Policy, j.Tier, nil
}

// QueueDepth is how many targets the running jobs still hold, for the
// queue-depth gauge.
func (f *Fleet) QueueDepth(ctx context.Context) (int, error) {
	jobs, err := f.rdb.ZRange(ctx, f.k("active"), 0, -1).Result()
	if err != nil {
		return 0, unavailable("fleet.QueueDepth", err)
	}
	pipe := f.rdb.Pipeline()
	cmds := make([]*redis.IntCmd, len(jobs))
	for i, j := range jobs {
		cmds[i] = pipe.HLen(ctx, f.jk(j, "items"))
	}
	if len(jobs) > 0 {
		if _, err := pipe.Exec(ctx); err != nil {
			return 0, unavailable("fleet.QueueDepth", err)
		}
	}
	n := 0
	for _, c := range cmds {
		n += int(c.Val())
	}
	return n, nil
}

// jobWorker returns the job's tally of worker id, making it.
func jobWorker(j *scout.CrawlJob, id string) *scout.JobWorker {
	if j.Workers == nil {
		j.Workers = map[string]*scout.JobWorker{}
	}
	w, ok := j.Workers[id]
	if !ok {
		w = &scout.JobWorker{Errors: map[string]int{}}
		j.Workers[id] = w
	}
	return w
}
