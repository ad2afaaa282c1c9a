package api

import (
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/scout-oss/scout"
)

func (s *Server) registerSimilarRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/v1/creators/{id}/similar", s.handleSimilar)
}

// SimilarResponse is the JSON of GET /api/v1/creators/{id}/similar.
type SimilarResponse struct {
	CreatorID string        `json:"creator_id"`
	Creators  []SimilarItem `json:"creators"`
}

// SimilarItem is one lookalike: the compact creator, the similarity score
// and the reason in words ("shares: sourdough, vegan, bread; same tier
// micro; same platform web").
type SimilarItem struct {
	CreatorItem
	Similarity   float64  `json:"similarity"`
	Shared       []string `json:"shared"`
	SameTier     bool     `json:"same_tier"`
	SamePlatform []string `json:"same_platforms"`
	// SharedTopics are the topic slugs both creators have; SameLanguage
	// and SameCountry the language and country they share, if any.
	SharedTopics []string `json:"shared_topics"`
	SameLanguage string   `json:"same_language,omitempty"`
	SameCountry  string   `json:"same_country,omitempty"`
	Reason       string   `json:"reason"`
}

// maxReasonWords is how many shared words a reason names.
const maxReasonWords = 5

func (s *Server) handleSimilar(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	for k := range r.URL.Query() {
		if k != "limit" {
			Error(w, r, scout.Errorf(scout.EINVALID, "unknown parameter %q (similar takes only limit)", k), s.logger())
			return
		}
	}
	limit, err := intParam(r.URL.Query(), "limit")
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	if limit == 0 {
		limit = scout.DefaultPerPage
	}
	if limit < 1 || limit > scout.MaxPerPage {
		Error(w, r, scout.Errorf(scout.EINVALID, "limit must be between 1 and %d; got %d", scout.MaxPerPage, limit), s.logger())
		return
	}
	sf, ok := s.Index.(scout.SimilarFinder)
	if !ok {
		Error(w, r, scout.Errorf(scout.EUNAVAILABLE, "this search index cannot find lookalikes"), s.logger())
		return
	}
	c, err := s.Creators.FindCreatorByID(ctx, r.PathValue("id"))
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	hits, err := sf.Similar(ctx, c, limit)
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	resp := SimilarResponse{CreatorID: c.ID, Creators: []SimilarItem{}}
	if len(ids) > 0 {
		found, _, err := s.Creators.FindCreators(ctx, scout.CreatorFilter{IDs: ids})
		if err != nil {
			Error(w, r, fmt.Errorf("similar: load creators: %w", err), s.logger())
			return
		}
		reviews, err := findReviews(ctx, s.Creators, ids)
		if err != nil {
			Error(w, r, err, s.logger())
			return
		}
		byID := make(map[string]*scout.Creator, len(found))
		for _, f := range found {
			byID[f.ID] = f
		}
		for _, h := range hits {
			o, ok := byID[h.ID]
			if !ok {
				continue // indexed but gone from the store
			}
			item := SimilarItem{
				CreatorItem:  NewCreatorItem(o, reviews[o.ID], nil),
				Similarity:   h.Score,
				Shared:       h.Shared,
				SamePlatform: sharedPlatforms(c, o),
			}
			item.SameTier = c.Followers != nil && o.Followers != nil && scout.TierOf(*c.Followers) == scout.TierOf(*o.Followers)
			shareAudience(&item, c, o)
			item.Reason = similarReason(item, o)
			resp.Creators = append(resp.Creators, item)
		}
	}
	writeJSON(w, http.StatusOK, resp)
}

// sharedPlatforms are the platforms both creators have accounts on.
func sharedPlatforms(a, b *scout.Creator) []string {
	out := []string{}
	for _, x := range a.Accounts {
		p := strings.ToLower(string(x.Platform))
		if slices.Contains(out, p) {
			continue
		}
		for _, y := range b.Accounts {
			if strings.EqualFold(string(y.Platform), p) {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// shareAudience fills the topics, language and country it's creator o
// shares with c.
func shareAudience(it *SimilarItem, c, o *scout.Creator) {
	it.SharedTopics = []string{}
	for _, t := range c.Topics {
		if _, ok := scout.TopicShare(o.Topics, t.Slug); ok {
			it.SharedTopics = append(it.SharedTopics, t.Slug)
		}
	}
	if c.Language != nil && o.Language != nil && strings.EqualFold(*c.Language, *o.Language) {
		it.SameLanguage = strings.ToLower(*o.Language)
	}
	if c.Country != nil && o.Country != nil && strings.EqualFold(*c.Country, *o.Country) {
		it.SameCountry = strings.ToUpper(*o.Country)
	}
}

// similarReason says in words why o is like the creator: shared topics
// first, then the words, audience language and country, tier, platforms.
func similarReason(it SimilarItem, o *scout.Creator) string {
	var parts []string
	if len(it.SharedTopics) > 0 {
		names := make([]string, len(it.SharedTopics))
		for i, t := range it.SharedTopics {
			names[i] = topicName(t)
		}
		label := "same topic "
		if len(names) > 1 {
			label = "same topics "
		}
		parts = append(parts, label+strings.Join(names, ", "))
	}
	if it.SameLanguage != "" {
		parts = append(parts, "same language "+languageName(it.SameLanguage))
	}
	if it.SameCountry != "" {
		parts = append(parts, "same country "+countryName(it.SameCountry))
	}
	if len(it.Shared) > 0 {
		words := it.Shared[:min(len(it.Shared), maxReasonWords)]
		parts = append(parts, "shares: "+strings.Join(words, ", "))
	}
	if it.SameTier {
		parts = append(parts, "same tier "+string(scout.TierOf(*o.Followers)))
	}
	if len(it.SamePlatform) > 0 {
		label := "same platform "
		if len(it.SamePlatform) > 1 {
			label = "same platforms "
		}
		parts = append(parts, label+strings.Join(it.SamePlatform, ", "))
	}
	return strings.Join(parts, "; ")
}
