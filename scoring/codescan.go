package scoring

import (
	"unicode"
	"unicode/utf8"
)

// codeAt matches reCodeAt at the start of s, as
// reCodeAt.FindStringSubmatchIndex(s) would, s starting with a letter:
// it returns the end of the match and the span of the captured code, or
// ok false. It reads the expression by hand, at a small fraction of the
// backtracking matcher's cost, trying the keywords in the expression's
// order, each of their forms longest first, and taking the first that a
// code follows:
//
//	(?i)\b(?:promo\s*code|discount\s*code|coupon\s*code|code\s*promo|
//	c[oó]digo(?:\s+(?:de\s+)?(?:descuento|desconto|promocional))?|
//	codice(?:\s+sconto)?|rabattcode|gutscheincode|cup[oó]n|cupom|coupon|code)
//	\s*[:\-]?\s*["“'«]?([\p{L}\p{N}][\p{L}\p{N}_-]{2,19})
//
// Under (?i), s also matches ſ (U+017F), k the Kelvin sign (U+212A) and
// \p{L} the marks that fold to letters (unicode.FoldCategory["L"]).
func codeAt(s string) (end, from, to int, ok bool) {
	try := func(e int) bool {
		if e < 0 {
			return false
		}
		from, to, ok = codeAfter(s, e)
		return ok
	}
	switch {
	case try(wsThen(s, foldLit(s, 0, "promo"), "code")),
		try(wsThen(s, foldLit(s, 0, "discount"), "code")),
		try(wsThen(s, foldLit(s, 0, "coupon"), "code")),
		try(wsThen(s, foldLit(s, 0, "code"), "promo")):
		return to, from, to, true
	}
	if e := foldLit(s, 0, "c*digo"); e >= 0 {
		if j := ws1(s, e); j >= 0 {
			if d := ws1(s, foldLit(s, j, "de")); d >= 0 && try(codeWordES(s, d)) || try(codeWordES(s, j)) {
				return to, from, to, true
			}
		}
		if try(e) {
			return to, from, to, true
		}
	}
	if e := foldLit(s, 0, "codice"); e >= 0 {
		if j := ws1(s, e); j >= 0 && try(foldLit(s, j, "sconto")) || try(e) {
			return to, from, to, true
		}
	}
	for _, w := range [...]string{"rabattcode", "gutscheincode", "cup*n", "cupom", "coupon", "code"} {
		if try(foldLit(s, 0, w)) {
			return to, from, to, true
		}
	}
	return 0, 0, 0, false
}

// codeWordES matches descuento|desconto|promocional at j (its end, or -1).
func codeWordES(s string, j int) int {
	if j < 0 {
		return -1
	}
	for _, w := range [...]string{"descuento", "desconto", "promocional"} {
		if e := foldLit(s, j, w); e >= 0 {
			return e
		}
	}
	return -1
}

// wsThen matches \s*w at j (its end, or -1; -1 for j < 0).
func wsThen(s string, j int, w string) int {
	if j < 0 {
		return -1
	}
	return foldLit(s, skipWS(s, j), w)
}

// ws1 matches \s+ at j (its end, or -1; -1 for j < 0).
func ws1(s string, j int) int {
	if j < 0 || j >= len(s) || !isSpaceByte(s[j]) {
		return -1
	}
	return skipWS(s, j)
}

// skipWS matches \s* at j.
func skipWS(s string, j int) int {
	for j < len(s) && isSpaceByte(s[j]) {
		j++
	}
	return j
}

// foldLit matches the lower-case ASCII word w at j under (?i), '*'
// standing for [oó] and '#' for [ée], and returns its end, or -1 (also
// for j < 0).
func foldLit(s string, j int, w string) int {
	if j < 0 {
		return -1
	}
	for k := 0; k < len(w); k++ {
		if j >= len(s) {
			return -1
		}
		c := w[k]
		if s[j]|0x20 == c && s[j] < utf8.RuneSelf || c == '*' && s[j]|0x20 == 'o' || c == '#' && s[j]|0x20 == 'e' {
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		switch {
		case c == '*' && (r == 'ó' || r == 'Ó'),
			c == '#' && (r == 'é' || r == 'É'),
			c == 's' && r == 'ſ',
			c == 'k' && r == 'K':
			j += n
		default:
			return -1
		}
	}
	return j
}

// codeAfter matches \s*[:\-]?\s*["“'«]? and the captured code at e and
// returns the code's span. None of the separators is a letter or a
// digit, so only their longest match can leave a code after it.
func codeAfter(s string, e int) (from, to int, ok bool) {
	p := skipWS(s, e)
	if p < len(s) && (s[p] == ':' || s[p] == '-') {
		p++
	}
	p = skipWS(s, p)
	if p < len(s) {
		switch r, n := utf8.DecodeRuneInString(s[p:]); r {
		case '"', '“', '\'', '«':
			p += n
		}
	}
	if p >= len(s) {
		return 0, 0, false
	}
	r, n := utf8.DecodeRuneInString(s[p:])
	if !codeRune(r) {
		return 0, 0, false
	}
	q, more := p+n, 0
	for more < 19 && q < len(s) {
		r, n := utf8.DecodeRuneInString(s[q:])
		if !codeRune(r) && r != '_' && r != '-' {
			break
		}
		q += n
		more++
	}
	if more < 2 {
		return 0, 0, false
	}
	return p, q, true
}

// codeRune reports (?i)[\p{L}\p{N}].
func codeRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.FoldCategory["L"], r)
}

// pctAt reports whether rePctAt matches at the start of s, s starting
// with a digit after a word boundary, as rePctAt.MatchString(s) would:
//
//	(?i)\b\d{1,2}\s?%\s?(?:off|de\s+descuento|descuento|rabatt|di\s+sconto|
//	sconto|de\s+r[ée]duction|de\s+remise|de\s+desconto|desconto)
//
// Each optional space is taken when present: a '%' or a letter must
// follow it, and neither is a space.
func pctAt(s string) bool {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n < 1 || n > 2 {
		return false
	}
	p := n
	if p < len(s) && isSpaceByte(s[p]) {
		p++
	}
	if p >= len(s) || s[p] != '%' {
		return false
	}
	p++
	if p < len(s) && isSpaceByte(s[p]) {
		p++
	}
	for _, w := range [...]string{"off", "descuento", "rabatt", "sconto", "desconto"} {
		if foldLit(s, p, w) >= 0 {
			return true
		}
	}
	if j := ws1(s, foldLit(s, p, "de")); j >= 0 {
		for _, w := range [...]string{"descuento", "r#duction", "remise", "desconto"} {
			if foldLit(s, j, w) >= 0 {
				return true
			}
		}
	}
	return foldLit(s, ws1(s, foldLit(s, p, "di")), "sconto") >= 0
}
