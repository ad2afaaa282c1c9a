package scout

import (
	"crypto/sha256"
	"encoding/base32"
	"strings"
	"time"
)

// Account is one creator's presence on one platform. Its ID is built from the
// platform's stable identifier (a canonical profile URL for the web, a DID for
// Bluesky, an actor URI for the fediverse, a channel id for YouTube), never
// from a handle: handles change, ids do not.
type Account struct {
	ID          string   `json:"id"`
	CreatorID   string   `json:"creator_id"`
	Platform    Platform `json:"platform"`
	Handle      string   `json:"handle"`
	URL         string   `json:"url"`
	DisplayName string   `json:"display_name"`
	Bio         string   `json:"bio"`
	Links       []string `json:"links"`
	AvatarURL   string   `json:"avatar_url,omitempty"`
	Followers   *int64   `json:"followers"`
	Following   *int64   `json:"following"`
	PostsCount  *int64   `json:"posts_count"`
	// Approximate names the counts that were published abbreviated or
	// localized ("783.4K", "4,69 millones") and so are not exact.
	Approximate []string `json:"approximate,omitempty"`
	// FeedURL is the RSS/Atom feed the posts came from, when there was one.
	FeedURL   string    `json:"feed_url,omitempty"`
	FetchedAt time.Time `json:"data_as_of"`
	// FollowerSample is a sample of the account's followers where the
	// platform lists them publicly (Bluesky getFollowers, ActivityPub
	// followers collections). Only aggregates derived from it are shown.
	FollowerSample []FollowerSample `json:"follower_sample,omitempty"`
	// Location is the place the profile states (a location line, a
	// JSON-LD homeLocation or address), as published.
	Location string `json:"location,omitempty"`
	// Engagement is this account's own engagement, from its own original
	// posts only (reposts and boosts never count); set by scoring.
	Engagement *Engagement `json:"engagement,omitempty"`
	// VerifiedLinks are the links the platform itself verified (Mastodon
	// profile fields with verified_at: the server found a rel="me" link
	// back). Identity resolution takes one of them as evidence on its own.
	VerifiedLinks []string `json:"verified_links,omitempty"`
	// Fields are the profile's other name/value metadata (Mastodon
	// fields, a YouTube channel's country), as plain text; contacts and
	// the country are read from them.
	Fields []ProfileField `json:"fields,omitempty"`
	// Language is the language of the account's recent own posts, set at
	// ingest (ingest.Ingester.Languages, ingest.DetectLanguages), with how it was found.
	Language         string            `json:"language,omitempty"`
	LanguageEvidence *LanguageEvidence `json:"language_evidence,omitempty"`
	// Avatar is the key of Scout's own copy of the avatar (ImageStore),
	// served at /images/KEY; empty when none was fetched.
	Avatar string `json:"avatar,omitempty"`
}

// AccountID builds an account's stable id from its platform and the
// platform's own stable identifier.
func AccountID(p Platform, stableID string) string {
	return string(p) + ":" + stableID
}

// NewCreatorID derives the opaque id of a creator first seen through the
// account with the given id. Deriving it (rather than drawing it at random)
// keeps ids stable when the same data is crawled into a fresh store.
func NewCreatorID(accountID string) string {
	sum := sha256.Sum256([]byte(accountID))
	enc := base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(sum[:10])
	return "c" + strings.ToLower(enc)
}
