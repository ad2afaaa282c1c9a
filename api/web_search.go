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

// searchView is the search page: the URL's parameters (the page's whole
// state), the results and what the controls need to rebuild the URL.
type searchView struct {
	Values     url.Values
	Result     *SearchResponse
	Error      string
	Facets     []facetView
	Active     []chip
	Hidden     []chip // list filters the form keeps as hidden inputs
	Columns    map[string]sortLink
	Page       int
	Pages      int
	PrevURL    string
	NextURL    string
	Shortlists []*scout.Shortlist
	Query      string // the URL's query string, for saving the search
	Exports    []exportLink
	Discovery  discoveryFilters
}

// F returns a form field's value from the URL.
func (v *searchView) F(name string) string { return v.Values.Get(name) }

// Sort is the sort in effect.
func (v *searchView) Sort() string {
	if s := v.Values.Get("sort"); s != "" {
		return s
	}
	return scout.SortRelevance
}

type facetView struct {
	Name   string
	Label  string
	Values []facetValue
}

type facetValue struct {
	Value  string
	Label  string // a display name (topics, countries), or "" for Value
	Count  int
	URL    string
	Active bool
}

// chip is an active filter with the URL that removes it.
type chip struct {
	Param string
	Value string
	Label string // what the chip says, in words: "Brand safety ≥ 80"
	URL   string
}

// sortLink is a sortable column header: where a click goes and the
// aria-sort state now.
type sortLink struct {
	URL  string
	Aria string // ascending, descending or none
}

// facetParams maps each facet to the search parameter that filters by it.
var facetParams = map[string]string{
	scout.FacetPlatform: "platform",
	scout.FacetLanguage: "language",
	scout.FacetCountry:  "country",
	scout.FacetTier:     "tier",
	scout.FacetFlags:    "flag",
	// The band facet filters by band, so its counts and its results
	// agree (a flagged creator with a high score is in review, not safe).
	scout.FacetBrandSafetyBand: "brand_safety_band",
	scout.FacetTopic:           "topic",
}

// listParams are the filters set by clicking facets; the form carries them
// as hidden inputs so a new text search keeps them.
var listParams = []string{"platform", "topic", "language", "country", "tier", "brand_safety_band", "flag", "not_flag", "content_format", "format", "brand", "affiliate", "no_sponsor"}

func facetLabel(name string) string {
	switch name {
	case scout.FacetBrandSafetyBand:
		return "Brand safety"
	case scout.FacetFlags:
		return "Flags"
	}
	return strings.ToUpper(name[:1]) + name[1:]
}

// cleanValues drops the empty fields a GET form sends.
func cleanValues(in url.Values) url.Values {
	v := url.Values{}
	for k, vals := range in {
		for _, x := range vals {
			if x = strings.TrimSpace(x); x != "" {
				v.Add(k, x)
			}
		}
	}
	return v
}

func searchURL(v url.Values) string {
	if len(v) == 0 {
		return "/"
	}
	return "/?" + v.Encode()
}

// withValues copies v, applies fn and drops paging, so a changed filter
// starts again at page 1.
func withValues(v url.Values, fn func(url.Values)) string {
	c := url.Values{}
	for k, vals := range v {
		c[k] = slices.Clone(vals)
	}
	c.Del("page")
	c.Del("cursor")
	fn(c)
	return searchURL(c)
}

// toggle adds value to the list parameter, or removes it when present.
func toggle(v url.Values, param, value string) {
	cur := listParam(v, param)
	v.Del(param)
	found := false
	for _, x := range cur {
		if strings.EqualFold(x, value) {
			found = true
			continue
		}
		v.Add(param, x)
	}
	if !found {
		v.Add(param, value)
	}
}

