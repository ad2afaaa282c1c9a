package source

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxCount is the largest count ParseCount believes. No account has ten
// trillion followers, so anything larger is a parse accident or a hostile page.
const MaxCount = 1e13

// maxCountDigits bounds the digits ParseCount reads before it gives up, so
// the integer arithmetic below can never overflow.
const maxCountDigits = 18

// errNoNumber, errNegative, errAbsurd and errMalformed describe why a count
// was refused. They stay unexported: callers only need to know it failed.
var (
	errNoNumber  = errors.New("no number")
	errNegative  = errors.New("negative")
	errAbsurd    = errors.New("implausibly large")
	errMalformed = errors.New("malformed digit grouping")
)

// countMultipliers maps the words and abbreviations that follow a published
// count to the power of ten they stand for. Keys are lower case without a
// trailing period. English short scale; "billones"/"billón" are the Spanish
// long-scale 10^12, while Portuguese "bilhões" is 10^9.
var countMultipliers = map[string]float64{
	// thousands
	"k": 1e3, "thousand": 1e3, "tsd": 1e3, "tausend": 1e3, "mil": 1e3, "mila": 1e3,
	"mille": 1e3, "тыс": 1e3, "千": 1e3, "천": 1e3,
	// ten thousands and lakhs
	"万": 1e4, "萬": 1e4, "만": 1e4, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
	// millions
	"m": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6, "million": 1e6, "millions": 1e6,
	"millionen": 1e6, "millón": 1e6, "millon": 1e6, "millones": 1e6, "milhão": 1e6,
	"milhao": 1e6, "milhões": 1e6, "milhoes": 1e6, "milione": 1e6, "milioni": 1e6,
	"млн": 1e6,
	// hundred millions
	"亿": 1e8, "億": 1e8, "억": 1e8,
	// billions
	"b": 1e9, "bn": 1e9, "billion": 1e9, "billions": 1e9, "mrd": 1e9, "md": 1e9,
	"mld": 1e9, "milliard": 1e9, "milliards": 1e9, "milliarde": 1e9, "milliarden": 1e9,
	"bilhão": 1e9, "bilhao": 1e9, "bilhões": 1e9, "bilhoes": 1e9, "млрд": 1e9,
	// long-scale (Spanish) trillions
	"billón": 1e12, "billon": 1e12, "billones": 1e12,
}

// ParseCount reads a published count such as a follower number. Platforms
// publish counts in many shapes, and the crawler must compare them, so this is
// the one place that turns text into a number:
//
//   - exact: "783427", "1,234,567", "1.234.567" (German grouping),
//     "1 234 567" (plain, no-break or narrow no-break spaces), "1'234'567";
//   - abbreviated: "783.4K", "1.2M", "3B", "12,3K", "1,2 M", "10k+";
//   - localized words: "4,69 millones", "1,2 Mio.", "3,4 mil" (thousand in
//     Spanish and Portuguese), "2,1 mil millones", "2.5 million", "12万";
//   - inside text: "783.4K Followers", "Abonnenten: 1,2 Mio.". Only the first
//     number in s is read.
//
// Ambiguity rule: with no multiplier after it, a number with a single "." or
// "," followed by exactly three digits ("1,234", "1.234") is grouping and
// means 1234, because counts are whole numbers; any other single separator
// ("1,2", "4,69") is a decimal point or decimal comma. With a multiplier a
// single separator is always decimal ("1.234M" is 1,234,000). When both "."
// and "," appear the last one is the decimal separator ("1.234,5").
//
// approximate is true when the published form was rounded: it carried a
// multiplier, a fraction or a trailing "+". A fraction without a multiplier
// is rounded to the nearest whole number. Negative numbers, text without a
// number, malformed grouping ("1,23,4") and values above 10^13 are errors.
func ParseCount(s string) (value int64, approximate bool, err error) {
	value, approximate, err = parseCount(s)
	if err != nil {
		return 0, false, fmt.Errorf("parse count %q: %w", clipForError(s, 64), err)
	}
	return value, approximate, nil
}

func parseCount(s string) (int64, bool, error) {
	r := []rune(s)
	start := -1
	for i, c := range r {
		if isASCIIDigit(c) {
			start = i
			break
		}
	}
	if start < 0 {
		return 0, false, errNoNumber
	}
	if start > 0 && (r[start-1] == '-' || r[start-1] == '\u2212') {
		return 0, false, errNegative
	}

	// Scan the number: digit groups and the separators between them.
	var groups []string
	var seps []rune
	i := start
	for {
		j := i
		for j < len(r) && isASCIIDigit(r[j]) {
			j++
		}
		groups = append(groups, string(r[i:j]))
		i = j
		if i+1 >= len(r) || !isASCIIDigit(r[i+1]) {
			break
		}
		sep := r[i]
		switch {
		case sep == '.' || sep == ',':
		case isGroupSpace(sep) || sep == '\'' || sep == '\u2019':
			// A space or apostrophe only groups when exactly three digits
			// follow: "1 234" is one number, "1 2" is two.
			if threeDigitsAt(r, i+1) {
				if isGroupSpace(sep) {
					sep = ' '
				} else {
					sep = '\''
				}
				break
			}
			sep = 0
		default:
			sep = 0
		}
		if sep == 0 {
			break
		}
		seps = append(seps, sep)
		i++
	}
	digits := 0
	for _, g := range groups {
		digits += len(g)
	}
	if digits > maxCountDigits {
		return 0, false, errAbsurd
	}

	// Read what follows: a multiplier word and a "+".
	mult, plus := readSuffix(r[i:])

	intPart, frac, err := splitNumber(groups, seps, mult != 1)
	if err != nil {
		return 0, false, err
	}
	approx := mult != 1 || frac != "" || plus

	n, err := strconv.ParseUint(intPart, 10, 64)
	if err != nil {
		return 0, false, errAbsurd
	}
	if frac == "" && mult == 1 {
		if n > MaxCount {
			return 0, false, errAbsurd
		}
		return int64(n), approx, nil
	}
	f := float64(n)
	if frac != "" {
		fv, err := strconv.ParseFloat("0."+frac, 64)
		if err != nil {
			return 0, false, errMalformed
		}
		f += fv
	}
	f *= mult
	if f > MaxCount {
		return 0, false, errAbsurd
	}
	return int64(math.Round(f)), approx, nil
}

