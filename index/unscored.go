package index

import (
	"context"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// unscored is a query that only selects documents: every match scores
// score, and it weighs nothing in the query norm of a conjunction it is
// part of, so next to the words it leaves their scores as they were.
//
// Filters are unscored clauses of the conjunction with the words rather
// than Bleve's boolean filter clause: that clause checks each match of
// the words against the filters, so every creator the words match is
// scored, while in a conjunction the filters can skip the words' searchers
// ahead to the next creator that passes them. Inside, the filters run with
// scoring off, which lets Bleve intersect their postings as bitmaps.
type unscored struct {
	q     query.Query
	score float64
}

func (u unscored) Searcher(ctx context.Context, i index.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	s, err := u.q.Searcher(ctx, i, m, search.SearcherOptions{Score: "none"})
	if err != nil {
		return nil, err
	}
	return &unscoredSearcher{Searcher: s, score: u.score}, nil
}

type unscoredSearcher struct {
	search.Searcher
	score float64
}

func (s *unscoredSearcher) Weight() float64 { return 0 }

func (s *unscoredSearcher) SetQueryNorm(float64) {}

func (s *unscoredSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	return s.scored(s.Searcher.Next(ctx))
}

func (s *unscoredSearcher) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	return s.scored(s.Searcher.Advance(ctx, id))
}

func (s *unscoredSearcher) scored(d *search.DocumentMatch, err error) (*search.DocumentMatch, error) {
	if d != nil {
		d.Score = s.score
	}
	return d, err
}
