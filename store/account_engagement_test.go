package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/store"
)

func TestAccountEngagementRoundTrip(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	p := &scout.Profile{Account: scout.Account{ID: "web:e.example", Platform: scout.PlatformWeb, Handle: "e"}, FetchedAt: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)}
	id, err := db.SaveProfile(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	c, err := db.FindCreatorByID(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	c.Accounts[0].Engagement = &scout.Engagement{RateByFollowers: scout.Float64(0.031), PostsAnalyzed: 9, Window: 12, Formula: "f"}
	if err := db.UpdateCreator(ctx, c); err != nil {
		t.Fatal(err)
	}
	got, err := db.FindCreatorByID(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	e := got.Accounts[0].Engagement
	if e == nil || e.RateByFollowers == nil || *e.RateByFollowers != 0.031 || e.PostsAnalyzed != 9 {
		t.Errorf("account engagement after round trip = %+v, want 0.031 over 9 posts", e)
	}
	cs, _, err := db.FindCreators(ctx, scout.CreatorFilter{IDs: []string{id}})
	if err != nil || len(cs) != 1 || cs[0].Accounts[0].Engagement == nil {
		t.Errorf("FindCreators lost the account engagement: %v", err)
	}
}
