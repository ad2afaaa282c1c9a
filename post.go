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

	// Fields below are optional signals that adapters fill where the
	// platform publishes them; scoring uses each one only when present.

	// MediaKind is "video", "image", "text", "article" or "audio" (a
	// podcast episode) when known; video engagement is benchmarked by
	// views rather than followers.
	MediaKind       string `json:"media_kind,omitempty"`
	DurationSeconds int    `json:"duration_seconds,omitempty"`
	// Links are the outbound links of the post (affiliate and brand links
	// are recognised from them as well as from URLs in Text).
	Links []string `json:"links,omitempty"`
	// Labels are platform moderation labels (Bluesky "porn", "graphic-media",
	// "!hide", ...), kept verbatim.
	Labels []string `json:"labels,omitempty"`
	// Sensitive is the platform's sensitive-media flag (Mastodon), and
	// ContentWarning its content-warning / spoiler text.
	Sensitive      bool   `json:"sensitive,omitempty"`
	ContentWarning string `json:"content_warning,omitempty"`
	// PaidPartnership is the platform's own branded-content label
	// (Instagram "Paid partnership", TikTok commercial content, YouTube
	// "Includes paid promotion").
	PaidPartnership bool `json:"paid_partnership,omitempty"`
	// Language is the ISO 639-1 code detected at ingest ("" when unknown).
	Language string `json:"language,omitempty"`
	IsReply  bool   `json:"is_reply,omitempty"`
	IsRepost bool   `json:"is_repost,omitempty"`
	// Replies are the public replies the adapter sampled, oldest first.
	Replies []Reply `json:"replies,omitempty"`
	// Format names the shape the post was read from, for sources that read
	// several, so that a layout change shows up per shape rather than as a
	// silent drop: for YouTube "lockupViewModel", "shortsLockupViewModel",
	// "videoRenderer", "gridVideoRenderer", "reelItemRenderer" or
	// "channelVideoPlayerRenderer" (channel pages) and "data_api" (the Data
	// API). Empty where a source has one shape. Added in a later version:
	// older stored posts have none.
	Format string `json:"format,omitempty"`
	// ThumbnailURL is the platform's preview image of the post, where it
	// gives one (a video's poster, a photo's preview, a link card's
	// image). Added in a later version: older stored posts have none.
	ThumbnailURL string `json:"thumbnail_url,omitempty"`
	// Thumbnail is the key of Scout's own copy of it (ImageStore); empty
	// when none was fetched.
	Thumbnail string `json:"thumbnail,omitempty"`
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
