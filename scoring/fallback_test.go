package scoring_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/scoring"
)

// A video creator on a platform without a by-views benchmark (a personal
// site) must still get an engagement_quality score, judged by followers.
func TestVideoWithoutViewsBenchmarkFallsBackToFollowers(t *testing.T) {
	now := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	c := &scout.Creator{ID: "c1", Accounts: []scout.Account{{ID: "web:v.example", Platform: scout.PlatformWeb, Followers: scout.Int64(1_300_000)}}}
	for i := 0; i < 12; i++ {
		c.Posts = append(c.Posts, scout.Post{
			ID: fmt.Sprint(i), AccountID: "web:v.example", MediaKind: "video",
			PublishedAt: now.Add(-time.Duration(i+1) * 48 * time.Hour),
			Likes:       scout.Int64(3000), Comments: scout.Int64(300), Views: scout.Int64(90_000),
		})
	}
	a := scoring.New().Score(c, now)
	eq := a.Scores["engagement_quality"]
	if eq == nil {
		t.Fatal("no engagement_quality for a web video creator with follower and view counts")
	}
	if eq.Inputs["basis_fallback"] == nil {
		t.Errorf("inputs do not say the basis fell back: %v", eq.Inputs)
	}
}
