package ingest

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/target"
)

// linkInBioHosts are link-in-bio services: a page there is a list of one
// person's profiles rather than a profile of its own.
var linkInBioHosts = map[string]bool{
	"linktr.ee": true, "bio.link": true, "beacons.ai": true, "lnk.bio": true,
	"campsite.bio": true, "solo.to": true, "allmylinks.com": true,
	"linkin.bio": true, "tap.bio": true, "msha.ke": true, "carrd.co": true,
	"hoo.be": true, "snipfeed.co": true, "stan.store": true,
}

// IsLinkInBio reports whether raw is a page on a link-in-bio service.
func IsLinkInBio(raw string) bool {
	host, _, _ := strings.Cut(target.LinkKey(raw), "/")
	host, _, _ = strings.Cut(host, ":")
	if linkInBioHosts[host] {
		return true
	}
	// carrd sites live on subdomains (name.carrd.co).
	return strings.HasSuffix(host, ".carrd.co")
}

// FindIdentityEvidence returns the verifiable evidence that pairs of the
// given accounts belong to one person. It is pure: it reads only the links
// the accounts publish, and now stamps evidence whose account has no
// fetch time. Evidence is, per pair of accounts:
//
//   - reciprocal_link or rel_me: A links to B and B links back to A (one
//     record per direction; rel_me when a web page is one of them);
//   - verified_field: A's platform-verified link points at B;
//   - link_in_bio: A and B both link to a link-in-bio page P (one of the
//     accounts) and P links to both.
//
// A link one way only is never evidence, and neither is a shared name:
// two people called Alex Kim stay apart. The result is sorted (by From,
// To, Kind, URL) so callers act in a stable order.
func FindIdentityEvidence(accounts []scout.IdentityAccount, now time.Time) []scout.IdentityEvidence {
	byKey := map[string]int{}
	for i, a := range accounts {
		for _, k := range target.ProfileKeys(a) {
			if _, dup := byKey[k]; !dup {
				byKey[k] = i
			}
		}
	}
	// links[i][j] is the first link from account i to account j.
	links := make([]map[int]string, len(accounts))
	verified := make([]map[int]string, len(accounts))
	resolve := func(i int, raw []string, into *map[int]string) {
		for _, l := range raw {
			j, ok := byKey[target.LinkKey(l)]
			if !ok || j == i {
				continue
			}
			if *into == nil {
				*into = map[int]string{}
			}
			if _, dup := (*into)[j]; !dup {
				(*into)[j] = l
			}
		}
	}
	for i, a := range accounts {
		resolve(i, a.Links, &links[i])
		resolve(i, a.Verified, &verified[i])
		// A verified link is also a link the account publishes.
		for j, l := range verified[i] {
			if links[i] == nil {
				links[i] = map[int]string{}
			}
			if _, dup := links[i][j]; !dup {
				links[i][j] = l
			}
		}
	}
	seenAt := func(i int) time.Time {
		if t := accounts[i].SeenAt; !t.IsZero() {
			return t.UTC()
		}
		return now.UTC()
	}
	var out []scout.IdentityEvidence
	for i := range accounts {
		for j, l := range links[i] {
			back, ok := links[j][i]
			if !ok {
				continue
			}
			kind := scout.EvidenceReciprocal
			if accounts[i].Platform == scout.PlatformWeb || accounts[j].Platform == scout.PlatformWeb {
				kind = scout.EvidenceRelMe
			}
			out = append(out, scout.IdentityEvidence{Kind: kind, From: accounts[i].ID, To: accounts[j].ID,
				URL: l, SeenOn: accounts[i].URL, SeenAt: seenAt(i),
				Reason: "links back from " + accounts[j].URL + " to " + back})
		}
		for j, l := range verified[i] {
			out = append(out, scout.IdentityEvidence{Kind: scout.EvidenceVerifiedField, From: accounts[i].ID, To: accounts[j].ID,
				URL: l, SeenOn: accounts[i].URL, SeenAt: seenAt(i),
				Reason: "profile field verified by " + string(accounts[i].Platform)})
		}
	}
	// Link-in-bio: page p lists a and b, and both link to p.
	for p, pa := range accounts {
		if !IsLinkInBio(pa.URL) {
			continue
		}
		var listed []int
		for j := range links[p] {
			if _, back := links[j][p]; back {
				listed = append(listed, j)
			}
		}
		slices.Sort(listed)
		for x, a := range listed {
			for _, b := range listed[x+1:] {
				out = append(out, scout.IdentityEvidence{Kind: scout.EvidenceLinkInBio, From: accounts[a].ID, To: accounts[b].ID,
					URL: pa.URL, SeenOn: pa.URL, SeenAt: seenAt(p),
					Reason: "both link to " + pa.URL + ", which lists both"})
			}
		}
	}
	slices.SortFunc(out, func(a, b scout.IdentityEvidence) int {
		return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To),
			cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.URL, b.URL))
	})
	return out
}
