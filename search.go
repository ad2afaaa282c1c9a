package scout

import (
	"context"
	"fmt"
)

// Sort keys accepted by SearchQuery.Sort.
const (
	SortRelevance  = "relevance"
	SortFollowers  = "followers"
	SortEngagement = "engagement"
)

// MaxPerPage caps a search page; larger requests are EINVALID, not clamped,
// so a client never silently receives less than it asked for.
const MaxPerPage = 100

// DefaultPerPage is the page size when none is given.
const DefaultPerPage = 20

// SearchQuery is one search over the index. Text is the user's query (empty
// lists everything); the other fields are filters, sorting and paging.
type SearchQuery struct {
	Text         string
	Platforms    []Platform
	MinFollowers *int64
	MaxFollowers *int64
	Sort         string // SortRelevance (default), SortFollowers, SortEngagement
	Desc         bool   // descending order (the API and CLI default to it; relevance is always best first)
	Page         int    // 1-based
	PerPage      int
}

// Validate fills defaults and rejects impossible queries with EINVALID.
func (q *SearchQuery) Validate() error {
	if q.Sort == "" {
		q.Sort = SortRelevance
	}
	switch q.Sort {
	case SortRelevance, SortFollowers, SortEngagement:
	default:
		return Errorf(EINVALID, "sort must be one of relevance, followers, engagement; got %q", q.Sort)
	}
	if q.Page == 0 {
		q.Page = 1
	}
	if q.Page < 1 {
		return Errorf(EINVALID, "page must be 1 or more; got %d", q.Page)
	}
	if q.PerPage == 0 {
		q.PerPage = DefaultPerPage
	}
	if q.PerPage < 1 || q.PerPage > MaxPerPage {
		return Errorf(EINVALID, "per_page must be between 1 and %d; got %d", MaxPerPage, q.PerPage)
	}
	if q.MinFollowers != nil && *q.MinFollowers < 0 {
		return Errorf(EINVALID, "min_followers must not be negative")
	}
	if q.MinFollowers != nil && q.MaxFollowers != nil && *q.MinFollowers > *q.MaxFollowers {
		return Errorf(EINVALID, "min_followers (%d) is above max_followers (%d)", *q.MinFollowers, *q.MaxFollowers)
	}
	if len(q.Text) > 1000 {
		return Errorf(EINVALID, "query is %d characters; at most 1000", len(q.Text))
	}
	return nil
}

// String renders the query for logs.
func (q *SearchQuery) String() string {
	return fmt.Sprintf("q=%q platforms=%v sort=%s page=%d", q.Text, q.Platforms, q.Sort, q.Page)
}

// SearchHit is one matching creator id with its relevance and the
// highlighted snippets per field.
type SearchHit struct {
	ID         string              `json:"id"`
	Score      float64             `json:"score"`
	Highlights map[string][]string `json:"highlights,omitempty"`
}

// SearchResult is one page of hits and the total number of matches.
type SearchResult struct {
	Total int         `json:"total"`
	Hits  []SearchHit `json:"hits"`
}

// SearchIndex is the derived full-text index over creators (implemented by
// index on Bleve). It can always be rebuilt from the CreatorService.
type SearchIndex interface {
	// IndexCreators adds or replaces the creators' documents in one batch.
	IndexCreators(ctx context.Context, cs []*Creator) error
	// DeleteCreators removes documents; unknown ids are ignored.
	DeleteCreators(ctx context.Context, ids []string) error
	// Search runs q. EINVALID when the query text cannot be parsed.
	Search(ctx context.Context, q *SearchQuery) (*SearchResult, error)
	// Count returns the number of indexed documents.
	Count(ctx context.Context) (int, error)
}
