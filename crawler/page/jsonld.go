package page

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"net/url"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler/source"
)

// JSON-LD bounds: a hostile page may carry thousands of blocks or one huge
// block; past these limits the rest is ignored with a warning.
const (
	maxJSONLDBlocks = 32
	maxJSONLDBytes  = 1 << 20 // per block
	maxJSONLDNodes  = 2000    // top-level nodes over all blocks, after @graph
	maxJSONLDDepth  = 8       // how deep posts are looked for
	maxPosts        = 200
)

// ldNode is one decoded JSON-LD object.
type ldNode = map[string]any

// pageProfile is the profile facts one source (JSON-LD, OpenGraph) yields.
// Empty strings and nil counts mean "not found here", so sources can be
// merged field by field in priority order.
type pageProfile struct {
	found      bool // a profile entity (Person, Organization) was seen
	name       string
	handle     string
	bio        string
	url        string // as published, absolute
	image      string
	identifier string
	links      []string
	followers  *int64
	following  *int64
	posts      *int64
	approx     map[string]bool // JSON field names of counts that were rounded
	location   string          // homeLocation or address, as one line
}

// ldResult is what the JSON-LD blocks of a page yield.
type ldResult struct {
	profile  pageProfile
	posts    []scout.Post
	warnings []string
}

// parseJSONLD decodes the page's JSON-LD blocks and picks the profile entity
// and the posts out of them. A block that does not decode becomes a warning.
func parseJSONLD(blocks []string, base *url.URL) ldResult {
	var res ldResult
	var top []ldNode
	for i, b := range blocks {
		if i >= maxJSONLDBlocks {
			res.warnings = append(res.warnings, fmt.Sprintf("json-ld: %d blocks, only the first %d read", len(blocks), maxJSONLDBlocks))
			break
		}
		if len(b) > maxJSONLDBytes {
			res.warnings = append(res.warnings, fmt.Sprintf("json-ld block %d: %d bytes, over the %d-byte limit", i+1, len(b), maxJSONLDBytes))
			continue
		}
		v, err := decodeJSONLD(b)
		if err != nil {
			res.warnings = append(res.warnings, fmt.Sprintf("json-ld block %d: %v", i+1, err))
			continue
		}
		top = appendTopNodes(top, v)
	}
	if len(top) > maxJSONLDNodes {
		top = top[:maxJSONLDNodes]
		res.warnings = append(res.warnings, fmt.Sprintf("json-ld: over %d nodes, the rest ignored", maxJSONLDNodes))
	}

	ids := make(map[string]ldNode)
	for _, n := range top {
		if id, ok := n["@id"].(string); ok && id != "" {
			if _, dup := ids[id]; !dup {
				ids[id] = n
			}
		}
	}
	resolve := func(v any) any {
		if m, ok := v.(ldNode); ok && len(m) == 1 {
			if id, ok := m["@id"].(string); ok && ids[id] != nil {
				return ids[id]
			}
		}
		return v
	}

	page, entity := findProfileEntity(top, resolve)
	if entity != nil {
		res.profile = ldProfile(entity, page, base)
	}

	c := postCollector{base: base, resolve: resolve, seen: make(map[string]bool)}
	for _, n := range top {
		c.visit(n, 0)
	}
	res.posts = c.posts
	if c.dropped > 0 {
		res.warnings = append(res.warnings, fmt.Sprintf("json-ld: %d posts over the %d-post limit ignored", c.dropped, maxPosts))
	}
	return res
}

// decodeJSONLD decodes one block, tolerating what real pages do: HTML
// comment or CDATA wrappers, a trailing semicolon, and raw newlines inside
// strings (bsky.app emits those).
func decodeJSONLD(s string) (any, error) {
	s = strings.TrimSpace(s)
	for _, p := range []string{"<!--", "//<![CDATA[", "<![CDATA["} {
		s = strings.TrimPrefix(s, p)
	}
	s = strings.TrimSpace(s)
	for _, p := range []string{"-->", "//]]>", "]]>", ";"} {
		s = strings.TrimSuffix(s, p)
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, fmt.Errorf("decode: empty block")
	}
	dec := json.NewDecoder(strings.NewReader(escapeRawControls(s)))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	return v, nil
}

