package fediverse

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/source"
	"github.com/scout-oss/scout/target"
)

// Defaults of the ActivityPub adapter.
const (
	// DefaultActivityPubPosts bounds the outbox items read.
	DefaultActivityPubPosts = 40
	// DefaultOutboxPages bounds the outbox pages fetched.
	DefaultOutboxPages = 3
)

// activityJSON is the Accept header of ActivityPub requests, as the spec
// asks clients to send it (either type is accepted by servers).
const activityJSON = `application/activity+json, application/ld+json; profile="https://www.w3.org/ns/activitystreams"`

// ActivityPub reads fediverse accounts on servers without the Mastodon API
// (PeerTube, Misskey, Pleroma without the lookup endpoint, ...) from their
// public ActivityPub documents: the actor (found with WebFinger when the
// target names no actor URL), the totalItems of its followers and
// following collections, and its outbox pages. Accounts are keyed by actor
// URI under the platform "fediverse". Outboxes carry no like or reply
// counts on most servers, so those stay unknown; the Mastodon adapter is
// the richer path where the API exists.
type ActivityPub struct {
	// MaxPosts bounds the outbox items read; DefaultActivityPubPosts when 0.
	MaxPosts int
	// MaxPages bounds the outbox pages fetched; DefaultOutboxPages when 0.
	MaxPages int
	// Now is the clock for FetchedAt; time.Now when nil.
	Now func() time.Time
	// Domains maps a server's address to the domain its handles are
	// known by (see Mastodon.Domains).
	Domains map[string]string
}

// handleDomain rewrites the domain of handle (user@host) by domains; a
// host that domains does not name is kept.
func handleDomain(domains map[string]string, handle string) string {
	user, host, ok := strings.Cut(handle, "@")
	if !ok {
		return handle
	}
	if d, ok := domains[strings.ToLower(host)]; ok && d != "" {
		return user + "@" + d
	}
	return handle
}

var _ crawler.Adapter = (*ActivityPub)(nil)

// Platform returns scout.PlatformFediverse.
func (a *ActivityPub) Platform() scout.Platform { return scout.PlatformFediverse }

// Match claims fediverse:@USER@INSTANCE and PeerTube account and channel
// URLs (/a/NAME, /c/NAME, ...); the host key is the instance.
func (a *ActivityPub) Match(raw string) (string, bool) {
	t, err := target.Parse(raw)
	if err != nil || t.Platform != scout.PlatformFediverse {
		return "", false
	}
	return t.Instance, true
}

var _ crawler.HostProber = (*ActivityPub)(nil)

// ProbeBase implements crawler.HostProber: /a/NAME and /c/NAME are common
// paths on ordinary sites, so a URL is the adapter's only when its host is
// a fediverse server; fediverse:@USER@INSTANCE targets are not probed.
func (a *ActivityPub) ProbeBase(raw string) string { return probeBase(raw) }

// AcceptsHost implements crawler.HostProber: a server that speaks
// ActivityPub.
func (a *ActivityPub) AcceptsHost(h *scout.HostInfo) bool { return h.Fediverse() }

func (a *ActivityPub) now() time.Time {
	if a.Now == nil {
		return time.Now()
	}
	return a.Now()
}

// Fetch reads the target's actor, collection sizes and outbox. It
// declines a URL whose host turns out to serve no ActivityPub actor there
// (an ordinary site with /c/NAME paths whose probe failed), so the crawl
// reads it as a web page.
func (a *ActivityPub) Fetch(ctx context.Context, client *http.Client, raw string) *scout.CrawlResult {
	t, err := target.Parse(raw)
	if err != nil || (t.Platform != scout.PlatformFediverse && t.Platform != scout.PlatformMastodon) {
		return crawler.Failed(&scout.CrawlResult{URL: raw, FetchedAt: a.now()}, scout.FailBlocked,
			errors.New("activitypub: not a fediverse target"))
	}
	r := a.fetchTarget(ctx, client, t, raw)
	if t.URL != "" && notFediverse(r) {
		return nil
	}
	return r
}

// FetchActor reads the account whose ActivityPub actor is at actorURL:
// the actor, its collections' sizes and its outbox, as Fetch does after
// WebFinger. raw is the target the result is recorded against. Sources
// that find an actor their own way read it through this (cmd/scout hands
// the Threads adapter this method as its actor reader).
func (a *ActivityPub) FetchActor(ctx context.Context, client *http.Client, actorURL, raw string) *scout.CrawlResult {
	return a.fetchTarget(ctx, client, target.Target{ID: actorURL}, raw)
}

