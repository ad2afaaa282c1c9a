package siterules

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/andybalholm/cascadia"
)

// Terms statuses a rule file records for its site. A site whose terms
// forbid automated collection has no rule at all: it is listed in
// rules/excluded.json instead.
const (
	// TermsAllowed: the terms were read and do not forbid reading public
	// pages by a polite, robots.txt-obeying crawler.
	TermsAllowed = "allowed"
	// TermsRestricted: the terms allow automated reading only for some
	// purposes or with conditions. Such rules are off unless the engine is
	// built with Options.AllowRestricted.
	TermsRestricted = "restricted"
	// TermsNotVerified: the terms could not be read when the rule was
	// written; check them before relying on the rule.
	TermsNotVerified = "not_verified"
)

// Terms is what a rule file says about its site's terms of service, so the
// README's platform table and the operator can see why a site is read.
type Terms struct {
	Status string `json:"status"`
	URL    string `json:"url"`
	Note   string `json:"note"`
}

// Field names of a rule's "fields" object, and of Profile.Sources.
const (
	FieldName      = "name"
	FieldHandle    = "handle"
	FieldBio       = "bio"
	FieldAvatar    = "avatar"
	FieldLocation  = "location"
	FieldLinks     = "links"
	FieldFollowers = "followers"
	FieldFollowing = "following"
	FieldPosts     = "posts"
)

// Fields maps each profile field to its extractors, tried in order: the first
// that yields a value wins, except for links, where every extractor adds.
type Fields struct {
	Name      []Extractor `json:"name,omitempty"`
	Handle    []Extractor `json:"handle,omitempty"`
	Bio       []Extractor `json:"bio,omitempty"`
	Avatar    []Extractor `json:"avatar,omitempty"`
	Location  []Extractor `json:"location,omitempty"`
	Links     []Extractor `json:"links,omitempty"`
	Followers []Extractor `json:"followers,omitempty"`
	Following []Extractor `json:"following,omitempty"`
	Posts     []Extractor `json:"posts,omitempty"`
}

// Extractor reads one value from a page. The steps run in this order:
//
//  1. URLGroup set: the value is that named group of the host or path
//     pattern that matched the page URL (e.g. "handle"); no other step runs
//     except Regexp.
//  2. Selector picks elements (CSS, as goquery reads it). Attr names the
//     attribute to read; empty means the element's text, with <br> and block
//     elements read as line breaks.
//  3. Regexp, when set, must match the value; its group named "value", else
//     its first group, else the whole match, becomes the value.
//  4. JSON, when set, parses the value as JSON and follows the path (see
//     jsonPath): "props.pageProps.links[].url", "items[kind=user].name".
//  5. URLsInText collects the http(s) URLs in the value (for links written
//     as plain text in a bio).
//
// Each selected element is tried in document order until one yields a
// value; for links every element adds.
type Extractor struct {
	Selector   string `json:"selector,omitempty"`
	Attr       string `json:"attr,omitempty"`
	Regexp     string `json:"regexp,omitempty"`
	JSON       string `json:"json,omitempty"`
	URLGroup   string `json:"url_group,omitempty"`
	URLsInText bool   `json:"urls_in_text,omitempty"`

	sel  cascadia.Selector
	re   *regexp.Regexp
	path []pathStep
}

// Rule is one site's reading instructions, loaded from one JSON file. See
// the package documentation for how a rule is chosen.
type Rule struct {
	// Name is the rule's stable identifier ("telegram"); it names the source
	// of each field in Profile.Sources.
	Name string `json:"name"`
	// Site is the human name of the site ("Telegram").
	Site string `json:"site"`
	// Reads says in a few words which pages the rule reads.
	Reads string `json:"reads"`
	Terms Terms  `json:"terms"`
	// Credit names the public rule tables the rule learned from, if any.
	Credit string `json:"credit,omitempty"`
	// Hosts are the host patterns the rule claims: "t.me" (exact),
	// "*.example.com" (any subdomain, not the apex) or
	// "{handle}.bandcamp.com" (one label, captured as a URL group).
	Hosts []string `json:"hosts"`
	// Paths are regular expressions over the URL path; when present one must
	// match for the host to select the rule. Named groups become URL groups.
	Paths []string `json:"paths,omitempty"`
	// Signature lists CSS selectors that must all match the page. Every rule
	// needs one, so that a redesigned or non-profile page yields nothing.
	Signature []string `json:"signature"`
	// Shape lets the signature alone select the rule on a host no rule
	// claims (custom domains, a loopback test web). Only for signatures made
	// of site-specific markup.
	Shape  bool   `json:"shape,omitempty"`
	Fields Fields `json:"fields"`

	hosts []hostPattern
	paths []*regexp.Regexp
	sig   []cascadia.Selector
}

