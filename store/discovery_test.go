package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/scout-oss/scout"
)

// TestSaveProfile_FoundVia checks that found_via is appended on every save,
// deduplicated, and survives UpdateCreator (which does not write it).
func TestSaveProfile_FoundVia(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	at := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	p := profile("bluesky:did:plc:fv", 100, at, at, 1)
	search := scout.FoundVia{Kind: scout.FoundSearch, Query: "vegan baking", Source: "bluesky:searchActors", At: at}
	p.FoundVia = []scout.FoundVia{search}
	id := MustSave(t, db, p)

	p2 := profile("bluesky:did:plc:fv", 110, at.Add(time.Hour), at, 1)
	mention := scout.FoundVia{Kind: scout.FoundMention, By: "bluesky:did:plc:other", At: at.Add(time.Hour)}
	p2.FoundVia = []scout.FoundVia{search, mention}
	if got := MustSave(t, db, p2); got != id {
		t.Fatalf("second save went to creator %s, want %s (no duplicate)", got, id)
	}
	c, err := db.FindCreatorByID(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]scout.FoundVia{search, mention}, c.FoundVia); diff != "" {
		t.Errorf("found_via (-want +got):\n%s", diff)
	}

	// UpdateCreator stores the derived fields (contacts, evidence) and
	// leaves found_via alone.
	c.FoundVia = nil
	c.Contacts = []scout.Contact{{Type: "email", Value: "a@example.com", SeenIn: "bio", SeenAt: at}}
	c.Language, c.LanguageEvidence = scout.String("en"), &scout.LanguageEvidence{Source: "declared", Share: 1, Sample: 3}
	c.Country, c.CountryEvidence = scout.String("PT"), &scout.CountryEvidence{Source: "bio", Match: "Lisbon"}
	if err := db.UpdateCreator(ctx, c); err != nil {
		t.Fatal(err)
	}
	got, err := db.FindCreatorByID(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.FoundVia) != 2 {
		t.Errorf("found_via after UpdateCreator: %v", got.FoundVia)
	}
	if diff := cmp.Diff(c.Contacts, got.Contacts); diff != "" {
		t.Errorf("contacts (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(c.LanguageEvidence, got.LanguageEvidence); diff != "" {
		t.Errorf("language evidence (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(c.CountryEvidence, got.CountryEvidence); diff != "" {
		t.Errorf("country evidence (-want +got):\n%s", diff)
	}
	if ok, err := db.HasAccount(ctx, "bluesky:did:plc:fv"); err != nil || !ok {
		t.Errorf("HasAccount(known) = %v, %v", ok, err)
	}
	if ok, err := db.HasAccount(ctx, "bluesky:did:plc:nobody"); err != nil || ok {
		t.Errorf("HasAccount(unknown) = %v, %v", ok, err)
	}
}
