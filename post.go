package scout

import "time"

// Post is one public post, video or article of an account. Counts that the
// source does not publish are nil, never 0.
type Post struct {
	ID          string    `json:"id"`
	AccountID   string    `json:"account_id"`
	URL         string    `json:"url"`
	PublishedAt time.Time `json:"published_at"`
	Title       string    `json:"title,omitempty"`
	Text        string    `json:"text"`
	Likes       *int64    `json:"likes"`
	Comments    *int64    `json:"comments"`
	Shares      *int64    `json:"shares"`
	Views       *int64    `json:"views"`
	Pinned      bool      `json:"pinned"`
}

// Snapshot is an account's counts at one time. Every crawl of an account
// appends one, so the series shows growth (and bought-follower spikes).
type Snapshot struct {
	AccountID  string    `json:"account_id"`
	At         time.Time `json:"at"`
	Followers  *int64    `json:"followers"`
	Following  *int64    `json:"following"`
	PostsCount *int64    `json:"posts_count"`
}
