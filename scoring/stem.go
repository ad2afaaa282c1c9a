package scoring

import (
	"slices"
	"strings"
	"unicode"

	"github.com/blevesearch/snowballstem"
	"golang.org/x/text/unicode/norm"
)

// matcher matches brief terms against a creator's text in every language
// that may be in play: the brief's languages, the creator's and its posts'
// (all of LexiconLanguages when none is known), with the lexicon's Snowball
// stemmers (scoring.md §5: per-language stemming, so a German brief's
// "vegan" finds "vegane" and "veganes", an Italian "pizza" finds "pizze", a
// French "cheval" finds "chevaux"). A term matches at a position
// when, in any one of those languages, each of its words has the same stem
// as the text's word there. Besides the Snowball languages there is always
// a language-agnostic form (accents folded, a plural -s dropped), so
// languages without a stemmer still match exact and simple plural forms.
//
// Words are normalised before stemming: Unicode NFC, lower case, split at
// anything but letters and digits ("#VeganeRezepte" is one word, "l'œuf"
// two). Each language stems the accented form (Snowball's rules read the
// accents) and folds accents out of the stem, so "pão" and "pao", "café"
// and "cafe" meet.
type matcher struct {
	langs []string // "" (language-agnostic) first, then Snowball codes
	env   *snowballstem.Env
	cache map[string][]string // word → its form in each of langs
}

func newMatcher(langs []string) *matcher {
	m := &matcher{langs: []string{""}, env: snowballstem.NewEnv(""), cache: map[string][]string{}}
	for _, l := range langs {
		l = strings.ToLower(l)
		if stemmers[l] != nil && !slices.Contains(m.langs, l) {
			m.langs = append(m.langs, l)
		}
	}
	if len(m.langs) == 1 {
		m.langs = append(m.langs, LexiconLanguages...)
	}
	return m
}

// stemmed is a text's words in each of the matcher's languages:
// by[l][i] is word i in language m.langs[l].
type stemmed struct{ by [][]string }

func (s stemmed) len() int {
	if len(s.by) == 0 {
		return 0
	}
	return len(s.by[0])
}

// words splits text into normalised words.
func words(text string) []string {
	text = norm.NFC.String(text)
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	})
}

// stem returns text's words in every language of m.
func (m *matcher) stem(text string) stemmed {
	ws := words(text)
	out := stemmed{by: make([][]string, len(m.langs))}
	for l := range m.langs {
		out.by[l] = make([]string, len(ws))
	}
	for i, w := range ws {
		forms := m.forms(w)
		for l := range m.langs {
			out.by[l][i] = forms[l]
		}
	}
	return out
}

func (m *matcher) forms(w string) []string {
	if f, ok := m.cache[w]; ok {
		return f
	}
	f := make([]string, len(m.langs))
	for l, lang := range m.langs {
		if lang == "" {
			f[l] = stem(foldAccents(w))
			continue
		}
		f[l] = foldAccents(stemWith(m.env, lang, w))
	}
	m.cache[w] = f
	return f
}

// count is how many times phrase q occurs in doc: positions where all of
// q's words match in one language.
func (m *matcher) count(doc, q stemmed) int {
	k := q.len()
	if k == 0 {
		return 0
	}
	n := 0
	for i := 0; i+k <= doc.len(); i++ {
		for l := range m.langs {
			if slices.Equal(doc.by[l][i:i+k], q.by[l]) {
				n++
				break
			}
		}
	}
	return n
}

// stem is the language-agnostic form's light stemmer: it drops a plural
// -s ("breads" → "bread") from words over four letters, so brief terms
// still meet simple plurals in languages without a Snowball stemmer.
func stem(w string) string {
	if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}
