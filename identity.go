package scout

import (
	"cmp"
	"net/url"
	"slices"
	"strings"
	"time"
)

// Kinds of identity evidence. Each names why two accounts are one person;
// the values appear in the JSON (identity[].kind) and never change.
const (
	// EvidenceReciprocal: account A links to account B and B links back
	// to A (bio links, profile fields, website fields).
	EvidenceReciprocal = "reciprocal_link"
	// EvidenceRelMe: as EvidenceReciprocal, where at least one side is a
	// web page whose link is a rel="me" link or a JSON-LD sameAs, the
	// markup a site owner uses to say "this other profile is also me".
	EvidenceRelMe = "rel_me"
	// EvidenceVerifiedField: a profile field the platform itself verified
	// (Mastodon's verified_at: the server found a rel="me" link back on
	// the linked page) points at the other account. One direction is
	// enough, because the platform checked the other.
	EvidenceVerifiedField = "verified_field"
	// EvidenceLinkInBio: both accounts link to the same link-in-bio page
	// (Linktree and the like) and that page lists both.
	EvidenceLinkInBio = "link_in_bio"
	// EvidenceManual: an operator merged the creators by hand (scout
	// merge); Reason is theirs.
	EvidenceManual = "manual"
)

// IdentityEvidence is one reason two accounts belong to one creator: which
// account linked to which (From, To: account ids), through which link
// (URL), on which page it was seen (SeenOn) and when (SeenAt). A creator's
// Identity lists the evidence of every merge that built it, so a reader can
// check each one; names are never evidence.
type IdentityEvidence struct {
	Kind   string    `json:"kind"`
	From   string    `json:"from"`
	To     string    `json:"to"`
	URL    string    `json:"url,omitempty"`
	SeenOn string    `json:"seen_on,omitempty"`
	SeenAt time.Time `json:"seen_at"`
	Reason string    `json:"reason,omitempty"`
}

// Key identifies the evidence regardless of when it was seen, so that
// seeing the same link again on a re-crawl adds nothing.
func (e IdentityEvidence) Key() string {
	return e.Kind + "\x00" + e.From + "\x00" + e.To + "\x00" + e.URL + "\x00" + e.Reason
}

// Touches reports whether the evidence is about the account with id.
func (e IdentityEvidence) Touches(accountID string) bool {
	return e.From == accountID || e.To == accountID
}

// MergeEvidence appends the evidence in add that old does not hold yet
// (by Key), keeping the first sighting's SeenAt. It returns old unchanged
// when nothing is new, so re-ingesting the same profiles is a no-op.
func MergeEvidence(old []IdentityEvidence, add ...IdentityEvidence) []IdentityEvidence {
	seen := make(map[string]bool, len(old)+len(add))
	for _, e := range old {
		seen[e.Key()] = true
	}
	out := old
	for _, e := range add {
		if k := e.Key(); !seen[k] {
			seen[k] = true
			out = append(out, e)
		}
	}
	return out
}

// LinkKey normalises a profile or link URL for matching: scheme dropped
// (http and https name the same profile), host lower-cased without "www."
// or "m.", default port, query and fragment dropped, path lower-cased
// (profile paths are handles, which every platform compares without case)
// and without a trailing slash. It returns "" for what is not an http(s)
// URL with a host.
func LinkKey(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	if !strings.Contains(raw, "://") {
		if strings.Contains(raw, ":") && !strings.HasPrefix(raw, "//") {
			return "" // mailto:, did:, tel: ...
		}
		raw = "https://" + strings.TrimPrefix(raw, "//")
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	host = strings.TrimSuffix(host, ".")
	for _, p := range []string{"www.", "m.", "mobile."} {
		if h, ok := strings.CutPrefix(host, p); ok && strings.Contains(h, ".") {
			host = h
			break
		}
	}
	if port := u.Port(); port != "" && port != "80" && port != "443" {
		host += ":" + port
	}
	path := strings.ToLower(strings.TrimRight(u.EscapedPath(), "/"))
	return strings.ReplaceAll(host+path, "\x00", "")
}

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
	host, _, _ := strings.Cut(LinkKey(raw), "/")
	host, _, _ = strings.Cut(host, ":")
	if linkInBioHosts[host] {
		return true
	}
	// carrd sites live on subdomains (name.carrd.co).
	return strings.HasSuffix(host, ".carrd.co")
}

