package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/scout-oss/scout/internal/sharedtest"
)

// TestRunPrintsTable runs the evaluation on the validation batch and checks
// the table has a row per target and the summary line.
func TestRunPrintsTable(t *testing.T) {
	var out bytes.Buffer
	dir := filepath.Join(sharedtest.ModuleRoot(t), "testdata", "eval")
	if err := run(&out, dir, []string{"validation"}, false, ""); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, want := range []string{"### validation batch", "| `brand_safety:hate`", "| `engagement_pod`", "targets reach precision and recall ≥ 0.9"} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
}

// TestCountNeverScores checks the coverage count of a batch: one row per
// target with the batch's positives, and no precision or recall column.
func TestCountNeverScores(t *testing.T) {
	var out bytes.Buffer
	dir := filepath.Join(sharedtest.ModuleRoot(t), "testdata", "eval")
	if err := count(&out, dir, []string{"validation"}); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	if !strings.Contains(s, "### validation batch: 511 creators") || !strings.Contains(s, "| `brand_safety:terrorism` | 11 |") {
		t.Errorf("unexpected count:\n%s", s)
	}
	if strings.Contains(s, "precision") || strings.Contains(s, "TP") {
		t.Errorf("the count shows scoring results:\n%s", s)
	}
}
