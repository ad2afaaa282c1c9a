package index_test

import (
	"context"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/index"
)

func TestFingerprints(t *testing.T) {
	ctx := context.Background()
	ix := MustOpenMem(t)
	f := int64(1000)
	day := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	a := &scout.Creator{ID: "a", Name: "Alice", Followers: &f,
		Snapshots: []scout.Snapshot{{AccountID: "x", At: day, Followers: &f}}}
	b := &scout.Creator{ID: "b", Name: "Bob"}
	MustIndex(t, ix, a, b)

	got, err := ix.Fingerprints(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got["a"] != index.Fingerprint(a, nil) || got["b"] != index.Fingerprint(b, nil) {
		t.Fatalf("Fingerprints = %v, want a and b with their Fingerprint", got)
	}

	// Each input the document depends on changes the fingerprint; the
	// clock and fields the document ignores do not.
	base := index.Fingerprint(a, nil)
	changed := map[string]*scout.Creator{}
	renamed := *a
	renamed.Name = "Alicia"
	changed["name"] = &renamed
	more := *a
	g := int64(2000)
	more.Snapshots = append(append([]scout.Snapshot(nil), a.Snapshots...), scout.Snapshot{AccountID: "x", At: day.Add(24 * time.Hour), Followers: &g})
	changed["snapshot"] = &more
	flagged := *a
	flagged.Flags = []scout.Flag{{Code: "spam"}}
	changed["flag"] = &flagged
	for what, c := range changed {
		if index.Fingerprint(c, nil) == base {
			t.Errorf("a changed %s but kept its fingerprint", what)
		}
	}
	touched := *a
	touched.UpdatedAt = day.Add(time.Hour)
	if index.Fingerprint(&touched, nil) != base {
		t.Error("UpdatedAt, which the document leaves out, changed the fingerprint")
	}
	review := []*scout.FlagReview{{CreatorID: "a", Code: "spam", Decision: scout.DecisionDismiss}}
	if index.Fingerprint(&flagged, review) == index.Fingerprint(&flagged, nil) {
		t.Error("a dismissed flag did not change the fingerprint")
	}
}

// TestFingerprintsPages reads an index larger than one page.
func TestFingerprintsPages(t *testing.T) {
	ix := MustOpenMem(t)
	var cs []*scout.Creator
	for i := range 2500 {
		cs = append(cs, &scout.Creator{ID: scout.NewCreatorID(string(rune('a'+i%26)) + time.Duration(i).String())})
	}
	MustIndex(t, ix, cs...)
	got, err := ix.Fingerprints(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(cs) {
		t.Fatalf("Fingerprints read %d documents, want %d", len(got), len(cs))
	}
	for _, c := range cs {
		if got[c.ID] == "" {
			t.Fatalf("document %s has no fingerprint", c.ID)
		}
	}
}
