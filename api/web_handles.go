package api

import (
	"net/url"
	"strings"
	"unicode"

	"github.com/scout-oss/scout"
)

// accountTag is how a list row names one account, so that namesakes can be
// told apart at a glance: two "Alex Kim"s differ by handle and site, two
// "Sam Rivera"s by handle and platform.
type accountTag struct {
	Handle string // "@alexkim", "@nadia@social.example", or a site's host
	Where  string // the platform, and for the web the site's host
}

// maxRowTags bounds the accounts a row names; the creator page lists all.
const maxRowTags = 3

// accountTagsOf lists the tags of a creator's accounts, largest first as
// stored. It takes the account lists the templates hold ([]scout.Account
// or []CompactAccount) and returns nil for anything else.
func accountTagsOf(v any) []accountTag {
	var out []accountTag
	add := func(p scout.Platform, handle, u string) {
		if len(out) < maxRowTags {
			out = append(out, tagAccount(p, handle, u))
		}
	}
	switch as := v.(type) {
	case []scout.Account:
		for _, a := range as {
			add(a.Platform, a.Handle, a.URL)
		}
	case []CompactAccount:
		for _, a := range as {
			add(a.Platform, a.Handle, a.URL)
		}
	}
	return out
}

// tagAccount builds one account's tag. A handle that is a host name (a
// site's home page) is shown as it is; any other gets its "@". The web is
// many sites, so its tag names the site; a handle that already names its
// server (user@host) needs no site.
func tagAccount(p scout.Platform, handle, rawURL string) accountTag {
	host, name := "", ""
	if u, err := url.Parse(rawURL); err == nil {
		host = strings.TrimPrefix(strings.ToLower(u.Host), "www.") // with a port, when the URL has one
		name = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	h := strings.TrimSpace(handle)
	switch {
	case h == "":
		h = host
	case strings.EqualFold(strings.TrimPrefix(strings.ToLower(h), "www."), name) || strings.EqualFold(h, host):
		h = host
	case !strings.HasPrefix(h, "@"):
		h = "@" + h
	}
	where := string(p)
	if where == "" {
		where = "unknown platform"
	}
	if p == scout.PlatformWeb && host != "" && h != host && !strings.Contains(strings.TrimPrefix(h, "@"), "@") {
		where += " · " + host
	}
	return accountTag{Handle: h, Where: where}
}

// initials is the placeholder of a missing avatar: the first letters of
// the first and last words of the name ("Alex Kim" → "AK"), upper-cased.
func initials(name string) string {
	words := strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) == 0 {
		return "?"
	}
	first := []rune(words[0])[:1]
	out := string(first)
	if len(words) > 1 {
		out += string([]rune(words[len(words)-1])[:1])
	}
	return strings.ToUpper(out)
}

// avatarOf is the URL of Scout's own copy of the avatar of the largest
// account that has one, or "" (the page then shows initials). It takes
// the account lists the templates hold.
func avatarOf(v any) string {
	var accounts []scout.Account
	switch as := v.(type) {
	case []scout.Account:
		accounts = as
	case []CompactAccount:
		for _, a := range as {
			accounts = append(accounts, scout.Account{Followers: a.Followers, Avatar: a.Avatar})
		}
	}
	best := -1
	for i, a := range accounts {
		if a.Avatar != "" && (best < 0 || followersOf(a.Followers) > followersOf(accounts[best].Followers)) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return imageURL(accounts[best].Avatar)
}

func followersOf(p *int64) int64 {
	if p == nil {
		return -1
	}
	return *p
}
