package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/scout-oss/scout"
)

func (s *Server) registerFlagRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/v1/creators/{id}/flags", s.handleFlags)
	mux.HandleFunc("POST /api/v1/creators/{id}/flags/{code}/review", s.handleReviewFlag)
	mux.HandleFunc("DELETE /api/v1/creators/{id}/flags/{code}/review", s.handleDeleteFlagReview)
}

// maxReviewBody bounds a review request body.
const maxReviewBody = 64 << 10

// FlagsResponse is the JSON of GET /api/v1/creators/{id}/flags: the
// current flags with their reviews, and every stored review, including
// those of flags the latest scoring no longer raises (they apply again if
// the flag returns).
type FlagsResponse struct {
	CreatorID string              `json:"creator_id"`
	Flags     []ReviewedFlag      `json:"flags"`
	Reviews   []*scout.FlagReview `json:"reviews"`
}

// reviewRequest is the body of POST .../flags/{code}/review.
type reviewRequest struct {
	Decision string `json:"decision"`
	Reason   string `json:"reason"`
}

// reviewService returns the store's flag review capability, or an
// EUNAVAILABLE error when the CreatorService has none.
func (s *Server) reviewService() (scout.FlagReviewService, error) {
	if rs, ok := s.Creators.(scout.FlagReviewService); ok {
		return rs, nil
	}
	return nil, scout.Errorf(scout.EUNAVAILABLE, "flag reviews are not available on this server")
}

// reviewer names who is reviewing: the name of the request's API key
// (the stand-in key under --no-auth), or "" without one.
func reviewer(r *http.Request) string {
	if k, ok := KeyFromContext(r.Context()); ok && k != nil {
		return k.Name
	}
	return ""
}

func (s *Server) handleFlags(w http.ResponseWriter, r *http.Request) {
	c, err := s.Creators.FindCreatorByID(r.Context(), r.PathValue("id"))
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	reviews, err := findReviews(r.Context(), s.Creators, []string{c.ID})
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	resp := FlagsResponse{CreatorID: c.ID, Flags: ReviewFlags(c.Flags, reviews[c.ID]), Reviews: reviews[c.ID]}
	if resp.Reviews == nil {
		resp.Reviews = []*scout.FlagReview{}
	}
	writeJSON(w, http.StatusOK, resp)
}

func (s *Server) handleReviewFlag(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	rs, err := s.reviewService()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	var body reviewRequest
	if err := decodeBody(w, r, &body); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	c, err := s.Creators.FindCreatorByID(ctx, r.PathValue("id"))
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	code := r.PathValue("code")
	var flag *scout.Flag
	var codes []string
	for i := range c.Flags {
		codes = append(codes, c.Flags[i].Code)
		if c.Flags[i].Code == code {
			flag = &c.Flags[i]
		}
	}
	if flag == nil {
		msg := fmt.Sprintf("creator %s has no flag %q", c.ID, code)
		if len(codes) > 0 {
			msg += "; its flags are " + strings.Join(codes, ", ")
		}
		Error(w, r, scout.Errorf(scout.ENOTFOUND, "%s", msg), s.logger())
		return
	}
	review := &scout.FlagReview{
		CreatorID: c.ID, Code: code, Decision: strings.ToLower(strings.TrimSpace(body.Decision)),
		Reason: body.Reason, By: reviewer(r),
	}
	if err := rs.ReviewFlag(ctx, review); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	if err := s.reindexCreator(ctx, c.ID); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	writeJSON(w, http.StatusOK, ReviewedFlag{Flag: *flag, Review: review})
}

func (s *Server) handleDeleteFlagReview(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	rs, err := s.reviewService()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	id := r.PathValue("id")
	if err := rs.DeleteFlagReview(ctx, id, r.PathValue("code")); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	if err := s.reindexCreator(ctx, id); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// reindexCreator writes one creator's document again, so that search sees
// a new review at once. The index reads the review from the store.
func (s *Server) reindexCreator(ctx context.Context, id string) error {
	if s.Index == nil {
		return nil
	}
	cs, _, err := s.Creators.FindCreators(ctx, scout.CreatorFilter{IDs: []string{id}, WithPosts: true})
	if err != nil {
		return fmt.Errorf("reindex %s: %w", id, err)
	}
	if err := s.Index.IndexCreators(ctx, cs); err != nil {
		return fmt.Errorf("reindex %s: %w", id, err)
	}
	return nil
}

// decodeBody reads one JSON object of at most maxReviewBody bytes,
// refusing unknown fields so a misspelt "decison" is not silently lost.
func decodeBody(w http.ResponseWriter, r *http.Request, v any) error {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxReviewBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		if tooLarge := bodyTooLarge(err); tooLarge != nil {
			return tooLarge
		}
		if errors.Is(err, io.EOF) {
			return scout.Errorf(scout.EINVALID, "request body is empty; send a JSON object")
		}
		return scout.Errorf(scout.EINVALID, "request body is not valid JSON: %v", err)
	}
	if dec.More() {
		return scout.Errorf(scout.EINVALID, "request body holds more than one JSON value")
	}
	return nil
}
