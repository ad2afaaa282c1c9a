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
	var brief *scout.Brief
	b, err := os.ReadFile("testdata/brief.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &brief); err != nil {
		t.Fatal(err)
	}
	if err := brief.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		c := MustReadCreator(t, f)
		checkGolden(t, name+".json", e.Score(c, now))
		checkGolden(t, name+".brief.json", e.ScoreBrief(c, brief, now))
		checkGolden(t, name+".partnerships.json", e.Partnerships(c, now))
	}
}

// checkGolden compares v's JSON with testdata/golden/name, or rewrites it
// under -update.
func checkGolden(t *testing.T, name string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	golden := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Errorf("%s: %v (run go test -update)", name, err)
		return
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test -update and review the diff)\ngot:\n%s", name, got)
	}
}

// TestGolden_Deterministic scores every fixture several times and checks
// identical JSON: no map order or shared state may leak into the output.
func TestGolden_Deterministic(t *testing.T) {
	files, _ := filepath.Glob("testdata/creators/*.json")
	e := scoring.New()
	for _, f := range files {
		c := MustReadCreator(t, f)
		a, _ := json.Marshal(e.Score(c, now))
		for i := 0; i < 3; i++ {
			b, _ := json.Marshal(e.Score(c, now))
			if !bytes.Equal(a, b) {
				t.Fatalf("%s: two scorings differ", f)
			}
		}
	}
}
