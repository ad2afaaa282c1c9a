package siterules

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"net"
	"net/url"
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	xhtml "golang.org/x/net/html"
)

// ErrNoProfile is returned when a page yields no profile: no rule applies and
// the page has no h-card or rel=me links, or the rule that applies read
// nothing from the page (a partial page, a redesign, a non-profile path).
// Callers branch on it to record "no_profile" and fall back to other sources.
var ErrNoProfile = errors.New("no profile by site rules or microformats")

// CountParser turns a published count ("2 805", "10,472", "1,2 Mio.") into a
// number, and says whether it was rounded. The crawler injects its own
// ParseCount, so every count in Scout goes through the same checks.
type CountParser func(s string) (value int64, approximate bool, err error)

// Options configure an Engine.
type Options struct {
	// ParseCount reads counts. Nil means counts keep their raw text and a
	// nil value.
	ParseCount CountParser
	// AllowRestricted enables rules whose site terms allow automated reading
	// only for some purposes (Terms.Status "restricted"). Off by default: the
	// operator has to decide the purpose fits.
	AllowRestricted bool
}

// Engine applies a table of site rules, and microformats, to pages. It is
// safe for concurrent use: rules are compiled once and never change.
type Engine struct {
	rules []*Rule
	parse CountParser
}

//go:embed rules/*.json
var ruleFiles embed.FS

// BuiltinRules returns the rules shipped with the package (rules/*.json), in
// file-name order.
func BuiltinRules() ([]*Rule, error) {
	return LoadRules(ruleFiles, "rules")
}

// Default builds an Engine from the built-in rules.
func Default(opts Options) (*Engine, error) {
	rules, err := BuiltinRules()
	if err != nil {
		return nil, err
	}
	return New(opts, rules...)
}

// New builds an Engine from rules, in the order given (the order decides
// between rules that both match). Restricted rules are dropped unless
// opts.AllowRestricted. A rule that claims the host of an excluded site is
// an error: those sites' terms forbid automated collection, or the platform
// is import-only.
func New(opts Options, rules ...*Rule) (*Engine, error) {
	excl, err := Exclusions()
	if err != nil {
		return nil, err
	}
	e := &Engine{parse: opts.ParseCount}
	if e.parse == nil {
		e.parse = func(string) (int64, bool, error) { return 0, false, errors.New("no count parser") }
	}
	names := map[string]bool{}
	for _, r := range rules {
		if r == nil || r.sig == nil {
			return nil, errors.New("new engine: rule not built by ParseRule or LoadRules")
		}
		if names[r.Name] {
			return nil, fmt.Errorf("new engine: two rules named %q", r.Name)
		}
		names[r.Name] = true
		for _, x := range excl {
			if h, ok := x.overlaps(r); ok {
				return nil, fmt.Errorf("new engine: rule %q claims %s, excluded: %s", r.Name, h, x.Reason)
			}
		}
		if r.Terms.Status == TermsRestricted && !opts.AllowRestricted {
			continue
		}
		e.rules = append(e.rules, r)
	}
	return e, nil
}

// Rules returns the rules the engine applies, in order.
func (e *Engine) Rules() []*Rule {
	return append([]*Rule(nil), e.rules...)
}

// ExtractHTML parses body and calls Extract. The body is cut at
// maxPageBytes; a caller that already holds a goquery document should call
// Extract instead.
func (e *Engine) ExtractHTML(pageURL *url.URL, body []byte) (*Profile, error) {
	if len(body) > maxPageBytes {
		body = body[:maxPageBytes]
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("site rules: parse html: %w", err)
	}
	return e.Extract(pageURL, doc)
}

// maxPageBytes bounds the HTML ExtractHTML parses.
const maxPageBytes = 10 << 20

// Extract reads the profile a page shows. The rule is chosen as the package
// documentation describes; microformats (h-card, rel=me) fill the fields the
// rule left empty, or stand alone when no rule applies. It returns
// ErrNoProfile (wrapped) when nothing was read from the page itself; it
// never panics on malformed input.
func (e *Engine) Extract(pageURL *url.URL, doc *goquery.Document) (*Profile, error) {
	if pageURL == nil || doc == nil {
		return nil, errors.New("site rules: nil url or document")
	}
	p := &Profile{Sources: map[string]string{}}
	if r, by, groups := e.choose(pageURL, doc); r != nil {
		if r.apply(doc, pageURL, groups, e.parse, p) {
			p.Rule, p.SelectedBy = r.Name, by
			t := r.Terms
			p.Terms = &t
		} else {
			*p = Profile{Sources: map[string]string{}} // a handle from the URL alone is no profile
		}
	}
	mf := readMicroformats(doc, pageURL)
	mf.fillInto(p)
	if !p.hasPageData() {
		return nil, fmt.Errorf("site rules %s: %w", pageURL.Redacted(), ErrNoProfile)
	}
	return p, nil
}

