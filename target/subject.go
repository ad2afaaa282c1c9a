package target

import (
	"slices"
	"strings"

	"github.com/scout-oss/scout"
)

// CreatorSubjectKey is the identifier of a creator id on the suppression
// list (ids share no namespace with handles, so they get a prefix).
func CreatorSubjectKey(id string) string {
	if id == "" {
		return ""
	}
	return "creator:" + strings.ToLower(id)
}

// SubjectKeys returns the identifiers a reference to a person (a creator
// id, a URL, PLATFORM:HANDLE or @user@instance) is suppressed and looked
// up under: its Keys, and the creator key for anything that looks like a
// creator id.
func SubjectKeys(ref string) []string {
	ref = strings.TrimSpace(ref)
	keys := Keys(ref)
	if looksLikeCreatorID(ref) {
		keys = append(keys, CreatorSubjectKey(ref))
	}
	return keys
}

// ProfileSubjectKeys returns the identifiers of a crawled or imported
// profile: its account's (AccountKeys: its id, its profile URL and its
// handle in PLATFORM:HANDLE form, so a later crawl of the same person by
// any of them is recognised) and those of the URLs it was fetched from.
func ProfileSubjectKeys(p *scout.Profile, urls ...string) []string {
	var keys []string
	if p != nil {
		keys = append(keys, AccountKeys(&p.Account)...)
		if p.Account.CreatorID != "" {
			keys = append(keys, CreatorSubjectKey(p.Account.CreatorID))
		}
		urls = append(urls, p.SourceURL, p.Account.URL)
	}
	for _, u := range urls {
		keys = append(keys, Keys(u)...)
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// looksLikeCreatorID reports whether s has the shape of the ids of
// scout.NewCreatorID ("c" and 16 base32 letters or digits).
func looksLikeCreatorID(s string) bool {
	if len(s) < 2 || s[0] != 'c' || len(s) > 64 {
		return false
	}
	for _, r := range s[1:] {
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}
