package pixelfed

import (
	"net/url"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler/source"
)

// account is the account entity of Pixelfed's APIs: Mastodon's fields and
// Pixelfed's own (website, pronouns, location).
type account struct {
	ID             string   `json:"id"`
	Username       string   `json:"username"`
	Acct           string   `json:"acct"`
	DisplayName    string   `json:"display_name"`
	Note           string   `json:"note"`
	URL            string   `json:"url"`
	Avatar         string   `json:"avatar"`
	Website        string   `json:"website"`
	Location       string   `json:"location"`
	Pronouns       []string `json:"pronouns"`
	Locked         bool     `json:"locked"`
	FollowersCount *int64   `json:"followers_count"`
	FollowingCount *int64   `json:"following_count"`
	StatusesCount  *int64   `json:"statuses_count"`
}

// actorURI is the account's ActivityPub actor, its stable id: Pixelfed
// serves actors at /users/NAME on the account's server.
func (a *account) actorURI(t target) string {
	return t.base + "/users/" + source.FirstNonEmpty(a.Username, t.user)
}

// account builds the scout.Account: the website first in links, then the
// links of the bio.
func (a *account) account(t target, at time.Time) scout.Account {
	profile := source.FirstNonEmpty(source.AbsURL(nil, a.URL, false), t.base+"/"+t.user)
	user := source.FirstNonEmpty(a.Username, t.user)
	own := []string{t.instance}
	var links []string
	if w := source.AbsURL(nil, a.Website, true); w != "" {
		links = append(links, w)
	}
	acc := scout.Account{
		ID:          scout.AccountID(scout.PlatformPixelfed, a.actorURI(t)),
		Platform:    scout.PlatformPixelfed,
		Handle:      user + "@" + t.instance,
		URL:         profile,
		DisplayName: source.CleanText(a.DisplayName, source.MaxNameRunes),
		Bio:         source.PlainText(a.Note, source.MaxBioRunes),
		Links:       source.DedupeLinks(profile, links, source.OutboundLinks(a.Note, nil, own...), source.TextURLs(source.PlainText(a.Note, source.MaxBioRunes))),
		AvatarURL:   avatar(a.Avatar),
		Followers:   source.SaneCount(a.FollowersCount),
		Following:   source.SaneCount(a.FollowingCount),
		PostsCount:  source.SaneCount(a.StatusesCount),
		FetchedAt:   at,
	}
	acc.Location = source.CleanText(a.Location, source.MaxNameRunes)
	return acc
}

// avatar is the avatar URL, empty for Pixelfed's default picture.
func avatar(u string) string {
	if strings.Contains(u, "/avatars/default") || strings.HasSuffix(u, "/missing.png") {
		return ""
	}
	return source.CutBytes(source.AbsURL(nil, u, false), source.MaxURLBytes)
}

// status is a post as Pixelfed's APIs give it: Mastodon's Status with
// Pixelfed's reply_count and pf_type.
type status struct {
	ID              string  `json:"id"`
	URI             string  `json:"uri"`
	URL             string  `json:"url"`
	CreatedAt       string  `json:"created_at"`
	Content         string  `json:"content"`
	ContentText     string  `json:"content_text"`
	SpoilerText     string  `json:"spoiler_text"`
	Sensitive       bool    `json:"sensitive"`
	Language        *string `json:"language"`
	InReplyToID     *string `json:"in_reply_to_id"`
	Reblog          *status `json:"reblog"`
	Visibility      string  `json:"visibility"`
	Pinned          bool    `json:"pinned"`
	FavouritesCount *int64  `json:"favourites_count"`
	ReblogsCount    *int64  `json:"reblogs_count"`
	ReplyCount      *int64  `json:"reply_count"`   // Pixelfed
	RepliesCount    *int64  `json:"replies_count"` // Mastodon
	PfType          string  `json:"pf_type"`
	Media           []struct {
		Type string `json:"type"`
		Mime string `json:"mime"`
	} `json:"media_attachments"`
}

// post turns a status into a Post of accountID. A share (reblog) keeps the
// shared post's text and URL but none of its counts: they are another
// author's engagement.
func (s *status) post(t target, accountID string) (scout.Post, bool) {
	if s.ID == "" || s.Visibility == "private" || s.Visibility == "direct" {
		return scout.Post{}, false
	}
	src := s
	if s.Reblog != nil {
		src = s.Reblog
	}
	base, _ := url.Parse(t.base)
	text := source.PlainText(src.Content, source.MaxTextRunes)
	if text == "" {
		text = source.CleanText(src.ContentText, source.MaxTextRunes)
	}
	p := scout.Post{
		ID:             source.FirstNonEmpty(source.AbsURL(nil, s.URI, false), source.AbsURL(nil, s.URL, false), t.base+"/p/"+t.user+"/"+s.ID),
		AccountID:      accountID,
		URL:            source.FirstNonEmpty(source.AbsURL(nil, src.URL, false), source.AbsURL(nil, src.URI, false)),
		PublishedAt:    source.ParseAPITime(s.CreatedAt),
		Text:           text,
		Links:          source.OutboundLinks(src.Content, base, t.instance),
		Sensitive:      src.Sensitive,
		ContentWarning: source.CleanText(src.SpoilerText, source.MaxTitleRunes),
		IsReply:        src.InReplyToID != nil && *src.InReplyToID != "",
		Pinned:         s.Pinned,
		MediaKind:      mediaKind(src),
	}
	if src.Language != nil {
		p.Language = source.LangCode(*src.Language)
	}
	if s.Reblog != nil {
		p.IsRepost = true
		return p, true
	}
	p.Likes = source.SaneCount(s.FavouritesCount)
	p.Shares = source.SaneCount(s.ReblogsCount)
	p.Comments = source.SaneCount(s.ReplyCount)
	if p.Comments == nil {
		p.Comments = source.SaneCount(s.RepliesCount)
	}
	return p, true
}

// mediaKind is "video" when any attachment is a video, "image" when any is
// a photo, "text" otherwise.
func mediaKind(s *status) string {
	kind := "text"
	for _, m := range s.Media {
		switch {
		case m.Type == "video" || m.Type == "gifv" || strings.HasPrefix(m.Mime, "video/"):
			return "video"
		case m.Type == "image" || strings.HasPrefix(m.Mime, "image/"):
			kind = "image"
		}
	}
	if kind == "text" && strings.HasPrefix(s.PfType, "video") {
		return "video"
	}
	if kind == "text" && strings.HasPrefix(s.PfType, "photo") {
		return "image"
	}
	return kind
}
