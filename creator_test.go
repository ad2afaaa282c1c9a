package scout_test

import (
	"testing"
	"time"

	"github.com/scout-oss/scout"
)

func TestCreatorDerive(t *testing.T) {
	c := &scout.Creator{Accounts: []scout.Account{
		{Handle: "small", DisplayName: "Small", Followers: scout.Int64(10), Links: []string{"https://a"}, FetchedAt: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)},
		{Handle: "big", DisplayName: "Big", Bio: "big bio", Followers: scout.Int64(1000), Links: []string{"https://a", "https://b"}, FetchedAt: time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)},
		{Handle: "unknown"},
	}}
	c.Derive()
	if c.Name != "Big" || c.Bio != "big bio" {
		t.Errorf("name, bio = %q, %q; want the largest account's", c.Name, c.Bio)
	}
	if c.Followers == nil || *c.Followers != 1010 {
		t.Errorf("followers = %v, want 1010 (unknown counts are skipped, not 0)", c.Followers)
	}
	if len(c.Links) != 2 {
		t.Errorf("links = %v, want 2 deduplicated", c.Links)
	}
	if c.DataAsOf == nil || !c.DataAsOf.Equal(time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("data_as_of = %v, want the newest fetch", c.DataAsOf)
	}
	none := &scout.Creator{Accounts: []scout.Account{{Handle: "x"}}}
	none.Derive()
	if none.Followers != nil {
		t.Errorf("followers = %d with no known count, want nil", *none.Followers)
	}
}
