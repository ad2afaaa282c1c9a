package ingest

import (
	"cmp"
	"embed"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/scout-oss/scout"
)

// This file holds the country signals that never decide alone: a region
// the bio names as home that several countries share ("runner in the
// Cascades": the US or Canada), places the posts name, prices in a
// currency, national institutions ("Riester", "a GP appointment") and the
// calling code of a published phone number. A country is taken from them
// only when two of different kinds agree on it and nothing contradicts
// them (weakCountry). The tables are data files in countrydata/, each
// naming its source and licence.

//go:embed countrydata/*.txt
var countryData embed.FS

// Kinds of weak signal. Places the posts and bio name ("mention") only
// ever support another kind: a creator who travels names many places.
const (
	kindHome        = "bio" // a region the bio names as home, shared by several countries
	kindMention     = "mention"
	kindCurrency    = "currency"
	kindInstitution = "institution"
	kindPhone       = countryFromPhone
)

// countrySignal is one weak signal: the countries it may mean (more than
// one: ambiguous), its kind and its evidence.
type countrySignal struct {
	codes []string
	kind  string
	ev    scout.CountryEvidence
}

// exclusive reports whether s names exactly the country code.
func (s countrySignal) exclusive(code string) bool {
	return len(s.codes) == 1 && s.codes[0] == code
}

var (
	// ambiguousPlaces are names several countries share (ambiguous.txt).
	ambiguousPlaces = map[string][]string{}
	// currencyWords are currency codes and names, currencySigns the signs
	// with a non-letter in them ("€", "R$"), both lower case
	// (currencies.txt).
	currencyWords = map[string][]string{}
	currencySigns = map[string][]string{}
	// institutions are phrases naming national institutions
	// (institutions.txt).
	institutions = map[string][]string{}
	// weakMaxN is the longest name of these tables, in words.
	weakMaxN int
	// mentionStop are gazetteer names that are also common words in one
	// of the six languages (chile the pepper, lima the bean, porto the
	// wine, china the porcelain): never a mention in running text.
	mentionStop = map[string]bool{"chile": true, "lima": true, "porto": true, "madeira": true, "bologna": true,
		"china": true, "holland": true, "rosario": true, "salvador": true, "goa": true, "bali": true, "reading": true,
		"uk": true, "usa": true, "cuba": true, "malta": true, "cordoba": true, "santiago": true, "victoria": true}
	// homeArticles may stand between a cue and a region ("in the Alps",
	// "nei Dolomiti" is not needed: the region follows at once).
	homeArticles = map[string]bool{"the": true, "la": true, "le": true, "les": true, "los": true, "las": true,
		"die": true, "den": true, "der": true, "i": true, "gli": true, "os": true, "as": true, "el": true}
)

