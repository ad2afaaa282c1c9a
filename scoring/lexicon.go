package scoring

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
	"github.com/blevesearch/snowballstem/french"
	"github.com/blevesearch/snowballstem/german"
	"github.com/blevesearch/snowballstem/italian"
	"github.com/blevesearch/snowballstem/portuguese"
	"github.com/blevesearch/snowballstem/spanish"
)

// LexiconVersion names the brand-safety lexicon (the data files in
// lexicon/) and the disclosure word lists; it is part of every evidence
// record's rule so a flag can be traced to the list that raised it.
const LexiconVersion = "lex-2.4.1"

// GARM risk levels, ordered (GARM Brand Safety Floor + Suitability
// Framework, 2020/2022, as kept in the IAB Tech Lab Content Taxonomy's
// "Brand Suitability and Risk" vector bsr001–bsr004; scoring.md §1.1).
const (
	LevelNone   = 0
	LevelLow    = 1
	LevelMedium = 2
	LevelHigh   = 3
	LevelFloor  = 4
)

var levelNames = [...]string{"none", "low", "medium", "high", "floor"}

// LevelName returns the JSON name of a level ("floor", "high", ...).
func LevelName(l int) string {
	if l < 0 || l >= len(levelNames) {
		return "none"
	}
	return levelNames[l]
}

func levelByName(s string) int {
	for i, n := range levelNames {
		if n == s {
			return i
		}
	}
	return -1
}

// Categories are the 12 GARM categories (11 of 2020 plus Misinformation,
// added June 2022), in the IAB CT 3.1 "Sensitive Topics" order (scoring.md
// §1.1). Flag codes are "brand_safety:" + category.
var Categories = []string{
	"adult", "arms", "crime", "death_injury", "piracy", "hate",
	"profanity", "drugs_alcohol", "spam", "terrorism", "sensitive_issues", "misinformation",
}

func categoryIndex(c string) int {
	for i, n := range Categories {
		if n == c {
			return i
		}
	}
	return -1
}

// LexiconLanguages are the languages the lexicon has files for; posts in
// other languages are still matched word for word, without stemming, and
// lower the brand_safety confidence.
var LexiconLanguages = []string{"de", "en", "es", "fr", "it", "pt"}

// stemmers are the Snowball stemmers of the lexicon languages: inflection
// is handled at match time ("Vegane", "armas", "bombings"), so the files
// list one form per word.
var stemmers = map[string]func(*snowballstem.Env) bool{
	"de": german.Stem, "en": english.Stem, "es": spanish.Stem,
	"fr": french.Stem, "it": italian.Stem, "pt": portuguese.Stem,
}

// stemWith stems a normalized word with lang's stemmer (the word itself
// for a language without one). env is reused to spare an allocation.
func stemWith(env *snowballstem.Env, lang, w string) string {
	f := stemmers[lang]
	if f == nil {
		return w
	}
	env.SetCurrent(w)
	f(env)
	return env.Current()
}

//go:embed lexicon
var lexiconFiles embed.FS

// Match modes of a lexicon word, from its spelling in a file: "word" (any
// inflection in the file's language, the exact form in any other),
// "=word" (exact only), "word*" (prefix), "*word" (suffix: compound
// heads such as German "Rohrbombe"), "*word*" (anywhere in a word). A
// leading "^" keeps an English word to English posts: it is an everyday
// word of another language ("gelato", "trip", "roma", "u").
const (
	modeExact = iota
	modeStem
	modePrefix
	modeSuffix
	modeInfix
)

// vocabWord is one distinct word of the lexicon, matched by the automaton.
type vocabWord struct {
	lang    string
	surface string
	stem    string
	mode    uint8
	pseudo  bool // an emoji, price, percentage or echo pseudo-word: matches in every language
	local   bool // ^word: an English word that is an everyday word elsewhere ("gelato", "trip") matches only in English
}

// lexEntry is one line of a lexicon file: a phrase with what a match
// means. A category entry raises a hit at its level; a concept entry marks
// the post for the rules (lexicon/rules.txt) and the context logic; an
// exception masks an everyday phrase ("water pistol").
type lexEntry struct {
	cat     int // category index; -1 for concepts and exceptions
	level   int
	attr    string // "slur", "mild", ...
	concept int    // concept id; -1 for category entries and exceptions
	except  bool
	phrase  string
	source  string // file:line, for evidence
	words   int    // phrase length in words
	norm    string // the normalized word of a one-word entry
}

