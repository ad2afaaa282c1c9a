package api

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/scout-oss/scout"
)

// creatorView is the creator page.
type creatorView struct {
	*scout.Creator
	Flags        []ReviewedFlag
	Scores       []namedScore
	Chart        *Chart
	Similar      []SimilarItem
	SimilarError string
	Shortlists   []*scout.Shortlist
	CanReview    bool
	Posts        []scout.Post
	CompareURL   string // this creator beside its closest lookalikes
}

// lookalikes is the page's share of /similar: the index's hits joined to
// the stored creators, with the reason in words.
func (s *Server) lookalikes(ctx context.Context, c *scout.Creator, limit int) ([]SimilarItem, error) {
	sf, ok := s.Index.(scout.SimilarFinder)
	if !ok {
		return nil, scout.Errorf(scout.EUNAVAILABLE, "this search index cannot find lookalikes")
	}
	hits, err := sf.Similar(ctx, c, limit)
	if err != nil || len(hits) == 0 {
		return nil, err
	}
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	found, _, err := s.Creators.FindCreators(ctx, scout.CreatorFilter{IDs: ids})
	if err != nil {
		return nil, fmt.Errorf("lookalikes: %w", err)
	}
	byID := make(map[string]*scout.Creator, len(found))
	for _, f := range found {
		byID[f.ID] = f
	}
	var out []SimilarItem
	for _, h := range hits {
		o, ok := byID[h.ID]
		if !ok {
			continue
		}
		it := SimilarItem{CreatorItem: NewCreatorItem(o, nil, nil), Similarity: h.Score, Shared: h.Shared, SamePlatform: sharedPlatforms(c, o)}
		it.SameTier = c.Followers != nil && o.Followers != nil && scout.TierOf(*c.Followers) == scout.TierOf(*o.Followers)
		shareAudience(&it, c, o)
		it.Reason = similarReason(it, o)
		out = append(out, it)
	}
	return out, nil
}

// maxPagePosts bounds the recent posts a creator page lists.
const maxPagePosts = 12

func (s *Server) handleCreatorPage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	c, err := s.Creators.FindCreatorByID(ctx, r.PathValue("id"))
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	reviews, err := findReviews(ctx, s.Creators, []string{c.ID})
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	c = s.annotate(ctx, Normalize(c)) // growth and stale (history.go)
	view := &creatorView{Creator: c, Flags: ReviewFlags(c.Flags, reviews[c.ID]), Scores: sortedScores(c.Scores),
		Chart: FollowerChart(c), Shortlists: s.pickShortlists(ctx)}
	view.Posts = c.Posts
	if len(view.Posts) > maxPagePosts {
		view.Posts = view.Posts[:maxPagePosts]
	}
	_, view.CanReview = s.Creators.(scout.FlagReviewService)
	if s.Index != nil {
		sim, err := s.lookalikes(ctx, c, 6)
		if err != nil {
			view.SimilarError = scout.ErrorMessage(err)
		}
		view.Similar = sim
		if len(sim) > 0 {
			ids := []string{c.ID}
			for i := 0; i < len(sim) && len(ids) < MaxCompare; i++ {
				ids = append(ids, sim[i].ID)
			}
			view.CompareURL = compareURL(ids)
		}
	}
	s.page(w, r, http.StatusOK, "creator.html", c.Name, view)
}

// handleReviewFlagForm confirms or dismisses a flag from the creator page,
// as POST /api/v1/creators/{id}/flags/{code}/review does.
func (s *Server) handleReviewFlagForm(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	rs, err := s.reviewService()
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	c, err := s.Creators.FindCreatorByID(ctx, r.PathValue("id"))
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	code := r.PathValue("code")
	known := false
	for _, f := range c.Flags {
		known = known || f.Code == code
	}
	if !known {
		s.renderError(w, r, scout.Errorf(scout.ENOTFOUND, "creator %s has no flag %q", c.ID, code))
		return
	}
	review := &scout.FlagReview{CreatorID: c.ID, Code: code, Decision: strings.ToLower(strings.TrimSpace(r.PostFormValue("decision"))),
		Reason: r.PostFormValue("reason"), By: reviewer(r)}
	if err := rs.ReviewFlag(ctx, review); err != nil {
		s.renderError(w, r, err)
		return
	}
	if err := s.reindexCreator(ctx, c.ID); err != nil {
		s.renderError(w, r, err)
		return
	}
	redirect(w, r, "/creators/"+c.ID, "reviewed")
}