// loadCountryData adds the regions of regions.txt to the gazetteer and
// reads the other tables; a name of ambiguous.txt is taken out of the
// gazetteer, so that it never decides alone. Called once, by init.
func loadCountryData() {
	read := func(name string, line func(left, right string)) {
		b, err := countryData.ReadFile("countrydata/" + name)
		if err != nil {
			panic(err) // embedded: cannot happen
		}
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l == "" || strings.HasPrefix(l, "#") {
				continue
			}
			left, right, ok := strings.Cut(l, ":")
			if !ok {
				panic("countrydata/" + name + ": no colon in " + l)
			}
			line(strings.TrimSpace(left), strings.TrimSpace(right))
		}
	}
	read("regions.txt", func(code, names string) { addPlaces(code, names, false) })
	byName := func(m map[string][]string, fold func(string) string) func(string, string) {
		return func(names, codes string) {
			cs := strings.Fields(codes)
			for _, c := range cs {
				if !scout.ValidCountry(c) {
					panic("countrydata: unknown country " + c)
				}
			}
			for _, n := range strings.Split(names, ",") {
				if n = fold(n); n != "" {
					m[n] = cs
					weakMaxN = max(weakMaxN, len(strings.Fields(n)))
				}
			}
		}
	}
	read("ambiguous.txt", byName(ambiguousPlaces, func(n string) string { return strings.Join(strings.Fields(foldPlace(n)), " ") }))
	read("institutions.txt", byName(institutions, func(n string) string { return strings.Join(textWords(n), " ") }))
	read("currencies.txt", func(names, codes string) {
		for _, n := range strings.Split(names, ",") {
			n = strings.ToLower(strings.TrimSpace(n))
			if strings.IndexFunc(n, func(r rune) bool { return !unicode.IsLetter(r) && r != ' ' }) >= 0 {
				byName(currencySigns, strings.TrimSpace)(n, codes)
			} else {
				byName(currencyWords, func(n string) string { return strings.Join(textWords(n), " ") })(n, codes)
			}
		}
	})
	for n := range ambiguousPlaces {
		delete(places, n)
	}
	for _, m := range []map[string][]string{ambiguousPlaces, currencyWords, institutions} {
		for n := range m {
			addFirstWord(n)
		}
	}
	for n := range places {
		addFirstWord(n)
	}
	for sign := range currencySigns {
		sortedSigns = append(sortedSigns, sign)
	}
	slices.SortFunc(sortedSigns, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
}

// firstWords are the first words of every name of several words in the
// tables, so that a scan joins words only where a long name may start;
// sortedSigns are the currency signs, longest first.
var (
	firstWords  = map[string]bool{}
	sortedSigns []string
)

func addFirstWord(name string) {
	if first, _, ok := strings.Cut(name, " "); ok {
		firstWords[first] = true
	}
}

// longestAt returns how many words from words[i] make the longest name
// found, 0 when none does.
func longestAt(words []string, i, maxN int, found func(string) bool) int {
	if firstWords[words[i]] {
		for n := min(maxN, len(words)-i); n >= 2; n-- {
			if found(strings.Join(words[i:i+n], " ")) {
				return n
			}
		}
	}
	if found(words[i]) {
		return 1
	}
	return 0
}

// textWords splits s into accent-folded lower-case words of letters and
// digits (a hyphen inside a word kept: "riester-rente").
func textWords(s string) []string {
	w, _ := textWordSpans(s)
	return w
}

// textWordSpans is textWords with each word's byte span in s.
func textWordSpans(s string) ([]string, [][2]int) {
	var words []string
	var spans [][2]int
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		for start < end && s[start] == '-' {
			start++
		}
		for end > start && s[end-1] == '-' {
			end--
		}
		if end > start {
			words = append(words, foldPlace(s[start:end]))
			spans = append(spans, [2]int{start, end})
		}
		start = -1
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(s))
	return words, spans
}

// findPhrase returns the first phrase of m in s (longest first at each
// position), as written in s, and the countries it names; words and
// spans are s's textWordSpans.
func findPhrase(s string, words []string, spans [][2]int, m map[string][]string) (string, []string) {
	found := func(p string) bool { _, ok := m[p]; return ok }
	for i := range words {
		if n := longestAt(words, i, weakMaxN, found); n > 0 {
			return s[spans[i][0]:spans[i+n-1][1]], m[strings.Join(words[i:i+n], " ")]
		}
	}
	return "", nil
}

// currencyIn finds a price sign, code or currency name in s (words and
// spans are its textWordSpans).
func currencyIn(s string, words []string, spans [][2]int) (string, []string) {
	if strings.IndexFunc(s, func(r rune) bool { return r > unicode.MaxASCII || r == '$' }) >= 0 {
		low := strings.ToLower(s)
		for _, sign := range sortedSigns {
			for i := 0; ; {
				j := strings.Index(low[i:], sign)
				if j < 0 {
					break
				}
				at := i + j
				// "R$" must not end a longer word; a sign of one symbol
				// ("€") needs no boundary.
				before, _ := utf8.DecodeLastRuneInString(low[:at])
				if first, _ := utf8.DecodeRuneInString(sign); !unicode.IsLetter(first) || at == 0 || !unicode.IsLetter(before) {
					if at+len(sign) <= len(s) {
						return s[at : at+len(sign)], currencySigns[sign]
					}
				}
				i = at + len(sign)
			}
		}
	}
	return findPhrase(s, words, spans, currencyWords)
}

