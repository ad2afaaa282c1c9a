package siterules

import (
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"
	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// mfProfile is what the page's microformats say: the representative h-card's
// properties and the page's rel=me links.
type mfProfile struct {
	name, nickname, note, photo, location string
	urls                                  []string // u-url and u-uid of the card
	relMe                                 []string
}

// maxHCards bounds the h-cards looked at on one page.
const maxHCards = 100

// readMicroformats reads the representative h-card and the rel=me links of
// any page. The representative h-card is, in order (after the microformats
// wiki's "representative h-card parsing", with one relaxation):
//
//  1. a top-level h-card whose u-uid and u-url are the page URL;
//  2. a top-level h-card with a u-url that is also a rel=me link of the page;
//  3. the only top-level h-card, when its u-url is the page URL;
//  4. (relaxed) the only top-level h-card, when it has no u-url or its u-url
//     is on the page's host: a personal site's /about page usually carries
//     its owner's card pointing at the home page.
//
// Nested h-cards (comment authors, mentioned people) are never chosen.
func readMicroformats(doc *goquery.Document, base *url.URL) mfProfile {
	var mf mfProfile
	seen := map[string]bool{}
	doc.Find("a[rel][href], link[rel][href], area[rel][href]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		if !hasToken(attr(s.Nodes[0], "rel"), "me") {
			return true
		}
		if u := absURL(base, attr(s.Nodes[0], "href")); u != "" && !seen[linkKey(u)] {
			seen[linkKey(u)] = true
			mf.relMe = append(mf.relMe, u)
		}
		return len(mf.relMe) < maxLinks
	})

	var cards []*xhtml.Node
	for _, n := range doc.Find(".h-card").Nodes {
		if !insideRoot(n) {
			cards = append(cards, n)
		}
		if len(cards) >= maxHCards {
			break
		}
	}
	pageKey := linkKey(base.String())
	parsed := make([]hcard, len(cards))
	for i, c := range cards {
		parsed[i] = parseHCard(c, base)
	}
	pick := -1
	for i, c := range parsed {
		if c.has(c.uids, pageKey) && c.has(c.urls, pageKey) {
			pick = i
			break
		}
	}
	if pick < 0 {
	search:
		for i, c := range parsed {
			for _, u := range c.urls {
				if seen[linkKey(u)] {
					pick = i
					break search
				}
			}
		}
	}
	if pick < 0 && len(parsed) == 1 {
		c := parsed[0]
		sameHost := len(c.urls) == 0
		for _, u := range c.urls {
			if pu, err := url.Parse(u); err == nil && strings.EqualFold(pu.Host, base.Host) {
				sameHost = true
			}
		}
		if c.has(c.urls, pageKey) || sameHost {
			pick = 0
		}
	}
	if pick >= 0 {
		c := parsed[pick]
		mf.name, mf.nickname, mf.note, mf.photo = c.name, c.nickname, c.note, c.photo
		mf.location = c.location()
		mf.urls = append(c.urls, c.uids...)
	}
	return mf
}

// fillInto copies the microformats into the fields p leaves empty and adds
// the card's URLs and the rel=me links to p.Links.
func (mf mfProfile) fillInto(p *Profile) {
	fill := func(field string, dst *string, v string) {
		if *dst == "" && v != "" {
			*dst = v
			p.Sources[field] = "h-card"
		}
	}
	fill(FieldName, &p.DisplayName, mf.name)
	fill(FieldHandle, &p.Handle, cleanHandle(mf.nickname))
	fill(FieldBio, &p.Bio, mf.note)
	fill(FieldAvatar, &p.AvatarURL, mf.photo)
	fill(FieldLocation, &p.Location, mf.location)
	seen := map[string]bool{}
	for _, l := range p.Links {
		seen[linkKey(l)] = true
	}
	add := func(src string, links []string) {
		for _, l := range links {
			if k := linkKey(l); !seen[k] && len(p.Links) < maxLinks {
				seen[k] = true
				p.Links = append(p.Links, l)
				if p.Sources[FieldLinks] == "" {
					p.Sources[FieldLinks] = src
				}
			}
		}
	}
	add("h-card", mf.urls)
	add("rel-me", mf.relMe)
}

// hcard is one parsed h-card.
type hcard struct {
	name, nickname, note, photo           string
	locality, region, country, label, adr string
	urls, uids                            []string
	explicitText                          bool // any p-* or e-* property present
}

// has reports whether list holds the page key.
func (c hcard) has(list []string, key string) bool {
	for _, u := range list {
		if linkKey(u) == key {
			return true
		}
	}
	return false
}

// location joins the card's address parts, else its label or p-adr text.
func (c hcard) location() string {
	var parts []string
	for _, s := range []string{c.locality, c.region, c.country} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) > 0 {
		return oneLine(strings.Join(parts, ", "), maxLocationRunes)
	}
	if c.adr != "" {
		return c.adr
	}
	return c.label
}

