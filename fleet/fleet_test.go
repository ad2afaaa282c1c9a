package fleet_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/fleet"
	"github.com/scout-oss/scout/internal/frontiertest"
	"github.com/scout-oss/scout/internal/redistest"
)

var prefixes atomic.Int64

// MustOpen opens a handle named name on srv, under a prefix of its own
// unless prefix is given (handles of one fleet share it).
func MustOpen(tb testing.TB, srv *redistest.Server, name, prefix string) *fleet.Fleet {
	tb.Helper()
	if prefix == "" {
		prefix = fmt.Sprintf("t%d:", prefixes.Add(1))
	}
	f, err := fleet.Open(context.Background(), srv.URL(), fleet.Options{Name: name, Prefix: prefix, LeaseTimeout: time.Second})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { f.Close() })
	return f
}

func TestFrontierContract(t *testing.T) {
	srv := redistest.MustStart(t, redistest.Options{})
	frontiertest.Run(t, func(t *testing.T) scout.Frontier { return MustOpen(t, srv, "w1", "") })
}

func TestOpenRefusesABadURL(t *testing.T) {
	for _, raw := range []string{"localhost:6379", "http://x/0", "redis://"} {
		_, err := fleet.Open(context.Background(), raw, fleet.Options{})
		if scout.ErrorCode(err) != scout.EINVALID {
			t.Errorf("Open(%q) = %v, want invalid", raw, err)
		}
	}
	_, err := fleet.Open(context.Background(), "redis://:s3cret@127.0.0.1:1/0", fleet.Options{})
	if err == nil || scout.ErrorCode(err) != scout.EUNAVAILABLE {
		t.Errorf("Open of a closed port = %v, want unavailable", err)
	}
	if err != nil && contains(err.Error(), "s3cret") {
		t.Errorf("the error repeats the password: %v", err)
	}
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

// TestUpdateKeepsAnEndedJob: a cancel that lands while the job's targets
// are still being queued stays a cancel; the queuer's later update (state
// running, queued count) records the count but not the state.
func TestUpdateKeepsAnEndedJob(t *testing.T) {
	ctx := context.Background()
	srv := redistest.MustStart(t, redistest.Options{})
	f := MustOpen(t, srv, "ingester", "")
	job := &scout.CrawlJob{Origin: scout.OriginAPI, Targets: []string{"https://a.example/", "https://b.example/"}}
	if err := f.CreateJob(ctx, job); err != nil {
		t.Fatal(err)
	}
	now := time.Now().UTC()
	queuer := *job
	queuer.State, queuer.StartedAt = scout.JobRunning, &now
	if err := f.UpdateJob(ctx, &queuer); err != nil {
		t.Fatal(err)
	}
	cancel := queuer
	cancel.State, cancel.Message, cancel.FinishedAt = scout.JobCancelled, "cancelled by an admin", &now
	if err := f.UpdateJob(ctx, &cancel); err != nil {
		t.Fatal(err)
	}
	queuer.Queued, queuer.Enqueued = 2, true // the queuer, unaware of the cancel
	if err := f.UpdateJob(ctx, &queuer); err != nil {
		t.Fatal(err)
	}
	got, err := f.FindJobByID(ctx, job.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.State != scout.JobCancelled || got.Message != "cancelled by an admin" || got.FinishedAt == nil {
		t.Errorf("job after a late update: state %q, message %q, finished %v; want the cancel kept", got.State, got.Message, got.FinishedAt)
	}
	if got.Queued != 2 {
		t.Errorf("queued = %d, want the late update's 2", got.Queued)
	}
}
