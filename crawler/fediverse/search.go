package fediverse

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/source"
	"github.com/scout-oss/scout/target"
)

// MastodonSearcher finds accounts on the listed Mastodon instances: the
// authors of recent public posts under hashtags made from the query
// (/api/v1/timelines/tag/:tag: "vegan baking" reads #veganbaking, #vegan
// and #baking), and the instance's profile directory (/api/v1/directory)
// filtered to profiles whose name, bio or fields contain every query word.
// Mastodon has no public full-text account search without a login.
type MastodonSearcher struct {
	// Instances are the servers asked, as host names (example.social) or
	// base URLs (http://127.0.0.1:8080 for a fixture server).
	Instances []string
	// DirectoryPages bounds the directory pages (80 profiles each) read
	// per instance; 2 when 0, none when negative.
	DirectoryPages int
	// Now stamps FoundVia.At; time.Now when nil.
	Now func() time.Time
}

var _ crawler.Searcher = (*MastodonSearcher)(nil)

// mastodonTagPage and mastodonDirectoryPage are the endpoints' page caps.
const (
	mastodonTagPage       = 40
	mastodonDirectoryPage = 80
)

// Search implements crawler.Searcher. Candidates are interleaved over instances
// and sources, hashtag authors first.
func (s *MastodonSearcher) Search(ctx context.Context, client *http.Client, query string, limit int) ([]crawler.Candidate, []scout.Failure) {
	ctx = crawler.WithAPI(ctx, DefaultMastodonRate)
	at := source.NowOr(s.Now)
	words, tags := QueryTags(query)
	var lists [][]crawler.Candidate
	var warns []scout.Failure
	for _, inst := range s.Instances {
		base, host, err := instanceBase(inst)
		if err != nil {
			warns = append(warns, scout.Failure{URL: inst, Kind: scout.FailBlocked, Message: err.Error()})
			continue
		}
		for _, tag := range tags {
			var statuses []mastoStatus
			u := base + "/api/v1/timelines/tag/" + url.PathEscape(tag) + "?limit=" + strconv.Itoa(mastodonTagPage)
			if err := crawler.GetJSON(ctx, client, u, "application/json", &statuses); err != nil {
				warns = append(warns, crawler.APIWarning(err))
				continue
			}
			var list []crawler.Candidate
			for _, st := range statuses {
				a := st.Account
				if st.Reblog != nil {
					a = st.Reblog.Account
				}
				if c, ok := mastoCandidate(a, base); ok {
					c.FoundVia = scout.FoundVia{Kind: scout.FoundSearch, Query: query,
						Source: "mastodon:" + host + "/tags/" + tag, Target: c.Target, At: at}
					list = append(list, c)
				}
			}
			lists = append(lists, list)
		}
		pages := s.DirectoryPages
		if pages == 0 {
			pages = 2
		}
		var list []crawler.Candidate
		for page := range max(pages, 0) {
			var accounts []mastoAccount
			u := base + "/api/v1/directory?" + url.Values{"limit": {strconv.Itoa(mastodonDirectoryPage)},
				"offset": {strconv.Itoa(page * mastodonDirectoryPage)}, "order": {"active"}}.Encode()
			if err := crawler.GetJSON(ctx, client, u, "application/json", &accounts); err != nil {
				warns = append(warns, crawler.APIWarning(err))
				break
			}
			for _, a := range accounts {
				if !profileMatches(a, words, tags) {
					continue
				}
				if c, ok := mastoCandidate(a, base); ok {
					c.FoundVia = scout.FoundVia{Kind: scout.FoundSearch, Query: query,
						Source: "mastodon:" + host + "/directory", Target: c.Target, At: at}
					list = append(list, c)
				}
			}
			if len(accounts) < mastodonDirectoryPage {
				break
			}
		}
		lists = append(lists, list)
	}
	return interleave(lists, limit), warns
}

// QueryTags turns a search query into its lower-case words and the
// hashtags made from them: all words run together first ("vegan baking"
// → veganbaking), then each word of three letters or more.
func QueryTags(query string) (words, tags []string) {
	for _, w := range strings.FieldsFunc(strings.ToLower(query), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		words = append(words, w)
	}
	if len(words) == 0 {
		return nil, nil
	}
	tags = append(tags, strings.Join(words, ""))
	if len(words) > 1 {
		for _, w := range words {
			if len([]rune(w)) >= 3 && len(tags) < 4 && !slices.Contains(tags, w) {
				tags = append(tags, w)
			}
		}
	}
	return words, tags
}

// profileMatches reports whether a directory profile is about the query:
// its name, bio and fields contain every query word, or the run-together
// hashtag.
func profileMatches(a mastoAccount, words, tags []string) bool {
	var b strings.Builder
	b.WriteString(strings.ToLower(a.DisplayName + " " + source.PlainText(a.Note, source.MaxBioRunes)))
	for _, f := range a.Fields {
		b.WriteString(" " + strings.ToLower(f.Name+" "+source.PlainText(f.Value, source.MaxBioRunes)))
	}
	text := b.String()
	if len(tags) > 0 && strings.Contains(text, "#"+tags[0]) {
		return true
	}
	for _, w := range words {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return len(words) > 0
}

// mastoCandidate makes a candidate of an account seen on the instance at
// base: its profile URL, which the Mastodon adapter reads.
func mastoCandidate(a mastoAccount, base string) (crawler.Candidate, bool) {
	u := source.AbsURL(nil, a.URL, false)
	if u == "" && a.Username != "" {
		u = base + "/@" + a.Username
	}
	if _, err := target.Parse(u); err != nil || a.Suspended {
		return crawler.Candidate{}, false
	}
	return crawler.Candidate{Target: u}, true
}

// instanceBase reads an --mastodon-instances entry: a host name
// (https://HOST) or a base URL.
func instanceBase(s string) (base, host string, err error) {
	s = strings.TrimRight(strings.TrimSpace(s), "/")
	if !strings.Contains(s, "://") {
		s = "https://" + s
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Path != "" {
		return "", "", fmt.Errorf("mastodon instance %q: want a host name or a base URL", s)
	}
	return u.Scheme + "://" + strings.ToLower(u.Host), strings.ToLower(u.Host), nil
}

// interleave takes one candidate from each list in turn, skipping targets
// already taken, until max.
func interleave(lists [][]crawler.Candidate, max int) []crawler.Candidate {
	var out []crawler.Candidate
	seen := map[string]bool{}
	for i := 0; len(out) < max; i++ {
		more := false
		for _, l := range lists {
			if i >= len(l) {
				continue
			}
			more = true
			if k := crawler.TargetKey(l[i].Target); !seen[k] && len(out) < max {
				seen[k] = true
				out = append(out, l[i])
			}
		}
		if !more {
			break
		}
	}
	return out
}
