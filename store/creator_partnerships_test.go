package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/store"
)

func TestUpdateCreatorKeepsPartnerships(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	p := &scout.Profile{Account: scout.Account{ID: "web:p.example", Platform: scout.PlatformWeb, Handle: "p"}, FetchedAt: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)}
	id, err := db.SaveProfile(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	c, err := db.FindCreatorByID(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	c.Partnerships = &scout.Partnerships{Version: "pp-test", SponsoredPosts: 3, Brands: []scout.PartnerMention{{Name: "Acme", Posts: 3}}}
	if err := db.UpdateCreator(ctx, c); err != nil {
		t.Fatal(err)
	}
	got, err := db.FindCreatorByID(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if got.Partnerships == nil || got.Partnerships.SponsoredPosts != 3 || len(got.Partnerships.Brands) != 1 || got.Partnerships.Brands[0].Name != "Acme" {
		t.Errorf("partnerships = %+v, want the stored profile", got.Partnerships)
	}
}