// lexRule derives a category hit from concepts found in one post, each
// from its own words, all within window words of each other.
type lexRule struct {
	cat, level int
	attr       string
	all, none  []int // concept ids
	window     int   // words from the first concept's to the last's, inclusive
	source     string
}

// defaultWindow is a rule's proximity window when rules.txt names none:
// about a sentence, so a long post's unrelated words ("video" in one
// paragraph, "link in bio" in another) do not add up to a pattern.
const defaultWindow = 12

// maxRuleConcepts bounds a rule's concepts (and the search for them).
const maxRuleConcepts = 4

// lexFile is one data file's header: where its entries come from and
// under which licence.
type lexFile struct {
	Name, Source, Licence string
	Entries               int
}

// lexicon is the compiled brand-safety lexicon.
type lexicon struct {
	vocab   []vocabWord
	vocabID map[vocabWord]int32
	// ac[l] is the automaton of the patterns a text of language l (1 +
	// its index in langIDs; 0 for a language without words of its own)
	// can match: the words of every language and those of l. A scan walks
	// a table a fraction of the whole lexicon's size, and finds no words
	// it would drop for their language.
	ac       []*automaton
	acPat    [][]int32 // ac[l]'s pattern → its index in patVocab, patLead, patLang and patLen
	patLen   []int     // pattern → length in bytes
	patVocab []int32
	patLead  []bool           // pattern starts at a word boundary
	patLang  []uint8          // pattern → 1 + its word's language in langIDs; 0 when it matches in every language
	langIDs  map[string]uint8 // language → 1 + its index, for patLang
	trie     map[uint64]int32
	// rootChild is the trie's first level as an array, by vocabulary id
	// (-1: no phrase starts with the word): every word the scan finds is
	// looked up at the root, few go deeper.
	rootChild []int32
	// hasKids marks the trie nodes some phrase goes on from: the walk
	// from a word stops at a node without them.
	hasKids []bool
	// everywhere marks the vocabulary words that match as written in a
	// text of any language (English and pseudo-words that are neither
	// stems nor suffixes): verify says yes without reading the word.
	everywhere []bool
	nodeEnt    map[int32][]int32
	// endAt and endEnt are nodeEnt by node, for the scan: the entries
	// ending at node n are endEnt[endAt[n]:endAt[n+1]].
	endAt     []int32
	endEnt    []int32
	nodes     int32
	entries   []lexEntry
	concepts  []string
	conceptID map[string]int
	rules     []lexRule
	// ruleMask is, for each concept, the set of rules (ruleWords words
	// of bits by rule index) that need it: a rule can fire only in a text
	// that has at least one of its concepts (see rulesFor).
	ruleMask   []uint64
	ruleWords  int
	masked     map[int][]int32 // word length → vocab ids, for "c*nt"
	files      []lexFile
	notConcept int // @not, the negations; -1 when no file defines it
}

// theLexicon is compiled once from the embedded files; a broken file is a
// programming error caught by the tests.
var theLexicon = func() *lexicon {
	lx, err := loadLexicon(lexiconFiles)
	if err != nil {
		panic("scoring: " + err.Error())
	}
	return lx
}()

// loadLexicon reads lexicon/<lang>/<name>.txt and lexicon/rules.txt.
func loadLexicon(fsys fs.FS) (*lexicon, error) {
	lx := &lexicon{vocabID: map[vocabWord]int32{}, trie: map[uint64]int32{}, nodeEnt: map[int32][]int32{},
		conceptID: map[string]int{}, masked: map[int][]int32{}, nodes: 1}
	env := snowballstem.NewEnv("")
	for _, lang := range LexiconLanguages {
		names, err := fs.Glob(fsys, path.Join("lexicon", lang, "*.txt"))
		if err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
		sort.Strings(names)
		for _, name := range names {
			if err := lx.loadFile(fsys, name, lang, env); err != nil {
				return nil, err
			}
		}
	}
	if err := lx.loadRules(fsys, "lexicon/rules.txt"); err != nil {
		return nil, err
	}
	lx.notConcept = -1
	if id, ok := lx.conceptID["not"]; ok {
		lx.notConcept = id
	}
	lx.compile()
	return lx, nil
}

