package scoring

import (
	"cmp"
	"iter"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
)

// scanTok is one word the automaton sees: a token of the text, or a
// virtual word recovered from obfuscation (spaced letters joined, a run of
// repeated letters squeezed, a masked letter filled in) or from an emoji or
// a price. The scanner keeps only the virtual ones; a token's is made
// from it when needed (word), not copied for every token of every text.
type scanTok struct {
	norm       string
	start, end int // byte span in the original text
	pos        int // position in words of the text (a virtual word takes its neighbour's), for proximity
	obf        bool
	next       int // the following real token, for phrases; -1 if none
}

// lexMatch is one lexicon entry found in a text.
type lexMatch struct {
	entry       int32
	start, end  int  // byte span
	first, last int  // word positions, for proximity and overlap
	obf         bool // every word of it was recovered from obfuscation
	neg         bool // a concept negated just before it ("no vendo", "not selling"): it does not count
}

// conceptBits is a set of concept ids.
type conceptBits [4]uint64

func (b *conceptBits) set(c int)      { b[c>>6] |= 1 << (c & 63) }
func (b *conceptBits) has(c int) bool { return b[c>>6]&(1<<(c&63)) != 0 }

// rulesFor yields, in order, the index of every rule of lx with at
// least one concept in cs: the only rules findRule can match in a text
// whose concepts are cs (a concept the text lacks may come from the bio,
// but never all of them). Most texts have few concepts or none, so most
// rules are never tried.
func (lx *lexicon) rulesFor(cs conceptBits) iter.Seq[int] {
	return func(yield func(int) bool) {
		var small [8]uint64
		var set []uint64
		if lx.ruleWords <= len(small) {
			set = small[:lx.ruleWords]
		} else {
			set = make([]uint64, lx.ruleWords)
		}
		for w, word := range cs {
			for word != 0 {
				c := w*64 + bits.TrailingZeros64(word)
				word &= word - 1
				if c >= len(lx.concepts) {
					continue
				}
				m := lx.ruleMask[c*lx.ruleWords : (c+1)*lx.ruleWords]
				for i := range set {
					set[i] |= m[i]
				}
			}
		}
		for w, word := range set {
			for word != 0 {
				if !yield(w*64 + bits.TrailingZeros64(word)) {
					return
				}
				word &= word - 1
			}
		}
	}
}

// lexScan is the lexicon's reading of one text: the entries found, in
// order of position, and the concepts present.
type lexScan struct {
	matches  []lexMatch
	concepts conceptBits
}

func (s *lexScan) has(concept int) bool { return s.concepts.has(concept) }

// firstOf returns the index in matches of the first match of concept, or
// -1.
func (s *lexScan) firstOf(concept int) int {
	if !s.has(concept) {
		return -1
	}
	for i := range s.matches {
		if int(theLexicon.entries[s.matches[i].entry].concept) == concept && !s.matches[i].neg {
			return i
		}
	}
	return -1
}

// langID returns w's entry for patLang: 0 for a word that may match in
// any language (see verify), else 1 + the index of its language.
func (lx *lexicon) langID(w vocabWord) uint8 {
	if w.lang == "en" && !w.local || w.pseudo {
		return 0
	}
	if lx.langIDs == nil {
		lx.langIDs = map[string]uint8{}
	}
	id, ok := lx.langIDs[w.lang]
	if !ok {
		if len(lx.langIDs) >= 250 {
			return 0 // too many to tell apart: verify decides
		}
		id = uint8(len(lx.langIDs) + 1)
		lx.langIDs[w.lang] = id
	}
	return id
}

// noLang is a scan's language id when no word of the lexicon is in it.
const noLang = 0xff

