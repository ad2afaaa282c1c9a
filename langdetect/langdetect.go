// Package langdetect detects the language of post texts for Scout: it
// implements scout.LanguageDetector with whatlanggo, a trigram detector
// of 84 languages that adds about 0.5 MB to the binary. lingua-go is more
// accurate on very short texts but embeds all its models (about 130 MB
// of binary and 190 MB of memory, even when only six languages are
// asked for); Scout takes a creator's language as the majority over many
// posts, where the trigram detector's per-post errors wash out. See the
// README's measurement table. Only the binaries that detect link it.
package langdetect

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/abadojack/whatlanggo"

	"github.com/scout-oss/scout"
)

// Detector is a scout.LanguageDetector. Its zero value is ready and safe
// for concurrent use.
type Detector struct{}

var _ scout.LanguageDetector = Detector{}

// New returns a Detector.
func New() Detector { return Detector{} }

var (
	// reNoise is what says nothing about a text's language and skews
	// trigrams: URLs, @handles (with their instance), e-mail addresses.
	reNoise = regexp.MustCompile(`(?i)https?://\S+|www\.\S+|\S+@\S+|@[\w.-]+`)
)

// Detect implements scout.LanguageDetector. URLs, @handles and the # of
// hashtags are removed first. The confidence is whatlanggo's, which is
// low for texts that are short or between two close languages (es/pt,
// it/es); callers drop answers below ingest.MinDetectConfidence.
func (Detector) Detect(text string) (string, float64) {
	text = reNoise.ReplaceAllString(text, " ")
	text = strings.ReplaceAll(text, "#", " ")
	text = strings.Join(strings.Fields(text), " ")
	if text == "" {
		return "", 0
	}
	info := whatlanggo.Detect(text)
	code, conf := info.Lang.Iso6391(), info.Confidence
	if closeLanguages[code] {
		// Trigrams confuse the Romance languages with each other (es/pt
		// above all) and answer them with low confidence; their function
		// words tell them apart.
		if best, margin := functionWordVote(text); best != "" && margin >= 2 {
			code, conf = best, max(conf, 0.75)
		}
	}
	if code == "" || !scout.ValidLanguage(code) {
		return "", 0
	}
	return code, conf
}

// closeLanguages are the languages functionWordVote separates.
var closeLanguages = map[string]bool{"es": true, "pt": true, "it": true, "fr": true, "ca": true, "gl": true}

// functionWords are frequent words found in one of the close languages and
// not (or rarely) in the others.
var functionWords = map[string][]string{
	"es": {"el", "los", "las", "y", "en", "por", "con", "una", "es", "lo", "del", "al", "este", "esta", "pero", "muy", "más", "cuándo", "qué", "sé", "hoy", "otra", "vez", "nada", "todo", "todos", "vosotros", "deseadme", "dejad", "tenéis", "os", "mi", "yo", "ya", "sale", "ha", "han", "hay", "está", "están", "sí", "también", "porque", "cómo", "donde", "dónde", "le", "les", "se"},
	"pt": {"o", "os", "as", "e", "em", "do", "da", "dos", "das", "na", "nas", "um", "uma", "com", "não", "é", "você", "vocês", "meu", "minha", "muito", "mais", "hoje", "ao", "à", "às", "pelo", "pela", "isso", "esta", "este", "está", "foi", "já", "vem", "aí", "também", "porque", "como", "onde", "sim", "eu", "ele", "ela"},
	"it": {"il", "lo", "gli", "di", "che", "è", "per", "non", "un", "una", "del", "della", "dei", "delle", "con", "mi", "ho", "ha", "sono", "questo", "questa", "anche", "ma", "più", "oggi", "nel", "nella", "sul", "sulla", "ed", "io", "ci", "come", "dove", "perché"},
	"fr": {"le", "les", "et", "est", "un", "une", "des", "du", "pour", "pas", "je", "ce", "qui", "dans", "sur", "vous", "nous", "au", "aux", "mais", "plus", "aujourd'hui", "avec", "mon", "ma", "mes", "il", "elle", "on", "j'ai", "c'est", "n'est"},
}

// spellingCues are letters and endings only one of the close languages
// writes.
var spellingCues = map[string][]string{
	"es": {"ñ", "¿", "¡", "ción", "áis", "éis"},
	"pt": {"ã", "õ", "ção", "ções", "nh", "lh"},
	"it": {"zz", "gli", "cch"},
	"fr": {"eau", "ç", "œ", "ê"},
}

// functionWordVote counts each close language's function words in text
// and returns the language with the most, and its lead over the second.
func functionWordVote(text string) (string, int) {
	score := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	}) {
		for lang, words := range functionWords {
			if slices.Contains(words, w) {
				score[lang]++
			}
		}
	}
	for lang, cues := range spellingCues {
		for _, c := range cues {
			if strings.Contains(text, c) {
				score[lang]++
			}
		}
	}
	best, second := "", 0
	for _, lang := range []string{"es", "pt", "it", "fr"} {
		switch n := score[lang]; {
		case best == "" || n > score[best]:
			if best != "" {
				second = score[best]
			}
			best = lang
		case n > second:
			second = n
		}
	}
	if score[best] == 0 {
		return "", 0
	}
	return best, score[best] - second
}
