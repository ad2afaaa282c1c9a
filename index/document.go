package index

import (
	"cmp"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/scout-oss/scout"
)

// maxPostsBytes bounds the post text indexed per creator. Creators are read
// with their recent posts (scout.DefaultPostLimit); the cap only guards
// against a pathological feed blowing up one document.
const maxPostsBytes = 64 << 10

// document is the Bleve document of one creator, with the reviews of its
// flags (keyed by code; nil when none), as of now (growth). A map rather than a struct so that
// unknown values are absent instead of indexed as "" or 0: a creator with
// no engagement rate must not match max_er=0.01.
func document(c *scout.Creator, reviews map[string]*scout.FlagReview, now time.Time) map[string]any {
	d := map[string]any{}
	if c.Name != "" {
		d[fieldName] = c.Name
	}
	if c.Bio != "" {
		d[fieldBio] = c.Bio
	}
	var handles, handleTexts, platforms []string
	followersOn := map[string]any{}
	for _, a := range c.Accounts {
		if h := normalizeHandle(a.Handle); h != "" && !slices.Contains(handles, h) {
			handles = append(handles, h)
			handleTexts = append(handleTexts, a.Handle)
		}
		p := normalizePlatform(string(a.Platform))
		if p == "" {
			continue
		}
		if !slices.Contains(platforms, p) {
			platforms = append(platforms, p)
		}
		if a.Followers != nil {
			n, _ := followersOn[platformField(p)].(float64)
			followersOn[platformField(p)] = n + float64(*a.Followers)
		}
	}
	if len(handles) > 0 {
		d[fieldHandle] = handles
		d[fieldHandleText] = handleTexts
	}
	if len(platforms) > 0 {
		d[fieldPlatform] = platforms
	}
	if len(followersOn) == 0 && len(platforms) == 1 && c.Followers != nil {
		// Accounts without counts but a creator total (imported data):
		// with one platform, the total is that platform's.
		followersOn[platformField(platforms[0])] = float64(*c.Followers)
	}
	if len(followersOn) > 0 {
		d[fieldFollowersOn] = followersOn
	}
	// One array element per post: Bleve keeps array positions apart, so a
	// phrase never matches across the end of one post and the next.
	if posts, refs := indexedPosts(c.Posts); len(posts) > 0 {
		d[fieldPosts] = posts
		d[fieldPostRefs] = refs
	}
	var topics []string
	for _, t := range c.Topics {
		if scout.ValidTopic(t.Slug) && !slices.Contains(topics, t.Slug) {
			topics = append(topics, t.Slug)
			d[fieldTopicSharePrefix+t.Slug] = t.Share
		}
	}
	if len(topics) > 0 {
		d[fieldTopics] = topics
	}
	if c.Language != nil && *c.Language != "" {
		d[fieldLanguage] = strings.ToLower(strings.TrimSpace(*c.Language))
	}
	if c.Country != nil && *c.Country != "" {
		d[fieldCountry] = strings.ToUpper(strings.TrimSpace(*c.Country))
	}
	sortValues := map[string]*float64{}
	if c.Followers != nil {
		f := float64(*c.Followers)
		d[fieldFollowers] = f
		d[fieldTier] = string(scout.TierOf(*c.Followers))
		sortValues[sortKeyFollowers] = &f
	}
	if r := c.Engagement.RateByFollowers; r != nil {
		d[fieldEngagement] = *r
		sortValues[sortKeyEngagement] = r
	}
	if g := scout.ComputeGrowth(c.Snapshots, now); g != nil && g.D30 != nil {
		sortValues[sortKeyGrowth] = g.D30.Pct
	}
	// An unknown score (nil, or a nil Value) is absent: it fails every
	// score filter unless the query includes unknowns, and sorts last.
	for _, n := range scout.ScoreNames {
		if v, ok := c.Scores[n].Float(); ok {
			d[fieldScorePrefix+n] = v
			sortValues[fieldScorePrefix+n] = &v
		}
	}
	for _, k := range sortKeys() {
		desc, asc := missingSortValue, missingSortValue
		if v := sortValues[k]; v != nil {
			desc, asc = *v, -*v
		}
		d[fieldDescPrefix+k] = desc
		d[fieldAscPrefix+k] = asc
	}
	if v, ok := c.Scores["brand_safety"].Float(); ok {
		band := scout.BandOf(v)
		// A creator with a brand-safety flag (not dismissed) is never
		// "safe", whatever the score: the facet must agree with the
		// flags beside it.
		if band == scout.BandSafe && hasSafetyFlag(c.Flags, reviews) {
			band = scout.BandReview
		}
		d[fieldBand] = band
	} else {
		d[fieldBand] = scout.BandUnknown
	}
	if flags := activeFlags(c.Flags, reviews); len(flags) > 0 {
		d[fieldFlags] = flags
	}
	if risk := riskTerms(c, reviews); len(risk) > 0 {
		d[fieldRisk] = risk
	}
	if c.DataAsOf != nil {
		d[fieldDataAsOf] = c.DataAsOf.UTC()
	}
	if t := lastPostAt(c.Posts); !t.IsZero() {
		d[fieldLastPostAt] = t
	}
	d[fieldHasContact] = hasContact(c)
	if f := format(c.Posts); f != "" {
		d[fieldFormat] = f
	}
	if p := c.Partnerships; p != nil {
		if brands := mentionNames(p.Brands); len(brands) > 0 {
			d[fieldBrands] = brands
		}
		networks := mentionNames(p.AffiliateNetworks)
		if len(networks) > 0 {
			d[fieldAffiliate] = networks
		}
		d[fieldHasAffil] = len(networks) > 0
	} else {
		d[fieldHasAffil] = false
	}
	return d
}

