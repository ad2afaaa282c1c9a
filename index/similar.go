package index

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/scout-oss/scout"
)

var _ scout.SimilarFinder = (*Index)(nil)

// Lookalike tuning. A creator is described by its similarTerms most
// distinctive words (TF-IDF over bio and posts); a lookalike must share at
// least similarMinShared of them (fewer when the creator has fewer words).
// Sharing the tier or a platform adds a fixed boost, so it reorders
// creators of similar content without admitting unrelated ones.
const (
	similarTerms      = 12
	similarMinShared  = 2
	boostSameTier     = 0.5
	boostSamePlatform = 0.3
	// boostSameTopic weighs each shared topic (a topic stands for the
	// bio and several posts); boostSameAudience a shared language or
	// country, which a brand's campaign usually fixes.
	boostSameTopic    = 3
	boostSameAudience = 0.5
	// similarMaxDocShare drops words more than this share of creators
	// use: they describe nobody.
	similarMaxDocShare = 0.2
)

// distinctiveTerm is one indexed term of a creator with its TF-IDF weight
// and the word it most often stands for in the creator's own text.
type distinctiveTerm struct {
	term, word string
	weight     float64
}

// Similar implements scout.SimilarFinder, in the spirit of a
// more-like-this query: the creator's most distinctive bio and post terms
// (by TF-IDF against this index) become one weighted disjunction, boosted
// for the same tier and platforms, excluding c itself. Each hit names the
// distinctive words it shares. A creator without distinctive words has no
// lookalikes (an empty list, not an error).
func (ix *Index) Similar(ctx context.Context, c *scout.Creator, limit int) (_ []scout.SimilarHit, err error) {
	const op = "index.Similar"
	if limit < 1 || limit > scout.MaxPerPage {
		return nil, &scout.Error{Code: scout.EINVALID, Op: op,
			Message: fmt.Sprintf("limit must be between 1 and %d; got %d", scout.MaxPerPage, limit)}
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if err := ix.usable(op); err != nil {
		return nil, err
	}
	defer ix.recoverRead(op, &err) // a panic out of Bleve (fault.go)
	terms, err := ix.distinctiveTerms(ctx, c)
	if err != nil {
		return nil, formatError(op, err)
	}
	out := []scout.SimilarHit{}
	if len(terms) == 0 && len(c.Topics) == 0 {
		return out, nil
	}

	var alts []query.Query
	for _, t := range terms {
		for _, f := range []struct {
			name  string
			boost float64
		}{{fieldName, boostName}, {fieldBio, boostBio}, {fieldPosts, boostPosts}} {
			tq := query.NewTermQuery(t.term)
			tq.SetField(f.name)
			tq.SetBoost(t.weight * f.boost)
			alts = append(alts, tq)
		}
	}
	// A term matches in up to three fields, so the minimum counts one
	// disjunction per term.
	var perTerm []query.Query
	for i := range terms {
		perTerm = append(perTerm, query.NewDisjunctionQuery(alts[3*i:3*i+3]))
	}
	words := query.NewDisjunctionQuery(perTerm)
	words.SetMin(float64(min(similarMinShared, len(terms))))
	// A lookalike shares distinctive words or one of c's topics.
	var content query.Query = words
	if len(terms) == 0 {
		content = query.NewMatchNoneQuery()
	}
	var topics []string
	for _, t := range c.Topics {
		topics = append(topics, t.Slug)
	}
	if tq := anyTerm(fieldTopics, topics); tq != nil {
		if b, ok := tq.(query.BoostableQuery); ok {
			b.SetBoost(boostSameTopic)
		}
		content = query.NewDisjunctionQuery([]query.Query{content, tq})
	}

	var should []query.Query
	if c.Followers != nil {
		tq := query.NewTermQuery(string(scout.TierOf(*c.Followers)))
		tq.SetField(fieldTier)
		tq.SetBoost(boostSameTier)
		should = append(should, tq)
	}
	for _, f := range []struct {
		field, value string
	}{{fieldLanguage, strings.ToLower(deref(c.Language))}, {fieldCountry, strings.ToUpper(deref(c.Country))}} {
		if f.value != "" {
			tq := query.NewTermQuery(f.value)
			tq.SetField(f.field)
			tq.SetBoost(boostSameAudience)
			should = append(should, tq)
		}
	}
	for _, p := range creatorPlatforms(c) {
		tq := query.NewTermQuery(p)
		tq.SetField(fieldPlatform)
		tq.SetBoost(boostSamePlatform)
		should = append(should, tq)
	}
	bq := query.NewBooleanQuery([]query.Query{content}, nil, []query.Query{query.NewDocIDQuery([]string{c.ID})})
	if len(should) > 0 {
		sq := query.NewDisjunctionQuery(should)
		sq.SetMin(0)
		bq.Should = sq
	}
	req := bleve.NewSearchRequestOptions(bq, limit, 0, false)
	req.IncludeLocations = true
	sr, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("%s: %w", op, ctx.Err())
		}
		return nil, formatError(op, err)
	}
	for _, h := range sr.Hits {
		hit := scout.SimilarHit{ID: h.ID, Score: h.Score, Shared: []string{}}
		for _, t := range terms { // in weight order
			for _, field := range []string{fieldName, fieldBio, fieldPosts} {
				if len(h.Locations[field][t.term]) > 0 {
					hit.Shared = append(hit.Shared, t.word)
					break
				}
			}
		}
		out = append(out, hit)
	}
	return out, nil
}

