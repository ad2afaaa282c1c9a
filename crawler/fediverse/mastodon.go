package fediverse

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/source"
	"github.com/scout-oss/scout/target"
)

// Defaults of the Mastodon adapter.
const (
	// DefaultMastodonRate is Mastodon's default limit of 300 requests per
	// 5 minutes per IP address, per instance, as requests per second (1/s,
	// which is also the fetch layer's default per-host rate).
	DefaultMastodonRate = 1.0
	// DefaultMastodonPosts bounds the statuses read (two pages of 40).
	DefaultMastodonPosts = 80
	// DefaultMastodonFollowers is the size of the follower sample (one
	// page; the API allows at most 80).
	DefaultMastodonFollowers = 40
	// DefaultContextSample is how many recent own posts with replies get a
	// /api/v1/statuses/:id/context call for their replies (as many as the
	// Bluesky adapter samples).
	DefaultContextSample = 5
	// DefaultMaxReplies bounds the replies kept per sampled post.
	DefaultMaxReplies = 20
)

// mastodonPageSize is the statuses endpoint's largest page.
const mastodonPageSize = 40

// Mastodon reads fediverse accounts through the Mastodon REST API of the
// account's own instance: /api/v1/accounts/lookup, the account's statuses
// (paged by max_id; replies and boosts told apart), /api/v1/statuses/:id/context
// on a sample of recent posts for their replies, and a follower sample.
// Profile fields verified by the instance (verified_at) come first in
// Account.Links. A server without the Mastodon API (lookup answers 404 or
// not with JSON) is read as plain ActivityPub by the fallback. The zero
// value works with the defaults above.
type Mastodon struct {
	// MaxPosts bounds the statuses read; DefaultMastodonPosts when 0.
	MaxPosts int
	// ContextSample is how many posts get their replies read;
	// DefaultContextSample when 0, none when negative.
	ContextSample int
	// MaxReplies bounds the replies kept per post; DefaultMaxReplies when 0.
	MaxReplies int
	// FollowerSample is how many followers are sampled (at most 80);
	// DefaultMastodonFollowers when 0, none when negative.
	FollowerSample int
	// Fallback reads servers without the Mastodon API; a default
	// ActivityPub adapter when nil.
	Fallback *ActivityPub
	// Now is the clock for FetchedAt; time.Now when nil.
	Now func() time.Time
	// Domains maps a server's address (host:port, lower case) to the
	// domain its handles are known by, for servers reached at another
	// address than their name: the sample web's instances answer on
	// loopback ports, and their handles read @dario@toot.example, as
	// on a real instance. Real instances are absent and keep their host.
	Domains map[string]string
}

var _ crawler.Adapter = (*Mastodon)(nil)

// Platform returns scout.PlatformMastodon.
func (m *Mastodon) Platform() scout.Platform { return scout.PlatformMastodon }

// Match claims mastodon:@USER@INSTANCE, @USER@INSTANCE and the
// https://INSTANCE/@USER and /users/USER URLs; the host key is the
// instance, where all calls go.
func (m *Mastodon) Match(raw string) (string, bool) {
	t, err := target.Parse(raw)
	if err != nil || t.Platform != scout.PlatformMastodon {
		return "", false
	}
	return t.Instance, true
}

var _ crawler.HostProber = (*Mastodon)(nil)

// ProbeBase implements crawler.HostProber: /@user and /users/user paths
// prove nothing on their own, so a profile URL is the adapter's only when
// its host is a fediverse server. mastodon:@USER@INSTANCE targets name
// their server and are not probed.
func (m *Mastodon) ProbeBase(raw string) string { return probeBase(raw) }

// AcceptsHost implements crawler.HostProber: any server that speaks
// ActivityPub or answers the Mastodon instance API (a server without the
// Mastodon API is read over ActivityPub by the fallback).
func (m *Mastodon) AcceptsHost(h *scout.HostInfo) bool { return h.Fediverse() }

// probeBase is scheme://host of a URL target, "" for a handle target.
func probeBase(raw string) string {
	t, err := target.Parse(raw)
	if err != nil || t.URL == "" {
		return ""
	}
	u, err := url.Parse(t.URL)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.ToLower(u.Scheme) + "://" + u.Host
}

func (m *Mastodon) now() time.Time {
	if m.Now == nil {
		return time.Now()
	}
	return m.Now()
}

func (m *Mastodon) fallback() *ActivityPub {
	if m.Fallback != nil {
		return m.Fallback
	}
	return &ActivityPub{Now: m.Now, Domains: m.Domains}
}

