package fediverse

import (
	"slices"
	"strings"

	"github.com/scout-oss/scout/crawler/source"
	xhtml "golang.org/x/net/html"
)

// fediLinks returns the http(s) targets of the <a href>s in a fediverse
// HTML fragment (a Mastodon note, status or profile field), skipping
// mentions and hashtags: Mastodon marks those with class "mention" or
// "hashtag" (or rel="tag"), and they point at other accounts and tag pages,
// not at what the creator links out to. Malformed markup (Mastodon's own
// documentation example has "</span}") is read as far as it goes.
func fediLinks(fragment string) []string {
	if strings.IndexByte(fragment, '<') < 0 {
		return nil
	}
	var out []string
	z := xhtml.NewTokenizer(strings.NewReader(fragment))
	for len(out) < source.MaxLinks {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			break
		}
		if tt != xhtml.StartTagToken && tt != xhtml.SelfClosingTagToken {
			continue
		}
		name, hasAttr := z.TagName()
		if string(name) != "a" {
			continue
		}
		href, skip := "", false
		for hasAttr {
			var k, v []byte
			k, v, hasAttr = z.TagAttr()
			switch string(k) {
			case "href":
				href = string(v)
			case "class":
				for _, c := range strings.Fields(string(v)) {
					if c == "mention" || c == "hashtag" {
						skip = true
					}
				}
			case "rel":
				for _, r := range strings.Fields(string(v)) {
					if r == "tag" {
						skip = true
					}
				}
			}
		}
		if skip {
			continue
		}
		if u := source.AbsURL(nil, href, false); u != "" && !slices.Contains(out, u) {
			out = append(out, u)
		}
	}
	return out
}
