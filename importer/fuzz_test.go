package importer_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/importer"
)

// fuzzImport reads data in format f and checks what any input must give:
// profiles or an error the person importing can act on, never a panic,
// and profiles whose text is UTF-8 and whose counts an account could have.
func fuzzImport(t *testing.T, f importer.Format, data []byte) {
	now := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	ps, err := importer.Read(bytes.NewReader(data), f, importer.Options{Name: "fuzz", AsOf: now.Add(-time.Hour), Now: func() time.Time { return now }})
	if err != nil {
		var ie *importer.Error
		var se *scout.Error
		if !errors.As(err, &ie) && !errors.As(err, &se) && !strings.Contains(err.Error(), "fuzz") {
			t.Fatalf("error of an unexpected shape %T: %v", err, err)
		}
		if ps != nil {
			t.Fatalf("%d profiles with the error %v: an import is all or nothing", len(ps), err)
		}
		return
	}
	for _, p := range ps {
		a := p.Account
		for _, s := range []string{a.ID, a.Handle, a.DisplayName, a.Bio, a.URL} {
			if !utf8.ValidString(s) {
				t.Errorf("row %s: invalid UTF-8 %q", p.SourceURL, s)
			}
		}
		for _, n := range []*int64{a.Followers, a.Following, a.PostsCount} {
			if n != nil && (*n < 0 || *n > 1e13) {
				t.Errorf("row %s: count %d out of range", p.SourceURL, *n)
			}
		}
		if a.ID == "" || a.Platform == "" {
			t.Errorf("row %s: account without id or platform: %+v", p.SourceURL, a)
		}
	}
}

// addFiles adds the testdata files with the extension ext as seeds.
func addFiles(f *testing.F, ext string) {
	names, _ := filepath.Glob(filepath.Join("testdata", "*"+ext))
	if len(names) == 0 {
		f.Fatalf("no testdata/*%s seeds", ext)
	}
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

func FuzzReadCSV(f *testing.F) {
	addFiles(f, ".csv")
	f.Add([]byte("platform,handle,followers\nyoutube,@a,-5\n"))
	f.Add([]byte("platform,handle,followers\nyoutube,@a,99999999999999999999999\n"))
	f.Add([]byte("\xef\xbb\xbfplatform,handle\r\nbluesky,\"a\"\"b\"\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzImport(t, importer.CSV, data) })
}

func FuzzReadJSONL(f *testing.F) {
	addFiles(f, ".jsonl")
	f.Add([]byte(`{"platform":"youtube","handle":"@a","followers":"12.5K"}` + "\n"))
	f.Add([]byte(`{"platform":"youtube","handle":"@a","followers":1e300}` + "\n"))
	f.Add([]byte(`{"platform":["x"],"handle":{"a":1}}` + "\n" + `[1,2,3]` + "\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzImport(t, importer.JSONL, data) })
}
