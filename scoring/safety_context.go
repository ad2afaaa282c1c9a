package scoring

import (
	"slices"
	"strings"
	"unicode/utf8"

	scout "github.com/scout-oss/scout"
)

// Concepts the engine itself reads (the rules read the others). They are
// defined per language in lexicon/<lang>/context.txt.
var (
	conceptSale    = theLexicon.mustConcept("sale")    // selling, offering, prices, DMs: promotion
	conceptLower   = theLexicon.mustConcept("lower")   // reporting, quoting, debunking, warning, teaching
	conceptFiction = theLexicon.mustConcept("fiction") // reviews of films, books, games; gameplay
	conceptRole    = theLexicon.mustConcept("role")    // a profession whose work touches risky subjects
	conceptYou     = theLexicon.mustConcept("you")     // words addressed to a person
	conceptContact = theLexicon.mustConcept("contact") // DM me, Telegram, WhatsApp: a seller's direct line
	conceptLink    = theLexicon.mustConcept("link")    // link in bio, new domain: where the goods are
)

func (lx *lexicon) mustConcept(name string) int {
	id, ok := lx.conceptID[name]
	if !ok {
		panic("scoring: lexicon concept @" + name + " is in no context file")
	}
	return id
}

// proContext is a creator-level professional context: a role named in a
// bio (journalist, doctor, researcher, lawyer, teacher, hunter, ...) and
// content consistent with it (posts that report, explain, warn or
// debunk). It lowers the creator's risk levels to low, except for
// promotion and for slurs aimed at a person.
type proContext struct {
	on       bool
	role     string // the bio phrase
	bioURL   string
	support  int // posts with reporting/teaching/debunking cues
	evidence string
	// shop holds the selling concepts of the bios (a price list, "DM
	// to order", a Telegram channel, escrow): a post that offers goods
	// of an account whose bio sells them is a sale, though the post
	// itself names no price.
	shop conceptBits
	// goods holds every concept of the bios: the bio lends its selling
	// concepts only to posts about goods it names itself (a dealer's bio
	// names the drugs, a pitmaster's "in that order" sells no shotguns).
	goods conceptBits
}

// shopConcepts are the concepts a bio lends to the posts (shopBits).
var shopConcepts = []int{conceptSale, conceptContact, conceptLink, theLexicon.mustConcept("underground")}

// shopBits returns the selling concepts named in the bios, and every
// concept of the bios.
func shopBits(bios []bioScan) (b, goods conceptBits) {
	for _, bs := range bios {
		for i := range goods {
			goods[i] |= bs.scan.concepts[i]
		}
		for _, c := range shopConcepts {
			if bs.scan.has(c) {
				b.set(c)
			}
		}
	}
	return b, goods
}

func creatorContext(c *scout.Creator, bios []bioScan, scans []lexScan) proContext {
	var pc proContext
	for _, b := range bios {
		if i := b.scan.firstOf(conceptRole); i >= 0 {
			m := b.scan.matches[i]
			pc.role, pc.bioURL = b.text[m.start:m.end], b.url
			break
		}
	}
	for i := range scans {
		if scans[i].has(conceptLower) || scans[i].has(conceptRole) || scans[i].has(conceptFiction) {
			pc.support++
		}
	}
	pc.on = pc.role != "" && pc.support >= 1
	if pc.on {
		pc.evidence = "professional context: bio says \"" + pc.role + "\" and " + itoa(pc.support) + " post(s) report, explain, review or warn"
	}
	return pc
}

// bioScan is a scanned bio.
type bioScan struct {
	text, url string
	toks      []token
	scan      lexScan
}