// fetchTarget reads the account t names; the Mastodon adapter calls it for
// servers without the Mastodon API.
func (a *ActivityPub) fetchTarget(ctx context.Context, client *http.Client, t target.Target, raw string) *scout.CrawlResult {
	res := &scout.CrawlResult{URL: raw, FetchedAt: a.now()}
	actorURL := t.ID
	if actorURL == "" {
		u, err := webFinger(ctx, client, t)
		if err != nil {
			return crawler.APIFailure(res, err)
		}
		actorURL = u
	}
	var actor apActor
	if err := crawler.GetJSON(ctx, client, actorURL, activityJSON, &actor); err != nil {
		return crawler.APIFailure(res, err)
	}
	res.Status = http.StatusOK
	au, err := url.Parse(actorURL)
	if err != nil {
		return crawler.Failed(res, scout.FailParse, fmt.Errorf("activitypub: actor url: %w", err))
	}
	// An actor may only speak for its own server: an id on another host
	// is not trusted as the stable key (www.HOST and HOST are one server:
	// Threads serves actors on www.threads.net with ids on threads.net).
	id := actor.ID
	if !sameHost(id, au) {
		id = actorURL
	}
	if actor.isTombstone() {
		return crawler.Failed(res, scout.FailNotFound, errors.New("activitypub: actor deleted (Tombstone)"))
	}
	acc := actor.account(id, au, res.FetchedAt)
	acc.Handle = handleDomain(a.Domains, acc.Handle)
	p := &scout.Profile{Account: acc, SourceURL: acc.URL, FetchedAt: res.FetchedAt}
	for _, c := range []struct {
		raw  json.RawMessage
		into **int64
	}{{actor.Followers, &p.Account.Followers}, {actor.Following, &p.Account.Following}} {
		n, err := a.totalItems(ctx, client, c.raw, au)
		if err != nil {
			res.Warnings = append(res.Warnings, crawler.APIWarning(err))
		}
		*c.into = n
	}
	posts, total, err := a.outbox(ctx, client, actor.Outbox, au, id, acc.ID)
	if err != nil {
		res.Warnings = append(res.Warnings, crawler.APIWarning(err))
	}
	p.Posts = posts
	p.Account.PostsCount = total
	res.Profile = p
	return res
}

// webFinger resolves acct:USER@INSTANCE to the actor URL (RFC 7033; the
// "self" link of an ActivityPub type).
func webFinger(ctx context.Context, client *http.Client, t target.Target) (string, error) {
	q := url.Values{"resource": {"acct:" + t.Handle + "@" + t.Instance}}
	var jrd struct {
		Links []struct {
			Rel  string `json:"rel"`
			Type string `json:"type"`
			Href string `json:"href"`
		} `json:"links"`
	}
	u := t.Base + "/.well-known/webfinger?" + q.Encode()
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

// totalItems reads the size of a collection given by URL or embedded. A
// URL on another host than the actor's is not followed.
func (a *ActivityPub) totalItems(ctx context.Context, client *http.Client, raw json.RawMessage, actor *url.URL) (*int64, error) {
	var c apCollection
	if !apObject(raw, &c) {
		u := apString(raw)
		if u == "" {
			return nil, nil
		}
		if !sameHost(u, actor) {
			return nil, nil
		}
		if err := crawler.GetJSON(ctx, client, u, activityJSON, &c); err != nil {
			return nil, err
		}
	}
	return c.total(), nil
}

// outbox reads up to MaxPosts items over up to MaxPages pages of the
// outbox, and returns them with the outbox's totalItems.
func (a *ActivityPub) outbox(ctx context.Context, client *http.Client, raw json.RawMessage, actor *url.URL, actorID, accountID string) ([]scout.Post, *int64, error) {
	var coll apCollection
	if !apObject(raw, &coll) {
		u := apString(raw)
		if u == "" || !sameHost(u, actor) {
			return nil, nil, nil
		}
		if err := crawler.GetJSON(ctx, client, u, activityJSON, &coll); err != nil {
			return nil, nil, err
		}
	}
	maxPosts := source.OrDefault(a.MaxPosts, DefaultActivityPubPosts)
	maxPages := source.OrDefault(a.MaxPages, DefaultOutboxPages)
	var posts []scout.Post
	seen := make(map[string]bool)
	add := func(items []json.RawMessage) {
		for _, it := range items {
			if len(posts) == maxPosts {
				return
			}
			if p, ok := apPost(it, actorID, accountID); ok && !seen[p.ID] {
				seen[p.ID] = true
				posts = append(posts, p)
			}
		}
	}
	add(coll.items())
	next := coll.First
	visited := map[string]bool{}
	for pages := 0; pages < maxPages && len(posts) < maxPosts && ctx.Err() == nil; pages++ {
		var page apCollection
		if !apObject(next, &page) {
			u := apString(next)
			if u == "" || visited[u] || !sameHost(u, actor) {
				break
			}
			visited[u] = true
			if err := crawler.GetJSON(ctx, client, u, activityJSON, &page); err != nil {
				return posts, coll.total(), err
			}
		}
		add(page.items())
		next = page.Next
	}
	return posts, coll.total(), nil
}

// sameHost reports whether rawURL is on actor's host, a leading "www."
// aside on either.
func sameHost(rawURL string, actor *url.URL) bool {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return false
	}
	bare := func(h string) string { return strings.TrimPrefix(strings.ToLower(h), "www.") }
	return bare(u.Host) == bare(actor.Host)
}