// mentions returns the places of the gazetteer (cities, regions,
// landmarks; not countries: "recipes from Italy" is a cuisine) and the
// ambiguous names that s names as proper nouns, each with its countries
// (words and spans are s's textWordSpans).
func mentions(s string, words []string, spans [][2]int) []countrySignal {
	var out []countrySignal
	found := func(name string) bool {
		if p, ok := places[name]; ok && !p.country {
			return true
		}
		_, ok := ambiguousPlaces[name]
		return ok
	}
	for i := 0; i < len(words); i++ {
		if r, _ := utf8.DecodeRuneInString(s[spans[i][0]:]); !unicode.IsUpper(r) {
			continue
		}
		n := longestAt(words, i, max(placeMaxN, weakMaxN), found)
		if n == 0 {
			continue
		}
		name := strings.Join(words[i:i+n], " ")
		codes := ambiguousPlaces[name]
		if p, ok := places[name]; ok {
			codes = []string{p.code}
		}
		if !mentionStop[name] {
			out = append(out, countrySignal{codes: codes, kind: kindMention, ev: scout.CountryEvidence{Match: s[spans[i][0]:spans[i+n-1][1]]}})
		}
		i += n - 1
	}
	return out
}

// homeRegion finds an ambiguous region the bio names as home, after a cue
// ("runner in the Cascades", "based in the Alps").
func homeRegion(bio string) (string, []string) {
	var locs [][]int
	locs = append(locs, reBioCue.FindAllStringIndex(bio, 10)...)
	locs = append(locs, reWeakCue.FindAllStringIndex(bio, 10)...)
	for _, loc := range locs {
		window := firstClause(bio[loc[1]:min(len(bio), loc[1]+48)])
		words, spans := placeWords(window)
		start := 0
		if len(words) > 0 && homeArticles[words[0]] {
			start = 1
		}
		for n := min(weakMaxN, len(words)-start); n >= 1; n-- {
			if cs, ok := ambiguousPlaces[strings.Join(words[start:start+n], " ")]; ok {
				return window[spans[start][0]:spans[start+n-1][1]], cs
			}
		}
	}
	return "", nil
}

// weakPosts bounds the recent own posts read for weak signals.
const weakPosts = 50

// weakSignals gathers the weak signals of c: from each account's bio and
// profile fields, and from the newest own posts.
func weakSignals(c *scout.Creator, ordered []*scout.Account) []countrySignal {
	var out []countrySignal
	add := func(codes []string, kind string, ev scout.CountryEvidence) {
		out = append(out, countrySignal{codes: codes, kind: kind, ev: ev})
	}
	text := func(s, source, account, post string) {
		words, spans := textWordSpans(s)
		if m, cs := currencyIn(s, words, spans); m != "" {
			add(cs, kindCurrency, scout.CountryEvidence{Source: kindCurrency, Match: m, Account: account, Post: post})
		}
		if p, cs := findPhrase(s, words, spans, institutions); p != "" {
			add(cs, kindInstitution, scout.CountryEvidence{Source: kindInstitution, Match: p, Account: account, Post: post})
		}
		for _, m := range mentions(s, words, spans) {
			m.ev.Source, m.ev.Account, m.ev.Post = source, account, post
			out = append(out, m)
		}
	}
	for _, a := range ordered {
		if m, cs := homeRegion(a.Bio); m != "" {
			add(cs, kindHome, scout.CountryEvidence{Source: "bio", Match: m, Account: a.ID})
		}
		texts := []string{a.Bio}
		for _, f := range a.Fields {
			texts = append(texts, f.Value)
		}
		for _, t := range texts {
			if code, m := phoneCountry(t); code != "" {
				add([]string{code}, kindPhone, scout.CountryEvidence{Source: countryFromPhone, Match: m, Account: a.ID})
			}
			text(t, "bio", a.ID, "")
		}
	}
	n := 0
	for _, p := range c.Posts {
		if p.IsRepost {
			continue
		}
		if n++; n > weakPosts {
			break
		}
		text(strings.TrimSpace(p.Title+"\n"+p.Text), "post", p.AccountID, p.URL)
	}
	return out
}

