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
	// fiction is the bio phrase of an account about films, books or games
	// ("horror games, blind playthroughs", "die Krimi-Kritik") that sells
	// nothing and promises no shock, with a post that reviews or plays:
	// the violence and crime of its posts are the story's (capped as a
	// post's own fiction cue caps them). Empty otherwise.
	fiction string
	// reclaimed holds the slurs a bio applies to its own author ("proud
	// dyke", "soy marica y qué"): used by this creator and aimed at no
	// one, they are the community's word, low.
	reclaimed map[string]bool
}

// selfMarkers introduce a word a person applies to themself.
var selfMarkers = map[string]bool{
	"proud": true, "i'm": true, "im": true, "am": true,
	"soy": true, "orgullosa": true, "orgulloso": true, "orgullosamente": true,
	"stolz": true, "stolze": true, "stolzer": true, "bin": true,
	"fière": true, "fier": true, "fiere": true, "suis": true,
	"fiera": true, "fiero": true, "orgogliosamente": true, "sono": true,
	"orgulhosa": true, "orgulhoso": true, "sou": true,
}

// reclaimedSlurs returns the slurs each bio applies to its author: a
// slur right after a self marker (within two words).
func reclaimedSlurs(bios []bioScan) map[string]bool {
	var out map[string]bool
	for _, b := range bios {
		for _, m := range b.scan.matches {
			e := &theLexicon.entries[m.entry]
			if e.attr != "slur" {
				continue
			}
			for k := m.first - 1; k >= 0 && k >= m.first-2 && k < len(b.toks); k-- {
				if selfMarkers[b.toks[k].norm] {
					if out == nil {
						out = map[string]bool{}
					}
					out[e.phrase] = true
					break
				}
			}
		}
	}
	return out
}

// fictionFramed are the categories a bio's fiction frame lowers: what
// stories depict (violence, crime, weapons), not what an account sells or
// says in its own voice (cheats, drugs, slurs, claims, praise of a real
// attack). The unambiguous floor kinds keep their level.
var fictionFramed = map[string]bool{"death_injury": true, "crime": true, "arms": true}

// ownClaim are the categories a post's fiction or game cue does not lower:
// a claim, a sales pitch or a download is the post's own even beside a
// book or a film ("read a history book not written by them", "the new
// film free, link in bio").
var ownClaim = map[string]bool{"misinformation": true, "sensitive_issues": true, "spam": true, "piracy": true}

// callConcepts make a structure a threat in the post's own voice ("we
// know where you live", "watch your back"): a professional's bio or a
// review bio lowers none of it (a post's own reporting or quoting cue
// still does). Sabotage and recruiting words are not among them: a
// reporter tells how militias recruit and masts were burnt.
var callConcepts = []int{theLexicon.mustConcept("threat")}

func isCall(r *lexRule) bool {
	for _, c := range callConcepts {
		if slices.Contains(r.all, c) {
			return true
		}
	}
	return false
}

// ownVoice are the categories a professional context does not lower: a
// take on a divisive issue is the creator's own, a rescuer's or a
// lawyer's as much as anyone's (a post that reports or quotes one is
// lowered by its own cue).
var ownVoice = map[string]bool{"sensitive_issues": true}

// penaltyPrice reports whether a price follows a reporting, warning or
// legal-risk cue within a few words ("fines of up to €5,000", "multas de
// hasta 600 €"): the amount is the penalty, not an offer.
func penaltyPrice(s lexScan, price lexMatch) bool {
	const near = 4
	for _, m := range s.matches {
		if !m.neg && theLexicon.entries[m.entry].concept == conceptLower && m.last < price.first && price.first-m.last <= near {
			return true
		}
	}
	return false
}

// firmSale reports whether a post's selling cues make a sale even in a
// reporting or professional frame: a direct line (a contact, a link, a
// price) and a second, separate selling cue of another span.
func firmSale(lines []lexMatch) bool {
	lx := theLexicon
	for i, a := range lines {
		c := lx.entries[a.entry].concept
		if !(c == conceptContact || c == conceptLink || lx.entries[a.entry].norm == "xprice") {
			continue
		}
		for j, b := range lines {
			if j != i && (b.last < a.first || b.first > a.last) && lx.entries[b.entry].phrase != lx.entries[a.entry].phrase {
				return true
			}
		}
	}
	return false
}

// shopConcepts are the concepts a bio lends to the posts (shopBits).
var shopConcepts = []int{conceptSale, conceptContact, conceptLink, theLexicon.mustConcept("underground"), conceptStance, conceptShock, conceptThrill, conceptTrueCrime}