// escapeRawControls escapes control characters that appear raw inside JSON
// strings, which strict JSON forbids but browsers' JSON-LD readers accept.
func escapeRawControls(s string) string {
	var b []byte // nil until the first raw control character
	in, esc := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case esc:
			esc = false
		case in && c == '\\':
			esc = true
		case c == '"':
			in = !in
		case in && c < 0x20:
			if b == nil {
				b = make([]byte, 0, len(s)+16)
				b = append(b, s[:i]...)
			}
			b = fmt.Appendf(b, `\u%04x`, c)
			continue
		}
		if b != nil {
			b = append(b, c)
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

// appendTopNodes flattens a decoded block into its top-level nodes: a single
// object, an array of objects, or the members of an @graph.
func appendTopNodes(top []ldNode, v any) []ldNode {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			if len(top) > maxJSONLDNodes {
				break
			}
			if m, ok := e.(ldNode); ok {
				top = appendTopNodes(top, m)
			}
		}
	case ldNode:
		if g, ok := x["@graph"]; ok {
			if _, typed := x["@type"]; typed {
				top = append(top, x)
			}
			for _, e := range asList(g) {
				if m, ok := e.(ldNode); ok && len(top) <= maxJSONLDNodes {
					top = append(top, m)
				}
			}
			return top
		}
		top = append(top, x)
	}
	return top
}

// findProfileEntity picks the account the page is about: the mainEntity of
// the first ProfilePage, else the first top-level Person, else the first
// top-level Organization. It also returns the ProfilePage, whose url stands
// in for the entity's when the entity has none.
func findProfileEntity(top []ldNode, resolve func(any) any) (page, entity ldNode) {
	for _, n := range top {
		if !hasType(n, "ProfilePage") {
			continue
		}
		for _, e := range asList(n["mainEntity"]) {
			if m, ok := resolve(e).(ldNode); ok && (hasType(m, "Person") || hasType(m, "Organization")) {
				return n, m
			}
		}
		for _, e := range asList(n["about"]) {
			if m, ok := resolve(e).(ldNode); ok && (hasType(m, "Person") || hasType(m, "Organization")) {
				return n, m
			}
		}
	}
	for _, t := range []string{"Person", "Organization"} {
		for _, n := range top {
			if hasType(n, t) {
				return nil, n
			}
		}
	}
	return nil, nil
}

// ldProfile reads a Person or Organization. Counters follow schema.org and
// the real pages in ../shared/formats: interactionStatistic is what others
// do to the account (FollowAction = followers; X also puts its "Friends"
// SubscribeAction = following and "Tweets" WriteAction = posts there), and
// agentInteractionStatistic is what the account does (Bluesky: FollowAction
// = following, WriteAction = posts). Action types are matched on their
// suffix, so "https://schema.org/FollowAction", "http://schema.org/
// FollowAction", "FollowAction" and {"@type": ...} all work.
func ldProfile(n, page ldNode, base *url.URL) pageProfile {
	p := pageProfile{found: true, approx: make(map[string]bool)}
	p.name = source.CleanText(ldText(n["name"]), source.MaxNameRunes)
	// A handle is text; a bare number in alternateName is more likely an id.
	alt := n["alternateName"]
	if _, num := alt.(json.Number); num {
		alt = nil
	}
	if h := source.CleanText(ldText(alt), source.MaxNameRunes); h != "" && !strings.ContainsRune(h, ' ') {
		p.handle = strings.TrimPrefix(h, "@")
	}
	// schema.org description is Text, not HTML: keep the creator's literal
	// characters (a bio that says "<script>" says it) and let the page escape.
	p.bio = source.CleanText(ldText(n["description"]), source.MaxBioRunes)
	p.location = ldLocation(n)
	p.url = source.AbsURL(base, ldText(n["url"]), false)
	if p.url == "" && page != nil {
		p.url = source.AbsURL(base, ldText(page["url"]), false)
	}
	p.image = source.AbsURL(base, imageURL(n["image"]), false)
	if p.image == "" {
		p.image = source.AbsURL(base, imageURL(n["logo"]), false)
	}
	p.identifier = source.CutBytes(identifier(n["identifier"]), source.MaxURLBytes)
	for _, key := range []string{"sameAs", "relatedLink"} {
		for _, v := range asList(n[key]) {
			if u := source.AbsURL(base, ldText(v), true); u != "" {
				p.links = append(p.links, u)
			}
		}
	}
	if page != nil {
		for _, v := range asList(page["relatedLink"]) {
			if u := source.AbsURL(base, ldText(v), true); u != "" {
				p.links = append(p.links, u)
			}
		}
	}

	var subscribers *int64
	subscribersApprox := false
	set := func(field string, dst **int64, v int64, approx bool) {
		if *dst == nil {
			*dst = scout.Int64(v)
			p.approx[field] = approx
		}
	}
	for _, c := range counters(n["interactionStatistic"]) {
		switch c.action {
		case "FollowAction":
			set("followers", &p.followers, c.value, c.approx)
		case "SubscribeAction":
			if strings.Contains(c.name, "friend") || strings.Contains(c.name, "following") {
				set("following", &p.following, c.value, c.approx)
			} else if subscribers == nil {
				subscribers, subscribersApprox = scout.Int64(c.value), c.approx
			}
		case "WriteAction":
			set("posts_count", &p.posts, c.value, c.approx)
		}
	}
	if subscribers != nil {
		set("followers", &p.followers, *subscribers, subscribersApprox)
	}
	for _, c := range counters(n["agentInteractionStatistic"]) {
		switch c.action {
		case "FollowAction", "SubscribeAction":
			set("following", &p.following, c.value, c.approx)
		case "WriteAction":
			set("posts_count", &p.posts, c.value, c.approx)
		}
	}
	return p
}