// splitNumber applies the grouping/decimal rules documented on ParseCount,
// returning the integer digits and the fraction digits.
func splitNumber(groups []string, seps []rune, hasMult bool) (intPart, frac string, err error) {
	if len(seps) == 0 {
		return groups[0], "", nil
	}
	last := seps[len(seps)-1]
	allSame := true
	for _, s := range seps {
		if s != last {
			allSame = false
		}
	}
	decimal := false
	switch {
	case allSame && (last == ' ' || last == '\''):
		// grouping only; the scanner already checked the three digits
	case allSame && len(seps) == 1:
		decimal = hasMult || len(groups[1]) != 3 || len(groups[0]) > 3
	case allSame:
		// "1,234,567": repeated "." or "," is grouping
	case last == '.' || last == ',':
		decimal = true
		for _, s := range seps[:len(seps)-1] {
			if s == last {
				return "", "", errMalformed // "1,234.5,6"
			}
		}
	default:
		return "", "", errMalformed
	}
	whole := groups
	if decimal {
		whole = groups[:len(groups)-1]
		frac = groups[len(groups)-1]
	}
	if len(whole) > 1 && !westernGroups(whole) && !indianGroups(whole) {
		return "", "", errMalformed
	}
	return strings.Join(whole, ""), frac, nil
}

// westernGroups reports grouping by thousands: "1,234,567".
func westernGroups(g []string) bool {
	if len(g[0]) > 3 {
		return false
	}
	for _, x := range g[1:] {
		if len(x) != 3 {
			return false
		}
	}
	return true
}

// indianGroups reports lakh/crore grouping: "12,34,567".
func indianGroups(g []string) bool {
	if len(g[0]) > 2 || len(g[len(g)-1]) != 3 {
		return false
	}
	for _, x := range g[1 : len(g)-1] {
		if len(x) != 2 {
			return false
		}
	}
	return true
}

// readSuffix reads an optional multiplier word ("K", "Mio.", "millones",
// "mil millones", "万") and an optional "+" after a number.
func readSuffix(r []rune) (mult float64, plus bool) {
	mult = 1
	i := skipSpaces(r, 0)
	if i < len(r) && r[i] == '+' {
		return mult, true
	}
	if i < len(r) {
		if m, ok := countMultipliers[string(r[i])]; ok && isCJK(r[i]) {
			return m, i+1 < len(r) && r[i+1] == '+'
		}
	}
	word, j := readWord(r, i)
	if m, ok := countMultipliers[word]; ok {
		mult = m
		if j < len(r) && r[j] == '.' {
			j++
		}
		// "2,1 mil millones" is 2.1 billion in Spanish.
		if word == "mil" {
			next, k := readWord(r, skipSpaces(r, j))
			if next == "millones" {
				mult, j = 1e9, k
			}
		}
		k := skipSpaces(r, j)
		plus = k < len(r) && r[k] == '+'
	}
	return mult, plus
}

// readWord returns the lower-cased run of letters at r[i:] and where it ends.
func readWord(r []rune, i int) (string, int) {
	j := i
	for j < len(r) && unicode.IsLetter(r[j]) && !isCJK(r[j]) && j-i < 16 {
		j++
	}
	if j < len(r) && unicode.IsLetter(r[j]) {
		return "", j // too long or glued to CJK: not a multiplier
	}
	return strings.ToLower(string(r[i:j])), j
}

func skipSpaces(r []rune, i int) int {
	for i < len(r) && (unicode.IsSpace(r[i]) || isGroupSpace(r[i])) {
		i++
	}
	return i
}

func threeDigitsAt(r []rune, i int) bool {
	if i+3 > len(r) {
		return false
	}
	for _, c := range r[i : i+3] {
		if !isASCIIDigit(c) {
			return false
		}
	}
	return i+3 == len(r) || !isASCIIDigit(r[i+3])
}

func isASCIIDigit(c rune) bool { return c >= '0' && c <= '9' }

// isGroupSpace reports the spaces used as thousands separators: plain,
// no-break (U+00A0), narrow no-break (U+202F) and thin (U+2009).
func isGroupSpace(c rune) bool {
	return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\u2009'
}

// isCJK reports the ideographic and Hangul multipliers, which follow a
// number without a space and are not words.
func isCJK(c rune) bool {
	return unicode.Is(unicode.Han, c) || unicode.Is(unicode.Hangul, c)
}

// clipForError shortens s to at most n runes for error messages.
func clipForError(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
