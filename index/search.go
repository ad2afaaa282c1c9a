package index

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

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
	// boostTopic weighs a match through a topic (a query word that names
	// the creator's topic): the topic stands for the creator's bio and
	// several posts, so it counts for more than a word in one post.
	boostTopic = 4
)

// highlightFields are the stored fields Search returns fragments for.
var highlightFields = []string{fieldName, fieldBio}

// Search runs q: the text (see the package documentation for its syntax)
// over name, handle, bio and posts, the filters, the requested facets, one
// sort and one page (by number or after a cursor). A query that does not
// parse, or fails q.Validate, is EINVALID, as is a cursor from another
// query; a closed index is EUNAVAILABLE.
//
// Highlights are HTML: creator text is escaped and only <mark> tags are
// markup, so fragments are safe to embed in a page.
func (ix *Index) Search(ctx context.Context, q *scout.SearchQuery) (_ *scout.SearchResult, err error) {
	const op = "index.Search"
	if err := q.Validate(); err != nil {
		return nil, withOp(op, err)
	}
	if q.Cursor == "" && q.Page > MaxResultWindow/q.PerPage {
		return nil, &scout.Error{Code: scout.EINVALID, Op: op, Message: fmt.Sprintf(
			"page %d of %d results goes past the first %d matches: narrow the query or page with cursor instead",
			q.Page, q.PerPage, MaxResultWindow)}
	}
	pq, err := parseQuery(q.Text)
	if err != nil {
		return nil, withOp(op, err)
	}

	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if err := ix.usable(op); err != nil {
		return nil, err
	}
	defer ix.recoverRead(op, &err) // a panic out of Bleve (fault.go)
	bq, words, expansions, err := ix.buildQuery(pq, q, ix.now())
	if err != nil {
		return nil, withOp(op, err)
	}
	// One hit more than the page tells whether there is a next page.
	req := bleve.NewSearchRequestOptions(bq, q.PerPage+1, (q.Page-1)*q.PerPage, false)
	order := sortOrder(q)
	req.SortByCustom(order)
	sig := querySignature(q)
	relevance := sortKey(q) == ""
	if q.Cursor != "" {
		cur, err := decodeCursor(q.Cursor, sig, relevance)
		if err != nil {
			return nil, withOp(op, err)
		}
		if relevance {
			if cur.Offset+q.PerPage > MaxResultWindow {
				return nil, &scout.Error{Code: scout.EINVALID, Op: op, Message: fmt.Sprintf(
					"results in relevance order go %d deep: narrow the query, or sort by a field to page further", MaxResultWindow)}
			}
			req.From = cur.Offset
		} else {
			req.From = 0
			req.SearchAfter = cur.After
		}
	}
	for _, name := range q.Facets {
		f := facetFields[name]
		req.AddFacet(name, bleve.NewFacetRequest(f.field, f.size))
	}

	sr, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("%s: %w", op, ctx.Err())
		}
		return nil, formatError(op, err)
	}

	hits := sr.Hits
	more := len(hits) > q.PerPage
	if more {
		hits = hits[:q.PerPage]
	}
	res := &scout.SearchResult{Total: int(sr.Total), Hits: make([]scout.SearchHit, 0, len(hits)), Expansions: expansions}
	for _, h := range hits {
		res.Hits = append(res.Hits, scout.SearchHit{ID: h.ID, Score: h.Score})
	}
	if strings.TrimSpace(q.Text) != "" && len(hits) > 0 {
		if err := ix.highlight(ctx, words, res); err != nil {
			return nil, formatError(op, err)
		}
	}
	if more {
		next := cursor{Query: sig}
		if relevance {
			next.Offset = req.From + len(hits)
		} else {
			next.After = afterValues(hits[len(hits)-1])
		}
		res.NextCursor = encodeCursor(next)
	}
	if len(q.Facets) > 0 {
		res.Facets = make(map[string][]scout.FacetCount, len(q.Facets))
		for _, name := range q.Facets {
			res.Facets[name] = facetCounts(sr.Facets[name])
		}
	}
	return res, nil
}

