package scout_test

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/scout-oss/scout"
)

// fakeDetector answers by a marker word in the text, and counts its calls.
type fakeDetector struct{ calls int }

func (d *fakeDetector) Detect(text string) (string, float64) {
	d.calls++
	for _, l := range []string{"de", "fr", "pt"} {
		if strings.Contains(text, "lang="+l) {
			return l, 0.9
		}
	}
	if strings.Contains(text, "unsure") {
		return "es", 0.1
	}
	return "", 0
}

func posts(langs ...string) []scout.Post {
	var out []scout.Post
	for i, l := range langs {
		p := scout.Post{ID: string(rune('a' + i)), Language: l, Text: "a text long enough to be detected: "}
		out = append(out, p)
	}
	return out
}

func TestDetectLanguages(t *testing.T) {
	tests := []struct {
		name   string
		posts  []scout.Post
		bio    string
		want   string
		wantEv *scout.LanguageEvidence
		calls  int
	}{
		{"Declared", posts("en", "en", "pt", "en", ""), "", "en",
			&scout.LanguageEvidence{Source: "declared", Share: 0.75, Sample: 4}, 0},
		{"DetectedWhenTooFewDeclared", func() []scout.Post {
			ps := posts("de", "", "", "")
			ps[1].Text += "lang=fr"
			ps[2].Text += "lang=fr"
			ps[3].Text += "unsure"
			return ps
		}(), "", "fr", &scout.LanguageEvidence{Source: "detected", Share: 0.667, Sample: 3}, 3},
		{"RepostsIgnored", func() []scout.Post {
			ps := posts("de", "de", "de", "fr", "fr", "fr", "fr")
			for i := 3; i < 7; i++ {
				ps[i].IsRepost = true
			}
			return ps
		}(), "", "de", &scout.LanguageEvidence{Source: "declared", Share: 1, Sample: 3}, 0},
		{"Bio", nil, "Backen mit Sauerteig, lang=de", "de", &scout.LanguageEvidence{Source: "bio", Share: 1, Sample: 1}, 1},
		{"Unknown", posts(""), "", "", nil, 0},
	}
	for _, tc := range tests {
		det := &fakeDetector{}
		p := &scout.Profile{Account: scout.Account{Bio: tc.bio}, Posts: tc.posts}
		scout.DetectLanguages(p, det)
		if p.Account.Language != tc.want {
			t.Errorf("%s: language %q, want %q", tc.name, p.Account.Language, tc.want)
		}
		if diff := cmp.Diff(tc.wantEv, p.Account.LanguageEvidence); diff != "" {
			t.Errorf("%s: evidence (-want +got):\n%s", tc.name, diff)
		}
		if tc.calls > 0 && det.calls < tc.calls {
			t.Errorf("%s: detector called %d times, want at least %d", tc.name, det.calls, tc.calls)
		}
		if tc.calls == 0 && det.calls != 0 && tc.name != "Unknown" {
			t.Errorf("%s: detector called %d times for declared languages", tc.name, det.calls)
		}
	}
}

// sinkFunc is a Sink made of a function.
type sinkFunc func(context.Context, *scout.CrawlResult) error

func (f sinkFunc) Ingest(ctx context.Context, r *scout.CrawlResult) error { return f(ctx, r) }

func TestLanguageSink(t *testing.T) {
	var got *scout.CrawlResult
	det := &fakeDetector{}
	s := &scout.LanguageSink{Next: sinkFunc(func(_ context.Context, r *scout.CrawlResult) error { got = r; return nil }), Detector: det}
	in := &scout.CrawlResult{URL: "u", Profile: &scout.Profile{Posts: []scout.Post{
		{ID: "1", Text: "ein langer Beitrag über Brot lang=de"},
		{ID: "2", Text: "noch ein langer Beitrag lang=de"},
	}}}
	if err := s.Ingest(context.Background(), in); err != nil {
		t.Fatal(err)
	}
	if got.Profile.Account.Language != "de" || got.Profile.Posts[0].Language != "de" {
		t.Errorf("got account %q, post %q; want de, de", got.Profile.Account.Language, got.Profile.Posts[0].Language)
	}
	if in.Profile.Posts[0].Language != "" {
		t.Error("the sink changed the caller's result")
	}
	// Failures pass through untouched, without detection.
	calls := det.calls
	fail := &scout.CrawlResult{URL: "v", Failure: &scout.Failure{Kind: scout.FailNotFound}}
	if err := s.Ingest(context.Background(), fail); err != nil || got != fail || det.calls != calls {
		t.Errorf("failure: got %v (err %v), detector calls %d → %d", got, err, calls, det.calls)
	}
}

func TestDeriveLanguage(t *testing.T) {
	c := &scout.Creator{Accounts: []scout.Account{
		{ID: "a", Followers: scout.Int64(100), Language: "fr", LanguageEvidence: &scout.LanguageEvidence{Source: "detected", Share: 0.9, Sample: 30}},
		{ID: "b", Followers: scout.Int64(10), Language: "en", LanguageEvidence: &scout.LanguageEvidence{Source: "declared", Share: 0.8, Sample: 5}},
	}}
	c.Derive()
	if c.Language == nil || *c.Language != "en" {
		t.Fatalf("language %v, want en (declared beats detected)", c.Language)
	}
	want := &scout.LanguageEvidence{Source: "declared", Share: 0.8, Sample: 5, Account: "b"}
	if diff := cmp.Diff(want, c.LanguageEvidence); diff != "" {
		t.Errorf("evidence (-want +got):\n%s", diff)
	}
	// An imported language (no evidence) survives accounts that say nothing.
	imp := &scout.Creator{Language: scout.String("it"), Accounts: []scout.Account{{ID: "x"}}}
	imp.Derive()
	if imp.Language == nil || *imp.Language != "it" {
		t.Errorf("imported language %v, want it", imp.Language)
	}
}
