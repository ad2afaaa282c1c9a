// Package frontiertest is the contract of scout.Frontier as tests: every
// implementation (the bbolt store for one process, the Redis frontier of
// package fleet for many machines) runs Run against a fresh, empty
// frontier and so keeps the lease rule the crawl relies on. It imports
// only the root and the standard library.
package frontiertest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
)

// T0 is the time the contract's items are due at.
var T0 = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

// Item is a frontier item of job on host, due at due, wanted since T0.
func Item(job, host, path string, due time.Time) scout.FrontierItem {
	return scout.FrontierItem{URL: "http://" + host + path, Host: host, JobID: job, Due: due, Since: T0}
}

// Run runs the contract's subtests, each on a frontier that open returns
// empty (and cleans up through t).
func Run(t *testing.T, open func(t *testing.T) scout.Frontier) {
	for _, tc := range []struct {
		name string
		fn   func(*testing.T, scout.Frontier)
	}{
		{"HostsTakeTurnsInDueOrder", hostsTakeTurns},
		{"LeasedHostIsSkippedUntilReleased", leasedHostSkipped},
		{"ReleaseFreesTheHostButNotTheItem", releaseFreesHost},
		{"HostWithoutClaimsGoesFirst", hostWithoutClaimsFirst},
		{"DoneRemovesABatch", doneRemovesBatch},
		{"RescheduleReturnsAClaimedItem", rescheduleReturnsClaimed},
		{"PushIsIdempotentAndKeepsEarlierDue", pushIdempotent},
		{"DropRemovesOneJob", dropOneJob},
		{"StaleLeaseChangesNothing", staleLease},
		{"AnyJobTakesTurns", anyJob},
		{"Invalid", invalid},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open(t)) })
	}
}

// MustPush pushes items or fails the test.
func MustPush(tb testing.TB, f scout.Frontier, items ...scout.FrontierItem) {
	tb.Helper()
	if err := f.Push(context.Background(), items...); err != nil {
		tb.Fatal(err)
	}
}

// MustNext calls Next at now or fails the test.
func MustNext(tb testing.TB, f scout.Frontier, job string, now time.Time) *scout.FrontierItem {
	tb.Helper()
	it, err := f.Next(context.Background(), job, now)
	if err != nil {
		tb.Fatal(err)
	}
	return it
}

// Drain takes every due item in order, finishing each at once, and returns
// their URLs.
func Drain(tb testing.TB, f scout.Frontier, job string, now time.Time) []string {
	tb.Helper()
	var got []string
	for {
		it := MustNext(tb, f, job, now)
		if it == nil {
			return got
		}
		got = append(got, it.URL)
		if err := f.Done(context.Background(), it); err != nil {
			tb.Fatal(err)
		}
	}
}

