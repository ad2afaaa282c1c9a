package target

import (
	"net/url"
	"strconv"
	"strings"
	"unicode"

	"github.com/scout-oss/scout"
)

// EntryKey identifies a shortlist entry within its shortlist: the creator
// id, or for a pending entry "target:" and its normalised target.
func EntryKey(e *scout.ShortlistEntry) string {
	if e.CreatorID != "" {
		return e.CreatorID
	}
	return PendingKey(e.Target)
}

// PendingKey is the entry key of a pending target.
func PendingKey(target string) string {
	if k, ok := Key(target); ok {
		return "target:" + k
	}
	return "target:" + strings.TrimSpace(target)
}

// ParseLines splits pasted text into targets: one per line (commas and
// whitespace also separate), blank lines and lines starting with # skipped,
// repeats dropped. It returns EINVALID naming the first line that is not a
// URL, PLATFORM:HANDLE or @user@instance.
func ParseLines(lines []string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for i, line := range lines {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		for _, t := range strings.FieldsFunc(line, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
			k, ok := Key(t)
			if !ok {
				return nil, scout.Errorf(scout.EINVALID, "line %d: %q is not a URL, PLATFORM:HANDLE or @user@instance", i+1, t)
			}
			if !seen[k] {
				seen[k] = true
				out = append(out, t)
			}
		}
	}
	return out, nil
}

// Key normalises a pasted target to one matching key, so that the
// spellings of one account meet: "https://bsky.app/profile/Alice.bsky.social"
// and "bluesky:@alice.bsky.social" both give "bluesky:alice.bsky.social",
// "https://example.social/@bob" and "mastodon:@bob@example.social" give
// "fedi:bob@example.social", and any other URL gives "url:HOST/PATH"
// (lower-case host without www., no scheme, query or trailing slash).
// ok is false for text that is none of these.
func Key(target string) (key string, ok bool) {
	keys := keysOf(strings.TrimSpace(target))
	if len(keys) == 0 {
		return "", false
	}
	return keys[0], true
}

// Keys returns every key a pasted target may match (its Key
// first), or nil when it is not a target.
func Keys(target string) []string { return keysOf(strings.TrimSpace(target)) }

// AccountKeys returns the keys under which an account is found by a pasted
// target: its id, its URL and its handle in PLATFORM:HANDLE form.
func AccountKeys(a *scout.Account) []string {
	var keys []string
	if a.ID != "" {
		keys = append(keys, "id:"+strings.ToLower(a.ID))
	}
	host := ""
	if a.URL != "" {
		keys = append(keys, keysOf(a.URL)...)
		if u, err := url.Parse(a.URL); err == nil {
			host = strings.ToLower(u.Host)
		}
	}
	h := strings.ToLower(strings.TrimPrefix(strings.TrimSpace(a.Handle), "@"))
	if h == "" {
		return keys
	}
	switch a.Platform {
	case scout.PlatformMastodon, scout.PlatformFediverse, scout.PlatformPixelfed, scout.PlatformLemmy:
		if !strings.Contains(h, "@") && host != "" {
			h += "@" + host
		}
		keys = append(keys, "fedi:"+h)
	case scout.PlatformWeb:
	default:
		keys = append(keys, string(a.Platform)+":"+h)
	}
	return keys
}

func keysOf(s string) []string {
	if s == "" || strings.ContainsAny(s, " \t\r\n") {
		return nil
	}
	lower := strings.ToLower(s)
	if strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") {
		return urlKeys(s)
	}
	if strings.HasPrefix(s, "@") { // @user@instance
		if user, inst, ok := strings.Cut(lower[1:], "@"); ok && user != "" && strings.Contains(inst, ".") {
			return []string{"fedi:" + user + "@" + inst}
		}
		return nil
	}
	platform, rest, ok := strings.Cut(lower, ":")
	if !ok || rest == "" || !isWord(platform) || strings.HasPrefix(rest, "/") || urlSchemes[platform] {
		return nil // not PLATFORM:HANDLE; "ftp://…", "javascript:…" and the like are no targets
	}
	rest = strings.TrimPrefix(rest, "@")
	if rest == "" {
		return nil
	}
	id := []string{"id:" + lower}
	switch scout.Platform(platform) {
	case scout.PlatformMastodon, scout.PlatformFediverse, scout.PlatformPixelfed, scout.PlatformLemmy:
		user, instance, ok := strings.Cut(rest, "@")
		if !ok || !isHandle(user) || !isInstance(instance) {
			return nil
		}
		return append([]string{"fedi:" + rest}, id...)
	case scout.PlatformWeb:
		keys := urlKeys(strings.TrimPrefix(s[len(platform)+1:], "@"))
		if keys == nil {
			return nil
		}
		return append(keys, id...)
	case scout.PlatformBluesky:
		if !isHandle(rest) && !isDID(rest) {
			return nil
		}
	default:
		if !isHandle(rest) {
			return nil // "bluesky:javascript:alert(5)", "youtube:@a/b"
		}
	}
	return append([]string{platform + ":" + rest}, id...)
}

// isHandle reports whether h is a plausible account handle on any
// platform: letters, digits, "_", "." and "-" only, so nothing that could
// be read as a scheme, a path or a host:port.
func isHandle(h string) bool {
	if h == "" {
		return false
	}
	for _, r := range h {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '.' && r != '-' {
			return false
		}
	}
	return true
}

// isInstance reports whether s is host[:port] of a fediverse server.
func isInstance(s string) bool {
	host, port, hasPort := strings.Cut(s, ":")
	if !strings.Contains(host, ".") || !isHandle(host) {
		return false
	}
	if hasPort {
		if _, err := strconv.ParseUint(port, 10, 16); err != nil {
			return false
		}
	}
	return true
}

// isDID reports whether s has the DID syntax did:METHOD:ID (lower case, as
// keysOf sees it).
func isDID(s string) bool {
	method, id, ok := strings.Cut(strings.TrimPrefix(s, "did:"), ":")
	if !ok || !strings.HasPrefix(s, "did:") || method == "" || id == "" {
		return false
	}
	for _, r := range method {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	for _, r := range id {
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') && !strings.ContainsRune("._:%-", r) {
			return false
		}
	}
	return true
}

func urlKeys(s string) []string {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	path := strings.TrimRight(u.EscapedPath(), "/")
	keys := []string{}
	segs := strings.Split(strings.TrimPrefix(path, "/"), "/")
	switch {
	case host == "bsky.app" && len(segs) >= 2 && segs[0] == "profile":
		keys = append(keys, "bluesky:"+strings.ToLower(segs[1]))
	case (host == "youtube.com" || host == "m.youtube.com") && len(segs) >= 1 && strings.HasPrefix(segs[0], "@"):
		keys = append(keys, "youtube:"+strings.ToLower(segs[0][1:]))
	case (host == "youtube.com" || host == "m.youtube.com") && len(segs) >= 2 && segs[0] == "channel":
		keys = append(keys, "youtube:"+strings.ToLower(segs[1]))
	case len(segs) == 1 && strings.HasPrefix(segs[0], "@") && len(segs[0]) > 1:
		keys = append(keys, "fedi:"+strings.ToLower(segs[0][1:])+"@"+host)
	case len(segs) == 2 && segs[0] == "users" && segs[1] != "":
		keys = append(keys, "fedi:"+strings.ToLower(segs[1])+"@"+host)
	}
	return append(keys, "url:"+host+strings.ToLower(path))
}

func isWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') && r != '_' && r != '-' {
			return false
		}
	}
	return true
}
