package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/scout-oss/scout"
)

// MaxBriefBytes caps a brief's JSON (a request body or a file): a real
// brief is a few hundred bytes, and the cap keeps a client from making the
// server buffer an arbitrary body.
const MaxBriefBytes = 1 << 20

// Match list sizes: how many matches (and exclusions) a response lists by
// default and at most. Every stored creator is scored either way; the limit
// only bounds the response.
const (
	DefaultMatchLimit = 20
	MaxMatchLimit     = 500
)

// matchPage is how many creators (with their posts) MatchBrief reads per
// store call while streaming them through the ranker.
const matchPage = 100

func (s *Server) registerBriefRoutes(mux *http.ServeMux) {
	mux.HandleFunc("POST /api/v1/briefs", s.handleCreateBrief)
	mux.HandleFunc("GET /api/v1/briefs", s.handleListBriefs)
	mux.HandleFunc("GET /api/v1/briefs/{id}", s.handleBrief)
	mux.HandleFunc("DELETE /api/v1/briefs/{id}", s.handleDeleteBrief)
	mux.HandleFunc("GET /api/v1/briefs/{id}/matches", s.handleMatches)
	mux.HandleFunc("POST /api/v1/briefs/matches", s.handleMatchBrief)
}

// BriefList is the JSON of GET /api/v1/briefs: one page of briefs, oldest
// first.
type BriefList struct {
	Total   int            `json:"total"`
	Page    int            `json:"page"`
	PerPage int            `json:"per_page"`
	Briefs  []*scout.Brief `json:"briefs"`
}

// MatchesResponse is the JSON of GET /api/v1/briefs/{id}/matches and of
// `scout score --json`: the brief, when it was scored, and the ranking
// (matches best first with their brief-scoped scores and flags, then the
// creators a gate excluded, with the reasons).
type MatchesResponse struct {
	Brief    *scout.Brief `json:"brief"`
	ScoredAt time.Time    `json:"scored_at"`
	Limit    int          `json:"limit"`
	scout.BriefRanking
}

func (s *Server) briefs() (scout.BriefService, error) {
	if s.Briefs == nil {
		return nil, scout.Errorf(scout.EUNAVAILABLE, "briefs are not available on this server")
	}
	return s.Briefs, nil
}

func (s *Server) handleCreateBrief(w http.ResponseWriter, r *http.Request) {
	svc, err := s.briefs()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	b, err := DecodeBrief(http.MaxBytesReader(w, r.Body, MaxBriefBytes))
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	if err := svc.CreateBrief(r.Context(), b); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	w.Header().Set("Location", "/api/v1/briefs/"+url.PathEscape(b.ID))
	writeJSON(w, http.StatusCreated, b)
}

func (s *Server) handleListBriefs(w http.ResponseWriter, r *http.Request) {
	svc, err := s.briefs()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	v := r.URL.Query()
	if err := onlyParams(v, "page", "per_page"); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	page, err := intParam(v, "page")
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	perPage, err := intParam(v, "per_page")
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	if page == 0 {
		page = 1
	}
	if perPage == 0 {
		perPage = scout.DefaultPerPage
	}
	if page < 1 || perPage < 1 || perPage > scout.MaxPerPage {
		Error(w, r, scout.Errorf(scout.EINVALID, "page must be 1 or more and per_page between 1 and %d", scout.MaxPerPage), s.logger())
		return
	}
	bs, total, err := svc.FindBriefs(r.Context(), scout.BriefFilter{Offset: (page - 1) * perPage, Limit: perPage})
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	if bs == nil {
		bs = []*scout.Brief{}
	}
	writeJSON(w, http.StatusOK, BriefList{Total: total, Page: page, PerPage: perPage, Briefs: bs})
}

func (s *Server) handleBrief(w http.ResponseWriter, r *http.Request) {
	svc, err := s.briefs()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	b, err := svc.FindBriefByID(r.Context(), r.PathValue("id"))
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	writeJSON(w, http.StatusOK, b)
}