// apActor is an ActivityPub actor (Person, Service, Group, Application,
// Organization). Polymorphic properties are kept raw.
type apActor struct {
	ID                string            `json:"id"`
	Type              json.RawMessage   `json:"type"`
	PreferredUsername string            `json:"preferredUsername"`
	Name              string            `json:"name"`
	Summary           string            `json:"summary"`
	URL               json.RawMessage   `json:"url"`
	Icon              json.RawMessage   `json:"icon"`
	Followers         json.RawMessage   `json:"followers"`
	Following         json.RawMessage   `json:"following"`
	Outbox            json.RawMessage   `json:"outbox"`
	Attachment        []json.RawMessage `json:"attachment"`
}

func (a *apActor) isTombstone() bool { return slices.Contains(apStrings(a.Type), "Tombstone") }

// account builds the scout.Account of an actor with stable id id.
func (a *apActor) account(id string, actorURL *url.URL, at time.Time) scout.Account {
	host := strings.ToLower(actorURL.Host)
	handle := a.PreferredUsername
	if handle == "" {
		handle = source.HandleFromURL(id)
	}
	profile := source.FirstNonEmpty(apHTMLURL(a.URL), id)
	var links []string
	for _, raw := range a.Attachment {
		var pv struct {
			Type  string `json:"type"`
			Value string `json:"value"`
		}
		if json.Unmarshal(raw, &pv) == nil && pv.Type == "PropertyValue" {
			l := fediLinks(pv.Value)
			if len(l) == 0 {
				l = source.TextURLs(source.PlainText(pv.Value, source.MaxBioRunes))
			}
			links = append(links, l...)
		}
	}
	return scout.Account{
		ID:          scout.AccountID(scout.PlatformFediverse, id),
		Platform:    scout.PlatformFediverse,
		Handle:      handle + "@" + host,
		URL:         profile,
		DisplayName: source.CleanText(a.Name, source.MaxNameRunes),
		Bio:         source.PlainText(a.Summary, source.MaxBioRunes),
		Links:       source.DedupeLinks(profile, links, fediLinks(a.Summary)),
		AvatarURL:   source.CutBytes(apImageURL(a.Icon), source.MaxURLBytes),
		FetchedAt:   at,
	}
}

// apCollection is an (Ordered)Collection or (Ordered)CollectionPage.
type apCollection struct {
	TotalItems   *int64            `json:"totalItems"`
	First        json.RawMessage   `json:"first"`
	Next         json.RawMessage   `json:"next"`
	OrderedItems []json.RawMessage `json:"orderedItems"`
	Items        []json.RawMessage `json:"items"`
}

func (c *apCollection) items() []json.RawMessage {
	if len(c.OrderedItems) > 0 {
		return c.OrderedItems
	}
	return c.Items
}