// counter is one schema.org InteractionCounter.
type counter struct {
	action string // type suffix: "FollowAction"
	name   string // lower-cased label, "friends" on X
	value  int64
	approx bool
}

// counters reads interactionStatistic in any of its shapes (object, array,
// string type or object type, number or string count), skipping counters
// whose count does not parse.
func counters(v any) []counter {
	var out []counter
	for _, e := range asList(v) {
		m, ok := e.(ldNode)
		if !ok {
			continue
		}
		action := ""
		switch t := m["interactionType"].(type) {
		case string:
			action = typeSuffix(t)
		case ldNode:
			action = typeSuffix(ldText(t["@type"]))
			if action == "" {
				action = typeSuffix(ldText(t["@id"]))
			}
		}
		if action == "" {
			continue
		}
		value, approx, ok := countValue(m["userInteractionCount"])
		if !ok {
			continue
		}
		out = append(out, counter{action: action, name: strings.ToLower(ldText(m["name"])), value: value, approx: approx})
		if len(out) >= 32 {
			break
		}
	}
	return out
}

// countValue reads a count given as a JSON number or as text.
func countValue(v any) (int64, bool, bool) {
	switch x := v.(type) {
	case json.Number:
		f, err := x.Float64()
		if err != nil || f < 0 || f > source.MaxCount || math.IsNaN(f) {
			return 0, false, false
		}
		return int64(math.Round(f)), f != math.Trunc(f), true
	case string:
		n, approx, err := source.ParseCount(x)
		if err != nil {
			return 0, false, false
		}
		return n, approx, true
	case []any:
		if len(x) > 0 {
			return countValue(x[0])
		}
	}
	return 0, false, false
}

// postTypes are the schema.org types read as posts.
var postTypes = []string{
	"SocialMediaPosting", "BlogPosting", "Article", "NewsArticle", "TechArticle",
	"DiscussionForumPosting", "VideoObject", "PodcastEpisode",
}

// postContainers are the properties followed when looking for posts:
// @graph members, hasPart, a Blog's blogPost, an ItemList's elements, a
// page's mainEntity.
var postContainers = []string{"@graph", "mainEntity", "hasPart", "blogPost", "blogPosts", "itemListElement", "item", "subjectOf", "workExample"}

// postCollector walks the JSON-LD tree collecting posts, deduplicated by id
// and bounded by maxPosts.
type postCollector struct {
	base    *url.URL
	resolve func(any) any
	seen    map[string]bool
	posts   []scout.Post
	dropped int
}

func (c *postCollector) visit(n ldNode, depth int) {
	if depth > maxJSONLDDepth {
		return
	}
	for _, t := range postTypes {
		if hasType(n, t) {
			c.add(n)
			break
		}
	}
	for _, key := range postContainers {
		for _, e := range asList(n[key]) {
			if m, ok := c.resolve(e).(ldNode); ok {
				c.visit(m, depth+1)
			}
		}
	}
}

func (c *postCollector) add(n ldNode) {
	p, ok := ldPost(n, c.base)
	if !ok || c.seen[p.ID] {
		return
	}
	if len(c.posts) >= maxPosts {
		c.dropped++
		return
	}
	c.seen[p.ID] = true
	c.posts = append(c.posts, p)
}