// weakCountry decides a country from weak signals, or returns "" when
// they do not agree clearly. A country X is decided when
//
//   - two signals of different kinds other than mentions name X, one of
//     them X alone (prices in £ and "a GP appointment": GB); or
//   - the bio names as home a region X shares with other countries, and
//     the posts or bio name a place of X alone and none of the region's
//     other countries ("in the Cascades" and "the Pacific Northwest": US);
//
// and no other country is decided so, no signal other than a mention
// names another country alone, and no home region leaves X out.
func weakCountry(sigs []countrySignal) (string, *scout.CountryEvidence) {
	var cands []string
	for _, s := range sigs {
		if s.kind != kindMention {
			for _, c := range s.codes {
				if !slices.Contains(cands, c) {
					cands = append(cands, c)
				}
			}
		}
	}
	slices.Sort(cands)
	var code string
	var ev *scout.CountryEvidence
	for _, x := range cands {
		e := weakFor(x, sigs)
		if e == nil {
			continue
		}
		if ev != nil {
			return "", nil // two countries: no answer
		}
		code, ev = x, e
	}
	if ev == nil {
		return "", nil
	}
	for _, s := range sigs {
		if s.kind == kindMention {
			continue
		}
		if len(s.codes) == 1 && s.codes[0] != code || s.kind == kindHome && !slices.Contains(s.codes, code) {
			return "", nil // contradicted
		}
	}
	return code, ev
}

// weakFor returns the evidence for country x when the signals decide it
// (see weakCountry), nil otherwise.
func weakFor(x string, sigs []countrySignal) *scout.CountryEvidence {
	var lead *countrySignal
	var also []scout.CountryEvidence
	kinds := map[string]bool{}
	for i, s := range sigs {
		if s.kind == kindMention || !slices.Contains(s.codes, x) || kinds[s.kind] {
			continue
		}
		kinds[s.kind] = true
		if lead == nil && s.exclusive(x) {
			lead = &sigs[i]
		} else {
			also = append(also, s.ev)
		}
	}
	if lead != nil && len(kinds) >= 2 {
		return weakEvidence(lead.ev, also)
	}
	for _, h := range sigs {
		if h.kind != kindHome || !slices.Contains(h.codes, x) {
			continue
		}
		var support []scout.CountryEvidence
		for _, m := range sigs {
			if m.kind != kindMention {
				continue
			}
			if m.exclusive(x) {
				if !slices.ContainsFunc(support, func(e scout.CountryEvidence) bool { return strings.EqualFold(e.Match, m.ev.Match) }) && len(support) < 3 {
					support = append(support, m.ev)
				}
			} else if len(m.codes) == 1 && slices.Contains(h.codes, m.codes[0]) {
				return nil // a place of another of the region's countries
			}
		}
		if len(support) > 0 {
			return weakEvidence(h.ev, support)
		}
	}
	return nil
}

// weakEvidence is lead marked weak, with the signals that agree with it.
func weakEvidence(lead scout.CountryEvidence, also []scout.CountryEvidence) *scout.CountryEvidence {
	ev := lead
	ev.Strength = scout.CountryWeak
	ev.Also = also
	return &ev
}
