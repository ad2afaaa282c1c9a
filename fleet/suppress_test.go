package fleet_test

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/fleet"
	"github.com/scout-oss/scout/internal/frontiertest"
	"github.com/scout-oss/scout/internal/redistest"
	"github.com/scout-oss/scout/target"
)

func keyed(key []byte, ids ...string) [][]byte {
	var out [][]byte
	for _, id := range ids {
		m := hmac.New(sha256.New, key)
		m.Write([]byte(id))
		out = append(out, m.Sum(nil))
	}
	return out
}

func TestSuppressionFollowsTheStoreKey(t *testing.T) {
	ctx := context.Background()
	srv := redistest.MustStart(t, redistest.Options{})
	ing := MustOpen(t, srv, fleet.IngesterName, "sup:")
	w := MustOpen(t, srv, "w", "sup:")
	alice := target.SubjectKeys("https://alice.example/")
	bob := target.SubjectKeys("https://bob.example/")
	if gone, err := w.IsSuppressed(ctx, alice...); err != nil || gone {
		t.Fatalf("before anything is published: %v, %v", gone, err)
	}
	k1 := []byte("0123456789abcdef0123456789abcdef")
	if err := ing.PublishSuppression(ctx, k1, keyed(k1, alice...)); err != nil {
		t.Fatal(err)
	}
	if gone, err := w.IsSuppressed(ctx, target.SubjectKeys("http://www.Alice.example")...); err != nil || !gone {
		t.Fatalf("alice after publishing = %v, %v; want suppressed", gone, err)
	}
	if gone, _ := w.IsSuppressed(ctx, bob...); gone {
		t.Fatal("bob is suppressed")
	}
	// An erasure adds bob under the same key.
	if err := ing.PublishSuppression(ctx, k1, keyed(k1, bob...)); err != nil {
		t.Fatal(err)
	}
	if gone, _ := w.IsSuppressed(ctx, bob...); !gone {
		t.Fatal("bob was added, but the worker does not see it")
	}
	// The store's key changes (another store restored): the set is
	// rebuilt under it, and the worker, which cached k1, reads the new key
	// before it answers.
	k2 := []byte("fedcba9876543210fedcba9876543210")
	if err := ing.PublishSuppression(ctx, k2, keyed(k2, bob...)); err != nil {
		t.Fatal(err)
	}
	if gone, _ := w.IsSuppressed(ctx, bob...); !gone {
		t.Error("after the key changed, bob is not suppressed")
	}
	if gone, _ := w.IsSuppressed(ctx, alice...); gone {
		t.Error("after the key changed to a store without alice, alice is still suppressed")
	}
}

func TestScrubRemovesQueuedTasksAndPendingResults(t *testing.T) {
	ctx := context.Background()
	srv := redistest.MustStart(t, redistest.Options{})
	ing := MustOpen(t, srv, fleet.IngesterName, "scrub:")
	w := MustOpen(t, srv, "w", "scrub:")
	job := &scout.CrawlJob{Origin: scout.OriginAPI}
	if err := ing.CreateJob(ctx, job); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	item := func(host string) scout.FrontierItem {
		return scout.FrontierItem{URL: "https://" + host + "/", Host: host, JobID: job.ID, Due: now}
	}
	frontiertest.MustPush(t, ing, item("alice.example"), item("bob.example"), item("carol.example"))
	// A worker fetched carol's page, which turned out to be alice's
	// profile too; its result waits for the ingester.
	var carol *scout.FrontierItem
	for carol == nil {
		it := mustLease(t, w)
		if it.Host == "carol.example" {
			carol = it
		} else if err := w.Reschedule(ctx, it, now.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	res := &scout.CrawlResult{URL: carol.URL, Profile: &scout.Profile{SourceURL: "https://alice.example/",
		Account: scout.Account{Platform: scout.PlatformWeb, URL: "https://alice.example/"}}}
	if err := w.Deliver(ctx, carol, res, nil, 0); err != nil {
		t.Fatal(err)
	}
	ing.Validators().Put("https://alice.example/", `"e1"`, "")
	ing.Validators().Put("https://bob.example/", `"e2"`, "")

	key := []byte("0123456789abcdef0123456789abcdef")
	if err := ing.PublishSuppression(ctx, key, keyed(key, target.SubjectKeys("https://alice.example/")...)); err != nil {
		t.Fatal(err)
	}
	got, err := ing.Scrub(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got != (fleet.Scrubbed{Queued: 1, Results: 1, Validators: 1}) {
		t.Errorf("Scrub = %+v, want alice's queued target, carol's pending result naming alice and alice's validators", got)
	}
	if n, _ := ing.Pending(ctx, job.ID); n != 1 {
		t.Errorf("pending = %d, want bob's target alone", n)
	}
	st, _ := ing.Stats(ctx)
	if st.ResultsLag != 0 {
		t.Errorf("%d results still wait for the ingester", st.ResultsLag)
	}
	if _, _, ok := ing.Validators().Get("https://bob.example/"); !ok {
		t.Error("bob's validators were scrubbed")
	}
}