func postTexts(ps []scout.Post) []string {
	posts, _ := indexedPosts(ps)
	return posts
}

// indexedPosts are the post texts indexed (scout.PostSearchText, up to
// maxPostsBytes) and, element for element, the ids of their posts.
func indexedPosts(ps []scout.Post) (posts, ids []string) {
	size := 0
	for i := range ps {
		t := scout.PostSearchText(&ps[i])
		if t == "" {
			continue
		}
		if size+len(t) > maxPostsBytes {
			break
		}
		size += len(t)
		posts = append(posts, t)
		ids = append(ids, ps[i].ID)
	}
	return posts, ids
}

// normalizeHandle is the exact-match form of a handle: trimmed, lower case,
// without the leading "@" ("@Alice.bsky.social" → "alice.bsky.social").
func normalizeHandle(h string) string {
	return strings.ToLower(strings.TrimPrefix(strings.TrimSpace(h), "@"))
}

// normalizePlatform is the indexed form of a platform name.
func normalizePlatform(p string) string {
	return strings.ToLower(strings.TrimSpace(p))
}

// platformField is the key of a platform in the followers_on sub-document:
// the name with anything but [a-z0-9_-] replaced, as a dot would start a
// deeper path.
func platformField(p string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '-' {
			return r
		}
		return '_'
	}, p)
}

// activeFlags are the codes of the flags no reviewer dismissed.
// hasSafetyFlag reports whether a brand_safety:* flag of warn or red
// severity stands (no reviewer dismissed it).
func hasSafetyFlag(fs []scout.Flag, reviews map[string]*scout.FlagReview) bool {
	for _, f := range fs {
		if strings.HasPrefix(f.Code, "brand_safety:") && f.Severity != scout.SeverityInfo && !reviews[f.Code].Dismissed() {
			return true
		}
	}
	return false
}

func activeFlags(fs []scout.Flag, reviews map[string]*scout.FlagReview) []string {
	var out []string
	for _, f := range fs {
		if f.Code != "" && !reviews[f.Code].Dismissed() && !slices.Contains(out, f.Code) {
			out = append(out, f.Code)
		}
	}
	return out
}

