package page

import (
	"mime"
	"net/url"
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler/source"
)

// Bounds on the head elements read, against pages with endless tags.
const (
	maxLinkTags = 2000
	maxFeeds    = 10
)

// headLinks is what <link> and <a rel="me"> elements give.
type headLinks struct {
	canonical string
	feeds     []string
	me        []string
}

// feedTypes are the <link rel="alternate" type> values of syndication feeds.
var feedTypes = map[string]bool{
	"application/rss+xml":   true,
	"application/atom+xml":  true,
	"application/feed+json": true,
}

// readLinks collects the canonical URL, feed links and rel="me" links, all
// absolute and http(s).
func readLinks(doc *goquery.Document, base *url.URL) headLinks {
	var hl headLinks
	seenFeed := make(map[string]bool)
	doc.Find("link[rel], a[rel]").EachWithBreak(func(i int, s *goquery.Selection) bool {
		rels := strings.Fields(strings.ToLower(s.AttrOr("rel", "")))
		href := s.AttrOr("href", "")
		isLink := goquery.NodeName(s) == "link"
		for _, rel := range rels {
			switch {
			case rel == "canonical" && isLink && hl.canonical == "":
				hl.canonical = source.AbsURL(base, href, false)
			case rel == "alternate" && isLink:
				t, _, err := mime.ParseMediaType(s.AttrOr("type", ""))
				if err != nil || !feedTypes[t] || len(hl.feeds) >= maxFeeds {
					continue
				}
				if u := source.AbsURL(base, href, false); u != "" && !seenFeed[u] {
					seenFeed[u] = true
					hl.feeds = append(hl.feeds, u)
				}
			case rel == "me" && len(hl.me) < source.MaxLinks:
				if u := source.AbsURL(base, href, false); u != "" {
					hl.me = append(hl.me, u)
				}
			}
		}
		return i < maxLinkTags
	})
	return hl
}

// titleHandleRe splits the "Name (@handle) …" titles that X, Instagram,
// TikTok and Bluesky put in og:title.
var titleHandleRe = regexp.MustCompile(`^(.+?)\s*\(@([^\s()]+)\)`)

// countRe finds "783.4K Followers", "2,362 Followers", "1 234 followers"
// and "1,2 Mio. Abonnenten" in descriptions; labelFirstRe finds
// "Followers: 1.2M".
var (
	countNum     = `(\d+(?:[.,'’]\d+)*(?:[ \x{00A0}\x{202F}\x{2009}]\d{3}(?:[.,]\d+)?)*\s?(?:[KkMmBb]|[Mm]io\.?|[Mm]ln|[Mm]illion(?:s)?|[Mm]illones|[Mm]ilhões|[Mm]il|[Tt]sd\.?|万|萬|亿|億)?\+?)(?:\s+de)?`
	countLabel   = `(followers?|following|subscribers?|members|abonnenten|seguidores|abonnés|iscritti|seguidos|siguiendo|seguindo|gefolgt|abonnements|seguiti|posts?|tweets|beiträge|publicaciones|publicações|publications|video)`
	countRe      = regexp.MustCompile(`(?i)` + countNum + `\s*` + countLabel + `\b`)
	labelFirstRe = regexp.MustCompile(`(?i)\b` + countLabel + `\s*[:：]\s*` + countNum)
	countsLeadRe = regexp.MustCompile(`(?i)^(?:\s*` + countNum + `\s*` + countLabel + `\b[\s,.;·•|]*)+[-–—|·•:]?\s*`)
)

// countField maps a description label to the Account JSON field it fills.
func countField(label string) string {
	switch l := strings.ToLower(label); {
	case strings.HasPrefix(l, "following"), l == "seguidos", l == "siguiendo", l == "seguindo",
		l == "gefolgt", l == "abonnements", l == "seguiti":
		return "following"
	case strings.HasPrefix(l, "post"), l == "tweets", l == "beiträge", l == "publicaciones",
		l == "publicações", l == "publications", l == "video":
		return "posts_count"
	default:
		return "followers"
	}
}

// descriptionCounts reads follower, following and post counts from
// description prose ("2,362 Followers, 136 Following, 224 Posts - …"), the
// form Instagram and TikTok give link-preview bots. The first mention of
// each field wins.
func descriptionCounts(desc string, p *pageProfile) {
	if len(desc) > 4096 {
		desc = source.CutBytes(desc, 4096)
	}
	apply := func(num, label string) {
		field := countField(label)
		dst := map[string]**int64{"followers": &p.followers, "following": &p.following, "posts_count": &p.posts}[field]
		if *dst != nil {
			return
		}
		v, approx, err := source.ParseCount(num)
		if err != nil {
			return
		}
		*dst = scout.Int64(v)
		if p.approx == nil {
			p.approx = make(map[string]bool)
		}
		p.approx[field] = approx
	}
	for _, m := range countRe.FindAllStringSubmatch(desc, 8) {
		apply(m[1], m[2])
	}
	for _, m := range labelFirstRe.FindAllStringSubmatch(desc, 8) {
		apply(m[2], m[1])
	}
}

// metaProfile reads the OpenGraph and Twitter card fallback.
func metaProfile(meta map[string]string, title string, base *url.URL) pageProfile {
	var p pageProfile
	name := meta["og:title"]
	if name == "" {
		name = meta["twitter:title"]
	}
	if name == "" {
		name = title
	}
	if m := titleHandleRe.FindStringSubmatch(name); m != nil {
		name, p.handle = m[1], m[2]
	}
	p.name = source.CleanText(name, source.MaxNameRunes)
	if u := source.CleanText(meta["profile:username"], source.MaxNameRunes); u != "" && !strings.ContainsRune(u, ' ') {
		p.handle = strings.TrimPrefix(u, "@")
	}
	p.handle = source.CleanText(p.handle, source.MaxNameRunes)
	for _, k := range []string{"og:description", "description", "twitter:description"} {
		descriptionCounts(meta[k], &p)
	}
	for _, k := range []string{"og:description", "twitter:description", "description"} {
		if d := meta[k]; d != "" {
			p.bio = source.CleanText(countsLeadRe.ReplaceAllString(d, ""), source.MaxBioRunes)
			break
		}
	}
	for _, k := range []string{"og:image", "og:image:secure_url", "og:image:url", "twitter:image", "twitter:image:src"} {
		if u := source.AbsURL(base, meta[k], false); u != "" {
			p.image = u
			break
		}
	}
	p.url = source.AbsURL(base, meta["og:url"], false)
	p.found = strings.EqualFold(meta["og:type"], "profile") || meta["profile:username"] != "" ||
		p.followers != nil || p.following != nil || p.posts != nil
	return p
}
