package scout_test

import (
	"context"
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

// TestIngesterRecordsSeed stores a crawled profile that carries no
// found_via with found_via "seed" and its target, and keeps one that does.
func TestIngesterRecordsSeed(t *testing.T) {
	ctx := context.Background()
	st := newMemStore()
	got := map[string][]scout.FoundVia{}
	in := &scout.Ingester{Creators: foundViaRecorder{st, got}, Visits: st}
	at := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	mention := scout.FoundVia{Kind: scout.FoundMention, By: "bluesky:did:plc:x", At: at}
	for _, r := range []*scout.CrawlResult{
		{URL: "https://example.com/", FetchedAt: at, Profile: &scout.Profile{Account: scout.Account{ID: "web:a"}, FetchedAt: at}},
		{URL: "bluesky:b.test", FetchedAt: at, Profile: &scout.Profile{Account: scout.Account{ID: "bluesky:b"}, FetchedAt: at, FoundVia: []scout.FoundVia{mention}}},
	} {
		if err := in.Ingest(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	want := map[string][]scout.FoundVia{
		"web:a":     {{Kind: scout.FoundSeed, Target: "https://example.com/", At: at}},
		"bluesky:b": {mention},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("found_via saved (-want +got):\n%s", diff)
	}
}

// foundViaRecorder is a CreatorService that notes the found_via of each
// saved profile.
type foundViaRecorder struct {
	*memStore
	got map[string][]scout.FoundVia
}

func (r foundViaRecorder) SaveProfile(ctx context.Context, p *scout.Profile) (string, error) {
	r.got[p.Account.ID] = p.FoundVia
	return r.memStore.SaveProfile(ctx, p)
}
