package pixelfed

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/source"
)

// Defaults of the Pixelfed adapter.
const (
	// Software is the NodeInfo software.name of Pixelfed servers: the
	// adapter claims URLs on hosts whose probe answered it.
	Software = "pixelfed"
	// DefaultRate is the request rate per server, the Mastodon default
	// Pixelfed keeps (300 requests per 5 minutes per IP address).
	DefaultRate = 1.0
	// DefaultPosts bounds the posts read per account (two pages).
	DefaultPosts = 48
	// pageSize is the largest page of Pixelfed's statuses endpoint.
	pageSize = 24
)

// Adapter reads Pixelfed accounts. The zero value works with the defaults.
type Adapter struct {
	// MaxPosts bounds the posts read; DefaultPosts when 0.
	MaxPosts int
	// Now is the clock for FetchedAt; time.Now when nil.
	Now func() time.Time
}

var _ crawler.Adapter = (*Adapter)(nil)

// Platform returns scout.PlatformPixelfed.
func (a *Adapter) Platform() scout.Platform { return scout.PlatformPixelfed }

// target is an account on a Pixelfed server.
type target struct {
	user, instance, base string
	url                  bool // given as a profile URL, not as a handle
}

// reUser is a Pixelfed user name.
var reUser = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.-]{0,29}$`)

// reInstance is host[:port] of a server.
var reInstance = regexp.MustCompile(`^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?$`)

// reserved are first path segments of Pixelfed's own pages, never users.
var reserved = map[string]bool{
	"i": true, "p": true, "c": true, "discover": true, "site": true, "login": true, "register": true,
	"settings": true, "stories": true, "api": true, "oauth": true, "storage": true, "account": true,
	"admin": true, "explore": true, "groups": true, "about": true, "privacy": true, "terms": true,
}

// parse reads pixelfed:@USER@SERVER (the @ optional) and, on a host the
// host is asked (HostProber), https://SERVER/USER, /@USER and /users/USER.
func (a *Adapter) parse(raw string) (target, bool) {
	raw = strings.TrimSpace(raw)
	if rest, ok := cutPrefixFold(raw, "pixelfed:"); ok {
		user, inst, ok := strings.Cut(strings.TrimPrefix(rest, "@"), "@")
		inst = strings.ToLower(inst)
		if !ok || !reUser.MatchString(user) || !reInstance.MatchString(inst) || !strings.ContainsAny(inst, ".:") {
			return target{}, false
		}
		return target{user: user, instance: inst, base: "https://" + inst}, true
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return target{}, false
	}
	host := strings.ToLower(u.Host)
	segs := strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' })
	user := ""
	switch {
	case len(segs) == 1 && !reserved[strings.ToLower(segs[0])]:
		user = strings.TrimPrefix(segs[0], "@")
	case len(segs) == 2 && segs[0] == "users":
		user = segs[1]
	}
	if !reUser.MatchString(user) {
		return target{}, false
	}
	return target{user: user, instance: host, base: strings.ToLower(u.Scheme) + "://" + host, url: true}, true
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// ProbeBase implements crawler.HostProber: a profile URL's shape proves
// nothing on its own, so its host is asked what it runs; pixelfed: targets
// need no probe.
func (a *Adapter) ProbeBase(raw string) string {
	t, ok := a.parse(raw)
	if !ok || !t.url {
		return ""
	}
	return t.base
}

// AcceptsHost implements crawler.HostProber: a host whose NodeInfo names
// Pixelfed.
func (a *Adapter) AcceptsHost(h *scout.HostInfo) bool { return h.Software == Software }

// Match claims pixelfed:@USER@SERVER targets and profile URLs on hosts
// Pixelfed hosts (see AcceptsHost); the host key is the server.
func (a *Adapter) Match(raw string) (string, bool) {
	t, ok := a.parse(raw)
	return t.instance, ok
}

func (a *Adapter) now() time.Time { return source.NowOr(a.Now) }

// Fetch reads the account through the lookup, then its recent posts.
// Only the lookup decides the result; posts that cannot be read are a
// warning on a profile that is still stored.
func (a *Adapter) Fetch(ctx context.Context, client *http.Client, raw string) *scout.CrawlResult {
	res := &scout.CrawlResult{URL: raw, FetchedAt: a.now()}
	t, ok := a.parse(raw)
	if !ok {
		return crawler.Failed(res, scout.FailBlocked, fmt.Errorf("pixelfed: %q is not a Pixelfed account", raw))
	}
	pageCtx := ctx
	apiCtx := crawler.WithAPI(ctx, DefaultRate)
	var acct account
	lookup := t.base + "/api/v1/accounts/lookup?" + url.Values{"acct": {t.user}}.Encode()
	if err := crawler.GetJSON(apiCtx, client, lookup, "application/json", &acct); err != nil {
		return crawler.APIFailure(res, err)
	}
	if acct.ID == "" {
		return crawler.Failed(res, scout.FailParse, errors.New("pixelfed: lookup answered without an account id"))
	}
	res.Status = http.StatusOK
	p := &scout.Profile{Account: acct.account(t, res.FetchedAt), FetchedAt: res.FetchedAt}
	p.SourceURL = p.Account.URL
	if readPosts, _ := crawler.TierReads(ctx); readPosts {
		posts, err := a.statuses(pageCtx, apiCtx, client, t, acct.ID, p.Account.ID)
		if err != nil {
			res.Warnings = append(res.Warnings, crawler.APIWarning(err))
		}
		p.Posts = posts
	}
	res.Profile = p
	return res
}

// statuses reads the account's recent posts, newest first, paged by
// max_id: from Pixelfed's own profile API, or, when the server refuses
// that one, from the Mastodon-compatible endpoint. An error after the
// first page keeps what was read.
func (a *Adapter) statuses(pageCtx, apiCtx context.Context, client *http.Client, t target, id, accountID string) ([]scout.Post, error) {
	maxPosts := source.OrDefault(a.MaxPosts, DefaultPosts)
	paths := []struct {
		ctx  context.Context
		path string
	}{
		{pageCtx, "/api/pixelfed/v1/accounts/" + url.PathEscape(id) + "/statuses"},
		{apiCtx, "/api/v1/accounts/" + url.PathEscape(id) + "/statuses"},
	}
	var firstErr error
	for _, ep := range paths {
		posts, err := a.page(ep.ctx, client, t, t.base+ep.path, maxPosts, accountID)
		if err == nil || len(posts) > 0 {
			return posts, err
		}
		var ae *crawler.APIError
		if !errors.As(err, &ae) || !refused(ae) {
			return nil, err
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	return nil, firstErr
}

// refused reports whether an endpoint is closed to anonymous callers or
// missing on this server, so the other one is worth a try.
func refused(ae *crawler.APIError) bool {
	switch ae.Kind {
	case scout.FailAuth, scout.FailNotFound, scout.FailNotHTML, scout.FailRobots:
		return true
	}
	return false
}

// page pages through one statuses endpoint.
func (a *Adapter) page(ctx context.Context, client *http.Client, t target, endpoint string, maxPosts int, accountID string) ([]scout.Post, error) {
	var posts []scout.Post
	seen := map[string]bool{}
	maxID := ""
	for len(posts) < maxPosts && ctx.Err() == nil {
		q := url.Values{"limit": {strconv.Itoa(min(pageSize, maxPosts-len(posts)))}}
		if maxID != "" {
			q.Set("max_id", maxID)
		}
		var page []status
		if err := crawler.GetJSON(ctx, client, endpoint+"?"+q.Encode(), "application/json", &page); err != nil {
			return posts, err
		}
		for _, s := range page {
			if len(posts) == maxPosts {
				break
			}
			if p, ok := s.post(t, accountID); ok && !seen[p.ID] {
				seen[p.ID] = true
				posts = append(posts, p)
			}
		}
		if len(page) == 0 || page[len(page)-1].ID == maxID {
			break
		}
		maxID = page[len(page)-1].ID
	}
	return posts, nil
}