// highlight adds the highlighted fragments of res's hits. It runs the
// query's words again over just those documents: asking Bleve for
// highlights in the main search makes it read term positions for every
// match, which multiplied the latency of broad queries, while one page is
// a few documents. The page's ids drive (a must clause) and the words are
// an optional clause, which Bleve only advances to each id: as a
// conjunction with the whole query, every id was followed by a scan of
// the query's matches up to the next one, as costly as the search itself.
// Filters and exclusions are left out: the hits passed them already, and
// they mark no words.
func (ix *Index) highlight(ctx context.Context, words query.Query, res *scout.SearchResult) error {
	if words == nil {
		return nil
	}
	ids := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		ids[i] = h.ID
	}
	hq := query.NewBooleanQuery([]query.Query{query.NewDocIDQuery(ids)}, []query.Query{words}, nil)
	req := bleve.NewSearchRequestOptions(hq, len(ids), 0, false)
	req.Highlight = bleve.NewHighlightWithStyle(html.Name)
	req.Highlight.Fields = highlightFields
	// Post text is not stored: the matches in posts come back as byte
	// spans per post (term vectors), which the caller turns into
	// snippets from the store.
	req.IncludeLocations = true
	req.Fields = []string{fieldPostRefs}
	sr, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("highlight: %w", err)
	}
	frags := make(map[string]search.FieldFragmentMap, len(sr.Hits))
	posts := make(map[string][]scout.PostMatch, len(sr.Hits))
	for _, h := range sr.Hits {
		frags[h.ID] = h.Fragments
		posts[h.ID] = postMatches(h)
	}
	for i := range res.Hits {
		res.Hits[i].PostMatches = posts[res.Hits[i].ID]
		for field, fs := range frags[res.Hits[i].ID] {
			// A field the query did not match in comes back whole,
			// unmarked (the hit matched elsewhere: a post, a topic).
			fs = slices.DeleteFunc(slices.Clone(fs), func(f string) bool { return !strings.Contains(f, "<mark>") })
			if len(fs) == 0 {
				continue
			}
			if res.Hits[i].Highlights == nil {
				res.Hits[i].Highlights = map[string][]string{}
			}
			res.Hits[i].Highlights[field] = fs
		}
	}
	return nil
}

// maxPostMatches bounds the posts a hit names as matches.
const maxPostMatches = 3

// postMatches reads h's matches in the posts field: for each matched post
// (by array position, newest first), its id from the stored post_refs and
// the byte spans of the matched words.
func postMatches(h *search.DocumentMatch) []scout.PostMatch {
	var refs []string
	switch v := h.Fields[fieldPostRefs].(type) {
	case string:
		refs = []string{v}
	case []any:
		for _, x := range v {
			s, _ := x.(string)
			refs = append(refs, s)
		}
	}
	spans := map[int][][2]int{}
	for _, locs := range h.Locations[fieldPosts] {
		for _, l := range locs {
			if len(l.ArrayPositions) == 0 {
				continue
			}
			i := int(l.ArrayPositions[0])
			spans[i] = append(spans[i], [2]int{int(l.Start), int(l.End)})
		}
	}
	var out []scout.PostMatch
	for _, i := range slices.Sorted(maps.Keys(spans)) {
		if i >= len(refs) || refs[i] == "" {
			continue
		}
		sp := spans[i]
		slices.SortFunc(sp, func(a, b [2]int) int { return a[0] - b[0] })
		out = append(out, scout.PostMatch{PostID: refs[i], Spans: slices.Compact(sp)})
		if len(out) == maxPostMatches {
			break
		}
	}
	return out
}

// facetFields maps each facet to its keyword field (indexed with
// docvalues) and how many values it returns.
var facetFields = map[string]struct {
	field string
	size  int
}{
	scout.FacetPlatform:        {fieldPlatform, 20},
	scout.FacetLanguage:        {fieldLanguage, 50},
	scout.FacetCountry:         {fieldCountry, 50},
	scout.FacetTier:            {fieldTier, len(scout.Tiers)},
	scout.FacetBrandSafetyBand: {fieldBand, 4},
	scout.FacetFlags:           {fieldFlags, 50},
	scout.FacetTopic:           {fieldTopics, len(scout.TopicList)},
}

