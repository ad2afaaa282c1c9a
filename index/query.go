package index

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/scout-oss/scout"
)

// term is one word or quoted phrase of a user query.
type term struct {
	text   string
	phrase bool
	neg    bool
}

func (t term) String() string {
	s := t.text
	if t.phrase {
		s = `"` + s + `"`
	}
	if t.neg {
		s = "-" + s
	}
	return s
}

// parsedQuery is a user query after parsing: every group in must has to
// match (a group matches when any of its alternatives does), and no term in
// not may match.
type parsedQuery struct {
	must [][]term
	not  []term
}

// String renders the query in a canonical form with explicit groups, for
// tests and logs: `vegan (baking OR "sour dough") -meat`.
func (q parsedQuery) String() string {
	var parts []string
	for _, g := range q.must {
		alts := make([]string, len(g))
		for i, t := range g {
			alts[i] = t.String()
		}
		s := strings.Join(alts, " OR ")
		if len(g) > 1 {
			s = "(" + s + ")"
		}
		parts = append(parts, s)
	}
	for _, t := range q.not {
		parts = append(parts, t.String())
	}
	return strings.Join(parts, " ")
}

// token is a lexed piece of a query: a term or the OR operator. pos is the
// 1-based character position, for error messages.
type token struct {
	term
	or  bool
	pos int
}

// parseQuery parses the user query language described in the package
// documentation. Errors are EINVALID with a message naming the problem and
// its position, fit to show to the person who typed the query.
func parseQuery(s string) (parsedQuery, error) {
	if !utf8.ValidString(s) {
		return parsedQuery{}, invalid("the text is not valid UTF-8")
	}
	toks, err := lex(s)
	if err != nil {
		return parsedQuery{}, err
	}
	var q parsedQuery
	joinNext := false // the previous token was OR
	for i, t := range toks {
		switch {
		case t.or && i == 0:
			return q, invalid("OR at the start of the query: put an alternative before it, as in vegan OR vegetarian")
		case t.or && joinNext:
			return q, invalid("OR OR at character %d: put an alternative between them", t.pos)
		case t.or && i == len(toks)-1:
			return q, invalid("OR at the end of the query: put an alternative after it, as in vegan OR vegetarian")
		case t.or:
			prev := toks[i-1]
			if prev.neg || toks[i+1].neg {
				return q, invalid("an excluded term cannot be an OR alternative (character %d): move the -term outside the OR", t.pos)
			}
			joinNext = true
		case joinNext:
			last := len(q.must) - 1
			q.must[last] = append(q.must[last], t.term)
			joinNext = false
		case t.neg:
			q.not = append(q.not, t.term)
		default:
			q.must = append(q.must, []term{t.term})
		}
	}
	return q, nil
}

// lex splits a query into words, quoted phrases, "-" exclusions and OR.
func lex(s string) ([]token, error) {
	var toks []token
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		if unicode.IsSpace(r) {
			i++
			continue
		}
		t := token{pos: i + 1}
		if r == '-' {
			if i+1 == len(rs) || unicode.IsSpace(rs[i+1]) {
				return nil, invalid("a lone - at character %d: put the word to exclude right after it, as in -giveaway", i+1)
			}
			t.neg = true
			i++
		}
		if rs[i] == '"' {
			end := i + 1
			for end < len(rs) && rs[end] != '"' {
				end++
			}
			if end == len(rs) {
				return nil, invalid(`unbalanced quote: the phrase that starts at character %d has no closing "`, i+1)
			}
			t.text = strings.TrimSpace(string(rs[i+1 : end]))
			t.phrase = true
			if t.text == "" {
				return nil, invalid(`empty phrase "" at character %d`, i+1)
			}
			i = end + 1
		} else {
			end := i
			for end < len(rs) && !unicode.IsSpace(rs[end]) && rs[end] != '"' {
				end++
			}
			t.text = string(rs[i:end])
			i = end
			t.or = t.text == "OR" && !t.neg
		}
		toks = append(toks, t)
	}
	return toks, nil
}

func invalid(format string, args ...any) error {
	return scout.Errorf(scout.EINVALID, "query: "+format, args...)
}
