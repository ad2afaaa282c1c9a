package scoring

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// token is one word of a text: its normalized form (lower case, accents
// folded, leetspeak undone) and where it sits in the original text, so
// evidence can quote the original around it.
type token struct {
	norm    string
	start   int // byte offset in the original text
	end     int
	hashtag bool // written as #word
	mention bool // written as @word
	// obf marks a word written to evade filters: leetspeak, homoglyphs
	// from another script or zero-width characters inside it. Brand
	// safety lowers its confidence when a hit rests only on such words.
	obf bool
}

// foldAccents removes combining marks after compatibility decomposition
// ("é" → "e", "ñ" → "n", fullwidth "ｆ" and mathematical "𝐟" → "f") so
// lexicons match with or without accents and styled letters; ß, æ, œ and ø
// have no decomposition and are mapped by hand.
// A transform.Chain keeps state between calls, so each goroutine takes
// its own from the pool: scoring runs in parallel (the ingester assesses a
// group of creators at once, the API ranks briefs per request).
var accentFolders = sync.Pool{New: func() any {
	return transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

var special = strings.NewReplacer("ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "ı", "i")

func foldAccents(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	if f, ok := foldLatin(s, false); ok {
		return f
	}
	return foldAccentsSlow(s)
}

// foldAccentsSlow is foldAccents through the Unicode transforms.
func foldAccentsSlow(s string) string {
	s = special.Replace(s)
	folder := accentFolders.Get().(transform.Transformer)
	out, _, err := transform.String(folder, s)
	accentFolders.Put(folder)
	if err != nil {
		return s
	}
	return out
}

// latinEnd bounds the letters folded by table: Latin-1 and Latin
// Extended-A and -B. Their compatibility decompositions are a base letter
// (or two, "ǆ" → "dz") and combining marks only, which nothing composes
// again once the marks are gone, so a word of them folds letter by letter.
const latinEnd = 0x250

// latinFolds is the folded form of each rune below latinEnd.
var latinFolds = func() (t [latinEnd]string) {
	for r := rune(0); r < latinEnd; r++ {
		t[r] = foldAccentsSlow(string(r))
	}
	return t
}()

// foldLatin folds s (lower-casing it first when lower is set) letter by
// letter when every letter of it, lower-cased, is below latinEnd; ok is
// false otherwise, and the caller takes the transforms.
func foldLatin(s string, lower bool) (string, bool) {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if lower {
			r = unicode.ToLower(r)
		}
		if r >= latinEnd || r == utf8.RuneError {
			return "", false
		}
		if r < utf8.RuneSelf {
			b = append(b, byte(r))
			continue
		}
		b = append(b, latinFolds[r]...)
	}
	return string(b), true
}

// leet maps the digits and symbols people put inside words to evade
// filters ("sh1t", "b@stard", "a$$"). A character is mapped only between
// two letters (or for $ and @ inside a word), so numbers ("1488", "10k",
// "5g") stay as written.
var leetMap = func() (m [256]byte) {
	for k, v := range map[byte]byte{'0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's', '!': 'i'} {
		m[k] = v
	}
	return m
}()

// A word with a mapped character inside it is leet-styled, so its leading
// and trailing digits are mapped too ("r1t4rd4t0" → "ritardato").
func unleet(w string) string {
	var b []byte
	for i := 0; i < len(w); i++ {
		r := leetMap[w[i]]
		if r == 0 {
			continue
		}
		// @ and $ stand for letters too ("v1@d0").
		prevL := i > 0 && (isASCIILetter(w[i-1]) || w[i-1] == '@' || w[i-1] == '$')
		nextL := i+1 < len(w) && (isASCIILetter(w[i+1]) || w[i+1] == w[i] || w[i+1] == '@' || w[i+1] == '$')
		if (w[i] == '$' || w[i] == '@') && i > 0 || prevL && nextL {
			if b == nil {
				b = []byte(w)
			}
			b[i] = r
		}
	}
	if b == nil {
		return w
	}
	for _, i := range [2]int{0, len(b) - 1} {
		if r := leetMap[b[i]]; r != 0 && len(b) > 2 {
			b[i] = r
		}
	}
	return string(b)
}

// homoglyphs maps Cyrillic and Greek letters that look like Latin ones, so
// "рorn" written with a Cyrillic "р" reads as the Latin word.
var homoglyphs = map[rune]rune{
	'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'с': 'c',
	'т': 't', 'у': 'y', 'х': 'x', 'ѕ': 's', 'і': 'i', 'ї': 'i', 'ј': 'j', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'ӏ': 'l', 'һ': 'h',
	'α': 'a', 'β': 'b', 'ε': 'e', 'η': 'n', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't',
	'υ': 'u', 'χ': 'x', 'ω': 'w', 'μ': 'u', 'γ': 'y', 'ɡ': 'g', 'ı': 'i',
}

// unhomoglyph maps homoglyphs in a lower-cased word when the word mixes
// them with Latin letters or consists only of them; a real Russian or
// Greek word (with letters that have no Latin look-alike) is left alone.
func unhomoglyph(w string) (string, bool) {
	latin, mapped, other := false, false, false
	for _, r := range w {
		switch {
		case r < utf8.RuneSelf:
			latin = latin || isASCIILetter(byte(r))
		case homoglyphs[r] != 0:
			mapped = true
		case unicode.IsLetter(r):
			other = true
		}
	}
	if !mapped || other && !latin {
		return w, false
	}
	b := make([]rune, 0, len(w))
	for _, r := range w {
		if m := homoglyphs[r]; m != 0 {
			r = m
		}
		b = append(b, r)
	}
	return string(b), true
}

// isZeroWidth reports the invisible characters people put inside words to
// split them for filters (zero-width space, joiners, soft hyphen, BOM).
func isZeroWidth(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return true
	}
	return false
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf { // most of a text: letters and digits, no marks
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits s into normalized tokens. Word characters are letters,
// digits and combining marks; '*', '$' and '@' inside a word are kept
// ("f*ck", "a$$"); zero-width characters inside a word are dropped
// ("or\u200bdigno" is one word); a leading '#' or '@' marks a hashtag or
// mention. A plain lower-case ASCII word is not copied.
func tokenize(s string) []token {
	return appendTokens(make([]token, 0, len(s)/6+1), s)
}

// appendTokens appends the tokens of s to toks (see tokenize), so that
// the posts of a creator share one backing array.
func appendTokens(toks []token, s string) []token {
	return appendTokensLow(toks, s, "")
}

// appendTokensLow is appendTokens with low, s with its ASCII capitals
// lowered (the same length), already made; "" makes it when needed.
// Capitalised ASCII words are substrings of it: one copy per text, or
// per creator (postTexts), rather than one per word.
func appendTokensLow(toks []token, s, low string) []token {
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) && !((r == '#' || r == '@') && i+w < len(s)) {
			i += w
			continue
		}
		start := i
		hashtag, mention := false, false
		if r == '#' || r == '@' {
			hashtag, mention = r == '#', r == '@'
			i += w
			r2, _ := utf8.DecodeRuneInString(s[i:])
			if !isWordRune(r2) {
				continue
			}
		}
		ws := i
		plain, zw := true, false // plain: lower-case ASCII letters only
		for i < len(s) {
			c := s[i]
			if c >= 'a' && c <= 'z' {
				i++
				continue
			}
			if c < utf8.RuneSelf && (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				plain = false
				i++
				continue
			}
			r, w = utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				plain = false
				i += w
				continue
			}
			if isZeroWidth(r) && i+w < len(s) {
				r3, _ := utf8.DecodeRuneInString(s[i+w:])
				if isWordRune(r3) {
					plain, zw = false, true
					i += w
					continue
				}
			}
			// keep * $ @ when a word character follows (masking/leet)
			if (r == '*' || r == '$' || r == '@') && i > ws {
				j := i
				for j < len(s) && (s[j] == '*' || s[j] == '$' || s[j] == '@') {
					j++
				}
				if j < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j:])
					if isWordRune(r3) {
						plain = false
						i = j
						continue
					}
				}
				if r == '$' && j > i { // trailing "a$$"
					plain = false
					i = j
				}
			}
			break
		}
		word := s[ws:i]
		obf := zw
		if !plain {
			if !zw && isASCII(word) {
				if hasASCIIUpper(word) {
					if low == "" {
						low = asciiLower(s)
					}
					word = low[ws:i]
				}
			} else {
				word = normWord(word, zw)
			}
			if u := unleet(word); u != word {
				word, obf = u, true
			}
			if h, ok := unhomoglyph(word); ok {
				word, obf = h, true
			}
		}
		toks = append(toks, token{norm: word, start: start, end: i, hashtag: hashtag, mention: mention, obf: obf})
	}
	return toks
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiLower lowers the ASCII capitals of s and leaves every other byte
// as it is, so offsets into s hold in the result.
func asciiLower(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	lowerASCIIInto(&b, s)
	return b.String()
}

