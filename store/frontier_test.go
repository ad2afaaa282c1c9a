package store_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/store"
)

func item(job, host, path string, due time.Time) scout.FrontierItem {
	return scout.FrontierItem{URL: "http://" + host + path, Host: host, JobID: job, Due: due, Since: t0}
}

// drain takes every due item in order, finishing each at once, and returns
// their URLs.
func drain(t *testing.T, f scout.Frontier, job string, now time.Time) []string {
	t.Helper()
	ctx := context.Background()
	var got []string
	for {
		it, err := f.Next(ctx, job, now)
		if err != nil {
			t.Fatal(err)
		}
		if it == nil {
			return got
		}
		got = append(got, it.URL)
		if err := f.Done(ctx, it); err != nil {
			t.Fatal(err)
		}
	}
}

func TestFrontier_NextTakesHostsInTurnAndDueOrder(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	err := db.Push(ctx,
		item("j1", "a", "/1", t0), item("j1", "a", "/2", t0), item("j1", "a", "/3", t0),
		item("j1", "b", "/1", t0), item("j1", "b", "/2", t0),
		item("j1", "c", "/later", t0.Add(time.Hour)),
		item("j2", "a", "/other-job", t0),
	)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := db.Pending(ctx, "j1"); n != 6 {
		t.Errorf("pending = %d, want 6", n)
	}
	got := drain(t, db, "j1", t0)
	want := []string{"http://a/1", "http://b/1", "http://a/2", "http://b/2", "http://a/3"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("order = %v, want %v (hosts alternate; the future item waits)", got, want)
	}
	if n, _ := db.Pending(ctx, "j1"); n != 1 {
		t.Errorf("pending = %d, want 1 (the item due later)", n)
	}
	if got := drain(t, db, "j1", t0.Add(time.Hour)); fmt.Sprint(got) != "[http://c/later]" {
		t.Errorf("after an hour: %v", got)
	}
	if n, _ := db.Pending(ctx, "j2"); n != 1 {
		t.Errorf("other job pending = %d, want 1", n)
	}
}

func TestFrontier_LeasedHostIsSkippedUntilReleased(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	if err := db.Push(ctx, item("j", "a", "/1", t0), item("j", "a", "/2", t0), item("j", "b", "/1", t0)); err != nil {
		t.Fatal(err)
	}
	first, _ := db.Next(ctx, "j", t0)
	second, _ := db.Next(ctx, "j", t0)
	third, _ := db.Next(ctx, "j", t0)
	if first == nil || second == nil || first.Host == second.Host {
		t.Fatalf("two leases on distinct hosts expected; got %+v, %+v", first, second)
	}
	if third != nil {
		t.Fatalf("every host is leased, yet Next returned %+v", third)
	}
	// Reschedule returns the item untouched and releases its host.
	if err := db.Reschedule(ctx, first, first.Due); err != nil {
		t.Fatal(err)
	}
	again, _ := db.Next(ctx, "j", t0)
	if again == nil || again.URL != first.URL {
		t.Fatalf("after release got %+v, want %s again", again, first.URL)
	}
}

func TestFrontier_PushIsIdempotentAndKeepsEarlierDue(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	late := item("j", "a", "/1", t0.Add(time.Hour))
	for range 3 {
		if err := db.Push(ctx, late); err != nil {
			t.Fatal(err)
		}
	}
	if n, _ := db.Pending(ctx, "j"); n != 1 {
		t.Fatalf("pending = %d after pushing one URL thrice", n)
	}
	if it, _ := db.Next(ctx, "j", t0); it != nil {
		t.Fatalf("item due in an hour handed out now: %+v", it)
	}
	if err := db.Push(ctx, item("j", "a", "/1", t0)); err != nil {
		t.Fatal(err)
	}
	if got := drain(t, db, "j", t0); len(got) != 1 {
		t.Fatalf("earlier push should make it due now; got %v", got)
	}
	if n, _ := db.Pending(ctx, "j"); n != 0 {
		t.Errorf("pending = %d, want 0", n)
	}
	// Done twice is harmless.
	it := item("j", "a", "/1", t0)
	if err := db.Done(ctx, &it); err != nil {
		t.Errorf("second Done: %v", err)
	}
}

