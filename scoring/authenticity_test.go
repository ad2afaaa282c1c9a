package scoring_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	scout "github.com/scout-oss/scout"
	"github.com/scout-oss/scout/scoring"
)

// igCreator is an Instagram creator with followers and n daily posts of
// about likes likes each, varying from post to post as real counts do.
func igCreator(followers int64, n int, likes int64) *scout.Creator {
	c := creator(i64(followers))
	c.Accounts[0] = scout.Account{ID: "instagram:1", Platform: "instagram", Handle: "maker.studio", URL: "https://www.instagram.com/maker.studio/", Followers: i64(followers)}
	for i := 0; i < n; i++ {
		l := likes + int64(i%5-2)*likes/8
		p := post(fmt.Sprintf("p%02d", i), i+1, i64(l), i64(max(1, l/30)), nil, nil)
		p.AccountID = "instagram:1"
		p.Text = "Another day at the workbench"
		c.Posts = append(c.Posts, p)
	}
	return c
}

// withSnapshots gives c daily follower snapshots for 40 days ending now,
// growing 20–28 a day, plus jump followers added from jumpDaysAgo on.
func withSnapshots(c *scout.Creator, jump int64, jumpDaysAgo int) *scout.Creator {
	f := *c.Accounts[0].Followers - jump - 40*24
	for d := 40; d >= 0; d-- {
		f += 20 + int64(d%3)*4
		if d == jumpDaysAgo {
			f += jump
		}
		c.Snapshots = append(c.Snapshots, scout.Snapshot{AccountID: c.Accounts[0].ID, At: now.Add(-time.Duration(d) * 24 * time.Hour), Followers: i64(f)})
	}
	return c
}

// findFlag returns the flag with code, or nil.
func findFlag(a scout.Assessment, code string) *scout.Flag {
	for i := range a.Flags {
		if a.Flags[i].Code == code {
			return &a.Flags[i]
		}
	}
	return nil
}

// MustSayWhatWasSeen fails unless an authenticity flag speaks of signs with
// a confidence, and never of a proven purchase or of the law.
func MustSayWhatWasSeen(tb testing.TB, f *scout.Flag) {
	tb.Helper()
	m := strings.ToLower(f.Message)
	if !strings.Contains(m, "signs of") || !strings.Contains(m, "confidence") {
		tb.Errorf("%s: message %q must say \"signs of\" and a confidence", f.Code, f.Message)
	}
	for _, bad := range []string{"illegal", "cfr", "465", "bought followers are", "is bought", "are bought", "usual cause"} {
		if strings.Contains(m, bad) {
			tb.Errorf("%s: message %q asserts %q", f.Code, f.Message, bad)
		}
	}
}

func TestFollowerSpike_ExplainedOnlyByMeasuredReach(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		likes int64 // of the post the day before the jump
		views int64
		want  bool
	}{
		{"NoPostExplains", "Another day at the workbench", 200, 0, true},
		{"PodcastWordsExplainNothing", "Recorded a podcast interview today, out soon!", 210, 0, true},
		{"GiveawayWordsExplainNothing", "GIVEAWAY! Follow and tag a friend. Featured on TV too", 190, 0, true},
		{"PostWithSeveralTimesTheEngagement", "Another day at the workbench", 900, 0, false},
		{"PostWithSeveralTimesTheViews", "Another day at the workbench", 220, 40_000, false},
		{"TwiceTheUsualIsOrdinary", "Another day at the workbench", 400, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := withSnapshots(igCreator(30_000, 14, 200), 8_000, 9)
			for i := range c.Posts {
				c.Posts[i].Views = i64(5_000)
			}
			p := &c.Posts[9] // published 10 days ago, the day before the jump
			p.Text, p.Likes = tt.text, i64(tt.likes)
			if tt.views > 0 {
				p.Views = i64(tt.views)
			}
			a := scoring.New().Score(c, now)
			f := findFlag(a, "follower_spike")
			if got := f != nil; got != tt.want {
				t.Fatalf("follower_spike = %v, want %v (flags %+v)", got, tt.want, a.Flags)
			}
			if f == nil {
				return
			}
			MustSayWhatWasSeen(t, f)
			if !strings.Contains(f.Message, "+8,") || !strings.Contains(f.Message, "followers in one day") {
				t.Errorf("message %q does not say what was observed", f.Message)
			}
			bs := a.Scores["brand_safety"]
			for _, r := range bs.Reasons {
				if strings.Contains(r, "465") || strings.Contains(strings.ToLower(r), "illegal") {
					t.Errorf("brand_safety reason cites the law as proven: %q", r)
				}
			}
		})
	}
}