// lowerASCIIInto writes s to b with its ASCII capitals lowered.
func lowerASCIIInto(b *strings.Builder, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b.WriteString(s[last:i])
			b.WriteByte(c + 'a' - 'A')
			last = i + 1
		}
	}
	b.WriteString(s[last:])
}

func hasASCIIUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// normWord lower-cases a word, folds its accents and drops zero-width
// characters.
func normWord(w string, zw bool) string {
	if zw {
		w = strings.Map(func(r rune) rune {
			if isZeroWidth(r) {
				return -1
			}
			return r
		}, w)
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			if f, ok := foldLatin(w, true); ok {
				return f // one copy, not two
			}
			break
		}
	}
	return foldAccents(strings.ToLower(w))
}

// phraseSet is a set of normalized phrases (one or more tokens) matched as
// whole words: "ad" never matches inside "add", "ass" never inside "class".
type phraseSet struct {
	first map[string][][]string // first token → the remaining tokens of each phrase
	max   int
	// starts screens tokens before the map lookup: most words of a post
	// start no phrase, and two loads cost less than hashing the word.
	starts wordFilter
}

// wordFilter is a set of words screened by first byte and length, and by
// last byte and length: has may say yes for a word not added (the caller
// then looks it up), never no for one added. Two screens let far fewer
// ordinary words through to the lookup than one, at the cost of a load.
type wordFilter struct{ first, last [256]uint64 }

