package crawler

import (
	"fmt"
	"net"
	"net/url"
	"strings"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
)

// denyList is the set of denied domains (Config.DenyDomains).
type denyList struct {
	domains map[string]bool
}

// newDenyList normalises entries with ParseDenyDomain, skipping invalid
// ones (the CLI refuses those before they get here).
func newDenyList(entries []string) *denyList {
	d := &denyList{domains: make(map[string]bool, len(entries))}
	for _, e := range entries {
		if dom, err := ParseDenyDomain(e); err == nil {
			d.domains[dom] = true
		}
	}
	return d
}

// check returns an error wrapping ErrBlocked when host is a denied domain
// or below one. It walks up from host to its registrable domain (eTLD+1):
// entries above that are public suffixes, which ParseDenyDomain refuses, so
// "alice.github.io" on the list denies Alice's site and not Bob's.
func (d *denyList) check(host string) error {
	if len(d.domains) == 0 {
		return nil
	}
	h := strings.TrimSuffix(strings.ToLower(host), ".")
	if a, err := idna.Lookup.ToASCII(h); err == nil {
		h = a
	}
	if d.domains[h] {
		return fmt.Errorf("fetch %s: %s is on the deny-list: %w", host, h, ErrBlocked)
	}
	if net.ParseIP(h) != nil {
		return nil
	}
	top, err := publicsuffix.EffectiveTLDPlusOne(h)
	if err != nil {
		return nil
	}
	for s := h; s != top; {
		i := strings.IndexByte(s, '.')
		if i < 0 {
			break
		}
		s = s[i+1:]
		if d.domains[s] {
			return fmt.Errorf("fetch %s: %s is on the deny-list: %w", host, s, ErrBlocked)
		}
	}
	return nil
}

// ParseDenyDomain normalises one deny-list entry: a domain ("example.com"),
// optionally written "*.example.com", ".example.com" or as a URL, in any
// case, internationalised or not. It refuses an empty entry and a bare
// public suffix ("com", "co.uk", "github.io"): those would deny every site
// under them, which is almost always a typo for one site.
func ParseDenyDomain(s string) (string, error) {
	d := strings.TrimSpace(s)
	if strings.Contains(d, "://") {
		u, err := url.Parse(d)
		if err != nil {
			return "", fmt.Errorf("deny %q: %w", s, err)
		}
		d = u.Hostname()
	} else if h, _, err := net.SplitHostPort(d); err == nil {
		d = h
	}
	d = strings.TrimPrefix(strings.TrimPrefix(d, "*"), ".")
	d = strings.TrimSuffix(strings.ToLower(d), ".")
	if d == "" {
		return "", fmt.Errorf("deny %q: no domain", s)
	}
	if net.ParseIP(d) != nil {
		return d, nil
	}
	a, err := idna.Lookup.ToASCII(d)
	if err != nil {
		return "", fmt.Errorf("deny %q: not a domain name: %w", s, err)
	}
	if ps, icann := publicsuffix.PublicSuffix(a); ps == a && (icann || strings.Contains(a, ".")) {
		return "", fmt.Errorf("deny %q: %s is a public suffix; list the sites under it instead", s, a)
	}
	return a, nil
}
