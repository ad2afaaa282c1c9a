package siterules_test

import (
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/scout-oss/scout/crawler/siterules"
	"github.com/scout-oss/scout/crawler/source"
)

// parseCount is the count parser the crawler injects in production.
var parseCount siterules.CountParser = source.ParseCount

// MustEngine builds an engine from the built-in rules, restricted rules
// included, with the crawler's count parser.
func MustEngine(tb testing.TB) *siterules.Engine {
	tb.Helper()
	e, err := siterules.Default(siterules.Options{ParseCount: parseCount, AllowRestricted: true})
	if err != nil {
		tb.Fatalf("default engine: %v", err)
	}
	return e
}

// MustFixture reads testdata/name.
func MustFixture(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatalf("fixture: %v", err)
	}
	return b
}

// MustURL parses s.
func MustURL(tb testing.TB, s string) *url.URL {
	tb.Helper()
	u, err := url.Parse(s)
	if err != nil {
		tb.Fatalf("url %q: %v", s, err)
	}
	return u
}

// MustRule parses one rule file given as a string.
func MustRule(tb testing.TB, js string) *siterules.Rule {
	tb.Helper()
	r, err := siterules.ParseRule([]byte(js))
	if err != nil {
		tb.Fatalf("parse rule: %v", err)
	}
	return r
}

// ptr returns a pointer to v.
func ptr(v int64) *int64 { return &v }