func (lx *lexicon) concept(name string) int {
	if id, ok := lx.conceptID[name]; ok {
		return id
	}
	if len(lx.concepts) >= len(conceptBits{})*64 {
		panic("scoring: more lexicon concepts than conceptBits holds")
	}
	lx.conceptID[name] = len(lx.concepts)
	lx.concepts = append(lx.concepts, name)
	return len(lx.concepts) - 1
}

func (lx *lexicon) loadFile(fsys fs.FS, name, lang string, env *snowballstem.Env) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	defer f.Close()
	base := strings.TrimSuffix(path.Base(name), ".txt")
	cat := categoryIndex(base)
	if cat < 0 && base != "context" {
		return fmt.Errorf("lexicon: %s: not a category or context file", name)
	}
	lf := lexFile{Name: strings.TrimPrefix(name, "lexicon/")}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if c, ok := strings.CutPrefix(line, "#"); ok {
			c = strings.TrimSpace(c)
			if v, ok := strings.CutPrefix(c, "source:"); ok {
				lf.Source = strings.TrimSpace(v)
			}
			if v, ok := strings.CutPrefix(c, "licence:"); ok {
				lf.Licence = strings.TrimSpace(v)
			}
			continue
		}
		tag, phrase, ok := strings.Cut(line, " ")
		phrase = strings.TrimSpace(phrase)
		if !ok || phrase == "" {
			return fmt.Errorf("lexicon: %s:%d: want \"<tag> <phrase>\"", name, n)
		}
		e := lexEntry{cat: -1, concept: -1, phrase: phrase, source: fmt.Sprintf("%s:%d", lf.Name, n)}
		switch {
		case tag == "-":
			e.except = true
		case strings.HasPrefix(tag, "@"):
			e.concept = lx.concept(tag[1:])
		default:
			lv, attr, _ := strings.Cut(tag, "/")
			e.level, e.attr, e.cat = levelByName(lv), attr, cat
			if e.level <= LevelNone || cat < 0 {
				return fmt.Errorf("lexicon: %s:%d: tag %q is not a level of a category file", name, n, tag)
			}
		}
		words, err := lx.addPhrase(lang, phrase, env)
		if err != nil {
			return fmt.Errorf("lexicon: %s:%d: %w", name, n, err)
		}
		e.words = len(words)
		if len(words) == 1 {
			e.norm = lx.vocab[words[0]].surface
		}
		id := int32(len(lx.entries))
		lx.entries = append(lx.entries, e)
		node := int32(0)
		for _, w := range words {
			key := uint64(node)<<32 | uint64(w)
			next, ok := lx.trie[key]
			if !ok {
				next = lx.nodes
				lx.nodes++
				lx.trie[key] = next
			}
			node = next
		}
		lx.nodeEnt[node] = append(lx.nodeEnt[node], id)
		lf.Entries++
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("lexicon: %s: %w", name, err)
	}
	if lf.Source == "" || lf.Licence == "" {
		return fmt.Errorf("lexicon: %s: header must name its source and licence", name)
	}
	lx.files = append(lx.files, lf)
	return nil
}

