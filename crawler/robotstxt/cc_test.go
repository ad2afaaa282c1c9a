package robotstxt_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// This file reads the assertions out of Google's C++ test file for its
// robots.txt parser, so that they can be asked of this package as they
// stand. It understands the small part of C++ the TEST bodies use: string
// and integer declarations, adjacent string literals with their escapes,
// absl::StrCat and StrAppend, .length() and .size(), + - * and one kind of
// while loop. Anything else in a TEST body fails the extraction, so that a
// new kind of statement cannot drop assertions unnoticed.

// ccCase is one assertion of the C++ file.
type ccCase struct {
	test string // the TEST's name
	line int
	kind string   // "allowed", "validagent", "path" or "escape"
	args []string // robots.txt, agent, URL; the agent; the URL; the pattern
	want string   // "true" or "false" for decisions, the expected string otherwise
}

func (c ccCase) String() string {
	args := make([]string, len(c.args))
	for i, a := range c.args {
		if len(a) > 80 {
			a = a[:40] + fmt.Sprintf("…(%d bytes)…", len(a)-80) + a[len(a)-40:]
		}
		args[i] = strconv.Quote(a)
	}
	return fmt.Sprintf("%s (line %d) %s(%s) want %s", c.test, c.line, c.kind, strings.Join(args, ", "), c.want)
}

// ccExtract returns every assertion in the TEST bodies of src, and the number
// of EXPECT_EQ assertions left out (those about parse statistics).
func ccExtract(src []byte) (cases []ccCase, skipped int, err error) {
	toks, err := ccLex(string(src))
	if err != nil {
		return nil, 0, err
	}
	p := &ccParser{toks: toks}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(ccError)
			if !ok {
				panic(r)
			}
			err = e
		}
	}()
	for p.pos < len(p.toks) {
		if p.peekIs("TEST") && p.at(1, "(") {
			p.pos += 2
			p.next() // suite
			p.expect(",")
			p.test = p.next().text
			p.expect(")")
			p.scopes = nil
			p.block()
			continue
		}
		p.pos++
	}
	return p.cases, p.skipped, nil
}

type ccTok struct {
	kind byte // 's' string literal, 'i' identifier, 'n' number, 'p' punctuation, 'c' char literal
	text string
	line int
}

func ccLex(s string) ([]ccTok, error) {
	var toks []ccTok
	line, lineStart := 1, true
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\n':
			line, lineStart = line+1, true
			i++
		case c == ' ' || c == '\t' || c == '\r':
			i++
		case c == '#' && lineStart: // preprocessor line
			for i < len(s) && s[i] != '\n' {
				i++
			}
		case strings.HasPrefix(s[i:], "//"):
			for i < len(s) && s[i] != '\n' {
				i++
			}
		case strings.HasPrefix(s[i:], "/*"):
			end := strings.Index(s[i+2:], "*/")
			if end < 0 {
				return nil, fmt.Errorf("line %d: unterminated comment", line)
			}
			line += strings.Count(s[i:i+2+end], "\n")
			i += 2 + end + 2
		case c == '"' || c == '\'':
			lit, n, err := ccLiteral(s[i:])
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", line, err)
			}
			kind := byte('s')
			if c == '\'' {
				kind = 'c'
			}
			toks = append(toks, ccTok{kind, lit, line})
			i += n
			lineStart = false
		case isIdentStart(c):
			j := i + 1
			for j < len(s) && (isIdentStart(s[j]) || '0' <= s[j] && s[j] <= '9') {
				j++
			}
			toks = append(toks, ccTok{'i', s[i:j], line})
			i, lineStart = j, false
		case '0' <= c && c <= '9':
			j := i + 1
			for j < len(s) && '0' <= s[j] && s[j] <= '9' {
				j++
			}
			toks = append(toks, ccTok{'n', s[i:j], line})
			i, lineStart = j, false
		default:
			n := 1
			for _, two := range []string{"::", "->", "<=", ">=", "==", "!=", "&&", "||", "++", "+=", "-=", "<<", ">>"} {
				if strings.HasPrefix(s[i:], two) {
					n = 2
					break
				}
			}
			toks = append(toks, ccTok{'p', s[i : i+n], line})
			i, lineStart = i+n, false
		}
	}
	return toks, nil
}

func isIdentStart(c byte) bool {
	return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// ccLiteral reads the string or character literal s starts with and returns
// its value and the number of source bytes it took. A \x escape takes every
// hex digit that follows, as in C++.
func ccLiteral(s string) (string, int, error) {
	quote := s[0]
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote:
			return b.String(), i + 1, nil
		case c == '\n':
			return "", 0, fmt.Errorf("newline in literal")
		case c != '\\':
			b.WriteByte(c)
			continue
		}
		i++
		if i >= len(s) {
			break
		}
		switch e := s[i]; e {
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case '0':
			b.WriteByte(0)
		case '\\', '"', '\'', '?':
			b.WriteByte(e)
		case 'x':
			j := i + 1
			for j < len(s) && strings.IndexByte("0123456789abcdefABCDEF", s[j]) >= 0 {
				j++
			}
			v, err := strconv.ParseUint(s[i+1:j], 16, 8)
			if err != nil {
				return "", 0, fmt.Errorf("bad \\x escape %q", s[i-1:j])
			}
			b.WriteByte(byte(v))
			i = j - 1
		default:
			return "", 0, fmt.Errorf("unknown escape \\%c", e)
		}
	}
	return "", 0, fmt.Errorf("unterminated literal")
}

