package scoring_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/scoring"
)

// Each account is measured on its own original posts; reposts and boosts
// never count, and the top-level engagement is the largest account's.
func TestAccountEngagement(t *testing.T) {
	now := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	c := &scout.Creator{ID: "c", Accounts: []scout.Account{
		{ID: "bluesky:did:plc:big", Platform: scout.PlatformBluesky, Followers: scout.Int64(10_000)},
		{ID: "mastodon:https://toot.example/users/small", Platform: scout.PlatformMastodon, Followers: scout.Int64(1_000)},
	}}
	add := func(acc string, i int, likes int64, repost bool) {
		c.Posts = append(c.Posts, scout.Post{ID: fmt.Sprintf("%s-%d", acc, i), AccountID: acc, IsRepost: repost,
			PublishedAt: now.Add(-time.Duration(i+1) * time.Hour), Likes: scout.Int64(likes), Comments: scout.Int64(0)})
	}
	for i := 0; i < 5; i++ {
		add("bluesky:did:plc:big", i, 200, false)                      // 2% each
		add("bluesky:did:plc:big", 100+i, 9_000, true)                 // reposts of someone's viral post
		add("mastodon:https://toot.example/users/small", i, 50, false) // 5% each
	}
	a := scoring.New().Score(c, now)
	big, small := a.AccountEngagement["bluesky:did:plc:big"], a.AccountEngagement["mastodon:https://toot.example/users/small"]
	if big.RateByFollowers == nil || *big.RateByFollowers != 0.02 || big.PostsAnalyzed != 5 {
		t.Errorf("big account: %+v, want 2%% over its 5 own posts (reposts excluded)", big)
	}
	if small.RateByFollowers == nil || *small.RateByFollowers != 0.05 || small.PostsAnalyzed != 5 {
		t.Errorf("small account: %+v, want 5%% over its 5 posts", small)
	}
	if r := a.Engagement.RateByFollowers; r == nil || *r != *big.RateByFollowers {
		t.Errorf("top-level engagement %v, want the largest account's %v", r, *big.RateByFollowers)
	}
}