// lexScanner holds the buffers of a scan; one per goroutine.
type lexScanner struct {
	lx   *lexicon
	env  *snowballstem.Env
	lang string
	// langID is lang's id in lx.langIDs (noLang when none): a hit on a
	// word of another language is dropped before verify reads the word.
	langID uint8
	// The words of a scan, by index k: the text's tokens (real), then
	// the virtual words (virt) at len(real)+i.
	real []token
	virt []scanTok
	// tokStem[k] is word k's stem once tokStemmed[k].
	tokStem    []string
	tokStemmed []bool
	buf        []byte
	at         []int32 // index of a word → offset of it in buf
	hits       []uint64
	pairs      []uint64
	masks      [][2]int
	arena      []lexMatch // backing store of the scans' matches
	scans      []lexScan  // backing store of a creator's scans (scansFor)
	hints      []hintText // backing store of a creator's texts for the hints (hintTexts)
	// stems caches the stems of the words verified, across the creators
	// a pooled scanner reads: ordinary words repeat, and a Snowball stem
	// costs far more than a map lookup.
	stems map[stemKey]string
}

// stemKey is a word of a language.
type stemKey struct{ lang, word string }

// maxStemCache bounds a scanner's stem cache; it starts over when full.
const maxStemCache = 8192

func newLexScanner(lx *lexicon) *lexScanner {
	return &lexScanner{lx: lx, env: snowballstem.NewEnv("")}
}

// scanners keeps lexScanners, with their buffers and stem caches, for
// the next creator.
var scanners = sync.Pool{New: func() any { return newLexScanner(theLexicon) }}

// getScanner returns a scanner with no matches; putScanner gives it back
// once nothing refers to its matches any more.
func getScanner() *lexScanner {
	sc := scanners.Get().(*lexScanner)
	sc.arena = sc.arena[:0]
	return sc
}

func putScanner(sc *lexScanner) { scanners.Put(sc) }

// hintTexts returns an empty slice with room for n hint texts, valid
// until the scanner is put back.
func (sc *lexScanner) hintTexts(n int) []hintText {
	if cap(sc.hints) < n {
		sc.hints = make([]hintText, 0, n)
	}
	clear(sc.hints[:cap(sc.hints)])
	return sc.hints[:0]
}

// scansFor returns n empty scans for a creator's texts, valid, like the
// matches they will hold, until the scanner is put back.
func (sc *lexScanner) scansFor(n int) []lexScan {
	if cap(sc.scans) < n {
		sc.scans = make([]lexScan, n)
	}
	s := sc.scans[:n]
	clear(s)
	return s
}

// stem returns the stem of w in lang, from the cache when it can.
func (sc *lexScanner) stem(lang, w string) string {
	k := stemKey{lang, w}
	if st, ok := sc.stems[k]; ok {
		return st
	}
	st := stemWith(sc.env, lang, w)
	if sc.stems == nil || len(sc.stems) >= maxStemCache {
		sc.stems = make(map[stemKey]string, 256)
	}
	sc.stems[k] = st
	return st
}

