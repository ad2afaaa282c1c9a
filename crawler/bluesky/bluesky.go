package bluesky

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

// Defaults of the Bluesky adapter.
const (
	// DefaultAPI is the public AppView, which answers the read-only
	// XRPC queries below without authentication.
	DefaultAPI = "https://public.api.bsky.app"
	// DefaultRate is the AppView's published limit of 3000 requests
	// per 5 minutes per IP address, as requests per second (10/s).
	DefaultRate = 10.0
	// DefaultPosts bounds the posts read from getAuthorFeed.
	DefaultPosts = 50
	// DefaultThreadSample is how many recent own posts with replies get a
	// getPostThread (depth 1) call for their replies.
	DefaultThreadSample = 5
	// DefaultMaxReplies bounds the replies kept per sampled post.
	DefaultMaxReplies = 20
	// DefaultFollowerSample is the size of the follower sample.
	DefaultFollowerSample = 50
)

// blueskyProfilesPerCall is getProfiles' limit of actors per call.
const blueskyProfilesPerCall = 25

// Adapter reads Bluesky accounts through the public AppView XRPC API:
// app.bsky.actor.getProfile, app.bsky.feed.getAuthorFeed (paged by cursor),
// app.bsky.feed.getPostThread on a sample of recent posts for their replies,
// and app.bsky.graph.getFollowers completed with app.bsky.actor.getProfiles
// for a follower sample. Accounts are keyed by DID, which survives handle
// changes. The zero value reads the public AppView with the defaults above.
type Adapter struct {
	// API is the AppView base URL (--bluesky-api); DefaultAPI when
	// empty.
	API string
	// MaxPosts bounds the feed entries read (own posts, replies and
	// reposts together); DefaultPosts when 0.
	MaxPosts int
	// ThreadSample is how many posts get their replies read;
	// DefaultThreadSample when 0, none when negative.
	ThreadSample int
	// MaxReplies bounds the replies kept per post; DefaultMaxReplies when 0.
	MaxReplies int
	// FollowerSample is how many followers are sampled;
	// DefaultFollowerSample when 0, none when negative.
	FollowerSample int
	// Now is the clock for FetchedAt; time.Now when nil.
	Now func() time.Time
}

var _ crawler.Adapter = (*Adapter)(nil)

// Platform returns scout.PlatformBluesky.
func (b *Adapter) Platform() scout.Platform { return scout.PlatformBluesky }

// Match claims bluesky:HANDLE, bluesky:DID and https://bsky.app/profile/…
// targets; their host key is the AppView's host, where all calls go.
func (b *Adapter) Match(raw string) (string, bool) {
	t, err := target.Parse(raw)
	if err != nil || t.Platform != scout.PlatformBluesky {
		return "", false
	}
	u, err := url.Parse(b.api())
	if err != nil {
		return "", false
	}
	return crawler.HostKey(u), true
}

func (b *Adapter) api() string {
	if b.API == "" {
		return DefaultAPI
	}
	return strings.TrimRight(b.API, "/")
}

func (b *Adapter) now() time.Time {
	if b.Now == nil {
		return time.Now()
	}
	return b.Now()
}

// xrpc builds the URL of an XRPC query.
func (b *Adapter) xrpc(method string, q url.Values) string {
	return b.api() + "/xrpc/" + method + "?" + q.Encode()
}

