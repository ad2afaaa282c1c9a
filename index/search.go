package index

import (
	"context"
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/highlight/highlighter/html"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/scout-oss/scout"
)

// MaxResultWindow is how deep paging may go (page × per_page). Bleve keeps
// every earlier hit in memory to find a deep page; past this depth the
// query should be narrowed instead.
const MaxResultWindow = 10_000

// Boosts of the searched text fields: a word in a creator's name or handle
// says more about them than one in a bio, and a bio more than one post.
const (
	boostName   = 3
	boostHandle = 3
	boostBio    = 2
	boostPosts  = 1
)

// highlightFields are the stored fields Search returns fragments for.
var highlightFields = []string{fieldName, fieldBio}

// Search runs q: the text (see the package documentation for its syntax)
// over name, handle, bio and posts, the platform and follower filters, one
// sort and one page. A query that does not parse, or fails q.Validate, is
// EINVALID; a closed index is EUNAVAILABLE.
//
// Highlights are HTML: creator text is escaped and only <mark> tags are
// markup, so fragments are safe to embed in a page.
func (ix *Index) Search(ctx context.Context, q *scout.SearchQuery) (*scout.SearchResult, error) {
	const op = "index.Search"
	if err := q.Validate(); err != nil {
		return nil, withOp(op, err)
	}
	if q.Page > MaxResultWindow/q.PerPage {
		return nil, &scout.Error{Code: scout.EINVALID, Op: op, Message: fmt.Sprintf(
			"page %d of %d results goes past the first %d matches: narrow the query instead",
			q.Page, q.PerPage, MaxResultWindow)}
	}
	pq, err := parseQuery(q.Text)
	if err != nil {
		return nil, withOp(op, err)
	}
	bq, err := ix.buildQuery(pq, q)
	if err != nil {
		return nil, withOp(op, err)
	}

	req := bleve.NewSearchRequestOptions(bq, q.PerPage, (q.Page-1)*q.PerPage, false)
	req.SortByCustom(sortOrder(q))
	if strings.TrimSpace(q.Text) != "" {
		req.Highlight = bleve.NewHighlightWithStyle(html.Name)
		req.Highlight.Fields = highlightFields
	}

	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.bi == nil {
		return nil, closedError(op)
	}
	sr, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("%s: %w", op, ctx.Err())
		}
		return nil, formatError(op, err)
	}

	res := &scout.SearchResult{Total: int(sr.Total), Hits: make([]scout.SearchHit, 0, len(sr.Hits))}
	for _, h := range sr.Hits {
		hit := scout.SearchHit{ID: h.ID, Score: h.Score}
		for field, frags := range h.Fragments {
			if len(frags) == 0 {
				continue
			}
			if hit.Highlights == nil {
				hit.Highlights = map[string][]string{}
			}
			hit.Highlights[field] = frags
		}
		res.Hits = append(res.Hits, hit)
	}
	return res, nil
}

// sortOrder is the Bleve sort for q. Every order ends with the document id,
// so equal keys page deterministically; missing follower or engagement
// values sort last in both directions. Relevance is always best first.
func sortOrder(q *scout.SearchQuery) search.SortOrder {
	byID := &search.SortDocID{}
	switch q.Sort {
	case scout.SortFollowers, scout.SortEngagement:
		field := fieldFollowers
		if q.Sort == scout.SortEngagement {
			field = fieldEngagement
		}
		return search.SortOrder{&search.SortField{
			Field:   field,
			Desc:    q.Desc,
			Type:    search.SortFieldAsNumber,
			Missing: search.SortFieldMissingLast,
		}, byID}
	default:
		return search.SortOrder{&search.SortScore{Desc: true}, byID}
	}
}

// buildQuery turns the parsed text and the filters into one Bleve query.
// Filters go in the boolean query's filter clause, which does not score, so
// a platform filter does not reorder relevance.
func (ix *Index) buildQuery(pq parsedQuery, q *scout.SearchQuery) (query.Query, error) {
	var must []query.Query
	for _, group := range pq.must {
		var alts []query.Query
		for _, t := range group {
			if ix.analyzers.indexable(t.text) {
				alts = append(alts, termQuery(t))
			}
		}
		switch len(alts) {
		case 0: // only stop words: the group says nothing
		case 1:
			must = append(must, alts[0])
		default:
			must = append(must, query.NewDisjunctionQuery(alts))
		}
	}
	var not []query.Query
	for _, t := range pq.not {
		if ix.analyzers.indexable(t.text) {
			not = append(not, termQuery(t))
		}
	}

	var filters []query.Query
	if len(q.Platforms) > 0 {
		var ps []query.Query
		for _, p := range q.Platforms {
			v := strings.ToLower(strings.TrimSpace(string(p)))
			if v == "" {
				return nil, scout.Errorf(scout.EINVALID, "platform filter has an empty platform name")
			}
			tq := query.NewTermQuery(v)
			tq.SetField(fieldPlatform)
			ps = append(ps, tq)
		}
		filters = append(filters, query.NewDisjunctionQuery(ps))
	}
	if q.MinFollowers != nil || q.MaxFollowers != nil {
		var lo, hi *float64
		if q.MinFollowers != nil {
			v := float64(*q.MinFollowers)
			lo = &v
		}
		if q.MaxFollowers != nil {
			v := float64(*q.MaxFollowers)
			hi = &v
		}
		inclusive := true
		rq := query.NewNumericRangeInclusiveQuery(lo, hi, &inclusive, &inclusive)
		rq.SetField(fieldFollowers)
		filters = append(filters, rq)
	}

	if len(must) == 0 && len(not) == 0 && len(filters) == 0 {
		return query.NewMatchAllQuery(), nil
	}
	bq := query.NewBooleanQuery(nil, nil, not)
	if len(must) > 0 {
		bq.Must = query.NewConjunctionQuery(must)
	}
	switch len(filters) {
	case 0:
	case 1:
		bq.AddFilter(filters[0])
	default:
		bq.AddFilter(query.NewConjunctionQuery(filters))
	}
	return bq, nil
}

// termQuery matches one word or phrase in any searched field. A word that
// analyzes to several tokens ("e-commerce") needs all of them in one field.
// An exact handle ("@alice.bsky.social") also matches the handle keyword.
func termQuery(t term) query.Query {
	fields := []struct {
		name  string
		boost float64
	}{
		{fieldName, boostName},
		{fieldHandleText, boostHandle},
		{fieldBio, boostBio},
		{fieldPosts, boostPosts},
	}
	qs := make([]query.Query, 0, len(fields)+1)
	for _, f := range fields {
		if t.phrase {
			mq := query.NewMatchPhraseQuery(t.text)
			mq.SetField(f.name)
			mq.SetBoost(f.boost)
			qs = append(qs, mq)
			continue
		}
		mq := query.NewMatchQuery(t.text)
		mq.SetField(f.name)
		mq.SetBoost(f.boost)
		mq.SetOperator(query.MatchQueryOperatorAnd)
		qs = append(qs, mq)
	}
	if !t.phrase {
		tq := query.NewTermQuery(normalizeHandle(t.text))
		tq.SetField(fieldHandle)
		tq.SetBoost(boostHandle)
		qs = append(qs, tq)
	}
	return query.NewDisjunctionQuery(qs)
}

// withOp sets the operation on a domain error that has none.
func withOp(op string, err error) error {
	if se, ok := err.(*scout.Error); ok && se.Op == "" {
		se.Op = op
	}
	return err
}
