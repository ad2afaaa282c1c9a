package scoring_test

import (
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/scoring"
)

// Everyday senses of words that also name risks must not raise flags; their
// risky senses still must.
func TestEverydayWordsAreNotPiracy(t *testing.T) {
	now := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text  string
		flag  bool
		about string
	}{
		{"Why the glue-up cracked: wood movement explained", false, "woodworking"},
		{"I cracked an egg into the batter", false, "baking"},
		{"Built a replica of the Millennium Falcon cockpit", false, "prop making"},
		{"Grab the cracked apk from my link, premium unlocked", true, "piracy"},
		{"Best replica watches, DM for prices", true, "counterfeit"},
	}
	for _, c := range cases {
		cr := &scout.Creator{ID: "c", Accounts: []scout.Account{{ID: "web:x", Platform: scout.PlatformWeb, Followers: scout.Int64(5000)}}}
		for i := 0; i < 3; i++ {
			cr.Posts = append(cr.Posts, scout.Post{ID: string(rune('a' + i)), AccountID: "web:x", Text: c.text,
				PublishedAt: now.Add(-time.Duration(i+1) * 24 * time.Hour), Likes: scout.Int64(100), Comments: scout.Int64(5)})
		}
		a := scoring.New().Score(cr, now)
		got := false
		for _, f := range a.Flags {
			if strings.HasPrefix(f.Code, "brand_safety:piracy") {
				got = true
			}
		}
		if got != c.flag {
			t.Errorf("%q (%s): piracy flag %v, want %v", c.text, c.about, got, c.flag)
		}
	}
}