// distinctiveTerms analyzes c's bio and posts as the index does and keeps
// the similarTerms terms with the highest TF-IDF, where document frequency
// comes from this index's posts and bio fields. Terms no other creator uses
// and terms too common to tell anyone apart are skipped.
func (ix *Index) distinctiveTerms(ctx context.Context, c *scout.Creator) ([]distinctiveTerm, error) {
	text := c.Bio + "\n" + strings.Join(postTexts(c.Posts), "\n")
	tf := map[string]int{}
	words := map[string]map[string]int{}
	for _, tok := range ix.analyzers.text.Analyze([]byte(text)) {
		term := string(tok.Term)
		word := strings.ToLower(text[tok.Start:tok.End])
		// Stop words of any language ("per", "con"), days, platform
		// words, and pieces of addresses ("shop.invalid") describe nobody.
		if len([]rune(term)) < 3 || strings.IndexFunc(term, unicode.IsLetter) < 0 ||
			strings.ContainsAny(term, "./@:_") || isStopWord(word) || isStopWord(term) {
			continue
		}
		tf[term]++
		if words[term] == nil {
			words[term] = map[string]int{}
		}
		words[term][word]++
	}
	if len(tf) == 0 {
		return nil, nil
	}
	adv, err := ix.bi.Advanced()
	if err != nil {
		return nil, fmt.Errorf("open index reader: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("open index reader: %w", err)
	}
	defer r.Close()
	n, err := r.DocCount()
	if err != nil {
		return nil, fmt.Errorf("count documents: %w", err)
	}
	var out []distinctiveTerm
	for term, freq := range tf {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var df uint64
		for _, field := range []string{fieldPosts, fieldBio} {
			tfr, err := r.TermFieldReader(ctx, []byte(term), field, false, false, false)
			if err != nil {
				return nil, fmt.Errorf("read term %q: %w", term, err)
			}
			df = max(df, tfr.Count())
			_ = tfr.Close()
		}
		// df counts c itself when it is indexed; 2 means one other creator.
		// Small indexes keep words up to 5 creators share.
		if df < 2 || float64(df) > max(similarMaxDocShare*float64(n), 5) {
			continue
		}
		out = append(out, distinctiveTerm{
			term:   term,
			word:   mostCommon(words[term]),
			weight: (1 + math.Log(float64(freq))) * math.Log(float64(n+1)/float64(df)),
		})
	}
	slices.SortFunc(out, func(a, b distinctiveTerm) int {
		if a.weight != b.weight {
			if a.weight > b.weight {
				return -1
			}
			return 1
		}
		return strings.Compare(a.term, b.term)
	})
	if len(out) > similarTerms {
		out = out[:similarTerms]
	}
	return out, nil
}

// mostCommon returns the most frequent key, the smallest on ties.
func mostCommon(m map[string]int) string {
	best, bestN := "", 0
	for k, n := range m {
		if n > bestN || n == bestN && k < best {
			best, bestN = k, n
		}
	}
	return best
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// creatorPlatforms are the indexed forms of c's platforms.
func creatorPlatforms(c *scout.Creator) []string {
	var ps []string
	for _, a := range c.Accounts {
		if p := normalizePlatform(string(a.Platform)); p != "" && !slices.Contains(ps, p) {
			ps = append(ps, p)
		}
	}
	return ps
}