type ccError struct{ msg string }

func (e ccError) Error() string { return e.msg }

// ccValue is a C++ value of the subset: a string or an integer.
type ccValue struct {
	s     string
	n     int
	isNum bool
}

type ccParser struct {
	toks    []ccTok
	pos     int
	test    string
	scopes  []map[string]ccValue
	cases   []ccCase
	skipped int
}

func (p *ccParser) fail(format string, args ...any) {
	line := 0
	if p.pos < len(p.toks) {
		line = p.toks[p.pos].line
	}
	panic(ccError{fmt.Sprintf("TEST %s, line %d: %s", p.test, line, fmt.Sprintf(format, args...))})
}

func (p *ccParser) peek() ccTok {
	if p.pos >= len(p.toks) {
		p.fail("unexpected end of file")
	}
	return p.toks[p.pos]
}

func (p *ccParser) at(off int, text string) bool {
	return p.pos+off < len(p.toks) && p.toks[p.pos+off].kind != 's' && p.toks[p.pos+off].text == text
}

func (p *ccParser) peekIs(text string) bool { return p.at(0, text) }

func (p *ccParser) next() ccTok {
	t := p.peek()
	p.pos++
	return t
}

func (p *ccParser) expect(text string) {
	if t := p.next(); t.kind == 's' || t.text != text {
		p.pos--
		p.fail("want %q, got %q", text, t.text)
	}
}

// qualified reads a name such as absl::StrCat.
func (p *ccParser) qualified() string {
	t := p.next()
	if t.kind != 'i' {
		p.pos--
		p.fail("want a name, got %q", t.text)
	}
	name := t.text
	for p.peekIs("::") {
		p.pos++
		name += "::" + p.next().text
	}
	return name
}

// skipBalanced skips from an opening bracket to its match.
func (p *ccParser) skipBalanced(open, close string) {
	p.expect(open)
	for depth := 1; depth > 0; {
		t := p.next()
		if t.kind != 'p' {
			continue
		}
		switch t.text {
		case open:
			depth++
		case close:
			depth--
		}
	}
}

func (p *ccParser) block() {
	p.expect("{")
	p.scopes = append(p.scopes, map[string]ccValue{})
	for !p.peekIs("}") {
		p.stmt()
	}
	p.pos++
	p.scopes = p.scopes[:len(p.scopes)-1]
}

func (p *ccParser) lookup(name string) (ccValue, bool) {
	for i := len(p.scopes) - 1; i >= 0; i-- {
		if v, ok := p.scopes[i][name]; ok {
			return v, true
		}
	}
	return ccValue{}, false
}

func (p *ccParser) assign(name string, v ccValue) {
	for i := len(p.scopes) - 1; i >= 0; i-- {
		if _, ok := p.scopes[i][name]; ok {
			p.scopes[i][name] = v
			return
		}
	}
	p.fail("assignment to undeclared %s", name)
}

var ccTypes = map[string]bool{
	"absl::string_view": true, "std::string": true, "char": true,
	"size_t": true, "int": true, "RobotsStatsReporter": true,
}

func (p *ccParser) stmt() {
	t := p.peek()
	line := t.line
	switch {
	case p.peekIs("{"):
		p.block()
		return
	case p.peekIs("while"):
		p.whileLoop()
		return
	case p.peekIs("EXPECT_TRUE") || p.peekIs("EXPECT_FALSE"):
		want := strconv.FormatBool(p.next().text == "EXPECT_TRUE")
		p.expect("(")
		switch name := p.qualified(); name {
		case "IsUserAgentAllowed":
			args := p.args()
			if len(args) != 3 {
				p.fail("IsUserAgentAllowed with %d arguments", len(args))
			}
			p.add(line, "allowed", args, want)
		case "RobotsMatcher::IsValidUserAgentToObey":
			args := p.args()
			if len(args) != 1 {
				p.fail("IsValidUserAgentToObey with %d arguments", len(args))
			}
			p.add(line, "validagent", args, want)
		default:
			p.fail("unknown decision %s", name)
		}
		p.expect(")")
		p.expect(";")
		return
	case p.peekIs("EXPECT_EQ"):
		// Parse statistics (RobotsStatsReporter); covered by hand-written
		// cases, since this package reports decisions, not line counts.
		p.pos++
		p.skipBalanced("(", ")")
		p.expect(";")
		p.skipped++
		return
	}
	if t.kind != 'i' {
		p.fail("unexpected %q", t.text)
	}
	save := p.pos
	p.accept("static")
	p.accept("const")
	name := p.qualified()
	switch {
	case ccTypes[name]:
		p.declare(name)
	case name == "googlebot::ParseRobotsTxt":
		p.skipBalanced("(", ")")
		p.expect(";")
	case name == "absl::StrAppend":
		p.expect("(")
		p.expect("&")
		dst := p.next().text
		v, ok := p.lookup(dst)
		if !ok {
			p.fail("StrAppend to undeclared %s", dst)
		}
		for p.peekIs(",") {
			p.pos++
			v.s += p.str(p.expr())
		}
		p.expect(")")
		p.expect(";")
		p.assign(dst, v)
	case name == "TestPath" || name == "TestEscape":
		args := p.args()
		if len(args) != 2 {
			p.fail("%s with %d arguments", name, len(args))
		}
		kind := map[string]string{"TestPath": "path", "TestEscape": "escape"}[name]
		p.add(line, kind, args[:1], args[1])
		p.expect(";")
	default:
		p.pos = save
		p.fail("unknown statement starting %q", name)
	}
}

