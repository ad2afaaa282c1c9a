package api

import (
	"context"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/scout-oss/scout"
)

func (s *Server) registerCreatorRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/v1/creators", s.handleSearch)
	mux.HandleFunc("GET /api/v1/creators/{id}", s.handleCreator)
	s.registerSimilarRoutes(mux)
	s.registerFlagRoutes(mux)
}

// SearchResponse is the JSON of GET /api/v1/creators and `scout search
// --json`: one page of compact creators, the total number of matches, the
// requested facets and the cursor of the next page (null on the last).
type SearchResponse struct {
	Total      int                           `json:"total"`
	Page       int                           `json:"page"`
	PerPage    int                           `json:"per_page"`
	NextCursor *string                       `json:"next_cursor"`
	Facets     map[string][]scout.FacetCount `json:"facets,omitempty"`
	Creators   []CreatorItem                 `json:"creators"`
	// Brief is set when the search was ranked by a brief (brief=ID).
	Brief *BriefSearch `json:"brief,omitempty"`
	// Expansions are the query words that were also searched as the
	// topic they name ("cucina" → food_drink).
	Expansions []scout.TopicExpansion `json:"expansions,omitempty"`
}

// CreatorItem is a creator in a result list, kept compact: no posts or
// snapshots, scores as value and confidence only, flags without evidence
// and partnerships as names. The full creator is one request away at
// /api/v1/creators/{id}. Flags carry their reviews; highlights are added.
type CreatorItem struct {
	*scout.Creator
	Scores       map[string]ScoreSummary `json:"scores"`
	Flags        []FlagSummary           `json:"flags"`
	Partnerships *PartnershipSummary     `json:"partnerships,omitempty"`
	Highlights   map[string][]string     `json:"highlights,omitempty"`
	// Why says where a text search matched: the name, the bio, a topic
	// the query named, or a post (with its date), bio and topics first.
	Why []MatchReason `json:"why,omitempty"`
}

// ScoreSummary is a score in a result list: its value (null when unknown,
// with what is missing), confidence and scorer version (formula, inputs
// and reasons are on the creator).
type ScoreSummary struct {
	Value      *float64 `json:"value"`
	Confidence float64  `json:"confidence"`
	Version    string   `json:"version"`
	Missing    []string `json:"missing,omitempty"`
}

// FlagSummary is a flag in a result list: the flag without its evidence,
// with its review.
type FlagSummary struct {
	Code     string            `json:"code"`
	Severity string            `json:"severity"`
	Level    string            `json:"level,omitempty"`
	Message  string            `json:"message"`
	Review   *scout.FlagReview `json:"review,omitempty"`
}

// PartnershipSummary is the partnerships profile in a result list: the
// names of brands and affiliate networks and the sponsored share.
type PartnershipSummary struct {
	SponsoredPosts    int      `json:"sponsored_posts"`
	SponsoredShare    float64  `json:"sponsored_share"`
	Brands            []string `json:"brands"`
	AffiliateNetworks []string `json:"affiliate_networks"`
}

// NewCreatorItem builds the compact list item of c (which it strips of
// posts and snapshots) with its flag reviews and highlights.
func NewCreatorItem(c *scout.Creator, reviews []*scout.FlagReview, highlights map[string][]string) CreatorItem {
	c = Normalize(c)
	c.Posts, c.Snapshots = nil, nil
	it := CreatorItem{Creator: c, Scores: make(map[string]ScoreSummary, len(c.Scores)), Flags: []FlagSummary{}, Highlights: highlights}
	for name, sc := range c.Scores {
		if sc != nil {
			it.Scores[name] = ScoreSummary{Value: sc.Value, Confidence: sc.Confidence, Version: sc.Version, Missing: sc.Missing}
		}
	}
	for _, f := range ReviewFlags(c.Flags, reviews) {
		it.Flags = append(it.Flags, FlagSummary{Code: f.Code, Severity: f.Severity, Level: f.Level, Message: f.Message, Review: f.Review})
	}
	if p := c.Partnerships; p != nil {
		ps := &PartnershipSummary{SponsoredPosts: p.SponsoredPosts, SponsoredShare: p.SponsoredShare, Brands: []string{}, AffiliateNetworks: []string{}}
		for _, b := range p.Brands {
			ps.Brands = append(ps.Brands, b.Name)
		}
		for _, n := range p.AffiliateNetworks {
			ps.AffiliateNetworks = append(ps.AffiliateNetworks, n.Name)
		}
		it.Partnerships = ps
	}
	return it
}

