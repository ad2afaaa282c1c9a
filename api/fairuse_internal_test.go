package api

import (
	"context"
	"testing"
	"time"
)

// TestPaceGivesWayOnlyToLightRequests: a heavy request's loop sleeps only
// while a light request is in progress, and never outside a heavy
// request (the CLI's exports).
func TestPaceGivesWayOnlyToLightRequests(t *testing.T) {
	f := newFairUse(1, 2)
	var slept []time.Duration
	f.sleep = func(d time.Duration) { slept = append(slept, d) }
	heavy := context.WithValue(context.Background(), paceKey{}, f.pace)

	paceHeavy(heavy)
	if len(slept) != 0 {
		t.Fatalf("slept %v with no light request in progress", slept)
	}
	f.light.Add(1)
	paceHeavy(heavy)
	paceHeavy(context.Background())
	if len(slept) != 1 || slept[0] != paceSleep {
		t.Fatalf("slept %v, want one pause of %v (the heavy request's, not the plain context's)", slept, paceSleep)
	}
	f.light.Add(-1)
	paceHeavy(heavy)
	if len(slept) != 1 {
		t.Fatalf("slept %v after the light request ended", slept)
	}
}
