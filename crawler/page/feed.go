package page

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	ext "github.com/mmcdole/gofeed/extensions"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler/source"
)

// maxFeedBytes bounds the feed documents ParseFeed reads.
const maxFeedBytes = 10 << 20

// ParseFeed reads an RSS 2.0, Atom or JSON Feed document into posts of the
// given account, newest first as the feed lists them, at most 200. Feeds
// are how blogs and YouTube channels publish their posts, so this is the
// generic post source next to Extract:
//
//   - id: the item's guid (RSS), id (Atom, JSON Feed), else its link, else a
//     hash of its date and text, so a post keeps its id across crawls;
//   - url: the item link, resolved against feedURL;
//   - title, and text: the content, else the description (or a YouTube
//     media:description), converted from HTML to plain text;
//   - published: the published date, else the updated date, in UTC;
//   - YouTube's media:group/media:community gives views
//     (media:statistics views). Its media:starRating count is not likes:
//     it counts every rating, dislikes included, so it is not read, and
//     likes stay unknown.
//
// A body that is not a feed is a wrapped error.
func ParseFeed(feedURL *url.URL, body []byte, accountID string) ([]scout.Post, error) {
	f, err := parseFeedDoc(feedURL, body)
	if err != nil {
		return nil, err
	}
	return feedPosts(f, feedURL, accountID), nil
}

// parseFeedDoc parses an RSS, Atom or JSON Feed document within the size
// bound.
func parseFeedDoc(feedURL *url.URL, body []byte) (*gofeed.Feed, error) {
	where := "feed"
	if feedURL != nil {
		where = "feed " + feedURL.Redacted()
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, fmt.Errorf("parse %s: %w", where, errors.New("empty body"))
	}
	if len(body) > maxFeedBytes {
		return nil, fmt.Errorf("parse %s: %d bytes over the %d-byte limit", where, len(body), maxFeedBytes)
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", where, err)
	}
	if f.FeedType == "json" && f.FeedVersion == "" {
		return nil, fmt.Errorf("parse %s: json without a feed version", where)
	}
	return f, nil
}

// feedPosts converts a parsed feed's items into posts of accountID.
func feedPosts(f *gofeed.Feed, feedURL *url.URL, accountID string) []scout.Post {
	feedHome := f.Link
	if feedURL != nil {
		feedHome = feedURL.String()
	}
	posts := []scout.Post{}
	seen := make(map[string]bool)
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		if len(posts) >= maxPosts {
			break
		}
		p := feedPost(it, feedURL, feedHome)
		if p.ID == "" || seen[p.ID] {
			continue
		}
		seen[p.ID] = true
		p.AccountID = accountID
		posts = append(posts, p)
	}
	return posts
}

// feedPost converts one gofeed item.
func feedPost(it *gofeed.Item, base *url.URL, feedHome string) scout.Post {
	var p scout.Post
	p.URL = source.AbsURL(base, it.Link, false)
	if p.URL == "" {
		for _, l := range it.Links {
			if p.URL = source.AbsURL(base, l, false); p.URL != "" {
				break
			}
		}
	}
	p.ID = source.CutBytes(strings.TrimSpace(it.GUID), source.MaxURLBytes)
	if p.ID == "" {
		p.ID = p.URL
	}
	p.Title = source.PlainText(it.Title, source.MaxTitleRunes)
	group := mediaGroup(it.Extensions)
	text := it.Content
	if strings.TrimSpace(text) == "" {
		text = it.Description
	}
	if strings.TrimSpace(text) == "" {
		text = extValue(group, "description")
	}
	p.Text = source.PlainText(text, source.MaxTextRunes)
	p.Links = source.OutboundLinks(text, base, source.HostsOf(feedHome, p.URL)...)
	switch {
	case isVideoItem(it, group):
		p.MediaKind = "video"
	case isAudioItem(it):
		p.MediaKind = "audio"
	}
	if it.ITunesExt != nil {
		p.DurationSeconds = clockSeconds(it.ITunesExt.Duration)
	}
	switch {
	case it.PublishedParsed != nil:
		p.PublishedAt = it.PublishedParsed.UTC()
	case it.UpdatedParsed != nil:
		p.PublishedAt = it.UpdatedParsed.UTC()
	}
	if community := extChild(group, "community"); community != nil {
		if v, ok := extCount(extChild(community, "statistics"), "views"); ok {
			p.Views = scout.Int64(v)
		}
	}
	if p.ID == "" && (p.Title != "" || p.Text != "") {
		sum := sha256.Sum256([]byte(p.PublishedAt.Format(time.RFC3339) + "\x00" + p.Title + "\x00" + p.Text))
		p.ID = "sha256:" + hex.EncodeToString(sum[:12])
	}
	return p
}

// mediaGroup returns the item's media:group (Media RSS), or nil.
func mediaGroup(e ext.Extensions) *ext.Extension {
	if e == nil {
		return nil
	}
	if g := e["media"]["group"]; len(g) > 0 {
		return &g[0]
	}
	return nil
}

// extChild returns e's first child element with the given name, or nil.
func extChild(e *ext.Extension, name string) *ext.Extension {
	if e == nil {
		return nil
	}
	if c := e.Children[name]; len(c) > 0 {
		return &c[0]
	}
	return nil
}

// extValue returns the text of e's first child with the given name.
func extValue(e *ext.Extension, name string) string {
	if c := extChild(e, name); c != nil {
		return c.Value
	}
	return ""
}

// extCount reads a count attribute such as views="33036".
func extCount(e *ext.Extension, attr string) (int64, bool) {
	if e == nil {
		return 0, false
	}
	s, ok := e.Attrs[attr]
	if !ok {
		return 0, false
	}
	v, _, err := source.ParseCount(s)
	return v, err == nil
}

// isVideoItem reports a video: a YouTube entry (yt:videoId), or a video
// media:content or enclosure.
func isVideoItem(it *gofeed.Item, group *ext.Extension) bool {
	if len(it.Extensions["yt"]["videoId"]) > 0 {
		return true
	}
	if c := extChild(group, "content"); c != nil && strings.HasPrefix(c.Attrs["type"], "video/") {
		return true
	}
	for _, e := range it.Enclosures {
		if e != nil && strings.HasPrefix(e.Type, "video/") {
			return true
		}
	}
	return false
}

// isAudioItem reports a podcast episode: an audio enclosure.
func isAudioItem(it *gofeed.Item) bool {
	for _, e := range it.Enclosures {
		if e != nil && strings.HasPrefix(strings.ToLower(e.Type), "audio/") {
			return true
		}
	}
	return false
}

// clockSeconds reads an itunes:duration: seconds ("3723"), or
// [[HH:]MM:]SS ("1:02:03", "62:03"). Anything else is 0 (unknown).
func clockSeconds(s string) int {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 12 {
		return 0
	}
	total := 0
	parts := strings.Split(s, ":")
	if len(parts) > 3 {
		return 0
	}
	for _, part := range parts {
		n, err := strconv.Atoi(part)
		if err != nil || n < 0 || (len(parts) > 1 && part != parts[0] && n >= 60) {
			return 0
		}
		total = total*60 + n
	}
	if total > 7*24*3600 {
		return 0 // a week-long episode is a typo
	}
	return total
}