// handleSearchPage renders results server-side from the URL, so a search is
// a link that can be bookmarked and shared.
func (s *Server) handleSearchPage(w http.ResponseWriter, r *http.Request) {
	v := cleanValues(r.URL.Query())
	v.Del("done")
	pctToFraction(v)
	view := &searchView{Values: v, Query: v.Encode()}
	status := http.StatusOK
	q, err := ParseSearchQuery(v)
	if err == nil {
		q.Facets = scout.FacetNames
		err = s.ExcludeHidden(r.Context(), q) // the hide list (shortlists.go)
	}
	if err == nil {
		if s.Index == nil {
			err = scout.Errorf(scout.EUNAVAILABLE, "search is not available on this server (no index)")
		} else {
			view.Result, err = Search(r.Context(), s.Creators, s.Index, q)
		}
	}
	if err != nil {
		status = StatusOf(err)
		view.Error = scout.ErrorMessage(err)
		if status >= 500 {
			s.logger().Error("search page", "err", err)
		}
	} else {
		s.annotateSearch(r.Context(), view.Result)
		view.Page = q.Page
		view.Pages = (view.Result.Total + q.PerPage - 1) / q.PerPage
		if q.Page > 1 {
			view.PrevURL = pageURL(v, q.Page-1)
		}
		if q.Page*q.PerPage < view.Result.Total {
			view.NextURL = pageURL(v, q.Page+1)
		}
		view.Facets = buildFacets(v, view.Result.Facets)
	}
	view.Exports = searchExports(v)
	view.Active, view.Hidden = activeFilters(v)
	view.Hidden = keepSelectsOut(v, view.Hidden)
	view.Discovery = buildDiscoveryFilters(v)
	view.Columns = sortColumns(v)
	view.Shortlists = s.pickShortlists(r.Context())
	s.page(w, r, status, "search.html", searchTitle(v), view)
}

func searchTitle(v url.Values) string {
	if q := v.Get("q"); q != "" {
		return "Search: " + q
	}
	return "Search"
}

func pageURL(v url.Values, page int) string {
	q := url.Values{}
	for k, vals := range v {
		q[k] = vals
	}
	q.Del("cursor")
	q.Set("page", fmt.Sprint(page))
	return "/?" + q.Encode()
}

func buildFacets(v url.Values, facets map[string][]scout.FacetCount) []facetView {
	var out []facetView
	for _, name := range scout.FacetNames {
		counts := facets[name]
		if len(counts) == 0 {
			continue
		}
		fv := facetView{Name: name, Label: facetLabel(name)}
		for _, c := range counts {
			val := facetValue{Value: c.Value, Count: c.Count}
			switch name {
			case scout.FacetTopic:
				val.Label = topicName(c.Value)
			case scout.FacetCountry:
				val.Label = countryName(c.Value)
			case scout.FacetLanguage:
				val.Label = languageName(c.Value)
			}
			if param, ok := facetParams[name]; ok {
				val.Active = slices.ContainsFunc(listParam(v, param), func(x string) bool { return strings.EqualFold(x, c.Value) })
				val.URL = withValues(v, func(v url.Values) { toggle(v, param, c.Value) })
			} else {
				continue
			}
			fv.Values = append(fv.Values, val)
		}
		out = append(out, fv)
	}
	return out
}

// activeFilters lists every filter in the URL as a removable chip, and
// the list filters again for the form's hidden inputs.
func activeFilters(v url.Values) (active, hidden []chip) {
	keys := make([]string, 0, len(v))
	for k := range v {
		switch k {
		case "sort", "order", "page", "per_page", "cursor", "facets":
			continue
		}
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		isList := slices.Contains(listParams, k)
		vals := v[k]
		if isList {
			vals = listParam(v, k)
		}
		for _, val := range vals {
			c := chip{Param: k, Value: val, Label: chipLabel(k, val)}
			if isList {
				c.URL = withValues(v, func(v url.Values) { toggle(v, k, val) })
				hidden = append(hidden, c)
			} else {
				c.URL = withValues(v, func(v url.Values) { v.Del(k) })
			}
			active = append(active, c)
		}
	}
	return active, hidden
}

// sortColumns gives each sortable column the URL a click on its header
// goes to: the same search sorted by it, descending first, and ascending
// on a second click.
func sortColumns(v url.Values) map[string]sortLink {
	cur, order := v.Get("sort"), v.Get("order")
	if cur == "" {
		cur = scout.SortRelevance
	}
	out := map[string]sortLink{}
	for _, col := range []string{scout.SortRelevance, scout.SortFollowers, scout.SortEngagement,
		"score.overall", "score.engagement_quality", "score.brand_safety"} {
		l := sortLink{Aria: "none"}
		next := "desc"
		if col == cur {
			l.Aria = "descending"
			if order == "asc" {
				l.Aria = "ascending"
			} else if col != scout.SortRelevance {
				next = "asc"
			}
		}
		l.URL = withValues(v, func(v url.Values) {
			v.Set("sort", col)
			v.Del("order")
			if next == "asc" {
				v.Set("order", "asc")
			}
			if col == scout.SortRelevance {
				v.Del("sort")
			}
		})
		out[col] = l
	}
	return out
}

