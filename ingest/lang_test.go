package ingest_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/ingest"
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
		ingest.DetectLanguages(p, det)
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

// TestIngesterDetectsLanguages ingests a profile whose posts declare no
// language: the ingester detects them once, stores the account's language
// with its evidence, and the creator derives it; the caller's result is
// not changed.
func TestIngesterDetectsLanguages(t *testing.T) {
	st := newMemStore()
	det := &fakeDetector{}
	in := &ingest.Ingester{Creators: st, Visits: st, Languages: det}
	r := &scout.CrawlResult{URL: "u", Profile: &scout.Profile{
		Account: scout.Account{ID: "bluesky:did:plc:de", Platform: scout.PlatformBluesky, Followers: scout.Int64(5)},
		Posts: []scout.Post{
			{ID: "1", Text: "ein langer Beitrag über Brot lang=de"},
			{ID: "2", Text: "noch ein langer Beitrag lang=de"},
		},
		FetchedAt: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC),
	}}
	if err := in.Ingest(context.Background(), r); err != nil {
		t.Fatal(err)
	}
	c, err := st.FindCreatorByID(context.Background(), scout.NewCreatorID("bluesky:did:plc:de"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Language == nil || *c.Language != "de" {
		t.Fatalf("creator language %v, want de", c.Language)
	}
	want := &scout.LanguageEvidence{Source: "detected", Share: 1, Sample: 2, Account: "bluesky:did:plc:de"}
	if diff := cmp.Diff(want, c.LanguageEvidence); diff != "" {
		t.Errorf("evidence (-want +got):\n%s", diff)
	}
	if c.Posts[0].Language != "de" {
		t.Errorf("stored post language %q, want de", c.Posts[0].Language)
	}
	if r.Profile.Posts[0].Language != "" || r.Profile.Account.Language != "" {
		t.Error("the ingester changed the caller's result")
	}
	if det.calls != 2 {
		t.Errorf("detector called %d times, want once per post", det.calls)
	}
}

func TestDeriveLanguage(t *testing.T) {
	c := &scout.Creator{Accounts: []scout.Account{
		{ID: "a", Followers: scout.Int64(100), Language: "fr", LanguageEvidence: &scout.LanguageEvidence{Source: "detected", Share: 0.9, Sample: 30}},
		{ID: "b", Followers: scout.Int64(10), Language: "en", LanguageEvidence: &scout.LanguageEvidence{Source: "declared", Share: 0.8, Sample: 5}},
	}}
	ingest.Derive(c)
	if c.Language == nil || *c.Language != "en" {
		t.Fatalf("language %v, want en (declared beats detected)", c.Language)
	}
	want := &scout.LanguageEvidence{Source: "declared", Share: 0.8, Sample: 5, Account: "b"}
	if diff := cmp.Diff(want, c.LanguageEvidence); diff != "" {
		t.Errorf("evidence (-want +got):\n%s", diff)
	}
	// An imported language (no evidence) survives accounts that say nothing.
	imp := &scout.Creator{Language: scout.String("it"), Accounts: []scout.Account{{ID: "x"}}}
	ingest.Derive(imp)
	if imp.Language == nil || *imp.Language != "it" {
		t.Errorf("imported language %v, want it", imp.Language)
	}
}
