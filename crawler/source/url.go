package source

import (
	"html"
	"net/url"
	"path"
	"regexp"
	"strings"
)

// MaxLinks bounds the links kept per account or read from one text, so a
// hostile page or bio cannot flood the store.
const MaxLinks = 50

// AbsURL resolves s against base and keeps it only if it is http(s). With
// bareDomain, "twitch.tv/illojuan" (TikTok's sameAs) is read as an https
// URL rather than a relative path. HTML character references left in the
// URL are decoded first (see DecodeURLEntities), so a WordPress avatar
// "?s=120&#038;d=mm" keeps its query instead of losing it to a fragment.
func AbsURL(base *url.URL, s string, bareDomain bool) string {
	s = DecodeURLEntities(strings.TrimSpace(s))
	if s == "" || len(s) > MaxURLBytes {
		return ""
	}
	if bareDomain && !strings.Contains(s, "://") && !strings.HasPrefix(s, "/") {
		host, _, _ := strings.Cut(s, "/")
		if strings.Contains(host, ".") && !strings.ContainsAny(host, " @:") {
			s = "https://" + s
		}
	}
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	u.Fragment = ""
	return u.String()
}

// reURLEntity matches the character references publishers leave in URLs
// they write into JSON or into already-escaped attributes: numeric ones
// ("&#038;", "&#x26;") and the few named ones a URL can carry. Named
// references without a semicolon ("&copy=1" is a query parameter) are
// left alone.
var reURLEntity = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|quot|apos|lt|gt);`)

// DecodeURLEntities decodes the HTML character references in a URL that a
// publisher encoded twice (WordPress writes "&#038;" for "&" in the URLs
// of its ActivityPub actors). A "#" left in place of "&#038;" would cut
// the URL at a fragment. At most two rounds ("&amp;#038;").
func DecodeURLEntities(s string) string {
	for range 2 {
		if !strings.Contains(s, "&") || !reURLEntity.MatchString(s) {
			break
		}
		s = reURLEntity.ReplaceAllStringFunc(s, html.UnescapeString)
	}
	return s
}

// genericSegments are last path segments that name a kind of page rather
// than a person: a personal site's /about/ is the site's owner, whose best
// handle is the host name.
var genericSegments = map[string]bool{
	"about": true, "about-me": true, "about-us": true, "me": true, "profile": true,
	"bio": true, "contact": true, "index.html": true, "index.htm": true, "home": true,
}

// HandleFromURL is the last path segment ("@alice" → "alice"), or the host
// name for a site's home or about page.
func HandleFromURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	seg := path.Base(strings.TrimRight(u.Path, "/"))
	if seg == "." || seg == "/" || seg == "" || genericSegments[strings.ToLower(seg)] {
		return u.Hostname()
	}
	return CleanText(strings.TrimPrefix(seg, "@"), MaxNameRunes)
}

// DedupeLinks merges link lists in order, dropping duplicates (ignoring a
// trailing slash and the scheme's case) and the profile's own URL.
func DedupeLinks(self string, lists ...[]string) []string {
	key := func(s string) string { return strings.ToLower(strings.TrimRight(s, "/")) }
	seen := map[string]bool{key(self): true}
	out := []string{}
	for _, l := range lists {
		for _, s := range l {
			if k := key(s); !seen[k] && len(out) < MaxLinks {
				seen[k] = true
				out = append(out, s)
			}
		}
	}
	return out
}

// FirstNonEmpty returns the first non-empty string.
func FirstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// reTextURL finds http(s) URLs in plain text (bios, descriptions).
var reTextURL = regexp.MustCompile(`https?://[^\s<>"'()\[\]{}]+`)

// TextURLs returns the http(s) URLs in plain text, trailing punctuation
// trimmed, at most MaxLinks of them.
func TextURLs(s string) []string {
	var out []string
	for _, m := range reTextURL.FindAllString(s, MaxLinks) {
		m = strings.TrimRight(m, ".,;:!?…")
		if u := AbsURL(nil, m, false); u != "" {
			out = append(out, u)
		}
	}
	return out
}