// IdentityAccount is what identity resolution reads of an account: where
// the account lives and which links it publishes about itself. Verified
// holds the links the platform verified (Mastodon fields with verified_at).
type IdentityAccount struct {
	ID        string
	CreatorID string
	Platform  Platform
	Handle    string
	URL       string
	Links     []string
	Verified  []string
	SeenAt    time.Time
}

// IdentityAccountOf reads an account for identity resolution.
func IdentityAccountOf(a *Account) IdentityAccount {
	return IdentityAccount{ID: a.ID, CreatorID: a.CreatorID, Platform: a.Platform,
		Handle: a.Handle, URL: a.URL, Links: a.Links, Verified: a.VerifiedLinks, SeenAt: a.FetchedAt}
}

// ProfileKeys returns the LinkKeys under which other pages may link to the
// account: its URL and, per platform, the other canonical profile URL
// forms (a Bluesky profile by handle and by DID, a YouTube channel by
// @handle and by /channel/ID, a fediverse actor URI and its /@user and
// /users/user pages, a web page's canonical URL from its id).
func ProfileKeys(a IdentityAccount) []string {
	var out []string
	add := func(raw string) {
		if k := LinkKey(raw); k != "" && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	add(a.URL)
	stable, _ := strings.CutPrefix(a.ID, string(a.Platform)+":")
	handle := strings.TrimPrefix(a.Handle, "@")
	switch a.Platform {
	case PlatformWeb:
		add(stable)
	case PlatformBluesky:
		if stable != "" {
			add("https://bsky.app/profile/" + stable)
		}
		if handle != "" {
			add("https://bsky.app/profile/" + handle)
		}
	case PlatformYouTube:
		if stable != "" {
			add("https://www.youtube.com/channel/" + stable)
		}
		if handle != "" {
			add("https://www.youtube.com/@" + handle)
		}
	case PlatformMastodon, PlatformFediverse:
		add(stable)
		for _, raw := range []string{stable, a.URL} {
			u, err := url.Parse(raw)
			if err != nil || u.Host == "" {
				continue
			}
			user := handle
			if user == "" {
				continue
			}
			user, _, _ = strings.Cut(user, "@")
			base := u.Scheme + "://" + u.Host
			add(base + "/@" + user)
			add(base + "/users/" + user)
		}
	}
	return out
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
func FindIdentityEvidence(accounts []IdentityAccount, now time.Time) []IdentityEvidence {
	byKey := map[string]int{}
	for i, a := range accounts {
		for _, k := range ProfileKeys(a) {
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
			j, ok := byKey[LinkKey(l)]
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
	var out []IdentityEvidence
	for i := range accounts {
		for j, l := range links[i] {
			back, ok := links[j][i]
			if !ok {
				continue
			}
			kind := EvidenceReciprocal
			if accounts[i].Platform == PlatformWeb || accounts[j].Platform == PlatformWeb {
				kind = EvidenceRelMe
			}
			out = append(out, IdentityEvidence{Kind: kind, From: accounts[i].ID, To: accounts[j].ID,
				URL: l, SeenOn: accounts[i].URL, SeenAt: seenAt(i),
				Reason: "links back from " + accounts[j].URL + " to " + back})
		}
		for j, l := range verified[i] {
			out = append(out, IdentityEvidence{Kind: EvidenceVerifiedField, From: accounts[i].ID, To: accounts[j].ID,
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
				out = append(out, IdentityEvidence{Kind: EvidenceLinkInBio, From: accounts[a].ID, To: accounts[b].ID,
					URL: pa.URL, SeenOn: pa.URL, SeenAt: seenAt(p),
					Reason: "both link to " + pa.URL + ", which lists both"})
			}
		}
	}
	slices.SortFunc(out, func(a, b IdentityEvidence) int {
		return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To),
			cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.URL, b.URL))
	})
	return out
}