// TestFollowerSpike_ExplainedByAnObservedMention checks that a jump the
// crawl saw another account's mention of the creator around is explained,
// while a mention seen weeks away from it, or one the creator made of
// themself, explains nothing.
func TestFollowerSpike_ExplainedByAnObservedMention(t *testing.T) {
	jumpAt := now.Add(-9 * 24 * time.Hour)
	tests := []struct {
		name string
		via  []scout.FoundVia
		want bool
	}{
		{"NoMention", nil, true},
		{"MentionTheDayOfTheJump", []scout.FoundVia{{Kind: scout.FoundMention, By: "instagram:big.studio", At: jumpAt.Add(6 * time.Hour)}}, false},
		{"MentionTwoDaysBefore", []scout.FoundVia{{Kind: scout.FoundMention, By: "instagram:big.studio", At: jumpAt.Add(-48 * time.Hour)}}, false},
		{"MentionWeeksEarlier", []scout.FoundVia{{Kind: scout.FoundMention, By: "instagram:big.studio", At: jumpAt.Add(-20 * 24 * time.Hour)}}, true},
		{"FoundBySearchExplainsNothing", []scout.FoundVia{{Kind: scout.FoundSearch, Query: "woodwork", At: jumpAt}}, true},
		{"OwnAccountIsNoMention", []scout.FoundVia{{Kind: scout.FoundMention, By: "instagram:1", At: jumpAt}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := withSnapshots(igCreator(30_000, 14, 200), 8_000, 9)
			c.FoundVia = tt.via
			a := scoring.New().Score(c, now)
			f := findFlag(a, "follower_spike")
			if got := f != nil; got != tt.want {
				t.Fatalf("follower_spike = %v, want %v (flags %+v)", got, tt.want, a.Flags)
			}
			if f != nil {
				MustSayWhatWasSeen(t, f)
				return
			}
			if eq := a.Scores["engagement_quality"]; eq != nil {
				raw := fmt.Sprint(eq.Inputs)
				if !strings.Contains(raw, "a mention by instagram:big.studio") {
					t.Errorf("the explanation is not shown in the inputs: %s", raw)
				}
			}
		})
	}
}

// TestFollowerSpike_ViralTailIsExplained checks that the days of growth
// after a viral post, each smaller than the one before, are explained with
// it, while a bigger jump after them is not.
func TestFollowerSpike_ViralTailIsExplained(t *testing.T) {
	tests := []struct {
		name string
		days []int64 // extra followers on the days from 9 days ago on
		want bool
	}{
		{"DecayingTail", []int64{9_000, 6_000, 4_500, 3_500, 3_000, 2_500}, false},
		{"BiggerJumpAfterTheTail", []int64{9_000, 4_000, 0, 0, 15_000}, true},
		{"BiggerJumpAfterTheTailBeyondThePost", []int64{9_000, 6_000, 4_500, 3_500, 8_000}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := withSnapshots(igCreator(60_000, 14, 200), 0, -1)
			for i := range c.Snapshots {
				d := int(now.Sub(c.Snapshots[i].At).Hours() / 24)
				var add int64
				for k, extra := range tt.days {
					if d <= 9-k {
						add += extra
					}
				}
				f := *c.Snapshots[i].Followers + add
				c.Snapshots[i].Followers = &f
			}
			p := &c.Posts[9] // published 10 days ago, the day before the first jump
			p.Likes = i64(9_000)
			a := scoring.New().Score(c, now)
			f := findFlag(a, "follower_spike")
			if got := f != nil; got != tt.want {
				t.Fatalf("follower_spike = %v, want %v (flags %+v)", got, tt.want, a.Flags)
			}
		})
	}
}

// withReplies gives every post group replies from the same accounts, each
// after the given delay, plus others replies from different accounts hours
// later. zeroTimes leaves the reply times unknown.
func withReplies(c *scout.Creator, group int, delay time.Duration, others int, zeroTimes bool) *scout.Creator {
	for i := range c.Posts {
		p := &c.Posts[i]
		if i >= 8 {
			break
		}
		var rs []scout.Reply
		for k := 0; k < group; k++ {
			at := p.PublishedAt.Add(delay + time.Duration(k)*time.Minute)
			if zeroTimes {
				at = time.Time{}
			}
			rs = append(rs, scout.Reply{AuthorID: fmt.Sprintf("circle%d", k), Text: "love this so much, great work as always", PublishedAt: at})
		}
		for k := 0; k < others; k++ {
			rs = append(rs, scout.Reply{AuthorID: fmt.Sprintf("fan%d_%d", i, k), Text: "which wood did you use for the lid?", PublishedAt: p.PublishedAt.Add(time.Duration(3+k) * time.Hour)})
		}
		p.Replies = rs
	}
	return c
}

