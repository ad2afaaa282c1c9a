package api

import (
	"encoding/json"
	"html"
	"html/template"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// The page shows a score's inputs and sources in people's language: typed
// values (numbers, yes/no, lists, nested fields) instead of Go syntax such
// as map[value:100 weight:0.3] or <nil>, and the research notes the
// scorers cite ("market.md §4 [69]") as links to the public sources those
// notes name.

// inputHTML renders one score input. Values of any Go type are first
// reduced to their JSON form, so a struct reads like the API shows it.
func inputHTML(v any) template.HTML {
	var b strings.Builder
	writeInput(&b, jsonValue(v), 0)
	return template.HTML(b.String()) // #nosec: every text piece is escaped by writeInput and citeHTML
}

// jsonValue reduces v to nil, bool, float64, string, []any or
// map[string]any.
func jsonValue(v any) any {
	switch v.(type) {
	case nil, bool, float64, string:
		return v
	}
	raw, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	var out any
	if err := json.Unmarshal(raw, &out); err != nil {
		return nil
	}
	return out
}

// maxInputDepth stops runaway nesting; deeper values show as a count.
const maxInputDepth = 4

func writeInput(b *strings.Builder, v any, depth int) {
	switch v := v.(type) {
	case nil:
		b.WriteString(`<span class="k">unknown</span>`)
	case bool:
		if v {
			b.WriteString("yes")
		} else {
			b.WriteString("no")
		}
	case float64:
		b.WriteString(html.EscapeString(inputNumber(v)))
	case string:
		if v == "" {
			b.WriteString(`<span class="k">none</span>`)
			return
		}
		b.WriteString(string(citeHTML(v)))
	case []any:
		if len(v) == 0 {
			b.WriteString(`<span class="k">none</span>`)
			return
		}
		if depth >= maxInputDepth {
			b.WriteString(strconv.Itoa(len(v)) + " items")
			return
		}
		if allScalar(v) {
			for i, x := range v {
				if i > 0 {
					b.WriteString(", ")
				}
				writeInput(b, x, depth+1)
			}
			return
		}
		b.WriteString(`<ul class="input-list">`)
		for _, x := range v {
			b.WriteString("<li>")
			writeInput(b, x, depth+1)
			b.WriteString("</li>")
		}
		b.WriteString("</ul>")
	case map[string]any:
		if len(v) == 0 {
			b.WriteString(`<span class="k">none</span>`)
			return
		}
		if depth >= maxInputDepth {
			b.WriteString(strconv.Itoa(len(v)) + " fields")
			return
		}
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString(`<dl class="input-map">`)
		for _, k := range keys {
			b.WriteString("<dt>" + html.EscapeString(inputKey(k)) + "</dt><dd>")
			writeInput(b, v[k], depth+1)
			b.WriteString("</dd>")
		}
		b.WriteString("</dl>")
	default:
		b.WriteString("–")
	}
}

func allScalar(xs []any) bool {
	for _, x := range xs {
		switch x.(type) {
		case []any, map[string]any:
			return false
		}
	}
	return true
}

// inputNumber writes a number without float noise: whole numbers as
// they are, others to four significant digits.
func inputNumber(f float64) string {
	if f == float64(int64(f)) && f < 1e15 && f > -1e15 {
		return strconv.FormatInt(int64(f), 10)
	}
	return csvNumber(f)
}

// inputKey names an input for people: "posts_analyzed" → "posts analyzed".
func inputKey(k string) string {
	return strings.ReplaceAll(k, "_", " ")
}

// source is a public source a research note cites.
type source struct {
	Title, URL string
}

// marketRefs are the numbered sources of the market research note that
// scores cite ("market.md §4 [69]").
var marketRefs = map[int]source{
	3:   {"HypeAuditor: how comment authenticity is detected", "https://help.hypeauditor.com/en/articles/2541185-how-do-you-detect-comments-authenticity"},
	60:  {"HypeAuditor: Audience Quality Score", "https://hypeauditor.com/blog/what-is-audience-quality-score-on-hypeauditor/"},
	63:  {"HypeAuditor: the new AQS formula", "https://hypeauditor.com/blog/new-aqs-formula-fairer-assessment/"},
	66:  {"HypeAuditor: what engagement rate is and how it is calculated", "https://help.hypeauditor.com/en/articles/2771955-what-is-engagement-rate-and-how-do-you-calculate-it"},
	69:  {"Modash Instagram engagement rate calculator and benchmarks", "https://www.modash.io/engagement-rate-calculator"},
	70:  {"Modash YouTube engagement rate calculator and benchmarks", "https://modash.io/youtube-engagement-rate-calculator"},
	72:  {"Influencer Hero TikTok engagement rate calculator", "https://www.influencer-hero.com/resources/free-tiktok-engagement-rate-calculator"},
	83:  {"CreatorDB: engagement rates in influencer marketing", "https://www.creatordb.app/blog/engagement-rates-in-influencer-marketing-the-most-important-metric-3/"},
	85:  {"Popular Pays: evaluating a creator's follower count history", "https://support.popularpays.com/en/articles/2959087-evaluating-a-creator-s-follower-count-history"},
	110: {"Upfluence: how to tell if an influencer has fake followers", "https://www.upfluence.com/influencer-marketing/how-to-tell-if-an-influencer-has-fake-followers"},
}

// marketSections are the public sources behind a section of the market
// note cited without a number.
var marketSections = map[string]source{
	"3": marketRefs[66],
	"4": marketRefs[69],
	"5": marketRefs[60],
}

// scoringSections are the public sources behind the sections of the
// scoring research note. Section 6 is Scout's own design, stated by each
// score's formula; it has no outside source.
var scoringSections = map[string]source{
	"1.1": {"GARM Brand Safety Floor and Suitability Framework (Brand Safety Institute)", "https://www.brandsafetyinstitute.com/resources/frameworks/brand-safety-floor-suitability"},
	"1.3": {"IAB Tech Lab Content Taxonomies", "https://github.com/InteractiveAdvertisingBureau/Taxonomies"},
	"2.1": {"FTC: Disclosures 101 for Social Media Influencers", "https://www.ftc.gov/business-guidance/resources/disclosures-101-social-media-influencers"},
	"2.4": {"Mathur, Narayanan, Chetty 2018: endorsements on social media, an empirical study of affiliate marketing disclosures", "https://arxiv.org/abs/1803.08488"},
	"3.2": marketRefs[3],
	"3.3": marketRefs[69],
	"3.4": {"NIST/SEMATECH e-Handbook: detection of outliers (modified z-score, Iglewicz and Hoaglin)", "https://www.itl.nist.gov/div898/handbook/eda/section3/eda35h.htm"},
	"4.1": {"Okapi BM25 (text relevance)", "https://en.wikipedia.org/wiki/Okapi_BM25"},
	"5":   {"Lingua language detector for Go", "https://github.com/pemistahl/lingua-go"},
}

// citeRE finds a research-note citation: "market.md §4 [69]",
// "scoring.md §3.4", "scoring.md", or a bare "§6.2 POD" after one.
var citeRE = regexp.MustCompile(`\b(market|scoring|crawling-and-peers|perf-baselines)\.md(?: §([0-9]+(?:\.[0-9]+)*)(?: [A-Z]{2,}\b)?)?((?:\s*\[[0-9]+\])*)|§([0-9]+(?:\.[0-9]+)*)(?: [A-Z]{2,}\b)?`)

var refRE = regexp.MustCompile(`\[([0-9]+)\]`)

// citeHTML escapes s and turns each research-note citation in it into a
// link to its public source, with the source's title; a citation of
// Scout's own design reads "Scout's scoring design".
func citeHTML(s string) template.HTML {
	var b strings.Builder
	last := 0
	for _, m := range citeRE.FindAllStringSubmatchIndex(s, -1) {
		b.WriteString(html.EscapeString(s[last:m[0]]))
		last = m[1]
		group := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return s[m[2*i]:m[2*i+1]]
		}
		note, section, refs, bare := group(1), group(2), group(3), group(4)
		var srcs []source
		switch {
		case note == "market":
			for _, r := range refRE.FindAllStringSubmatch(refs, -1) {
				n, _ := strconv.Atoi(r[1])
				if src, ok := marketRefs[n]; ok {
					srcs = append(srcs, src)
				}
			}
			if len(srcs) == 0 {
				if src, ok := lookupSection(marketSections, section); ok {
					srcs = append(srcs, src)
				}
			}
		case note == "scoring":
			if src, ok := lookupSection(scoringSections, section); ok {
				srcs = append(srcs, src)
			}
		case bare != "":
			if src, ok := lookupSection(scoringSections, bare); ok {
				srcs = append(srcs, src)
			}
		}
		if len(srcs) == 0 {
			b.WriteString("Scout's scoring design")
			continue
		}
		for i, src := range srcs {
			if i > 0 {
				b.WriteString("; ")
			}
			b.WriteString(`<a class="cite" href="` + html.EscapeString(src.URL) + `" rel="noopener noreferrer nofollow" target="_blank">` + html.EscapeString(src.Title) + `</a>`)
		}
	}
	b.WriteString(html.EscapeString(s[last:]))
	return template.HTML(b.String()) // #nosec: text escaped; links are from the fixed tables above
}

// lookupSection finds a section's source, falling back to its parent
// section ("3.4.1" → "3.4" → "3").
func lookupSection(m map[string]source, section string) (source, bool) {
	for section != "" {
		if src, ok := m[section]; ok {
			return src, true
		}
		i := strings.LastIndex(section, ".")
		if i < 0 {
			break
		}
		section = section[:i]
	}
	return source{}, false
}
