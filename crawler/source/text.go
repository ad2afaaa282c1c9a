package source

import (
	"html"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
)

// Text bounds, in runes. Pages are untrusted: a 10 MB bio must not reach the
// store or the index.
const (
	MaxNameRunes  = 200
	MaxBioRunes   = 2000
	MaxTitleRunes = 500
	MaxTextRunes  = 5000
	MaxURLBytes   = 2048
)

// CleanText decodes HTML entities, drops control characters, collapses
// whitespace and cuts the result to max runes. It is for strings that are
// text already (meta attributes, JSON-LD names).
func CleanText(s string, max int) string {
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	return collapseText(s, max)
}

// PlainText turns an HTML fragment (feed content, a JSON-LD articleBody that
// carries markup) into plain text: tags dropped, entities decoded, script and
// style skipped, block elements separated by a space, whitespace collapsed.
func PlainText(s string, max int) string {
	if strings.IndexByte(s, '<') < 0 {
		return CleanText(s, max)
	}
	var b strings.Builder
	z := xhtml.NewTokenizer(strings.NewReader(s))
	skip := 0
	limit := 4 * max // bytes of text worth collecting before collapse
	for b.Len() < limit {
		tt := z.Next()
		switch tt {
		case xhtml.ErrorToken:
			return collapseText(b.String(), max)
		case xhtml.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case xhtml.StartTagToken, xhtml.EndTagToken, xhtml.SelfClosingTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style":
				if tt == xhtml.StartTagToken {
					skip++
				} else if tt == xhtml.EndTagToken && skip > 0 {
					skip--
				}
			case "br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
				"blockquote", "pre", "tr", "td", "th", "figure", "figcaption", "section", "article":
				b.WriteByte(' ')
			}
		}
	}
	return collapseText(b.String(), max)
}

// collapseText makes s valid UTF-8, drops control and format characters other
// than whitespace, folds runs of whitespace to one space, trims, and cuts to
// max runes on a rune boundary.
func collapseText(s string, max int) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(min(len(s), 4*max))
	n := 0
	space := false
	for _, c := range s {
		if unicode.IsSpace(c) {
			space = b.Len() > 0
			continue
		}
		if unicode.IsControl(c) {
			continue
		}
		if space {
			if n+1 >= max {
				break
			}
			b.WriteByte(' ')
			n++
			space = false
		}
		if n >= max {
			break
		}
		b.WriteRune(c)
		n++
	}
	return b.String()
}

// CutBytes shortens s to at most n bytes without splitting a rune.
func CutBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// MaxPostLinks bounds the outbound links kept per post.
const MaxPostLinks = 20

// OutboundLinks returns the absolute http(s) targets of the <a href>s in an
// HTML fragment, deduplicated, skipping links to the hosts in own (the
// site's navigation, tags and categories are not what a post links out to).
func OutboundLinks(fragment string, base *url.URL, own ...string) []string {
	if strings.IndexByte(fragment, '<') < 0 {
		return nil
	}
	var out []string
	seen := make(map[string]bool)
	z := xhtml.NewTokenizer(strings.NewReader(fragment))
	for len(out) < MaxPostLinks {
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
		for hasAttr {
			var k, v []byte
			k, v, hasAttr = z.TagAttr()
			if string(k) != "href" {
				continue
			}
			u := AbsURL(base, string(v), false)
			if u == "" || seen[u] {
				break
			}
			if pu, err := url.Parse(u); err != nil || slices.Contains(own, strings.ToLower(pu.Host)) {
				break
			}
			seen[u] = true
			out = append(out, u)
			break
		}
	}
	return out
}

// HostsOf returns the lower-cased hosts of the given URLs, for OutboundLinks.
func HostsOf(urls ...string) []string {
	var hs []string
	for _, s := range urls {
		if u, err := url.Parse(s); err == nil && u.Host != "" {
			hs = append(hs, strings.ToLower(u.Host))
		}
	}
	return hs
}

// durationRe matches the ISO 8601 durations schema.org uses: "PT1M30S",
// "PT2H", "P0DT0H4M5S".
var durationRe = regexp.MustCompile(`^P(?:(\d{1,4})D)?(?:T(?:(\d{1,5})H)?(?:(\d{1,7})M)?(?:(\d{1,9})(?:[.,]\d+)?S)?)?$`)

// ISODurationSeconds reads an ISO 8601 duration in whole seconds; 0 when it
// is absent or unreadable.
func ISODurationSeconds(s string) int {
	m := durationRe.FindStringSubmatch(strings.ToUpper(strings.TrimSpace(s)))
	if m == nil {
		return 0
	}
	total := 0
	for i, mult := range []int{86400, 3600, 60, 1} {
		if m[i+1] != "" {
			n, _ := strconv.Atoi(m[i+1])
			total += n * mult
		}
	}
	return total
}
