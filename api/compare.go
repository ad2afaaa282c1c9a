package api

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strings"

	"github.com/scout-oss/scout"
)

// Bounds of a comparison: two is the least that compares anything, four
// the most that still fit side by side on a laptop screen.
const (
	MinCompare = 2
	MaxCompare = 4
)

func (s *Server) registerCompareRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/v1/compare", s.handleCompare)
}

// CompareResponse is the JSON of GET /api/v1/compare: the creators in the
// order asked for, each with what a side-by-side view needs.
type CompareResponse struct {
	Creators []CompareItem `json:"creators"`
}

// CompareItem is one creator of a comparison: the result-list form
// (CreatorItem: scores with confidence and what an unknown one lacks,
// flags with their reviews, partnerships) plus growth, the confidence of
// its engagement rate and the aggregates of its follower sample. Posts
// and snapshots are left out; the follower sample only as aggregates.
type CompareItem struct {
	CreatorItem
	// EngagementConfidence is the confidence (0–1) of the engagement
	// figures: that of the engagement_quality score, which rests on the
	// same posts. Null when the creator has no such score.
	EngagementConfidence *float64 `json:"engagement_confidence"`
	// Audience summarises the sampled followers; null when none were
	// sampled.
	Audience *AudienceSummary `json:"audience"`
}

// AudienceSummary is what a follower sample says about an audience,
// in aggregate only: how many followers were sampled, and the shares of
// the languages and countries known among them, largest first.
type AudienceSummary struct {
	Sampled   int     `json:"sampled"`
	Languages []Share `json:"languages"`
	Countries []Share `json:"countries"`
}

// Share is one value's part of a sample: Share is a fraction of the
// sampled followers (unknowns included in the denominator).
type Share struct {
	Code  string  `json:"code"`
	Count int     `json:"count"`
	Share float64 `json:"share"`
}

// ParseCompareIDs reads the creators to compare from ids (comma-separated
// or repeated), dropping blanks and repeats. EINVALID unless there are
// MinCompare to MaxCompare of them.
func ParseCompareIDs(v url.Values) ([]string, error) {
	var ids []string
	seen := map[string]bool{}
	for _, id := range listParam(v, "ids") {
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	if len(ids) < MinCompare || len(ids) > MaxCompare {
		return nil, scout.Errorf(scout.EINVALID, "compare takes %d to %d creator ids in ids (comma-separated); got %d", MinCompare, MaxCompare, len(ids))
	}
	return ids, nil
}

// Compare loads the creators for a comparison, in the order given. A
// merged creator's old id answers with the survivor; two ids of one
// person count once. ENOTFOUND names the first id that is unknown.
func (s *Server) Compare(ctx context.Context, ids []string) (*CompareResponse, error) {
	resp := &CompareResponse{Creators: []CompareItem{}}
	seen := map[string]bool{}
	var found []*scout.Creator
	for _, id := range ids {
		c, err := s.Creators.FindCreatorByID(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("compare: %w", err)
		}
		if seen[c.ID] {
			continue
		}
		seen[c.ID] = true
		found = append(found, c)
	}
	byID := make([]string, len(found))
	for i, c := range found {
		byID[i] = c.ID
	}
	reviews, err := findReviews(ctx, s.Creators, byID)
	if err != nil {
		return nil, fmt.Errorf("compare: %w", err)
	}
	for _, c := range found {
		c = s.annotate(ctx, Normalize(c)) // growth needs the snapshots, read before NewCreatorItem drops them
		it := CompareItem{Audience: summarizeAudience(c.Accounts)}
		for i := range c.Accounts {
			c.Accounts[i].FollowerSample = nil // aggregates only
		}
		it.CreatorItem = NewCreatorItem(c, reviews[c.ID], nil)
		if eq := c.Scores["engagement_quality"]; eq != nil {
			conf := eq.Confidence
			it.EngagementConfidence = &conf
		}
		resp.Creators = append(resp.Creators, it)
	}
	return resp, nil
}

// summarizeAudience counts languages and countries over every account's
// follower sample; nil when nothing was sampled.
func summarizeAudience(accounts []scout.Account) *AudienceSummary {
	langs, countries := map[string]int{}, map[string]int{}
	n := 0
	for _, a := range accounts {
		for _, f := range a.FollowerSample {
			n++
			if f.Language != "" {
				langs[f.Language]++
			}
			if f.Country != "" {
				countries[f.Country]++
			}
		}
	}
	if n == 0 {
		return nil
	}
	return &AudienceSummary{Sampled: n, Languages: shares(langs, n), Countries: shares(countries, n)}
}

// maxShares bounds the values an audience summary lists.
const maxShares = 5

func shares(counts map[string]int, n int) []Share {
	out := []Share{}
	for code, k := range counts {
		out = append(out, Share{Code: code, Count: k, Share: float64(k) / float64(n)})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Code < out[j].Code
	})
	if len(out) > maxShares {
		out = out[:maxShares]
	}
	return out
}

// handleCompare serves GET /api/v1/compare?ids=a,b[,c[,d]].
func (s *Server) handleCompare(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	for k := range q {
		if k != "ids" {
			Error(w, r, scout.Errorf(scout.EINVALID, "unknown parameter %q (compare takes only ids)", k), s.logger())
			return
		}
	}
	ids, err := ParseCompareIDs(q)
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	resp, err := s.Compare(r.Context(), ids)
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	writeJSON(w, http.StatusOK, resp)
}

// compareURL is the page that compares the given creators.
func compareURL(ids []string) string {
	return "/compare?ids=" + url.QueryEscape(strings.Join(ids, ","))
}