func TestEngagementPod_ScalesWithAudienceAndTiming(t *testing.T) {
	tests := []struct {
		name string
		c    *scout.Creator
		want string // "", "warn" or "red"
	}{
		{"SmallAccountsFriendsReplyFast", withReplies(igCreator(900, 14, 60), 5, 15*time.Minute, 0, false), ""},
		{"SmallAccountsBigCircleHoursApart", withReplies(igCreator(1_500, 14, 90), 10, 6*time.Hour, 0, false), ""},
		{"RegularsReplyingOverHours", withReplies(igCreator(25_000, 14, 300), 12, 5*time.Hour, 2, false), ""},
		{"ClosedGroupWithinMinutes", withReplies(igCreator(25_000, 14, 300), 12, 4*time.Minute, 1, false), "red"},
		{"SmallAccountLargeFastGroup", withReplies(igCreator(4_000, 14, 150), 12, 3*time.Minute, 1, false), "red"},
		{"ReplyTimesUnknown", withReplies(igCreator(25_000, 14, 300), 12, 0, 1, true), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := scoring.New().Score(tt.c, now)
			f := findFlag(a, "engagement_pod")
			got := ""
			if f != nil {
				got = f.Severity
				MustSayWhatWasSeen(t, f)
			}
			if got != tt.want {
				t.Errorf("engagement_pod = %q, want %q (%v)", got, tt.want, f)
			}
		})
	}
}

// withSample gives c's account a follower sample: n followers, of whom bots
// look automated (no avatar, no posts, generated handle, thousands
// followed), lurkers have no avatar and no posts, and born have a birth
// year in the handle; the rest have ordinary profiles.
func withSample(c *scout.Creator, n, bots, lurkers, born int) *scout.Creator {
	var fs []scout.FollowerSample
	for k := 0; k < n; k++ {
		f := scout.FollowerSample{ID: fmt.Sprintf("f%d", k), Handle: fmt.Sprintf("reader_%c%c", 'a'+k%26, 'a'+k/26%26),
			AvatarURL: "https://cdn.example/a.jpg", Followers: i64(120), Following: i64(300), PostsCount: i64(40)}
		switch {
		case k < bots:
			f = scout.FollowerSample{ID: f.ID, Handle: fmt.Sprintf("user%08d", 48213977+k*7919), Followers: i64(2), Following: i64(4_100), PostsCount: i64(0)}
		case k < bots+lurkers:
			f.AvatarURL, f.PostsCount = "", i64(0)
			if k%2 == 0 {
				f.Handle = fmt.Sprintf("marta.%d", 1950+k%50)
			}
		case k < bots+lurkers+born:
			f.Handle = fmt.Sprintf("jonas%02d", k%100)
		}
		fs = append(fs, f)
	}
	c.Accounts[0].FollowerSample = fs
	return c
}

func TestSuspiciousFollowers_CalibratedOnRealAudiences(t *testing.T) {
	tests := []struct {
		name string
		c    *scout.Creator
		want string
	}{
		{"LurkersWithBirthYears", withSample(igCreator(20_000, 14, 200), 120, 0, 70, 30), ""},
		{"BirthYearHandles", withSample(igCreator(20_000, 14, 200), 100, 0, 0, 80), ""},
		{"FewBotsAmongReal", withSample(igCreator(20_000, 14, 200), 120, 8, 40, 10), ""},
		{"BotFarm", withSample(igCreator(20_000, 14, 200), 120, 60, 20, 0), "red"},
		// A small sample judges only when most of it looks automated: the
		// Wilson lower bound of 16 in 40 clears the warn line, 5 in 40
		// does not, and 25 is too few to judge at all.
		{"SmallSampleMostlyBots", withSample(igCreator(20_000, 14, 200), 40, 16, 10, 0), "warn"},
		{"SmallSampleFewBots", withSample(igCreator(20_000, 14, 200), 40, 5, 20, 5), ""},
		{"TooSmallToJudge", withSample(igCreator(20_000, 14, 200), 25, 20, 0, 0), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := scoring.New().Score(tt.c, now)
			f := findFlag(a, "suspicious_followers")
			got := ""
			if f != nil {
				got = f.Severity
				MustSayWhatWasSeen(t, f)
			}
			if got != tt.want {
				t.Errorf("suspicious_followers = %q, want %q (%v)", got, tt.want, f)
			}
		})
	}
}

