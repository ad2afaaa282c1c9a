package page

import (
	"errors"
	"fmt"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	ext "github.com/mmcdole/gofeed/extensions"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/source"
)

// Field names ExtractFeed gives the account's profile fields, so that a
// contact read from one says where it was seen ("field:itunes:owner").
const (
	FieldFeedAuthor  = "author"
	FieldFeedOwner   = "itunes:owner"
	FieldFeedLocked  = "podcast:locked owner"
	FieldFeedGenre   = "itunes:category"
	FieldFeedFunding = "podcast:funding"
)

// ExtractFeed reads a feed given as a crawl target (an RSS 2.0, Atom or
// JSON Feed document: a podcast, a newsletter, a blog's feed) into a web
// account and its posts. For podcasts and newsletters the feed URL is
// often the only address a user has, so the feed is the profile:
//
//   - the account is keyed by the feed's own location (host, path and
//     query: "web:podcast.example/feed.xml"), its URL and FeedURL are the
//     feed URL, and the feed's link (the site) is its first link;
//   - name: the feed title; bio: its description, else itunes:summary;
//     avatar: itunes:image, else the feed image; handle: the last path
//     segment of the site link, else its host;
//   - author (the feed's author, itunes:author, or the first item's
//     author) is the profile field "author"; the podcast owner's name and
//     e-mail (itunes:owner) the field "itunes:owner", and the e-mail of
//     podcast:locked the field "podcast:locked owner", so that ingest
//     records the address as a published contact seen in that field;
//     itunes:category and podcast:location fill the category field and
//     the location; podcast:funding links are links (and fields, with the
//     text the feed gives them);
//   - posts: the items, as ParseFeed reads them (audio enclosures make
//     "audio" posts with their itunes:duration); for a podcast (an item
//     with an audio or video enclosure, or itunes:type) every item is an
//     episode, so the item count is the posts count; a blog or newsletter
//     feed lists only its latest items, so its posts count stays unknown.
//
// Followers are never in a feed: they stay unknown. A body that is not a
// feed is an error wrapping crawler.ErrNotFeed (the crawl records
// unsupported_type).
func ExtractFeed(feedURL *url.URL, body []byte, fetchedAt time.Time) (*crawler.Extraction, error) {
	if feedURL == nil {
		return nil, errors.New("extract feed: nil url")
	}
	f, err := parseFeedDoc(feedURL, body)
	if err != nil {
		return nil, fmt.Errorf("extract feed: %w: %w", crawler.ErrNotFeed, err)
	}
	id, self := feedLocation(feedURL)
	site := source.AbsURL(feedURL, f.Link, false)
	if site == self {
		site = ""
	}
	it := f.ITunesExt
	if it == nil {
		it = &ext.ITunesFeedExtension{}
	}
	acc := scout.Account{
		ID:          scout.AccountID(scout.PlatformWeb, id),
		Platform:    scout.PlatformWeb,
		URL:         self,
		FeedURL:     self,
		DisplayName: source.CleanText(f.Title, source.MaxNameRunes),
		Bio:         source.PlainText(source.FirstNonEmpty(f.Description, it.Summary, it.Subtitle), source.MaxBioRunes),
		AvatarURL:   source.AbsURL(feedURL, it.Image, false),
		FetchedAt:   fetchedAt.UTC(),
	}
	if acc.AvatarURL == "" && f.Image != nil {
		acc.AvatarURL = source.AbsURL(feedURL, f.Image.URL, false)
	}
	if site != "" {
		acc.Handle = source.HandleFromURL(site)
	} else {
		acc.Handle = feedURL.Hostname()
	}
	if a := feedAuthor(f, it); a != "" {
		acc.Fields = append(acc.Fields, scout.ProfileField{Name: FieldFeedAuthor, Value: a})
	}
	if o := it.Owner; o != nil && (o.Email != "" || o.Name != "") {
		v := source.CleanText(o.Name, source.MaxNameRunes)
		if e := source.CleanText(o.Email, source.MaxNameRunes); e != "" {
			v = strings.TrimSpace(v + " <" + e + ">")
		}
		acc.Fields = append(acc.Fields, scout.ProfileField{Name: FieldFeedOwner, Value: v})
	}
	pod := f.Extensions["podcast"]
	for _, l := range pod["locked"] {
		if e := source.CleanText(l.Attrs["owner"], source.MaxNameRunes); e != "" {
			acc.Fields = append(acc.Fields, scout.ProfileField{Name: FieldFeedLocked, Value: e})
			break
		}
	}
	var genres []string
	for _, c := range it.Categories {
		if c != nil && c.Text != "" {
			g := c.Text
			if c.Subcategory != nil && c.Subcategory.Text != "" {
				g += " › " + c.Subcategory.Text
			}
			genres = append(genres, source.CleanText(g, source.MaxNameRunes))
		}
	}
	if len(genres) > 0 {
		acc.Fields = append(acc.Fields, scout.ProfileField{Name: FieldFeedGenre, Value: strings.Join(genres, ", ")})
	}
	for _, l := range pod["location"] {
		if v := source.CleanText(l.Value, source.MaxNameRunes); v != "" {
			acc.Location = v
			break
		}
	}
	var funding []string
	for _, fu := range pod["funding"] {
		u := source.AbsURL(feedURL, fu.Attrs["url"], false)
		if u == "" {
			continue
		}
		funding = append(funding, u)
		v := u
		if t := source.CleanText(fu.Value, source.MaxNameRunes); t != "" {
			v = t + " " + u
		}
		acc.Fields = append(acc.Fields, scout.ProfileField{Name: FieldFeedFunding, Value: v})
	}
	var siteLinks []string
	if site != "" {
		siteLinks = []string{site}
	}
	acc.Links = source.DedupeLinks(self, siteLinks, funding)
	if len(acc.Fields) > maxFeedFields {
		acc.Fields = acc.Fields[:maxFeedFields]
	}

	posts := feedPosts(f, feedURL, acc.ID)
	lang := source.LangCode(f.Language)
	for i := range posts {
		if posts[i].Language == "" {
			posts[i].Language = lang
		}
	}
	if isPodcast(f) {
		acc.PostsCount = source.SaneCount(scout.Int64(int64(len(f.Items))))
	}
	return &crawler.Extraction{Profile: &scout.Profile{
		Account:   acc,
		Posts:     posts,
		SourceURL: feedURL.String(),
		FetchedAt: fetchedAt.UTC(),
	}}, nil
}

