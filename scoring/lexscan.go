package scoring

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
)

// scanTok is one word the automaton sees: a token of the text, or a
// virtual word recovered from obfuscation (spaced letters joined, a run of
// repeated letters squeezed, a masked letter filled in) or from an emoji or
// a price.
type scanTok struct {
	norm       string
	start, end int // byte span in the original text
	obf        bool
	next       int // the following real token, for phrases; -1 if none
	stem       string
	stemmed    bool
}

// lexMatch is one lexicon entry found in a text.
type lexMatch struct {
	entry      int32
	start, end int
	obf        bool // every word of it was recovered from obfuscation
}

// lexScan is the lexicon's reading of one text: the entries found and the
// concepts present (with the first match of each, for evidence).
type lexScan struct {
	matches  []lexMatch
	concepts map[int]int // concept id → index in matches
}

func (s *lexScan) has(concept int) bool { _, ok := s.concepts[concept]; return ok }

// lexScanner holds the buffers of a scan; one per goroutine.
type lexScanner struct {
	lx    *lexicon
	env   *snowballstem.Env
	lang  string
	toks  []scanTok
	buf   []byte
	at    []int
	pairs []uint64
}

func newLexScanner(lx *lexicon) *lexScanner {
	return &lexScanner{lx: lx, env: snowballstem.NewEnv("")}
}

// scan reads text (already tokenized as toks) written in lang ("" when
// unknown): one pass of the automaton over the normalized words, then the
// phrases over the words found.
func (sc *lexScanner) scan(text string, toks []token, lang string) lexScan {
	lx := sc.lx
	if lang == "" {
		lang = "en" // the likeliest; other languages match only in posts known to be in them
	}
	sc.lang = lang
	sc.toks = sc.toks[:0]
	for i, t := range toks {
		next := i + 1
		if next == len(toks) {
			next = -1
		}
		sc.toks = append(sc.toks, scanTok{norm: t.norm, start: t.start, end: t.end, obf: t.obf, next: next})
	}
	sc.addVirtual(text, toks)
	sc.buf = append(sc.buf[:0], ' ')
	sc.at = sc.at[:0]
	for _, t := range sc.toks {
		sc.at = append(sc.at, len(sc.buf))
		sc.buf = append(sc.buf, t.norm...)
		sc.buf = append(sc.buf, ' ')
	}
	sc.pairs = sc.pairs[:0]
	lx.ac.scan(sc.buf, func(p int32, end int) {
		pos := end - 1
		if lx.patLead[p] {
			pos = end - lx.ac.plen[p] + 1
		}
		k := sort.SearchInts(sc.at, pos+1) - 1
		if k < 0 || pos >= sc.at[k]+len(sc.toks[k].norm) {
			return
		}
		v := lx.patVocab[p]
		if sc.verify(v, k) {
			sc.pairs = append(sc.pairs, uint64(k)<<32|uint64(v))
		}
	})
	var res lexScan
	if len(sc.pairs) == 0 {
		return res
	}
	sort.Slice(sc.pairs, func(i, j int) bool { return sc.pairs[i] < sc.pairs[j] })
	// Phrases: walk the trie from every word found.
	var walk func(k int, node int32, first int, obf bool)
	walk = func(k int, node int32, first int, obf bool) {
		lo := sort.Search(len(sc.pairs), func(i int) bool { return sc.pairs[i] >= uint64(k)<<32 })
		for i := lo; i < len(sc.pairs) && int(sc.pairs[i]>>32) == k; i++ {
			v := uint32(sc.pairs[i])
			child, ok := lx.trie[uint64(node)<<32|uint64(v)]
			if !ok {
				continue
			}
			t := &sc.toks[k]
			o := obf && t.obf
			for _, e := range lx.nodeEnt[child] {
				res.matches = append(res.matches, lexMatch{entry: e, start: sc.toks[first].start, end: t.end, obf: o})
			}
			if t.next >= 0 {
				walk(t.next, child, first, o)
			}
		}
	}
	prev := -1
	for _, p := range sc.pairs {
		if k := int(p >> 32); k != prev {
			prev = k
			walk(k, 0, k, true)
		}
	}
	// Exceptions mask the matches they overlap.
	var masks [][2]int
	for _, m := range res.matches {
		if lx.entries[m.entry].except {
			masks = append(masks, [2]int{m.start, m.end})
		}
	}
	out := res.matches[:0]
next:
	for _, m := range res.matches {
		e := &lx.entries[m.entry]
		if e.except {
			continue
		}
		for _, mk := range masks {
			if m.start < mk[1] && mk[0] < m.end && e.concept < 0 {
				continue next
			}
		}
		out = append(out, m)
	}
	res.matches = out
	for i, m := range res.matches {
		if c := lx.entries[m.entry].concept; c >= 0 {
			if res.concepts == nil {
				res.concepts = map[int]int{}
			}
			if _, ok := res.concepts[c]; !ok {
				res.concepts[c] = i
			}
		}
	}
	return res
}

