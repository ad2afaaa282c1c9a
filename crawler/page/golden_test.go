package page_test

import (
	"os"
	"testing"
)

// MustReadFile reads a test fixture.
func MustReadFile(tb testing.TB, path string) []byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("read fixture: %v", err)
	}
	return b
}

// readFixture reads a fixture for a package-level test table, where no
// testing.TB exists yet; a missing fixture panics at start-up.
func readFixture(path string) []byte {
	b, err := os.ReadFile(path)
	if err != nil {
		panic(err)
	}
	return b
}
