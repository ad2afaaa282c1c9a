package api_test

import (
	"encoding/json"
	"net/http"
	"testing"
)

type briefSearchBody struct {
	Total    int `json:"total"`
	Creators []struct {
		ID     string `json:"id"`
		Scores map[string]struct {
			Value float64 `json:"value"`
		} `json:"scores"`
	} `json:"creators"`
	Brief struct {
		ID         string `json:"id"`
		Excluded   int    `json:"excluded"`
		Candidates int    `json:"candidates"`
	} `json:"brief"`
}

func TestSearchWithBrief(t *testing.T) {
	ts, ids := MustBriefServer(t)
	b := postBrief(t, ts, briefFile(t))
	var matches struct {
		TotalMatches  int `json:"total_matches"`
		TotalExcluded int `json:"total_excluded"`
		Matches       []struct {
			ID string `json:"id"`
		} `json:"matches"`
	}
	status, _, body := do(t, http.MethodGet, ts.URL+"/api/v1/briefs/"+b.ID+"/matches", nil)
	if status != http.StatusOK || json.Unmarshal(body, &matches) != nil {
		t.Fatalf("matches: %d %s", status, body)
	}
	search := func(t *testing.T, query string) briefSearchBody {
		t.Helper()
		status, _, body := do(t, http.MethodGet, ts.URL+"/api/v1/creators?brief="+b.ID+query, nil)
		if status != http.StatusOK {
			t.Fatalf("status %d: %s", status, body)
		}
		var r briefSearchBody
		if err := json.Unmarshal(body, &r); err != nil {
			t.Fatal(err)
		}
		return r
	}

	t.Run("OK_SameRankingAsMatches", func(t *testing.T) {
		r := search(t, "&per_page=100")
		if r.Total != matches.TotalMatches || r.Brief.Excluded != matches.TotalExcluded || r.Brief.Candidates != len(ids) {
			t.Errorf("total %d, excluded %d, candidates %d; want %d, %d, %d",
				r.Total, r.Brief.Excluded, r.Brief.Candidates, matches.TotalMatches, matches.TotalExcluded, len(ids))
		}
		if len(r.Creators) != len(matches.Matches) {
			t.Fatalf("%d creators, want %d", len(r.Creators), len(matches.Matches))
		}
		for i, c := range r.Creators {
			if c.ID != matches.Matches[i].ID {
				t.Errorf("rank %d: %s, want %s (the brief's own ranking)", i+1, c.ID, matches.Matches[i].ID)
			}
			if _, ok := c.Scores["audience_fit"]; !ok {
				t.Errorf("%s carries no audience_fit: the brief's scores must be shown", c.ID)
			}
		}
	})
	t.Run("OK_FiltersNarrowTheCandidates", func(t *testing.T) {
		r := search(t, "&q=sourdough")
		if r.Brief.Candidates >= len(ids) {
			t.Errorf("q=sourdough scored %d candidates, want fewer than all %d", r.Brief.Candidates, len(ids))
		}
		for _, c := range r.Creators {
			if c.ID == ids["runner"] {
				t.Error("the runner, who never says sourdough, was ranked")
			}
		}
	})
	t.Run("OK_Paging", func(t *testing.T) {
		if len(matches.Matches) < 2 {
			t.Skip("fewer than two matches")
		}
		r := search(t, "&per_page=1&page=2")
		if len(r.Creators) != 1 || r.Creators[0].ID != matches.Matches[1].ID {
			t.Errorf("page 2 of 1 = %+v, want %s", r.Creators, matches.Matches[1].ID)
		}
	})
	for _, c := range []struct{ name, query string }{
		{"ErrSortWithBrief", "&sort=followers"},
		{"ErrCursorWithBrief", "&cursor=abc"},
	} {
		t.Run(c.name, func(t *testing.T) {
			status, _, body := do(t, http.MethodGet, ts.URL+"/api/v1/creators?brief="+b.ID+c.query, nil)
			wantAPIError(t, status, body, http.StatusBadRequest, "invalid")
		})
	}
	t.Run("ErrUnknownBrief", func(t *testing.T) {
		status, _, body := do(t, http.MethodGet, ts.URL+"/api/v1/creators?brief=nope", nil)
		wantAPIError(t, status, body, http.StatusNotFound, "not_found")
	})
}
