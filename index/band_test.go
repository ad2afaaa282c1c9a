package index_test

import (
	"slices"
	"testing"

	"github.com/scout-oss/scout"
)

// TestSearch_BandAgreesWithFlags: a creator whose brand_safety score is
// high but who carries a brand-safety flag is in review, not safe, and the
// brand_safety_band filter returns exactly what the facet counts.
func TestSearch_BandAgreesWithFlags(t *testing.T) {
	ix := MustOpenMem(t)
	flagged := scored("flagged", all(scout.Float64(92)))
	flagged.Flags = []scout.Flag{{Code: "brand_safety:profanity", Severity: scout.SeverityWarn, Level: "medium"}}
	info := scored("info", all(scout.Float64(95)))
	info.Flags = []scout.Flag{{Code: "brand_safety:crime", Severity: scout.SeverityInfo, Level: "low"}}
	MustIndex(t, ix, scored("clean", all(scout.Float64(90))), flagged, info, scored("mid", all(scout.Float64(64.5))))
	_, res := MustSearch(t, ix, scout.SearchQuery{Facets: []string{scout.FacetBrandSafetyBand}, PerPage: 1})
	got := map[string]int{}
	for _, c := range res.Facets[scout.FacetBrandSafetyBand] {
		got[c.Value] = c.Count
	}
	if got[scout.BandSafe] != 2 || got[scout.BandReview] != 2 {
		t.Errorf("band facet %v; want safe 2 (clean, info), review 2 (flagged, mid)", got)
	}
	for band, want := range map[string][]string{scout.BandSafe: {"clean", "info"}, scout.BandReview: {"flagged", "mid"}} {
		ids, _ := MustSearch(t, ix, scout.SearchQuery{Bands: []string{band}, PerPage: 10})
		if !slices.Equal(sorted(ids), want) {
			t.Errorf("brand_safety_band=%s: %v, want %v", band, sorted(ids), want)
		}
	}
}