// Framing concepts: how an account presents all it posts. A bio that
// promises "uncensored", "the most brutal" clips frames every post about
// a fight or a crash as shock; an activist's bio ("Abolish ICE", "pro-life
// and proud") makes each post on the issue it names a stance. Shock is
// lent whatever the bio names (goods), a stance only to posts on an issue
// the bio names too; neither is lent to a floor rule, which needs the post
// itself.
var (
	conceptStance   = theLexicon.mustConcept("stance")
	conceptShock    = theLexicon.mustConcept("shock")
	conceptThrill   = theLexicon.mustConcept("thrill")
	conceptViolence = theLexicon.mustConcept("violence")
	// A true-crime channel frames its murder stories.
	conceptTrueCrime = theLexicon.mustConcept("truecrime")
	conceptKilling   = theLexicon.mustConcept("killing")
	// Conspiracy framing: "what doctors hide", "just asking".
	conceptSuppress  = theLexicon.mustConcept("suppress")
	conceptInsinuate = theLexicon.mustConcept("insinuate")
)

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
		// An activist's bio ("pro-life sidewalk counselor", "abolitionist
		// organizer") names a cause, not a neutral profession; a bio that
		// says what doctors hide names them to accuse them.
		if b.scan.has(conceptStance) || b.scan.has(conceptSuppress) || b.scan.has(conceptInsinuate) {
			continue
		}
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
	pc.reclaimed = reclaimedSlurs(bios)
	if !pc.on {
		pc.fiction = bioFiction(bios, scans)
	}
	if pc.on {
		pc.evidence = "professional context: bio says \"" + pc.role + "\" and " + itoa(pc.support) + " post(s) report, explain, review or warn"
	}
	return pc
}

