package robotstxt

import "strings"

// pattern is an Allow or Disallow value, ready to match.
type pattern struct {
	text  string   // the escaped value; its length is the rule's priority
	parts []string // text without a final "$", split at each "*"
	end   bool     // text ends with "$": the path must end where it does
}

func newPattern(text string) pattern {
	body, end := strings.CutSuffix(text, "$")
	return pattern{text: text, parts: strings.Split(body, "*"), end: end}
}

// match reports whether path matches p from its first byte. Each "*"
// matches any run of bytes; a "$" anywhere but at the end is a literal.
// Taking the leftmost place for each piece between stars leaves the most
// room for the rest, so one pass decides, in time linear in the path for
// each piece.
func (p pattern) match(path string) bool {
	first := p.parts[0]
	if !strings.HasPrefix(path, first) {
		return false
	}
	if len(p.parts) == 1 {
		return !p.end || len(path) == len(first)
	}
	rest := path[len(first):]
	last := p.parts[len(p.parts)-1]
	for _, mid := range p.parts[1 : len(p.parts)-1] {
		i := strings.Index(rest, mid)
		if i < 0 {
			return false
		}
		rest = rest[i+len(mid):]
	}
	if p.end {
		return strings.HasSuffix(rest, last)
	}
	return strings.Contains(rest, last)
}

// Escape returns s in the form rules and paths are compared in: each octet
// outside ASCII percent-encoded ("ツ" is "%E3%83%84") and each existing
// %xx escape upper-cased ("%aa" is "%AA"); everything else is kept as
// written. Parse applies it to every rule; a caller applies it to the path
// it asks about, so that both sides are spelled alike.
func Escape(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			b.WriteByte('%')
			b.WriteByte(upper(s[i+1]))
			b.WriteByte(upper(s[i+2]))
			i += 2
		case c >= 0x80:
			const hex = "0123456789ABCDEF"
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&0xF])
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// needsEscape reports whether Escape would change s.
func needsEscape(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80:
			return true
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			if upper(s[i+1]) != s[i+1] || upper(s[i+2]) != s[i+2] {
				return true
			}
			i += 2
		}
	}
	return false
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func upper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// PathOf returns the part of a URL string robots.txt rules are matched
// against: the path with its parameters and query, without scheme,
// authority and fragment, always starting with "/" ("/" when there is no
// path). It does not escape: the URL is taken as written.
func PathOf(rawURL string) string {
	start := 0
	if strings.HasPrefix(rawURL, "//") {
		start = 2
	}
	from := start
	// "://" ends the scheme unless a path, parameter or query starts first.
	if i := strings.Index(rawURL[start:], "://"); i >= 0 {
		if j := strings.IndexAny(rawURL[start:], "/?;"); j > i {
			from = start + i + len("://")
		}
	}
	p := strings.IndexAny(rawURL[from:], "/?;")
	if p < 0 {
		return "/"
	}
	p += from
	end := len(rawURL)
	if h := strings.IndexByte(rawURL[start:], '#'); h >= 0 {
		if start+h < p {
			return "/"
		}
		end = start + h
	}
	if rawURL[p] != '/' {
		return "/" + rawURL[p:end]
	}
	return rawURL[p:end]
}
