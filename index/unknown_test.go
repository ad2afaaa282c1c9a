package index_test

import (
	"slices"
	"testing"

	"github.com/scout-oss/scout"
)

// scored is a creator with the given scores: a number, or nil for an
// unknown one (a score with a null value and what is missing).
func scored(id string, vals map[string]*float64) *scout.Creator {
	c := newCreator(creatorSpec{id: id, name: "Creator " + id, accounts: []scout.Account{acct(scout.PlatformWeb, id+".example")}})
	c.Scores = map[string]*scout.Score{}
	for name, v := range vals {
		s := &scout.Score{Value: v, Version: "test"}
		if v == nil {
			s.Missing = []string{"posts: 2 analysed, 3 needed"}
		}
		c.Scores[name] = s
	}
	return c
}

func all(v *float64) map[string]*float64 {
	m := map[string]*float64{}
	for _, n := range scout.ScoreNames {
		m[n] = v
	}
	return m
}

func unknownIndex(tb testing.TB) []*scout.Creator {
	return []*scout.Creator{
		scored("thin", all(nil)),                // two clean posts: every score unknown
		scored("full", all(scout.Float64(100))), // twelve clean posts
		scored("low", all(scout.Float64(35))),   // measured and risky
		scored("never", nil),                    // never scored
		scored("mid", all(scout.Float64(64.5))), // measured
	}
}

func TestSearch_UnknownScoresSortLast(t *testing.T) {
	ix := MustOpenMem(t)
	MustIndex(t, ix, unknownIndex(t)...)
	for _, name := range scout.ScoreNames {
		for _, desc := range []bool{true, false} {
			got, _ := MustSearch(t, ix, scout.SearchQuery{Sort: scout.SortScorePrefix + name, Desc: desc, PerPage: 10})
			want := []string{"full", "mid", "low"}
			if !desc {
				want = []string{"low", "mid", "full"}
			}
			if !slices.Equal(got[:3], want) || !slices.Equal(sorted(got[3:]), []string{"never", "thin"}) {
				t.Errorf("sort score.%s desc=%v: %v; want %v, then the unknown ones", name, desc, got, want)
			}
			// Cursor paging crosses from known to unknown values.
			first, res := MustSearch(t, ix, scout.SearchQuery{Sort: scout.SortScorePrefix + name, Desc: desc, PerPage: 2})
			if res.NextCursor == "" {
				t.Fatalf("no cursor after %v", first)
			}
			rest, _ := MustSearch(t, ix, scout.SearchQuery{Sort: scout.SortScorePrefix + name, Desc: desc, PerPage: 10, Cursor: res.NextCursor})
			if !slices.Equal(append(first, rest...), got) {
				t.Errorf("sort score.%s desc=%v paged: %v + %v, want %v", name, desc, first, rest, got)
			}
		}
	}
}

func TestSearch_ScoreBoundsUnknown(t *testing.T) {
	ix := MustOpenMem(t)
	MustIndex(t, ix, unknownIndex(t)...)
	tests := []struct {
		name    string
		r       scout.Range
		include bool
		want    []string
	}{
		{"MinExcludesUnknown", scout.Range{Min: scout.Float64(0)}, false, []string{"full", "low", "mid"}},
		{"MaxExcludesUnknown", scout.Range{Max: scout.Float64(50)}, false, []string{"low"}},
		{"IncludeUnknown", scout.Range{Min: scout.Float64(60)}, true, []string{"full", "mid", "never", "thin"}},
		{"IncludeUnknownKeepsTheBound", scout.Range{Max: scout.Float64(10)}, true, []string{"never", "thin"}},
	}
	for _, tt := range tests {
		for _, name := range scout.ScoreNames {
			got, _ := MustSearch(t, ix, scout.SearchQuery{Scores: map[string]scout.Range{name: tt.r}, IncludeUnknown: tt.include, PerPage: 10})
			if !slices.Equal(sorted(got), tt.want) {
				t.Errorf("%s on %s: %v, want %v", tt.name, name, sorted(got), tt.want)
			}
		}
	}
}

func TestSearch_BandFacetUnknown(t *testing.T) {
	ix := MustOpenMem(t)
	MustIndex(t, ix, unknownIndex(t)...)
	_, res := MustSearch(t, ix, scout.SearchQuery{Facets: []string{scout.FacetBrandSafetyBand}, PerPage: 1})
	got := map[string]int{}
	for _, c := range res.Facets[scout.FacetBrandSafetyBand] {
		got[c.Value] = c.Count
	}
	want := map[string]int{scout.BandSafe: 1, scout.BandReview: 1, scout.BandRisky: 1, scout.BandUnknown: 2}
	if len(got) != len(want) {
		t.Errorf("band facet %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("band facet %v, want %v", got, want)
			break
		}
	}
}