// pickShortlists lists shortlists for the "add to shortlist" controls;
// none when the server has no shortlists or they cannot be read.
func (s *Server) pickShortlists(ctx context.Context) []*scout.Shortlist {
	if s.Shortlists == nil {
		return nil
	}
	list, _, err := s.Shortlists.FindShortlists(ctx, scout.ShortlistFilter{Limit: 200})
	if err != nil {
		s.logger().Warn("list shortlists for the page", "err", err)
		return nil
	}
	return list
}

// searchExports are the links that download every match of the search
// (not only this page) as a file: the same filters on the search export,
// where format names the file format and the content filter is
// content_format.
func searchExports(v url.Values) []exportLink {
	q := url.Values{}
	for k, vals := range v {
		switch k {
		case "page", "per_page", "cursor", "facets":
		case "format":
			for _, x := range vals {
				q.Add("content_format", x)
			}
		default:
			q[k] = vals
		}
	}
	var out []exportLink
	for _, f := range []string{ExportCSV, ExportXLSX} {
		c := url.Values{}
		for k, vals := range q {
			c[k] = vals
		}
		c.Set("format", f)
		out = append(out, exportLink{Label: strings.ToUpper(f), URL: "/api/v1/creators/export?" + c.Encode()})
	}
	return out
}

// The page asks for engagement in percent (2 means 2%), as the brief form
// does; the API and the URL's min_er and max_er are fractions (0.02). The
// form's min_er_pct and max_er_pct become those on the way in.
var pctParams = map[string]string{"min_er_pct": "min_er", "max_er_pct": "max_er"}

func pctToFraction(v url.Values) {
	for pct, frac := range pctParams {
		raw := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v.Get(pct)), "%"))
		v.Del(pct)
		if raw == "" {
			continue
		}
		f, err := strconv.ParseFloat(raw, 64)
		if err != nil {
			v.Set(frac, raw) // the search reports it, naming the parameter
			continue
		}
		v.Set(frac, strconv.FormatFloat(f/100, 'f', -1, 64))
	}
}

// Pct returns a fraction parameter of the URL in percent, for the form's
// percent fields ("" when absent or not a number).
func (v *searchView) Pct(name string) string {
	f, err := strconv.ParseFloat(v.Values.Get(name), 64)
	if err != nil {
		return ""
	}
	return strconv.FormatFloat(math.Round(f*100*1e4)/1e4, 'f', -1, 64)
}

// chipLabel says what an active filter does, in words, instead of the
// parameter's name: "Brand safety ≥ 80", not "min_score.brand_safety: 80".
func chipLabel(param, value string) string {
	pct := func(s string) string {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return s
		}
		return humanRate(&f)
	}
	count := func(s string) string {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return s
		}
		return humanCount(&n)
	}
	yes := value == "true" || value == "1"
	if name, ok := strings.CutPrefix(param, "min_score."); ok {
		return scoreLabel(name) + " ≥ " + value
	}
	if name, ok := strings.CutPrefix(param, "max_score."); ok {
		return scoreLabel(name) + " ≤ " + value
	}
	if cat, ok := strings.CutPrefix(param, "max_risk."); ok {
		return strings.ReplaceAll(cat, "_", " ") + " risk at most " + value
	}
	switch param {
	case "q":
		return "Text: " + value
	case "platform":
		return "Platform: " + value
	case "language":
		return "Language: " + value
	case "country":
		return "Country: " + strings.ToUpper(value)
	case "tier":
		return "Tier: " + value
	case "brand_safety_band":
		return "Brand safety: " + value
	case "flag":
		return "Flag: " + value
	case "not_flag":
		return "Without flag: " + value
	case "min_followers":
		return "Followers ≥ " + count(value)
	case "max_followers":
		return "Followers ≤ " + count(value)
	case "min_er":
		return "Engagement ≥ " + pct(value)
	case "max_er":
		return "Engagement ≤ " + pct(value)
	case "posted_within_days":
		return "Posted in the last " + value + " days"
	case "has_contact":
		if yes {
			return "Has a contact"
		}
		return "No public contact"
	case "stale":
		if yes {
			return "Stale data"
		}
		return "Fresh data"
	case "content_format", "format":
		return "Mostly " + value
	case "brand":
		return "Worked with " + value
	case "affiliate":
		return "Affiliate: " + value
	case "no_sponsor":
		return "No sponsor: " + value
	case "include_unknown":
		if yes {
			return "Unknown scores included"
		}
		return "Unknown scores left out"
	case "brief":
		return "Brief: " + value
	}
	return strings.ReplaceAll(param, "_", " ") + ": " + value
}

// scoreLabel names a score for people.
func scoreLabel(name string) string {
	if l := scoreLabels[name]; l != "" {
		return l
	}
	return strings.ReplaceAll(name, "_", " ")
}