// apActivity is an outbox item: Create, Announce, ... with its object.
type apActivity struct {
	ID        string          `json:"id"`
	Type      json.RawMessage `json:"type"`
	Published string          `json:"published"`
	Object    json.RawMessage `json:"object"`
}

// apNote is a Note, Article, Video, Page, Question, ... object.
type apNote struct {
	ID           string            `json:"id"`
	Type         json.RawMessage   `json:"type"`
	Name         string            `json:"name"`
	URL          json.RawMessage   `json:"url"`
	Published    string            `json:"published"`
	Content      string            `json:"content"`
	ContentMap   map[string]string `json:"contentMap"`
	Summary      string            `json:"summary"`
	Sensitive    bool              `json:"sensitive"`
	InReplyTo    json.RawMessage   `json:"inReplyTo"`
	AttributedTo json.RawMessage   `json:"attributedTo"`
	Attachment   json.RawMessage   `json:"attachment"`
	Duration     string            `json:"duration"`
	Views        *int64            `json:"views"` // PeerTube
	Likes        json.RawMessage   `json:"likes"`
	Shares       json.RawMessage   `json:"shares"`
	Replies      json.RawMessage   `json:"replies"`
	Language     *struct {
		Identifier string `json:"identifier"`
	} `json:"language"` // PeerTube
}

// apPost turns an outbox item into a Post. Create wraps the account's own
// object; Announce is a boost, kept as a repost without counts (an
// announced object given only by its IRI keeps the IRI as its URL). An
// Announce of the actor's own object (PeerTube channels announce their
// videos) counts as the actor's own post.
func apPost(raw json.RawMessage, actorID, accountID string) (scout.Post, bool) {
	var act apActivity
	if json.Unmarshal(raw, &act) != nil {
		return scout.Post{}, false
	}
	types := apStrings(act.Type)
	var obj apNote
	embedded := apObject(act.Object, &obj)
	switch {
	case slices.Contains(types, "Create"):
		if !embedded {
			return scout.Post{}, false
		}
	case slices.Contains(types, "Announce"):
		if embedded && apString(obj.AttributedTo) == actorID {
			break // the actor's own object, announced by its channel
		}
		iri := source.FirstNonEmpty(obj.ID, apString(act.Object))
		p := scout.Post{
			ID:          source.FirstNonEmpty(act.ID, iri),
			AccountID:   accountID,
			URL:         source.FirstNonEmpty(apHTMLURL(obj.URL), source.AbsURL(nil, iri, false)),
			PublishedAt: source.ParseAPITime(act.Published),
			Text:        source.PlainText(obj.Content, source.MaxTextRunes),
			IsRepost:    true,
		}
		return p, p.ID != ""
	default:
		// A bare object (some servers list objects, not activities).
		if json.Unmarshal(raw, &obj) != nil || obj.ID == "" || obj.Content == "" && obj.Name == "" {
			return scout.Post{}, false
		}
	}
	p := scout.Post{
		ID:             obj.ID,
		AccountID:      accountID,
		URL:            source.FirstNonEmpty(apHTMLURL(obj.URL), source.AbsURL(nil, obj.ID, false)),
		PublishedAt:    source.FirstTime(obj.Published, act.Published),
		Title:          source.CleanText(obj.Name, source.MaxTitleRunes),
		Sensitive:      obj.Sensitive,
		ContentWarning: source.CleanText(obj.Summary, source.MaxTitleRunes),
		IsReply:        apString(obj.InReplyTo) != "",
		Views:          source.SaneCount(obj.Views),
		MediaKind:      "text",
	}
	content := obj.Content
	if content == "" {
		for lang, c := range obj.ContentMap {
			content, p.Language = c, source.LangCode(lang)
			break
		}
	} else if len(obj.ContentMap) == 1 {
		for lang := range obj.ContentMap {
			p.Language = source.LangCode(lang)
		}
	}
	if obj.Language != nil {
		p.Language = source.LangCode(obj.Language.Identifier)
	}
	p.Text = source.PlainText(content, source.MaxTextRunes)
	p.Links = fediLinks(content)
	if len(p.Links) > source.MaxPostLinks {
		p.Links = p.Links[:source.MaxPostLinks]
	}
	objTypes := apStrings(obj.Type)
	switch {
	case slices.Contains(objTypes, "Video"):
		p.MediaKind = "video"
		p.DurationSeconds = source.ISODurationSeconds(obj.Duration)
	case slices.Contains(objTypes, "Article"):
		p.MediaKind = "article"
	default:
		p.MediaKind = apAttachmentKind(obj.Attachment)
	}
	p.Likes = apCount(obj.Likes)
	p.Shares = apCount(obj.Shares)
	p.Comments = apCount(obj.Replies)
	return p, true
}

