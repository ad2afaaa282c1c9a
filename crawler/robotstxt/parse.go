package robotstxt

import (
	"bytes"
	"strings"
)

// Parse reads a robots.txt body. It never fails: a line it cannot read is
// skipped. A body longer than MaxBytes is cut at the last line end within
// MaxBytes.
func Parse(body []byte) *Robots {
	body = CutAtLine(body, MaxBytes)
	body = trimBOM(body)
	r := &Robots{}
	cur := -1        // index of the group being read, -1 before the first
	inRules := false // a rule was read since the last User-agent line
	for len(body) > 0 {
		var line []byte
		if i := bytes.IndexAny(body, "\r\n"); i >= 0 {
			line, body = body[:i], body[i+1:]
		} else {
			line, body = body, nil
		}
		if len(line) > MaxLineBytes {
			line = line[:MaxLineBytes]
		}
		key, value, ok := splitLine(string(line))
		if !ok {
			continue
		}
		switch keyOf(key) {
		case keyUserAgent:
			if cur < 0 || inRules {
				r.groups = append(r.groups, group{})
				cur, inRules = len(r.groups)-1, false
			}
			r.groups[cur].addAgent(value)
		case keyAllow, keyDisallow:
			if cur < 0 {
				continue
			}
			inRules = true
			r.groups[cur].rules = append(r.groups[cur].rules, newRule(keyOf(key) == keyAllow, Escape(value)))
		case keyCrawlDelay:
			if d, ok := parseDelay(value); ok && cur >= 0 {
				g := &r.groups[cur]
				g.delay, g.hasDelay = max(g.delay, d), true
			}
		}
	}
	return r
}

// CutAtLine returns the longest prefix of body of at most n bytes that ends
// at a line boundary, or body itself when it is no longer than n. A caller
// whose read stopped part way through a body uses it with n = len(body)-1
// to drop the last, possibly incomplete, line.
func CutAtLine(body []byte, n int) []byte {
	if len(body) <= n {
		return body
	}
	if n < 0 {
		return nil
	}
	// body[:n] ends a line when the byte after it ends one.
	if c := body[n]; c == '\n' || c == '\r' {
		return body[:n]
	}
	return body[:bytes.LastIndexAny(body[:n], "\r\n")+1]
}

// trimBOM drops a UTF-8 byte-order mark, or the start of one, from the
// start of body, as Google's parser does.
func trimBOM(body []byte) []byte {
	const bom = "\xEF\xBB\xBF"
	i := 0
	for i < len(bom) && i < len(body) && body[i] == bom[i] {
		i++
	}
	return body[i:]
}

// splitLine splits a line into its key and value, without the comment and
// the surrounding white space. The separator is a colon or, when the line
// has none and exactly two words, the white space between them.
func splitLine(line string) (key, value string, ok bool) {
	if i := strings.IndexByte(line, '#'); i >= 0 {
		line = line[:i]
	}
	line = trimSpace(line)
	if k, v, found := strings.Cut(line, ":"); found {
		key, value = trimSpace(k), trimSpace(v)
	} else {
		i := strings.IndexAny(line, " \t")
		if i < 0 {
			return "", "", false
		}
		key, value = line[:i], trimSpace(line[i:])
		if strings.ContainsAny(value, " \t") {
			return "", "", false
		}
	}
	return key, value, key != ""
}

// trimSpace trims ASCII white space only: other bytes are part of a value.
func trimSpace(s string) string {
	return strings.Trim(s, " \t\n\v\f\r")
}

type keyKind int

const (
	keyOther keyKind = iota
	keyUserAgent
	keyAllow
	keyDisallow
	keyCrawlDelay
)

// keyOf names a line's key. Keys are matched by prefix and common typos are
// accepted, as Google's parser does.
func keyOf(key string) keyKind {
	k := strings.ToLower(key)
	switch {
	case hasAnyPrefix(k, "user-agent", "useragent", "user agent"):
		return keyUserAgent
	case strings.HasPrefix(k, "allow"):
		return keyAllow
	case hasAnyPrefix(k, "disallow", "dissallow", "dissalow", "disalow", "diasllow", "disallaw"):
		return keyDisallow
	case k == "crawl-delay":
		return keyCrawlDelay
	}
	return keyOther
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// addAgent adds a User-agent value to g: "*" (or "*" and a space and more)
// makes g global; anything else names the product token it starts with.
func (g *group) addAgent(v string) {
	if v == "*" || strings.HasPrefix(v, "*") && isSpace(v[1]) {
		g.global = true
		return
	}
	if tok := agentPrefix(v); tok != "" {
		g.agents = append(g.agents, tok)
	}
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

func newRule(allow bool, text string) rule {
	ru := rule{allow: allow, pat: newPattern(text)}
	if allow {
		slash := strings.LastIndexByte(text, '/')
		if slash >= 0 && strings.HasPrefix(text[slash:], "/index.htm") {
			p := newPattern(text[:slash+1] + "$")
			ru.index = &p
		}
	}
	return ru
}
