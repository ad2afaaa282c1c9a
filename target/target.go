package target

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"github.com/scout-oss/scout"
)

// Target is a crawl target read into its platform and the names that
// platform knows it by. Users write targets as URLs
// (https://bsky.app/profile/alice.bsky.social, https://example.social/@alice,
// https://www.youtube.com/@alice) or as PLATFORM:HANDLE
// (bluesky:alice.bsky.social, mastodon:@alice@example.social,
// youtube:@alice); adapters match on the parsed form so that both spellings
// reach the same account.
type Target struct {
	// Platform is the platform the target names. For fediverse URLs of the
	// Mastodon shape (/@user, /users/user) it is PlatformMastodon: the
	// Mastodon adapter falls back to plain ActivityPub when the server has
	// no Mastodon API.
	Platform scout.Platform
	// Handle is the account's handle without a leading "@": a Bluesky
	// handle ("alice.bsky.social"), a fediverse user name ("alice", its
	// server in Instance), a YouTube handle ("alice"). Empty when the
	// target names the account only by ID or URL.
	Handle string
	// ID is the platform's stable id when the target already carries it: a
	// Bluesky DID, a YouTube channel id (UC…), a fediverse actor URI.
	ID string
	// Instance is the fediverse server (host[:port], lower case) the
	// account lives on. Empty for other platforms.
	Instance string
	// Base is scheme://host[:port] of a URL target, so that adapters call
	// the server the user named (a fixture server on 127.0.0.1 included).
	// For PLATFORM:HANDLE fediverse targets it is https://INSTANCE; for
	// other handle targets it is empty and the adapter uses its own base.
	Base string
	// URL is the target as given when it was a URL; empty for
	// PLATFORM:HANDLE targets.
	URL string
}

// ErrNotPlatform means the target is not of a platform Scout reads
// through an adapter: an ordinary web URL (left to the generic extractor)
// or a malformed PLATFORM:HANDLE. Adapters' Match methods branch on it.
var ErrNotPlatform = errors.New("not a platform target")

// String returns the canonical PLATFORM:HANDLE form of t, or its URL when
// it has no handle form (a YouTube /c/ URL, a PeerTube channel URL).
func (t Target) String() string {
	switch t.Platform {
	case scout.PlatformBluesky:
		if t.Handle != "" {
			return "bluesky:" + t.Handle
		}
		return "bluesky:" + t.ID
	case scout.PlatformMastodon, scout.PlatformFediverse:
		if t.Handle != "" && t.Instance != "" {
			return string(t.Platform) + ":@" + t.Handle + "@" + t.Instance
		}
	case scout.PlatformYouTube:
		if t.Handle != "" {
			return "youtube:@" + t.Handle
		}
		if t.ID != "" {
			return "youtube:" + t.ID
		}
	}
	return t.URL
}

