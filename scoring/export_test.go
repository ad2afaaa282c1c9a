package scoring

import "slices"

// GeneratedHandle exposes the handle test of the follower-sample check to
// the external tests.
var GeneratedHandle = generatedHandle

// TopicTermCount lists the languages whose term lists name topic slug.
func TopicTermCount(slug string) []string {
	t, err := loadTopicTerms()
	if err != nil {
		return nil
	}
	var langs []string
	for _, lang := range LexiconLanguages {
		for _, slugs := range t.by[lang] {
			if slices.Contains(slugs, slug) {
				langs = append(langs, lang)
				break
			}
		}
	}
	return langs
}

// CodesIn and CodesByRegexp find discount codes the fast way and the
// plain way, so a test can hold them equal.
func CodesIn(text string) []string { return codesIn(text, 0) }

func CodesByRegexp(text string) []string {
	var out []string
	for _, m := range reCode.FindAllStringSubmatch(text, -1) {
		out = append(out, m[1])
	}
	return out
}

// PercentOff and PercentOffByRegexp do the same for a sale ("20% off").
var PercentOff = percentOff

func PercentOffByRegexp(text string) bool { return rePct.MatchString(text) }

// FoldAccents and FoldAccentsSlow fold accents by table and through the
// Unicode transforms; NormWord is a token's normalisation.
var (
	FoldAccents     = foldAccents
	FoldAccentsSlow = foldAccentsSlow
)

func NormWord(w string) string { return normWord(w, false) }

// OneLine reports a text excerpt can quote without collapsing spaces.
var OneLine = oneLine

// AutomatonHits scans text with an automaton of pats in its compact
// table and again in the wide one (which large lexicons use), so a test
// can hold the two equal.
func AutomatonHits(pats []string, text string) (compact, wide []uint64, both bool) {
	a := newAutomaton(pats)
	compact = a.scan([]byte(text), nil)
	if both = a.delta16 != nil; both {
		w := *a
		w.delta = make([]int32, len(a.delta16))
		for i, e := range a.delta16 {
			w.delta[i] = int32(e)
		}
		w.delta16 = nil
		wide = w.scan([]byte(text), nil)
	}
	return compact, wide, both
}

// IsWordRune is the tokenizer's test of a word character.
var IsWordRune = isWordRune