// Fetch reads the target's profile, recent posts, a sample of replies and
// a sample of followers. Only the profile call decides the result; a
// failing feed, thread or follower call is a warning.
func (b *Adapter) Fetch(ctx context.Context, client *http.Client, raw string) *scout.CrawlResult {
	res := &scout.CrawlResult{URL: raw, FetchedAt: b.now()}
	ctx = crawler.WithAPI(ctx, DefaultRate) // XRPC is an API: its limits, not robots.txt
	t, err := target.Parse(raw)
	if err != nil || t.Platform != scout.PlatformBluesky {
		return crawler.Failed(res, scout.FailBlocked, errors.New("bluesky: not a bluesky target"))
	}
	actor := source.FirstNonEmpty(t.ID, t.Handle)
	var prof bskyProfile
	if err := crawler.GetJSON(ctx, client, b.xrpc("app.bsky.actor.getProfile", url.Values{"actor": {actor}}), "application/json", &prof); err != nil {
		return crawler.APIFailure(res, bskyError(err))
	}
	if prof.DID == "" {
		return crawler.Failed(res, scout.FailParse, errors.New("bluesky: getProfile answered without a did"))
	}
	res.Status = http.StatusOK
	acc := prof.account(res.FetchedAt)
	p := &scout.Profile{Account: acc, SourceURL: acc.URL, FetchedAt: res.FetchedAt}
	readPosts, readFollowers := crawler.TierReads(ctx)
	var posts []scout.Post
	if readPosts {
		var err error
		if posts, err = b.feed(ctx, client, prof.DID, acc.ID); err != nil {
			res.Warnings = append(res.Warnings, crawler.APIWarning(err))
		}
	}
	if prof.PinnedPost != nil {
		for i := range posts {
			if posts[i].ID == prof.PinnedPost.URI {
				posts[i].Pinned = true
			}
		}
	}
	if n := source.SampleSize(b.ThreadSample, DefaultThreadSample); n > 0 {
		for i := range posts {
			if n == 0 || ctx.Err() != nil {
				break
			}
			q := &posts[i]
			if q.IsRepost || q.Comments == nil || *q.Comments == 0 {
				continue
			}
			n--
			replies, err := b.replies(ctx, client, q.ID)
			if err != nil {
				res.Warnings = append(res.Warnings, crawler.APIWarning(err))
				continue
			}
			q.Replies = replies
		}
	}
	p.Posts = posts
	if n := source.SampleSize(b.FollowerSample, DefaultFollowerSample); readFollowers && n > 0 && ctx.Err() == nil {
		sample, warns := b.followers(ctx, client, prof.DID, n)
		p.Account.FollowerSample = sample
		res.Warnings = append(res.Warnings, warns...)
	}
	res.Profile = p
	return res
}

// feed pages through getAuthorFeed until MaxPosts entries, an empty page
// or the last cursor. An error after the first page keeps what was read.
func (b *Adapter) feed(ctx context.Context, client *http.Client, did, accountID string) ([]scout.Post, error) {
	max := source.OrDefault(b.MaxPosts, DefaultPosts)
	var posts []scout.Post
	seen := make(map[string]bool)
	cursor := ""
	for len(posts) < max {
		q := url.Values{"actor": {did}, "limit": {strconv.Itoa(min(max-len(posts), 100))}}
		if cursor != "" {
			q.Set("cursor", cursor)
		}
		var page struct {
			Feed   []bskyFeedItem `json:"feed"`
			Cursor string         `json:"cursor"`
		}
		if err := crawler.GetJSON(ctx, client, b.xrpc("app.bsky.feed.getAuthorFeed", q), "application/json", &page); err != nil {
			return posts, bskyError(err)
		}
		for _, it := range page.Feed {
			if len(posts) == max {
				break
			}
			p, ok := it.post(accountID)
			if !ok || seen[p.ID] {
				continue
			}
			seen[p.ID] = true
			posts = append(posts, p)
		}
		if len(page.Feed) == 0 || page.Cursor == "" || page.Cursor == cursor {
			break
		}
		cursor = page.Cursor
	}
	return posts, nil
}

// replies reads the direct replies of one post, oldest first.
func (b *Adapter) replies(ctx context.Context, client *http.Client, uri string) ([]scout.Reply, error) {
	q := url.Values{"uri": {uri}, "depth": {"1"}, "parentHeight": {"0"}}
	var th struct {
		Thread struct {
			Replies []struct {
				Type string        `json:"$type"`
				Post *bskyPostView `json:"post"`
			} `json:"replies"`
		} `json:"thread"`
	}
	if err := crawler.GetJSON(ctx, client, b.xrpc("app.bsky.feed.getPostThread", q), "application/json", &th); err != nil {
		return nil, bskyError(err)
	}
	var out []scout.Reply
	for _, r := range th.Thread.Replies {
		// notFoundPost and blockedPost entries carry no post.
		if r.Post == nil || r.Post.Author.DID == "" {
			continue
		}
		out = append(out, scout.Reply{
			ID:          r.Post.URI,
			AuthorID:    scout.AccountID(scout.PlatformBluesky, r.Post.Author.DID),
			Handle:      r.Post.Author.Handle,
			Text:        source.CleanText(r.Post.Record.Text, source.MaxTextRunes),
			PublishedAt: source.FirstTime(r.Post.Record.CreatedAt, r.Post.IndexedAt),
			Language:    r.Post.Record.lang(),
		})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].PublishedAt.Before(out[j].PublishedAt) })
	if max := source.OrDefault(b.MaxReplies, DefaultMaxReplies); len(out) > max {
		out = out[:max]
	}
	return out, nil
}