func itoa(n int) string {
	if n < 10 && n >= 0 {
		return string(rune('0' + n))
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// postLanguage is the language a post is matched in: its own, else the
// creator's, else unknown ("").
func postLanguage(p *scout.Post, c *scout.Creator) string {
	l := ""
	if p != nil {
		l = p.Language
	}
	if l == "" && c != nil && c.Language != nil {
		l = *c.Language
	}
	l = strings.ToLower(l)
	if i := strings.IndexAny(l, "-_"); i > 0 {
		l = l[:i]
	}
	return l
}

// assessText turns one text's scan into category hits, with the post-level
// context applied: promotion keeps a level; quoting, reporting, debunking
// and warning cap it at low; fiction and games cap it at low (medium for
// graphic violence); the creator's professional context caps it at low.
// A slur with words addressed to a person (a mention, "you") is a floor
// hit that no context lowers. Profanity is returned apart: the distinct
// strong terms, counted per creator.
func assessText(text string, toks []token, s lexScan, pc proContext) (hits [12]*bsHit, profane []string) {
	lx := theLexicon
	if len(s.matches) == 0 {
		return
	}
	lower := s.has(conceptLower)
	fiction := s.has(conceptFiction)
	targeted := s.has(conceptYou)
	for _, t := range toks {
		targeted = targeted || t.mention
	}
	var quotes [][2]int
	quoted := func(start, end int) bool {
		if quotes == nil {
			quotes = quoteSpans(text)
		}
		for _, q := range quotes {
			if start >= q[0] && end <= q[1] {
				return true
			}
		}
		return false
	}
	// A promotion cue counts outside quotation marks only: a warning that
	// quotes a scam's "guaranteed 25% a month" promotes nothing.
	// A direct line (a contact, a link, a price) sells even in a post that
	// also reports or warns; a softer cue ("deliveries", "customers") in
	// such a post is part of the story.
	promo, direct := -1, false
	for i, m := range s.matches {
		c := lx.entries[m.entry].concept
		if m.neg || c < 0 || quoted(m.start, m.end) {
			continue
		}
		if promo < 0 && c == conceptSale {
			promo = i
		}
		if c == conceptContact || c == conceptLink || c == conceptSale && lx.entries[m.entry].norm == "xprice" {
			direct = true
		}
	}
	if lower && !direct {
		promo = -1
	}
	put := func(h *bsHit) {
		if old := hits[h.cat]; old == nil || h.base > old.base || h.base == old.base && h.instr && !old.instr {
			hits[h.cat] = h
		}
	}
	seenProf := map[string]bool{}
	for _, m := range s.matches {
		e := &lx.entries[m.entry]
		if e.cat < 0 {
			continue
		}
		if Categories[e.cat] == "profanity" {
			if e.attr != "mild" && !seenProf[e.phrase] && !quoted(m.start, m.end) {
				seenProf[e.phrase] = true
				profane = append(profane, text[m.start:m.end])
			}
			if hits[e.cat] == nil {
				hits[e.cat] = &bsHit{cat: e.cat, base: LevelLow, level: LevelLow, match: text[m.start:m.end], at: m.start, text: text,
					rule: "lexicon:" + e.source + "@" + LexiconVersion, obf: m.obf}
			}
			continue
		}
		h := &bsHit{cat: e.cat, base: e.level, level: e.level, match: text[m.start:m.end], at: m.start, text: text,
			rule: "lexicon:" + e.source + "@" + LexiconVersion, obf: m.obf, start: m.start, end: m.end}
		if e.attr == "slur" && (targeted || pointedAt(toks, m.first)) && !quoted(m.start, m.end) {
			h.base, h.level, h.sure = LevelFloor, LevelFloor, true
			h.context = "slur addressed to a person"
		}
		put(h)
	}
	for ri := range lx.rules {
		r := &lx.rules[ri]
		pick, ok := s.findRule(text, r, pc.shop, pc.goods)
		if !ok {
			continue
		}
		var parts []string
		start, end, obf := len(text), 0, true
		for k := range r.all {
			if pick[k] < 0 {
				parts = append(parts, "(bio) @"+lx.concepts[r.all[k]])
				continue
			}
			m := s.matches[pick[k]]
			parts = append(parts, text[m.start:m.end])
			if m.end > m.start {
				start, end = min(start, m.start), max(end, m.end)
			}
			obf = obf && m.obf
		}
		if end < start {
			start, end = 0, 0
		}
		h := &bsHit{cat: r.cat, base: r.level, level: r.level, match: strings.Join(parts, " + "), at: start, text: text,
			rule: "pattern:" + r.source + "@" + LexiconVersion, obf: obf, sure: r.attr == "sure", instr: r.attr == "instr", structure: len(r.all) >= 2 && (direct || !slices.Contains(r.all, conceptSale)), start: start, end: end, pattern: true}
		put(h)
	}
	if len(profane) > 0 {
		h := hits[profanityIndex]
		if len(profane) >= 2 {
			h.base, h.level = LevelMedium, LevelMedium
		}
		h.match = strings.Join(profane, ", ")
	}
	for _, h := range hits {
		if h == nil || h.context != "" {
			continue
		}
		switch {
		case promo >= 0 && Categories[h.cat] != "profanity":
			if h.level >= LevelMedium {
				m := s.matches[promo]
				h.context = "promotion cue \"" + text[m.start:m.end] + "\""
			}
		case h.end > h.start && quoted(h.start, h.end):
			h.level = min(h.level, LevelLow)
			h.context = "quoted: capped at low"
		case lower && !h.instr:
			h.level = min(h.level, LevelLow)
			m := s.matches[s.firstOf(conceptLower)]
			h.context = "reporting/teaching/debunking cue \"" + text[m.start:m.end] + "\": capped at low"
		case fiction:
			cap := LevelLow
			if Categories[h.cat] == "death_injury" && h.base >= LevelHigh {
				cap = LevelMedium
			}
			h.level = min(h.level, cap)
			m := s.matches[s.firstOf(conceptFiction)]
			h.context = "fiction or game cue \"" + text[m.start:m.end] + "\": capped at " + LevelName(cap)
		case pc.on:
			h.level = min(h.level, LevelLow)
			h.context = pc.evidence + ": capped at low"
		}
		if h.level < h.base {
			h.lowered = true
		}
	}
	return
}

// quoteSpans returns the byte spans of quoted passages: text between
// paired quotation marks (“ ” « » „ " and ‘ ’ or ' ' at word edges).
func quoteSpans(s string) [][2]int {
	var out [][2]int
	open := -1
	var want rune
	for i, r := range s {
		if open >= 0 {
			if r == want || want == '"' && r == '“' {
				if want != '\'' && want != '’' || wordEdge(s, i+utf8.RuneLen(r)) {
					out = append(out, [2]int{open, i})
					open = -1
				}
			}
			continue
		}
		switch r {
		case '“':
			open, want = i, '”'
		case '„':
			open, want = i, '“'
		case '«':
			open, want = i, '»'
		case '"':
			open, want = i, '"'
		case '‘':
			open, want = i, '’'
		case '\'':
			if i == 0 || wordEdge(s, i-1) && !isLetterAt(s, i-1) {
				open, want = i, '\''
			}
		}
		if open >= 0 {
			open += utf8.RuneLen(r)
		}
	}
	return out
}

func isLetterAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// wordEdge reports whether byte i of s is not a letter (or is out of s).
func wordEdge(s string, i int) bool { return !isLetterAt(s, i) }

// samePhrase reports whether two matches are one phrase: the same
// lexicon phrase, or the same words in the text (case aside).
func samePhrase(text string, a, b *lexMatch) bool {
	return theLexicon.entries[a.entry].phrase == theLexicon.entries[b.entry].phrase ||
		a.end-a.start == b.end-b.start && strings.EqualFold(text[a.start:a.end], text[b.start:b.end])
}

// findRule looks for the concepts of r in s: for each concept a match
// that fills it, each from its own words and each a different phrase
// (one phrase never fills two concepts, however often it is repeated: a
// caption posted twice is not two signals), all within r.window words of
// each other, and none of r's excluded concepts anywhere. A selling
// concept the post lacks may come from the bio (shop), as index -1,
// when the post has the rule's other concepts and the bio names them
// too (goods). It returns the indices
// in s.matches of the first such set found.
func (s *lexScan) findRule(text string, r *lexRule, shop, goods conceptBits) (pick [maxRuleConcepts]int, ok bool) {
	fromShop := 0
	for _, c := range r.all {
		if !s.has(c) {
			if !shop.has(c) {
				return pick, false
			}
			fromShop++
		}
	}
	if fromShop == len(r.all) {
		return pick, false
	}
	if fromShop > 0 {
		for _, c := range r.all {
			if !goods.has(c) {
				return pick, false
			}
		}
	}
	for _, c := range r.none {
		if s.has(c) {
			return pick, false
		}
	}
	const maxCand = 8
	var cand [maxRuleConcepts][maxCand]int
	var n [maxRuleConcepts]int
	for i := range s.matches {
		c := theLexicon.entries[s.matches[i].entry].concept
		if c < 0 || s.matches[i].neg {
			continue
		}
		for k, rc := range r.all {
			if rc == c && n[k] < maxCand {
				cand[k][n[k]] = i
				n[k]++
			}
		}
	}
	var shopSlot [maxRuleConcepts]bool
	for k := range r.all {
		shopSlot[k] = n[k] == 0 // only in the bio
	}
	var try func(k, lo, hi int) bool
	try = func(k, lo, hi int) bool {
		if k == len(r.all) {
			return true
		}
		if shopSlot[k] {
			pick[k] = -1
			return try(k+1, lo, hi)
		}
	next:
		for _, i := range cand[k][:n[k]] {
			m := &s.matches[i]
			nlo, nhi := min(lo, m.first), max(hi, m.last)
			if k > 0 && nhi-nlo+1 > r.window {
				continue
			}
			for j := 0; j < k; j++ {
				if pick[j] < 0 {
					continue
				}
				o := &s.matches[pick[j]]
				if m.first <= o.last && o.first <= m.last || samePhrase(text, m, o) {
					continue next
				}
			}
			pick[k] = i
			if try(k+1, nlo, nhi) {
				return true
			}
		}
		return false
	}
	return pick, try(0, 1<<30, -1)
}

// demonstratives point a word at someone present ("this f*ggot at my
// gym", "esa zorra"): a slur right after one is aimed at a person.
var demonstratives = map[string]bool{
	"this": true, "that": true, "these": true, "those": true,
	"este": true, "esta": true, "estos": true, "estas": true, "ese": true, "esa": true, "esos": true, "esas": true,
	"aquel": true, "aquella": true, "estes": true, "esse": true, "essa": true, "esses": true, "essas": true, "aquele": true,
	"dieser": true, "diese": true, "dieses": true, "diesen": true,
	"ce": true, "cet": true, "cette": true, "ces": true,
	"questo": true, "questa": true, "questi": true, "queste": true, "quel": true, "quella": true, "quello": true, "quei": true, "quelle": true,
}

// pointedAt reports whether the word at position i follows a
// demonstrative.
func pointedAt(toks []token, i int) bool {
	return i > 0 && i <= len(toks) && demonstratives[toks[i-1].norm]
}
