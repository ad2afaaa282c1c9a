package lemmy

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

// Defaults of the Lemmy adapter.
const (
	// Software is the NodeInfo software.name of Lemmy servers: the adapter
	// claims URLs on hosts whose probe answered it.
	Software = "lemmy"
	// DefaultRate is the request rate per server. Lemmy's default limit
	// for reads is 180 per minute per IP address; Scout stays at 1/s.
	DefaultRate = 1.0
	// DefaultItems is how many recent posts and how many recent comments
	// are read (the API's page holds at most 50 of each).
	DefaultItems = 40
	maxItems     = 50
)

// Adapter reads Lemmy users. The zero value works with the defaults.
type Adapter struct {
	// MaxItems bounds the posts and, separately, the comments read;
	// DefaultItems when 0, at most 50.
	MaxItems int
	// Now is the clock for FetchedAt; time.Now when nil.
	Now func() time.Time
}

var _ crawler.Adapter = (*Adapter)(nil)

// Platform returns scout.PlatformLemmy.
func (a *Adapter) Platform() scout.Platform { return scout.PlatformLemmy }

// target is a user as read on one server: user may be NAME@OTHER for a
// user of another server that this one knows.
type target struct {
	user, instance, base string
	url                  bool // given as a profile URL, not as a handle
}

var (
	// reUser is a Lemmy user name (letters, digits, underscore).
	reUser = regexp.MustCompile(`^[A-Za-z0-9_]{1,30}$`)
	// reInstance is host[:port] of a server.
	reInstance = regexp.MustCompile(`^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?$`)
)

// parse reads lemmy:@USER@SERVER (the @ optional) and, on a host the probe
// names Lemmy, https://SERVER/u/USER and /u/USER@OTHER.
func (a *Adapter) parse(raw string) (target, bool) {
	raw = strings.TrimSpace(raw)
	if len(raw) > len("lemmy:") && strings.EqualFold(raw[:len("lemmy:")], "lemmy:") {
		user, inst, ok := strings.Cut(strings.TrimPrefix(raw[len("lemmy:"):], "@"), "@")
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
	if len(segs) != 2 || segs[0] != "u" {
		return target{}, false
	}
	user, other, remote := strings.Cut(segs[1], "@")
	if !reUser.MatchString(user) || remote && !reInstance.MatchString(strings.ToLower(other)) {
		return target{}, false
	}
	return target{user: segs[1], instance: host, base: strings.ToLower(u.Scheme) + "://" + host, url: true}, true
}

// ProbeBase implements crawler.HostProber: a profile URL's shape proves
// nothing on its own, so its host is asked what it runs; lemmy: targets
// need no probe.
func (a *Adapter) ProbeBase(raw string) string {
	t, ok := a.parse(raw)
	if !ok || !t.url {
		return ""
	}
	return t.base
}

// AcceptsHost implements crawler.HostProber: a host whose NodeInfo names
// Lemmy.
func (a *Adapter) AcceptsHost(h *scout.HostInfo) bool { return h.Software == Software }

// Match claims lemmy:@USER@SERVER targets and /u/ URLs on hosts the probe
// names Lemmy; the host key is the server.
func (a *Adapter) Match(raw string) (string, bool) {
	t, ok := a.parse(raw)
	return t.instance, ok
}

// notFoundCodes are the Lemmy API errors that mean there is no such user.
var notFoundCodes = map[string]bool{
	"couldnt_find_person": true, "couldnt_find_that_username_or_email": true, "not_found": true,
}

// Fetch reads the user, their recent posts and comments in one call.
func (a *Adapter) Fetch(ctx context.Context, client *http.Client, raw string) *scout.CrawlResult {
	res := &scout.CrawlResult{URL: raw, FetchedAt: source.NowOr(a.Now)}
	t, ok := a.parse(raw)
	if !ok {
		return crawler.Failed(res, scout.FailBlocked, fmt.Errorf("lemmy: %q is not a Lemmy user", raw))
	}
	limit := min(source.OrDefault(a.MaxItems, DefaultItems), maxItems)
	q := url.Values{"username": {t.user}, "sort": {"New"}, "page": {"1"}, "limit": {strconv.Itoa(limit)}}
	if readPosts, _ := crawler.TierReads(ctx); !readPosts {
		q.Set("limit", "1") // the counts come with the person; one item of each is the least the API sends
	}
	var d details
	if err := crawler.GetJSON(crawler.WithAPI(ctx, DefaultRate), client, t.base+"/api/v3/user?"+q.Encode(), "application/json", &d); err != nil {
		var ae *crawler.APIError
		if errors.As(err, &ae) && notFoundCodes[ae.Code] {
			ae.Kind = scout.FailNotFound
		}
		return crawler.APIFailure(res, err)
	}
	res.Status = http.StatusOK
	person := d.PersonView.Person
	if person.ActorID == "" && person.Name == "" {
		return crawler.Failed(res, scout.FailParse, errors.New("lemmy: the answer names no person"))
	}
	if person.Deleted {
		return crawler.Failed(res, scout.FailNotFound, errors.New("lemmy: account deleted"))
	}
	p := &scout.Profile{Account: d.account(t, res.FetchedAt), FetchedAt: res.FetchedAt}
	p.SourceURL = p.Account.URL
	if person.Banned {
		res.Warnings = append(res.Warnings, scout.Failure{URL: raw, Kind: scout.FailBlocked, Message: "lemmy: the user is banned on " + t.instance})
	}
	if readPosts, _ := crawler.TierReads(ctx); readPosts {
		p.Posts = d.posts(p.Account.ID)
	}
	res.Profile = p
	return res
}
