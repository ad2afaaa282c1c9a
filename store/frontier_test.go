package store_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/internal/frontiertest"
	"github.com/scout-oss/scout/store"
)

func item(job, host, path string, due time.Time) scout.FrontierItem {
	return scout.FrontierItem{URL: "http://" + host + path, Host: host, JobID: job, Due: due, Since: t0}
}

func TestFrontier_Contract(t *testing.T) {
	frontiertest.Run(t, func(t *testing.T) scout.Frontier { return MustOpen(t, "") })
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
	if got := frontiertest.Drain(t, db, "j", t0); len(got) != 2 {
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
	if got := frontiertest.Drain(t, db, "keep", t0); len(got) != 1 {
		t.Errorf("other job lost its item: %v", got)
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
