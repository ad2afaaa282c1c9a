package scoringeval_test

import (
	"path/filepath"
	"testing"

	"github.com/scout-oss/scout/internal/sharedtest"
	"github.com/scout-oss/scout/scoring/scoringeval"
)

// TestLoadAndEvaluate loads every batch of testdata/eval and checks the
// accounting: every measured target has the positives and hard negatives
// the conventions ask for (dev ≥ 20 and 20, validation ≥ 10 and 10,
// holdout ≥ 12 and 12), and the confusion counts add up.
func TestLoadAndEvaluate(t *testing.T) {
	root := sharedtest.ModuleRoot(t)
	minimum := map[string]int{"dev": 20, "validation": 10, "holdout": 12}
	for _, b := range scoringeval.Batches {
		cases, err := scoringeval.Load(filepath.Join(root, "testdata", "eval", b))
		if err != nil {
			t.Fatal(err)
		}
		r := scoringeval.Evaluate(b, cases)
		for _, target := range scoringeval.Targets() {
			n := r.Counts[target]
			if n.Pos < minimum[b] || n.HardNeg < minimum[b] {
				t.Errorf("%s %s: %d positives, %d hard negatives; want ≥ %d each", b, target, n.Pos, n.HardNeg, minimum[b])
			}
			if n.TP+n.FN != n.Pos || n.FP > n.Neg || n.HardFP > n.FP {
				t.Errorf("%s %s: counts do not add up: %+v", b, target, *n)
			}
		}
	}
}