// hostPattern is one compiled entry of Rule.Hosts.
type hostPattern struct {
	suffix string // ".example.com" for wildcards, else ""
	exact  string // "t.me" for exact hosts
	group  string // "handle" for "{handle}.x"
}

// match reports whether host (lower case, no port) fits the pattern and
// returns the captured label, if the pattern captures one.
func (h hostPattern) match(host string) (bool, string) {
	if h.exact != "" {
		return host == h.exact, ""
	}
	if !strings.HasSuffix(host, h.suffix) {
		return false, ""
	}
	label := strings.TrimSuffix(host, h.suffix)
	if label == "" || (h.group != "" && strings.Contains(label, ".")) {
		return false, ""
	}
	return true, label
}

// Rule and extractor bounds: rule files are data, and data can be wrong.
const (
	maxRuleBytes      = 64 << 10
	maxExtractors     = 16
	maxRegexpLen      = 512
	maxSelectorLen    = 512
	maxJSONPathSteps  = 16
	maxHostsPerRule   = 16
	maxPathsPerRule   = 8
	maxSignatureParts = 4
)

var (
	reRuleName  = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,39}$`)
	reGroupName = regexp.MustCompile(`^[a-z][a-z0-9_]{0,31}$`)
	reHostLabel = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$`)
)

// ParseRule decodes and checks one rule file. Unknown keys are errors, so a
// misspelt field cannot silently read nothing.
func ParseRule(data []byte) (*Rule, error) {
	if len(data) > maxRuleBytes {
		return nil, fmt.Errorf("parse rule: %d bytes, limit %d", len(data), maxRuleBytes)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var r Rule
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("parse rule: %w", err)
	}
	if dec.More() {
		return nil, errors.New("parse rule: trailing data after the rule object")
	}
	if err := r.compile(); err != nil {
		return nil, fmt.Errorf("parse rule %q: %w", r.Name, err)
	}
	return &r, nil
}

// LoadRules reads every *.json file in dir of fsys except excluded.json, in
// name order, as rules.
func LoadRules(fsys fs.FS, dir string) ([]*Rule, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("load rules: %w", err)
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".json") && e.Name() != exclusionsFile {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	rules := make([]*Rule, 0, len(names))
	for _, n := range names {
		b, err := fs.ReadFile(fsys, path.Join(dir, n))
		if err != nil {
			return nil, fmt.Errorf("load rules: %w", err)
		}
		r, err := ParseRule(b)
		if err != nil {
			return nil, fmt.Errorf("load rules: %s: %w", n, err)
		}
		if want := strings.TrimSuffix(n, ".json"); r.Name != want {
			return nil, fmt.Errorf("load rules: %s: rule is named %q, want %q", n, r.Name, want)
		}
		rules = append(rules, r)
	}
	return rules, nil
}

// compile checks the rule and prepares its patterns and selectors.
func (r *Rule) compile() error {
	if !reRuleName.MatchString(r.Name) {
		return errors.New("name must be 1-40 lower-case letters, digits or hyphens")
	}
	if strings.TrimSpace(r.Site) == "" || strings.TrimSpace(r.Reads) == "" {
		return errors.New("site and reads are required")
	}
	switch r.Terms.Status {
	case TermsAllowed, TermsRestricted, TermsNotVerified:
	default:
		return fmt.Errorf("terms status %q: want %s, %s or %s", r.Terms.Status, TermsAllowed, TermsRestricted, TermsNotVerified)
	}
	if u, err := url.Parse(r.Terms.URL); err != nil || u.Scheme != "https" || u.Host == "" {
		return fmt.Errorf("terms url %q: want an https URL", r.Terms.URL)
	}
	if strings.TrimSpace(r.Terms.Note) == "" {
		return errors.New("terms note is required")
	}
	if len(r.Hosts) == 0 || len(r.Hosts) > maxHostsPerRule {
		return fmt.Errorf("hosts: %d patterns, want 1 to %d", len(r.Hosts), maxHostsPerRule)
	}
	groups := map[string]bool{}
	for _, h := range r.Hosts {
		hp, err := parseHostPattern(h)
		if err != nil {
			return err
		}
		if hp.group != "" {
			groups[hp.group] = true
		}
		r.hosts = append(r.hosts, hp)
	}
	if len(r.Paths) > maxPathsPerRule {
		return fmt.Errorf("paths: %d patterns, limit %d", len(r.Paths), maxPathsPerRule)
	}
	for _, p := range r.Paths {
		re, err := compileRegexp(p)
		if err != nil {
			return fmt.Errorf("path %q: %w", p, err)
		}
		for _, g := range re.SubexpNames() {
			if g != "" {
				groups[g] = true
			}
		}
		r.paths = append(r.paths, re)
	}
	if len(r.Signature) == 0 || len(r.Signature) > maxSignatureParts {
		return fmt.Errorf("signature: %d selectors, want 1 to %d", len(r.Signature), maxSignatureParts)
	}
	for _, s := range r.Signature {
		sel, err := compileSelector(s)
		if err != nil {
			return fmt.Errorf("signature: %w", err)
		}
		r.sig = append(r.sig, sel)
	}
	total := 0
	for _, f := range r.fieldList() {
		if len(*f.ex) > maxExtractors {
			return fmt.Errorf("field %s: %d extractors, limit %d", f.name, len(*f.ex), maxExtractors)
		}
		total += len(*f.ex)
		for i := range *f.ex {
			if err := (*f.ex)[i].compile(groups); err != nil {
				return fmt.Errorf("field %s, extractor %d: %w", f.name, i+1, err)
			}
		}
	}
	if total == 0 {
		return errors.New("fields: no extractors")
	}
	return nil
}

