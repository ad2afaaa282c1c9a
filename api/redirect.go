package api

import (
	"net/url"
	"strings"
)

// safeNext returns the local path (with its query) to send a browser to
// after signing in, or "/" for any target that could leave the site.
//
// Browsers read a Location header with the WHATWG URL parser, not Go's:
// leading and trailing C0 controls and spaces are trimmed, every tab, CR
// and LF is removed, and "\" counts as "/" in http(s) URLs. So "/<TAB>/evil"
// and "/\evil" are "//evil" to a browser: another host. safeNext reads the
// target the same way, accepts only a path that starts with exactly one
// "/", resolves its dot segments as WHATWG does ("%2e" is a dot too) and
// refuses a path that then starts with "//" ("/.//evil"), so that the
// answer is a same-origin path that stays one wherever it is used again.
// What it returns is canonical: percent-encoded, without controls or
// backslashes, with no dot segments.
func safeNext(next string) string {
	s := strings.TrimFunc(next, func(r rune) bool { return r <= ' ' })
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\n', '\r':
			return -1
		case '\\':
			return '/'
		}
		return r
	}, s)
	if !strings.HasPrefix(s, "/") || strings.HasPrefix(s, "//") {
		return "/"
	}
	if strings.ContainsFunc(s, func(r rune) bool { return r < ' ' || r == 0x7f }) {
		return "/"
	}
	u, err := url.Parse(s)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil || u.Opaque != "" {
		return "/"
	}
	p := resolveDotSegments(u.EscapedPath())
	if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") {
		return "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return p
}

// resolveDotSegments removes "." and ".." segments from an absolute,
// escaped path the way the WHATWG path state does: "%2e" counts as ".",
// ".." never climbs above the root, and a dot segment at the end leaves a
// trailing slash. Empty segments are kept ("/a//b" stays).
func resolveDotSegments(p string) string {
	segs := strings.Split(strings.TrimPrefix(p, "/"), "/")
	out := make([]string, 0, len(segs))
	for i, seg := range segs {
		last := i == len(segs)-1
		switch strings.ToLower(seg) {
		case ".", "%2e":
			if last {
				out = append(out, "")
			}
		case "..", ".%2e", "%2e.", "%2e%2e":
			if len(out) > 0 {
				out = out[:len(out)-1]
			}
			if last {
				out = append(out, "")
			}
		default:
			out = append(out, seg)
		}
	}
	return "/" + strings.Join(out, "/")
}
