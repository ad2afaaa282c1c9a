package scoring

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// hunspellDicts are the Debian hunspell dictionaries (packages
// hunspell-en-us, -de-de, -es, -fr, -it, -pt-pt) the stem check reads
// when they are installed; their head words are the lemmas of each
// language's ordinary vocabulary.
var hunspellDicts = map[string]string{
	"en": "en_US", "de": "de_DE", "es": "es_ES", "fr": "fr_FR", "it": "it_IT", "pt": "pt_PT",
}

// hunspell is a dictionary's head words (lemmas) with what generates
// their forms.
type hunspell struct {
	lemmas []string // normalized head words, distinct
	roots  []hunRoot
	byHead map[string][]int // first three letters of a normalized head → roots
	rules  map[string][]affixRule
	long   bool
	forms  map[int]map[string]bool // root → its normalized forms, computed when asked
}

// hunRoot is one line of a .dic file.
type hunRoot struct {
	word, flags, parent string
}

// affixRule is one SFX line of a hunspell .aff file.
type affixRule struct {
	strip, add string
	cont       string // continuation flags of the added suffix
	cond       []string
}

// readHunspell reads a hunspell .dic and .aff pair for lang (Debian
// packages hunspell-en-us, -de-de, -es, -fr, -it, -pt-pt), or returns nil
// when they are missing.
func readHunspell(tb testing.TB, lang string) *hunspell {
	tb.Helper()
	dir := os.Getenv("SCOUT_HUNSPELL_DIR")
	if dir == "" {
		dir = "/usr/share/hunspell"
	}
	base := filepath.Join(dir, hunspellDicts[lang])
	aff, err := os.ReadFile(base + ".aff")
	if err != nil {
		return nil
	}
	dic, err := os.Open(base + ".dic")
	if err != nil {
		return nil
	}
	defer dic.Close()
	h := &hunspell{rules: map[string][]affixRule{}, byHead: map[string][]int{}, forms: map[int]map[string]bool{}}
	for _, line := range strings.Split(string(aff), "\n") {
		f := strings.Fields(line)
		if len(f) >= 2 && f[0] == "FLAG" && f[1] == "long" {
			h.long = true
		}
		if len(f) < 5 || f[0] != "SFX" {
			continue
		}
		add, cont, _ := strings.Cut(f[3], "/")
		r := affixRule{strip: strings.TrimPrefix(f[2], "0"), add: add, cont: cont, cond: condition(f[4])}
		if r.add == "0" {
			r.add = ""
		}
		h.rules[f[1]] = append(h.rules[f[1]], r)
	}
	seen := map[string]bool{}
	sc := bufio.NewScanner(dic)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	sc.Scan() // the word count
	for sc.Scan() {
		line := sc.Text()
		// pt_PT names the lemma of an inflected head: "destruo/SL [$destruir$...".
		parent := ""
		if i := strings.Index(line, "[$"); i >= 0 {
			if j := strings.IndexByte(line[i+2:], '$'); j > 0 {
				parent = normOne(line[i+2 : i+2+j])
			}
		}
		if i := strings.IndexAny(line, "\t "); i >= 0 {
			line = line[:i]
		}
		word, flags, _ := strings.Cut(line, "/")
		n := normOne(word)
		if n == "" {
			continue
		}
		h.roots = append(h.roots, hunRoot{word: word, flags: flags, parent: parent})
		h.byHead[prefix3(n)] = append(h.byHead[prefix3(n)], len(h.roots)-1)
		if !seen[n] {
			seen[n] = true
			h.lemmas = append(h.lemmas, n)
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return h
}

// normOne normalizes a one-word string as the tokenizer does, or returns
// "" for anything else.
func normOne(w string) string {
	toks := tokenize(w)
	if len(toks) != 1 || toks[0].end-toks[0].start != len(w) {
		return ""
	}
	return toks[0].norm
}

func prefix3(s string) string {
	if len(s) > 3 {
		return s[:3]
	}
	return s
}

// formsOf returns the normalized forms of root i: its head, what its
// suffix rules generate two levels deep, and its own head for the lemma
// it names.
func (h *hunspell) formsOf(i int) map[string]bool {
	if f, ok := h.forms[i]; ok {
		return f
	}
	r := h.roots[i]
	out := map[string]bool{}
	if n := normOne(r.word); n != "" {
		out[n] = true
	}
	if r.parent != "" {
		out[r.parent] = true
	}
	var expand func(word, flags string, depth int)
	expand = func(word, flags string, depth int) {
		for _, fl := range h.flagsOf(flags) {
			for _, ru := range h.rules[fl] {
				if !strings.HasSuffix(word, ru.strip) || !matchCond(word, ru.cond) {
					continue
				}
				form := word[:len(word)-len(ru.strip)] + ru.add
				if n := normOne(form); n != "" {
					out[n] = true
				}
				if depth < 1 && ru.cont != "" {
					expand(form, ru.cont, depth+1)
				}
			}
		}
	}
	expand(r.word, r.flags, 0)
	h.forms[i] = out
	return out
}

func (h *hunspell) flagsOf(s string) []string {
	var out []string
	if h.long {
		for i := 0; i+1 < len(s); i += 2 {
			out = append(out, s[i:i+2])
		}
		return out
	}
	for _, r := range s {
		out = append(out, string(r))
	}
	return out
}

// related reports whether one root of the dictionary generates both a
// and b: they are forms of one word.
func (h *hunspell) related(a, b string) bool {
	for _, p := range []string{prefix3(a), prefix3(b)} {
		for _, i := range h.byHead[p] {
			if f := h.formsOf(i); f[a] && f[b] {
				return true
			}
		}
	}
	return false
}

// condition splits a hunspell affix condition ("[^aeiou]y", ".") into
// one pattern per character.
func condition(c string) []string {
	if c == "." {
		return nil
	}
	var out []string
	for len(c) > 0 {
		if c[0] == '[' {
			j := strings.IndexByte(c, ']')
			if j < 0 {
				return nil
			}
			out = append(out, c[:j+1])
			c = c[j+1:]
			continue
		}
		_, n := utf8.DecodeRuneInString(c)
		out = append(out, c[:n])
		c = c[n:]
	}
	return out
}

// matchCond reports whether word ends with the characters cond describes.
func matchCond(word string, cond []string) bool {
	rs := []rune(word)
	if len(cond) > len(rs) {
		return false
	}
	tail := rs[len(rs)-len(cond):]
	for i, p := range cond {
		r := tail[i]
		switch {
		case p == ".":
		case strings.HasPrefix(p, "[^"):
			if strings.ContainsRune(p[2:len(p)-1], r) {
				return false
			}
		case strings.HasPrefix(p, "["):
			if !strings.ContainsRune(p[1:len(p)-1], r) {
				return false
			}
		default:
			if p != string(r) {
				return false
			}
		}
	}
	return true
}

// dictionaryCollisions scans every lemma of a dictionary as a one-word
// post in lang and returns, per single-word lexicon entry, the lemmas it
// matches that belong to another word: no root's forms include both the
// listed word and the lemma ("libros" matches "libre", an adjective, and
// "libra", a pound; "vendo" matching "vender" is its own verb).
func dictionaryCollisions(h *hunspell, lang string) map[int32][]string {
	lx := theLexicon
	sc := newLexScanner(lx)
	out := map[int32][]string{}
	for _, w := range h.lemmas {
		sc.arena = sc.arena[:0]
		toks := []token{{norm: w, start: 0, end: len(w)}}
		for _, m := range sc.scan(w, toks, lang).matches {
			e := &lx.entries[m.entry]
			if e.except || e.words != 1 || w == e.norm || h.related(e.norm, w) {
				continue
			}
			out[m.entry] = append(out[m.entry], w)
		}
	}
	return out
}

// maxSharedLemmas is how many other lemmas of a language's dictionary a
// lexicon word may match through its stem besides the forms of its own
// lemma: a few related words that the dictionary lists apart (German
// compounding forms, umlaut plurals). More means the stem is not
// distinctive (Spanish "taller", a workshop, matching the forms of
// "tallar", to carve), and the word must be listed exactly (=word) or
// dropped.
const maxSharedLemmas = 3

// Every stemmed lexicon word is distinctive: checked against the
// ordinary vocabulary of its language (the hunspell dictionaries), it
// matches at most maxSharedLemmas other lemmas. Skipped when the
// dictionaries are not installed.
func TestLexiconStemsAgainstDictionaries(t *testing.T) {
	checked := 0
	for _, lang := range LexiconLanguages {
		h := readHunspell(t, lang)
		if h == nil {
			continue
		}
		checked++
		hits := dictionaryCollisions(h, lang)
		ids := make([]int32, 0, len(hits))
		for id := range hits {
			ids = append(ids, id)
		}
		sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
		for _, id := range ids {
			e := &theLexicon.entries[id]
			if h := hits[id]; len(h) > maxSharedLemmas {
				t.Errorf("%s %q shares its stem with %d ordinary %s words: %s", e.source, e.phrase, len(h), lang, strings.Join(first(h, 12), ", "))
			}
		}
		if os.Getenv("SCOUT_DICT_REPORT") != "" {
			sort.Slice(ids, func(i, j int) bool { return len(hits[ids[i]]) > len(hits[ids[j]]) })
			for _, id := range ids {
				e := &theLexicon.entries[id]
				fmt.Printf("%3d %-30s %-24s %s\n", len(hits[id]), e.source, e.phrase, strings.Join(first(hits[id], 15), " "))
			}
		}
	}
	if checked == 0 {
		t.Skip("no hunspell dictionaries in /usr/share/hunspell (Debian packages hunspell-en-us, -de-de, -es, -fr, -it, -pt-pt)")
	}
}

func first(s []string, n int) []string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