// Fetch reads the target's account, statuses, a sample of replies and a
// follower sample. Only the lookup decides the result; later calls that
// fail (an instance closing its followers list with 401, say) are
// warnings.
func (m *Mastodon) Fetch(ctx context.Context, client *http.Client, raw string) *scout.CrawlResult {
	res := &scout.CrawlResult{URL: raw, FetchedAt: m.now()}
	t, err := target.Parse(raw)
	if err != nil || t.Platform != scout.PlatformMastodon {
		return crawler.Failed(res, scout.FailBlocked, errors.New("mastodon: not a mastodon target"))
	}
	// The REST calls are API calls (Mastodon's limits, not robots.txt);
	// the ActivityPub fallback reads pages, under robots.txt.
	pageCtx := ctx
	ctx = crawler.WithAPI(ctx, DefaultMastodonRate)
	var acct mastoAccount
	lookup := t.Base + "/api/v1/accounts/lookup?" + url.Values{"acct": {t.Handle}}.Encode()
	if err := crawler.GetJSON(ctx, client, lookup, "application/json", &acct); err != nil {
		var ae *crawler.APIError
		if errors.As(err, &ae) && (ae.Status == http.StatusNotFound || ae.Kind == scout.FailNotHTML || ae.Kind == scout.FailParse) {
			// No Mastodon API here (PeerTube, Misskey, a Pleroma without
			// lookup), or no such account: ActivityPub will tell.
			r := m.fallback().fetchTarget(pageCtx, client, t, raw)
			if t.URL != "" && notFediverse(r) {
				// An ordinary site that happens to use /@user paths: no
				// Mastodon API and no ActivityPub actor. Decline, so the
				// crawl reads it as a web page.
				return nil
			}
			if r.Failure != nil && r.Failure.Kind == scout.FailNotFound {
				r.Failure.Message = ae.Error() + "; then " + r.Failure.Message
			}
			return r
		}
		return crawler.APIFailure(res, err)
	}
	if acct.ID == "" {
		return crawler.Failed(res, scout.FailParse, errors.New("mastodon: lookup answered without an account id"))
	}
	if acct.Suspended {
		res.Status = http.StatusOK
		return crawler.Failed(res, scout.FailNotFound, errors.New("mastodon: account suspended"))
	}
	res.Status = http.StatusOK
	base, _ := url.Parse(t.Base)
	p := &scout.Profile{Account: acct.account(t, base, res.FetchedAt), FetchedAt: res.FetchedAt}
	p.Account.Handle = handleDomain(m.Domains, p.Account.Handle)
	p.SourceURL = p.Account.URL
	if acct.Moved != nil && acct.Moved.URL != "" {
		res.Warnings = append(res.Warnings, scout.Failure{URL: raw, Kind: scout.FailNotFound,
			Message: "mastodon: account moved to " + acct.Moved.URL})
	}

	readPosts, readFollowers := crawler.TierReads(ctx)
	var posts []mastoPost
	if readPosts {
		var err error
		if posts, err = m.statuses(ctx, client, t.Base, acct.ID, p.Account.ID); err != nil {
			res.Warnings = append(res.Warnings, crawler.APIWarning(err))
		}
	}
	if n := source.SampleSize(m.ContextSample, DefaultContextSample); n > 0 {
		for i := range posts {
			if n == 0 || ctx.Err() != nil {
				break
			}
			q := &posts[i]
			if q.IsRepost || q.Comments == nil || *q.Comments == 0 {
				continue
			}
			n--
			replies, err := m.replies(ctx, client, t.Base, q.statusID)
			if err != nil {
				res.Warnings = append(res.Warnings, crawler.APIWarning(err))
				continue
			}
			q.Replies = replies
		}
	}
	p.Posts = make([]scout.Post, len(posts))
	for i := range posts {
		p.Posts[i] = posts[i].Post
		p.Mentions = crawler.AppendMentions(p.Mentions, posts[i].mentions...)
	}
	if n := source.SampleSize(m.FollowerSample, DefaultMastodonFollowers); readFollowers && n > 0 && ctx.Err() == nil {
		var fs []mastoAccount
		u := t.Base + "/api/v1/accounts/" + url.PathEscape(acct.ID) + "/followers?limit=" + strconv.Itoa(min(n, 80))
		if err := crawler.GetJSON(ctx, client, u, "application/json", &fs); err != nil {
			res.Warnings = append(res.Warnings, crawler.APIWarning(err))
		}
		for _, f := range fs[:min(n, len(fs))] {
			p.Account.FollowerSample = append(p.Account.FollowerSample, scout.FollowerSample{
				ID:         scout.AccountID(scout.PlatformMastodon, f.actorURI(base)),
				Handle:     handleDomain(m.Domains, f.fullAcct(t.Instance)),
				AvatarURL:  f.avatar(),
				Bio:        source.PlainText(f.Note, source.MaxBioRunes),
				Followers:  source.SaneCount(f.FollowersCount),
				Following:  source.SaneCount(f.FollowingCount),
				PostsCount: source.SaneCount(f.StatusesCount),
				Location:   followerLocation(f.Fields),
			})
		}
	}
	res.Profile = p
	return res
}

