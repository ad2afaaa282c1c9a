package index

import (
	"slices"
	"strings"

	"github.com/scout-oss/scout"
)

// maxPostsBytes bounds the post text indexed per creator. Creators are read
// with their recent posts (scout.DefaultPostLimit); the cap only guards
// against a pathological feed blowing up one document.
const maxPostsBytes = 64 << 10

// document is the Bleve document of one creator. A map rather than a struct
// so that unknown values are absent instead of indexed as "" or 0: a creator
// with no engagement rate must not sort as 0%.
func document(c *scout.Creator) map[string]any {
	d := map[string]any{}
	if c.Name != "" {
		d[fieldName] = c.Name
	}
	if c.Bio != "" {
		d[fieldBio] = c.Bio
	}

	var handles, handleTexts, platforms []string
	for _, a := range c.Accounts {
		if h := normalizeHandle(a.Handle); h != "" && !slices.Contains(handles, h) {
			handles = append(handles, h)
			handleTexts = append(handleTexts, a.Handle)
		}
		if p := strings.ToLower(strings.TrimSpace(string(a.Platform))); p != "" && !slices.Contains(platforms, p) {
			platforms = append(platforms, p)
		}
	}
	if len(handles) > 0 {
		d[fieldHandle] = handles
		d[fieldHandleText] = handleTexts
	}
	if len(platforms) > 0 {
		d[fieldPlatform] = platforms
	}

	// One array element per post: Bleve keeps array positions apart, so a
	// phrase never matches across the end of one post and the next.
	var posts []string
	size := 0
	for _, p := range c.Posts {
		t := strings.TrimSpace(p.Title + "\n" + p.Text)
		if t == "" {
			continue
		}
		if size+len(t) > maxPostsBytes {
			break
		}
		size += len(t)
		posts = append(posts, t)
	}
	if len(posts) > 0 {
		d[fieldPosts] = posts
	}

	if c.Language != nil && *c.Language != "" {
		d[fieldLanguage] = strings.ToLower(strings.TrimSpace(*c.Language))
	}
	if c.Country != nil && *c.Country != "" {
		d[fieldCountry] = strings.ToUpper(strings.TrimSpace(*c.Country))
	}
	if c.Followers != nil {
		d[fieldFollowers] = float64(*c.Followers)
		d[fieldTier] = string(scout.TierOf(*c.Followers))
	}
	if r := c.Engagement.RateByFollowers; r != nil {
		d[fieldEngagement] = *r
	}
	if c.DataAsOf != nil {
		d[fieldDataAsOf] = c.DataAsOf.UTC()
	}
	return d
}

// normalizeHandle is the exact-match form of a handle: trimmed, lower case,
// without the leading "@" ("@Alice.bsky.social" → "alice.bsky.social").
func normalizeHandle(h string) string {
	return strings.ToLower(strings.TrimPrefix(strings.TrimSpace(h), "@"))
}
