package api

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/scout-oss/scout"
)

// MaxBriefCandidates bounds how many search matches a brief-ranked search
// scores. Scoring against a brief reads each candidate's posts, so a search
// that matches more than this ranks its first MaxBriefCandidates matches
// (in index order) and says so in the response.
const MaxBriefCandidates = 10_000

// briefCandidatePage is how many hits one index page fetches while
// collecting a brief search's candidates.
const briefCandidatePage = 100

// BriefSearch is the brief part of a brief-ranked search response.
type BriefSearch struct {
	ID string `json:"id"`
	// Excluded counts the matches a gate of the brief took out.
	Excluded int `json:"excluded"`
	// NeedsData counts the matches no gate took out but whose data cannot
	// decide the brief (unknown overall); they are left out of the ranking
	// and listed, with what is missing, by the brief's matches.
	NeedsData int `json:"needs_data"`
	// Candidates is how many search matches were scored against the brief;
	// Truncated is true when the search matched more than
	// MaxBriefCandidates.
	Candidates int  `json:"candidates"`
	Truncated  bool `json:"truncated"`
}

// SearchBrief runs q's text and filters on the index, scores every match
// (up to MaxBriefCandidates) against b as of now, drops those a gate
// excludes or whose data cannot decide it, and returns the requested page
// of the rest ranked by fit
// (overall with the brief's weights, ties by id): the search API's brief
// parameter. Total counts the matches that passed the gates; facets count
// the search's matches before the gates.
func SearchBrief(ctx context.Context, cs scout.CreatorService, idx scout.SearchIndex, scorer scout.BriefScorer, b *scout.Brief, q *scout.SearchQuery, now time.Time) (*SearchResponse, *BriefSearch, error) {
	if err := q.Validate(); err != nil {
		return nil, nil, err
	}
	if q.Cursor != "" {
		return nil, nil, scout.Errorf(scout.EINVALID, "cursor cannot be combined with brief; use page")
	}
	if q.Sort != scout.SortRelevance {
		return nil, nil, scout.Errorf(scout.EINVALID, "sort cannot be combined with brief: a brief ranks by its own fit")
	}
	page, perPage := q.Page, q.PerPage
	ranker := scorer.NewBriefRanker(b, now, page*perPage)
	info := &BriefSearch{ID: b.ID}
	var facets map[string][]scout.FacetCount
	cq := *q
	cq.PerPage = briefCandidatePage
	for cq.Page = 1; ; cq.Page++ {
		res, err := idx.Search(ctx, &cq)
		if err != nil {
			return nil, nil, fmt.Errorf("search with brief: %w", err)
		}
		if cq.Page == 1 {
			facets = res.Facets
			cq.Facets = nil // counted once
		}
		ids := make([]string, 0, len(res.Hits))
		for _, h := range res.Hits {
			if info.Candidates+len(ids) < MaxBriefCandidates {
				ids = append(ids, h.ID)
			}
		}
		if len(ids) > 0 {
			found, _, err := cs.FindCreators(ctx, scout.CreatorFilter{IDs: ids, WithPosts: true})
			if err != nil {
				return nil, nil, fmt.Errorf("search with brief: load creators: %w", err)
			}
			for _, c := range found {
				ranker.Add(c)
			}
			info.Candidates += len(ids)
		}
		if info.Candidates >= MaxBriefCandidates {
			info.Truncated = res.Total > MaxBriefCandidates
			break
		}
		if len(res.Hits) < briefCandidatePage || cq.Page*briefCandidatePage >= res.Total {
			break
		}
	}
	ranking := ranker.Ranking()
	info.Excluded, info.NeedsData = ranking.TotalExcluded, ranking.TotalNeedsData
	resp := &SearchResponse{Total: ranking.TotalMatches, Page: page, PerPage: perPage, Facets: facets, Creators: []CreatorItem{}}
	start := (page - 1) * perPage
	if start < len(ranking.Matches) {
		ms := ranking.Matches[start:min(len(ranking.Matches), start+perPage)]
		ids := make([]string, len(ms))
		for i, m := range ms {
			ids[i] = m.ID
		}
		reviews, err := findReviews(ctx, cs, ids)
		if err != nil {
			return nil, nil, fmt.Errorf("search with brief: %w", err)
		}
		for _, m := range ms {
			resp.Creators = append(resp.Creators, NewCreatorItem(m.Creator, reviews[m.ID], nil))
		}
	}
	return resp, info, nil
}

// handleBriefSearch serves a search with the brief parameter.
func (s *Server) handleBriefSearch(w http.ResponseWriter, r *http.Request, q *scout.SearchQuery, briefID string) {
	bs, err := s.briefs()
	if err == nil && s.BriefScorer == nil {
		err = scout.Errorf(scout.EUNAVAILABLE, "briefs are not available on this server")
	}
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	b, err := bs.FindBriefByID(r.Context(), briefID)
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	resp, info, err := SearchBrief(r.Context(), s.Creators, s.Index, s.BriefScorer, b, q, s.now())
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	s.annotateSearch(r.Context(), resp) // stale (history.go)
	resp.Brief = info
	writeJSON(w, http.StatusOK, resp)
}
