package ingest

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/scout-oss/scout"
)

// This file holds the country signals beyond a place after a cue: a bio
// line that is only a place ("Bologna."), a move written as "Seoul →
// Toronto", a US or Canadian "City, ST", a home town after a preposition
// of origin ("climate data from Amsterdam."), the calling code of a phone
// number the creator publishes, the country-code domain of the creator's
// own links, and the countries of sampled followers. Each comes with its
// evidence; the language of the posts or of the audience never does
// (Italian is spoken well beyond Italy).

// Sources of a CountryEvidence besides "location", "field:NAME" and "bio".
const (
	countryFromPhone    = "phone"    // a published phone number's calling code
	countryFromLink     = "link"     // the country-code domain of a profile link
	countryFromAudience = "audience" // most sampled followers with a known country
)

// usStates are the US state and district codes of "City, ST"; caStates the
// Canadian province codes.
var (
	usStates = strings.Fields("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY")
	caStates = strings.Fields("AB BC MB NB NL NS NT NU ON PE QC SK YT")
	// reCityState is a capitalised place name, a comma and a two-letter
	// state code, at the start of the text.
	reCityState = regexp.MustCompile(`^\s*(\p{Lu}[\p{L}.'-]+(?:\s\p{Lu}[\p{L}.'-]+){0,2}),\s?([A-Z]{2})\b`)
	// reOrigin is a preposition of origin; the home town must follow at
	// once and end its clause ("… from Amsterdam." but not "from
	// Fontainebleau to your local gym").
	reOrigin = regexp.MustCompile(`(?i)(?:^|[\s(])(?:from|desde|depuis|dalla|da|de)\s`)
	// reMiddleOf is "in the middle of", "in the heart of": a home.
	reMiddleOf = regexp.MustCompile(`(?i)\bin the (?:middle|heart) of\s`)
	// reMove is a move written with an arrow; the place after the last
	// arrow is where the creator lives now.
	reMove = regexp.MustCompile(`\s*(?:→|->|➡️|➡)\s*`)
)

// cityState reads "City, ST" at the start of s: a US state code is the
// US, a Canadian province code Canada. "City, Region" with a region or
// country of the gazetteer ("Missoula, Montana") is that region's country.
func cityState(s string) (code, match string) {
	if m := reCityState.FindStringSubmatchIndex(s); m != nil {
		st := s[m[4]:m[5]]
		switch {
		case slices.Contains(usStates, st):
			return "US", strings.TrimSpace(s[m[2]:m[5]])
		case slices.Contains(caStates, st):
			return "CA", strings.TrimSpace(s[m[2]:m[5]])
		}
	}
	m := reCityRegion.FindStringSubmatchIndex(s)
	if m == nil {
		return "", ""
	}
	if c, rm := leadingPlace(s[m[4]:]); c != "" {
		return c, strings.TrimLeft(s[m[2]:m[4]], " ") + rm
	}
	return "", ""
}

// reCityRegion is a capitalised name, a comma and a capitalised word.
var reCityRegion = regexp.MustCompile(`^\s*(\p{Lu}[\p{L}.'-]+(?:\s\p{Lu}[\p{L}.'-]+){0,2},\s?)(\p{Lu})`)

// placeOnly returns the country of s when s (a clause of a bio) is nothing
// but a place: a gazetteer name, "City, Country" or "City, ST", with
// emoji and punctuation around it.
func placeOnly(s string) (code, match string) {
	s = strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if s == "" || len(s) > 60 {
		return "", ""
	}
	if code, match := cityState(s); code != "" && len(match) == len(s) {
		return code, match
	}
	code, match = PlaceCountry(s)
	if code == "" {
		return "", ""
	}
	// Every word must be part of a place: "I love Paris" is not a place.
	words, _ := placeWords(s)
	for _, w := range words {
		if _, ok := places[w]; ok {
			continue
		}
		if !slices.ContainsFunc(multiWordPlaces(), func(p string) bool { return slices.Contains(strings.Fields(p), w) }) {
			return "", ""
		}
	}
	return code, match
}

// multiWordPlaces lists the gazetteer names of several words, built once
// (ingest runs in parallel).
var multiWordPlaces = sync.OnceValue(func() []string {
	var out []string
	for p := range places {
		if strings.Contains(p, " ") {
			out = append(out, p)
		}
	}
	slices.Sort(out)
	return out
})

// clauses splits a bio where firstClause cuts.
func clauses(bio string) []string {
	return strings.FieldsFunc(bio, func(r rune) bool { return strings.ContainsRune("\n|•·;.!?()", r) })
}

// bioPlaceSignals finds the bio signals of this file: a clause that is
// only a place (the last one wins: "Seoul → Toronto"), a place in the
// middle of "in the middle of", or a home town after a preposition of
// origin that ends its clause.
func bioPlaceSignals(bio string) (code, match string) {
	for _, cl := range clauses(bio) {
		parts := reMove.Split(cl, -1)
		if len(parts) > 1 {
			last := parts[len(parts)-1]
			if c, m := placeOnly(last); c != "" {
				if c0, _ := placeOnly(parts[0]); c0 != "" {
					return c, m
				}
			}
			continue
		}
		if c, m := placeOnly(cl); c != "" {
			return c, m
		}
	}
	for _, cl := range clauses(bio) {
		for _, loc := range reMiddleOf.FindAllStringIndex(cl, 4) {
			if c, m := leadingPlace(cl[loc[1]:]); c != "" {
				return c, m
			}
		}
		for _, loc := range reOrigin.FindAllStringIndex(cl, 4) {
			rest := cl[loc[1]:]
			if c, m := cityState(rest); c != "" && strings.TrimSpace(rest[strings.Index(rest, m)+len(m):]) == "" {
				return c, m
			}
			c, m := leadingPlace(rest)
			if c == "" || places[foldPlace(m)].country {
				continue // "recipes from Italy": a cuisine, not a home
			}
			if tail := rest[strings.Index(rest, m)+len(m):]; strings.TrimFunc(tail, func(r rune) bool { return !unicode.IsLetter(r) }) == "" {
				return c, m
			}
		}
	}
	return "", ""
}

