package siterules

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// exclusionsFile lists, in the rules directory, the sites that get no rule.
const exclusionsFile = "excluded.json"

// Exclusion is a site Scout deliberately has no rule for: its terms forbid
// automated collection, or the platform is import-only. Keeping them as data
// beside the rules lets the README's platform table show why, and lets New
// refuse a rule that would read them.
type Exclusion struct {
	Site string `json:"site"`
	// Hosts use the rule host syntax ("patreon.com", "*.substack.com").
	Hosts []string `json:"hosts"`
	// Reason is one line: what rules the site out.
	Reason string `json:"reason"`
	// TermsURL is the site's own terms page.
	TermsURL string `json:"terms_url"`
	// Evidence says where the terms text was read, and whether it was the
	// site's own page or a copy.
	Evidence string `json:"evidence"`
}

// Exclusions returns the built-in list of excluded sites.
func Exclusions() ([]Exclusion, error) {
	b, err := ruleFiles.ReadFile("rules/" + exclusionsFile)
	if err != nil {
		return nil, fmt.Errorf("exclusions: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var xs []Exclusion
	if err := dec.Decode(&xs); err != nil {
		return nil, fmt.Errorf("exclusions: %w", err)
	}
	for i := range xs {
		if xs[i].Site == "" || xs[i].Reason == "" || len(xs[i].Hosts) == 0 {
			return nil, fmt.Errorf("exclusions: entry %d needs site, reason and hosts", i+1)
		}
		for _, h := range xs[i].Hosts {
			if _, err := parseHostPattern(h); err != nil {
				return nil, fmt.Errorf("exclusions: %s: %w", xs[i].Site, err)
			}
		}
	}
	return xs, nil
}

// overlaps reports whether rule r claims a host of the excluded site, or
// the site's patterns match a host r claims, and names that host.
func (x Exclusion) overlaps(r *Rule) (string, bool) {
	var xps []hostPattern
	for _, h := range x.Hosts {
		if hp, err := parseHostPattern(h); err == nil {
			xps = append(xps, hp)
		}
	}
	for _, xp := range xps {
		for _, h := range xp.probes() {
			if r.claims(h) {
				return h, true
			}
		}
	}
	for _, rp := range r.hosts {
		for _, h := range rp.probes() {
			for _, xp := range xps {
				if ok, _ := xp.match(h); ok {
					return h, true
				}
			}
		}
	}
	return "", false
}

// probes returns host names the pattern matches, for checking that no rule
// claims an excluded site: the host itself, or a sample subdomain and the
// apex for wildcards.
func (h hostPattern) probes() []string {
	if h.exact != "" {
		return []string{h.exact}
	}
	apex := strings.TrimPrefix(h.suffix, ".")
	return []string{"someone" + h.suffix, apex}
}