// mastoPost is a Post with the status id the context call needs.
type mastoPost struct {
	scout.Post
	statusID string
	mentions []string // profile URLs of the accounts the status mentions
}

// statuses pages through the account's statuses by max_id, newest first,
// until MaxPosts, an empty page, or a page that does not move on. An error
// after the first page keeps what was read.
func (m *Mastodon) statuses(ctx context.Context, client *http.Client, base, id, accountID string) ([]mastoPost, error) {
	max := source.OrDefault(m.MaxPosts, DefaultMastodonPosts)
	var posts []mastoPost
	seen := make(map[string]bool)
	maxID := ""
	for len(posts) < max {
		q := url.Values{"limit": {strconv.Itoa(min(max-len(posts), mastodonPageSize))}}
		if maxID != "" {
			q.Set("max_id", maxID)
		}
		var page []mastoStatus
		if err := crawler.GetJSON(ctx, client, base+"/api/v1/accounts/"+url.PathEscape(id)+"/statuses?"+q.Encode(), "application/json", &page); err != nil {
			return posts, err
		}
		for _, s := range page {
			if len(posts) == max {
				break
			}
			p, ok := s.post(accountID)
			if !ok || seen[p.ID] {
				continue
			}
			seen[p.ID] = true
			posts = append(posts, mastoPost{Post: p, statusID: s.ID, mentions: s.mentionTargets()})
		}
		if len(page) == 0 || page[len(page)-1].ID == maxID {
			break
		}
		maxID = page[len(page)-1].ID
	}
	return posts, nil
}

// replies reads the direct replies of one status from its context,
// oldest first.
func (m *Mastodon) replies(ctx context.Context, client *http.Client, base, statusID string) ([]scout.Reply, error) {
	var c struct {
		Descendants []mastoStatus `json:"descendants"`
	}
	if err := crawler.GetJSON(ctx, client, base+"/api/v1/statuses/"+url.PathEscape(statusID)+"/context", "application/json", &c); err != nil {
		return nil, err
	}
	bu, _ := url.Parse(base)
	var out []scout.Reply
	for _, s := range c.Descendants {
		if s.InReplyToID == nil || *s.InReplyToID != statusID {
			continue // deeper in the thread
		}
		out = append(out, scout.Reply{
			ID:          source.FirstNonEmpty(s.URI, s.URL, s.ID),
			AuthorID:    scout.AccountID(scout.PlatformMastodon, s.Account.actorURI(bu)),
			Handle:      s.Account.fullAcct(bu.Host),
			Text:        source.PlainText(s.Content, source.MaxTextRunes),
			PublishedAt: source.ParseAPITime(s.CreatedAt),
			Language:    source.LangCode(s.Language),
		})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].PublishedAt.Before(out[j].PublishedAt) })
	if max := source.OrDefault(m.MaxReplies, DefaultMaxReplies); len(out) > max {
		out = out[:max]
	}
	return out, nil
}

// mastoAccount is the Mastodon Account entity.
type mastoAccount struct {
	ID             string        `json:"id"`
	Username       string        `json:"username"`
	Acct           string        `json:"acct"`
	DisplayName    string        `json:"display_name"`
	Note           string        `json:"note"`
	URL            string        `json:"url"`
	URI            string        `json:"uri"` // the actor URI (newer servers)
	Avatar         string        `json:"avatar"`
	FollowersCount *int64        `json:"followers_count"`
	FollowingCount *int64        `json:"following_count"`
	StatusesCount  *int64        `json:"statuses_count"`
	Fields         []mastoField  `json:"fields"`
	Suspended      bool          `json:"suspended"`
	Moved          *mastoAccount `json:"moved"`
}

