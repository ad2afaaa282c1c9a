package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/scout-oss/scout"
)

func TestFlagReviews(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := MustOpen(t, dir)
	a := MustSave(t, db, profile("web:a", 1000, t0, t0, 2))
	b := MustSave(t, db, profile("web:b", 2000, t0, t0, 2))

	t.Run("ErrNoReviewsYet", func(t *testing.T) {
		got, err := db.FindFlagReviews(ctx, []string{a, b})
		if err != nil || len(got) != 0 {
			t.Fatalf("FindFlagReviews = %v, %v; want none", got, err)
		}
		wantCode(t, db.DeleteFlagReview(ctx, a, "engagement_pod"), scout.ENOTFOUND)
	})

	dismiss := &scout.FlagReview{CreatorID: a, Code: "brand_safety:adult", Decision: scout.DecisionDismiss, Reason: "  art nudes, not adult content "}
	if err := db.ReviewFlag(ctx, dismiss); err != nil {
		t.Fatal(err)
	}
	if dismiss.At.IsZero() || dismiss.Reason != "art nudes, not adult content" {
		t.Errorf("review after save = %+v; want At set and the reason trimmed", dismiss)
	}
	confirm := &scout.FlagReview{CreatorID: a, Code: "engagement_pod", Decision: scout.DecisionConfirm, By: "ana", At: t0}
	if err := db.ReviewFlag(ctx, confirm); err != nil {
		t.Fatal(err)
	}

	t.Run("OK_FindOrderedByCode", func(t *testing.T) {
		got, err := db.FindFlagReviews(ctx, []string{b, a, a, "unknown"})
		if err != nil {
			t.Fatal(err)
		}
		want := map[string][]*scout.FlagReview{a: {dismiss, confirm}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("FindFlagReviews (-want +got):\n%s", diff)
		}
	})

	t.Run("OK_ReplaceSameCode", func(t *testing.T) {
		again := &scout.FlagReview{CreatorID: a, Code: "engagement_pod", Decision: scout.DecisionDismiss, Reason: "pod ended in May", At: t0.Add(time.Hour)}
		if err := db.ReviewFlag(ctx, again); err != nil {
			t.Fatal(err)
		}
		got, _ := db.FindFlagReviews(ctx, []string{a})
		if len(got[a]) != 2 || got[a][1].Decision != scout.DecisionDismiss || got[a][1].Reason != "pod ended in May" {
			t.Errorf("after replace: %+v", got[a])
		}
	})

	t.Run("OK_SurvivesUpdateCreator", func(t *testing.T) {
		c, err := db.FindCreatorByID(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		c.Flags = nil // a re-score that no longer raises the flag
		if err := db.UpdateCreator(ctx, c); err != nil {
			t.Fatal(err)
		}
		got, _ := db.FindFlagReviews(ctx, []string{a})
		if len(got[a]) != 2 {
			t.Errorf("reviews after UpdateCreator = %d, want 2", len(got[a]))
		}
	})

	t.Run("OK_Delete", func(t *testing.T) {
		if err := db.DeleteFlagReview(ctx, a, "engagement_pod"); err != nil {
			t.Fatal(err)
		}
		got, _ := db.FindFlagReviews(ctx, []string{a})
		if len(got[a]) != 1 || got[a][0].Code != "brand_safety:adult" {
			t.Errorf("after delete: %+v", got[a])
		}
	})

	for _, tc := range []struct {
		name string
		r    scout.FlagReview
		code string
	}{
		{"ErrNotFound", scout.FlagReview{CreatorID: "nobody", Code: "engagement_pod", Decision: scout.DecisionConfirm}, scout.ENOTFOUND},
		{"ErrDecision", scout.FlagReview{CreatorID: a, Code: "engagement_pod", Decision: "maybe"}, scout.EINVALID},
		{"ErrDismissWithoutReason", scout.FlagReview{CreatorID: a, Code: "engagement_pod", Decision: scout.DecisionDismiss, Reason: " "}, scout.EINVALID},
		{"ErrCode", scout.FlagReview{CreatorID: a, Code: "Bad Code", Decision: scout.DecisionConfirm}, scout.EINVALID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.r
			wantCode(t, db.ReviewFlag(ctx, &r), tc.code)
		})
	}

	t.Run("OK_Reopen", func(t *testing.T) {
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		db2 := MustOpen(t, dir)
		got, err := db2.FindFlagReviews(ctx, []string{a})
		if err != nil || len(got[a]) != 1 || got[a][0].Reason != "art nudes, not adult content" {
			t.Errorf("after reopen: %+v, %v", got[a], err)
		}
	})
}