// maxFeedFields bounds the profile fields a feed gives (funding links are
// repeatable).
const maxFeedFields = 12

// feedLocation is a feed's stable location: host (lower case, default port
// dropped), path and query, as an id ("podcast.example/feed.xml") and as a
// URL. The query stays because it often names the feed
// ("/index.php?feed=rss2").
func feedLocation(u *url.URL) (id, self string) {
	host := crawler.HostKey(u)
	p := strings.TrimRight(path.Clean("/"+u.EscapedPath()), "/")
	if p == "" {
		p = "/"
	}
	id = host + p
	if u.RawQuery != "" {
		id += "?" + u.RawQuery
	}
	scheme := u.Scheme
	if scheme == "" {
		scheme = "https"
	}
	return id, scheme + "://" + id
}

// feedAuthor is the feed's author: its own name (RSS managingEditor, Atom
// author, JSON Feed authors; a bare webMaster address is no name), else
// itunes:author, else the first item's author.
func feedAuthor(f *gofeed.Feed, it *ext.ITunesFeedExtension) string {
	for _, a := range f.Authors {
		if a != nil {
			if n := source.CleanText(a.Name, source.MaxNameRunes); n != "" {
				return n
			}
		}
	}
	if n := source.CleanText(it.Author, source.MaxNameRunes); n != "" {
		return n
	}
	for _, item := range f.Items {
		if item == nil {
			continue
		}
		for _, a := range item.Authors {
			if a != nil && a.Name != "" {
				return source.CleanText(a.Name, source.MaxNameRunes)
			}
		}
		break
	}
	return ""
}

// isPodcast reports whether the feed is a podcast's: itunes:type
// (episodic, serial), or an item with an audio or video enclosure. A
// podcast feed lists every episode, so its item count is the episode
// count.
func isPodcast(f *gofeed.Feed) bool {
	if f.ITunesExt != nil && f.ITunesExt.Type != "" {
		return true
	}
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		for _, e := range it.Enclosures {
			if e == nil {
				continue
			}
			if t := strings.ToLower(e.Type); strings.HasPrefix(t, "audio/") || strings.HasPrefix(t, "video/") {
				return true
			}
		}
	}
	return false
}