// followers samples n followers with getFollowers and completes them with
// getProfiles, since follower entries carry no counts. A failing
// getProfiles keeps the entries without counts.
func (b *Adapter) followers(ctx context.Context, client *http.Client, did string, n int) ([]scout.FollowerSample, []scout.Failure) {
	var warns []scout.Failure
	var list []bskyProfile
	seen := make(map[string]bool)
	cursor := ""
	for len(list) < n {
		q := url.Values{"actor": {did}, "limit": {strconv.Itoa(min(n-len(list), 100))}}
		if cursor != "" {
			q.Set("cursor", cursor)
		}
		var page struct {
			Followers []bskyProfile `json:"followers"`
			Cursor    string        `json:"cursor"`
		}
		if err := crawler.GetJSON(ctx, client, b.xrpc("app.bsky.graph.getFollowers", q), "application/json", &page); err != nil {
			return nil, append(warns, crawler.APIWarning(bskyError(err)))
		}
		added := 0
		for _, f := range page.Followers {
			if f.DID != "" && !seen[f.DID] {
				seen[f.DID] = true
				list = append(list, f)
				added++
			}
		}
		if added == 0 || page.Cursor == "" || page.Cursor == cursor {
			break
		}
		cursor = page.Cursor
	}
	if len(list) > n {
		list = list[:n]
	}
	full := make(map[string]bskyProfile, len(list))
	for i := 0; i < len(list) && ctx.Err() == nil; i += blueskyProfilesPerCall {
		q := url.Values{}
		for _, f := range list[i:min(i+blueskyProfilesPerCall, len(list))] {
			q.Add("actors", f.DID)
		}
		var got struct {
			Profiles []bskyProfile `json:"profiles"`
		}
		if err := crawler.GetJSON(ctx, client, b.xrpc("app.bsky.actor.getProfiles", q), "application/json", &got); err != nil {
			warns = append(warns, crawler.APIWarning(bskyError(err)))
			continue
		}
		for _, p := range got.Profiles {
			full[p.DID] = p
		}
	}
	out := make([]scout.FollowerSample, 0, len(list))
	for _, f := range list {
		if f.DID == "" {
			continue
		}
		if p, ok := full[f.DID]; ok {
			f = p
		}
		out = append(out, scout.FollowerSample{
			ID:         scout.AccountID(scout.PlatformBluesky, f.DID),
			Handle:     f.Handle,
			AvatarURL:  f.Avatar,
			Bio:        source.CleanText(f.Description, source.MaxBioRunes),
			Followers:  source.SaneCount(f.FollowersCount),
			Following:  source.SaneCount(f.FollowsCount),
			PostsCount: source.SaneCount(f.PostsCount),
		})
	}
	return out, warns
}

// bskyError maps the AppView's error names onto failure kinds. It answers
// 400 for an unknown, taken-down or deactivated actor, which is a
// not_found to Scout, not an http_error.
func bskyError(err error) error {
	var ae *crawler.APIError
	if !errors.As(err, &ae) || ae.Status != http.StatusBadRequest {
		return err
	}
	switch ae.Code {
	case "AccountTakedown", "AccountDeactivated", "ActorNotFound", "NotFound", "RepoNotFound", "RepoTakendown", "RepoDeactivated", "RepoSuspended":
		ae.Kind = scout.FailNotFound
	case "InvalidRequest":
		if m := strings.ToLower(ae.Message); strings.Contains(m, "not found") || strings.Contains(m, "could not find") {
			ae.Kind = scout.FailNotFound
		}
	case "BlockedActor", "BlockedByActor", "AuthRequired", "AuthMissing":
		ae.Kind = scout.FailAuth
	}
	return ae
}