func TestGeneratedHandle(t *testing.T) {
	tests := []struct {
		handle string
		p      scout.Platform
		want   bool
	}{
		{"victora1975", "instagram", false},
		{"linamey82", "instagram", false},
		{"anna.2004", "instagram", false},
		{"lucas123", "instagram", false},
		{"marco_runs", "instagram", false},
		{"user6109351189", "instagram", true},
		{"kyctlq62699553", "instagram", true},
		{"pez04c.285147", "instagram", true},
		{"biwn_qyd3120", "instagram", true},
		{"a1b2c3d4", "instagram", true},
		{"noe_bertrand.bsky.social", scout.PlatformBluesky, false},
		{"user88123456.bsky.social", scout.PlatformBluesky, true},
		{"@mira1988@mastodon.social", scout.PlatformMastodon, false},
	}
	for _, tt := range tests {
		if got := scoring.GeneratedHandle(tt.handle, tt.p); got != tt.want {
			t.Errorf("generatedHandle(%q) = %v, want %v", tt.handle, got, tt.want)
		}
	}
}

func TestMassFollowing_CommunitiesFollowBack(t *testing.T) {
	withFollowing := func(followers, following int64, waves bool) *scout.Creator {
		c := igCreator(followers, 14, followers/50)
		c.Accounts[0].Following = i64(following)
		for d := 20; d >= 0; d-- {
			fw := following
			if waves && d%4 < 2 {
				fw -= 1_500
			}
			c.Snapshots = append(c.Snapshots, scout.Snapshot{AccountID: c.Accounts[0].ID, At: now.Add(-time.Duration(d) * 24 * time.Hour),
				Followers: i64(followers), Following: i64(fw)})
		}
		return c
	}
	tests := []struct {
		name string
		c    *scout.Creator
		want string
	}{
		{"VillageClubFollowsLocalsBack", withFollowing(1_900, 1_650, false), ""},
		{"FediverseFollowsWhomItTalksTo", withFollowing(3_100, 2_200, false), ""},
		{"FollowsMoreThanFollowBack", withFollowing(5_400, 6_900, false), "warn"},
		{"NearTheCap", withFollowing(11_000, 7_300, false), "warn"},
		{"FollowUnfollowWaves", withFollowing(16_000, 7_400, true), "warn"},
		{"TwiceAsMany", withFollowing(2_700, 7_390, false), "red"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := scoring.New().Score(tt.c, now)
			f := findFlag(a, "mass_following")
			got := ""
			if f != nil {
				got = f.Severity
				MustSayWhatWasSeen(t, f)
			}
			if got != tt.want {
				t.Errorf("mass_following = %q, want %q (%v)", got, tt.want, f)
			}
		})
	}
}

func TestEngagementTier_SmallCommunitiesAndSilentAudiences(t *testing.T) {
	video := func(followers, views, likes int64) *scout.Creator {
		c := igCreator(followers, 14, likes)
		c.Accounts[0].Platform, c.Accounts[0].ID = "tiktok", "tiktok:1"
		for i := range c.Posts {
			c.Posts[i].AccountID, c.Posts[i].MediaKind = "tiktok:1", "video"
			c.Posts[i].Views = i64(views + int64(i%4)*views/10)
		}
		return c
	}
	tests := []struct {
		name, code string
		c          *scout.Creator
		want       bool
	}{
		// 860 followers and 12% engagement: normal for friends and neighbours.
		{"NanoCommunityHighRate", "engagement_above_tier", igCreator(860, 14, 100), false},
		// 7,000 followers and over 25% on every post: implausible at any size.
		{"NanoImplausibleRate", "engagement_above_tier", igCreator(7_000, 14, 1_900), true},
		{"LargeAccountFarAbove", "engagement_above_tier", igCreator(150_000, 14, 18_000), true},
		// 400k followers, videos seen by 3,000: the audience does not watch.
		{"VideosReachAFewFollowers", "engagement_below_tier", video(400_000, 3_000, 250), true},
		// 40k followers and 1,500 views: low per follower, but a normal reach for short video.
		{"VideoNormalReach", "engagement_below_tier", video(40_000, 1_500, 110), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := scoring.New().Score(tt.c, now)
			f := findFlag(a, tt.code)
			if got := f != nil; got != tt.want {
				t.Fatalf("%s = %v, want %v (%v)", tt.code, got, tt.want, a.Flags)
			}
			if f != nil {
				MustSayWhatWasSeen(t, f)
			}
		})
	}
}