// choose picks the rule for a page: the first rule whose host and path
// patterns match and whose signature matches; failing that, when no rule
// claims the host at all, the first shape rule whose signature matches.
func (e *Engine) choose(pageURL *url.URL, doc *goquery.Document) (*Rule, string, map[string]string) {
	host := hostOf(pageURL)
	claimed := false
	for _, r := range e.rules {
		if !r.claims(host) {
			continue
		}
		claimed = true
		groups, ok := r.matchURL(host, pageURL.EscapedPath())
		if ok && r.signed(doc) {
			return r, SelectedByHost, groups
		}
	}
	if claimed {
		return nil, "", nil
	}
	seen := shapeSignatures(e.rules, doc)
	for _, r := range e.rules {
		if r.Shape && allSeen(r, seen) {
			groups := map[string]string{}
			r.matchPath(pageURL.EscapedPath(), groups)
			return r, SelectedByShape, groups
		}
	}
	return nil, "", nil
}

// hostOf is the page's host name in lower case, without port or trailing dot.
func hostOf(u *url.URL) string {
	h := u.Host
	if hh, _, err := net.SplitHostPort(h); err == nil {
		h = hh
	}
	return strings.TrimSuffix(strings.ToLower(h), ".")
}

// claims reports whether one of the rule's host patterns matches host.
func (r *Rule) claims(host string) bool {
	for _, hp := range r.hosts {
		if ok, _ := hp.match(host); ok {
			return true
		}
	}
	return false
}

// matchURL reports whether the rule claims the host and one of its path
// patterns (if any) matches, returning the captured URL groups.
func (r *Rule) matchURL(host, escapedPath string) (map[string]string, bool) {
	groups := map[string]string{}
	hostOK := false
	for _, hp := range r.hosts {
		if ok, label := hp.match(host); ok {
			hostOK = true
			if hp.group != "" {
				groups[hp.group] = label
			}
			break
		}
	}
	if !hostOK {
		return nil, false
	}
	if len(r.paths) == 0 {
		return groups, true
	}
	return groups, r.matchPath(escapedPath, groups)
}

// matchPath matches the path patterns in order, adding the named groups of
// the first that matches.
func (r *Rule) matchPath(escapedPath string, groups map[string]string) bool {
	p, err := url.PathUnescape(escapedPath)
	if err != nil {
		p = escapedPath
	}
	if p == "" {
		p = "/"
	}
	for _, re := range r.paths {
		m := re.FindStringSubmatch(p)
		if m == nil {
			continue
		}
		for i, name := range re.SubexpNames() {
			if name != "" && m[i] != "" {
				groups[name] = m[i]
			}
		}
		return true
	}
	return false
}

// signed reports whether every signature selector matches the document.
func (r *Rule) signed(doc *goquery.Document) bool {
	for _, s := range r.sig {
		if doc.FindMatcher(s).Length() == 0 {
			return false
		}
	}
	return true
}

// shapeSignatures walks the page once and reports, for each signature
// selector of the shape rules, whether an element of the page matches it,
// which is what signed asks of each rule in turn (a page no rule claims
// is otherwise walked once per shape rule).
func shapeSignatures(rules []*Rule, doc *goquery.Document) map[*cascadia.Selector]bool {
	var sels []*cascadia.Selector
	for _, r := range rules {
		if r.Shape {
			for i := range r.sig {
				sels = append(sels, &r.sig[i])
			}
		}
	}
	matched := make([]bool, len(sels))
	left := len(sels)
	var walk func(n *xhtml.Node) bool
	walk = func(n *xhtml.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == xhtml.ElementNode {
				for i, s := range sels {
					if !matched[i] && s.Match(c) {
						matched[i] = true
						left--
					}
				}
				if left == 0 {
					return true
				}
			}
			if walk(c) {
				return true
			}
		}
		return false
	}
	for _, n := range doc.Nodes {
		if walk(n) {
			break
		}
	}
	seen := make(map[*cascadia.Selector]bool, len(sels))
	for i, s := range sels {
		seen[s] = matched[i]
	}
	return seen
}

// allSeen reports whether every signature selector of r matched.
func allSeen(r *Rule, seen map[*cascadia.Selector]bool) bool {
	for i := range r.sig {
		if !seen[&r.sig[i]] {
			return false
		}
	}
	return true
}