// facetCounts lists a facet's values, most frequent first, then by value.
func facetCounts(fr *search.FacetResult) []scout.FacetCount {
	out := []scout.FacetCount{}
	if fr == nil || fr.Terms == nil {
		return out
	}
	for _, t := range fr.Terms.Terms() {
		out = append(out, scout.FacetCount{Value: t.Term, Count: t.Count})
	}
	slices.SortStableFunc(out, func(a, b scout.FacetCount) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Value, b.Value)
	})
	return out
}

// sortKey is the sort-field key of q's sort, or "" for relevance.
func sortKey(q *scout.SearchQuery) string {
	switch q.Sort {
	case scout.SortFollowers:
		return sortKeyFollowers
	case scout.SortEngagement:
		return sortKeyEngagement
	case scout.SortGrowth30d:
		return sortKeyGrowth
	case scout.SortTopicShare:
		return scout.SortTopicShare
	}
	if name := q.ScoreSort(); name != "" {
		return fieldScorePrefix + name
	}
	return ""
}

// sortOrder is the Bleve sort for q. A field sort ends with the document
// id, so equal keys page deterministically and a cursor can resume exactly
// (SearchAfter); missing values sort last in both directions (see
// fieldDescPrefix). Relevance is always best first, and its ties stay in
// index order: breaking them by id would make Bleve load the id of every
// hit, which multiplied the latency of broad text queries about tenfold.
func sortOrder(q *scout.SearchQuery) search.SortOrder {
	key := sortKey(q)
	if key == "" {
		return search.SortOrder{&search.SortScore{Desc: true}}
	}
	if key == scout.SortTopicShare {
		// Every hit has the value: the query filters on this one topic.
		return search.SortOrder{&search.SortField{
			Field:   fieldTopicSharePrefix + q.Topics[0],
			Desc:    q.Desc,
			Type:    search.SortFieldAsNumber,
			Missing: search.SortFieldMissingLast,
		}, &search.SortDocID{}}
	}
	field := fieldAscPrefix + key
	if q.Desc {
		field = fieldDescPrefix + key
	}
	return search.SortOrder{&search.SortField{
		Field:   field,
		Desc:    true,
		Type:    search.SortFieldAsNumber,
		Missing: search.SortFieldMissingLast,
	}, &search.SortDocID{}}
}

// afterValues are the SearchAfter values that resume after h in a field
// sort.
func afterValues(h *search.DocumentMatch) []string {
	v := missingSortValueString
	if len(h.DecodedSort) > 0 {
		v = h.DecodedSort[0]
	}
	return []string{v, h.ID}
}

var missingSortValueString = strconv.FormatFloat(missingSortValue, 'g', -1, 64)

// cursor is the decoded form of SearchResult.NextCursor: the query it
// belongs to and where the next page starts. Field sorts resume after the
// sort values of the last hit (exact at any depth, even when documents
// are added); relevance, whose order has no unique key, resumes at an
// offset.
type cursor struct {
	Query  string   `json:"q"`
	After  []string `json:"a,omitempty"`
	Offset int      `json:"o,omitempty"`
}

// querySignature identifies everything in q that decides the order of
// hits (text, filters, sort), so a cursor cannot be replayed on another
// query, where it would silently skip or repeat creators.
func querySignature(q *scout.SearchQuery) string {
	// Exclusions are left out: hiding one more creator between pages
	// must not invalidate the cursor, and cannot reorder the rest.
	c := *q
	c.Cursor, c.Page, c.PerPage, c.Facets, c.ExcludeIDs = "", 0, 0, nil, nil
	b, _ := json.Marshal(&c) // plain data: cannot fail
	sum := sha256.Sum256(b)
	return base64.RawURLEncoding.EncodeToString(sum[:9])
}

