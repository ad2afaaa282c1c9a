package threads

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/source"
)

// Defaults of the Threads adapter.
const (
	// DefaultBase is where WebFinger is asked: the domain of Threads'
	// fediverse handles (@USER@threads.net).
	DefaultBase = "https://threads.net"
	// Domain is the domain of the acct: URIs Threads answers for.
	Domain = "threads.net"
)

// ActorReader reads a fediverse account from its ActivityPub actor URL: the
// actor, its collections' sizes and its outbox; raw is the target the
// result is recorded against. crawler/fediverse's ActivityPub adapter is
// the one cmd/scout hands over.
type ActorReader interface {
	FetchActor(ctx context.Context, client *http.Client, actorURL, raw string) *scout.CrawlResult
}

// Adapter reads Threads accounts shared to the fediverse.
type Adapter struct {
	// Base is where WebFinger is asked; DefaultBase when empty. Tests point
	// it at a fixture server, whose own URLs the adapter then claims too.
	Base string
	// Reader reads the actor WebFinger names; required.
	Reader ActorReader
	// Now is the clock for FetchedAt; time.Now when nil.
	Now func() time.Time
}

var _ crawler.Adapter = (*Adapter)(nil)

// Platform returns scout.PlatformThreads.
func (a *Adapter) Platform() scout.Platform { return scout.PlatformThreads }

// threadsHosts are the hosts of Threads profile pages.
var threadsHosts = map[string]bool{
	"threads.net": true, "www.threads.net": true, "threads.com": true, "www.threads.com": true,
}

// reUser is a Threads (Instagram) user name.
var reUser = regexp.MustCompile(`^[A-Za-z0-9_.]{1,30}$`)

func (a *Adapter) base() string {
	if a.Base == "" {
		return DefaultBase
	}
	return strings.TrimRight(a.Base, "/")
}

// user reads threads:@USER, threads:USER and the profile URLs
// https://www.threads.net/@USER (any Threads host, with or without a
// /post/… tail), plus /@USER URLs on Base.
func (a *Adapter) user(raw string) (string, bool) {
	raw = strings.TrimSpace(raw)
	if len(raw) > len("threads:") && strings.EqualFold(raw[:len("threads:")], "threads:") {
		u := strings.TrimPrefix(raw[len("threads:"):], "@")
		return strings.ToLower(u), reUser.MatchString(u)
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return "", false
	}
	host := strings.ToLower(u.Host)
	if !threadsHosts[host] {
		b, err := url.Parse(a.base())
		if err != nil || !strings.EqualFold(b.Host, host) {
			return "", false
		}
	}
	segs := strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' })
	if len(segs) == 0 || !strings.HasPrefix(segs[0], "@") || len(segs) > 3 || len(segs) > 1 && segs[1] != "post" {
		return "", false
	}
	name := strings.TrimPrefix(segs[0], "@")
	return strings.ToLower(name), reUser.MatchString(name)
}

// Match claims threads: targets and Threads profile URLs; all share the
// host key of Base, where every lookup starts.
func (a *Adapter) Match(raw string) (string, bool) {
	if _, ok := a.user(raw); !ok {
		return "", false
	}
	b, err := url.Parse(a.base())
	if err != nil {
		return "", false
	}
	return crawler.HostKey(b), true
}

// Fetch finds the account's actor with WebFinger and reads it through
// Reader.
func (a *Adapter) Fetch(ctx context.Context, client *http.Client, raw string) *scout.CrawlResult {
	res := &scout.CrawlResult{URL: raw, FetchedAt: source.NowOr(a.Now)}
	user, ok := a.user(raw)
	if !ok {
		return crawler.Failed(res, scout.FailBlocked, fmt.Errorf("threads: %q is not a Threads account", raw))
	}
	if a.Reader == nil {
		return crawler.Failed(res, scout.FailBlocked, errors.New("threads: no ActivityPub reader configured"))
	}
	actor, err := a.webFinger(ctx, client, user)
	if err != nil {
		var ae *crawler.APIError
		if errors.As(err, &ae) && ae.Kind == scout.FailNotFound {
			res.Status = ae.Status
			return crawler.Failed(res, scout.FailNotFound,
				fmt.Errorf("threads: @%s has not shared their profile to the fediverse (no ActivityPub actor): %w", user, err))
		}
		return crawler.APIFailure(res, err)
	}
	r := a.Reader.FetchActor(ctx, client, actor, raw)
	if r == nil {
		return crawler.Failed(res, scout.FailParse, errors.New("threads: the ActivityPub reader returned nothing"))
	}
	if r.Failure != nil && r.Failure.Kind == scout.FailAuth {
		r.Failure.Message = "threads: the actor is served only to signed requests, which Scout does not send: " + r.Failure.Message
	}
	if r.Profile != nil {
		relabel(r.Profile, user)
	}
	return r
}

// webFinger resolves acct:USER@threads.net to the actor URL.
func (a *Adapter) webFinger(ctx context.Context, client *http.Client, user string) (string, error) {
	u := a.base() + "/.well-known/webfinger?" + url.Values{"resource": {"acct:" + user + "@" + Domain}}.Encode()
	var jrd struct {
		Links []struct {
			Rel  string `json:"rel"`
			Type string `json:"type"`
			Href string `json:"href"`
		} `json:"links"`
	}
	if err := crawler.GetJSON(ctx, client, u, "application/jrd+json, application/json", &jrd); err != nil {
		return "", err
	}
	for _, l := range jrd.Links {
		if l.Rel == "self" && (strings.HasPrefix(l.Type, "application/activity+json") || strings.HasPrefix(l.Type, "application/ld+json")) {
			if href := source.AbsURL(nil, l.Href, false); href != "" {
				return href, nil
			}
		}
	}
	return "", &crawler.APIError{URL: u, Status: http.StatusOK, Kind: scout.FailNotFound, Message: "webfinger names no ActivityPub actor"}
}

// relabel files the profile the fediverse reader built under Threads:
// account id threads:ACTOR, the plain user name as the handle.
func relabel(p *scout.Profile, user string) {
	actor := strings.TrimPrefix(p.Account.ID, string(p.Account.Platform)+":")
	p.Account.ID = scout.AccountID(scout.PlatformThreads, actor)
	p.Account.Platform = scout.PlatformThreads
	p.Account.Handle = user
	for i := range p.Posts {
		p.Posts[i].AccountID = p.Account.ID
	}
}