// scan reads text (already tokenized as toks) written in lang ("" when
// unknown): one pass of the automaton over the normalized words, then the
// phrases over the words found. The matches it returns stay valid until
// the scanner is reset.
func (sc *lexScanner) scan(text string, toks []token, lang string) lexScan {
	lx := sc.lx
	if lang == "" {
		lang = "en" // the likeliest; other languages match only in posts known to be in them
	}
	sc.lang = lang
	sc.langID = noLang
	if id, ok := lx.langIDs[lang]; ok {
		sc.langID = id
	}
	sc.real, sc.virt = toks, sc.virt[:0]
	sc.addVirtual(text, toks)
	n := len(sc.real) + len(sc.virt)
	if cap(sc.tokStemmed) < n {
		sc.tokStem, sc.tokStemmed = make([]string, n), make([]bool, n)
	}
	sc.tokStem, sc.tokStemmed = sc.tokStem[:n], sc.tokStemmed[:n]
	clear(sc.tokStemmed)
	sc.buf = append(sc.buf[:0], ' ')
	sc.at = sc.at[:0]
	for k := range n {
		sc.at = append(sc.at, int32(len(sc.buf)))
		sc.buf = append(sc.buf, sc.norm(k)...)
		sc.buf = append(sc.buf, ' ')
	}
	li := 0 // the automaton of sc's language: its words and those of every language
	if sc.langID != noLang {
		li = int(sc.langID)
	}
	sc.hits = lx.ac[li].scan(sc.buf, sc.hits[:0])
	acPat := lx.acPat[li]
	sc.pairs = sc.pairs[:0]
	for _, h := range sc.hits {
		p, end := acPat[h>>32], int(uint32(h))
		if l := lx.patLang[p]; l != 0 && l != sc.langID {
			continue // verify would refuse a word of another language
		}
		pos := end - 1
		if lx.patLead[p] {
			pos = end - lx.patLen[p] + 1
		}
		k := sc.owner(pos)
		if k < 0 {
			continue
		}
		v := lx.patVocab[p]
		if sc.verify(v, int(k)) {
			sc.pairs = append(sc.pairs, uint64(k)<<32|uint64(v))
		}
	}
	var res lexScan
	if len(sc.pairs) == 0 {
		return res
	}
	slices.Sort(sc.pairs)
	sc.pairs = slices.Compact(sc.pairs)
	from := len(sc.arena)
	// Phrases: walk the trie from every word found.
	prev := -1
	for _, p := range sc.pairs {
		if k := int(p >> 32); k != prev {
			prev = k
			sc.walk(k, 0, k, true)
		}
	}
	found := sc.arena[from:]
	// Exceptions mask the matches they overlap.
	sc.masks = sc.masks[:0]
	for _, m := range found {
		if lx.entries[m.entry].except {
			sc.masks = append(sc.masks, [2]int{m.start, m.end})
		}
	}
	out := found[:0]
next:
	for _, m := range found {
		e := &lx.entries[m.entry]
		if e.except {
			continue
		}
		for _, mk := range sc.masks {
			if m.start < mk[1] && mk[0] < m.end {
				continue next
			}
		}
		out = append(out, m)
	}
	sc.arena = sc.arena[:from+len(out)]
	slices.SortStableFunc(out, func(a, b lexMatch) int { return cmp.Compare(a.first, b.first) })
	res.matches = out[:len(out):len(out)]
	sc.negate(text, res.matches)
	for _, m := range res.matches {
		if c := lx.entries[m.entry].concept; c >= 0 && !m.neg {
			res.concepts.set(c)
		}
	}
	return res
}

// norm returns the normalized form of word k.
func (sc *lexScanner) norm(k int) string {
	if k < len(sc.real) {
		return sc.real[k].norm
	}
	return sc.virt[k-len(sc.real)].norm
}

// place returns where word k is: its byte span, its position in words,
// the real token after it (-1 if none) and whether it was obfuscated.
func (sc *lexScanner) place(k int) (start, end, pos, next int, obf bool) {
	if k < len(sc.real) {
		t := &sc.real[k]
		next = k + 1
		if next == len(sc.real) {
			next = -1
		}
		return t.start, t.end, k, next, t.obf
	}
	v := &sc.virt[k-len(sc.real)]
	return v.start, v.end, v.pos, v.next, v.obf
}

// word returns word k.
func (sc *lexScanner) word(k int) scanTok {
	if k >= len(sc.real) {
		return sc.virt[k-len(sc.real)]
	}
	start, end, pos, next, obf := sc.place(k)
	return scanTok{norm: sc.real[k].norm, start: start, end: end, pos: pos, obf: obf, next: next}
}

// owner returns the index in toks of the word at offset pos of buf, or
// -1 on a separator.
func (sc *lexScanner) owner(pos int) int32 {
	k, found := slices.BinarySearch(sc.at, int32(pos))
	if !found {
		k-- // the last word starting before pos
	}
	if k < 0 || pos >= int(sc.at[k])+len(sc.norm(k)) {
		return -1
	}
	return int32(k)
}

// negationReach is how many words a negation governs.
const negationReach = 4

