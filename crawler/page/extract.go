package page

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"path"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html/charset"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/source"
)

// declaredUTF8 reports whether the Content-Type names UTF-8 as the
// charset (the fetch layer rewrites a charset it decoded to utf-8).
func declaredUTF8(contentType string) bool {
	_, params, err := mime.ParseMediaType(contentType)
	return err == nil && strings.EqualFold(params["charset"], "utf-8")
}

// maxPageBytes bounds the HTML the extractor parses. The fetch layer caps
// bodies too; this keeps Extract safe when called on its own.
const maxPageBytes = 10 << 20

// Extract reads one fetched HTML page into a web account (platform
// scout.PlatformWeb) and its posts. It is the generic extractor: it knows no
// site, only the structured data most creator pages publish, in priority
// order:
//
//  1. schema.org JSON-LD: a ProfilePage's mainEntity or a bare Person or
//     Organization (single object, array or @graph) gives name, handle
//     (alternateName), bio, url, avatar, identifier, links (sameAs,
//     relatedLink) and counts (interactionStatistic and
//     agentInteractionStatistic); SocialMediaPosting, BlogPosting, Article
//     and VideoObject nodes give posts (newest first, at most 200). A block
//     that does not decode is a warning and the other sources still count.
//  2. The site rules of crawler/siterules fill what JSON-LD left empty: the
//     rule for the page's site (chosen by host, or by shape on a host no
//     rule claims) and the page's microformats (h-card, rel=me). Counts a
//     rule reads ("2 805 members", "10,472 followers") go through
//     source.ParseCount like every other count.
//  3. OpenGraph and Twitter card meta fill what is still empty (name,
//     handle from "Name (@handle)" titles or profile:username, bio, avatar),
//     and counts come from descriptions such as "783.4K Followers, 120
//     Following, 1,234 Posts".
//  4. <link rel="alternate"> feeds become FeedURLs; <a rel="me"> and
//     <link rel="me"> become links.
//
// The page has a profile when JSON-LD names a Person or Organization, or a
// site rule or the page's microformats read one, or og:type is "profile",
// or it has profile:username, published counts, rel="me" links or a feed
// (a blog is a creator). Otherwise Extract returns ErrNoProfile. A content type other than text/html or
// application/xhtml+xml (an empty one is sniffed) returns ErrNotHTML.
//
// The account id is scout.AccountID(PlatformWeb, canonical). canonical is
// the path of the first of the JSON-LD url, <link rel="canonical"> and
// og:url whose host is the fetched page's host (a "www." prefix aside), else
// of the page URL, on the fetch host: host (lower case, default port
// dropped) plus path, without scheme, query, fragment or trailing slash, as
// in "web:example.com/@alice" or "web:127.0.0.1:8081/@maya". A canonical on
// another host is ignored, so the fetch host always stays part of the id: a
// page cannot claim another site's account, and the same fixture served on
// two loopback ports gives two distinct accounts. Account.URL is the same
// location with the fetch scheme.
//
// Everything is bounded (page bytes, JSON-LD blocks and nodes, posts, links,
// text lengths), so a hostile page cannot exhaust memory.
func Extract(pageURL *url.URL, contentType string, body []byte, fetchedAt time.Time) (*crawler.Extraction, error) {
	if pageURL == nil {
		return nil, errors.New("extract page: nil url")
	}
	if !isHTML(contentType, body) {
		return nil, fmt.Errorf("extract %s: content type %q: %w", pageURL.Redacted(), contentType, crawler.ErrNotHTML)
	}
	ext := &crawler.Extraction{}
	if len(body) > maxPageBytes {
		ext.Warnings = append(ext.Warnings, fmt.Sprintf("page: %d bytes, only the first %d parsed", len(body), maxPageBytes))
		body = body[:maxPageBytes]
	}
	var r io.Reader = bytes.NewReader(body)
	if declaredUTF8(contentType) && utf8.Valid(body) {
		// Already what the parser reads: decoding would only copy it.
	} else if cr, err := charset.NewReader(r, contentType); err == nil {
		r = cr
	} else {
		r = bytes.NewReader(body)
	}
	doc, err := goquery.NewDocumentFromReader(r)
	if err != nil {
		return nil, fmt.Errorf("extract %s: parse html: %w", pageURL.Redacted(), err)
	}

	base := pageURL
	if href, ok := doc.Find("base[href]").First().Attr("href"); ok {
		if b, err := pageURL.Parse(strings.TrimSpace(href)); err == nil && (b.Scheme == "http" || b.Scheme == "https") {
			base = b
		}
	}

	var blocks []string
	doc.Find("script[type]").EachWithBreak(func(i int, s *goquery.Selection) bool {
		t, _, err := mime.ParseMediaType(s.AttrOr("type", ""))
		if err == nil && t == "application/ld+json" {
			blocks = append(blocks, s.Text())
		}
		return len(blocks) <= maxJSONLDBlocks
	})
	ld := parseJSONLD(blocks, base)
	ext.Warnings = append(ext.Warnings, ld.warnings...)

	meta := source.ReadMeta(doc)
	title := doc.Find("title").First().Text()
	og := metaProfile(meta, title, base)
	links := readLinks(doc, base)
	ext.FeedURLs = links.feeds

	rule, err := readSiteRules(pageURL, doc)
	if err != nil {
		ext.Warnings = append(ext.Warnings, err.Error())
	}

	if !ld.profile.found && !og.found && rule == nil && len(links.me) == 0 && len(links.feeds) == 0 {
		return ext, fmt.Errorf("extract %s: %w", pageURL.Redacted(), crawler.ErrNoProfile)
	}

	canonID, canonURL := canonicalLocation(pageURL, ld.profile.url, links.canonical, og.url)
	acc := scout.Account{
		ID:          scout.AccountID(scout.PlatformWeb, canonID),
		Platform:    scout.PlatformWeb,
		URL:         canonURL,
		DisplayName: ld.profile.name,
		Bio:         ld.profile.bio,
		AvatarURL:   ld.profile.image,
		Handle:      ld.profile.handle,
		Location:    source.FirstNonEmpty(ld.profile.location, microdataLocation(doc)),
		FetchedAt:   fetchedAt.UTC(),
	}
	var elsewhere []string // a Person.url on another site is one of their links
	if u, err := url.Parse(ld.profile.url); err == nil && ld.profile.url != "" && !sameSite(crawler.HostKey(u), crawler.HostKey(pageURL)) {
		elsewhere = append(elsewhere, ld.profile.url)
	}
	acc.Links = source.DedupeLinks(canonURL, elsewhere, ld.profile.links, links.me)
	fillCounts(&acc, ld.profile)
	// A site rule knows its site better than the generic meta tags (a
	// Dribbble og:image is a shot, not the avatar), so it comes before
	// OpenGraph; it never overrides JSON-LD.
	rule.FillAccount(&acc)
	acc.DisplayName = source.FirstNonEmpty(acc.DisplayName, og.name)
	acc.Bio = source.FirstNonEmpty(acc.Bio, og.bio)
	acc.AvatarURL = source.FirstNonEmpty(acc.AvatarURL, og.image)
	acc.Handle = source.FirstNonEmpty(acc.Handle, og.handle)
	fillCounts(&acc, og)
	slices.SortStableFunc(acc.Approximate, func(a, b string) int { return countOrder(a) - countOrder(b) })
	if acc.Handle == "" {
		acc.Handle = source.HandleFromURL(canonURL)
	}

	posts := ld.posts
	pageLang := source.LangCode(doc.Find("html").First().AttrOr("lang", ""))
	for i := range posts {
		posts[i].AccountID = acc.ID
		if posts[i].Language == "" {
			posts[i].Language = pageLang // the page declares its language
		}
	}
	sort.SliceStable(posts, func(i, j int) bool { return posts[i].PublishedAt.After(posts[j].PublishedAt) })
	if posts == nil {
		posts = []scout.Post{}
	}
	ext.Profile = &scout.Profile{
		Account:   acc,
		Posts:     posts,
		SourceURL: pageURL.String(),
		FetchedAt: fetchedAt.UTC(),
	}
	return ext, nil
}

