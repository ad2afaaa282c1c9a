package siterules

import (
	"html"
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Text bounds. Pages are untrusted: a 10 MB bio must not reach the store.
const (
	maxNameRunes     = 200
	maxHandleRunes   = 100
	maxBioRunes      = 2000
	maxLocationRunes = 200
	maxCountRunes    = 64
	maxURLBytes      = 2048
	maxLinks         = 50
	maxTextBytes     = 64 << 10 // text gathered from one element before cleaning
	maxNodesPerQuery = 200      // elements one extractor looks at
)

// blockAtoms are the elements whose boundaries read as line breaks, so that
// "Webb<br/>https://example.com/" does not become one word.
var blockAtoms = map[atom.Atom]bool{
	atom.Br: true, atom.P: true, atom.Div: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true,
	atom.Blockquote: true, atom.Tr: true, atom.Dd: true, atom.Dt: true, atom.Hr: true,
}

// nodeText is the visible text of n: scripts, styles and templates skipped,
// block elements and <br> turned into line breaks, at most maxTextBytes.
func nodeText(n *xhtml.Node) string {
	var b strings.Builder
	var walk func(*xhtml.Node)
	walk = func(n *xhtml.Node) {
		if b.Len() >= maxTextBytes {
			return
		}
		switch n.Type {
		case xhtml.TextNode:
			b.WriteString(n.Data)
			return
		case xhtml.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Template, atom.Noscript:
				return
			}
			if blockAtoms[n.DataAtom] {
				b.WriteByte('\n')
				defer b.WriteByte('\n')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// rawText is the text of n including script contents: an embedded JSON blob
// lives in a <script> element.
func rawText(n *xhtml.Node) string {
	var b strings.Builder
	var walk func(*xhtml.Node)
	walk = func(n *xhtml.Node) {
		if b.Len() >= maxJSONBytes+1 {
			return
		}
		if n.Type == xhtml.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// attr returns the value of n's attribute key ("" when absent).
func attr(n *xhtml.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// oneLine collapses all whitespace to single spaces, drops control and
// format characters, trims, and cuts to max runes.
func oneLine(s string, max int) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == utf8.RuneError, unicode.IsControl(r), unicode.Is(unicode.Cf, r) && r != '\u200d':
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return cutRunes(b.String(), max)
}

// multiLine keeps line breaks (collapsing each line and dropping empty ones)
// and cuts to max runes.
func multiLine(s string, max int) string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = oneLine(l, max); l != "" {
			lines = append(lines, l)
		}
	}
	return cutRunes(strings.Join(lines, "\n"), max)
}

// cutRunes returns at most max runes of s.
func cutRunes(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:max]))
}

// unescapeJSONText decodes HTML entities some sites leave in JSON strings
// ("Rock &amp; Roll").
func unescapeJSONText(s string) string {
	if strings.IndexByte(s, '&') >= 0 && strings.IndexByte(s, ';') >= 0 {
		return html.UnescapeString(s)
	}
	return s
}

// absURL resolves ref against base and keeps it only if it is an http(s) URL
// with a host, of sane length.
func absURL(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || len(ref) > maxURLBytes {
		return ""
	}
	u, err := base.Parse(ref)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	u.Fragment = ""
	s := u.String()
	if len(s) > maxURLBytes {
		return ""
	}
	return s
}

// reTextURL finds http(s) URLs written as text.
var reTextURL = regexp.MustCompile(`https?://[^\s<>"'()\[\]{}]+`)

// textURLs returns the URLs written in s, without trailing punctuation.
func textURLs(s string) []string {
	var out []string
	for _, m := range reTextURL.FindAllString(s, maxLinks) {
		out = append(out, strings.TrimRight(m, ".,;:!?"))
	}
	return out
}