// apAttachmentKind reads a Note's media kind from its attachments.
func apAttachmentKind(raw json.RawMessage) string {
	var atts []struct {
		Type      string `json:"type"`
		MediaType string `json:"mediaType"`
	}
	if len(raw) > 0 && raw[0] == '{' {
		raw = append(append([]byte{'['}, raw...), ']')
	}
	if json.Unmarshal(raw, &atts) != nil {
		return "text"
	}
	kind := "text"
	for _, at := range atts {
		switch {
		case strings.HasPrefix(at.MediaType, "video/") || at.Type == "Video":
			return "video"
		case strings.HasPrefix(at.MediaType, "image/") || at.Type == "Image":
			kind = "image"
		}
	}
	return kind
}

// total is the collection's totalItems when it is a count an account
// could have (found by FuzzActivityPub: a negative one was kept).
func (c *apCollection) total() *int64 { return source.SaneCount(c.TotalItems) }

// apCount reads the totalItems of an embedded likes/shares/replies
// collection; nil when the server gave only its IRI (or nothing).
func apCount(raw json.RawMessage) *int64 {
	var c apCollection
	if apObject(raw, &c) {
		return c.total()
	}
	return nil
}

// apObject decodes raw into v when raw is a JSON object.
func apObject(raw json.RawMessage, v any) bool {
	raw = bytes.TrimSpace(raw)
	return len(raw) > 0 && raw[0] == '{' && json.Unmarshal(raw, v) == nil
}

// apString reads an IRI-valued property: a string, an object with an id
// or href, or the first of an array of those.
func apString(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return ""
	}
	switch raw[0] {
	case '"':
		var s string
		_ = json.Unmarshal(raw, &s)
		return s
	case '{':
		var o struct {
			ID   string `json:"id"`
			Href string `json:"href"`
		}
		_ = json.Unmarshal(raw, &o)
		return source.FirstNonEmpty(o.ID, o.Href)
	case '[':
		var arr []json.RawMessage
		_ = json.Unmarshal(raw, &arr)
		for _, r := range arr {
			if s := apString(r); s != "" {
				return s
			}
		}
	}
	return ""
}

// apStrings reads a property that is a string or an array of strings
// ("type": ["Person", "vcard:individual"]).
func apStrings(raw json.RawMessage) []string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return []string{s}
	}
	var ss []string
	_ = json.Unmarshal(raw, &ss)
	return ss
}

// apHTMLURL reads a url property for the page people see: a string, or
// among Link objects the text/html one (PeerTube lists the HTML page next
// to its video files).
func apHTMLURL(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return ""
	}
	if raw[0] == '[' {
		var arr []json.RawMessage
		_ = json.Unmarshal(raw, &arr)
		first := ""
		for _, r := range arr {
			var l struct {
				Href      string `json:"href"`
				MediaType string `json:"mediaType"`
			}
			if apObject(r, &l) && strings.HasPrefix(l.MediaType, "text/html") {
				return source.AbsURL(nil, l.Href, false)
			}
			if s := apString(r); first == "" && s != "" {
				first = s
			}
		}
		return source.AbsURL(nil, first, false)
	}
	return source.AbsURL(nil, apString(raw), false)
}

// apImageURL reads an icon: an Image object (its url), an array of them
// (the last is usually the largest, as PeerTube orders them), or a URL.
func apImageURL(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return ""
	}
	img := func(r json.RawMessage) string {
		var o struct {
			URL json.RawMessage `json:"url"`
		}
		if apObject(r, &o) {
			return apString(o.URL)
		}
		return apString(r)
	}
	if raw[0] == '[' {
		var arr []json.RawMessage
		_ = json.Unmarshal(raw, &arr)
		for i := len(arr) - 1; i >= 0; i-- {
			if s := source.AbsURL(nil, img(arr[i]), false); s != "" {
				return s
			}
		}
		return ""
	}
	return source.AbsURL(nil, img(raw), false)
}