func TestFrontier_SurvivesReopen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := store.Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Push(ctx, item("j", "a", "/1", t0), item("j", "a", "/2", t0)); err != nil {
		t.Fatal(err)
	}
	if it, _ := db.Next(ctx, "j", t0); it == nil { // leased, then the process "dies"
		t.Fatal("nothing due")
	}
	db.Close()
	db, err = store.Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if got := drain(t, db, "j", t0); len(got) != 2 {
		t.Errorf("after reopen got %v, want both items (leases do not survive)", got)
	}
}

func TestFrontier_Drop(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	var items []scout.FrontierItem
	for i := range 2500 {
		items = append(items, item("j", fmt.Sprintf("h%d", i%7), fmt.Sprintf("/%d", i), t0))
	}
	if err := db.Push(ctx, items...); err != nil {
		t.Fatal(err)
	}
	if err := db.Push(ctx, item("keep", "a", "/1", t0)); err != nil {
		t.Fatal(err)
	}
	if err := db.Drop(ctx, "j"); err != nil {
		t.Fatal(err)
	}
	if n, _ := db.Pending(ctx, "j"); n != 0 {
		t.Errorf("pending after drop = %d", n)
	}
	if it, _ := db.Next(ctx, "j", t0); it != nil {
		t.Errorf("dropped job still hands out %+v", it)
	}
	if got := drain(t, db, "keep", t0); len(got) != 1 {
		t.Errorf("other job lost its item: %v", got)
	}
}

func TestFrontier_Invalid(t *testing.T) {
	db := MustOpen(t, "")
	for _, it := range []scout.FrontierItem{{}, {URL: "u", Host: "h"}, {URL: "u", JobID: "j"}, {URL: "u", Host: "h\x00", JobID: "j"}} {
		if err := db.Push(context.Background(), it); scout.ErrorCode(err) != scout.EINVALID {
			t.Errorf("Push(%+v) = %v, want invalid", it, err)
		}
	}
}

func TestJobs_CreateFindUpdate(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	var ids []string
	for i := range 3 {
		j := &scout.CrawlJob{Origin: scout.OriginAPI, Targets: []string{fmt.Sprintf("https://x.example/%d", i)}}
		if err := db.CreateJob(ctx, j); err != nil {
			t.Fatal(err)
		}
		if j.State != scout.JobQueued || j.CreatedAt.IsZero() {
			t.Errorf("created job %+v", j)
		}
		ids = append(ids, j.ID)
	}
	if ids[0] != "j1" || ids[2] != "j3" {
		t.Errorf("ids = %v", ids)
	}
	j, err := db.FindJobByID(ctx, "j2")
	if err != nil {
		t.Fatal(err)
	}
	j.State, j.Fetched, j.Errors = scout.JobDone, 1, map[string]int{scout.FailNotFound: 1}
	if err := db.UpdateJob(ctx, j); err != nil {
		t.Fatal(err)
	}
	all, total, err := db.FindJobs(ctx, scout.JobFilter{})
	if err != nil || total != 3 || all[0].ID != "j3" {
		t.Fatalf("FindJobs = %v, %d, %v; want newest first", all, total, err)
	}
	done, total, _ := db.FindJobs(ctx, scout.JobFilter{State: scout.JobDone})
	if total != 1 || done[0].Errors[scout.FailNotFound] != 1 {
		t.Errorf("done jobs = %+v", done)
	}
	for _, id := range []string{"j9", "x", "j0", ""} {
		if _, err := db.FindJobByID(ctx, id); scout.ErrorCode(err) != scout.ENOTFOUND {
			t.Errorf("FindJobByID(%q) = %v", id, err)
		}
	}
	if err := db.UpdateJob(ctx, &scout.CrawlJob{ID: "j42"}); scout.ErrorCode(err) != scout.ENOTFOUND {
		t.Errorf("UpdateJob missing = %v", err)
	}
	if err := db.CreateJob(ctx, &scout.CrawlJob{Targets: make([]string, scout.MaxJobTargets+1)}); scout.ErrorCode(err) != scout.EINVALID {
		t.Errorf("too many targets = %v", err)
	}
}