// addPhrase turns a phrase into vocabulary ids: each space-separated piece
// is tokenized like post text (so accents, case and ß fold the same way);
// an emoji becomes its pseudo-word.
func (lx *lexicon) addPhrase(lang, phrase string, env *snowballstem.Env) ([]int32, error) {
	var ids []int32
	for _, piece := range strings.Fields(phrase) {
		mode := uint8(modeStem)
		local := false
		if strings.HasPrefix(piece, "^") && len(piece) > 1 {
			local, piece = true, piece[1:]
		}
		switch {
		case strings.HasPrefix(piece, "*") && strings.HasSuffix(piece, "*") && len(piece) > 2:
			mode, piece = modeInfix, piece[1:len(piece)-1]
		case strings.HasPrefix(piece, "*") && len(piece) > 1:
			mode, piece = modeSuffix, piece[1:]
		case strings.HasSuffix(piece, "*") && len(piece) > 1:
			mode, piece = modePrefix, piece[:len(piece)-1]
		case strings.HasPrefix(piece, "=") && len(piece) > 1:
			mode, piece = modeExact, piece[1:]
		}
		var words []string
		if r, _ := utf8.DecodeRuneInString(piece); emojiWords[r] != "" {
			words = []string{emojiWords[r]}
			mode = modeExact
		} else {
			for _, t := range tokenize(piece) {
				words = append(words, t.norm)
			}
		}
		if len(words) == 0 {
			return nil, fmt.Errorf("empty word %q", piece)
		}
		for k, w := range words {
			for i := 0; i < len(w); i++ {
				if acSym[w[i]] >= acSpace {
					return nil, fmt.Errorf("word %q has characters outside a–z, 0–9 after normalization", w)
				}
			}
			m := mode
			if len(words) > 1 && (k > 0 && m == modePrefix || k < len(words)-1 && m == modeSuffix) {
				m = modeStem
			}
			if m == modeStem && len(w) <= 3 {
				m = modeExact
			}
			vw := vocabWord{lang: lang, surface: w, mode: m, local: local, pseudo: strings.HasPrefix(w, "xem") || w == "xprice" || w == "xpct" || w == "xecho"}
			if m == modeStem || m == modeSuffix {
				vw.stem = stemWith(env, lang, w)
			}
			id, ok := lx.vocabID[vw]
			if !ok {
				id = int32(len(lx.vocab))
				lx.vocab = append(lx.vocab, vw)
				lx.vocabID[vw] = id
			}
			ids = append(ids, id)
		}
	}
	return ids, nil
}

func (lx *lexicon) loadRules(fsys fs.FS, name string) error {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		bad := func(why string) error {
			return fmt.Errorf("lexicon: %s:%d: %s; want \"<category> <level>[/attr][, <category> <level>...] [~window] = @concept ...\"", name, n+1, why)
		}
		head, body, ok := strings.Cut(line, "=")
		if !ok {
			return bad("no =")
		}
		window := defaultWindow
		if i := strings.IndexByte(head, '~'); i >= 0 {
			w, err := strconv.Atoi(strings.TrimSpace(head[i+1:]))
			if err != nil || w < 1 {
				return bad("window " + strings.TrimSpace(head[i:]))
			}
			window, head = w, head[:i]
		}
		var all, none []int
		for _, f := range strings.Fields(body) {
			neg := strings.HasPrefix(f, "!")
			c := strings.TrimPrefix(strings.TrimPrefix(f, "!"), "@")
			id, ok := lx.conceptID[c]
			if !ok {
				return fmt.Errorf("lexicon: %s:%d: concept @%s is in no file", name, n+1, c)
			}
			if neg {
				none = append(none, id)
			} else {
				all = append(all, id)
			}
		}
		if len(all) == 0 || len(all) > maxRuleConcepts {
			return bad(fmt.Sprintf("a rule needs 1 to %d concepts", maxRuleConcepts))
		}
		// One line may raise several categories ("arms floor, crime high"):
		// selling a gun is both.
		for _, h := range strings.Split(head, ",") {
			hf := strings.Fields(h)
			if len(hf) != 2 {
				return bad("category and level")
			}
			lv, attr, _ := strings.Cut(hf[1], "/")
			r := lexRule{cat: categoryIndex(hf[0]), level: levelByName(lv), attr: attr, all: all, none: none,
				window: window, source: fmt.Sprintf("rules.txt:%d", n+1)}
			if r.cat < 0 || r.level <= LevelNone {
				return bad("unknown category or level " + strings.TrimSpace(h))
			}
			lx.rules = append(lx.rules, r)
		}
	}
	return nil
}