// negate marks the concepts a negation governs: a @not word ("no",
// "not", "nunca", "nicht", "non", "não") up to negationReach words
// before the concept, in the same clause ("no vendo cursos", "we never
// sell replicas", "I don't drink to get drunk"; not "no, dm me").
func (sc *lexScanner) negate(text string, ms []lexMatch) {
	not := sc.lx.notConcept
	if not < 0 {
		return
	}
	for i := range ms {
		n := &ms[i]
		if sc.lx.entries[n.entry].concept != not {
			continue
		}
		for j := range ms {
			m := &ms[j]
			e := &sc.lx.entries[m.entry]
			c := e.concept
			if c < 0 || c == not || m.first <= n.last || m.first-n.last > negationReach || m.start < n.end {
				continue
			}
			// A price is not negated by words: "sem mensalidade, R$ 199"
			// still names a price.
			if e.words == 1 && e.norm == "xprice" {
				continue
			}
			if strings.ContainsAny(text[n.end:m.start], ".,;:!?…\n") {
				continue
			}
			m.neg = true
		}
	}
}

// walk follows the phrase trie from node along the words found at token k
// and the real tokens after it, recording every entry that ends.
func (sc *lexScanner) walk(k int, node int32, first int, obf bool) {
	lx := sc.lx
	lo, _ := slices.BinarySearch(sc.pairs, uint64(k)<<32)
	// Where words k and first are, read once a child is found.
	read := false
	var end, pos, next, fStart, fPos int
	var tObf bool
	for i := lo; i < len(sc.pairs) && int(sc.pairs[i]>>32) == k; i++ {
		v := uint32(sc.pairs[i])
		var child int32
		if node == 0 {
			if child = lx.rootChild[v]; child < 0 {
				continue
			}
		} else {
			var ok bool
			if child, ok = lx.trie[uint64(node)<<32|uint64(v)]; !ok {
				continue
			}
		}
		if !read {
			_, end, pos, next, tObf = sc.place(k)
			fStart, _, fPos, _, _ = sc.place(first)
			read = true
		}
		o := obf && tObf
		for _, e := range lx.endEnt[lx.endAt[child]:lx.endAt[child+1]] {
			sc.arena = append(sc.arena, lexMatch{entry: e, start: fStart, end: end, first: fPos, last: pos, obf: o})
		}
		if next >= 0 && lx.hasKids[child] {
			sc.walk(next, child, first, o)
		}
	}
}

