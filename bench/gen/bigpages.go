package gen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"
)

// BigPage is one pre-rendered profile page of about 150 KB, as creator
// sites and platform profile pages weigh: its own part (head, JSON-LD
// ProfilePage with the person and 20 posts, the posts as HTML) and a
// shared part (inline CSS, a navigation and footer of nested markup, an
// inline script bundle), of which there are a few variants. Serving it
// costs two writes and no rendering.
type BigPage struct {
	Head, Body []byte // the page's own bytes, before and after the shared part
	Shared     int    // index into BigPages.Shared
}

// BigPages is a pre-rendered set of profile pages over hosts: page n of
// host h is Pages[h][n].
type BigPages struct {
	Shared [][]byte
	Pages  [][]BigPage
}

// Size is how many bytes page (h, n) has.
func (b *BigPages) Size(h, n int) int {
	p := b.Pages[h][n]
	return len(p.Head) + len(b.Shared[p.Shared]) + len(p.Body)
}

// NewBigPages renders perHost pages for each of hosts hosts,
// deterministically. The pages are rendered before any server listens, so
// their links are relative and the server fills nothing in at request
// time.
func NewBigPages(hosts, perHost int, now time.Time) *BigPages {
	r := rand.New(rand.NewPCG(15, 150))
	b := &BigPages{}
	for v := range 4 {
		b.Shared = append(b.Shared, sharedChunk(r, v))
	}
	b.Pages = make([][]BigPage, hosts)
	for h := range hosts {
		b.Pages[h] = make([]BigPage, perHost)
		for n := range perHost {
			b.Pages[h][n] = bigPage(r, h, n, len(b.Shared), now)
		}
	}
	return b
}

func sentence(r *rand.Rand, topic []string, words int) string {
	var sb strings.Builder
	for i := range words {
		if i > 0 {
			sb.WriteByte(' ')
		}
		if r.IntN(4) == 0 {
			sb.WriteString(topic[r.IntN(len(topic))])
		} else {
			sb.WriteString(commonWords[r.IntN(len(commonWords))])
		}
	}
	return sb.String()
}

// sharedChunk is the part of a page every profile of a site shares: about
// 130 KB of CSS, nested navigation and footer markup, and an inline
// script.
func sharedChunk(r *rand.Rand, variant int) []byte {
	var b bytes.Buffer
	b.WriteString("<style>\n")
	for i := range 450 {
		fmt.Fprintf(&b, ".c%d-%d{margin:%dpx %dpx;padding:%dpx;color:#%06x;font:%dpx/1.4 system-ui,sans-serif}\n",
			variant, i, r.IntN(20), r.IntN(20), r.IntN(12), r.IntN(1<<24), 11+r.IntN(8))
	}
	b.WriteString("</style>\n</head><body>\n<nav class=\"top\"><ul>\n")
	for i := range 120 {
		fmt.Fprintf(&b, `<li class="c%d-%d"><a href="/section/%d" class="nav-link"><span class="icon i%d"></span><span class="label">%s</span></a></li>`+"\n",
			variant, i%450, i, i%17, sentence(r, topics[i%len(topics)], 2))
	}
	b.WriteString("</ul></nav>\n<div id=\"app-shell\">\n")
	for i := range 260 {
		fmt.Fprintf(&b, `<div class="c%d-%d row"><div class="col"><span class="muted">%s</span></div><div class="col"><a href="/t/%d">%s</a></div></div>`+"\n",
			variant, (i*7)%450, sentence(r, topics[i%len(topics)], 4), i, sentence(r, topics[(i+3)%len(topics)], 2))
	}
	b.WriteString("</div>\n")
	b.WriteString("<footer><p>Terms · Privacy · Cookies · Help</p></footer>\n<script>\n")
	for i := range 380 {
		fmt.Fprintf(&b, "function f%d_%d(a,b){var x=a*%d+b;if(x>%d){return window.__s[%d]||null}return [a,b,x].join('-')}\n",
			variant, i, r.IntN(100), r.IntN(10000), i)
	}
	b.WriteString("</script>\n")
	return b.Bytes()
}