// compile builds the automaton: one pattern per vocabulary word. A stem or
// suffix word is found by the longest common prefix of its form and its
// stem, then checked (see verify).
func (lx *lexicon) compile() {
	pats := make([]string, 0, len(lx.vocab))
	for id, w := range lx.vocab {
		var p string
		lead := true
		switch w.mode {
		case modeExact:
			p = " " + w.surface + " "
		case modeStem:
			p = " " + commonPrefix(w.surface, w.stem)
		case modePrefix:
			p = " " + w.surface
		case modeSuffix:
			p, lead = commonPrefix(w.surface, w.stem), false
		case modeInfix:
			p, lead = w.surface, false
		}
		pats = append(pats, p)
		lx.patVocab = append(lx.patVocab, int32(id))
		lx.patLead = append(lx.patLead, lead)
		lx.patLang = append(lx.patLang, lx.langID(w))
		if w.mode == modeExact || w.mode == modeStem {
			lx.masked[len(w.surface)] = append(lx.masked[len(w.surface)], int32(id))
		}
	}
	lx.ac = make([]*automaton, len(lx.langIDs)+1)
	lx.acPat = make([][]int32, len(lx.langIDs)+1)
	for l := range lx.ac {
		var sub []string
		for p, pl := range lx.patLang {
			if pl == 0 || int(pl) == l {
				sub = append(sub, pats[p])
				lx.acPat[l] = append(lx.acPat[l], int32(p))
			}
		}
		lx.ac[l] = newAutomaton(sub)
	}
	for _, p := range pats {
		lx.patLen = append(lx.patLen, len(p))
	}
	lx.ruleWords = (len(lx.rules) + 63) / 64
	lx.ruleMask = make([]uint64, len(lx.concepts)*lx.ruleWords)
	for ri, r := range lx.rules {
		for _, c := range r.all {
			lx.ruleMask[c*lx.ruleWords+ri/64] |= 1 << (ri % 64)
		}
	}
	lx.rootChild = make([]int32, len(lx.vocab))
	for i := range lx.rootChild {
		lx.rootChild[i] = -1
	}
	lx.hasKids = make([]bool, lx.nodes)
	for key, next := range lx.trie {
		if key>>32 == 0 {
			lx.rootChild[uint32(key)] = next
		}
		lx.hasKids[key>>32] = true
	}
	lx.everywhere = make([]bool, len(lx.vocab))
	for id, w := range lx.vocab {
		lx.everywhere[id] = (w.lang == "en" && !w.local || w.pseudo) && w.mode != modeStem && w.mode != modeSuffix
	}
	lx.endAt = make([]int32, lx.nodes+1)
	for n := range lx.nodes {
		lx.endEnt = append(lx.endEnt, lx.nodeEnt[n]...)
		lx.endAt[n+1] = int32(len(lx.endEnt))
	}
	lx.nodeEnt = nil // the scan reads endAt and endEnt
}

func commonPrefix(a, b string) string {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return a[:n]
}

// emojiWords maps the emoji that carry meaning in risky posts (drug menus,
// adult promotion, weapons, gore) to pseudo-words the lexicon can use.
var emojiWords = map[rune]string{
	'❄': "xemsnow", '💊': "xempill", '🌿': "xemherb", '🍃': "xemleaf", '🍄': "xemmushroom", '🔫': "xemgun",
	'💣': "xembomb", '🔪': "xemknife", '🗡': "xemdagger", '🍆': "xemeggplant", '🍑': "xempeach", '💦': "xemdroplets",
	'🔞': "xem18", '🌶': "xemchili", '😈': "xemdevil", '💀': "xemskull", '🩸': "xemblood", '🐀': "xemrat",
	'🐒': "xemmonkey", '🐵': "xemmonkey", '🍫': "xemchoc", '🍬': "xemcandy", '💉': "xemsyringe", '🤑': "xemmoney",
	'💰': "xemmoney", '💸': "xemmoney", '🚀': "xemrocket", '📈': "xemchart", '🏴': "xemblackflag", '🐴': "xemhorse",
	'🧪': "xemtesttube", '😂': "xemlaugh", '🤣': "xemlaugh", '💋': "xemkiss", '😏': "xemsmirk", '🔥': "xemfire",
	'🤫': "xemshush", '📦': "xemparcel", '🐷': "xempig", '🦴': "xembone", '😭': "xemsob", '🥷': "xemninja",
	'🦁': "xemlion", '🫡': "xemsalute", '🕯': "xemcandle",
}
