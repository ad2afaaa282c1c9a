// Package robotstxt reads robots.txt files the way RFC 9309 and Google's
// reference parser (github.com/google/robotstxt) read them, and answers
// whether a crawler may fetch a path.
//
// It exists because a robots.txt is written by hand by strangers: a reader
// that gives up on the first odd line, or picks groups by prefix, either
// stops a polite crawler from reading a whole site or lets it read what the
// site asked it not to. The rules, in short:
//
//   - A group is one or more User-agent lines followed by rules; a
//     User-agent line after a rule starts a new group. Rules before the
//     first User-agent line belong to no group and are ignored. Lines other
//     than User-agent, Allow and Disallow (Sitemap, Crawl-delay, anything
//     unknown) neither start nor end a group.
//   - A crawler obeys the groups whose User-agent names its product token
//     exactly (case-insensitively; the token in the file is read up to the
//     first character outside [A-Za-z_-], so "User-agent: Foo Bar" names
//     "Foo"). All such groups are merged. Only when none names it does it
//     obey the "*" groups, merged too; with neither, everything is allowed.
//   - Of the rules that match a path, the longest pattern wins, its length
//     measured on the pattern as written after percent-encoding
//     normalisation; Allow wins a tie. An empty Disallow allows everything.
//   - Patterns are anchored at the start of the path; "*" matches any run of
//     characters and "$" at the very end anchors the end.
//   - "#" starts a comment anywhere on a line. A line that cannot be read
//     is skipped and never spoils the rest of the file.
//   - Keys are case-insensitive and matched as Google matches them: by
//     prefix ("Disallowed" is Disallow), with the common typos "disalow",
//     "dissallow", "dissalow", "diasllow", "disallaw", "useragent" and
//     "user agent", and a missing colon ("Disallow /x") when the line has
//     exactly two words.
//   - Octets outside ASCII in a rule are percent-encoded and existing %xx
//     escapes are upper-cased (Escape); paths must be given in the same
//     form, which Escape also produces.
//   - A UTF-8 byte-order mark, whole or in part, is skipped at the start of
//     the file; lines end at CR, LF or CRLF.
//   - Only the first MaxBytes are read, cut at the last line end, so that a
//     rule is never shortened by the cut. Like Google's parser, a single
//     line is read up to MaxLineBytes and the rest of that line is dropped.
//   - Allow "/dir/index.html" (or ".htm") also allows "/dir/", as Google
//     does; "/robots.txt" itself is always allowed.
//
// Crawl-delay is not part of RFC 9309; it is read per group, when its value
// is a plain non-negative number of seconds, for crawlers that honour it.
package robotstxt

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// MaxBytes is how much of a robots.txt is read: RFC 9309 asks crawlers to
// parse at least 500 KiB, and rules past it may be ignored.
const MaxBytes = 500 << 10

// MaxLineBytes is how much of one line is read, as in Google's parser (eight
// times the longest URL browsers accept, less one byte); the rest of a
// longer line is dropped.
const MaxLineBytes = 2083*8 - 1

// Robots is a parsed robots.txt. The zero value allows everything. It is
// immutable after Parse, so it may be shared between goroutines.
type Robots struct {
	groups []group
}

// group is one run of User-agent lines and the rules after it.
type group struct {
	agents   []string // product tokens named, never empty
	global   bool     // one of the User-agent lines was "*"
	rules    []rule
	delay    time.Duration // the largest valid Crawl-delay, if hasDelay
	hasDelay bool
}

// rule is one Allow or Disallow line.
type rule struct {
	allow bool
	pat   pattern
	// index is, for an Allow ending in "/index.htm…", the pattern of its
	// directory ("/dir/$"), tried when pat does not match.
	index *pattern
}

// Allowed reports whether a crawler whose product token is agent may fetch
// path. path is the path, parameters and query of the URL, percent-encoded
// as Escape does (PathOf reads it from a URL string). agent is compared
// whole: an agent that is not a valid product token (see ValidAgent), such
// as "Foo Bar" or "", matches no named group and obeys only the "*" groups.
func (r *Robots) Allowed(agent, path string) bool {
	if path == "/robots.txt" {
		return true
	}
	allow, disallow := -1, -1
	for _, g := range r.obeyed(agent) {
		for _, ru := range g.rules {
			n := ru.priority(path)
			if ru.allow {
				allow = max(allow, n)
			} else {
				disallow = max(disallow, n)
			}
		}
	}
	// A match of an empty pattern (priority 0) decides nothing.
	if allow <= 0 && disallow <= 0 {
		return true
	}
	return allow >= disallow
}

// CrawlDelay returns the Crawl-delay of the groups agent obeys (the largest,
// when merged groups give several), and false when none gives a valid one.
func (r *Robots) CrawlDelay(agent string) (time.Duration, bool) {
	var d time.Duration
	found := false
	for _, g := range r.obeyed(agent) {
		if g.hasDelay {
			d, found = max(d, g.delay), true
		}
	}
	return d, found
}

// obeyed returns the groups that name agent or, when none does, the "*"
// groups.
func (r *Robots) obeyed(agent string) []*group {
	var named, global []*group
	valid := ValidAgent(agent)
	for i := range r.groups {
		g := &r.groups[i]
		if valid && g.names(agent) {
			named = append(named, g)
		} else if g.global {
			global = append(global, g)
		}
	}
	if len(named) > 0 {
		return named
	}
	return global
}

func (g *group) names(agent string) bool {
	for _, a := range g.agents {
		if strings.EqualFold(a, agent) {
			return true
		}
	}
	return false
}

// priority returns the length of the rule's pattern when it matches path,
// and -1 when it does not.
func (ru rule) priority(path string) int {
	if ru.pat.match(path) {
		return len(ru.pat.text)
	}
	if ru.index != nil && ru.index.match(path) {
		return len(ru.index.text)
	}
	return -1
}

// ValidAgent reports whether token is a product token a robots.txt group
// can name: one or more of [A-Za-z_-], as RFC 9309 §2.2.1 defines it.
func ValidAgent(token string) bool {
	return token != "" && agentPrefix(token) == token
}

// ProductToken returns the product token of a User-Agent header value, the
// name robots.txt groups are matched against: the part before the first "/"
// or space ("ScoutBot/0.1 (+https://…)" is "ScoutBot"). It returns "" when
// that part is not a valid token, so that such an agent obeys only the "*"
// groups rather than a group named by a prefix of it.
func ProductToken(userAgent string) string {
	tok, _, _ := strings.Cut(strings.TrimSpace(userAgent), "/")
	tok, _, _ = strings.Cut(tok, " ")
	if !ValidAgent(tok) {
		return ""
	}
	return tok
}

// agentPrefix returns the leading run of [A-Za-z_-] of s.
func agentPrefix(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '-' || c == '_') {
			return s[:i]
		}
	}
	return s
}

// parseDelay reads a Crawl-delay value: a non-negative decimal number of
// seconds ("10", "0.5"). Anything else ("1s", "-1", "NaN", "1e3") is not a
// delay.
func parseDelay(v string) (time.Duration, bool) {
	if v == "" || strings.Count(v, ".") > 1 || strings.Trim(v, "0123456789.") != "" || v == "." {
		return 0, false
	}
	secs, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsInf(secs, 0) {
		return 0, false
	}
	if secs >= float64(math.MaxInt64)/float64(time.Second) {
		return time.Duration(math.MaxInt64), true
	}
	return time.Duration(secs * float64(time.Second)), true
}