func pending(tb testing.TB, f scout.Frontier, job string) int {
	tb.Helper()
	n, err := f.Pending(context.Background(), job)
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

func hostsTakeTurns(t *testing.T, f scout.Frontier) {
	MustPush(t, f,
		Item("j1", "a", "/1", T0), Item("j1", "a", "/2", T0), Item("j1", "a", "/3", T0),
		Item("j1", "b", "/1", T0), Item("j1", "b", "/2", T0),
		Item("j1", "c", "/later", T0.Add(time.Hour)),
		Item("j2", "a", "/other-job", T0),
	)
	if n := pending(t, f, "j1"); n != 6 {
		t.Errorf("pending = %d, want 6", n)
	}
	got := Drain(t, f, "j1", T0)
	want := []string{"http://a/1", "http://b/1", "http://a/2", "http://b/2", "http://a/3"}
	if !slices.Equal(got, want) {
		t.Errorf("order = %v, want %v (hosts alternate; the future item waits)", got, want)
	}
	if got := Drain(t, f, "j1", T0.Add(time.Hour)); !slices.Equal(got, []string{"http://c/later"}) {
		t.Errorf("after an hour: %v", got)
	}
	if n := pending(t, f, "j2"); n != 1 {
		t.Errorf("other job pending = %d, want 1", n)
	}
}

func leasedHostSkipped(t *testing.T, f scout.Frontier) {
	ctx := context.Background()
	MustPush(t, f, Item("j", "a", "/1", T0), Item("j", "a", "/2", T0), Item("j", "b", "/1", T0))
	first, second, third := MustNext(t, f, "j", T0), MustNext(t, f, "j", T0), MustNext(t, f, "j", T0)
	if first == nil || second == nil || first.Host == second.Host {
		t.Fatalf("two leases on distinct hosts expected; got %+v, %+v", first, second)
	}
	if third != nil {
		t.Fatalf("every host is leased, yet Next returned %+v", third)
	}
	// Reschedule returns the item untouched and ends its lease and claim.
	if err := f.Reschedule(ctx, first, first.Due); err != nil {
		t.Fatal(err)
	}
	if again := MustNext(t, f, "j", T0); again == nil || again.URL != first.URL {
		t.Fatalf("after Reschedule got %+v, want %s again", again, first.URL)
	}
}

func releaseFreesHost(t *testing.T, f scout.Frontier) {
	ctx := context.Background()
	MustPush(t, f, Item("j", "a", "/1", T0), Item("j", "a", "/2", T0))
	first := MustNext(t, f, "j", T0)
	if first == nil || first.URL != "http://a/1" {
		t.Fatalf("first = %+v", first)
	}
	if it := MustNext(t, f, "j", T0); it != nil {
		t.Fatalf("host a is leased, yet Next returned %+v", it)
	}
	// The fetch is over: the host is free, the item is not.
	if err := f.Release(ctx, first); err != nil {
		t.Fatal(err)
	}
	second := MustNext(t, f, "j", T0)
	if second == nil || second.URL != "http://a/2" {
		t.Fatalf("after Release got %+v, want http://a/2 (a/1 stays claimed)", second)
	}
	if err := f.Release(ctx, second); err != nil {
		t.Fatal(err)
	}
	if it := MustNext(t, f, "j", T0); it != nil {
		t.Fatalf("both items are claimed, yet Next returned %+v", it)
	}
	if n := pending(t, f, "j"); n != 2 {
		t.Errorf("pending = %d, want 2: claimed items are still held", n)
	}
	// Releasing twice is harmless.
	if err := f.Release(ctx, first); err != nil {
		t.Errorf("second Release: %v", err)
	}
	if err := f.Done(ctx, first, second); err != nil {
		t.Fatal(err)
	}
	if n := pending(t, f, "j"); n != 0 {
		t.Errorf("pending after Done = %d, want 0", n)
	}
}

func hostWithoutClaimsFirst(t *testing.T, f scout.Frontier) {
	ctx := context.Background()
	MustPush(t, f, Item("j", "a", "/1", T0), Item("j", "a", "/2", T0), Item("j", "b", "/1", T0))
	first := MustNext(t, f, "j", T0)
	if err := f.Release(ctx, first); err != nil {
		t.Fatal(err)
	}
	// a's result is not committed yet: b, which has none pending, goes
	// first; a is still served when nothing else is free.
	other := "b"
	if first.Host == "b" {
		other = "a"
	}
	if it := MustNext(t, f, "j", T0); it == nil || it.Host != other {
		t.Fatalf("second = %+v, want host %s (no result of it pending)", it, other)
	}
	if first.Host == "a" {
		if it := MustNext(t, f, "j", T0); it == nil || it.URL != "http://a/2" {
			t.Fatalf("third = %+v, want http://a/2: a free host is never left idle", it)
		}
	}
}

func doneRemovesBatch(t *testing.T, f scout.Frontier) {
	ctx := context.Background()
	var items []scout.FrontierItem
	for i := range 6 {
		items = append(items, Item("j", fmt.Sprintf("h%d", i%3), fmt.Sprintf("/%d", i), T0))
	}
	MustPush(t, f, items...)
	var batch []*scout.FrontierItem
	for {
		it := MustNext(t, f, "j", T0)
		if it == nil {
			break
		}
		if err := f.Release(ctx, it); err != nil {
			t.Fatal(err)
		}
		batch = append(batch, it)
	}
	if len(batch) != 6 {
		t.Fatalf("released %d items, want all 6", len(batch))
	}
	if err := f.Done(ctx, batch...); err != nil {
		t.Fatal(err)
	}
	if n := pending(t, f, "j"); n != 0 {
		t.Errorf("pending = %d, want 0", n)
	}
	// Done of items already gone, and of none, is harmless.
	if err := f.Done(ctx, batch[:2]...); err != nil {
		t.Errorf("Done again: %v", err)
	}
	if err := f.Done(ctx); err != nil {
		t.Errorf("Done of nothing: %v", err)
	}
}

func rescheduleReturnsClaimed(t *testing.T, f scout.Frontier) {
	ctx := context.Background()
	MustPush(t, f, Item("j", "a", "/1", T0))
	it := MustNext(t, f, "j", T0)
	if err := f.Release(ctx, it); err != nil {
		t.Fatal(err)
	}
	// The crawl stopped before committing: the item goes back untouched.
	if err := f.Reschedule(ctx, it, it.Due); err != nil {
		t.Fatal(err)
	}
	if again := MustNext(t, f, "j", T0); again == nil || again.URL != it.URL {
		t.Fatalf("after Reschedule got %+v, want %s", again, it.URL)
	}
}

func pushIdempotent(t *testing.T, f scout.Frontier) {
	ctx := context.Background()
	late := Item("j", "a", "/1", T0.Add(time.Hour))
	for range 3 {
		MustPush(t, f, late)
	}
	if n := pending(t, f, "j"); n != 1 {
		t.Fatalf("pending = %d after pushing one URL thrice", n)
	}
	if it := MustNext(t, f, "j", T0); it != nil {
		t.Fatalf("item due in an hour handed out now: %+v", it)
	}
	MustPush(t, f, Item("j", "a", "/1", T0))
	if got := Drain(t, f, "j", T0); len(got) != 1 {
		t.Fatalf("earlier push should make it due now; got %v", got)
	}
	it := Item("j", "a", "/1", T0)
	if err := f.Done(ctx, &it); err != nil {
		t.Errorf("second Done: %v", err)
	}
}

func dropOneJob(t *testing.T, f scout.Frontier) {
	ctx := context.Background()
	var items []scout.FrontierItem
	for i := range 50 {
		items = append(items, Item("j", fmt.Sprintf("h%d", i%7), fmt.Sprintf("/%d", i), T0))
	}
	MustPush(t, f, items...)
	MustPush(t, f, Item("keep", "a", "/1", T0))
	if err := f.Drop(ctx, "j"); err != nil {
		t.Fatal(err)
	}
	if n := pending(t, f, "j"); n != 0 {
		t.Errorf("pending after drop = %d", n)
	}
	if it := MustNext(t, f, "j", T0); it != nil {
		t.Errorf("dropped job still hands out %+v", it)
	}
	if got := Drain(t, f, "keep", T0); len(got) != 1 {
		t.Errorf("other job lost its item: %v", got)
	}
}

func invalid(t *testing.T, f scout.Frontier) {
	ctx := context.Background()
	for _, it := range []scout.FrontierItem{{}, {URL: "u", Host: "h"}, {URL: "u", JobID: "j"}} {
		if err := f.Push(ctx, it); scout.ErrorCode(err) != scout.EINVALID {
			t.Errorf("Push(%+v) = %v, want invalid", it, err)
		}
	}
	if err := f.Done(ctx, &scout.FrontierItem{URL: "u"}); scout.ErrorCode(err) != scout.EINVALID {
		t.Errorf("Done of an item without host and job = %v, want invalid", err)
	}
}

func staleLease(t *testing.T, f scout.Frontier) {
	ctx := context.Background()
	MustPush(t, f, Item("j", "a", "/1", T0), Item("j", "a", "/2", T0))
	first := MustNext(t, f, "j", T0)
	if first == nil || first.Lease == "" {
		t.Fatalf("Next = %+v, want an item with a lease token", first)
	}
	// The lease is given up and the item handed out again: the first
	// token is stale from then on.
	if err := f.Reschedule(ctx, first, first.Due); err != nil {
		t.Fatal(err)
	}
	again := MustNext(t, f, "j", T0)
	if again == nil || again.URL != first.URL || again.Lease == first.Lease {
		t.Fatalf("after Reschedule Next = %+v, want %s under a new token", again, first.URL)
	}
	late := *first
	if err := f.Release(ctx, &late); err != nil {
		t.Fatal(err)
	}
	if it := MustNext(t, f, "j", T0); it != nil {
		t.Fatalf("a stale Release freed the host: Next = %+v", it)
	}
	if err := f.Done(ctx, &late); err != nil {
		t.Fatal(err)
	}
	if err := f.Reschedule(ctx, &late, T0); err != nil {
		t.Fatal(err)
	}
	if n := pending(t, f, "j"); n != 2 {
		t.Fatalf("pending = %d after a stale Done, want 2: the late result must not remove the item", n)
	}
	// The current holder still finishes as usual.
	if err := f.Done(ctx, again); err != nil {
		t.Fatal(err)
	}
	if got := Drain(t, f, "j", T0); !slices.Equal(got, []string{"http://a/2"}) {
		t.Errorf("after Done of the current lease: %v", got)
	}
}

func anyJob(t *testing.T, f scout.Frontier) {
	ctx := context.Background()
	MustPush(t, f,
		Item("j1", "a", "/1", T0), Item("j1", "a", "/2", T0),
		Item("j2", "b", "/1", T0), Item("j2", "b", "/2", T0),
		Item("j3", "a", "/3", T0),
	)
	var got []string
	jobs := map[string]int{}
	for {
		it := MustNext(t, f, "", T0)
		if it == nil {
			break
		}
		got = append(got, it.JobID+" "+it.URL)
		jobs[it.JobID]++
		// Host a is leased across jobs: while j1 holds it, j3 waits.
		if it.Host == "a" {
			if other := MustNext(t, f, "j3", T0); other != nil {
				t.Fatalf("host a leased by %s, yet job j3 got %+v", it.JobID, other)
			}
		}
		if err := f.Done(ctx, it); err != nil {
			t.Fatal(err)
		}
	}
	if len(got) != 5 || jobs["j1"] != 2 || jobs["j2"] != 2 || jobs["j3"] != 1 {
		t.Fatalf("Next(\"\") took %v, want every item of the three jobs", got)
	}
	// The jobs take turns: the first two come from two jobs.
	job := func(s string) string { j, _, _ := strings.Cut(s, " "); return j }
	if job(got[0]) == job(got[1]) {
		t.Errorf("first two items %q and %q come from one job", got[0], got[1])
	}
}