// riskTerms are "category:level" for every brand-safety category above
// none: the level of the category's flag, or (below the flag threshold)
// the max_level the brand_safety score records per category. A dismissed
// brand_safety:CATEGORY flag clears its category.
func riskTerms(c *scout.Creator, reviews map[string]*scout.FlagReview) []string {
	levels := map[string]int{}
	raise := func(cat, level string) {
		if i := slices.Index(scout.RiskLevels, level); i > levels[cat] {
			levels[cat] = i
		}
	}
	for _, f := range c.Flags {
		if cat, ok := strings.CutPrefix(f.Code, "brand_safety:"); ok {
			raise(cat, f.Level)
		}
	}
	if s := c.Scores["brand_safety"]; s != nil {
		if cats, ok := s.Inputs["categories"].(map[string]any); ok {
			for cat, v := range cats {
				if m, ok := v.(map[string]any); ok {
					level, _ := m["max_level"].(string)
					raise(cat, level)
				}
			}
		}
	}
	var out []string
	for cat, i := range levels {
		if i > 0 && !reviews["brand_safety:"+cat].Dismissed() {
			out = append(out, cat+":"+scout.RiskLevels[i])
		}
	}
	slices.Sort(out)
	return out
}

func lastPostAt(ps []scout.Post) time.Time {
	var last time.Time
	for _, p := range ps {
		if p.PublishedAt.After(last) {
			last = p.PublishedAt
		}
	}
	return last.UTC()
}

// format is the media kind of more than half of the posts whose kind is
// known (articles count as text), scout.FormatMixed when none has a
// majority, and "" when no post says.
func format(ps []scout.Post) string {
	counts := map[string]int{}
	known := 0
	for _, p := range ps {
		k := strings.ToLower(p.MediaKind)
		switch k {
		case "article":
			k = scout.FormatText
		case scout.FormatVideo, scout.FormatImage, scout.FormatText:
		default:
			continue
		}
		counts[k]++
		known++
	}
	if known == 0 {
		return ""
	}
	for k, n := range counts {
		if 2*n > known {
			return k
		}
	}
	return scout.FormatMixed
}

// contactPath matches link paths of contact, booking and imprint pages.
var contactPath = regexp.MustCompile(`(?i)(^|[/_.-])(contact|contacts|kontakt|contacto|contato|contatti|impressum|imprint|booking|bookings|business|press|collab|collaborate|work-with-me|hire-me)([/_.-]|$)`)

// emailAddress matches an e-mail address in free text. A fediverse handle
// ("@ana@example.social") is not one; hasContact skips those.
var emailAddress = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`)

// hasContact reports whether the creator publishes a way to reach them:
// any of c.Contacts (derived from the accounts), or, for creators stored
// before contacts were derived, a mailto: link, a link to a
// contact/booking/imprint page, or an e-mail address in the bio.
func hasContact(c *scout.Creator) bool {
	if len(c.Contacts) > 0 {
		return true
	}
	links := slices.Clone(c.Links)
	for _, a := range c.Accounts {
		links = append(links, a.Links...)
	}
	for _, l := range links {
		u, err := url.Parse(strings.TrimSpace(l))
		if err != nil {
			continue
		}
		if strings.EqualFold(u.Scheme, "mailto") || contactPath.MatchString(u.Path) {
			return true
		}
	}
	for _, loc := range emailAddress.FindAllStringIndex(c.Bio, -1) {
		if loc[0] == 0 || c.Bio[loc[0]-1] != '@' {
			return true
		}
	}
	return false
}

// mentionNames are the distinct lower-case names of partner mentions,
// sorted.
func mentionNames(ms []scout.PartnerMention) []string {
	var out []string
	for _, m := range ms {
		if n := normalizeName(m.Name); n != "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	slices.SortFunc(out, cmp.Compare)
	return out
}

// normalizeName is the indexed form of a brand or network name.
func normalizeName(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}
