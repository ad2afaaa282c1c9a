package scoring_test

import (
	"fmt"
	"math"
	"testing"
	"time"

	scout "github.com/scout-oss/scout"
	"github.com/scout-oss/scout/scoring"
)

// now is the fixed clock of every test: scoring takes the time as an input.
var now = time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)

func i64(v int64) *int64 { return &v }

// post builds a post published daysAgo days before now.
func post(id string, daysAgo int, likes, comments, shares, views *int64) scout.Post {
	return scout.Post{
		ID:          id,
		URL:         "https://example.test/p/" + id,
		PublishedAt: now.Add(-time.Duration(daysAgo) * 24 * time.Hour),
		Likes:       likes,
		Comments:    comments,
		Shares:      shares,
		Views:       views,
	}
}

// creator builds a one-account creator with the given followers and posts.
func creator(followers *int64, posts ...scout.Post) *scout.Creator {
	return &scout.Creator{
		ID: "c1",
		Accounts: []scout.Account{{
			ID: "web:a1", Platform: scout.PlatformWeb, Handle: "a1", Followers: followers,
		}},
		Posts: posts,
	}
}

// nPosts makes n posts, one a day, each with the given counts.
func nPosts(n int, likes, comments int64) []scout.Post {
	ps := make([]scout.Post, n)
	for i := range ps {
		ps[i] = post(fmt.Sprintf("p%02d", i), i+1, i64(likes), i64(comments), nil, nil)
	}
	return ps
}

var engagementTests = []struct {
	name     string
	c        *scout.Creator
	byFollow *float64
	byViews  *float64
	analyzed int
}{
	{
		name:     "OK",
		c:        creator(i64(1000), nPosts(5, 18, 2)...),
		byFollow: scout.Float64(0.02),
		analyzed: 5,
	},
	{
		name: "MedianIgnoresViralPost",
		c: creator(i64(1000),
			post("a", 1, i64(10), i64(0), nil, nil),
			post("b", 2, i64(20), i64(0), nil, nil),
			post("c", 3, i64(5000), i64(0), nil, nil)),
		byFollow: scout.Float64(0.02),
		analyzed: 3,
	},
	{
		name: "EvenCountAveragesMiddle",
		c: creator(i64(1000),
			post("a", 1, i64(10), nil, nil, nil),
			post("b", 2, i64(20), nil, nil, nil)),
		byFollow: scout.Float64(0.015),
		analyzed: 2,
	},
	{
		name: "SharesCountAndMissingSharesIsZero",
		c: creator(i64(100),
			post("a", 1, i64(5), i64(1), i64(4), nil),
			post("b", 2, i64(5), i64(1), nil, nil),
			post("c", 3, i64(5), i64(1), i64(4), nil)),
		byFollow: scout.Float64(0.10),
		analyzed: 3,
	},
	{
		name: "SkipsPostWithNoLikesNorComments",
		c: creator(i64(100),
			post("a", 1, nil, nil, i64(50), i64(1000)),
			post("b", 2, i64(10), nil, nil, nil)),
		byFollow: scout.Float64(0.10),
		analyzed: 1,
	},
	{
		name: "OnlyCommentsKnown",
		c: creator(i64(100),
			post("a", 1, nil, i64(3), nil, nil)),
		byFollow: scout.Float64(0.03),
		analyzed: 1,
	},
	{
		name: "PinnedExcluded",
		c: func() *scout.Creator {
			c := creator(i64(100), post("a", 1, i64(10), i64(0), nil, nil), post("pin", 400, i64(90), i64(0), nil, nil))
			c.Posts[1].Pinned = true
			return c
		}(),
		byFollow: scout.Float64(0.10),
		analyzed: 1,
	},
	{
		name: "FuturePostExcluded",
		c: creator(i64(100),
			post("future", -2, i64(90), i64(0), nil, nil),
			post("a", 1, i64(10), i64(0), nil, nil)),
		byFollow: scout.Float64(0.10),
		analyzed: 1,
	},
	{
		name: "WindowKeepsNewestTwelve",
		c: func() *scout.Creator {
			ps := nPosts(12, 10, 0)
			// Thirteen older posts with far higher engagement stay outside.
			for i := 0; i < 13; i++ {
				ps = append(ps, post(fmt.Sprintf("old%02d", i), 100+i, i64(900), i64(0), nil, nil))
			}
			return creator(i64(100), ps...)
		}(),
		byFollow: scout.Float64(0.10),
		analyzed: 12,
	},
	{
		name: "ByViewsOnlyOverPostsWithViews",
		c: creator(i64(1000),
			post("a", 1, i64(10), i64(0), nil, i64(100)),
			post("b", 2, i64(20), i64(0), nil, i64(100)),
			post("c", 3, i64(30), i64(0), nil, nil)),
		byFollow: scout.Float64(0.02),
		byViews:  scout.Float64(0.15),
		analyzed: 3,
	},
	{
		name:     "NoFollowersGivesNilRate",
		c:        creator(nil, post("a", 1, i64(10), i64(0), nil, i64(200))),
		byViews:  scout.Float64(0.05),
		analyzed: 1,
	},
	{
		name:     "ZeroFollowersGivesNilRate",
		c:        creator(i64(0), post("a", 1, i64(10), i64(0), nil, nil)),
		analyzed: 1,
	},
	{
		name:     "NoUsablePosts",
		c:        creator(i64(1000), post("a", 1, nil, nil, nil, nil)),
		analyzed: 0,
	},
	{
		name: "OtherAccountsPostsIgnored",
		c: func() *scout.Creator {
			c := creator(i64(1000), post("a", 1, i64(10), i64(0), nil, nil), post("b", 2, i64(500), i64(0), nil, nil))
			c.Accounts = append(c.Accounts, scout.Account{ID: "bluesky:x", Followers: i64(10)})
			c.Posts[0].AccountID = "web:a1"
			c.Posts[1].AccountID = "bluesky:x"
			return c
		}(),
		byFollow: scout.Float64(0.01),
		analyzed: 1,
	},
	{
		name:     "NilCreator",
		c:        nil,
		analyzed: 0,
	},
}