// namedField pairs a field name with its extractor list.
type namedField struct {
	name string
	ex   *[]Extractor
}

// fieldList lists the rule's fields in a fixed order.
func (r *Rule) fieldList() []namedField {
	f := &r.Fields
	return []namedField{
		{FieldName, &f.Name}, {FieldHandle, &f.Handle}, {FieldBio, &f.Bio},
		{FieldAvatar, &f.Avatar}, {FieldLocation, &f.Location}, {FieldLinks, &f.Links},
		{FieldFollowers, &f.Followers}, {FieldFollowing, &f.Following}, {FieldPosts, &f.Posts},
	}
}

// compile checks one extractor against the URL groups its rule defines.
func (x *Extractor) compile(groups map[string]bool) error {
	switch {
	case x.URLGroup != "" && x.Selector != "":
		return errors.New("url_group and selector are exclusive")
	case x.URLGroup == "" && x.Selector == "":
		return errors.New("needs a selector or a url_group")
	case x.URLGroup != "" && (x.JSON != "" || x.Attr != ""):
		return errors.New("url_group takes only a regexp")
	}
	if x.URLGroup != "" && !groups[x.URLGroup] {
		return fmt.Errorf("url_group %q: no host or path pattern defines it", x.URLGroup)
	}
	if x.Selector != "" {
		sel, err := compileSelector(x.Selector)
		if err != nil {
			return err
		}
		x.sel = sel
	}
	if x.Regexp != "" {
		re, err := compileRegexp(x.Regexp)
		if err != nil {
			return fmt.Errorf("regexp %q: %w", x.Regexp, err)
		}
		x.re = re
	}
	if x.JSON != "" {
		p, err := parseJSONPath(x.JSON)
		if err != nil {
			return err
		}
		x.path = p
	}
	return nil
}

// parseHostPattern compiles one entry of Rule.Hosts.
func parseHostPattern(h string) (hostPattern, error) {
	bad := fmt.Errorf("host %q: want a lower-case host name, *.domain or {group}.domain", h)
	var hp hostPattern
	rest := h
	switch {
	case strings.HasPrefix(h, "*."):
		rest = h[2:]
		hp.suffix = "." + rest
	case strings.HasPrefix(h, "{"):
		i := strings.Index(h, "}.")
		if i < 0 || !reGroupName.MatchString(h[1:i]) {
			return hp, bad
		}
		hp.group = h[1:i]
		rest = h[i+2:]
		hp.suffix = "." + rest
	default:
		hp.exact = h
	}
	labels := strings.Split(rest, ".")
	if len(labels) < 2 {
		return hp, bad
	}
	for _, l := range labels {
		if !reHostLabel.MatchString(l) {
			return hp, bad
		}
	}
	return hp, nil
}

// compileSelector compiles a CSS selector, refusing what goquery would
// silently treat as matching nothing.
func compileSelector(s string) (cascadia.Selector, error) {
	if strings.TrimSpace(s) == "" || len(s) > maxSelectorLen {
		return nil, fmt.Errorf("selector %q: empty or longer than %d bytes", s, maxSelectorLen)
	}
	sel, err := cascadia.Compile(s)
	if err != nil {
		return nil, fmt.Errorf("selector %q: %w", s, err)
	}
	return sel, nil
}

// compileRegexp compiles a rule's regular expression. Go's RE2 engine runs
// in linear time, so a hostile page cannot make a rule's regexp blow up.
func compileRegexp(s string) (*regexp.Regexp, error) {
	if s == "" || len(s) > maxRegexpLen {
		return nil, fmt.Errorf("empty or longer than %d bytes", maxRegexpLen)
	}
	return regexp.Compile(s)
}
