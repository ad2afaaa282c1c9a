package scoring

import (
	"sort"
	"strings"

	scout "github.com/scout-oss/scout"
)

// Hints are coded words that say little alone and much together: a dog
// whistle ("88", "the noticing"), a scene word of attacker fandoms
// ("high score", "went live"), a scam's bait ("airdrop", "you've been
// selected"). A lexicon entry tagged @hint_<category> is one, and
// @hintweak_<category> one with an everyday sense too; the creator-level
// reading below raises the category when several distinct hints of it,
// one of them strong, recur across a creator's texts, which one
// ambiguous word in one post never does.

// hintKind is the category of a hint concept and whether it is weak: a
// word with a common everyday sense ("went live", "the next one",
// "saints") that counts only beside a strong hint of its category.
type hintKind struct {
	cat  int
	weak bool
}

// hintCategories maps each @hint_<category> and @hintweak_<category>
// concept to its kind.
var hintCategories = func() map[int]hintKind {
	out := map[int]hintKind{}
	for name, id := range theLexicon.conceptID {
		c, ok := strings.CutPrefix(name, "hint_")
		weak := false
		if !ok {
			c, weak = strings.CutPrefix(name, "hintweak_")
		}
		if !ok && !weak {
			continue
		}
		ci := categoryIndex(c)
		if ci < 0 {
			panic("scoring: lexicon concept @" + name + " names no category")
		}
		out[id] = hintKind{ci, weak}
	}
	return out
}()

// Corroboration thresholds: distinct hint phrases of one category, in at
// least as many different texts (posts or bios), give a high hit; more
// give a floor hit in the categories whose coded speech is itself floor
// content (glorifying attackers, dehumanising a group).
const (
	hintHigh  = 2
	hintFloor = 3
)

// hintFloorCats are the categories where corroborated coded speech is
// floor content.
var hintFloorCats = map[string]bool{"terrorism": true, "hate": true}

// hintText is one text of a creator as the hint reading sees it.
type hintText struct {
	text   string
	scan   *lexScan
	post   *scout.Post // nil for a bio
	bioURL string
	weight float64
}

// hintHits returns one creator-level hit per category whose hints are
// corroborated. Texts that report, quote, teach or review (a lower or
// fiction cue) lend no hints, nor do quoted or negated words; a
// creator's professional context caps the hit at low.
func hintHits(texts []hintText, pc proContext) []*bsHit {
	lx := theLexicon
	type found struct {
		phrases map[string]bool
		texts   int
		strong  int // distinct strong hints
		best    int // index in texts of the text with most hints
		bestN   int
		matches []string
		start   int
		end     int
	}
	var per [12]*found
	for ti, t := range texts {
		if t.scan == nil || t.scan.has(conceptLower) || t.scan.has(conceptFiction) {
			continue
		}
		var quotes [][2]int
		var inText [12]int
		for _, m := range t.scan.matches {
			c := lx.entries[m.entry].concept
			k, ok := hintCategories[c]
			if !ok || m.neg {
				continue
			}
			ci := k.cat
			if quotes == nil {
				quotes = quoteSpans(t.text)
			}
			if inSpans(quotes, m.start, m.end) {
				continue
			}
			f := per[ci]
			if f == nil {
				f = &found{phrases: map[string]bool{}, best: -1}
				per[ci] = f
			}
			// One code counts once, however it is spelled or listed.
			ph := lx.entries[m.entry].phrase
			said := strings.ToLower(t.text[m.start:m.end])
			if f.phrases[ph] || f.phrases[said] {
				continue
			}
			f.phrases[ph], f.phrases[said] = true, true
			f.matches = append(f.matches, t.text[m.start:m.end])
			if !k.weak {
				f.strong++
			}
			inText[ci]++
			if inText[ci] > f.bestN {
				f.best, f.bestN, f.start, f.end = ti, inText[ci], m.start, m.end
			}
		}
		for ci, n := range inText {
			if n > 0 {
				per[ci].texts++
			}
		}
	}
	var out []*bsHit
	for ci, f := range per {
		if f == nil || f.strong == 0 {
			continue
		}
		n := min(len(f.matches), f.texts)
		level := LevelNone
		switch {
		case n >= hintFloor && hintFloorCats[Categories[ci]]:
			level = LevelFloor
		case n >= hintHigh:
			level = LevelHigh
		}
		if level == LevelNone {
			continue
		}
		t := texts[f.best]
		sort.Strings(f.matches)
		h := &bsHit{cat: ci, base: level, level: level, match: strings.Join(f.matches, " + "), at: f.start, text: t.text,
			post: t.post, bioURL: t.bioURL, weight: t.weight, start: f.start, end: f.end, pattern: true, structure: true,
			rule: "hints:" + itoa(len(f.matches)) + " coded terms in " + itoa(f.texts) + " texts@" + LexiconVersion}
		if t.post == nil {
			h.rule += " (bio)"
		}
		if pc.on {
			h.level = LevelLow
			h.context = pc.evidence + ": capped at low"
			h.lowered = true
		}
		out = append(out, h)
	}
	return out
}

// inSpans reports whether [start, end) lies inside one of spans.
func inSpans(spans [][2]int, start, end int) bool {
	for _, q := range spans {
		if start >= q[0] && end <= q[1] {
			return true
		}
	}
	return false
}

// raises reports whether a hit at level would raise the highest level of
// hs: corroboration adds a signal where the posts alone fall short, and
// never counts a post twice where they already reach it.
func raises(hs []*bsHit, level int) bool {
	for _, h := range hs {
		if h.level >= level {
			return false
		}
	}
	return true
}