// bskyProfile is app.bsky.actor.defs#profileViewDetailed (getProfile,
// getProfiles) and #profileView (getFollowers entries, without counts).
type bskyProfile struct {
	DID            string      `json:"did"`
	Handle         string      `json:"handle"`
	DisplayName    string      `json:"displayName"`
	Description    string      `json:"description"`
	Avatar         string      `json:"avatar"`
	FollowersCount *int64      `json:"followersCount"`
	FollowsCount   *int64      `json:"followsCount"`
	PostsCount     *int64      `json:"postsCount"`
	Labels         []bskyLabel `json:"labels"`
	PinnedPost     *struct {
		URI string `json:"uri"`
	} `json:"pinnedPost"`
}

// bskyLabel is com.atproto.label.defs#label; Val is the label's name.
type bskyLabel struct {
	Val string `json:"val"`
	Neg bool   `json:"neg"`
}

// account builds the scout.Account of a profile.
func (p *bskyProfile) account(at time.Time) scout.Account {
	handle := p.Handle
	if handle == "" || handle == "handle.invalid" {
		handle = p.DID
	}
	bio := source.CleanText(p.Description, source.MaxBioRunes)
	return scout.Account{
		ID:          scout.AccountID(scout.PlatformBluesky, p.DID),
		Platform:    scout.PlatformBluesky,
		Handle:      handle,
		URL:         "https://bsky.app/profile/" + handle,
		DisplayName: source.CleanText(p.DisplayName, source.MaxNameRunes),
		Bio:         bio,
		Links:       source.DedupeLinks("", source.TextURLs(p.Description)),
		AvatarURL:   source.CutBytes(p.Avatar, source.MaxURLBytes),
		Followers:   source.SaneCount(p.FollowersCount),
		Following:   source.SaneCount(p.FollowsCount),
		PostsCount:  source.SaneCount(p.PostsCount),
		FetchedAt:   at,
	}
}

// bskyFeedItem is app.bsky.feed.defs#feedViewPost.
type bskyFeedItem struct {
	Post   bskyPostView `json:"post"`
	Reason *struct {
		Type      string `json:"$type"`
		IndexedAt string `json:"indexedAt"`
	} `json:"reason"`
}

// bskyPostView is app.bsky.feed.defs#postView.
type bskyPostView struct {
	URI    string      `json:"uri"`
	Author bskyProfile `json:"author"`
	Record bskyRecord  `json:"record"`
	Embed  *bskyEmbed  `json:"embed"`
	// Counts: quoteCount arrived in 2024 and is absent from older
	// responses, so every count is optional.
	ReplyCount  *int64      `json:"replyCount"`
	RepostCount *int64      `json:"repostCount"`
	LikeCount   *int64      `json:"likeCount"`
	QuoteCount  *int64      `json:"quoteCount"`
	IndexedAt   string      `json:"indexedAt"`
	Labels      []bskyLabel `json:"labels"`
}

// bskyRecord is the app.bsky.feed.post record inside a post view.
type bskyRecord struct {
	Text      string          `json:"text"`
	CreatedAt string          `json:"createdAt"`
	Langs     []string        `json:"langs"`
	Reply     *struct{}       `json:"reply"`
	Facets    []bskyFacet     `json:"facets"`
	Labels    *bskySelfLabels `json:"labels"`
}

// bskySelfLabels are the labels an author put on their own post.
type bskySelfLabels struct {
	Values []struct {
		Val string `json:"val"`
	} `json:"values"`
}

// bskyFacet is app.bsky.richtext.facet; link features carry a uri.
type bskyFacet struct {
	Features []struct {
		Type string `json:"$type"`
		URI  string `json:"uri"`
	} `json:"features"`
}

// bskyEmbed is the embed view of a post (#view types).
type bskyEmbed struct {
	Type     string `json:"$type"`
	External *struct {
		URI   string `json:"uri"`
		Thumb string `json:"thumb"`
	} `json:"external"`
	Images []struct {
		Thumb string `json:"thumb"`
	} `json:"images"` // images#view
	Thumbnail string     `json:"thumbnail"` // video#view
	Media     *bskyEmbed `json:"media"`     // recordWithMedia#view
}

// thumbnail is the AppView's preview image of the embed: the first
// image's thumb, a video's thumbnail or a link card's thumb.
func (e *bskyEmbed) thumbnail() string {
	switch {
	case e == nil:
		return ""
	case len(e.Images) > 0:
		return source.AbsURL(nil, e.Images[0].Thumb, false)
	case e.Thumbnail != "":
		return source.AbsURL(nil, e.Thumbnail, false)
	case e.External != nil && e.External.Thumb != "":
		return source.AbsURL(nil, e.External.Thumb, false)
	}
	return e.Media.thumbnail()
}