// bigPage renders page n of host h: an Open Graph profile with a JSON-LD
// ProfilePage (the person, counts, links, 20 posts with their counts) and
// the posts again as HTML.
func bigPage(r *rand.Rand, h, n, shared int, now time.Time) BigPage {
	topic := topics[r.IntN(len(topics))]
	name := sentence(r, topic, 2)
	handle := fmt.Sprintf("h%dc%d", h, n)
	followers := int64(math.Pow(10, 2.5+4*r.Float64()))
	following, posts := r.IntN(2000), 50+r.IntN(2000)
	bio := sentence(r, topic, 30)
	path := PagePath(n)
	type counter struct {
		Type  string `json:"@type"`
		What  string `json:"interactionType"`
		Count int64  `json:"userInteractionCount"`
	}
	type post struct {
		Type      string    `json:"@type"`
		ID        string    `json:"identifier"`
		URL       string    `json:"url"`
		Published string    `json:"datePublished"`
		Text      string    `json:"articleBody"`
		Stats     []counter `json:"interactionStatistic"`
	}
	var ps []post
	var html strings.Builder
	for i := range 20 {
		at := now.Add(-time.Duration(i*30+r.IntN(30)) * time.Hour).UTC().Format(time.RFC3339)
		text := sentence(r, topic, 45)
		likes := int64(float64(followers) * (0.005 + 0.05*r.Float64()))
		comments := likes / int64(5+r.IntN(20))
		ps = append(ps, post{Type: "SocialMediaPosting", ID: fmt.Sprintf("%s-p%d", handle, i), URL: fmt.Sprintf("%s/p/%d", path, i),
			Published: at, Text: text, Stats: []counter{
				{"InteractionCounter", "https://schema.org/LikeAction", likes},
				{"InteractionCounter", "https://schema.org/CommentAction", comments}}})
		fmt.Fprintf(&html, `<article class="post"><header><a href="%s/p/%d"><time datetime="%s">%s</time></a></header><p>%s</p><footer><span class="likes">%d likes</span> · <span class="comments">%d comments</span></footer></article>`+"\n",
			path, i, at, at[:10], text, likes, comments)
	}
	ld := map[string]any{
		"@context": "https://schema.org", "@type": "ProfilePage",
		"mainEntity": map[string]any{
			"@type": "Person", "name": name, "alternateName": "@" + handle, "description": bio, "url": path,
			"sameAs":                    []string{fmt.Sprintf("https://social.example/@%s", handle), fmt.Sprintf("https://video.example/c/%s", handle)},
			"interactionStatistic":      counter{"InteractionCounter", "https://schema.org/FollowAction", followers},
			"agentInteractionStatistic": []counter{{"InteractionCounter", "https://schema.org/FollowAction", int64(following)}, {"InteractionCounter", "https://schema.org/WriteAction", int64(posts)}},
		},
		"hasPart": ps,
	}
	j, _ := json.Marshal(ld)
	var head bytes.Buffer
	fmt.Fprintf(&head, `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>%[1]s (@%[2]s)</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:type" content="profile">
<meta property="og:title" content="%[1]s (@%[2]s)">
<meta property="profile:username" content="%[2]s">
<meta property="og:description" content="%[3]d Followers, %[4]d Following, %[5]d Posts - %[6]s">
<link rel="canonical" href="%[7]s">
<script type="application/ld+json">%[8]s</script>
`, name, handle, followers, following, posts, bio, path, j)
	var body bytes.Buffer
	fmt.Fprintf(&body, `<main><section class="profile"><h1>%s</h1><p class="bio">%s</p><ul class="stats"><li>%d followers</li><li>%d following</li><li>%d posts</li></ul></section>
<section class="posts">
%s</section></main>
</body></html>
`, name, bio, followers, following, posts, html.String())
	return BigPage{Head: head.Bytes(), Body: body.Bytes(), Shared: r.IntN(shared)}
}