// ReviewedFlag is a flag with the reviewer's decision on it, if any. A
// dismissed flag stays visible (with its review) so the decision can be
// checked; search treats it as absent.
type ReviewedFlag struct {
	scout.Flag
	Review *scout.FlagReview `json:"review,omitempty"`
}

// CreatorDetail is the JSON of GET /api/v1/creators/{id}: the full
// creator, its flags with their reviews.
type CreatorDetail struct {
	*scout.Creator
	Flags []ReviewedFlag `json:"flags"`
}

// recentPostFinder is the capability of a CreatorService (store.DB) to
// read, of an account set's recent posts, only those with the given ids.
type recentPostFinder interface {
	FindRecentPosts(ctx context.Context, accountIDs, postIDs []string) ([]scout.Post, error)
}

// findMatchedPosts reads the posts of c that ms matched in, among the
// recent posts a creator read returns.
func findMatchedPosts(ctx context.Context, pf recentPostFinder, c *scout.Creator, ms []scout.PostMatch) ([]scout.Post, error) {
	accounts := make([]string, len(c.Accounts))
	for i, a := range c.Accounts {
		accounts[i] = a.ID
	}
	posts := make([]string, len(ms))
	for i, m := range ms {
		posts[i] = m.PostID
	}
	ps, err := pf.FindRecentPosts(ctx, accounts, posts)
	if err != nil {
		return nil, fmt.Errorf("load matched posts: %w", err)
	}
	return ps, nil
}

// reviewFinder is the capability of a CreatorService (store.DB) to read
// flag reviews; without it flags are shown unreviewed.
type reviewFinder interface {
	FindFlagReviews(ctx context.Context, creatorIDs []string) (map[string][]*scout.FlagReview, error)
}

// findReviews reads the reviews of ids when cs can; none otherwise.
func findReviews(ctx context.Context, cs scout.CreatorService, ids []string) (map[string][]*scout.FlagReview, error) {
	rf, ok := cs.(reviewFinder)
	if !ok || len(ids) == 0 {
		return nil, nil
	}
	rs, err := rf.FindFlagReviews(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("load flag reviews: %w", err)
	}
	return rs, nil
}

