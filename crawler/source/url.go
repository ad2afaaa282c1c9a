package source

import (
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
// URL rather than a relative path.
func AbsURL(base *url.URL, s string, bareDomain bool) string {
	s = strings.TrimSpace(s)
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
