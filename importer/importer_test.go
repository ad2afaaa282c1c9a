package importer_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/importer"
)

var testNow = time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)

func readFile(t *testing.T, name string) ([]scout.Profile, error) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	format, err := importer.FormatOf(name)
	if err != nil {
		t.Fatal(err)
	}
	return importer.Read(f, format, importer.Options{Name: name, AsOf: testNow.Add(-time.Hour), Now: func() time.Time { return testNow }})
}

func TestReadGoodCSV(t *testing.T) {
	ps, err := readFile(t, "good.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 3 {
		t.Fatalf("%d profiles, want 3 (the blank row skipped)", len(ps))
	}
	a := ps[0].Account
	if a.ID != "instagram:alice.bakes" || a.Platform != "instagram" || a.Handle != "alice.bakes" ||
		a.URL != "https://www.instagram.com/alice.bakes/" || a.DisplayName != "Alice Bakes 🍰" {
		t.Errorf("account %+v", a)
	}
	if *a.Followers != 48210 || *a.Following != 512 || *a.PostsCount != 873 {
		t.Errorf("counts %d %d %d", *a.Followers, *a.Following, *a.PostsCount)
	}
	if !slices.Equal(a.Links, []string{"https://alicebakes.example/", "https://linktr.ee/alicebakes"}) {
		t.Errorf("links %q", a.Links)
	}
	if a.Bio != "Plant-based baking.\nCollabs: hello@alicebakes.example" {
		t.Errorf("bio %q", a.Bio)
	}
	if !a.FetchedAt.Equal(time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)) || !ps[0].FetchedAt.Equal(a.FetchedAt) {
		t.Errorf("fetched at %s, want the row's as_of", a.FetchedAt)
	}
	if ps[0].SourceURL != "import:good.csv#L2" {
		t.Errorf("source %q", ps[0].SourceURL)
	}
	b := ps[1].Account
	if b.ID != "tiktok:bobcooks" || b.Handle != "BobCooks" || b.DisplayName != `Bob "the cook" Smith` || b.Following != nil || ps[1].SourceURL != "import:good.csv#L4" {
		t.Errorf("account %+v from %s", b, ps[1].SourceURL)
	}
	c := ps[2].Account
	if c.ID != "twitch:carol_plays" || c.URL != "https://www.twitch.tv/carol_plays" || c.Followers != nil ||
		!c.FetchedAt.Equal(testNow.Add(-time.Hour)) || c.Links == nil {
		t.Errorf("account %+v: want no counts, the file's as-of time, links [] not null", c)
	}
}

func TestReadGoodJSONL(t *testing.T) {
	ps, err := readFile(t, "good.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 2 || len(ps[0].Posts) != 2 {
		t.Fatalf("%d profiles, want 2 (first with 2 posts)", len(ps))
	}
	p := ps[0].Posts[0]
	if p.ID != "instagram:alice.bakes/C9xAbc" || p.AccountID != "instagram:alice.bakes" || p.URL != "https://www.instagram.com/p/C9xAbc/" ||
		!p.PublishedAt.Equal(time.Date(2026, 11, 18, 17, 0, 0, 0, time.UTC)) || *p.Likes != 1890 || !p.PaidPartnership || p.MediaKind != "image" || p.Views != nil {
		t.Errorf("post %+v", p)
	}
	if v := ps[0].Posts[1]; v.MediaKind != "video" || v.DurationSeconds != 28 || *v.Views != 80100 || v.URL != "" {
		t.Errorf("video %+v", v)
	}
	b := ps[1].Account
	if b.ID != "tiktok:bobcooks" || b.Platform != "tiktok" || *b.Followers != 1_200_000 ||
		!slices.Equal(b.Links, []string{"https://bobcooks.example", "https://shop.example/bob"}) || ps[1].SourceURL != "import:good.jsonl#L3" {
		t.Errorf("account %+v", b)
	}
}

// TestReadBadFiles checks that every bad row is reported at its line and
// no profile comes back.
func TestReadBadFiles(t *testing.T) {
	cases := []struct {
		file string
		want []string // "LINE FIELD" of each reported row, in order
	}{
		{"bad.csv", []string{"2 followers", "3 platform", "4 handle", "5 handle", "7 url", "7 links", "8 ", "9 followers"}},
		{"bad.jsonl", []string{"2 ", "3 ", "4 posts[0].published_at", "4 posts[1].id", "4 posts[1].published_at", "4 posts[1].media_kind", "6 links", "7 ", "8 "}},
		{"bad_header.csv", []string{"1 username", "1 handle"}},
		{"broken_quote.csv", []string{"3 "}},
		{"empty.csv", []string{"0 "}},
	}
	for _, c := range cases {
		ps, err := readFile(t, c.file)
		var ie *importer.Error
		if !errors.As(err, &ie) || ps != nil {
			t.Errorf("%s: %d profiles, err %v; want none and an *importer.Error", c.file, len(ps), err)
			continue
		}
		var got []string
		for _, r := range ie.Rows {
			got = append(got, fmt.Sprintf("%d %s", r.Line, r.Field))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: rows\n got %q\nwant %q\n%v", c.file, got, c.want, ie.Rows)
		}
	}
}

func TestReadMessages(t *testing.T) {
	_, err := readFile(t, "bad.csv")
	var ie *importer.Error
	if !errors.As(err, &ie) {
		t.Fatal(err)
	}
	for _, want := range []string{
		`line 2: followers: "1.2k" is not a whole number`,
		"line 3: platform: youtube is crawled by Scout with stable ids: use scout crawl youtube:@HANDLE",
		"line 5: handle: instagram:alice is already on line 2",
		"line 8: 3 fields, but the header names 6",
	} {
		found := false
		for _, r := range ie.Rows {
			found = found || strings.HasPrefix(r.Error(), want)
		}
		if !found {
			t.Errorf("no row error starts with %q", want)
		}
	}
	if !strings.HasPrefix(ie.Error(), "import bad.csv: 8 bad rows; first: line 2:") {
		t.Errorf("Error() = %q", ie.Error())
	}
}

func TestFormatOf(t *testing.T) {
	for name, want := range map[string]importer.Format{"a.csv": importer.CSV, "B.CSV": importer.CSV, "x.jsonl": importer.JSONL, "x.ndjson": importer.JSONL} {
		if got, err := importer.FormatOf(name); got != want || err != nil {
			t.Errorf("FormatOf(%q) = %q, %v", name, got, err)
		}
	}
	if _, err := importer.FormatOf("x.xlsx"); !errors.Is(err, importer.ErrUnknownFormat) {
		t.Errorf("xlsx: %v", err)
	}
}