// verify checks a word the automaton found by its prefix: an exact form,
// or (in the word's own language) an inflected form with the same stem.
func (sc *lexScanner) verify(v int32, k int) bool {
	if sc.lx.everywhere[v] {
		return true
	}
	w := &sc.lx.vocab[v]
	// A word matches in its own language; English words (the lingua franca
	// of the web) and emoji or price pseudo-words match in every language,
	// in their exact form: Spanish "con" is not French "con".
	same := w.lang == sc.lang
	if !same && (w.lang != "en" || w.local) && !w.pseudo {
		return false
	}
	if w.mode != modeStem && w.mode != modeSuffix {
		return true
	}
	norm := sc.norm(k)
	if w.mode == modeStem && norm == w.surface || w.mode == modeSuffix && strings.HasSuffix(norm, w.surface) {
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
	if w.mode == modeStem && (len(norm) > len(w.surface)+7 || len(norm) < len(w.surface)-1 || len(w.surface) <= 5 && len(norm) < len(w.surface)) {
		return false
	}
	st := sc.tokStem[k]
	if !sc.tokStemmed[k] {
		st = sc.stem(w.lang, norm)
		sc.tokStem[k], sc.tokStemmed[k] = st, true
	}
	if w.mode == modeSuffix {
		return strings.HasSuffix(st, w.stem)
	}
	// The same stem is not enough: Snowball also strips derivational
	// endings, so "anime" and "animal", "customs" and "customer",
	// "planned" and "planner" share stems. The two forms must differ only
	// by inflection.
	return st == w.stem && inflected(w.lang, w.surface, norm, w.stem)
}

// addVirtual adds the words hidden by obfuscation, emoji, prices,
// percentages ("2 % a day": xpct) and echo parentheses ("(((name)))",
// an antisemitic marker: xecho).
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
			sc.virt = append(sc.virt, scanTok{norm: b.String(), start: toks[i].start, end: toks[j-1].end, pos: i, obf: true, next: -1})
		}
		if j > i {
			i = j
		} else {
			i++
		}
	}
	n := len(sc.real) + len(sc.virt)
	for i := 0; i < n; i++ {
		w := sc.norm(i)
		if strings.IndexByte(w, '*') >= 0 {
			sc.unmask(sc.word(i))
			continue
		}
		if hasRun3(w) {
			t := sc.word(i)
			for _, v := range squeezed(w) {
				sc.virt = append(sc.virt, scanTok{norm: v, start: t.start, end: t.end, pos: t.pos, obf: true, next: -1})
			}
		}
	}
	// The word position of a byte offset: the token at or after it.
	posAt := func(off int) int {
		i, _ := slices.BinarySearchFunc(toks, off, func(t token, off int) int { return cmp.Compare(t.start, off) })
		return min(i, max(0, len(toks)-1))
	}
	prices := 0
	for i, step := 0, 0; i < len(text); i += step {
		// ASCII, most of a text, is read a byte at a time without
		// decoding; other runes as a range over text would.
		var r rune
		if c := text[i]; c < utf8.RuneSelf {
			step = 1
			if c != '$' && c != '%' && c != '(' {
				continue
			}
			r = rune(c)
		} else {
			r, step = utf8.DecodeRuneInString(text[i:])
			if r < 0x2000 && r != '£' {
				continue
			}
		}
		w := utf8.RuneLen(r)
		if r == '%' && digitNear(text, i, w) {
			// The number before it ("20 %") is its word: "a week" after
			// it stays a word of its own.
			sc.virt = append(sc.virt, scanTok{norm: "xpct", start: i, end: i + w, pos: max(0, posAt(i)-1), next: -1})
			continue
		}
		if r == '(' && strings.HasPrefix(text[i:], "(((") && (i == 0 || text[i-1] != '(') {
			sc.virt = append(sc.virt, scanTok{norm: "xecho", start: i, end: i + 3, pos: posAt(i), next: -1})
			continue
		}
		if (r == '$' || r == '£' || r == '€') && digitNear(text, i, w) && prices < 4 {
			prices++
			sc.virt = append(sc.virt, scanTok{norm: "xprice", start: i, end: i + w, pos: posAt(i), next: -1})
			continue
		}
		if e := emojiWords[r]; e != "" {
			sc.virt = append(sc.virt, scanTok{norm: e, start: i, end: i + w, pos: posAt(i), next: -1})
		}
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
			sc.virt = append(sc.virt, scanTok{norm: s, start: t.start, end: t.end, pos: t.pos, obf: true, next: -1})
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

// inflectionTails are the inflectional endings of each lexicon language
// (accents folded), with the object pronouns Romance languages attach to
// verbs. Two words with the same Snowball stem match only when they
// differ by these: "bombs", "bombed", "bombing" are "bomb"; "animal" is
// not "anime" nor "illegible" "illegal".
var inflectionTails = func() map[string]map[string]bool {
	words := map[string]string{
		"en": "s es ed d ing ings y ies ied e",
		"de": "e en em er ern es s n ens st t te ten tet test est et in innen",
		"es": "o a os as e es s ar er ir amos ais an emos eis en imos is aste o asteis aron i iste io isteis ieron " +
			"aba abas abamos abais aban ia ias iamos iais ian are ares aremos areis aran ara aras aramos arais " +
			"aria arias ariamos ariais arian ere eres era eras eremos ereis eran eria erias eriamos erian ire iras ira " +
			"iremos ireis iran iria irias iriamos irian ase ases asemos aseis asen iera ieras ieramos ierais ieran iese ieses iesen " +
			"ando iendo yendo ado ada ados adas ido ida idos idas ad ed id",
		"pt": "o a os as e es s ar er ir amos ais am em emos eis imos is ei aste ou astes aram i iste eu iu istes eram iram " +
			"ava avas avamos aveis avam ia ias iamos ieis iam arei aras ara aremos areis arao aria arias ariamos ariam " +
			"erei eras era eremos erao eria eriam irei iras ira iremos irao iria iriam ando endo indo ado ada ados adas " +
			"ido ida idos idas asse asses assem esse essem isse issem ao oes aes ais eis ois ns",
		"fr": "e es s x er ez ons ent ais ait aient a as ai ee ees ant ir is it issent issons issez issant i ie ies " +
			"ira iront era eront erai erais erait eraient ions iez erons erez aux",
		"it": "o a i e are ere ire ato ata ati ate ito ita iti ite uto uta uti ute ando endo iamo ete ano ono " +
			"avo avi ava avamo avate avano evo evi eva evano ivo iva ivano ai asti ammo aste arono ei esti emmo este " +
			"erono ii isti immo iste irono ero erai era eremo erete eranno iro irai ira iranno erei eresti erebbe " +
			"eremmo ereste erebbero irei irebbe irebbero assi asse assero essi esse essero issi isse issero " +
			"isco isci isce iscono isca iscano",
	}
	clitics := map[string]string{
		"es": "lo la los las le les me te se nos os selo sela selos selas melo mela telo tela",
		"it": "lo la li le gli ne si mi ti ci vi glielo gliela glieli gliele gliene melo mela telo tela selo sela cene sene",
	}
	out := map[string]map[string]bool{}
	for lang, ws := range nominalTails {
		m := map[string]bool{"": true}
		for _, w := range strings.Fields(ws) {
			m[w] = true
		}
		out["n:"+lang] = m
	}
	for lang, ws := range words {
		m := map[string]bool{"": true}
		for _, w := range strings.Fields(ws) {
			m[w] = true
		}
		if cs, ok := clitics[lang]; ok {
			for _, base := range []string{"ar", "er", "ir", "ando", "iendo", "yendo", "endo", "a", "e", "ad", "ed", "id", "i", "iamo", "ate", "ete", "ite"} {
				for _, c := range strings.Fields(cs) {
					m[base+c] = true
				}
			}
		}
		out[lang] = m
	}
	return out
}()

// nominalInflections is inflectionTails["n:"+lang] by lang, looked up
// without building the key.
var nominalInflections = func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for k, m := range inflectionTails {
		if lang, ok := strings.CutPrefix(k, "n:"); ok {
			out[lang] = m
		}
	}
	return out
}()

