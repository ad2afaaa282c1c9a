package fleet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/scout-oss/scout"
)

// ErrLeaseLost is Deliver's answer for a result whose lease is no longer
// the worker's: it was reclaimed (the worker went silent for longer than
// the lease time-out) or its job was dropped. The result is not kept.
var ErrLeaseLost = errors.New("lease lost: the task was reclaimed or its job dropped")

// Validator is one URL's ETag and Last-Modified, carried with a result
// for the ingester to store once it has committed it.
type Validator struct {
	URL          string `json:"url"`
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
}

// Deliver hands a worker's result for a leased item to the ingester and
// ends the item's lease, in one script: only while the lease is still the
// handle's, so that a late result of a reclaimed lease is dropped
// (ErrLeaseLost). A retry of a delivery whose reply was lost succeeds
// without a second copy.
func (f *Fleet) Deliver(ctx context.Context, it *scout.FrontierItem, r *scout.CrawlResult, validators []Validator, rateLimitWaits int) error {
	const op = "fleet.Deliver"
	if err := validItem(it); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	rj, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	vj, err := json.Marshal(validators)
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	n, err := f.run(ctx, deliverScript, it.JobID, it.URL, it.Host, it.Lease, f.name, string(rj), string(vj), rateLimitWaits).Int()
	if err != nil {
		return unavailable(op, err)
	}
	if n == 0 {
		return ErrLeaseLost
	}
	return nil
}

// Reject hands the ingester the result of a target that was never queued
// (not a URL the crawl can read): it is recorded and counted like any
// other, once.
func (f *Fleet) Reject(ctx context.Context, jobID string, r *scout.CrawlResult) error {
	rj, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("fleet.Reject: %w", err)
	}
	err = f.rdb.XAdd(ctx, xadd(f.k("results"), map[string]any{"job": jobID, "url": r.URL, "host": "",
		"lease": "", "worker": "", "result": string(rj), "val": "null", "waits": "0"})).Err()
	return unavailable("fleet.Reject", err)
}

// entry is one result read from the results stream.
type entry struct {
	id                            string
	job, url, host, lease, worker string
	result                        *scout.CrawlResult
	validators                    []Validator
	waits                         int
}

// decodeEntry reads a stream entry; ok is false for one whose fields are
// gone (deleted by Scrub while pending) or unreadable, which is only
// acknowledged.
func decodeEntry(id string, v map[string]any) (*entry, bool) {
	s := func(k string) string { x, _ := v[k].(string); return x }
	e := &entry{id: id, job: s("job"), url: s("url"), host: s("host"), lease: s("lease"), worker: s("worker")}
	e.waits, _ = strconv.Atoi(s("waits"))
	if e.job == "" || json.Unmarshal([]byte(s("result")), &e.result) != nil || e.result == nil {
		return e, false
	}
	_ = json.Unmarshal([]byte(s("val")), &e.validators)
	return e, true
}

// outcome is how Ack counts a result.
func outcome(r *scout.CrawlResult) (string, string) {
	switch {
	case r == nil:
		return "", ""
	case r.NotModified:
		return "n", ""
	case r.Failure != nil:
		return "e", r.Failure.Kind
	case r.Profile != nil:
		return "p", ""
	}
	return "", ""
}
