package ingest_test

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/ingest"
)

// TestIngesterRecordsSeed stores a crawled profile that carries no
// found_via with found_via "seed" and its target, and keeps one that does.
func TestIngesterRecordsSeed(t *testing.T) {
	ctx := context.Background()
	st := newMemStore()
	got := map[string][]scout.FoundVia{}
	in := &ingest.Ingester{Creators: foundViaRecorder{st, got}, Visits: st}
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
