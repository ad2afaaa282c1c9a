// Package sharedtest finds the reference material kept beside the
// repository in ../shared (real public samples of the formats Scout reads,
// research notes) for tests in any package.
//
// The directory is found from the module root (the nearest go.mod above the
// test's working directory), never through a fixed "../../", so moving a
// package cannot silently turn its sample tests into skips. Outside CI a
// missing sample skips the test with a message; under CI=true it fails.
package sharedtest

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ModuleRoot returns the directory holding the module's go.mod, walking up
// from the working directory (go test runs each package in its own folder).
func ModuleRoot(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatalf("sharedtest: working directory: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatalf("sharedtest: no go.mod above %s", dir)
		}
		dir = parent
	}
}

// Dir returns ../shared/sub relative to the module root, after checking that
// each of files exists in it. A missing directory or file skips the test, or
// fails it when the environment variable CI is "true".
func Dir(tb testing.TB, sub string, files ...string) string {
	tb.Helper()
	dir := filepath.Join(filepath.Dir(ModuleRoot(tb)), "shared", sub)
	check := append([]string{""}, files...)
	for _, f := range check {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			missing(tb, "shared sample %s absent: %v", filepath.Join(sub, f), err)
		}
	}
	return dir
}

// Formats returns the directory of the real format samples
// (../shared/formats), checking that each of files is there.
func Formats(tb testing.TB, files ...string) string {
	tb.Helper()
	return Dir(tb, "formats", files...)
}

// ReadFormat reads one sample from ../shared/formats, gunzipping names that
// end in .gz.
func ReadFormat(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(Formats(tb, name), name))
	if err != nil {
		tb.Fatalf("sharedtest: read %s: %v", name, err)
	}
	if !strings.HasSuffix(name, ".gz") {
		return b
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		tb.Fatalf("sharedtest: gunzip %s: %v", name, err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		tb.Fatalf("sharedtest: gunzip %s: %v", name, err)
	}
	return out
}

func missing(tb testing.TB, format string, args ...any) {
	tb.Helper()
	if os.Getenv("CI") == "true" {
		tb.Fatalf(format+" (CI=true: samples are required)", args...)
	}
	tb.Skipf(format, args...)
}