func (r *bskyRecord) lang() string {
	if len(r.Langs) == 0 {
		return ""
	}
	return source.LangCode(r.Langs[0])
}

// mediaKind reads the kind of a post's embed view: images, video, an
// external link card, or (a quote without media, or no embed) text.
func (e *bskyEmbed) mediaKind() string {
	if e == nil {
		return "text"
	}
	switch {
	case strings.HasPrefix(e.Type, "app.bsky.embed.images"):
		return "image"
	case strings.HasPrefix(e.Type, "app.bsky.embed.video"):
		return "video"
	case strings.HasPrefix(e.Type, "app.bsky.embed.external"):
		return "link"
	case strings.HasPrefix(e.Type, "app.bsky.embed.recordWithMedia"):
		return e.Media.mediaKind()
	}
	return "text"
}

// post turns one feed entry into a Post of accountID. A repost keeps the
// reposted post's text and URL but none of its counts: they are the other
// author's engagement, not this account's, and the account's own repost
// publishes none (scoring reads nil counts as "no data").
func (it *bskyFeedItem) post(accountID string) (scout.Post, bool) {
	v := &it.Post
	if v.URI == "" {
		return scout.Post{}, false
	}
	p := scout.Post{
		ID:           v.URI,
		AccountID:    accountID,
		URL:          bskyPostURL(v.Author.Handle, v.Author.DID, v.URI),
		PublishedAt:  source.FirstTime(v.Record.CreatedAt, v.IndexedAt),
		Text:         source.CleanText(v.Record.Text, source.MaxTextRunes),
		MediaKind:    v.Embed.mediaKind(),
		ThumbnailURL: v.Embed.thumbnail(),
		Language:     v.Record.lang(),
		IsReply:      v.Record.Reply != nil,
	}
	var links []string
	for _, f := range v.Record.Facets {
		for _, ft := range f.Features {
			if ft.Type == "app.bsky.richtext.facet#link" {
				links = append(links, ft.URI)
			}
		}
	}
	if v.Embed != nil && v.Embed.External != nil {
		links = append(links, v.Embed.External.URI)
	}
	for _, l := range links {
		if u := source.AbsURL(nil, l, false); u != "" && !slices.Contains(p.Links, u) && len(p.Links) < source.MaxPostLinks {
			p.Links = append(p.Links, u)
		}
	}
	for _, l := range v.Labels {
		if l.Val != "" && !l.Neg && !slices.Contains(p.Labels, l.Val) {
			p.Labels = append(p.Labels, l.Val)
		}
	}
	if v.Record.Labels != nil {
		for _, l := range v.Record.Labels.Values {
			if l.Val != "" && !slices.Contains(p.Labels, l.Val) {
				p.Labels = append(p.Labels, l.Val)
			}
		}
	}
	reason := ""
	if it.Reason != nil {
		reason = it.Reason.Type
	}
	switch reason {
	case "app.bsky.feed.defs#reasonRepost":
		p.IsRepost = true
		p.ID = v.URI + "#repost"
		if t := source.ParseAPITime(it.Reason.IndexedAt); !t.IsZero() {
			p.PublishedAt = t // when this account reposted it
		}
		return p, true
	case "app.bsky.feed.defs#reasonPin":
		p.Pinned = true
	}
	p.Likes = source.SaneCount(v.LikeCount)
	p.Comments = source.SaneCount(v.ReplyCount)
	reposts, quotes := source.SaneCount(v.RepostCount), source.SaneCount(v.QuoteCount)
	if reposts != nil || quotes != nil {
		var n int64
		if reposts != nil {
			n += *reposts
		}
		if quotes != nil {
			n += *quotes
		}
		p.Shares = scout.Int64(n)
	}
	return p, true
}

// bskyPostURL is the bsky.app address of a post: its author's handle (or
// DID) and the record key, the last segment of the at:// URI.
func bskyPostURL(handle, did, uri string) string {
	rkey := uri[strings.LastIndexByte(uri, '/')+1:]
	if handle == "" || handle == "handle.invalid" {
		handle = did
	}
	return "https://bsky.app/profile/" + handle + "/post/" + rkey
}
