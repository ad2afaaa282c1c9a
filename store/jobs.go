package store

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/scout-oss/scout"
	bolt "go.etcd.io/bbolt"
)

// bucketJobs holds crawl jobs: big-endian sequence number → scout.CrawlJob
// JSON. Like briefs, it is created on first use, so older files need no
// migration.
var bucketJobs = []byte("crawl_jobs")

// jobPrefix starts every job id ("j1", "j2", …), so ids read as what they
// are.
const jobPrefix = "j"

var _ scout.JobService = (*DB)(nil)

func jobKey(seq uint64) []byte { return binary.BigEndian.AppendUint64(nil, seq) }

// parseJobID returns the key of id, or false when id cannot be one.
func parseJobID(id string) ([]byte, bool) {
	n, ok := strings.CutPrefix(id, jobPrefix)
	if !ok || n == "" || n[0] == '0' || n[0] == '+' {
		return nil, false
	}
	seq, err := strconv.ParseUint(n, 10, 64)
	if err != nil {
		return nil, false
	}
	return jobKey(seq), true
}

// CreateJob implements scout.JobService: it assigns the next id (ids are
// never reused), sets the state to queued unless one is given, and stamps
// CreatedAt from the store's clock. EINVALID for more than
// scout.MaxJobTargets targets or a negative max_pages.
func (d *DB) CreateJob(ctx context.Context, j *scout.CrawlJob) error {
	const op = "store.CreateJob"
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	switch {
	case j == nil:
		return formatError(op, invalidf("job is empty"))
	case len(j.Targets) > scout.MaxJobTargets:
		return formatError(op, invalidf("a job takes at most %d targets; got %d", scout.MaxJobTargets, len(j.Targets)))
	case j.MaxPages < 0:
		return formatError(op, invalidf("max_pages must not be negative"))
	}
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketJobs)
		if err != nil {
			return fmt.Errorf("create bucket %s: %w", bucketJobs, err)
		}
		seq, err := b.NextSequence()
		if err != nil {
			return fmt.Errorf("next job id: %w", err)
		}
		j.ID = jobPrefix + strconv.FormatUint(seq, 10)
		if j.State == "" {
			j.State = scout.JobQueued
		}
		if j.Errors == nil {
			j.Errors = map[string]int{}
		}
		j.CreatedAt = d.now()
		_, err = putJSON(b, jobKey(seq), j)
		return err
	})
	return formatError(op, err)
}

// FindJobByID implements scout.JobService. ENOTFOUND when there is no such
// job.
func (d *DB) FindJobByID(ctx context.Context, id string) (*scout.CrawlJob, error) {
	var j scout.CrawlJob
	if err := d.findBySeqID(ctx, "store.FindJobByID", bucketJobs, parseJobID, "crawl job", id, &j); err != nil {
		return nil, err
	}
	return &j, nil
}

// FindJobs implements scout.JobService: jobs newest first, filtered by
// state and origin, paged. EINVALID for a negative offset or limit.
func (d *DB) FindJobs(ctx context.Context, f scout.JobFilter) ([]*scout.CrawlJob, int, error) {
	const op = "store.FindJobs"
	if err := ctx.Err(); err != nil {
		return nil, 0, fmt.Errorf("%s: %w", op, err)
	}
	if f.Offset < 0 || f.Limit < 0 {
		return nil, 0, formatError(op, invalidf("offset and limit must not be negative"))
	}
	out := []*scout.CrawlJob{}
	total := 0
	err := d.bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketJobs)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		for k, v := c.Last(); k != nil; k, v = c.Prev() {
			if err := ctx.Err(); err != nil {
				return err
			}
			var j scout.CrawlJob
			if err := json.Unmarshal(v, &j); err != nil {
				return fmt.Errorf("decode job %x: %w", k, err)
			}
			if (f.State != "" && j.State != f.State) || (f.Origin != "" && j.Origin != f.Origin) {
				continue
			}
			total++
			if total > f.Offset && (f.Limit == 0 || len(out) < f.Limit) {
				out = append(out, &j)
			}
		}
		return nil
	})
	if err != nil {
		return nil, 0, formatError(op, err)
	}
	return out, total, nil
}

// UpdateJob implements scout.JobService: it replaces the stored job except
// its id, origin and creation time. ENOTFOUND when absent.
func (d *DB) UpdateJob(ctx context.Context, j *scout.CrawlJob) error {
	const op = "store.UpdateJob"
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	if j == nil {
		return formatError(op, invalidf("job is empty"))
	}
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		k, ok := parseJobID(j.ID)
		b := tx.Bucket(bucketJobs)
		var old scout.CrawlJob
		if ok && b != nil {
			found, err := getJSON(b, k, &old)
			if err != nil {
				return err
			}
			ok = found
		}
		if !ok {
			return scout.Errorf(scout.ENOTFOUND, "crawl job %s not found", j.ID)
		}
		rec := *j
		rec.Origin, rec.CreatedAt = old.Origin, old.CreatedAt
		_, err := putJSON(b, k, &rec)
		return err
	})
	return formatError(op, err)
}
