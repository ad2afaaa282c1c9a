package source

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// maxMetaTags bounds the <meta> elements read, against pages with endless
// tags.
const maxMetaTags = 1000

// metaKeys are the <meta> properties and names the extractors read.
var metaKeys = map[string]bool{
	"og:title": true, "og:description": true, "og:image": true, "og:image:url": true,
	"og:image:secure_url": true, "og:url": true, "og:type": true, "profile:username": true,
	"twitter:title": true, "twitter:description": true, "twitter:image": true,
	"twitter:image:src": true, "description": true,
}

// ReadMeta returns the first value of each meta key in metaKeys, keyed by
// the lower-cased property or name. goquery has already decoded entities.
// The generic extractor and the YouTube channel page both read them.
func ReadMeta(doc *goquery.Document) map[string]string {
	meta := make(map[string]string)
	doc.Find("meta").EachWithBreak(func(i int, s *goquery.Selection) bool {
		key := s.AttrOr("property", "")
		if key == "" {
			key = s.AttrOr("name", "")
		}
		key = strings.ToLower(strings.TrimSpace(key))
		if !metaKeys[key] {
			return i < maxMetaTags
		}
		if _, ok := meta[key]; !ok {
			if v := strings.TrimSpace(s.AttrOr("content", "")); v != "" {
				meta[key] = v
			}
		}
		return i < maxMetaTags
	})
	return meta
}