func (p *ccParser) accept(text string) bool {
	if p.peekIs(text) {
		p.pos++
		return true
	}
	return false
}

func (p *ccParser) add(line int, kind string, args []string, want string) {
	p.cases = append(p.cases, ccCase{test: p.test, line: line, kind: kind, args: args, want: want})
}

// declare reads the rest of a declaration of type typ.
func (p *ccParser) declare(typ string) {
	name := p.next().text
	if p.accept("[") {
		p.expect("]")
	}
	v := ccValue{isNum: typ == "size_t" || typ == "int"}
	if p.accept("=") {
		v = p.expr()
	}
	p.expect(";")
	if typ == "RobotsStatsReporter" {
		return
	}
	p.scopes[len(p.scopes)-1][name] = v
}

// whileLoop runs "while (a < b) { ... }", evaluating the condition afresh
// before each pass.
func (p *ccParser) whileLoop() {
	p.expect("while")
	cond := p.pos
	for pass := 0; ; pass++ {
		if pass > 1<<20 {
			p.fail("while loop runs away")
		}
		p.pos = cond
		p.expect("(")
		l := p.num(p.expr())
		p.expect("<")
		r := p.num(p.expr())
		p.expect(")")
		if l >= r {
			p.skipBalanced("{", "}")
			return
		}
		p.block()
	}
}

func (p *ccParser) args() []string {
	p.expect("(")
	var out []string
	for !p.peekIs(")") {
		if len(out) > 0 {
			p.expect(",")
		}
		out = append(out, p.str(p.expr()))
	}
	p.expect(")")
	return out
}

func (p *ccParser) str(v ccValue) string {
	if v.isNum {
		p.fail("want a string, got the number %d", v.n)
	}
	return v.s
}

func (p *ccParser) num(v ccValue) int {
	if !v.isNum {
		p.fail("want a number, got %q", v.s)
	}
	return v.n
}

// expr reads + and - over * over postfix .length() and .size().
func (p *ccParser) expr() ccValue {
	v := p.term()
	for p.peekIs("+") || p.peekIs("-") {
		op := p.next().text
		r := p.num(p.term())
		if op == "+" {
			v.n = p.num(v) + r
		} else {
			v.n = p.num(v) - r
		}
	}
	return v
}

func (p *ccParser) term() ccValue {
	v := p.postfix()
	for p.accept("*") {
		v.n = p.num(v) * p.num(p.postfix())
	}
	return v
}

func (p *ccParser) postfix() ccValue {
	v := p.primary()
	for p.accept(".") {
		switch m := p.next().text; m {
		case "length", "size":
			p.expect("(")
			p.expect(")")
			v = ccValue{n: len(p.str(v)), isNum: true}
		default:
			p.fail("unknown method %s", m)
		}
	}
	return v
}

func (p *ccParser) primary() ccValue {
	t := p.peek()
	switch t.kind {
	case 's':
		var b strings.Builder
		for p.pos < len(p.toks) && p.toks[p.pos].kind == 's' {
			b.WriteString(p.next().text)
		}
		return ccValue{s: b.String()}
	case 'n':
		p.pos++
		n, err := strconv.Atoi(t.text)
		if err != nil {
			p.fail("bad number %s", t.text)
		}
		return ccValue{n: n, isNum: true}
	case 'p':
		if p.accept("(") {
			v := p.expr()
			p.expect(")")
			return v
		}
		p.fail("unexpected %q", t.text)
	}
	name := p.qualified()
	switch name {
	case "absl::StrCat":
		return ccValue{s: strings.Join(p.args(), "")}
	case "std::string", "absl::string_view":
		args := p.args()
		switch len(args) {
		case 0:
			return ccValue{}
		case 1:
			return ccValue{s: args[0]}
		}
		p.fail("%s with %d arguments", name, len(args))
	}
	v, ok := p.lookup(name)
	if !ok {
		p.fail("undeclared %s", name)
	}
	return v
}

// MustExtract is ccExtract for tests.
func MustExtract(tb testing.TB, src []byte) ([]ccCase, int) {
	tb.Helper()
	cases, skipped, err := ccExtract(src)
	if err != nil {
		tb.Fatalf("read the C++ assertions: %v", err)
	}
	return cases, skipped
}