func encodeCursor(c cursor) string {
	b, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(s, sig string, relevance bool) (cursor, error) {
	bad := scout.Errorf(scout.EINVALID, "cursor is not one Scout gave out: pass next_cursor from the previous page unchanged")
	b, err := base64.RawURLEncoding.DecodeString(s)
	var c cursor
	if err == nil {
		err = json.Unmarshal(b, &c)
	}
	if err != nil {
		return c, bad
	}
	if c.Query != sig {
		return c, scout.Errorf(scout.EINVALID, "cursor belongs to a search with other text, filters or sort: repeat the query with the same parameters, or start again without cursor")
	}
	if relevance {
		if c.Offset < 1 || c.After != nil {
			return c, bad
		}
		return c, nil
	}
	if len(c.After) != 2 {
		return c, bad
	}
	if _, err := strconv.ParseFloat(c.After[0], 64); err != nil {
		return c, bad
	}
	return c, nil
}

// buildQuery turns the parsed text and the filters into one Bleve query,
// and returns the query of the words alone (nil without words) for the
// highlights. Filters are an unscored clause of the conjunction with the
// words (or, for exclusions, a must-not clause), so a filter does not
// reorder relevance. now anchors the time-relative filters. A word or
// phrase that names a topic (ix.topics) also matches the creators of that
// topic, and is returned as an expansion.
func (ix *Index) buildQuery(pq parsedQuery, q *scout.SearchQuery, now time.Time) (query.Query, query.Query, []scout.TopicExpansion, error) {
	var must []query.Query
	var expansions []scout.TopicExpansion
	for _, group := range pq.must {
		var alts []query.Query
		for _, t := range group {
			if ix.analyzers.indexable(t.text) {
				alts = append(alts, termQuery(t))
			}
			if ix.topics == nil {
				continue
			}
			for _, slug := range ix.topics.LookupTopics(t.text) {
				tq := query.NewTermQuery(slug)
				tq.SetField(fieldTopics)
				tq.SetBoost(boostTopic)
				alts = append(alts, tq)
				expansions = append(expansions, scout.TopicExpansion{Term: t.text, Topic: slug})
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

	filters, exclude, err := filterQueries(q, now)
	if err != nil {
		return nil, nil, nil, err
	}
	not = append(not, exclude...)

	if len(must) == 0 && len(not) == 0 && len(filters) == 0 {
		return query.NewMatchAllQuery(), nil, expansions, nil
	}
	var words, sel query.Query
	if len(must) > 0 {
		words = query.NewConjunctionQuery(must)
		sel = words
	}
	if len(filters) > 0 {
		var f query.Query = query.NewConjunctionQuery(filters)
		if len(filters) == 1 {
			f = filters[0]
		}
		if words == nil {
			// Without words every hit scores alike, as under match-all.
			sel = unscored{q: f, score: 1}
		} else {
			sel = query.NewConjunctionQuery([]query.Query{words, unscored{q: f}})
		}
	}
	if len(not) == 0 {
		return sel, words, expansions, nil
	}
	bq := query.NewBooleanQuery(nil, nil, []query.Query{query.NewDisjunctionQuery(not)})
	if sel != nil {
		bq.Must = sel
	}
	return bq, words, expansions, nil
}

// filterQueries returns the filters every hit must pass and the queries
// no hit may match.
func filterQueries(q *scout.SearchQuery, now time.Time) (filters, exclude []query.Query, err error) {
	var platforms []string
	for _, p := range q.Platforms {
		v := normalizePlatform(string(p))
		if v == "" {
			return nil, nil, scout.Errorf(scout.EINVALID, "platform filter has an empty platform name")
		}
		platforms = append(platforms, v)
	}
	if f := anyTerm(fieldPlatform, platforms); f != nil {
		filters = append(filters, f)
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
		if len(platforms) == 0 {
			filters = append(filters, numericRange(fieldFollowers, lo, hi))
		} else {
			// The account on one of the named platforms must be in range.
			var ps []query.Query
			for _, p := range platforms {
				ps = append(ps, numericRange(fieldFollowersOn+"."+platformField(p), lo, hi))
			}
			filters = append(filters, query.NewDisjunctionQuery(ps))
		}
	}
	lower := func(vs []string) []string {
		out := make([]string, len(vs))
		for i, v := range vs {
			out[i] = strings.ToLower(strings.TrimSpace(v))
		}
		return out
	}
	upper := func(vs []string) []string {
		out := make([]string, len(vs))
		for i, v := range vs {
			out[i] = strings.ToUpper(strings.TrimSpace(v))
		}
		return out
	}
	names := func(vs []string) []string {
		out := make([]string, len(vs))
		for i, v := range vs {
			out[i] = normalizeName(v)
		}
		return out
	}
	tiers := make([]string, len(q.Tiers))
	for i, t := range q.Tiers {
		tiers[i] = string(t)
	}
	for _, f := range []query.Query{
		anyTerm(fieldLanguage, lower(q.Languages)),
		anyTerm(fieldCountry, upper(q.Countries)),
		anyTerm(fieldTopics, q.Topics),
		anyTerm(fieldTier, tiers),
		anyTerm(fieldBand, q.Bands),
		anyTerm(fieldFlags, q.Flags),
		anyTerm(fieldFormat, q.Formats),
		anyTerm(fieldBrands, names(q.Brands)),
		anyTerm(fieldAffiliate, names(q.AffiliateNetworks)),
	} {
		if f != nil {
			filters = append(filters, f)
		}
	}
	if q.ER.Min != nil || q.ER.Max != nil {
		filters = append(filters, numericRange(fieldEngagement, q.ER.Min, q.ER.Max))
	}
	for _, name := range slices.Sorted(maps.Keys(q.Scores)) {
		r := q.Scores[name]
		if r.Min != nil || r.Max != nil {
			f := numericRange(fieldScorePrefix+name, r.Min, r.Max)
			if q.IncludeUnknown {
				f = query.NewDisjunctionQuery([]query.Query{f, unknownScore(name)})
			}
			filters = append(filters, f)
		}
	}
	if q.PostedWithinDays > 0 {
		since := now.Add(-time.Duration(q.PostedWithinDays) * 24 * time.Hour)
		filters = append(filters, dateSince(fieldLastPostAt, since))
	}
	if q.HasContact != nil {
		filters = append(filters, boolTerm(fieldHasContact, *q.HasContact))
	}
	if q.Affiliate != nil {
		filters = append(filters, boolTerm(fieldHasAffil, *q.Affiliate))
	}
	if q.Stale != nil {
		fresh := dateSince(fieldDataAsOf, now.Add(-scout.DefaultStalePeriod))
		if *q.Stale {
			exclude = append(exclude, fresh)
		} else {
			filters = append(filters, fresh)
		}
	}

	if f := anyTerm(fieldFlags, q.NotFlags); f != nil {
		exclude = append(exclude, f)
	}
	if f := anyTerm(fieldBrands, names(q.NoSponsor)); f != nil {
		exclude = append(exclude, f)
	}
	var risky []string
	for _, cat := range slices.Sorted(maps.Keys(q.MaxRisk)) {
		allowed := slices.Index(scout.RiskLevels, q.MaxRisk[cat])
		for _, level := range scout.RiskLevels[allowed+1:] {
			risky = append(risky, cat+":"+level)
		}
	}
	if f := anyTerm(fieldRisk, risky); f != nil {
		exclude = append(exclude, f)
	}
	if len(q.ExcludeIDs) > 0 {
		exclude = append(exclude, query.NewDocIDQuery(q.ExcludeIDs))
	}
	return filters, exclude, nil
}

// anyTerm matches documents whose keyword field holds any of values; nil
// when there are none.
func anyTerm(field string, values []string) query.Query {
	var qs []query.Query
	seen := map[string]bool{}
	for _, v := range values {
		if v == "" || seen[v] {
			continue
		}
		seen[v] = true
		tq := query.NewTermQuery(v)
		tq.SetField(field)
		qs = append(qs, tq)
	}
	switch len(qs) {
	case 0:
		return nil
	case 1:
		return qs[0]
	}
	return query.NewDisjunctionQuery(qs)
}

// unknownScore matches documents without a value for score name: an
// unknown score is not indexed (document), so it is every document minus
// those with any value.
func unknownScore(name string) query.Query {
	lo := -math.MaxFloat64
	bq := query.NewBooleanQuery([]query.Query{query.NewMatchAllQuery()}, nil, []query.Query{numericRange(fieldScorePrefix+name, &lo, nil)})
	return bq
}

func numericRange(field string, lo, hi *float64) query.Query {
	inclusive := true
	rq := query.NewNumericRangeInclusiveQuery(lo, hi, &inclusive, &inclusive)
	rq.SetField(field)
	return rq
}

func dateSince(field string, t time.Time) query.Query {
	inclusive := true
	dq := query.NewDateRangeInclusiveQuery(t, time.Time{}, &inclusive, nil)
	dq.SetField(field)
	return dq
}

func boolTerm(field string, v bool) query.Query {
	bq := query.NewBoolFieldQuery(v)
	bq.SetField(field)
	return bq
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
