package scout

import "time"

// Reply is one public reply (comment) under a post, as sampled by an
// adapter. Scoring reads replies for generic-comment and engagement-pod
// checks, so the author's stable id matters more than the display name.
type Reply struct {
	ID          string    `json:"id,omitempty"`
	AuthorID    string    `json:"author_id"`
	Handle      string    `json:"handle,omitempty"`
	Text        string    `json:"text"`
	PublishedAt time.Time `json:"published_at"`
	Language    string    `json:"language,omitempty"`
}

// FollowerSample is one sampled follower of an account: the cheap profile
// features that tell real people from bought or automated accounts (Cresci
// et al. 2015) and the language and country used for audience fit. Unknown
// counts are nil, as everywhere in Scout.
type FollowerSample struct {
	ID         string `json:"id"`
	Handle     string `json:"handle"`
	AvatarURL  string `json:"avatar_url,omitempty"`
	Bio        string `json:"bio,omitempty"`
	Followers  *int64 `json:"followers"`
	Following  *int64 `json:"following"`
	PostsCount *int64 `json:"posts_count"`
	Language   string `json:"language,omitempty"` // ISO 639-1, detected at ingest
	Country    string `json:"country,omitempty"`  // ISO 3166-1 alpha-2, when known
	// Location is the place the follower's profile states (a Location
	// profile field), as published; ingest reads Country from it.
	Location string `json:"location,omitempty"`
}
