package siterules

import (
	"slices"
	"strings"

	"github.com/scout-oss/scout"
)

// Selection ways, the values of Profile.SelectedBy.
const (
	SelectedByHost  = "host"  // the page's host and path matched the rule
	SelectedByShape = "shape" // no rule claims the host; the signature matched
)

// Profile is what the site rule and the page's microformats say about the
// account a page shows. Empty strings and nil counts mean "not on the page".
type Profile struct {
	// Rule is the name of the site rule that read the page, or "" when only
	// microformats (h-card, rel=me) were found.
	Rule string `json:"rule,omitempty"`
	// SelectedBy says how the rule was chosen (SelectedByHost or
	// SelectedByShape); "" when Rule is "".
	SelectedBy string `json:"selected_by,omitempty"`
	// Terms are the rule's terms record, so a caller can show why the site
	// was read.
	Terms *Terms `json:"terms,omitempty"`

	DisplayName string   `json:"display_name,omitempty"`
	Handle      string   `json:"handle,omitempty"`
	Bio         string   `json:"bio,omitempty"`
	AvatarURL   string   `json:"avatar_url,omitempty"`
	Location    string   `json:"location,omitempty"`
	Links       []string `json:"links,omitempty"`
	Followers   *Count   `json:"followers,omitempty"` // followers, subscribers or members
	Following   *Count   `json:"following,omitempty"`
	Posts       *Count   `json:"posts,omitempty"`

	// Sources names where each field came from: "rule:NAME", "h-card" or
	// "rel-me", keyed by the Field* names. Scout explains its data; this is
	// where the explanation starts.
	Sources map[string]string `json:"sources,omitempty"`
}

// Count is a published count: the text as the page shows it, and the number
// the injected CountParser read from it. Value is nil when the text could not
// be read as a count.
type Count struct {
	Raw         string `json:"raw"`
	Value       *int64 `json:"value"`
	Approximate bool   `json:"approximate,omitempty"`
}

// value returns the count's number, or nil for a nil count.
func (c *Count) value() *int64 {
	if c == nil || c.Value == nil {
		return nil
	}
	v := *c.Value
	return &v
}

// FillAccount copies what p knows into the fields acc leaves empty: a site
// rule complements the generic extractor, it never overrides JSON-LD or
// OpenGraph. Links are appended without duplicates; counts published rounded
// are named in acc.Approximate.
func (p *Profile) FillAccount(acc *scout.Account) {
	if p == nil || acc == nil {
		return
	}
	fill := func(dst *string, v string) {
		if *dst == "" {
			*dst = v
		}
	}
	fill(&acc.DisplayName, p.DisplayName)
	fill(&acc.Handle, p.Handle)
	fill(&acc.Bio, p.Bio)
	fill(&acc.AvatarURL, p.AvatarURL)
	fill(&acc.Location, p.Location)
	seen := map[string]bool{linkKey(acc.URL): true}
	for _, l := range acc.Links {
		seen[linkKey(l)] = true
	}
	for _, l := range p.Links {
		if k := linkKey(l); !seen[k] {
			seen[k] = true
			acc.Links = append(acc.Links, l)
		}
	}
	counts := []struct {
		dst  **int64
		c    *Count
		name string
	}{
		{&acc.Followers, p.Followers, "followers"},
		{&acc.Following, p.Following, "following"},
		{&acc.PostsCount, p.Posts, "posts_count"},
	}
	for _, c := range counts {
		if *c.dst != nil || c.c.value() == nil {
			continue
		}
		*c.dst = c.c.value()
		if c.c.Approximate && !slices.Contains(acc.Approximate, c.name) {
			acc.Approximate = append(acc.Approximate, c.name)
		}
	}
}

// linkKey compares links ignoring a trailing slash and case.
func linkKey(s string) string {
	return strings.ToLower(strings.TrimRight(s, "/"))
}