// nominalTails are the endings of nouns and adjectives in the Romance
// languages, where a noun and a verb often share a stem ("venda", a
// bandage, and "vender", to sell; "libro" and "librar"): a listed noun
// matches only its nominal forms, a listed verb every form.
var nominalTails = map[string]string{
	"es": "o a os as e es s",
	"pt": "o a os as e es s ao oes aes ais eis ois ns",
	"it": "o a i e",
	"fr": "e es s x aux",
}

// inflected reports whether word is an inflected form of listed, whose
// stem is stem in lang: past their shared beginning (at least the part of
// the stem both keep), the two differ only by inflectional endings, a
// doubled consonant aside ("plan", "planned").
func inflected(lang, listed, word, stem string) bool {
	tails := inflectionTails[lang]
	if tails == nil {
		return true
	}
	nominal := nominalInflections[lang]
	k := min(len(commonPrefix(stem, listed)), len(commonPrefix(stem, word)))
	shared := len(commonPrefix(listed, word))
	for j := k; j <= shared; j++ {
		if j == 0 {
			continue
		}
		a, b := listed[j:], word[j:]
		c := listed[j-1]
		if len(a) > 1 && a[0] == c {
			a = a[1:]
		}
		if len(b) > 1 && b[0] == c {
			b = b[1:]
		}
		if tails[a] && tails[b] && (nominal == nil || !nominal[a] || nominal[b]) {
			return true
		}
	}
	return false
}
