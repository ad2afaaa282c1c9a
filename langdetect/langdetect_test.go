package langdetect_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/scout-oss/scout/ingest"
	"github.com/scout-oss/scout/langdetect"
)

// sample is one line of testdata/sentences.tsv.
type sample struct{ want, text string }

func MustSamples(tb testing.TB) []sample {
	tb.Helper()
	f, err := os.Open("testdata/sentences.tsv")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []sample
	s := bufio.NewScanner(f)
	for s.Scan() {
		l := s.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		want, text, ok := strings.Cut(l, "\t")
		if !ok {
			tb.Fatalf("bad line %q", l)
		}
		out = append(out, sample{want, text})
	}
	return out
}

// TestDetectAccuracy checks the accuracy per language on the sentences the
// README's table was measured on, counting only confident answers as
// given (as the ingest path does): a confident answer must be right at
// least 95% of the time, and at least 70% of the sentences must get one (the detector abstains
// rather than guess; a creator's language is a majority over many posts).
func TestDetectAccuracy(t *testing.T) {
	d := langdetect.New()
	type tally struct{ n, confident, right int }
	per := map[string]*tally{}
	for _, s := range MustSamples(t) {
		tl := per[s.want]
		if tl == nil {
			tl = &tally{}
			per[s.want] = tl
		}
		tl.n++
		got, conf := d.Detect(s.text)
		if conf < ingest.MinDetectConfidence {
			continue
		}
		tl.confident++
		if got == s.want {
			tl.right++
		} else {
			t.Logf("%s: got %s (%.2f) for %q", s.want, got, conf, s.text)
		}
	}
	for lang, tl := range per {
		t.Logf("%s: %d sentences, %d confident, %d right", lang, tl.n, tl.confident, tl.right)
		if float64(tl.confident) < 0.7*float64(tl.n) {
			t.Errorf("%s: only %d of %d sentences got a confident answer", lang, tl.confident, tl.n)
		}
		if float64(tl.right) < 0.95*float64(tl.confident) {
			t.Errorf("%s: %d of %d confident answers right, want at least 95%%", lang, tl.right, tl.confident)
		}
	}
}

func TestDetectIgnoresNoise(t *testing.T) {
	d := langdetect.New()
	for _, tc := range []struct{ text, want string }{
		{"Neues Video ist online! https://example.com/watch?v=abc @alice.bsky.social #backen mit Sauerteig und viel Geduld", "de"},
		{"", ""},
		{"https://example.com @bob@example.social", ""},
	} {
		got, _ := d.Detect(tc.text)
		if got != tc.want {
			t.Errorf("Detect(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
