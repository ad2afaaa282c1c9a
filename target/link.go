package target

import (
	"net/url"
	"slices"
	"strings"

	"github.com/scout-oss/scout"
)

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

// ProfileKeys returns the LinkKeys under which other pages may link to the
// account: its URL and, per platform, the other canonical profile URL
// forms (a Bluesky profile by handle and by DID, a YouTube channel by
// @handle and by /channel/ID, a fediverse actor URI and its /@user and
// /users/user pages, a web page's canonical URL from its id).
func ProfileKeys(a scout.IdentityAccount) []string {
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
	case scout.PlatformWeb:
		add(stable)
	case scout.PlatformBluesky:
		if stable != "" {
			add("https://bsky.app/profile/" + stable)
		}
		if handle != "" {
			add("https://bsky.app/profile/" + handle)
		}
	case scout.PlatformYouTube:
		if stable != "" {
			add("https://www.youtube.com/channel/" + stable)
		}
		if handle != "" {
			add("https://www.youtube.com/@" + handle)
		}
	case scout.PlatformPixelfed, scout.PlatformLemmy, scout.PlatformThreads:
		add(stable) // the ActivityPub actor
	case scout.PlatformMastodon, scout.PlatformFediverse:
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
