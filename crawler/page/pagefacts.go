package page

import (
	"slices"
	"strings"

	"github.com/PuerkitoBio/goquery"

	"github.com/scout-oss/scout/crawler/source"
)

// ldLanguage reads schema.org inLanguage: a BCP 47 tag ("pt-BR") or a
// Language node ({"@type": "Language", "name": "Portuguese",
// "alternateName": "pt"}), reduced to the primary subtag.
func ldLanguage(v any) string {
	switch t := v.(type) {
	case map[string]any:
		if l := source.LangCode(ldText(t["alternateName"])); l != "" {
			return l
		}
		return source.LangCode(ldText(t["identifier"]))
	case []any:
		if len(t) > 0 {
			return ldLanguage(t[0])
		}
		return ""
	}
	return source.LangCode(ldText(v))
}

// ldLocation reads where a Person or Organization says it is: homeLocation
// (a Place, by name or address, or text), else address (a PostalAddress:
// locality, region, country; or text), as one line ("Porto, Portugal").
func ldLocation(n ldNode) string {
	for _, key := range []string{"homeLocation", "address", "location"} {
		if s := placeText(n[key], 0); s != "" {
			return source.CleanText(s, source.MaxTitleRunes)
		}
	}
	return ""
}

// placeText flattens a Place, PostalAddress, Country or text to one line.
func placeText(v any, depth int) string {
	if depth > 3 {
		return ""
	}
	switch t := v.(type) {
	case map[string]any:
		var parts []string
		for _, k := range []string{"addressLocality", "addressRegion", "addressCountry", "name"} {
			if s := placeText(t[k], depth+1); s != "" && !slices.Contains(parts, s) {
				parts = append(parts, s)
			}
		}
		if len(parts) == 0 {
			return placeText(t["address"], depth+1)
		}
		return strings.Join(parts, ", ")
	case []any:
		if len(t) > 0 {
			return placeText(t[0], depth+1)
		}
		return ""
	}
	return strings.TrimSpace(ldText(v))
}

// microdataTypes are the schema.org types whose microdata location is the
// page owner's.
var microdataTypes = []string{"schema.org/Person", "schema.org/Organization", "schema.org/LocalBusiness"}

// microdataLocation reads where a Person or Organization marked up with
// schema.org microdata says it is: its homeLocation, else address, else
// location (a Place or PostalAddress: locality, region, country, name; or
// the element's text), as one line. Pages without JSON-LD often carry it
// (an about page's itemprop="address").
func microdataLocation(doc *goquery.Document) string {
	var out string
	doc.Find("[itemscope][itemtype]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		t := s.AttrOr("itemtype", "")
		if !slices.ContainsFunc(microdataTypes, func(m string) bool { return strings.HasSuffix(strings.TrimRight(t, "/ "), m) }) {
			return true
		}
		for _, prop := range []string{"homeLocation", "address", "location"} {
			p := s.Find(`[itemprop~="` + prop + `"]`).First()
			if p.Length() == 0 {
				continue
			}
			var parts []string
			for _, k := range []string{"addressLocality", "addressRegion", "addressCountry", "name"} {
				if v := microdataValue(p.Find(`[itemprop~="` + k + `"]`).First()); v != "" && !slices.Contains(parts, v) {
					parts = append(parts, v)
				}
			}
			if len(parts) == 0 {
				parts = append(parts, microdataValue(p))
			}
			if out = source.CleanText(strings.Join(parts, ", "), source.MaxTitleRunes); out != "" {
				return false
			}
		}
		return true
	})
	return out
}

// microdataValue is an itemprop's value: its content attribute (meta),
// else its text.
func microdataValue(s *goquery.Selection) string {
	if s.Length() == 0 {
		return ""
	}
	if v, ok := s.Attr("content"); ok {
		return strings.TrimSpace(v)
	}
	return strings.Join(strings.Fields(s.Text()), " ")
}
