package scoring

import (
	"strings"
	"testing"
)

// Every lexicon file names its source and a licence Scout may ship (CC0,
// CC-BY, MIT, BSD, Apache-2.0), and every language has every category.
func TestLexiconFiles(t *testing.T) {
	allowed := []string{"CC0", "CC-BY-4.0", "MIT", "BSD", "Apache-2.0"}
	have := map[string]bool{}
	for _, f := range theLexicon.files {
		have[f.Name] = true
		for _, part := range strings.Split(f.Licence, ";") {
			lic := strings.Fields(strings.TrimSpace(part))
			ok := len(lic) > 0
			if ok {
				ok = false
				for _, a := range allowed {
					ok = ok || strings.HasPrefix(lic[0], a)
				}
			}
			if !ok {
				t.Errorf("%s: licence %q is not one Scout may ship", f.Name, f.Licence)
			}
		}
		if strings.Contains(strings.ToLower(f.Licence), "sa") && strings.Contains(f.Licence, "-SA") {
			t.Errorf("%s: share-alike licence", f.Name)
		}
	}
	for _, lang := range LexiconLanguages {
		for _, c := range append([]string{"context"}, Categories...) {
			if !have[lang+"/"+c+".txt"] {
				t.Errorf("no lexicon file %s/%s.txt", lang, c)
			}
		}
	}
}

var scanTests = []struct {
	text, lang, want string // want: a matched phrase
}{
	{"Vegane Rezepte für alle", "de", ""},
	{"those trannies again", "en", "tranny"},
	{"p a k i", "en", "paki"},
	{"c*nt", "en", "cunt"},
	{"or\u200bdi\u200bgno artigianale", "it", "ordigno"},
	{"рorn", "en", "porn"},
	{"fuuuuck", "en", "fuck"},
	{"pistolas sin número de serie", "es", "sin número de serie"},
	{"arm day", "en", ""},
}

// The automaton finds words through inflection and obfuscation, and a
// word of one language does not match another's everyday word.
func TestLexScan(t *testing.T) {
	sc := newLexScanner(theLexicon)
	for _, tt := range scanTests {
		got := ""
		for _, m := range sc.scan(tt.text, tokenize(tt.text), tt.lang).matches {
			e := theLexicon.entries[m.entry]
			if e.cat >= 0 && (tt.want == "" || strings.TrimPrefix(e.phrase, "=") == tt.want) {
				got = strings.TrimPrefix(e.phrase, "=")
				if tt.want == "" {
					got = e.phrase + " (" + e.source + ")"
				}
				break
			}
		}
		if got != tt.want {
			t.Errorf("scan(%q, %s) matched %q, want %q", tt.text, tt.lang, got, tt.want)
		}
	}
}
