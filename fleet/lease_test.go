package fleet_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/fleet"
	"github.com/scout-oss/scout/internal/frontiertest"
	"github.com/scout-oss/scout/internal/redistest"
)

// mustLease takes the next item of any job for f or fails the test.
func mustLease(t *testing.T, f *fleet.Fleet) *scout.FrontierItem {
	t.Helper()
	it, err := f.Next(context.Background(), "", time.Now())
	if err != nil || it == nil {
		t.Fatalf("Next = %+v, %v; want an item", it, err)
	}
	return it
}

func TestReclaimFencesTheLateResult(t *testing.T) {
	ctx := context.Background()
	srv := redistest.MustStart(t, redistest.Options{})
	a := MustOpen(t, srv, "a", "fence:")
	b := MustOpen(t, srv, "b", "fence:")
	frontiertest.MustPush(t, a, frontiertest.Item("j", "h", "/1", time.Now()))

	held := mustLease(t, a)
	// a renews its lease past the time-out: nothing is reclaimed.
	for range 4 {
		time.Sleep(400 * time.Millisecond)
		if err := a.Renew(ctx, []*scout.FrontierItem{held}); err != nil {
			t.Fatal(err)
		}
		if n, err := b.Reclaim(ctx); err != nil || n != 0 {
			t.Fatalf("Reclaim of a renewed lease = %d, %v", n, err)
		}
	}
	// a goes silent: its lease is reclaimed and b takes the item.
	time.Sleep(1200 * time.Millisecond)
	if n, err := b.Reclaim(ctx); err != nil || n != 1 {
		t.Fatalf("Reclaim = %d, %v; want 1", n, err)
	}
	again := mustLease(t, b)
	if again.URL != held.URL || again.Lease == held.Lease {
		t.Fatalf("b leased %+v, want %s under a new token", again, held.URL)
	}
	// a's late result is dropped; b's goes through.
	res := &scout.CrawlResult{URL: held.URL, Status: 200}
	if err := a.Deliver(ctx, held, res, nil, 0); !errors.Is(err, fleet.ErrLeaseLost) {
		t.Fatalf("late Deliver = %v, want ErrLeaseLost", err)
	}
	if err := b.Deliver(ctx, again, res, nil, 0); err != nil {
		t.Fatal(err)
	}
	// A retry of b's delivery (its reply lost) adds no second copy.
	if err := b.Deliver(ctx, again, res, nil, 0); err != nil {
		t.Fatalf("repeated Deliver = %v", err)
	}
	st, err := b.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Reclaims != 1 || st.ResultsLag != 1 || st.Leased != 0 {
		t.Errorf("stats = %+v, want 1 reclaim, 1 result waiting, nothing leased", st)
	}
	if len(st.Workers) != 1 || st.Workers[0].ID != "a" {
		t.Errorf("workers = %+v, want a (b never renewed)", st.Workers)
	}
}

func TestGatePacesAHostForEveryWorker(t *testing.T) {
	ctx := context.Background()
	srv := redistest.MustStart(t, redistest.Options{})
	a := MustOpen(t, srv, "a", "gate:").Gate()
	b := MustOpen(t, srv, "b", "gate:").Gate()
	tok, wait, err := a.Acquire(ctx, "h", 5, 1, 1, time.Minute)
	if err != nil || tok == "" {
		t.Fatalf("first Acquire = %q, %v, %v", tok, wait, err)
	}
	// One slot: b waits while a's request is in flight.
	if tok2, wait, _ := b.Acquire(ctx, "h", 5, 1, 1, time.Minute); tok2 != "" || wait <= 0 {
		t.Fatalf("second Acquire while a holds the slot = %q, %v", tok2, wait)
	}
	if err := a.Release(ctx, "h", tok); err != nil {
		t.Fatal(err)
	}
	// The slot is free; the rate (5/s, burst 1) still wants 200 ms.
	_, wait, _ = b.Acquire(ctx, "h", 5, 1, 1, time.Minute)
	if wait < 100*time.Millisecond || wait > 200*time.Millisecond {
		t.Fatalf("Acquire right after = wait %v, want up to 200ms", wait)
	}
	time.Sleep(wait)
	tok, _, err = b.Acquire(ctx, "h", 5, 1, 1, time.Minute)
	if err != nil || tok == "" {
		t.Fatalf("Acquire after the wait = %q, %v", tok, err)
	}
	_ = b.Release(ctx, "h", tok)
	// A Retry-After pause holds for everyone.
	if err := a.Pause(ctx, "h", 2*time.Second); err != nil {
		t.Fatal(err)
	}
	if _, wait, _ := b.Acquire(ctx, "h", 5, 1, 1, time.Minute); wait < time.Second {
		t.Errorf("Acquire during a 2s pause = wait %v", wait)
	}
	// A dead holder's slot expires after hold.
	if tok, _, _ := a.Acquire(ctx, "h2", 0, 1, 1, time.Second); tok == "" {
		t.Fatal("no slot on a fresh host")
	}
	time.Sleep(1100 * time.Millisecond)
	if tok, _, _ := b.Acquire(ctx, "h2", 0, 1, 1, time.Second); tok == "" {
		t.Error("the slot of a holder that never released it did not expire")
	}
}

func TestSharedCacheLocksOneFetcher(t *testing.T) {
	ctx := context.Background()
	srv := redistest.MustStart(t, redistest.Options{})
	a := MustOpen(t, srv, "a", "cache:").Cache()
	b := MustOpen(t, srv, "b", "cache:").Cache()
	tok, err := a.Lock(ctx, "robots:http://h", time.Minute)
	if err != nil || tok == "" {
		t.Fatalf("Lock = %q, %v", tok, err)
	}
	if other, _ := b.Lock(ctx, "robots:http://h", time.Minute); other != "" {
		t.Fatal("two processes hold the lock")
	}
	if err := a.Set(ctx, "robots:http://h", []byte("fUser-agent: *"), time.Hour); err != nil {
		t.Fatal(err)
	}
	_ = b.Unlock(ctx, "robots:http://h", "not-the-token")
	if other, _ := b.Lock(ctx, "robots:http://h", time.Minute); other != "" {
		t.Fatal("Unlock with another token released the lock")
	}
	_ = a.Unlock(ctx, "robots:http://h", tok)
	v, ttl, ok, err := b.Get(ctx, "robots:http://h")
	if err != nil || !ok || string(v) != "fUser-agent: *" || ttl < 59*time.Minute {
		t.Fatalf("Get = %q, %v, %v, %v", v, ttl, ok, err)
	}
	if _, _, ok, _ := b.Get(ctx, "robots:http://other"); ok {
		t.Error("Get of a missing key says ok")
	}
}