func (s *Server) handleDeleteBrief(w http.ResponseWriter, r *http.Request) {
	svc, err := s.briefs()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	if err := svc.DeleteBrief(r.Context(), r.PathValue("id")); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleMatches(w http.ResponseWriter, r *http.Request) {
	svc, err := s.briefs()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	if s.BriefScorer == nil {
		Error(w, r, scout.Errorf(scout.EUNAVAILABLE, "brief scoring is not available on this server"), s.logger())
		return
	}
	v := r.URL.Query()
	if err := onlyParams(v, "limit"); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	limit, err := intParam(v, "limit")
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	b, err := svc.FindBriefByID(r.Context(), r.PathValue("id"))
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	resp, err := MatchBrief(r.Context(), s.Creators, s.BriefScorer, b, s.now(), limit)
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	writeJSON(w, http.StatusOK, resp)
}

// handleMatchBrief ranks the creators against the brief in the body, as
// GET /api/v1/briefs/{id}/matches does for a stored one, and stores
// nothing: `scout score --brief FILE --server URL` calls it, and viewers
// may, since it only reads.
func (s *Server) handleMatchBrief(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	if err := onlyParams(v, "limit"); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	limit, err := intParam(v, "limit")
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	b, err := DecodeBrief(http.MaxBytesReader(w, r.Body, MaxBriefBytes))
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	if s.BriefScorer == nil || s.Creators == nil {
		Error(w, r, scout.Errorf(scout.EUNAVAILABLE, "brief scoring is not available on this server"), s.logger())
		return
	}
	resp, err := MatchBrief(r.Context(), s.Creators, s.BriefScorer, b, s.now(), limit)
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	writeJSON(w, http.StatusOK, resp)
}

// MatchBrief scores every stored creator against b as of now and returns
// the best limit matches (0 means DefaultMatchLimit) and the first limit
// exclusions. It streams the store a page at a time, so memory is bounded
// by the limit, not the number of creators. The API handler and `scout
// score` share it, so both print the same. EINVALID for a limit outside
// 0..MaxMatchLimit or a brief that fails Validate.
func MatchBrief(ctx context.Context, cs scout.CreatorService, scorer scout.BriefScorer, b *scout.Brief, now time.Time, limit int) (*MatchesResponse, error) {
	if limit == 0 {
		limit = DefaultMatchLimit
	}
	if limit < 1 || limit > MaxMatchLimit {
		return nil, scout.Errorf(scout.EINVALID, "limit must be between 1 and %d; got %d", MaxMatchLimit, limit)
	}
	if err := b.Validate(); err != nil {
		return nil, err
	}
	r := scorer.NewBriefRanker(b, now, limit)
	for offset := 0; ; offset += matchPage {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("match brief: %w", err)
		}
		page, total, err := cs.FindCreators(ctx, scout.CreatorFilter{Offset: offset, Limit: matchPage, WithPosts: true})
		if err != nil {
			return nil, fmt.Errorf("match brief: %w", err)
		}
		for _, c := range page {
			r.Add(c)
		}
		if len(page) < matchPage || offset+matchPage >= total {
			break
		}
	}
	resp := &MatchesResponse{Brief: b, ScoredAt: now.UTC(), Limit: limit, BriefRanking: r.Ranking()}
	for i := range resp.Matches {
		Normalize(resp.Matches[i].Creator)
	}
	return resp, nil
}

// DecodeBrief reads one brief's JSON (at most MaxBriefBytes) strictly: an
// unknown field is an error, so a typo such as "min_follower" fails loudly
// instead of silently loosening the brief. It validates the brief (filling
// defaults). EINVALID for malformed JSON or an invalid brief, ETOOLARGE for
// an oversized body.
func DecodeBrief(r io.Reader) (*scout.Brief, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxBriefBytes+1))
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe) || len(raw) > MaxBriefBytes:
		return nil, scout.Errorf(scout.ETOOLARGE, "brief is over %d bytes", MaxBriefBytes)
	case err != nil:
		return nil, &scout.Error{Code: scout.EINVALID, Message: "cannot read the brief", Err: err}
	case len(bytes.TrimSpace(raw)) == 0:
		return nil, scout.Errorf(scout.EINVALID, "brief is empty; send a JSON object")
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var b scout.Brief
	if err := dec.Decode(&b); err != nil {
		return nil, scout.Errorf(scout.EINVALID, "brief is not valid JSON: %s", jsonProblem(err))
	}
	if dec.More() {
		return nil, scout.Errorf(scout.EINVALID, "brief is not valid JSON: unexpected data after the object")
	}
	if err := b.Validate(); err != nil {
		return nil, err
	}
	return &b, nil
}

// jsonProblem describes a decoding error for people, naming the field or
// the byte offset.
func jsonProblem(err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("%s (at byte %d)", se.Error(), se.Offset)
	case errors.As(err, &te) && te.Field != "":
		return fmt.Sprintf("field %q must be %s, not %s", te.Field, jsonType(te.Type.String()), te.Value)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "the JSON ends too early"
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

func jsonType(goType string) string {
	switch {
	case strings.HasPrefix(goType, "[]"):
		return "a list"
	case strings.Contains(goType, "int"), strings.Contains(goType, "float"):
		return "a number"
	case goType == "string", goType == "scout.Platform":
		return "a string"
	}
	return "an object"
}

// onlyParams refuses query parameters other than the allowed ones, so a
// typo fails loudly.
func onlyParams(v url.Values, allowed ...string) error {
	var unknown []string
	for k := range v {
		if !slices.Contains(allowed, k) {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		slices.Sort(unknown)
		return scout.Errorf(scout.EINVALID, "unknown parameter %q", unknown[0])
	}
	return nil
}
