package scoring_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	scout "github.com/scout-oss/scout"
	"github.com/scout-oss/scout/scoring"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// MustReadCreator decodes a creator fixture (a scout.Creator in JSON).
func MustReadCreator(tb testing.TB, path string) *scout.Creator {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	var c scout.Creator
	if err := json.Unmarshal(b, &c); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return &c
}

// TestGolden scores every fixture in testdata/creators and compares the full
// Assessment with testdata/golden/<name>.json (go test -update rewrites).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/creators/*.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no fixtures in testdata/creators")
	}
	e := scoring.New()
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		c := MustReadCreator(t, f)
		got, err := json.MarshalIndent(e.Score(c, now), "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, '\n')
		golden := filepath.Join("testdata", "golden", name+".json")
		if *update {
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Errorf("%s: %v (run go test -update)", name, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: assessment differs from %s (run go test -update and review the diff)\ngot:\n%s", name, golden, got)
		}
	}
}