// mastoField is one profile field; VerifiedAt is set when the instance
// found a rel="me" link back to the profile on the linked page.
type mastoField struct {
	Name       string  `json:"name"`
	Value      string  `json:"value"`
	VerifiedAt *string `json:"verified_at"`
}

// actorURI is the account's ActivityPub actor URI, its stable id: the uri
// field where the server sends it, else /users/NAME on the host of its
// profile URL (Mastodon's actor layout), else the profile URL itself.
func (a *mastoAccount) actorURI(base *url.URL) string {
	if a.URI != "" {
		return a.URI
	}
	if u, err := url.Parse(a.URL); err == nil && u.Host != "" {
		if segs := target.PathSegments(u); len(segs) == 1 && strings.HasPrefix(segs[0], "@") && !strings.Contains(segs[0][1:], "@") {
			return u.Scheme + "://" + strings.ToLower(u.Host) + "/users/" + segs[0][1:]
		}
		return a.URL
	}
	if base != nil && a.Username != "" {
		return base.Scheme + "://" + base.Host + "/users/" + a.Username
	}
	return a.Acct
}

// fullAcct is user@domain. The API gives local accounts as a bare user
// name; their domain is the host of their profile URL (which may differ
// from the API host), else instance.
func (a *mastoAccount) fullAcct(instance string) string {
	if strings.Contains(a.Acct, "@") {
		return a.Acct
	}
	domain := instance
	if u, err := url.Parse(a.URL); err == nil && u.Host != "" {
		domain = strings.ToLower(u.Host)
	}
	return source.FirstNonEmpty(a.Acct, a.Username) + "@" + domain
}

// avatar is the avatar URL, empty for Mastodon's "missing" placeholder.
func (a *mastoAccount) avatar() string {
	if strings.HasSuffix(a.Avatar, "/missing.png") {
		return ""
	}
	return source.AbsURL(nil, a.Avatar, false)
}

// account builds the scout.Account: links from verified fields first,
// then other fields, then the note.
func (a *mastoAccount) account(t target.Target, base *url.URL, at time.Time) scout.Account {
	handle := a.fullAcct(t.Instance)
	if a.Username == "" && a.Acct == "" {
		handle = t.Handle + "@" + t.Instance
	}
	var verified, other []string
	for _, f := range a.Fields {
		links := fediLinks(f.Value)
		if len(links) == 0 {
			links = source.TextURLs(source.PlainText(f.Value, source.MaxBioRunes))
		}
		if f.VerifiedAt != nil && *f.VerifiedAt != "" {
			verified = append(verified, links...)
		} else {
			other = append(other, links...)
		}
	}
	profileURL := source.FirstNonEmpty(source.AbsURL(nil, a.URL, false), t.Base+"/@"+t.Handle)
	return scout.Account{
		ID:            scout.AccountID(scout.PlatformMastodon, a.actorURI(base)),
		Platform:      scout.PlatformMastodon,
		Handle:        handle,
		URL:           profileURL,
		DisplayName:   source.CleanText(a.DisplayName, source.MaxNameRunes),
		Bio:           source.PlainText(a.Note, source.MaxBioRunes),
		Links:         source.DedupeLinks(profileURL, verified, other, fediLinks(a.Note)),
		VerifiedLinks: source.DedupeLinks(profileURL, verified),
		Fields:        mastoProfileFields(a.Fields),
		AvatarURL:     a.avatar(),
		Followers:     source.SaneCount(a.FollowersCount),
		Following:     source.SaneCount(a.FollowingCount),
		PostsCount:    source.SaneCount(a.StatusesCount),
		FetchedAt:     at,
	}
}

// mastoStatus is the Mastodon Status entity.
type mastoStatus struct {
	ID               string       `json:"id"`
	URI              string       `json:"uri"`
	URL              string       `json:"url"`
	CreatedAt        string       `json:"created_at"`
	Content          string       `json:"content"`
	SpoilerText      string       `json:"spoiler_text"`
	Sensitive        bool         `json:"sensitive"`
	Language         string       `json:"language"`
	InReplyToID      *string      `json:"in_reply_to_id"`
	Reblog           *mastoStatus `json:"reblog"`
	Account          mastoAccount `json:"account"`
	FavouritesCount  *int64       `json:"favourites_count"`
	RepliesCount     *int64       `json:"replies_count"`
	ReblogsCount     *int64       `json:"reblogs_count"`
	Pinned           bool         `json:"pinned"`
	MediaAttachments []mastoMedia `json:"media_attachments"`
	Card             *struct {
		URL   string `json:"url"`
		Image string `json:"image"`
	} `json:"card"`
	Mentions []mastoMention `json:"mentions"`
}

