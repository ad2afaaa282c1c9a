package store_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/scout-oss/scout"
)

func TestVisits(t *testing.T) {
	ctx := context.Background()

	t.Run("RecordAndFind", func(t *testing.T) {
		db := MustOpen(t, "")
		first := &scout.Visit{URL: "https://a.test/", Status: 503, Kind: scout.FailRateLimit, Message: "slow down", FetchedAt: t0}
		if err := db.RecordVisit(ctx, first); err != nil {
			t.Fatal(err)
		}
		later := &scout.Visit{URL: "https://a.test/", Status: 200, CreatorID: "cabc",
			FetchedAt: t0.Add(time.Hour).In(time.FixedZone("X", -7200))}
		if err := db.RecordVisit(ctx, later); err != nil {
			t.Fatal(err)
		}
		got, err := db.FindVisit(ctx, "https://a.test/")
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(later, got); diff != "" {
			t.Errorf("visit (-want +got):\n%s", diff)
		}
	})

	t.Run("ErrNotFound", func(t *testing.T) {
		db := MustOpen(t, "")
		_, err := db.FindVisit(ctx, "https://never.test/")
		wantCode(t, err, scout.ENOTFOUND)
	})

	t.Run("ErrInvalid", func(t *testing.T) {
		db := MustOpen(t, "")
		wantCode(t, db.RecordVisit(ctx, &scout.Visit{Status: 200}), scout.EINVALID)
		wantCode(t, db.RecordVisit(ctx, nil), scout.EINVALID)
	})

	t.Run("ListInURLOrder", func(t *testing.T) {
		db := MustOpen(t, "")
		const n = 100 // more than one internal batch
		for i := n - 1; i >= 0; i-- {
			v := &scout.Visit{URL: fmt.Sprintf("https://h.test/%03d", i), Status: 200, FetchedAt: t0}
			if err := db.RecordVisit(ctx, v); err != nil {
				t.Fatal(err)
			}
		}
		vs, err := db.Visits(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(vs) != n {
			t.Fatalf("got %d visits, want %d", len(vs), n)
		}
		for i, v := range vs {
			if want := fmt.Sprintf("https://h.test/%03d", i); v.URL != want {
				t.Fatalf("visit %d = %s, want %s", i, v.URL, want)
			}
		}

		cctx, cancel := context.WithCancel(ctx)
		cancel()
		if _, err := db.Visits(cctx); !errors.Is(err, context.Canceled) {
			t.Errorf("canceled Visits: err = %v, want context.Canceled", err)
		}
	})
}
