package ingest_test

import (
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/ingest"
)

// A link the platform verified (Mastodon's verified_at) is evidence on its
// own, and it reaches identity resolution from a stored Account; the same
// link unverified and one-way is not.
func TestVerifiedLinkFromAccountIsEvidence(t *testing.T) {
	now := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	blog := scout.Account{ID: "web:maya.example", Platform: scout.PlatformWeb, URL: "https://maya.example/", FetchedAt: now}
	masto := scout.Account{ID: "mastodon:https://toot.example/users/maya", Platform: scout.PlatformMastodon,
		Handle: "maya@toot.example", URL: "https://toot.example/@maya", FetchedAt: now,
		Links: []string{"https://maya.example"}, VerifiedLinks: []string{"https://maya.example"}}
	ev := ingest.FindIdentityEvidence([]scout.IdentityAccount{scout.IdentityAccountOf(&blog), scout.IdentityAccountOf(&masto)}, now)
	found := false
	for _, e := range ev {
		if e.Kind == scout.EvidenceVerifiedField && e.From == masto.ID && e.To == blog.ID {
			found = true
		}
	}
	if !found {
		t.Errorf("evidence %+v, want verified_field from the Mastodon account to the blog", ev)
	}
	masto.VerifiedLinks = nil
	if ev := ingest.FindIdentityEvidence([]scout.IdentityAccount{scout.IdentityAccountOf(&blog), scout.IdentityAccountOf(&masto)}, now); len(ev) != 0 {
		t.Errorf("a one-way unverified link gave evidence %+v", ev)
	}
}
