package api

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"slices"
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
	scout.FacetTopic:    "topic",
}

// bandRanges are the brand-safety score ranges of the band facet.
var bandRanges = map[string][2]string{
	scout.BandSafe:   {"80", ""},
	scout.BandReview: {"50", "79.99"},
	scout.BandRisky:  {"", "49.99"},
}

// listParams are the filters set by clicking facets; the form carries them
// as hidden inputs so a new text search keeps them.
var listParams = []string{"platform", "topic", "language", "country", "tier", "flag", "not_flag", "content_format", "format", "brand", "affiliate", "no_sponsor"}

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
			} else if rg, ok := bandRanges[c.Value]; ok {
				val.Active = v.Get("min_score.brand_safety") == rg[0] && v.Get("max_score.brand_safety") == rg[1]
				val.URL = withValues(v, func(v url.Values) {
					v.Del("min_score.brand_safety")
					v.Del("max_score.brand_safety")
					if !val.Active {
						if rg[0] != "" {
							v.Set("min_score.brand_safety", rg[0])
						}
						if rg[1] != "" {
							v.Set("max_score.brand_safety", rg[1])
						}
					}
				})
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
			c := chip{Param: k, Value: val}
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