func (f *wordFilter) add(w string) {
	b := lenBit(w)
	f.first[firstByte(w)] |= b
	f.last[lastByte(w)] |= b
}

func (f *wordFilter) has(w string) bool {
	b := lenBit(w)
	return f.first[firstByte(w)]&b != 0 && f.last[lastByte(w)]&b != 0
}

func firstByte(w string) byte {
	if w == "" {
		return 0
	}
	return w[0]
}

func lastByte(w string) byte {
	if w == "" {
		return 0
	}
	return w[len(w)-1]
}

func lenBit(w string) uint64 { return 1 << min(len(w), 63) }

func newPhraseSet(phrases ...string) *phraseSet {
	ps := &phraseSet{first: map[string][][]string{}}
	for _, p := range phrases {
		ps.add(p)
	}
	return ps
}

func (ps *phraseSet) add(p string) {
	var ws []string
	for _, t := range tokenize(p) {
		ws = append(ws, t.norm)
	}
	if len(ws) == 0 {
		return
	}
	ps.first[ws[0]] = append(ps.first[ws[0]], ws[1:])
	ps.starts.add(ws[0])
	ps.max = max(ps.max, len(ws))
}

// matchAt returns the length in tokens of the longest phrase starting at
// toks[i], or 0.
func (ps *phraseSet) matchAt(toks []token, i int) int {
	if !ps.starts.has(toks[i].norm) {
		return 0
	}
	rests, ok := ps.first[toks[i].norm]
	if !ok {
		return 0
	}
	best := 0
next:
	for _, rest := range rests {
		if i+1+len(rest) > len(toks) || 1+len(rest) <= best {
			continue
		}
		for k, w := range rest {
			if toks[i+1+k].norm != w {
				continue next
			}
		}
		best = 1 + len(rest)
	}
	return best
}

// find returns the index of the first token where a phrase starts and its
// length, or -1.
func (ps *phraseSet) find(toks []token) (int, int) {
	for i := range toks {
		if n := ps.matchAt(toks, i); n > 0 {
			return i, n
		}
	}
	return -1, 0
}

func (ps *phraseSet) contains(toks []token) bool {
	i, _ := ps.find(toks)
	return i >= 0
}