// apply runs the rule's extractors and stores what they read in p. It
// reports whether anything was read from the page content (a name, bio,
// avatar, location, link or count), as opposed to the URL alone.
func (r *Rule) apply(doc *goquery.Document, base *url.URL, groups map[string]string, parse CountParser, p *Profile) bool {
	src := "rule:" + r.Name
	fromPage := false
	set := func(field string, dst *string, exs []Extractor, clean func(string) string) {
		for i := range exs {
			for _, v := range exs[i].values(doc, groups) {
				if v = clean(v); v != "" {
					*dst = v
					p.Sources[field] = src
					if exs[i].URLGroup == "" {
						fromPage = true
					}
					return
				}
			}
		}
	}
	set(FieldName, &p.DisplayName, r.Fields.Name, func(s string) string { return oneLine(s, maxNameRunes) })
	set(FieldHandle, &p.Handle, r.Fields.Handle, cleanHandle)
	set(FieldBio, &p.Bio, r.Fields.Bio, func(s string) string { return multiLine(s, maxBioRunes) })
	set(FieldAvatar, &p.AvatarURL, r.Fields.Avatar, func(s string) string { return absURL(base, s) })
	set(FieldLocation, &p.Location, r.Fields.Location, func(s string) string { return oneLine(s, maxLocationRunes) })
	if p.Handle != "" && p.DisplayName == "" && p.Bio == "" && p.AvatarURL == "" && p.Location == "" {
		fromPage = false // a handle alone may have come from the page's URL echoed back
	}

	seen := map[string]bool{linkKey(base.String()): true}
	for i := range r.Fields.Links {
		for _, v := range r.Fields.Links[i].values(doc, groups) {
			u := absURL(base, v)
			if u == "" || seen[linkKey(u)] || len(p.Links) >= maxLinks {
				continue
			}
			seen[linkKey(u)] = true
			p.Links = append(p.Links, u)
			p.Sources[FieldLinks] = src
			fromPage = true
		}
	}

	count := func(field string, exs []Extractor) *Count {
		for i := range exs {
			for _, v := range exs[i].values(doc, groups) {
				raw := oneLine(v, maxCountRunes)
				if !strings.ContainsAny(raw, "0123456789") {
					continue
				}
				c := &Count{Raw: raw}
				if n, approx, err := parse(raw); err == nil && n >= 0 {
					c.Value, c.Approximate = &n, approx
					fromPage = true
				}
				p.Sources[field] = src
				return c
			}
		}
		return nil
	}
	p.Followers = count(FieldFollowers, r.Fields.Followers)
	p.Following = count(FieldFollowing, r.Fields.Following)
	p.Posts = count(FieldPosts, r.Fields.Posts)
	return fromPage
}

// cleanHandle trims a handle to one line without a leading "@".
func cleanHandle(s string) string {
	return oneLine(strings.TrimPrefix(strings.TrimSpace(s), "@"), maxHandleRunes)
}

// values returns the candidate values of one extractor, in document order.
func (x *Extractor) values(doc *goquery.Document, groups map[string]string) []string {
	if x.URLGroup != "" {
		v := groups[x.URLGroup]
		if v == "" {
			return nil
		}
		if x.re != nil {
			if v = submatch(x.re, v); v == "" {
				return nil
			}
		}
		return []string{v}
	}
	var out []string
	nodes := doc.FindMatcher(x.sel).Nodes
	if len(nodes) > maxNodesPerQuery {
		nodes = nodes[:maxNodesPerQuery]
	}
	for _, n := range nodes {
		out = append(out, x.fromNode(n)...)
		if len(out) >= maxJSONValues {
			break
		}
	}
	return out
}

// fromNode runs the attribute, regexp, JSON and URL steps on one element.
func (x *Extractor) fromNode(n *xhtml.Node) []string {
	var v string
	switch {
	case x.Attr != "":
		v = attr(n, x.Attr)
	case x.path != nil:
		v = rawText(n)
	default:
		v = nodeText(n)
	}
	if x.re != nil {
		if v = submatch(x.re, v); v == "" {
			return nil
		}
	}
	vals := []string{v}
	if x.path != nil {
		vals = evalJSONPath(v, x.path)
		for i := range vals {
			vals[i] = unescapeJSONText(vals[i])
		}
	}
	if x.URLsInText {
		var urls []string
		for _, s := range vals {
			urls = append(urls, textURLs(s)...)
		}
		vals = urls
	}
	return vals
}

// submatch returns the "value" group of re in s, else its first group, else
// the whole match; "" when re does not match.
func submatch(re *regexp.Regexp, s string) string {
	if len(s) > maxJSONBytes {
		s = s[:maxJSONBytes]
	}
	m := re.FindStringSubmatchIndex(s)
	if m == nil {
		return ""
	}
	g := 0
	if i := re.SubexpIndex("value"); i > 0 {
		g = i
	} else if re.NumSubexp() > 0 {
		g = 1
	}
	if m[2*g] < 0 {
		return ""
	}
	return s[m[2*g]:m[2*g+1]]
}

// hasPageData reports whether the profile holds anything read from the page.
func (p *Profile) hasPageData() bool {
	return p.DisplayName != "" || p.Bio != "" || p.AvatarURL != "" || p.Location != "" ||
		len(p.Links) > 0 || p.Followers.value() != nil || p.Following.value() != nil || p.Posts.value() != nil
}
