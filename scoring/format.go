package scoring

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func fmtFloat(v float64, prec int) string { return strconv.FormatFloat(v, 'f', prec, 64) }

// pct renders a fraction as a percentage with sensible precision: 0.0042 →
// "0.42%", 0.123 → "12.3%".
func pct(v float64) string {
	switch {
	case v < 0.001:
		return fmtFloat(v*100, 3) + "%"
	case v < 0.1:
		return fmtFloat(v*100, 2) + "%"
	}
	return fmtFloat(v*100, 1) + "%"
}

// thousands renders n with comma separators: 12345 → "12,345".
func thousands(n int64) string {
	neg := n < 0
	if neg {
		n = -n
	}
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// excerpt returns at most n runes of s around byte offset at (the start
// when at < 0), with ellipses where it was cut, on one line.
func excerpt(s string, at, n int) string {
	if !oneLine(s) {
		s = strings.Join(strings.Fields(s), " ")
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	rs := []rune(s)
	start := 0
	if at > 0 {
		start = utf8.RuneCountInString(s[:min(at, len(s))]) - n/3
	}
	start = max(0, min(start, len(rs)-n))
	out := string(rs[start : start+n])
	if start > 0 {
		out = "…" + out
	}
	if start+n < len(rs) {
		out += "…"
	}
	return out
}

// oneLine reports whether strings.Fields would give s back joined by
// single spaces: no white space but single ASCII spaces between words.
// Most posts are one line, and then excerpt needs no copy.
func oneLine(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c > ' ' && c < utf8.RuneSelf {
			continue // most bytes: printable ASCII
		}
		switch {
		case c == ' ':
			if s[i+1] == ' ' {
				return false
			}
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c >= utf8.RuneSelf:
			r, w := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += w - 1
		}
	}
	return true
}