// callingCodes maps international calling codes to countries; codes that
// several countries share (+1, +7) are left out.
var callingCodes = map[string]string{
	"20": "EG", "212": "MA", "234": "NG", "254": "KE", "27": "ZA", "30": "GR", "31": "NL", "32": "BE",
	"33": "FR", "34": "ES", "351": "PT", "352": "LU", "353": "IE", "354": "IS", "356": "MT", "357": "CY",
	"358": "FI", "359": "BG", "36": "HU", "370": "LT", "371": "LV", "372": "EE", "380": "UA", "381": "RS",
	"385": "HR", "386": "SI", "39": "IT", "40": "RO", "41": "CH", "420": "CZ", "421": "SK", "43": "AT",
	"44": "GB", "45": "DK", "46": "SE", "47": "NO", "48": "PL", "49": "DE", "51": "PE", "52": "MX",
	"53": "CU", "54": "AR", "55": "BR", "56": "CL", "57": "CO", "58": "VE", "593": "EC", "595": "PY",
	"598": "UY", "60": "MY", "61": "AU", "62": "ID", "63": "PH", "64": "NZ", "65": "SG", "66": "TH",
	"81": "JP", "82": "KR", "84": "VN", "852": "HK", "86": "CN", "886": "TW", "90": "TR", "91": "IN",
	"92": "PK", "880": "BD", "966": "SA", "971": "AE", "972": "IL",
}

// rePhone is an international phone number: "+", a calling code and at
// least seven more digits, with the usual separators.
var rePhone = regexp.MustCompile(`(?:^|[^\w+])(\+\d[\d\s.\-()/]{7,18}\d)`)

// phoneCountry finds a phone number with a country's calling code in s.
func phoneCountry(s string) (code, match string) {
	for _, m := range rePhone.FindAllStringSubmatch(s, 4) {
		digits := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, m[1])
		if len(digits) < 8 || len(digits) > 15 {
			continue
		}
		for n := 3; n >= 1; n-- {
			if c, ok := callingCodes[digits[:n]]; ok {
				return c, strings.TrimSpace(m[1])
			}
		}
	}
	return "", ""
}

// genericTLDs are country-code domains used worldwide for their letters
// (.io, .tv, .fm, ...), and linkHosts are link shorteners and platforms on
// country-code domains: neither says where the creator lives.
var (
	genericTLDs = strings.Fields("io co tv me fm ai ly gg to cc ws la vc am dj sh so sc st tk ml ga cf gq nu ac im re ms mu tm")
	linkHosts   = strings.Fields("youtu.be linktr.ee spoti.fi t.me wa.me bit.ly amzn.to goo.gl fb.me instagr.am apple.co lnk.to flic.kr redd.it tiktok.me ow.ly buff.ly dlvr.it trib.al bsky.app")
)

// linkCountry reads the country-code domain of the creator's own links
// (its site on a .it or .co.uk domain); it returns the first such link.
func linkCountry(links []string) (code, match string) {
	for _, l := range links {
		u, err := url.Parse(strings.TrimSpace(l))
		if err != nil || u.Hostname() == "" {
			continue
		}
		host := strings.ToLower(strings.TrimSuffix(u.Hostname(), "."))
		if slices.Contains(linkHosts, host) || slices.ContainsFunc(linkHosts, func(h string) bool { return strings.HasSuffix(host, "."+h) }) {
			continue
		}
		i := strings.LastIndexByte(host, '.')
		if i < 0 {
			continue
		}
		tld := host[i+1:]
		if len(tld) != 2 || slices.Contains(genericTLDs, tld) {
			continue
		}
		c := strings.ToUpper(tld)
		if c == "UK" {
			c = "GB"
		}
		if scout.ValidCountry(c) && c != "EU" {
			return c, host
		}
	}
	return "", ""
}

// Audience evidence: at least audienceMinKnown sampled followers with a
// known country, and audienceMinShare of them in one.
const (
	audienceMinKnown = 10
	audienceMinShare = 0.6
)

// audienceCountry is the country most of the creator's sampled followers
// are in, when the sample says so clearly.
func audienceCountry(accounts []scout.Account) (code, match string) {
	counts := map[string]int{}
	known := 0
	for _, a := range accounts {
		for _, f := range a.FollowerSample {
			if c := strings.ToUpper(f.Country); scout.ValidCountry(c) {
				counts[c]++
				known++
			}
		}
	}
	if known < audienceMinKnown {
		return "", ""
	}
	best, n := "", 0
	for c, k := range counts {
		if k > n || k == n && c < best {
			best, n = c, k
		}
	}
	if float64(n) < audienceMinShare*float64(known) {
		return "", ""
	}
	return best, fmt.Sprintf("%d of %d sampled followers with a known country", n, known)
}

// followerCountries returns fs with the Country of each follower that
// states a place (Location) and has no country from the platform, read as
// a profile location is (strong names only: an ambiguous one stays
// unknown). fs is copied when anything changes, so the crawl result is
// left as it was.
func followerCountries(fs []scout.FollowerSample) []scout.FollowerSample {
	out := fs
	for i, f := range fs {
		if f.Country != "" || f.Location == "" {
			continue
		}
		code, _ := locationCountry(f.Location)
		if code == "" {
			continue
		}
		if &out[0] == &fs[0] {
			out = slices.Clone(fs)
		}
		out[i].Country = code
	}
	return out
}
