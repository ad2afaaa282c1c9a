package crawltest

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/scout-oss/scout"
)

// MustMatchGoldenProfile compares a profile with its golden file, the
// fixture server's host and port replaced by "fixture" so that the file
// does not depend on the port.
func MustMatchGoldenProfile(tb testing.TB, name string, p *scout.Profile, serverURL string) {
	tb.Helper()
	b, err := json.Marshal(p)
	if err != nil {
		tb.Fatal(err)
	}
	var v any
	if err := json.Unmarshal([]byte(strings.ReplaceAll(string(b), strings.TrimPrefix(serverURL, "http://"), "fixture")), &v); err != nil {
		tb.Fatal(err)
	}
	MustMatchGolden(tb, name, v)
}

// updating reports whether the test binary runs with -update.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// MustMatchGolden compares v, encoded as indented JSON, with
// testdata/golden/name.json, or rewrites that file under -update.
func MustMatchGolden(tb testing.TB, name string, v any) {
	tb.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		tb.Fatalf("encode %s: %v", name, err)
	}
	path := filepath.Join("testdata", "golden", name+".json")
	if updating() {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			tb.Fatalf("update golden: %v", err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("read golden (run go test -update to create it): %v", err)
	}
	if diff := cmp.Diff(string(want), buf.String()); diff != "" {
		tb.Errorf("%s mismatch (-golden +got):\n%s", path, diff)
	}
}

// The -update flag rewrites testdata/golden from the current output. It is
// defined only if nothing defined it first, so that a test package may
// declare its own.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite testdata/golden from the current output")
	}
}
