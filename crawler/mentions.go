package crawler

import (
	"regexp"
	"slices"
	"strings"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/target"
)

// maxMentions bounds the mention targets kept per profile: a snowball
// should widen by the people a creator talks to, not by every name in a
// long feed.
const maxMentions = 25

// AppendMentions appends the targets not yet in list, up to maxMentions.
func AppendMentions(list []string, add ...string) []string {
	for _, t := range add {
		if len(list) >= maxMentions {
			break
		}
		if t != "" && !slices.Contains(list, t) {
			list = append(list, t)
		}
	}
	return list
}

var (
	// reTextBlueskyMention is an @handle in a Bluesky post's text: the
	// text a mention facet covers. The handle is a DNS name.
	reTextBlueskyMention = regexp.MustCompile(`(?:^|[\s(\[])@([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+)`)
	// reTextFediMention is a full fediverse handle, @user@instance.
	reTextFediMention = regexp.MustCompile(`(?:^|[\s(\[])@([A-Za-z0-9_][A-Za-z0-9_.-]{0,63})@([a-zA-Z0-9](?:[a-zA-Z0-9.-]*[a-zA-Z0-9])?\.[a-zA-Z]{2,})`)
)

// MentionTargets returns the crawl targets of the accounts p's own posts
// mention or link to: the mentions the adapter marked (Profile.Mentions),
// @handles in Bluesky post texts (what mention facets cover), full
// @user@instance handles in any text, and post links to profiles that
// ParseTarget recognises. The account itself is left out, and so are
// reposts and boosts (someone else's words). At most maxMentions.
func MentionTargets(p *scout.Profile) []string {
	if p == nil {
		return nil
	}
	out := AppendMentions(nil, p.Mentions...)
	for _, post := range p.Posts {
		if post.IsRepost {
			continue
		}
		if p.Account.Platform == scout.PlatformBluesky {
			for _, m := range reTextBlueskyMention.FindAllStringSubmatch(post.Text, -1) {
				h := strings.TrimRight(m[1], ".")
				if t, err := target.Parse("bluesky:" + h); err == nil {
					out = AppendMentions(out, t.String())
				}
			}
		}
		for _, m := range reTextFediMention.FindAllStringSubmatch(post.Text, -1) {
			if t, err := target.Parse("mastodon:@" + m[1] + "@" + m[2]); err == nil {
				out = AppendMentions(out, t.String())
			}
		}
		for _, l := range post.Links {
			if _, err := target.Parse(l); err == nil {
				out = AppendMentions(out, l)
			}
		}
	}
	return slices.DeleteFunc(out, func(t string) bool { return isSelf(p.Account, t) })
}

// isSelf reports whether target names account a itself.
func isSelf(a scout.Account, raw string) bool {
	if raw == a.URL {
		return true
	}
	t, err := target.Parse(raw)
	if err != nil || t.Platform != a.Platform && !(t.Platform == scout.PlatformMastodon && a.Platform == scout.PlatformFediverse) {
		return false
	}
	switch {
	case t.ID != "" && (scout.AccountID(a.Platform, t.ID) == a.ID):
		return true
	case t.Handle == "":
		return false
	case a.Platform == scout.PlatformBluesky:
		return strings.EqualFold(t.Handle, a.Handle)
	default:
		h := strings.TrimPrefix(a.Handle, "@")
		return strings.EqualFold(t.Handle+"@"+t.Instance, h) || strings.EqualFold(t.Handle, h) && strings.Contains(strings.ToLower(a.URL), "://"+t.Instance+"/")
	}
}
