package api

import (
	"html"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/scout-oss/scout"
)

// Sources of a MatchReason.
const (
	WhyName  = "name"
	WhyBio   = "bio"
	WhyTopic = "topic"
	WhyPost  = "post"
)

// MatchReason is one place a text search matched a creator, so a user can
// see why a creator is in the results (a bio that says it, a topic the
// query named, or one passing post) before opening the profile.
type MatchReason struct {
	Source string `json:"source"`
	// Snippet is HTML: the creator's text escaped, with <mark> around the
	// matched words (absent for a topic).
	Snippet string `json:"snippet,omitempty"`
	// Topic is the matched topic's slug, and Terms the creator's words
	// that assigned it (Source topic).
	Topic string   `json:"topic,omitempty"`
	Terms []string `json:"terms,omitempty"`
	// PostID, URL and PublishedAt name the matched post (Source post).
	PostID      string     `json:"post_id,omitempty"`
	URL         string     `json:"url,omitempty"`
	PublishedAt *time.Time `json:"published_at,omitempty"`
}

// matchReasons lists where hit h matched c: name and bio highlights, the
// expanded topics c has, then the matched posts (c must be loaded with its
// posts for those).
func matchReasons(c *scout.Creator, h scout.SearchHit, expansions []scout.TopicExpansion) []MatchReason {
	var out []MatchReason
	for _, f := range []string{WhyName, WhyBio} {
		for _, frag := range h.Highlights[f] {
			out = append(out, MatchReason{Source: f, Snippet: frag})
		}
	}
	for _, e := range expansions {
		if slices.ContainsFunc(out, func(r MatchReason) bool { return r.Topic == e.Topic }) {
			continue
		}
		for _, t := range c.Topics {
			if t.Slug != e.Topic {
				continue
			}
			var terms []string
			for _, ev := range t.Evidence {
				for _, w := range ev.Terms {
					if !slices.Contains(terms, w) && len(terms) < 6 {
						terms = append(terms, w)
					}
				}
			}
			out = append(out, MatchReason{Source: WhyTopic, Topic: t.Slug, Terms: terms})
		}
	}
	for _, m := range h.PostMatches {
		i := slices.IndexFunc(c.Posts, func(p scout.Post) bool { return p.ID == m.PostID })
		if i < 0 {
			continue // the post left the creator's recent posts since indexing
		}
		p := &c.Posts[i]
		snip := snippet(scout.PostSearchText(p), m.Spans)
		if snip == "" {
			continue
		}
		r := MatchReason{Source: WhyPost, Snippet: snip, PostID: p.ID, URL: p.URL}
		if !p.PublishedAt.IsZero() {
			at := p.PublishedAt.UTC()
			r.PublishedAt = &at
		}
		out = append(out, r)
	}
	return out
}

// Snippet window around the first match, in bytes.
const (
	snippetBefore = 60
	snippetAfter  = 120
)

// snippet cuts text around the first span, escapes it and marks every span
// inside the cut; "" when the spans do not fit text (it changed since it
// was indexed).
func snippet(text string, spans [][2]int) string {
	var ok [][2]int
	for _, s := range spans {
		if s[0] >= 0 && s[0] < s[1] && s[1] <= len(text) && utf8.RuneStart(text[s[0]]) && (s[1] == len(text) || utf8.RuneStart(text[s[1]])) {
			ok = append(ok, s)
		}
	}
	if len(ok) == 0 {
		return ""
	}
	start, end := max(0, ok[0][0]-snippetBefore), min(len(text), ok[0][1]+snippetAfter)
	for start > 0 && !utf8.RuneStart(text[start]) {
		start--
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	// Start and end on word boundaries when there is one nearby.
	if start > 0 {
		if i := strings.IndexAny(text[start:ok[0][0]], " \n"); i >= 0 {
			start += i + 1
		}
	}
	if end < len(text) {
		if i := strings.LastIndexAny(text[ok[0][1]:end], " \n"); i >= 0 {
			end = ok[0][1] + i
		}
	}
	var b strings.Builder
	if start > 0 {
		b.WriteString("…")
	}
	pos := start
	for _, s := range ok {
		if s[0] < pos || s[1] > end {
			continue
		}
		b.WriteString(html.EscapeString(text[pos:s[0]]))
		b.WriteString("<mark>" + html.EscapeString(text[s[0]:s[1]]) + "</mark>")
		pos = s[1]
	}
	b.WriteString(html.EscapeString(text[pos:end]))
	if end < len(text) {
		b.WriteString("…")
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
