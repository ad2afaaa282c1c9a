package scoring

import "unicode/utf8"

// nextURL returns the span of the first match of reURL in f[from:], as
// reURL.FindAllStringIndex(f, -1) finds them one after the other, or
// -1, -1. f holds no white space (appendURLs splits the text on it). It
// reads the expression by hand, byte by byte, at a small fraction of the
// backtracking matcher's cost:
//
//	(?i)\b(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[^\s"'<>)]*)?
//
// Under (?i), [a-z] also holds A–Z, the Kelvin sign K (U+212A) and the long
// s ſ (U+017F), which fold to k and s; \b is the ASCII word boundary.
func nextURL(f string, from int) (int, int) {
	for i := from; i < len(f); i++ {
		// \b: a match starts with a letter, a digit or '-'; a word byte
		// needs a non-word byte before it, '-' (not a word byte) a word
		// byte before it; K and ſ are not word bytes either.
		prevWord := i > 0 && isASCIIWordByte(f[i-1])
		if isASCIIWordByte(f[i]) == prevWord {
			continue
		}
		if end := urlAt(f, i); end > 0 {
			return i, end
		}
	}
	return -1, -1
}

// urlAt returns the end of the match of reURL (less its \b) that starts
// at i, or -1.
func urlAt(f string, i int) int {
	if j := schemeEnd(f, i); j > 0 {
		// After "http://" the host must follow: without the scheme,
		// "http" would be a label that no dot ends.
		return hostAndPath(f, j)
	}
	return hostAndPath(f, i)
}

// schemeEnd returns the end of "http://" or "https://" (any case) at i,
// or -1.
func schemeEnd(f string, i int) int {
	j := i
	for _, c := range [4]byte{'h', 't', 't', 'p'} {
		if j >= len(f) || f[j]|0x20 != c {
			return -1
		}
		j++
	}
	if j < len(f) && f[j]|0x20 == 's' {
		j++
	} else if j+1 < len(f) && f[j] == 0xc5 && f[j+1] == 0xbf { // ſ
		j += 2
	}
	if j+3 > len(f) || f[j:j+3] != "://" {
		return -1
	}
	return j + 3
}

// urlLetter returns the width of the letter of [a-z] under (?i) at i, or
// 0.
func urlLetter(f string, i int) int {
	c := f[i]
	if c|0x20 >= 'a' && c|0x20 <= 'z' {
		return 1
	}
	if c < utf8.RuneSelf {
		return 0
	}
	switch r, w := utf8.DecodeRuneInString(f[i:]); r {
	case 'K', 'ſ': // Kelvin sign, long s
		return w
	}
	return 0
}

// urlLabelChar returns the width of the character of [a-z0-9-] under
// (?i) at i, or 0.
func urlLabelChar(f string, i int) int {
	if c := f[i]; c >= '0' && c <= '9' || c == '-' {
		return 1
	}
	return urlLetter(f, i)
}

// hostAndPath matches (?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[^\s"'<>)]*)? at i
// and returns its end, or -1. The labels, each ended by a dot, are taken
// greedily; the top-level domain of at least two letters is tried after
// the last of them, then after each earlier one, as the backtracking
// matcher would.
func hostAndPath(f string, i int) int {
	var afterDots [8]int
	dots := afterDots[:0]
	for j := i; ; {
		k := j
		for k < len(f) {
			w := urlLabelChar(f, k)
			if w == 0 {
				break
			}
			k += w
		}
		if k == j || k >= len(f) || f[k] != '.' {
			break
		}
		j = k + 1
		dots = append(dots, j)
	}
	for d := len(dots) - 1; d >= 0; d-- {
		j, n := dots[d], 0
		for j < len(f) {
			w := urlLetter(f, j)
			if w == 0 {
				break
			}
			j += w
			n++
		}
		if n < 2 {
			continue
		}
		if j < len(f) && f[j] == '/' {
			j++
			for j < len(f) {
				switch f[j] {
				case '"', '\'', '<', '>', ')':
					return j
				}
				j++
			}
		}
		return j
	}
	return -1
}
