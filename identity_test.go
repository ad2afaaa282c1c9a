package scout_test

import (
	"testing"
	"time"

	"github.com/scout-oss/scout"
)

func TestMergeEvidence_Idempotent(t *testing.T) {
	seen := time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)
	e := scout.IdentityEvidence{Kind: scout.EvidenceReciprocal, From: "a", To: "b", URL: "u", SeenAt: seen}
	later := e
	later.SeenAt = seen.Add(time.Hour)
	got := scout.MergeEvidence([]scout.IdentityEvidence{e}, later)
	if len(got) != 1 || !got[0].SeenAt.Equal(seen) {
		t.Errorf("got %+v, want the first sighting only", got)
	}
}
