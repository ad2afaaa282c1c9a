package crawler_test

import (
	"context"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/scout-oss/scout/crawler/crawltest"
)

// suppressingStore is a memStore whose suppression list holds every
// identifier that mentions one name.
type suppressingStore struct {
	*memStore
	name  string
	asked atomic.Int64
}

func (s *suppressingStore) IsSuppressed(_ context.Context, ids ...string) (bool, error) {
	s.asked.Add(1)
	return slices.ContainsFunc(ids, func(id string) bool { return strings.Contains(id, s.name) }), nil
}

// Discovery respects the suppression list: a forgotten person found by
// mention is neither fetched nor stored, uses no budget, and the people
// only they mention are not reached through them.
func TestDiscoveryRespectsSuppression(t *testing.T) {
	api := crawltest.MustStartAPIFixture(t, "", snowballRoutes(snowballAccounts, nil))
	st := &suppressingStore{memStore: newMemStore(), name: "m1"}
	d := newDiscovery(api.URL, st.memStore, 5, true)
	d.Sink = st
	if _, err := d.Run(t.Context(), seedCandidates("bluesky:s1.test")); err != nil {
		t.Fatal(err)
	}
	ids := st.IDs()
	if slices.Contains(ids, "bluesky:did:plc:m1") {
		t.Errorf("the suppressed m1 was stored: %v", ids)
	}
	if slices.Contains(ids, "bluesky:did:plc:m4") {
		t.Errorf("m4, mentioned only by the suppressed m1, was reached: %v", ids)
	}
	if !slices.Contains(ids, "bluesky:did:plc:m2") || st.asked.Load() == 0 {
		t.Errorf("accounts %v, %d suppression checks: discovery should go on around m1", ids, st.asked.Load())
	}
}
