package scoring

import (
	"fmt"
	"slices"
	"time"

	scout "github.com/scout-oss/scout"
)

// formulaFmt is the engagement formula shown to users; they compare
// numbers across tools whose definitions differ (market.md §3), so Scout
// always says exactly how it counted.
const formulaFmt = "median over last %d posts of (likes+comments+shares)/followers; by views: median of (likes+comments+shares)/views over those posts with views"

// measured is one post of the engagement window with its counts resolved.
type measured struct {
	post     *scout.Post
	likes    int64
	comments int64
	shares   int64
	views    int64 // 0 when unknown
	hasViews bool
	hasLikes bool
	hasComms bool
	engaged  int64   // likes + comments + shares
	erFollow float64 // engaged / followers; 0 when followers unknown
	erViews  float64 // engaged / views; 0 when !hasViews
	ageDays  float64
	commLike float64 // comments / likes; -1 when likes unknown or 0
}

// window returns the usable posts of c's primary account, newest first,
// at most n of them (see the package doc for the rules).
func window(c *scout.Creator, now time.Time, n int) (posts []measured, followers int64) {
	if c == nil {
		return nil, 0
	}
	return accountWindow(c, c.PrimaryAccount(), now, n)
}

// accountWindow returns the usable posts of account p of c, newest first,
// at most n of them: the account's own original posts (reposts and boosts
// of other people's posts never count), not pinned, not in the future, with
// likes or comments known.
func accountWindow(c *scout.Creator, p *scout.Account, now time.Time, n int) (posts []measured, followers int64) {
	accountID := ""
	if p != nil {
		accountID = p.ID
		if p.Followers != nil {
			followers = *p.Followers
		}
	}
	idx := make([]int, 0, len(c.Posts))
	for i := range c.Posts {
		q := &c.Posts[i]
		if q.Pinned || q.IsRepost || q.PublishedAt.After(now) {
			continue
		}
		if q.AccountID != "" && accountID != "" && q.AccountID != accountID {
			continue
		}
		if q.Likes == nil && q.Comments == nil {
			continue
		}
		idx = append(idx, i)
	}
	slices.SortStableFunc(idx, func(a, b int) int { return newestFirst(&c.Posts[a], &c.Posts[b]) })
	if len(idx) > n {
		idx = idx[:n]
	}
	posts = make([]measured, 0, len(idx))
	for _, i := range idx {
		q := &c.Posts[i]
		m := measured{post: q, commLike: -1}
		if q.Likes != nil {
			m.likes, m.hasLikes = *q.Likes, true
		}
		if q.Comments != nil {
			m.comments, m.hasComms = *q.Comments, true
		}
		if q.Shares != nil {
			m.shares = *q.Shares
		}
		if q.Views != nil && *q.Views > 0 {
			m.views, m.hasViews = *q.Views, true
		}
		m.engaged = m.likes + m.comments + m.shares
		if followers > 0 {
			m.erFollow = float64(m.engaged) / float64(followers)
		}
		if m.hasViews {
			m.erViews = float64(m.engaged) / float64(m.views)
		}
		if m.hasLikes && m.hasComms && m.likes > 0 {
			m.commLike = float64(m.comments) / float64(m.likes)
		}
		m.ageDays = now.Sub(q.PublishedAt).Hours() / 24
		posts = append(posts, m)
	}
	return posts, followers
}

// Engagement measures c's engagement over its last n usable posts as of now
// (n ≤ 0 means DefaultWindow). It is exported so that callers that only need
// the rates (search sorting, the ingest path) need not run every scorer.
func Engagement(c *scout.Creator, now time.Time, n int) scout.Engagement {
	if n <= 0 {
		n = DefaultWindow
	}
	posts, followers := window(c, now, n)
	return engagementOf(posts, followers, n)
}

// AccountEngagement measures one account of c the same way, over that
// account's own original posts only: each account carries its own block,
// and the creator's top-level engagement is its largest account's.
func AccountEngagement(c *scout.Creator, a *scout.Account, now time.Time, n int) scout.Engagement {
	if n <= 0 {
		n = DefaultWindow
	}
	posts, followers := accountWindow(c, a, now, n)
	return engagementOf(posts, followers, n)
}

// AccountEngagements measures every account of c, keyed by account id.
func AccountEngagements(c *scout.Creator, now time.Time, n int) map[string]scout.Engagement {
	return accountEngagements(c, now, n, nil, scout.Engagement{})
}

// accountEngagements is AccountEngagements with account known already
// measured as eng.
func accountEngagements(c *scout.Creator, now time.Time, n int, known *scout.Account, eng scout.Engagement) map[string]scout.Engagement {
	if c == nil || len(c.Accounts) == 0 {
		return nil
	}
	out := make(map[string]scout.Engagement, len(c.Accounts))
	for i := range c.Accounts {
		if &c.Accounts[i] == known {
			out[c.Accounts[i].ID] = eng
			continue
		}
		out[c.Accounts[i].ID] = AccountEngagement(c, &c.Accounts[i], now, n)
	}
	return out
}

func engagementOf(posts []measured, followers int64, n int) scout.Engagement {
	eng := scout.Engagement{
		PostsAnalyzed: len(posts),
		Window:        n,
		Formula:       fmt.Sprintf(formulaFmt, n),
	}
	if len(posts) == 0 {
		return eng
	}
	if followers > 0 {
		xs := make([]float64, len(posts))
		for i, m := range posts {
			xs[i] = m.erFollow
		}
		eng.RateByFollowers = scout.Float64(median(xs))
	}
	var vs []float64
	for _, m := range posts {
		if m.hasViews {
			vs = append(vs, m.erViews)
		}
	}
	if len(vs) > 0 {
		eng.RateByViews = scout.Float64(median(vs))
	}
	return eng
}