// verify checks a word the automaton found by its prefix: an exact form,
// or (in the word's own language) a form with the same stem.
func (sc *lexScanner) verify(v int32, k int) bool {
	w := &sc.lx.vocab[v]
	// A word matches in its own language; English words (the lingua franca
	// of the web) and emoji or price pseudo-words match in every language,
	// in their exact form: Spanish "con" is not French "con".
	same := w.lang == sc.lang
	if !same && w.lang != "en" && !strings.HasPrefix(w.surface, "xem") && w.surface != "xprice" {
		return false
	}
	if w.mode != modeStem && w.mode != modeSuffix {
		return true
	}
	t := &sc.toks[k]
	if w.mode == modeStem && t.norm == w.surface || w.mode == modeSuffix && strings.HasSuffix(t.norm, w.surface) {
		return true
	}
	// A stem of three letters or fewer says too little ("menas" and
	// "menos" share "men"): such words match only as written.
	if !same || len(w.stem) < 4 {
		return false
	}
	// An inflected form is at most a letter shorter than the listed one
	// ("armas" → "arma"), never shorter for short words ("coño" is not
	// "con", whose stems agree).
	if w.mode == modeStem && (len(t.norm) > len(w.surface)+7 || len(t.norm) < len(w.surface)-1 || len(w.surface) <= 5 && len(t.norm) < len(w.surface)) {
		return false
	}
	st := t.stem
	if !t.stemmed {
		st = stemWith(sc.env, w.lang, t.norm)
		t.stem, t.stemmed = st, true
	}
	if w.mode == modeSuffix {
		return strings.HasSuffix(st, w.stem)
	}
	return st == w.stem
}

// addVirtual adds the words hidden by obfuscation, emoji and prices.
func (sc *lexScanner) addVirtual(text string, toks []token) {
	// Spaced or dotted letters: "p a k i", "k.i.k.e", "N u d e s".
	for i := 0; i < len(toks); {
		j := i
		for j < len(toks) && len(toks[j].norm) == 1 && (j == i || separatorsOnly(text[toks[j-1].end:toks[j].start])) {
			j++
		}
		if j-i >= 3 {
			var b strings.Builder
			for k := i; k < j; k++ {
				b.WriteString(toks[k].norm)
			}
			sc.toks = append(sc.toks, scanTok{norm: b.String(), start: toks[i].start, end: toks[j-1].end, obf: true, next: -1})
		}
		if j > i {
			i = j
		} else {
			i++
		}
	}
	n := len(sc.toks)
	for i := 0; i < n; i++ {
		t := sc.toks[i]
		if strings.IndexByte(t.norm, '*') >= 0 {
			sc.unmask(t)
			continue
		}
		if hasRun3(t.norm) {
			for _, v := range squeezed(t.norm) {
				sc.toks = append(sc.toks, scanTok{norm: v, start: t.start, end: t.end, obf: true, next: -1})
			}
		}
	}
	price := false
	for i, r := range text {
		if r < 0x2000 {
			if (r == '$' || r == '£' || r == '€') && digitNear(text, i, utf8.RuneLen(r)) {
				price = true
			}
			continue
		}
		if r == '€' && digitNear(text, i, utf8.RuneLen(r)) {
			price = true
		}
		if w := emojiWords[r]; w != "" {
			sc.toks = append(sc.toks, scanTok{norm: w, start: i, end: i + utf8.RuneLen(r), next: -1})
		}
	}
	if price {
		sc.toks = append(sc.toks, scanTok{norm: "xprice", start: 0, end: 0, next: -1})
	}
}

// unmask fills masked letters ("c*nt", "f**k", "n***er") from the lexicon
// words of the same length that agree on every visible letter.
func (sc *lexScanner) unmask(t scanTok) {
	w := t.norm
	visible := 0
	for i := 0; i < len(w); i++ {
		if w[i] != '*' {
			visible++
		}
	}
	if len(w) < 3 || visible*2 < len(w) || w[0] == '*' {
		return
	}
	seen := map[string]bool{}
next:
	for _, id := range sc.lx.masked[len(w)] {
		s := sc.lx.vocab[id].surface
		for i := 0; i < len(w); i++ {
			if w[i] != '*' && w[i] != s[i] {
				continue next
			}
		}
		if !seen[s] {
			seen[s] = true
			sc.toks = append(sc.toks, scanTok{norm: s, start: t.start, end: t.end, obf: true, next: -1})
		}
	}
}

func separatorsOnly(s string) bool {
	if len(s) == 0 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '.', '-', '_', '*', '/', '|', '+':
		default:
			return false
		}
	}
	return true
}

func hasRun3(w string) bool {
	for i := 2; i < len(w); i++ {
		if w[i] == w[i-1] && w[i] == w[i-2] {
			return true
		}
	}
	return false
}

// squeezed returns the forms of w with each run of three or more equal
// letters cut to one or to two ("kiiiilll" → "kil", "kill", "kiil", ...),
// at most eight.
func squeezed(w string) []string {
	type run struct{ at, n int }
	var runs []run
	for i := 0; i < len(w); {
		j := i
		for j < len(w) && w[j] == w[i] {
			j++
		}
		if j-i >= 3 {
			runs = append(runs, run{i, j - i})
		}
		i = j
	}
	if len(runs) > 3 {
		runs = runs[:3]
	}
	var out []string
	for mask := 0; mask < 1<<len(runs); mask++ {
		var b strings.Builder
		last := 0
		for k, r := range runs {
			b.WriteString(w[last:r.at])
			keep := 1
			if mask&(1<<k) != 0 {
				keep = 2
			}
			b.WriteString(w[r.at : r.at+keep])
			last = r.at + r.n
		}
		b.WriteString(w[last:])
		out = append(out, b.String())
	}
	return out
}

func digitNear(s string, i, w int) bool {
	isD := func(j int) bool { return j >= 0 && j < len(s) && s[j] >= '0' && s[j] <= '9' }
	return isD(i-1) || isD(i-2) && s[i-1] == ' ' || isD(i+w) || isD(i+w+1) && s[i+w] == ' '
}
