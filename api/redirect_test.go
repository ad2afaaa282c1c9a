package api_test

import (
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
)

// hostileNext lists spellings of a sign-in target that leave the site in
// a browser, raw (as the form field carries them after decoding).
var hostileNext = []string{
	"//evil.example",
	"//evil.example/path",
	"///evil.example",
	"/\\evil.example",
	"\\\\evil.example",
	"/\\/evil.example",
	"\\/evil.example",
	"/\t/evil.example",
	"/\t\\evil.example",
	"\t//evil.example",
	" //evil.example",
	"/\r\n/evil.example",
	"/\r/evil.example",
	"/\n/evil.example",
	"/\n\\evil.example",
	"\x00//evil.example",
	"//evil.example\x00",
	"/\x1f/evil.example",
	"https://evil.example",
	"HTTPS://evil.example/",
	"http:/evil.example",
	"http:\\\\evil.example",
	"https:evil.example",
	"//user:pass@evil.example",
	"javascript:alert(1)",
	" javascript:alert(1)",
	"java\tscript:alert(1)",
	"data:text/html,<script>alert(1)</script>",
	"evil.example",
	"@evil.example",
	".//evil.example",
	"/.//evil.example",
	"/./\\evil.example",
	"/..//evil.example",
	"/../\\evil.example",
	"/%2e%2e//evil.example",
	"/%2E//evil.example",
	"/.%2e//evil.example",
}

// sameOriginNext lists targets that stay on the site, with where the
// browser must end up (path and query).
var sameOriginNext = []struct{ next, want string }{
	{"/", "/"},
	{"/creators/x", "/creators/x"},
	{"/?q=vegan&platform=youtube", "/?q=vegan&platform=youtube"},
	{"/shortlists/s1?done=added", "/shortlists/s1?done=added"},
	{"/%2F%2Fevil.example", "/%2F%2Fevil.example"},   // an encoded slash is no separator
	{"/%5Cevil.example", "/%5Cevil.example"},         // nor is an encoded backslash
	{"/%09/evil.example", "/%09/evil.example"},       // an encoded tab is not stripped
	{"/%0d%0a/evil.example", "/%0d%0a/evil.example"}, // nor encoded CR and LF
	{"/a/../b", "/b"}, // dot segments resolved
	{"/?next=//evil.example", "/?next=//evil.example"}, // a query is not a path
}

// browserResolve resolves a Location header against base as a browser
// does (WHATWG URL): leading and trailing C0 controls and spaces are
// trimmed, tabs and newlines removed, and "\" read as "/" in special
// schemes.
func browserResolve(t *testing.T, base, loc string) *url.URL {
	t.Helper()
	loc = strings.TrimFunc(loc, func(r rune) bool { return r <= ' ' })
	loc = strings.NewReplacer("\t", "", "\n", "", "\r", "").Replace(loc)
	loc = strings.ReplaceAll(loc, "\\", "/")
	b, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := url.Parse(loc)
	if err != nil {
		t.Fatalf("browser cannot parse Location %q: %v", loc, err)
	}
	return b.ResolveReference(ref)
}

// TestSignInRedirectStaysOnSite signs in with every hostile target: the
// 303 must send the browser to a page of this site, whatever the spelling,
// and the sign-in page must never carry the hostile target in its form.
func TestSignInRedirectStaysOnSite(t *testing.T) {
	env := MustWebServer(t)
	signIn := func(t *testing.T, next string) string {
		t.Helper()
		c := env.browser(t, "")
		_, _, _, token := env.get(t, c, "/signin")
		form := url.Values{"csrf": {token}, "key": {env.keys[scout.RoleViewer]}, "next": {next}}
		req, _ := http.NewRequest("POST", env.ts.URL+"/signin", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Origin", env.ts.URL)
		for _, ck := range c.Jar.Cookies(req.URL) {
			req.AddCookie(ck)
		}
		// The transport, not the client: Go's client refuses to parse a
		// Location a browser would follow.
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("next %q: status %d, want 303", next, resp.StatusCode)
		}
		return resp.Header.Get("Location")
	}
	site, _ := url.Parse(env.ts.URL)
	for _, next := range hostileNext {
		loc := signIn(t, next)
		got := browserResolve(t, env.ts.URL, loc)
		if got.Scheme != site.Scheme || got.Host != site.Host || got.User != nil {
			t.Errorf("next %q: Location %q takes the browser to %s", next, loc, got)
			continue
		}
		if loc != "/" {
			t.Errorf("next %q: Location %q, want / (the target leaves the site)", next, loc)
		}
		if strings.ContainsFunc(loc, func(r rune) bool { return r < ' ' || r == 0x7f || r == '\\' }) {
			t.Errorf("next %q: Location %q carries a control character or backslash", next, loc)
		}
	}
	for _, tc := range sameOriginNext {
		loc := signIn(t, tc.next)
		got := browserResolve(t, env.ts.URL, loc)
		if got.Host != site.Host {
			t.Errorf("next %q: Location %q leaves the site for %s", tc.next, loc, got)
			continue
		}
		if p := got.RequestURI(); p != tc.want {
			t.Errorf("next %q: Location %q, browser at %q, want %q", tc.next, loc, p, tc.want)
		}
	}
}

var nextFieldRE = regexp.MustCompile(`name="next" value="([^"]*)"`)

// TestSignInPageNextField asks for the sign-in page with each hostile
// target in the query, percent-encoded as a link would carry it: the form
// must carry "/" instead.
func TestSignInPageNextField(t *testing.T) {
	env := MustWebServer(t)
	c := env.browser(t, "")
	for _, next := range hostileNext {
		_, _, body, _ := env.get(t, c, "/signin?next="+url.QueryEscape(next))
		m := nextFieldRE.FindStringSubmatch(body)
		if m == nil {
			t.Fatalf("next %q: no next field on the sign-in page", next)
		}
		if got := html.UnescapeString(m[1]); got != "/" {
			t.Errorf("next %q: sign-in form carries next=%q, want /", next, got)
		}
	}
}