// fillCounts sets the counts acc does not have yet from p, naming the
// rounded ones in acc.Approximate.
func fillCounts(acc *scout.Account, p pageProfile) {
	for _, c := range []struct {
		dst   **int64
		v     *int64
		field string
	}{
		{&acc.Followers, p.followers, "followers"},
		{&acc.Following, p.following, "following"},
		{&acc.PostsCount, p.posts, "posts_count"},
	} {
		if *c.dst != nil || c.v == nil {
			continue
		}
		*c.dst = c.v
		if p.approx[c.field] && !slices.Contains(acc.Approximate, c.field) {
			acc.Approximate = append(acc.Approximate, c.field)
		}
	}
}

// countOrder orders the names in Account.Approximate as the counts are
// listed, whichever source set them.
func countOrder(field string) int {
	switch field {
	case "followers":
		return 0
	case "following":
		return 1
	default:
		return 2
	}
}

// isHTML reports whether the content type is HTML or XHTML; an empty or
// unparsable one is sniffed from the body the way browsers do.
func isHTML(contentType string, body []byte) bool {
	t, _, err := mime.ParseMediaType(contentType)
	if err != nil || t == "" {
		t, _, _ = mime.ParseMediaType(http.DetectContentType(body))
	}
	return t == "text/html" || t == "application/xhtml+xml"
}

// canonicalLocation picks the account's canonical location (see Extract) and
// returns it as an id ("example.com:8080/@alice") and as a URL.
func canonicalLocation(page *url.URL, candidates ...string) (id, u string) {
	host := crawler.HostKey(page)
	p := page.EscapedPath()
	for _, c := range candidates {
		cu, err := url.Parse(c)
		if c == "" || err != nil || !sameSite(crawler.HostKey(cu), host) {
			continue
		}
		p = cu.EscapedPath()
		break
	}
	p = strings.TrimRight(path.Clean("/"+p), "/")
	scheme := page.Scheme
	if scheme == "" {
		scheme = "https"
	}
	u = scheme + "://" + host + p
	if p == "" {
		u += "/"
	}
	return host + p, u
}

// sameSite treats "www.example.com" and "example.com" as one host.
func sameSite(a, b string) bool {
	return a != "" && strings.TrimPrefix(a, "www.") == strings.TrimPrefix(b, "www.")
}