// bioFiction returns the fiction phrase of a bio about films, books or
// games, when no bio sells, promises shock or takes a stance and a post
// carries a fiction cue of its own; "" otherwise. A bio that names a
// risky thing itself frames nothing.
func bioFiction(bios []bioScan, scans []lexScan) string {
	phrase := ""
	for _, b := range bios {
		for _, c := range shopConcepts {
			if b.scan.has(c) {
				return ""
			}
		}
		if b.scan.has(conceptSuppress) || b.scan.has(conceptInsinuate) {
			return ""
		}
		// A bio that itself names risky goods or acts ("the pezzotto
		// that never blocks", "cuernos y chalecos") is no review frame.
		for _, m := range b.scan.matches {
			if e := &theLexicon.entries[m.entry]; e.cat >= 0 && !m.neg && Categories[e.cat] != "profanity" {
				return ""
			}
		}
		if i := b.scan.firstOf(conceptFiction); i >= 0 && phrase == "" {
			m := b.scan.matches[i]
			phrase = b.text[m.start:m.end]
		}
	}
	if phrase == "" {
		return ""
	}
	for i := range scans {
		if scans[i].has(conceptFiction) {
			return phrase
		}
	}
	return ""
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
	var lines []lexMatch // the direct lines and the sale cues, for firmSale
	for i, m := range s.matches {
		c := lx.entries[m.entry].concept
		if m.neg || c < 0 || quoted(m.start, m.end) {
			continue
		}
		if promo < 0 && c == conceptSale {
			promo = i
		}
		if c == conceptContact || c == conceptLink || c == conceptSale && lx.entries[m.entry].norm == "xprice" && !penaltyPrice(s, m) {
			direct = true
		}
		if c == conceptContact || c == conceptLink || c == conceptSale {
			lines = append(lines, m)
		}
	}
	if lower && !direct {
		promo = -1
	}
	// In a professional's frame a lone selling word ("how
	// fullz are priced", "a stolen phone at half price", "Telegram
	// channels") describes a market; a sale needs its structure there: a
	// direct line beside a second, separate selling cue (a price and a
	// contact, a contact and a link).
	if pc.on && !firmSale(lines) {
		promo = -1
	}
	put := func(h *bsHit) {
		if old := hits[h.cat]; old == nil || h.base > old.base || h.base == old.base && (h.instr && !old.instr || h.sells && !old.sells) {
			hits[h.cat] = h
		}
	}
	// Distinct strong terms: one word matched by two entries ("nique" and
	// "niquer" share a stem) is one term, as is an entry matched twice.
	seenProf := map[string]bool{}
	var profSpans [][2]int
	overlapsProf := func(start, end int) bool {
		for _, sp := range profSpans {
			if start < sp[1] && sp[0] < end {
				return true
			}
		}
		return false
	}
	for _, m := range s.matches {
		e := &lx.entries[m.entry]
		if e.cat < 0 {
			continue
		}
		if Categories[e.cat] == "profanity" {
			if e.attr != "mild" && !seenProf[e.phrase] && !overlapsProf(m.start, m.end) && !quoted(m.start, m.end) {
				seenProf[e.phrase] = true
				profSpans = append(profSpans, [2]int{m.start, m.end})
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
		} else if e.attr == "slur" && pc.reclaimed[e.phrase] {
			h.level, h.lowered = LevelLow, true
			h.context = "a word the creator's bio applies to themself, aimed at no one: capped at low"
		}
		put(h)
	}
	for ri := range lx.rulesFor(s.concepts) {
		r := &lx.rules[ri]
		pick, ok := s.findRule(text, r, pc.shop, pc.goods)
		if !ok {
			continue
		}
		var parts []string
		start, end, obf := len(text), 0, true
		// The harm of a structure quoted in full is someone else's words;
		// in an offer, quotation marks are a wink ("phones 'without
		// receipts', good price") and quote nothing.
		core, coreQuoted := 0, true
		for k := range r.all {
			if pick[k] < 0 {
				parts = append(parts, "(bio) @"+lx.concepts[r.all[k]])
				continue
			}
			m := s.matches[pick[k]]
			if c := r.all[k]; c != conceptSale && c != conceptContact && c != conceptLink {
				core++
				coreQuoted = coreQuoted && quoted(m.start, m.end)
			}
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
			rule: "pattern:" + r.source + "@" + LexiconVersion, obf: obf, sure: r.attr == "sure", instr: r.attr == "instr", structure: len(r.all) >= 2 && (direct || !slices.Contains(r.all, conceptSale)), start: start, end: end, pattern: true, quoted: core > 0 && coreQuoted && !slices.Contains(r.all, conceptSale), call: isCall(r),
			sells:  slices.Contains(r.all, conceptContact) || slices.Contains(r.all, conceptLink),
			framed: slices.Contains(r.all, conceptShock) || slices.Contains(r.all, conceptThrill)}
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
		case !direct && (h.end > h.start && quoted(h.start, h.end) || h.quoted):
			// Words quoted in a post without a direct line are someone
			// else's, whatever else the post says ("a follower wrote me
			// '...'").
			h.level = min(h.level, LevelLow)
			h.context = "quoted: capped at low"
		case promo >= 0 && Categories[h.cat] != "profanity":
			if h.level >= LevelMedium {
				m := s.matches[promo]
				h.context = "promotion cue \"" + text[m.start:m.end] + "\""
			}
		case h.end > h.start && quoted(h.start, h.end) || h.quoted:
			h.level = min(h.level, LevelLow)
			h.context = "quoted: capped at low"
		case lower && !h.instr:
			h.level = min(h.level, LevelLow)
			m := s.matches[s.firstOf(conceptLower)]
			h.context = "reporting/teaching/debunking cue \"" + text[m.start:m.end] + "\": capped at low"
		case fiction && !ownClaim[Categories[h.cat]] || pc.fiction != "" && fictionFramed[Categories[h.cat]] && !h.sure && !h.call && !h.sells:
			// Graphic violence in a story stays medium, unless it is the
			// shock or thrill framing that makes it a hit: in a review
			// "the most brutal case of the year" is the critic's word.
			cap := LevelLow
			if Categories[h.cat] == "death_injury" && h.base >= LevelHigh && !h.framed {
				cap = LevelMedium
			}
			h.level = min(h.level, cap)
			cue := "bio: " + pc.fiction
			if fiction {
				m := s.matches[s.firstOf(conceptFiction)]
				cue = text[m.start:m.end]
			}
			h.context = "fiction or game cue \"" + cue + "\": capped at " + LevelName(cap)
		case pc.on && !ownVoice[Categories[h.cat]] && !h.call && !h.sells:
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
	for i, w := 0, 0; i < len(s); i += w {
		// ASCII other than the two quotes opens and closes nothing.
		if c := s[i]; c < utf8.RuneSelf && c != '"' && c != '\'' {
			w = 1
			continue
		}
		var r rune
		r, w = utf8.DecodeRuneInString(s[i:])
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
			if !shop.has(c) || r.level >= LevelFloor && (c == conceptShock || c == conceptThrill || c == conceptStance) {
				return pick, false
			}
			fromShop++
		}
	}
	if fromShop == len(r.all) {
		return pick, false
	}
	if fromShop > 0 && !(fromShop == 1 && shockOnlyFromBio(s, r)) {
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

// shockOnlyFromBio reports whether the one concept of r a post lacks is
// shock framing, which a bio lends without naming the post's subject,
// to a post about a real violent event (not to a wound or a body named
// in passing: "my cables are a crime scene").
func shockOnlyFromBio(s *lexScan, r *lexRule) bool {
	violent, framing := false, false
	for _, c := range r.all {
		violent = violent || c == conceptViolence || c == conceptKilling
		if !s.has(c) {
			framing = c == conceptShock || c == conceptThrill || c == conceptTrueCrime
		}
	}
	return violent && framing
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
