package scoring_test

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/scout-oss/scout/scoring"
)

// prefilterTexts are texts where the prefilters before the disclosure
// expressions could go wrong: cues in every case, at the start and end,
// glued to other words, accented, repeated.
var prefilterTexts = []string{
	"", "c", "%", "5%", "20% off", "x20% off", "_20 % off", "120% off", "ahorra 15% de descuento", "15 %rabatt", "30%\tdi sconto",
	"use code BAKE15 at checkout", "CODE:GLOW20", "promo code «SPRING24» and coupon code ZZZ9", "xcode ABC12", "_code ABC12",
	"código de descuento LUZ10", "CÓDIGO LUZ10", "codice sconto MARE5", "Rabattcode: LOTTA15", "gutscheincode sommer24",
	"cupón PLAYA10, cupom PRAIA10", "discount code TAKE10 discount code TAKE11", "écode ABC12", "codecode code code X1Y2",
	"10% off 20% off with code A1B2C3 and code D4E5", "dicount prcode cuopon", "ｃｏｄｅ ABC12", "code", "code ab",
}

func TestPrefiltersMatchTheExpressions(t *testing.T) {
	for _, s := range prefilterTexts {
		if got, want := scoring.CodesIn(s), scoring.CodesByRegexp(s); !slices.Equal(got, want) {
			t.Errorf("codes in %q: %q, the expression finds %q", s, got, want)
		}
		if got, want := scoring.PercentOff(s), scoring.PercentOffByRegexp(s); got != want {
			t.Errorf("percent off in %q: %v, the expression says %v", s, got, want)
		}
	}
	for _, s := range append(prefilterTexts, " a", "a ", "a  b", "a\tb", "a\u00a0b", "a\u2003b", "a\u0085b", "á b", "a\xffb c") {
		if got, want := scoring.OneLine(s), strings.Join(strings.Fields(s), " ") == s; got != want {
			t.Errorf("one line %q: %v, strings.Fields says %v", s, got, want)
		}
	}
}

func FuzzPrefiltersMatchTheExpressions(f *testing.F) {
	for _, s := range prefilterTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := scoring.CodesIn(s), scoring.CodesByRegexp(s); !slices.Equal(got, want) {
			t.Errorf("codes in %q: %q, the expression finds %q", s, got, want)
		}
		if got, want := scoring.PercentOff(s), scoring.PercentOffByRegexp(s); got != want {
			t.Errorf("percent off in %q: %v, the expression says %v", s, got, want)
		}
		if got, want := scoring.OneLine(s), strings.Join(strings.Fields(s), " ") == s; got != want {
			t.Errorf("one line %q: %v, strings.Fields says %v", s, got, want)
		}
	})
}

// TestFoldByTableMatchesTransforms holds the letter-by-letter fold of
// Latin letters equal to the Unicode transforms, for every letter and
// every pair of letters below U+0250 and for words mixing them with
// others.
func TestFoldByTableMatchesTransforms(t *testing.T) {
	var rs []rune
	for r := rune(0x20); r < 0x250; r++ {
		if r == 0x7f {
			continue
		}
		rs = append(rs, r)
	}
	for _, a := range rs {
		for _, b := range rs {
			if a < 0x80 && b < 0x80 {
				continue
			}
			s := string([]rune{a, b})
			if got, want := scoring.FoldAccents(s), scoring.FoldAccentsSlow(s); got != want {
				t.Fatalf("fold %q (%U %U): %q, the transforms give %q", s, a, b, got, want)
			}
			if got, want := scoring.NormWord(s), scoring.FoldAccentsSlow(strings.ToLower(s)); got != want {
				t.Fatalf("norm %q (%U %U): %q, the transforms give %q", s, a, b, got, want)
			}
		}
	}
	for _, s := range []string{"Vídeo", "İstanbul", "ǅemal", "Ⱥb", "Straße", "ŒUVRE", "naïve", "e\u0301te", "Ｆｏｏ", "𝐟oo", "ﬁn", "Ønsker", "ĲSSEL", "Привет", "n\u0303o", "a\xffb"} {
		if got, want := scoring.FoldAccents(s), scoring.FoldAccentsSlow(s); got != want {
			t.Errorf("fold %q: %q, the transforms give %q", s, got, want)
		}
		if got, want := scoring.NormWord(s), scoring.FoldAccentsSlow(strings.ToLower(s)); got != want {
			t.Errorf("norm %q: %q, the transforms give %q", s, got, want)
		}
	}
}

func TestAutomatonTablesAgree(t *testing.T) {
	pats := []string{" he", " she ", "his", "hers", " ushers", " a", "1", " x"}
	for _, text := range []string{"", " ushers he said she ", " his hers a1 x ", "zzzz", " she she she "} {
		compact, wide, both := scoring.AutomatonHits(pats, text)
		if !both || !slices.Equal(compact, wide) {
			t.Errorf("%q: compact table finds %v, wide %v", text, compact, wide)
		}
	}
	if c, _, _ := scoring.AutomatonHits(pats, " ushers "); len(c) == 0 {
		t.Error("no hits in \" ushers \"")
	}
}

func TestWordRuneASCII(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if got := scoring.IsWordRune(r); got != want {
			t.Errorf("%q: %v, want %v", r, got, want)
		}
	}
}