func TestEngineScore_Engagement(t *testing.T) {
	e := scoring.New()
	for _, tt := range engagementTests {
		got := e.Score(tt.c, now)
		if !floatPtrEq(got.Engagement.RateByFollowers, tt.byFollow) {
			t.Errorf("%s: rate_by_followers = %v, want %v", tt.name, fmtPtr(got.Engagement.RateByFollowers), fmtPtr(tt.byFollow))
			continue
		}
		if !floatPtrEq(got.Engagement.RateByViews, tt.byViews) {
			t.Errorf("%s: rate_by_views = %v, want %v", tt.name, fmtPtr(got.Engagement.RateByViews), fmtPtr(tt.byViews))
			continue
		}
		if got.Engagement.PostsAnalyzed != tt.analyzed {
			t.Errorf("%s: posts_analyzed = %d, want %d", tt.name, got.Engagement.PostsAnalyzed, tt.analyzed)
			continue
		}
		if got.Engagement.Window != scoring.DefaultWindow {
			t.Errorf("%s: window = %d, want %d", tt.name, got.Engagement.Window, scoring.DefaultWindow)
		}
		if got.Engagement.Formula == "" {
			t.Errorf("%s: empty formula", tt.name)
		}
		if got.Scores == nil || got.Flags == nil {
			t.Errorf("%s: scores or flags nil; want non-nil", tt.name)
		}
	}
}

func TestEngineScore_DoesNotMutate(t *testing.T) {
	c := creator(i64(100), post("b", 2, i64(1), i64(0), nil, nil), post("a", 1, i64(2), i64(0), nil, nil))
	scoring.New().Score(c, now)
	if got, want := c.Posts[0].ID, "b"; got != want {
		t.Errorf("posts reordered: first = %q, want %q", got, want)
	}
}

func TestEngine_WindowSetting(t *testing.T) {
	e := &scoring.Engine{Window: 3}
	got := e.Score(creator(i64(100), nPosts(10, 5, 0)...), now).Engagement
	if got.Window != 3 || got.PostsAnalyzed != 3 {
		t.Errorf("window %d analyzed %d; want 3 and 3", got.Window, got.PostsAnalyzed)
	}
}

func floatPtrEq(a, b *float64) bool {
	if a == nil || b == nil {
		return a == b
	}
	return math.Abs(*a-*b) < 1e-12
}

func fmtPtr(p *float64) string {
	if p == nil {
		return "nil"
	}
	return fmt.Sprint(*p)
}

// TestEngine_EmptyInputs: creators with no accounts, empty accounts or
// degenerate texts score without panicking, with and without a brief.
func TestEngine_EmptyInputs(t *testing.T) {
	e := scoring.New()
	b := &scout.Brief{Name: "x", Keywords: []string{"a"}, MinFollowers: i64(1), MinEngagementRate: scout.Float64(0.01)}
	if err := b.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, c := range []*scout.Creator{
		{},
		{Posts: []scout.Post{{Text: "#"}, {Text: "@"}, {Text: "f*"}, {Text: "a$$ $ @@ **"}, {Text: "https://"}}},
		{Accounts: []scout.Account{{}}},
	} {
		if a := e.Score(c, now); a.Scores == nil || a.Flags == nil {
			t.Errorf("nil scores or flags for %+v", c)
		}
		e.ScoreBrief(c, b, now)
		e.Partnerships(c, now)
	}
	e.ScoreBrief(nil, b, now)
	e.Partnerships(nil, now)
}
