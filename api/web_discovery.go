package api

import (
	"net/url"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/scout-oss/scout"
)

// discoveryFilters are the search page's topic, language and country
// inputs. They offer every topic and every ISO code, not only the values
// the current results have (the facets show those), so a user can ask for
// "Italy" before any Italian creator is in the results.
type discoveryFilters struct {
	Topics    []option
	Languages []option
	Countries []option
}

// option is one choice of a select: the parameter value, its label and
// whether the URL has it.
type option struct {
	Value    string
	Label    string
	Selected bool
}

// selectParams are the list filters the form sets through a select: one
// value each. With several values in the URL the extra ones stay hidden
// inputs (and chips), so a new search keeps them.
var selectParams = []string{"topic", "language", "country"}

// allOptions are the three lists with their labels, sorted by label,
// built once: the names come from x/text's tables.
var allOptions = sync.OnceValue(func() discoveryFilters {
	var f discoveryFilters
	for _, t := range scout.TopicList {
		f.Topics = append(f.Topics, option{Value: t.Slug, Label: t.Name})
	}
	for _, code := range scout.LanguageCodes() {
		f.Languages = append(f.Languages, option{Value: code, Label: languageName(code) + " (" + code + ")"})
	}
	for _, code := range scout.CountryCodes() {
		f.Countries = append(f.Countries, option{Value: code, Label: countryName(code) + " (" + code + ")"})
	}
	byLabel := func(a, b option) int { return strings.Compare(a.Label, b.Label) }
	slices.SortFunc(f.Languages, byLabel)
	slices.SortFunc(f.Countries, byLabel)
	return f
})

func buildDiscoveryFilters(v url.Values) discoveryFilters {
	mark := func(param string, opts []option) []option {
		vals := listParam(v, param)
		out := slices.Clone(opts)
		if len(vals) == 1 {
			for i := range out {
				out[i].Selected = strings.EqualFold(out[i].Value, vals[0])
			}
		}
		return out
	}
	all := allOptions()
	return discoveryFilters{
		Topics:    mark("topic", all.Topics),
		Languages: mark("language", all.Languages),
		Countries: mark("country", all.Countries),
	}
}

// keepSelectsOut drops from the form's hidden inputs the select filters
// that carry one value: the select sends those.
func keepSelectsOut(v url.Values, hidden []chip) []chip {
	return slices.DeleteFunc(hidden, func(c chip) bool {
		return slices.Contains(selectParams, c.Param) && len(listParam(v, c.Param)) == 1
	})
}

// languageName is the English name of an ISO 639-1 code ("it" → Italian),
// or the code when x/text has no name for it.
func languageName(code string) string {
	tag, err := language.Parse(code)
	if err != nil {
		return code
	}
	if n := display.English.Languages().Name(tag); n != "" {
		return n
	}
	return code
}

// countryName is the English name of an ISO 3166-1 alpha-2 code ("IT" →
// Italy), or the code when x/text has no name for it.
func countryName(code string) string {
	r, err := language.ParseRegion(code)
	if err != nil {
		return code
	}
	if n := display.English.Regions().Name(r); n != "" {
		return n
	}
	return code
}

// topicName is the display name of a topic slug, or the slug.
func topicName(slug string) string {
	if t, ok := scout.TopicBySlug(slug); ok {
		return t.Name
	}
	return slug
}
