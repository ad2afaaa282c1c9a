package index_test

import (
	"slices"
	"testing"

	"github.com/scout-oss/scout"
)

// TestSearch_BandFilterMatchesFacet: the brand_safety_band filter returns
// exactly the creators the facet counts in each band, so a click on a
// facet value shows what its count promised.
func TestSearch_BandFilterMatchesFacet(t *testing.T) {
	ix := MustOpenMem(t)
	MustIndex(t, ix, unknownIndex(t)...)
	_, res := MustSearch(t, ix, scout.SearchQuery{Facets: []string{scout.FacetBrandSafetyBand}, PerPage: 1})
	for _, c := range res.Facets[scout.FacetBrandSafetyBand] {
		ids, r := MustSearch(t, ix, scout.SearchQuery{Bands: []string{c.Value}, PerPage: 10})
		if r.Total != c.Count || len(ids) != c.Count {
			t.Errorf("brand_safety_band=%s: %d matches (%v), facet said %d", c.Value, r.Total, ids, c.Count)
		}
	}
	ids, _ := MustSearch(t, ix, scout.SearchQuery{Bands: []string{scout.BandSafe, scout.BandRisky}, PerPage: 10})
	if !slices.Equal(sorted(ids), []string{"full", "low"}) {
		t.Errorf("safe or risky: %v", sorted(ids))
	}
}
