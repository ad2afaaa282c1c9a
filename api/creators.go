package api

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/scout-oss/scout"
)

func (s *Server) registerCreatorRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/v1/creators", s.handleSearch)
	mux.HandleFunc("GET /api/v1/creators/{id}", s.handleCreator)
}

// SearchResponse is the JSON of GET /api/v1/creators and `scout search
// --json`: one page of compact creators and the total number of matches.
type SearchResponse struct {
	Total    int           `json:"total"`
	Page     int           `json:"page"`
	PerPage  int           `json:"per_page"`
	Creators []CreatorItem `json:"creators"`
}

// CreatorItem is a creator in a result list: the creator without posts and
// snapshots (one request away at /api/v1/creators/{id}), plus highlights.
type CreatorItem struct {
	*scout.Creator
	Highlights map[string][]string `json:"highlights,omitempty"`
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	q, err := ParseSearchQuery(r.URL.Query())
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	resp, err := Search(r.Context(), s.Creators, s.Index, q)
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	s.annotateSearch(r.Context(), resp) // stale (history.go)
	writeJSON(w, http.StatusOK, resp)
}

func (s *Server) handleCreator(w http.ResponseWriter, r *http.Request) {
	c, err := s.Creators.FindCreatorByID(r.Context(), r.PathValue("id"))
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	writeJSON(w, http.StatusOK, s.annotate(r.Context(), Normalize(c))) // growth and stale (history.go)
}

// Search runs q on the index and loads the page of hits from the store, in
// hit order. The API handler and the CLI share it, so both print the same.
func Search(ctx context.Context, cs scout.CreatorService, idx scout.SearchIndex, q *scout.SearchQuery) (*SearchResponse, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	res, err := idx.Search(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	ids := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		ids[i] = h.ID
	}
	resp := &SearchResponse{Total: res.Total, Page: q.Page, PerPage: q.PerPage, Creators: []CreatorItem{}}
	if len(ids) == 0 {
		return resp, nil
	}
	found, _, err := cs.FindCreators(ctx, scout.CreatorFilter{IDs: ids})
	if err != nil {
		return nil, fmt.Errorf("search: load creators: %w", err)
	}
	byID := make(map[string]*scout.Creator, len(found))
	for _, c := range found {
		byID[c.ID] = c
	}
	for _, h := range res.Hits {
		c, ok := byID[h.ID]
		if !ok {
			continue // indexed but gone from the store; `scout reindex` repairs
		}
		c = Normalize(c)
		c.Posts, c.Snapshots = nil, nil
		resp.Creators = append(resp.Creators, CreatorItem{Creator: c, Highlights: h.Highlights})
	}
	return resp, nil
}

// Normalize makes a creator's JSON explicit: empty lists are [] and an empty
// scores object is {}, never null, so clients need no null checks for them.
func Normalize(c *scout.Creator) *scout.Creator {
	if c.Accounts == nil {
		c.Accounts = []scout.Account{}
	}
	for i := range c.Accounts {
		if c.Accounts[i].Links == nil {
			c.Accounts[i].Links = []string{}
		}
	}
	if c.Links == nil {
		c.Links = []string{}
	}
	if c.Scores == nil {
		c.Scores = map[string]*scout.Score{}
	}
	if c.Flags == nil {
		c.Flags = []scout.Flag{}
	}
	return c
}

// searchParams lists the query parameters search accepts. Anything else is
// refused, so a typo such as min_follower fails loudly instead of silently
// returning unfiltered results.
var searchParams = map[string]bool{
	"q": true, "platform": true, "min_followers": true, "max_followers": true,
	"sort": true, "order": true, "page": true, "per_page": true,
}

// ParseSearchQuery reads the search parameters of GET /api/v1/creators (the
// CLI builds the same url.Values from its flags). Bad values are EINVALID
// with a message naming the parameter.
func ParseSearchQuery(v url.Values) (*scout.SearchQuery, error) {
	for k := range v {
		if !searchParams[k] {
			return nil, scout.Errorf(scout.EINVALID, "unknown parameter %q", k)
		}
	}
	q := &scout.SearchQuery{Text: strings.TrimSpace(v.Get("q")), Sort: v.Get("sort"), Desc: true}
	for _, p := range listParam(v, "platform") {
		q.Platforms = append(q.Platforms, scout.Platform(strings.ToLower(p)))
	}
	var err error
	if q.MinFollowers, err = int64Param(v, "min_followers"); err != nil {
		return nil, err
	}
	if q.MaxFollowers, err = int64Param(v, "max_followers"); err != nil {
		return nil, err
	}
	switch o := v.Get("order"); o {
	case "", "desc":
	case "asc":
		q.Desc = false
	default:
		return nil, scout.Errorf(scout.EINVALID, "order must be asc or desc; got %q", o)
	}
	if q.Page, err = intParam(v, "page"); err != nil {
		return nil, err
	}
	if q.PerPage, err = intParam(v, "per_page"); err != nil {
		return nil, err
	}
	if err := q.Validate(); err != nil {
		return nil, err
	}
	return q, nil
}

// listParam returns a parameter given repeatedly or comma-separated.
func listParam(v url.Values, name string) []string {
	var out []string
	for _, raw := range v[name] {
		for _, p := range strings.Split(raw, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

func int64Param(v url.Values, name string) (*int64, error) {
	s := v.Get(name)
	if s == "" {
		return nil, nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return nil, scout.Errorf(scout.EINVALID, "%s must be a whole number; got %q", name, s)
	}
	return &n, nil
}

func intParam(v url.Values, name string) (int, error) {
	s := v.Get(name)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, scout.Errorf(scout.EINVALID, "%s must be a whole number; got %q", name, s)
	}
	return n, nil
}
