package scout_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/scout-oss/scout"
)

func TestAddFoundVia(t *testing.T) {
	t1 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	t2 := t1.Add(time.Hour)
	seed := scout.FoundVia{Kind: scout.FoundSeed, Target: "bluesky:a.bsky.social", At: t2}
	search := scout.FoundVia{Kind: scout.FoundSearch, Query: "vegan baking", Source: "bluesky:searchActors", At: t2}
	list, changed := scout.AddFoundVia(nil, seed, search)
	if !changed || len(list) != 2 {
		t.Fatalf("got %v, %v", list, changed)
	}
	// The same way again changes nothing, except an earlier time.
	if _, changed := scout.AddFoundVia(list, seed); changed {
		t.Error("adding the same found_via again changed the list")
	}
	earlier := seed
	earlier.At = t1
	list, changed = scout.AddFoundVia(list, earlier, scout.FoundVia{})
	if !changed || !list[0].At.Equal(t1) || len(list) != 2 {
		t.Errorf("got %v, %v; want the seed's time moved to %v", list, changed, t1)
	}
	// A mention by someone else is another way.
	m1 := scout.FoundVia{Kind: scout.FoundMention, By: "bluesky:did:plc:x", At: t2}
	m2 := scout.FoundVia{Kind: scout.FoundMention, By: "bluesky:did:plc:y", At: t2}
	list, _ = scout.AddFoundVia(list, m1, m2, m1)
	want := []string{"seed", "search", "mention", "mention"}
	var got []string
	for _, f := range list {
		got = append(got, f.Kind)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("kinds (-want +got):\n%s", diff)
	}
	// Bounded.
	for i := range 50 {
		list, _ = scout.AddFoundVia(list, scout.FoundVia{Kind: scout.FoundMention, By: string(rune('A' + i)), At: t2})
	}
	if len(list) != scout.MaxFoundVia {
		t.Errorf("len %d, want %d", len(list), scout.MaxFoundVia)
	}
}