// mastoMedia is a MediaAttachment; Type is image, gifv, video, audio or
// unknown.
type mastoMedia struct {
	Type string `json:"type"`
	// PreviewURL is the server's small preview (of a video too).
	PreviewURL string `json:"preview_url"`
	Meta       struct {
		Original struct {
			Duration float64 `json:"duration"`
		} `json:"original"`
	} `json:"meta"`
}

// post turns a status into a Post of accountID. A boost keeps the boosted
// status's text and URL but none of its counts: those are the other
// author's engagement, and the boost itself publishes none.
func (s *mastoStatus) post(accountID string) (scout.Post, bool) {
	if s.ID == "" {
		return scout.Post{}, false
	}
	src := s
	if s.Reblog != nil {
		src = s.Reblog
	}
	p := scout.Post{
		ID:             source.FirstNonEmpty(s.URI, s.URL, s.ID),
		AccountID:      accountID,
		URL:            source.FirstNonEmpty(source.AbsURL(nil, src.URL, false), source.AbsURL(nil, src.URI, false)),
		PublishedAt:    source.ParseAPITime(s.CreatedAt),
		Text:           source.PlainText(src.Content, source.MaxTextRunes),
		Links:          fediLinks(src.Content),
		Sensitive:      src.Sensitive,
		ContentWarning: source.CleanText(src.SpoilerText, source.MaxTitleRunes),
		Language:       source.LangCode(src.Language),
		IsReply:        src.InReplyToID != nil && *src.InReplyToID != "",
		Pinned:         s.Pinned,
		MediaKind:      "text",
	}
	if len(p.Links) > source.MaxPostLinks {
		p.Links = p.Links[:source.MaxPostLinks]
	}
	for _, m := range src.MediaAttachments {
		if p.ThumbnailURL == "" && m.Type != "audio" {
			p.ThumbnailURL = source.AbsURL(nil, m.PreviewURL, false)
		}
		switch m.Type {
		case "video", "gifv":
			p.MediaKind = "video"
			p.DurationSeconds = max(p.DurationSeconds, int(m.Meta.Original.Duration+0.5))
		case "image":
			if p.MediaKind != "video" {
				p.MediaKind = "image"
			}
		}
	}
	if src.Card != nil && p.ThumbnailURL == "" {
		p.ThumbnailURL = source.AbsURL(nil, src.Card.Image, false)
	}
	if src.Card != nil && src.Card.URL != "" {
		if p.MediaKind == "text" {
			p.MediaKind = "link"
		}
		if u := source.AbsURL(nil, src.Card.URL, false); u != "" && !slices.Contains(p.Links, u) && len(p.Links) < source.MaxPostLinks {
			p.Links = append(p.Links, u)
		}
	}
	if s.Reblog != nil {
		p.IsRepost = true
		return p, true
	}
	p.Likes = source.SaneCount(s.FavouritesCount)
	p.Comments = source.SaneCount(s.RepliesCount)
	p.Shares = source.SaneCount(s.ReblogsCount)
	return p, true
}

// notFediverse reports whether an ActivityPub attempt found no fediverse
// server at all (nothing at WebFinger, or an answer that is not
// ActivityPub), as opposed to a fediverse account that is gone.
func notFediverse(r *scout.CrawlResult) bool {
	if r == nil || r.Profile != nil || r.Failure == nil {
		return false
	}
	switch r.Failure.Kind {
	case scout.FailNotFound, scout.FailNotHTML, scout.FailParse:
		return !strings.Contains(r.Failure.Message, "Tombstone")
	}
	return false
}

// locationFields are the profile field names under which Mastodon users
// state where they are, in the six languages Scout reads.
var locationFields = []string{"location", "based in", "where", "city", "ort", "standort", "wohnort",
	"ubicación", "ubicacion", "ciudad", "localização", "localizacao", "cidade", "posizione", "città", "citta",
	"lieu", "ville", "localisation", "📍"}

// followerLocation is the place a follower's profile fields state, as
// published ("" when none does).
func followerLocation(fs []mastoField) string {
	for _, f := range fs {
		name := strings.ToLower(strings.Trim(strings.TrimSpace(source.CleanText(f.Name, source.MaxTitleRunes)), ":"))
		if slices.Contains(locationFields, name) {
			return source.PlainText(f.Value, source.MaxTitleRunes)
		}
	}
	return ""
}
