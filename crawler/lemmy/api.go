package lemmy

import (
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler/source"
)

// details is GetPersonDetailsResponse of the Lemmy API (v3, Lemmy 0.19).
type details struct {
	PersonView struct {
		Person person `json:"person"`
		Counts struct {
			PostCount    *int64 `json:"post_count"`
			CommentCount *int64 `json:"comment_count"`
		} `json:"counts"`
	} `json:"person_view"`
	Posts    []postView    `json:"posts"`
	Comments []commentView `json:"comments"`
}

// person is Lemmy's Person.
type person struct {
	Name         string `json:"name"`
	DisplayName  string `json:"display_name"`
	Avatar       string `json:"avatar"`
	ActorID      string `json:"actor_id"`
	Bio          string `json:"bio"` // Markdown
	Banned       bool   `json:"banned"`
	Deleted      bool   `json:"deleted"`
	BotAccount   bool   `json:"bot_account"`
	MatrixUserID string `json:"matrix_user_id"`
}

// counts are the votes and comments of a post or comment.
type counts struct {
	Comments   *int64 `json:"comments"`    // posts
	ChildCount *int64 `json:"child_count"` // comments
	Score      *int64 `json:"score"`
	Upvotes    *int64 `json:"upvotes"`
	Downvotes  *int64 `json:"downvotes"`
}

// postView is Lemmy's PostView.
type postView struct {
	Post struct {
		Name              string `json:"name"`
		URL               string `json:"url"`
		Body              string `json:"body"`
		Published         string `json:"published"`
		Removed           bool   `json:"removed"`
		Deleted           bool   `json:"deleted"`
		NSFW              bool   `json:"nsfw"`
		APID              string `json:"ap_id"`
		FeaturedCommunity bool   `json:"featured_community"`
		FeaturedLocal     bool   `json:"featured_local"`
		URLContentType    string `json:"url_content_type"`
	} `json:"post"`
	Community community `json:"community"`
	Counts    counts    `json:"counts"`
}

// commentView is Lemmy's CommentView.
type commentView struct {
	Comment struct {
		Content   string `json:"content"` // Markdown
		Published string `json:"published"`
		Removed   bool   `json:"removed"`
		Deleted   bool   `json:"deleted"`
		APID      string `json:"ap_id"`
	} `json:"comment"`
	Community community `json:"community"`
	Counts    counts    `json:"counts"`
}

// community is the part of Lemmy's Community a post names.
type community struct {
	Name  string `json:"name"`
	Title string `json:"title"`
	NSFW  bool   `json:"nsfw"`
}

// account builds the scout.Account. Lemmy users have no followers, so
// followers and following stay unknown; posts_count is the post count
// (comments are counted apart, in the account's fields).
func (d *details) account(t target, at time.Time) scout.Account {
	p := d.PersonView.Person
	actor := source.AbsURL(nil, p.ActorID, false)
	if actor == "" {
		actor = t.base + "/u/" + t.user
	}
	host := t.instance
	if u, err := url.Parse(actor); err == nil && u.Host != "" {
		host = strings.ToLower(u.Host)
	}
	bio := source.CleanText(p.Bio, source.MaxBioRunes)
	acc := scout.Account{
		ID:          scout.AccountID(scout.PlatformLemmy, actor),
		Platform:    scout.PlatformLemmy,
		Handle:      source.FirstNonEmpty(p.Name, t.user) + "@" + host,
		URL:         actor,
		DisplayName: source.CleanText(source.FirstNonEmpty(p.DisplayName, p.Name), source.MaxNameRunes),
		Bio:         bio,
		Links:       source.DedupeLinks(actor, source.TextURLs(bio)),
		AvatarURL:   source.CutBytes(source.AbsURL(nil, p.Avatar, false), source.MaxURLBytes),
		PostsCount:  source.SaneCount(d.PersonView.Counts.PostCount),
		FetchedAt:   at,
	}
	if n := source.SaneCount(d.PersonView.Counts.CommentCount); n != nil {
		acc.Fields = append(acc.Fields, scout.ProfileField{Name: "Comments", Value: strconv.FormatInt(*n, 10)})
	}
	if m := source.CleanText(p.MatrixUserID, source.MaxNameRunes); m != "" {
		acc.Fields = append(acc.Fields, scout.ProfileField{Name: "Matrix", Value: m})
	}
	return acc
}

// posts are the user's posts, then comments (as replies), each kept once,
// removed and deleted ones left out. Upvotes are the likes (Lemmy's API
// calls a vote a like); downvotes have no place and are not kept.
func (d *details) posts(accountID string) []scout.Post {
	var out []scout.Post
	seen := map[string]bool{}
	for _, v := range d.Posts {
		id := source.AbsURL(nil, v.Post.APID, false)
		if id == "" || seen[id] || v.Post.Removed || v.Post.Deleted {
			continue
		}
		seen[id] = true
		link := source.AbsURL(nil, v.Post.URL, false)
		body := source.CleanText(v.Post.Body, source.MaxTextRunes)
		p := scout.Post{
			ID:          id,
			AccountID:   accountID,
			URL:         id,
			PublishedAt: parseTime(v.Post.Published),
			Title:       source.CleanText(v.Post.Name, source.MaxTitleRunes),
			Text:        source.FirstNonEmpty(body, source.CleanText(v.Post.Name, source.MaxTextRunes)),
			Likes:       source.SaneCount(v.Counts.Upvotes),
			Comments:    source.SaneCount(v.Counts.Comments),
			Pinned:      v.Post.FeaturedCommunity || v.Post.FeaturedLocal,
			Sensitive:   v.Post.NSFW || v.Community.NSFW,
			MediaKind:   mediaKind(link, v.Post.URLContentType),
			Links:       source.DedupeLinks(id, nonEmpty(link), source.TextURLs(body)),
		}
		out = append(out, p)
	}
	for _, v := range d.Comments {
		id := source.AbsURL(nil, v.Comment.APID, false)
		if id == "" || seen[id] || v.Comment.Removed || v.Comment.Deleted {
			continue
		}
		seen[id] = true
		text := source.CleanText(v.Comment.Content, source.MaxTextRunes)
		out = append(out, scout.Post{
			ID:          id,
			AccountID:   accountID,
			URL:         id,
			PublishedAt: parseTime(v.Comment.Published),
			Text:        text,
			Likes:       source.SaneCount(v.Counts.Upvotes),
			Comments:    source.SaneCount(v.Counts.ChildCount),
			Sensitive:   v.Community.NSFW,
			IsReply:     true,
			MediaKind:   "text",
			Links:       source.DedupeLinks(id, source.TextURLs(text)),
		})
	}
	return out
}

// mediaKind reads a post's kind from its link and the content type Lemmy
// found there.
func mediaKind(link, contentType string) string {
	switch {
	case strings.HasPrefix(contentType, "image/"):
		return "image"
	case strings.HasPrefix(contentType, "video/"):
		return "video"
	case link != "":
		return "link"
	}
	return "text"
}

// parseTime reads Lemmy's times: RFC 3339 since 0.19, without a zone (UTC)
// before.
func parseTime(s string) time.Time {
	if t := source.ParseAPITime(s); !t.IsZero() {
		return t
	}
	if t, err := time.Parse("2006-01-02T15:04:05.999999999", strings.TrimSpace(s)); err == nil {
		return t.UTC()
	}
	return time.Time{}
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}