// parseHCard reads the properties of one h-card, not descending into nested
// microformats except an address (p-adr, p-location), whose parts give the
// location.
func parseHCard(card *xhtml.Node, base *url.URL) hcard {
	var c hcard
	first := func(dst *string, v string) {
		if *dst == "" {
			*dst = v
		}
	}
	var walk func(n *xhtml.Node, addrOnly bool)
	walk = func(n *xhtml.Node, addrOnly bool) {
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			if ch.Type != xhtml.ElementNode {
				continue
			}
			class := attr(ch, "class")
			props := classProps(class)
			nested := isRoot(class)
			for _, pr := range props {
				if addrOnly && pr != "p-locality" && pr != "p-region" && pr != "p-country-name" {
					continue
				}
				switch pr {
				case "p-name":
					first(&c.name, oneLine(pValue(ch), maxNameRunes))
				case "p-nickname":
					first(&c.nickname, pValue(ch))
				case "p-note", "e-note":
					first(&c.note, multiLine(nodeText(ch), maxBioRunes))
				case "p-locality":
					first(&c.locality, oneLine(pValue(ch), maxLocationRunes))
				case "p-region":
					first(&c.region, oneLine(pValue(ch), maxLocationRunes))
				case "p-country-name":
					first(&c.country, oneLine(pValue(ch), maxLocationRunes))
				case "p-label":
					first(&c.label, oneLine(pValue(ch), maxLocationRunes))
				case "p-adr", "p-location":
					if !nested {
						first(&c.adr, oneLine(pValue(ch), maxLocationRunes))
					}
				case "u-photo":
					first(&c.photo, absURL(base, uValue(ch)))
				case "u-url":
					if u := absURL(base, uValue(ch)); u != "" && len(c.urls) < maxLinks {
						c.urls = append(c.urls, u)
					}
				case "u-uid":
					if u := absURL(base, uValue(ch)); u != "" {
						c.uids = append(c.uids, u)
					}
				}
				if strings.HasPrefix(pr, "p-") || strings.HasPrefix(pr, "e-") {
					c.explicitText = true
				}
			}
			switch {
			case !nested:
				walk(ch, addrOnly)
			case hasToken(class, "p-adr") || hasToken(class, "p-location") || hasToken(class, "h-adr"):
				walk(ch, true)
			}
		}
	}
	walk(card, false)
	if c.name == "" && !c.explicitText { // implied name
		c.name = oneLine(pValue(card), maxNameRunes)
		if img := impliedChild(card, atom.Img); c.name == "" && img != nil {
			c.name = oneLine(attr(img, "alt"), maxNameRunes)
		}
	}
	if c.photo == "" {
		if img := impliedChild(card, atom.Img); img != nil {
			c.photo = absURL(base, attr(img, "src"))
		}
	}
	if len(c.urls) == 0 {
		if a := impliedChild(card, atom.A); a != nil {
			if u := absURL(base, attr(a, "href")); u != "" {
				c.urls = append(c.urls, u)
			}
		}
	}
	return c
}

// impliedChild is the element of kind a the microformats2 implied-property
// rules look at: the card itself, its only element child, or that child's
// only element child.
func impliedChild(card *xhtml.Node, a atom.Atom) *xhtml.Node {
	n := card
	for depth := 0; depth < 3 && n != nil; depth++ {
		if n.DataAtom == a {
			return n
		}
		n = onlyElementChild(n)
		if n != nil && isRoot(attr(n, "class")) {
			return nil
		}
	}
	return nil
}

// onlyElementChild returns n's single element child, or nil.
func onlyElementChild(n *xhtml.Node) *xhtml.Node {
	var only *xhtml.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == xhtml.ElementNode {
			if only != nil {
				return nil
			}
			only = c
		}
	}
	return only
}

// pValue is a p-* property's text: alt for img and area, title for abbr,
// value for data and input, else the element's text.
func pValue(n *xhtml.Node) string {
	switch n.DataAtom {
	case atom.Img, atom.Area:
		if v := attr(n, "alt"); v != "" {
			return v
		}
	case atom.Abbr:
		if v := attr(n, "title"); v != "" {
			return v
		}
	case atom.Data, atom.Input:
		if v := attr(n, "value"); v != "" {
			return v
		}
	}
	return oneLine(nodeText(n), maxBioRunes)
}

// uValue is a u-* property's URL: href, src, poster or data by element kind,
// else the element's text.
func uValue(n *xhtml.Node) string {
	switch n.DataAtom {
	case atom.A, atom.Area, atom.Link:
		return attr(n, "href")
	case atom.Img, atom.Audio, atom.Source, atom.Iframe:
		return attr(n, "src")
	case atom.Video:
		if v := attr(n, "src"); v != "" {
			return v
		}
		return attr(n, "poster")
	case atom.Object:
		return attr(n, "data")
	}
	return pValue(n)
}

// classProps returns the microformats2 property names in a class attribute.
func classProps(class string) []string {
	var out []string
	for _, t := range strings.Fields(class) {
		if strings.HasPrefix(t, "p-") || strings.HasPrefix(t, "u-") || strings.HasPrefix(t, "e-") || strings.HasPrefix(t, "dt-") {
			out = append(out, t)
		}
	}
	return out
}

// isRoot reports whether a class attribute names a microformats2 root
// ("h-card", "h-entry", ...).
func isRoot(class string) bool {
	for _, t := range strings.Fields(class) {
		if len(t) > 2 && strings.HasPrefix(t, "h-") && isMFName(t[2:]) {
			return true
		}
	}
	return false
}

// isMFName reports whether s is a valid microformats2 name part: lower-case
// letters and hyphens.
func isMFName(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r == '-') {
			return false
		}
	}
	return true
}

// insideRoot reports whether n has an ancestor that is a microformats root.
func insideRoot(n *xhtml.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == xhtml.ElementNode && isRoot(attr(p, "class")) {
			return true
		}
	}
	return false
}

// hasToken reports whether the space-separated list s contains tok, ignoring
// ASCII case.
func hasToken(s, tok string) bool {
	for _, t := range strings.Fields(s) {
		if strings.EqualFold(t, tok) {
			return true
		}
	}
	return false
}
