package page

import (
	"slices"
	"strings"

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