// ReviewFlags joins a creator's flags with their reviews (nil for none).
func ReviewFlags(flags []scout.Flag, reviews []*scout.FlagReview) []ReviewedFlag {
	byCode := scout.ReviewsByCode(reviews)
	out := make([]ReviewedFlag, len(flags))
	for i, f := range flags {
		if f.Evidence == nil {
			f.Evidence = []scout.Evidence{}
		}
		out[i] = ReviewedFlag{Flag: f, Review: byCode[f.Code]}
	}
	return out
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	q, err := ParseSearchQuery(r.URL.Query())
	if err == nil {
		err = s.ExcludeHidden(r.Context(), q) // the hide list (shortlists.go)
	}
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	if id := r.URL.Query().Get("brief"); id != "" {
		s.handleBriefSearch(w, r, q, id) // search_brief.go
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
	reviews, err := findReviews(r.Context(), s.Creators, []string{c.ID})
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	c = s.annotate(r.Context(), Normalize(c)) // growth and stale (history.go)
	writeJSON(w, http.StatusOK, CreatorDetail{Creator: c, Flags: ReviewFlags(c.Flags, reviews[c.ID])})
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
	resp := &SearchResponse{Total: res.Total, Page: q.Page, PerPage: q.PerPage, Facets: res.Facets, Creators: []CreatorItem{}, Expansions: res.Expansions}
	if res.NextCursor != "" {
		resp.NextCursor = &res.NextCursor
	}
	if len(ids) == 0 {
		return resp, nil
	}
	// Posts are loaded only when a hit matched in them, for the snippets:
	// just the matched posts when the store can read them alone, else
	// every recent post of the page.
	withPosts := slices.ContainsFunc(res.Hits, func(h scout.SearchHit) bool { return len(h.PostMatches) > 0 })
	pf, matchedOnly := cs.(recentPostFinder)
	found, _, err := cs.FindCreators(ctx, scout.CreatorFilter{IDs: ids, WithPosts: withPosts && !matchedOnly})
	if err != nil {
		return nil, fmt.Errorf("search: load creators: %w", err)
	}
	reviews, err := findReviews(ctx, cs, ids)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
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
		if matchedOnly && len(h.PostMatches) > 0 {
			if c.Posts, err = findMatchedPosts(ctx, pf, c, h.PostMatches); err != nil {
				return nil, fmt.Errorf("search: %w", err)
			}
		}
		why := matchReasons(c, h, res.Expansions)
		it := NewCreatorItem(c, reviews[c.ID], h.Highlights)
		it.Why = why
		resp.Creators = append(resp.Creators, it)
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

// searchParams lists the query parameters search accepts, besides the
// per-name ones (min_score.NAME, max_score.NAME, max_risk.CATEGORY).
// Anything else is refused, so a typo such as min_follower fails loudly
// instead of silently returning unfiltered results.
var searchParams = map[string]bool{
	"q": true, "platform": true, "min_followers": true, "max_followers": true,
	"language": true, "country": true, "topic": true, "tier": true, "brand_safety_band": true, "min_er": true, "max_er": true,
	"flag": true, "not_flag": true, "posted_within_days": true, "has_contact": true,
	"stale": true, "content_format": true, "format": true, "brand": true, "affiliate": true, "no_sponsor": true,
	"facets": true, "sort": true, "order": true, "page": true, "per_page": true, "cursor": true,
	"include_unknown": true,
	"brief":           true, // handled by handleSearch (search_brief.go)
}

// ParseSearchQuery reads the search parameters of GET /api/v1/creators (the
// CLI builds the same url.Values from its flags). List parameters may be
// repeated or comma-separated; their values are alternatives. Bad values
// are EINVALID with a message naming the parameter.
func ParseSearchQuery(v url.Values) (*scout.SearchQuery, error) {
	q := &scout.SearchQuery{Text: strings.TrimSpace(v.Get("q")), Sort: v.Get("sort"), Desc: true, Cursor: v.Get("cursor")}
	for k := range v {
		if searchParams[k] {
			continue
		}
		if err := parseNamedParam(q, v, k); err != nil {
			return nil, err
		}
	}
	for _, p := range listParam(v, "platform") {
		q.Platforms = append(q.Platforms, scout.Platform(strings.ToLower(p)))
	}
	for _, l := range listParam(v, "language") {
		q.Languages = append(q.Languages, strings.ToLower(l))
	}
	for _, c := range listParam(v, "country") {
		q.Countries = append(q.Countries, strings.ToUpper(c))
	}
	for _, t := range listParam(v, "topic") {
		q.Topics = append(q.Topics, strings.ToLower(t))
	}
	for _, t := range listParam(v, "tier") {
		q.Tiers = append(q.Tiers, scout.Tier(strings.ToLower(t)))
	}
	for _, b := range listParam(v, "brand_safety_band") {
		q.Bands = append(q.Bands, strings.ToLower(b))
	}
	q.Flags = listParam(v, "flag")
	q.NotFlags = listParam(v, "not_flag")
	// format is content_format's deprecated old name (on the export
	// routes it names the file format instead).
	for _, f := range slices.Concat(listParam(v, "content_format"), listParam(v, "format")) {
		q.Formats = append(q.Formats, strings.ToLower(f))
	}
	q.Brands = listParam(v, "brand")
	q.NoSponsor = listParam(v, "no_sponsor")
	for _, f := range listParam(v, "facets") {
		if f == "all" {
			q.Facets = scout.FacetNames
			break
		}
		if !slices.Contains(q.Facets, f) {
			q.Facets = append(q.Facets, f)
		}
	}
	var err error
	if q.MinFollowers, err = int64Param(v, "min_followers"); err != nil {
		return nil, err
	}
	if q.MaxFollowers, err = int64Param(v, "max_followers"); err != nil {
		return nil, err
	}
	if q.ER.Min, err = floatParam(v, "min_er"); err != nil {
		return nil, err
	}
	if q.ER.Max, err = floatParam(v, "max_er"); err != nil {
		return nil, err
	}
	if q.PostedWithinDays, err = intParam(v, "posted_within_days"); err != nil {
		return nil, err
	}
	if v.Has("posted_within_days") && q.PostedWithinDays < 1 {
		return nil, scout.Errorf(scout.EINVALID, "posted_within_days must be 1 or more; got %d", q.PostedWithinDays)
	}
	if q.HasContact, err = boolParam(v, "has_contact"); err != nil {
		return nil, err
	}
	if q.Stale, err = boolParam(v, "stale"); err != nil {
		return nil, err
	}
	if inc, err := boolParam(v, "include_unknown"); err != nil {
		return nil, err
	} else if inc != nil {
		q.IncludeUnknown = *inc
	}
	// affiliate is true/false, or the affiliate networks to look for.
	if nets := listParam(v, "affiliate"); len(nets) == 1 && isBoolWord(nets[0]) {
		if q.Affiliate, err = boolParam(v, "affiliate"); err != nil {
			return nil, err
		}
	} else {
		q.AffiliateNetworks = nets
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

// parseNamedParam reads min_score.NAME, max_score.NAME and
// max_risk.CATEGORY; any other parameter is unknown.
func parseNamedParam(q *scout.SearchQuery, v url.Values, k string) error {
	kind, name, ok := strings.Cut(k, ".")
	if !ok || name == "" {
		return scout.Errorf(scout.EINVALID, "unknown parameter %q", k)
	}
	switch kind {
	case "min_score", "max_score":
		f, err := floatParam(v, k)
		if err != nil || f == nil {
			return err
		}
		if q.Scores == nil {
			q.Scores = map[string]scout.Range{}
		}
		r := q.Scores[name]
		if kind == "min_score" {
			r.Min = f
		} else {
			r.Max = f
		}
		q.Scores[name] = r
	case "max_risk":
		if q.MaxRisk == nil {
			q.MaxRisk = map[string]string{}
		}
		q.MaxRisk[name] = strings.ToLower(strings.TrimSpace(v.Get(k)))
	default:
		return scout.Errorf(scout.EINVALID, "unknown parameter %q", k)
	}
	return nil
}

func floatParam(v url.Values, name string) (*float64, error) {
	s := strings.TrimSpace(v.Get(name))
	if s == "" {
		return nil, nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return nil, scout.Errorf(scout.EINVALID, "%s must be a number; got %q", name, s)
	}
	return &f, nil
}

func isBoolWord(s string) bool {
	switch strings.ToLower(s) {
	case "true", "false", "yes", "no", "1", "0":
		return true
	}
	return false
}

func boolParam(v url.Values, name string) (*bool, error) {
	s := strings.ToLower(strings.TrimSpace(v.Get(name)))
	switch s {
	case "":
		return nil, nil
	case "true", "yes", "1":
		return boolPtr(true), nil
	case "false", "no", "0":
		return boolPtr(false), nil
	}
	return nil, scout.Errorf(scout.EINVALID, "%s must be true or false; got %q", name, s)
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

func boolPtr(b bool) *bool { return &b }
