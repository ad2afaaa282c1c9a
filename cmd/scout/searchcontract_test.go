package main

import (
	"slices"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/scoring"
)

// TestBrandSafetyCategories keeps the root's list of categories (which
// search validates max_risk.CATEGORY against) equal to the scorer's.
func TestBrandSafetyCategories(t *testing.T) {
	if !slices.Equal(scout.BrandSafetyCategories, scoring.Categories) {
		t.Errorf("scout.BrandSafetyCategories = %v, scoring.Categories = %v", scout.BrandSafetyCategories, scoring.Categories)
	}
	for i, level := range scout.RiskLevels {
		if got := scoring.LevelName(i); got != level {
			t.Errorf("risk level %d is %q in search and %q in scoring", i, level, got)
		}
	}
}