// ldPost reads one SocialMediaPosting, BlogPosting, Article or VideoObject.
// Its id is the JSON-LD identifier, else its url, else its @id, else a hash
// of its date and text, so the same post gets the same id on every crawl.
func ldPost(n ldNode, base *url.URL) (scout.Post, bool) {
	var p scout.Post
	p.URL = source.AbsURL(base, ldText(n["url"]), false)
	p.ID = source.CutBytes(identifier(n["identifier"]), source.MaxURLBytes)
	if p.ID == "" {
		p.ID = p.URL
	}
	if p.ID == "" {
		p.ID = source.CutBytes(ldText(n["@id"]), source.MaxURLBytes)
	}
	p.Title = source.CleanText(firstStr(n, "headline", "name"), source.MaxTitleRunes)
	body := firstStr(n, "articleBody", "text", "description", "caption")
	p.Text = source.PlainText(body, source.MaxTextRunes)
	p.Links = source.OutboundLinks(body, base, source.HostsOf(base.String(), p.URL)...)
	switch {
	case hasType(n, "VideoObject"):
		p.MediaKind = "video"
		p.DurationSeconds = source.ISODurationSeconds(ldText(n["duration"]))
	case hasType(n, "BlogPosting"), hasType(n, "Article"), hasType(n, "NewsArticle"), hasType(n, "TechArticle"):
		p.MediaKind = "article"
	}
	if p.Title == p.Text {
		p.Title = ""
	}
	p.PublishedAt = parseTime(firstStr(n, "datePublished", "dateCreated", "uploadDate", "dateModified"))
	p.Language = ldLanguage(n["inLanguage"])
	for _, c := range counters(n["interactionStatistic"]) {
		var dst **int64
		switch c.action {
		case "LikeAction":
			dst = &p.Likes
		case "CommentAction", "ReplyAction":
			dst = &p.Comments
		case "ShareAction":
			dst = &p.Shares
		case "WatchAction", "ViewAction":
			dst = &p.Views
		}
		if dst != nil && *dst == nil {
			*dst = scout.Int64(c.value)
		}
	}
	if p.Comments == nil {
		if v, _, ok := countValue(n["commentCount"]); ok {
			p.Comments = scout.Int64(v)
		}
	}
	if p.ID == "" {
		if p.Title == "" && p.Text == "" {
			return p, false
		}
		sum := sha256.Sum256([]byte(p.PublishedAt.Format(time.RFC3339) + "\x00" + p.Title + "\x00" + p.Text))
		p.ID = "sha256:" + hex.EncodeToString(sum[:12])
	}
	return p, true
}

// timeLayouts are the date forms seen in JSON-LD, most specific first.
var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02",
	time.RFC1123Z,
	time.RFC1123,
}

// parseTime reads a published date in UTC; times without a zone are taken
// as UTC. An unreadable date is the zero time.
func parseTime(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}
	}
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}

// hasType reports whether n's @type (a string or an array, possibly a full
// IRI or a prefixed name) ends in t.
func hasType(n ldNode, t string) bool {
	for _, v := range asList(n["@type"]) {
		if s, ok := v.(string); ok && typeSuffix(s) == t {
			return true
		}
	}
	return false
}

// typeSuffix turns "https://schema.org/FollowAction", "schema:FollowAction"
// and "FollowAction" into "FollowAction".
func typeSuffix(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexAny(s, "/#:"); i >= 0 {
		s = s[i+1:]
	}
	return s
}

// asList treats a single value as a one-element list, so properties that
// may be an object or an array are read one way.
func asList(v any) []any {
	switch x := v.(type) {
	case nil:
		return nil
	case []any:
		return x
	default:
		return []any{x}
	}
}

// ldText reads a text value: a string, a number, a {"@value": ...} object, or
// the first text of an array. Anything else is "".
func ldText(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case json.Number:
		return x.String()
	case ldNode:
		if s, ok := x["@value"].(string); ok {
			return s
		}
	case []any:
		for _, e := range x {
			if s := ldText(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// firstStr returns the first non-empty text among n's keys.
func firstStr(n ldNode, keys ...string) string {
	for _, k := range keys {
		if s := strings.TrimSpace(ldText(n[k])); s != "" {
			return s
		}
	}
	return ""
}

// identifier reads schema.org identifier: text, a number, a PropertyValue
// {"value": ...}, or an array of those.
func identifier(v any) string {
	switch x := v.(type) {
	case ldNode:
		if s := ldText(x["value"]); s != "" {
			return strings.TrimSpace(s)
		}
		return strings.TrimSpace(ldText(x["@id"]))
	case []any:
		for _, e := range x {
			if s := identifier(e); s != "" {
				return s
			}
		}
		return ""
	}
	return strings.TrimSpace(ldText(v))
}

// imageURL reads schema.org image: a URL, an ImageObject (url or
// contentUrl), or an array of those.
func imageURL(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case ldNode:
		if s := firstStr(x, "url", "contentUrl", "@id"); s != "" {
			return s
		}
	case []any:
		for _, e := range x {
			if s := imageURL(e); s != "" {
				return s
			}
		}
	}
	return ""
}