var (
	// reBlueskyHandle is the AT Protocol handle syntax: a DNS name of at
	// least two labels (atproto.com/specs/handle).
	reBlueskyHandle = regexp.MustCompile(`^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$`)
	// reDID is the DID syntax (did:METHOD:ID) of atproto.com/specs/did.
	reDID = regexp.MustCompile(`^did:[a-z]+:[a-zA-Z0-9._:%-]+$`)
	// reFediUser is a fediverse user name: Mastodon allows [A-Za-z0-9_];
	// Pleroma, Misskey and PeerTube add dots and dashes.
	reFediUser = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$`)
	// reFediHost is host[:port] of a fediverse server.
	reFediHost = regexp.MustCompile(`^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?$`)
	// reYouTubeHandle is a YouTube handle (3–30 letters, digits, _ . -).
	reYouTubeHandle = regexp.MustCompile(`^[\p{L}\p{N}_.-]{3,30}$`)
	// reChannelID is a YouTube channel id.
	reChannelID = regexp.MustCompile(`^UC[A-Za-z0-9_-]{22}$`)
)

// youTubeHosts are the hosts whose URLs are YouTube targets.
var youTubeHosts = map[string]bool{
	"youtube.com": true, "www.youtube.com": true, "m.youtube.com": true,
}

// IsYouTubeHost reports whether host (lower case, with any port) is one
// whose URLs are YouTube targets, so an adapter pointed at another base
// (a fixture server) can tell its own URLs from youtube.com's.
func IsYouTubeHost(host string) bool { return youTubeHosts[host] }

// IsChannelID reports whether s is a YouTube channel id (UC and 22 more
// characters), the stable id an adapter reads out of a channel page.
func IsChannelID(s string) bool { return reChannelID.MatchString(s) }

// blueskyHosts are the hosts of the Bluesky web app.
var blueskyHosts = map[string]bool{"bsky.app": true, "www.bsky.app": true}

// urlSchemes are URL schemes that pasted text may carry where a platform
// name goes ("javascript:alert(5)", "data:text/html,…"): never platforms.
var urlSchemes = map[string]bool{
	"http": true, "https": true, "javascript": true, "vbscript": true, "data": true, "blob": true,
	"file": true, "ftp": true, "ftps": true, "sftp": true, "mailto": true, "tel": true, "sms": true,
	"about": true, "chrome": true, "view-source": true, "intent": true, "ws": true, "wss": true,
	"gopher": true, "dict": true, "ldap": true, "jar": true, "urn": true, "ssh": true, "telnet": true,
}

// schemeLikeOK reports whether the ':' in rest has its place: a Bluesky
// DID (did:plc:…), or the port of a fediverse instance (user@host:port),
// which parseFediHandle checks.
func schemeLikeOK(platform, rest string) bool {
	switch scout.Platform(platform) {
	case scout.PlatformBluesky:
		return strings.HasPrefix(strings.TrimPrefix(strings.TrimSpace(rest), "@"), "did:")
	case scout.PlatformMastodon, scout.PlatformFediverse:
		_, instance, _ := strings.Cut(strings.TrimPrefix(strings.TrimSpace(rest), "@"), "@")
		return strings.Contains(instance, ":")
	}
	return false
}

// Parse reads a crawl target. It returns an error wrapping
// ErrNotPlatform for an ordinary web URL (which the generic extractor
// reads) and for a PLATFORM:HANDLE it cannot read; the message says which.
//
// Accepted forms:
//
//	bluesky:HANDLE, bluesky:@HANDLE, bluesky:did:plc:…
//	https://bsky.app/profile/HANDLE (or /profile/DID, with any /post/… tail)
//	mastodon:@USER@INSTANCE, mastodon:USER@INSTANCE, @USER@INSTANCE
//	fediverse:@USER@INSTANCE (skip the Mastodon API, read ActivityPub)
//	https://INSTANCE/@USER, https://INSTANCE/users/USER (Mastodon, Pleroma,
//	Misskey, …); https://INSTANCE/@USER@OTHER names USER on OTHER
//	https://INSTANCE/a/NAME, /accounts/NAME, /c/NAME, /video-channels/NAME
//	(PeerTube accounts and channels: fediverse)
//	youtube:@HANDLE, youtube:HANDLE, youtube:UC… (channel id)
//	https://www.youtube.com/@HANDLE, /channel/UC…, /c/NAME, /user/NAME
func Parse(s string) (Target, error) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "@") {
		return parseFediHandle(scout.PlatformMastodon, s)
	}
	scheme, rest, ok := strings.Cut(s, ":")
	if !ok {
		return Target{}, fmt.Errorf("target %q: %w", s, ErrNotPlatform)
	}
	lower := strings.ToLower(scheme)
	switch {
	case lower == "http" || lower == "https":
		return parseTargetURL(s)
	case urlSchemes[lower]:
		return Target{}, fmt.Errorf("target %q: %s: is a URL scheme, not a platform: %w", s, lower, ErrNotPlatform)
	case strings.Contains(rest, "/") || strings.Contains(rest, ":") && !schemeLikeOK(lower, rest):
		return Target{}, fmt.Errorf("target %q: a handle has no ':' or '/': %w", s, ErrNotPlatform)
	}
	switch lower {
	case string(scout.PlatformBluesky):
		return parseBlueskyHandle(rest, "")
	case string(scout.PlatformMastodon):
		return parseFediHandle(scout.PlatformMastodon, rest)
	case string(scout.PlatformFediverse):
		return parseFediHandle(scout.PlatformFediverse, rest)
	case string(scout.PlatformYouTube):
		return parseYouTubeHandle(rest, "")
	}
	return Target{}, fmt.Errorf("target %q: unknown platform %q: %w", s, scheme, ErrNotPlatform)
}

// parseBlueskyHandle reads a Bluesky handle or DID.
func parseBlueskyHandle(h, rawURL string) (Target, error) {
	h = strings.TrimPrefix(strings.TrimSpace(h), "@")
	t := Target{Platform: scout.PlatformBluesky, URL: rawURL}
	switch {
	case strings.HasPrefix(h, "did:"):
		if len(h) > 2048 || !reDID.MatchString(h) {
			return Target{}, fmt.Errorf("bluesky target: %q is not a DID: %w", h, ErrNotPlatform)
		}
		t.ID = h
	default:
		h = strings.ToLower(h) // handles are case-insensitive; the API answers in lower case
		if len(h) > 253 || !reBlueskyHandle.MatchString(h) {
			return Target{}, fmt.Errorf("bluesky target: %q is not a handle (like alice.bsky.social): %w", h, ErrNotPlatform)
		}
		t.Handle = h
	}
	return t, nil
}

// parseFediHandle reads @USER@INSTANCE (the leading @ optional).
func parseFediHandle(p scout.Platform, h string) (Target, error) {
	h = strings.TrimPrefix(strings.TrimSpace(h), "@")
	user, instance, ok := strings.Cut(h, "@")
	instance = strings.ToLower(instance)
	if !ok || !reFediUser.MatchString(user) || !reFediHost.MatchString(instance) || !strings.Contains(instance, ".") && !strings.Contains(instance, ":") {
		return Target{}, fmt.Errorf("%s target: %q is not @user@instance: %w", p, h, ErrNotPlatform)
	}
	return Target{Platform: p, Handle: user, Instance: instance, Base: "https://" + instance}, nil
}

// parseYouTubeHandle reads @HANDLE, HANDLE or a channel id.
func parseYouTubeHandle(h, rawURL string) (Target, error) {
	h = strings.TrimSpace(h)
	t := Target{Platform: scout.PlatformYouTube, URL: rawURL}
	switch {
	case reChannelID.MatchString(h):
		t.ID = h
	case reYouTubeHandle.MatchString(strings.TrimPrefix(h, "@")):
		t.Handle = strings.TrimPrefix(h, "@")
	default:
		return Target{}, fmt.Errorf("youtube target: %q is neither a @handle nor a channel id: %w", h, ErrNotPlatform)
	}
	return t, nil
}

// parseTargetURL reads the URL forms of Parse.
func parseTargetURL(raw string) (Target, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return Target{}, fmt.Errorf("target %q: not a URL: %w", raw, ErrNotPlatform)
	}
	host := strings.ToLower(u.Host)
	base := strings.ToLower(u.Scheme) + "://" + host
	segs := PathSegments(u)
	switch {
	case blueskyHosts[host]:
		if len(segs) >= 2 && segs[0] == "profile" {
			return parseBlueskyHandle(segs[1], raw)
		}
	case youTubeHosts[host]:
		return parseYouTubeURL(segs, base, raw)
	default:
		// By path shape alone: whether the host is a fediverse server at
		// all is for the crawler to ask it (crawler.HostProber).
		if t, ok := parseFediURL(segs, host, base); ok {
			t.URL = raw
			return t, nil
		}
	}
	return Target{}, fmt.Errorf("target %q: %w", raw, ErrNotPlatform)
}

// parseYouTubeURL reads https://www.youtube.com/@H, /channel/UC…, /c/N and
// /user/N (the last two only as URLs: the channel page resolves them).
func parseYouTubeURL(segs []string, base, raw string) (Target, error) {
	if len(segs) == 0 {
		return Target{}, fmt.Errorf("youtube target %q: no channel in the path: %w", raw, ErrNotPlatform)
	}
	var t Target
	var err error
	switch {
	case strings.HasPrefix(segs[0], "@"):
		t, err = parseYouTubeHandle(segs[0], raw)
	case segs[0] == "channel" && len(segs) >= 2 && reChannelID.MatchString(segs[1]):
		t, err = parseYouTubeHandle(segs[1], raw)
	case (segs[0] == "c" || segs[0] == "user") && len(segs) >= 2:
		t = Target{Platform: scout.PlatformYouTube, URL: raw}
	default:
		return Target{}, fmt.Errorf("youtube target %q: not a channel URL: %w", raw, ErrNotPlatform)
	}
	t.Base = base
	return t, err
}

// parseFediURL reads the profile and actor URLs of fediverse servers.
func parseFediURL(segs []string, host, base string) (Target, bool) {
	if len(segs) == 0 {
		return Target{}, false
	}
	t := Target{Platform: scout.PlatformMastodon, Instance: host, Base: base}
	switch {
	case strings.HasPrefix(segs[0], "@") && len(segs) <= 2:
		// /@user, /@user/123 (a post), /@user@other.host (a remote account)
		user, other, remote := strings.Cut(segs[0][1:], "@")
		if remote {
			other = strings.ToLower(other)
			if !reFediHost.MatchString(other) {
				return Target{}, false
			}
			t.Instance, t.Base = other, "https://"+other
		}
		t.Handle = user
	case segs[0] == "users" && len(segs) == 2:
		// Mastodon and Pleroma actor URIs.
		t.Handle = segs[1]
		t.ID = base + "/users/" + segs[1]
	case (segs[0] == "a" || segs[0] == "accounts") && peerTubeTail(segs):
		t.Platform, t.Handle = scout.PlatformFediverse, segs[1]
		t.ID = base + "/accounts/" + segs[1]
	case (segs[0] == "c" || segs[0] == "video-channels") && peerTubeTail(segs):
		t.Platform, t.Handle = scout.PlatformFediverse, segs[1]
		t.ID = base + "/video-channels/" + segs[1]
	default:
		return Target{}, false
	}
	if !reFediUser.MatchString(t.Handle) {
		return Target{}, false
	}
	return t, true
}

// peerTubeTail reports whether segs is a PeerTube account or channel path:
// /a/NAME, /a/NAME/videos, /c/NAME/video-playlists, ... Longer paths on
// other sites (/a/some/article) are left to the generic extractor.
func peerTubeTail(segs []string) bool {
	switch len(segs) {
	case 2:
		return true
	case 3:
		return segs[2] == "videos" || segs[2] == "video-channels" || segs[2] == "video-playlists"
	}
	return false
}

// PathSegments splits u's path into its non-empty, unescaped segments.
// It is exported so that adapters read a target's path as Parse does.
func PathSegments(u *url.URL) []string {
	var segs []string
	for _, s := range strings.Split(u.Path, "/") {
		if s != "" {
			segs = append(segs, s)
		}
	}
	return segs
}
