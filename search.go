package scout

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
)

// Sort keys accepted by SearchQuery.Sort. A score sort is SortScorePrefix
// followed by one of ScoreNames ("score.overall").
const (
	SortRelevance  = "relevance"
	SortFollowers  = "followers"
	SortEngagement = "engagement"
	// SortGrowth30d orders by Growth.D30.Pct (ComputeGrowth), as of the
	// creator's last indexing.
	SortGrowth30d   = "growth_30d"
	SortScorePrefix = "score."
	// SortTopicShare orders by the share of the one topic the query
	// filters on (SearchQuery.Topics), so it needs exactly one.
	SortTopicShare = "topic_share"
)

// ScoreNames are the scores search can filter and sort on. They are the
// scores every assessment carries (audience_fit depends on a brief and is
// not indexed).
var ScoreNames = []string{"engagement_quality", "brand_safety", "overall"}

// RiskLevels are the brand-safety levels of a category from lowest to
// highest; max_risk.CATEGORY names the highest one allowed.
var RiskLevels = []string{"none", "low", "medium", "high", "floor"}

// BrandSafetyCategories are the GARM categories of the brand_safety score;
// a flag "brand_safety:CATEGORY" marks a creator's content in one. It
// mirrors scoring.Categories (a cmd/scout test keeps them equal).
var BrandSafetyCategories = []string{
	"adult", "arms", "crime", "death_injury", "piracy", "hate",
	"profanity", "drugs_alcohol", "spam", "terrorism", "sensitive_issues", "misinformation",
}

// Formats are a creator's content formats: the media kind of most (more
// than half) of their recent posts whose kind is known, or FormatMixed.
// Articles count as text.
const (
	FormatVideo = "video"
	FormatImage = "image"
	FormatText  = "text"
	FormatMixed = "mixed"
)

// Facet names a search can count hits by.
const (
	FacetPlatform        = "platform"
	FacetLanguage        = "language"
	FacetCountry         = "country"
	FacetTier            = "tier"
	FacetBrandSafetyBand = "brand_safety_band"
	FacetFlags           = "flags"
	FacetTopic           = "topic"
)

// FacetNames lists every facet, in the order responses show them.
var FacetNames = []string{FacetPlatform, FacetTopic, FacetLanguage, FacetCountry, FacetTier, FacetBrandSafetyBand, FacetFlags}

// Brand-safety bands of the brand_safety_band facet: the score's value cut
// where a brand would act on it (BandOf).
const (
	BandSafe   = "safe"   // ≥ 80 and no brand-safety flag: fine for most brands
	BandReview = "review" // 50 to < 80, or ≥ 80 with a brand-safety flag: read the flags first
	BandRisky  = "risky"  // < 50
	// BandUnknown counts creators whose brand_safety is unknown (too few
	// analysed posts), so the facet adds up and thin data stays visible.
	BandUnknown = "unknown"
)

// Bands lists the brand-safety bands, safest first.
var Bands = []string{BandSafe, BandReview, BandRisky, BandUnknown}

// BandOf returns the brand-safety band of a brand_safety score value.
func BandOf(v float64) string {
	switch {
	case v >= 80:
		return BandSafe
	case v >= 50:
		return BandReview
	default:
		return BandRisky
	}
}

// MaxPerPage caps a search page; larger requests are EINVALID, not clamped,
// so a client never silently receives less than it asked for.
const MaxPerPage = 100

// DefaultPerPage is the page size when none is given.
const DefaultPerPage = 20

// Range is an optional closed interval; a nil end is open.
type Range struct {
	Min *float64
	Max *float64
}

// SearchQuery is one search over the index. Text is the user's query (empty
// lists everything); the other fields are filters, facets, sorting and
// paging. Within one list filter the values are alternatives (OR); separate
// filters must all hold (AND).
type SearchQuery struct {
	Text      string
	Platforms []Platform
	// MinFollowers and MaxFollowers bound the followers summed over all
	// accounts, or, when Platforms is set, the followers of the creator's
	// account on one of those platforms.
	MinFollowers *int64
	MaxFollowers *int64
	Languages    []string // ISO 639-1, lower case
	Countries    []string // ISO 3166-1 alpha-2, upper case
	// Topics keeps creators with any of these topics (slugs of TopicList).
	Topics []string
	Tiers  []Tier
	// Bands keeps creators in any of these brand-safety bands (BandSafe,
	// ..., BandUnknown), the values of the brand_safety_band facet.
	Bands []string
	// ER bounds the engagement rate by followers (a fraction).
	ER Range
	// Scores bounds scores by name (one of ScoreNames), 0–100. A creator
	// whose score is unknown fails the bound unless IncludeUnknown is set.
	Scores map[string]Range
	// IncludeUnknown lets creators whose bounded score is unknown (null:
	// too few analysed posts, no engagement counts) pass the Scores
	// bounds, for a user who would rather review thin data than miss it.
	IncludeUnknown bool
	// Flags keeps creators with any of these flag codes, NotFlags drops
	// creators with any of them. A flag a reviewer dismissed counts as
	// absent for both.
	Flags    []string
	NotFlags []string
	// MaxRisk maps a brand-safety category to the highest level allowed
	// (one of RiskLevels). Dismissed brand_safety flags do not count.
	MaxRisk map[string]string
	// PostedWithinDays keeps creators with a post in the last N days.
	PostedWithinDays int
	// HasContact keeps creators with (true) or without (false) a public
	// contact: a mailto: link, a contact/booking page link or an e-mail
	// address in the bio.
	HasContact *bool
	// Stale keeps creators whose data is older than DefaultStalePeriod
	// (true) or fresher (false); creators never fetched count as stale.
	// Schedules' own periods are not applied here.
	Stale *bool
	// Formats keeps creators whose format (FormatVideo, ...) is one of these.
	Formats []string
	// Brands keeps creators who worked with any of these brands (from their
	// sponsored posts); NoSponsor drops those with sponsored posts for any
	// of these. Names match case-insensitively.
	Brands    []string
	NoSponsor []string
	// Affiliate keeps creators who use affiliate links (true) or do not
	// (false); AffiliateNetworks keeps those using any of these networks.
	Affiliate         *bool
	AffiliateNetworks []string
	// ExcludeIDs drops these creators (a hide list, or the creator itself).
	ExcludeIDs []string
	// Facets are the facet names (FacetNames) to count over all matches.
	Facets []string

	Sort string // SortRelevance (default), SortFollowers, SortEngagement, SortGrowth30d, SortTopicShare, "score.NAME"
	Desc bool   // descending order (the API and CLI default to it; relevance is always best first)
	Page int    // 1-based
	// Cursor continues from the end of an earlier page (its NextCursor);
	// it replaces Page and must come from a query with the same sort.
	Cursor  string
	PerPage int
}

// ScoreSort returns the score name of a "score.NAME" sort, or "".
func (q *SearchQuery) ScoreSort() string {
	name, ok := strings.CutPrefix(q.Sort, SortScorePrefix)
	if !ok {
		return ""
	}
	return name
}

// Validate fills defaults and rejects impossible queries with EINVALID,
// naming the parameter at fault.
func (q *SearchQuery) Validate() error {
	if q.Sort == "" {
		q.Sort = SortRelevance
	}
	switch q.Sort {
	case SortRelevance, SortFollowers, SortEngagement, SortGrowth30d:
	case SortTopicShare:
		if len(q.Topics) != 1 {
			return Errorf(EINVALID, "sort=topic_share orders by the share of one topic: give exactly one topic filter (topic=food_drink); got %d", len(q.Topics))
		}
	default:
		if name := q.ScoreSort(); name == "" || !slices.Contains(ScoreNames, name) {
			return Errorf(EINVALID, "sort must be one of relevance, followers, engagement, growth_30d, topic_share, score.%s; got %q",
				strings.Join(ScoreNames, ", score."), q.Sort)
		}
	}
	if q.Page == 0 {
		q.Page = 1
	}
	if q.Page < 1 {
		return Errorf(EINVALID, "page must be 1 or more; got %d", q.Page)
	}
	if q.Cursor != "" && q.Page != 1 {
		return Errorf(EINVALID, "cursor and page cannot be combined: the cursor already says where the page starts")
	}
	if q.PerPage == 0 {
		q.PerPage = DefaultPerPage
	}
	if q.PerPage < 1 || q.PerPage > MaxPerPage {
		return Errorf(EINVALID, "per_page must be between 1 and %d; got %d", MaxPerPage, q.PerPage)
	}
	if q.MinFollowers != nil && *q.MinFollowers < 0 {
		return Errorf(EINVALID, "min_followers must not be negative")
	}
	if q.MinFollowers != nil && q.MaxFollowers != nil && *q.MinFollowers > *q.MaxFollowers {
		return Errorf(EINVALID, "min_followers (%d) is above max_followers (%d)", *q.MinFollowers, *q.MaxFollowers)
	}
	if len(q.Text) > 1000 {
		return Errorf(EINVALID, "query is %d characters; at most 1000", len(q.Text))
	}
	for _, l := range q.Languages {
		if !ValidLanguage(l) {
			return Errorf(EINVALID, "language must be an ISO 639-1 code such as en or de; got %q", l)
		}
	}
	for _, c := range q.Countries {
		if !ValidCountry(c) {
			return Errorf(EINVALID, "country must be an ISO 3166-1 alpha-2 code such as US or DE; got %q", c)
		}
	}
	for _, t := range q.Topics {
		if !ValidTopic(t) {
			return Errorf(EINVALID, "topic must be one of %s; got %q", strings.Join(TopicSlugs(), ", "), t)
		}
	}
	for _, t := range q.Tiers {
		if !ValidTier(string(t)) {
			return Errorf(EINVALID, "tier must be one of nano, micro, mid, macro, mega; got %q", t)
		}
	}
	for _, b := range q.Bands {
		if !slices.Contains(Bands, b) {
			return Errorf(EINVALID, "brand_safety_band must be one of %s; got %q", strings.Join(Bands, ", "), b)
		}
	}
	if err := q.ER.validate("er", 0, 1, " (a fraction: 0.02 is 2%)"); err != nil {
		return err
	}
	for name, r := range q.Scores {
		if !slices.Contains(ScoreNames, name) {
			return Errorf(EINVALID, "score %q is unknown; scores are %s", name, strings.Join(ScoreNames, ", "))
		}
		if err := r.validate("score."+name, 0, 100, ""); err != nil {
			return err
		}
	}
	for _, list := range []struct {
		name  string
		codes []string
	}{{"flag", q.Flags}, {"not_flag", q.NotFlags}} {
		for _, c := range list.codes {
			if !validFlagCode(c) {
				return Errorf(EINVALID, "%s must be a flag code such as undisclosed_sponsorship or brand_safety:adult; got %q", list.name, c)
			}
		}
	}
	for cat, level := range q.MaxRisk {
		if !slices.Contains(BrandSafetyCategories, cat) {
			return Errorf(EINVALID, "max_risk.%s: unknown brand-safety category; categories are %s", cat, strings.Join(BrandSafetyCategories, ", "))
		}
		if !slices.Contains(RiskLevels, level) {
			return Errorf(EINVALID, "max_risk.%s must be one of %s; got %q", cat, strings.Join(RiskLevels, ", "), level)
		}
	}
	if q.PostedWithinDays < 0 || q.PostedWithinDays > 3650 {
		return Errorf(EINVALID, "posted_within_days must be between 1 and 3650; got %d", q.PostedWithinDays)
	}
	for _, f := range q.Formats {
		switch f {
		case FormatVideo, FormatImage, FormatText, FormatMixed:
		default:
			return Errorf(EINVALID, "format must be one of video, image, text, mixed; got %q", f)
		}
	}
	for _, list := range []struct {
		name  string
		names []string
	}{{"brand", q.Brands}, {"no_sponsor", q.NoSponsor}, {"affiliate", q.AffiliateNetworks}} {
		for _, n := range list.names {
			if strings.TrimSpace(n) == "" || len(n) > 200 {
				return Errorf(EINVALID, "%s names must be 1 to 200 characters", list.name)
			}
		}
	}
	for _, f := range q.Facets {
		if !slices.Contains(FacetNames, f) {
			return Errorf(EINVALID, "facets must be among %s; got %q", strings.Join(FacetNames, ", "), f)
		}
	}
	return nil
}

func (r Range) validate(name string, lo, hi float64, hint string) error {
	for _, b := range []struct {
		side string
		v    *float64
	}{{"min_", r.Min}, {"max_", r.Max}} {
		if b.v != nil && (math.IsNaN(*b.v) || *b.v < lo || *b.v > hi) {
			return Errorf(EINVALID, "%s%s must be between %g and %g%s; got %g", b.side, name, lo, hi, hint, *b.v)
		}
	}
	if r.Min != nil && r.Max != nil && *r.Min > *r.Max {
		return Errorf(EINVALID, "min_%s (%g) is above max_%s (%g)", name, *r.Min, name, *r.Max)
	}
	return nil
}

// validFlagCode accepts lower-case snake_case codes with an optional
// ":qualifier" ("brand_safety:adult"); codes unknown today are allowed so
// that a newer scorer's flags are searchable without an API change.
func validFlagCode(c string) bool {
	if c == "" || len(c) > 100 {
		return false
	}
	for _, r := range c {
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') && r != '_' && r != ':' {
			return false
		}
	}
	return c[0] != ':' && c[len(c)-1] != ':' && strings.Count(c, ":") <= 1
}

// String renders the query for logs.
func (q *SearchQuery) String() string {
	return fmt.Sprintf("q=%q platforms=%v sort=%s page=%d", q.Text, q.Platforms, q.Sort, q.Page)
}

// SearchHit is one matching creator id with its relevance, the
// highlighted snippets per field and the posts the query matched in.
type SearchHit struct {
	ID         string              `json:"id"`
	Score      float64             `json:"score"`
	Highlights map[string][]string `json:"highlights,omitempty"`
	// PostMatches are the posts whose text matched the query words, in
	// the order of the creator's indexed posts (newest first).
	PostMatches []PostMatch `json:"post_matches,omitempty"`
}

// PostMatch says where in one post the query matched: the post and the
// byte spans of the matched words in its text, as the index reads it
// (PostSearchText).
type PostMatch struct {
	PostID string   `json:"post_id"`
	Spans  [][2]int `json:"spans"`
}

// PostSearchText is a post's text as search indexes it: the title and the
// text joined by a line break, trimmed. PostMatch spans point into it.
func PostSearchText(p *Post) string {
	return strings.TrimSpace(p.Title + "\n" + p.Text)
}

// TopicExpansion records that a query word named a topic, so the search
// also matched the topic's creators ("cucina" → food_drink), and says so.
type TopicExpansion struct {
	Term  string `json:"term"`
	Topic string `json:"topic"`
}

// SearchResult is one page of hits, the total number of matches, the
// requested facets and the cursor of the next page.
type SearchResult struct {
	Total int         `json:"total"`
	Hits  []SearchHit `json:"hits"`
	// Facets maps each requested facet to its values with counts, most
	// frequent first.
	Facets map[string][]FacetCount `json:"facets,omitempty"`
	// NextCursor continues after the last hit (SearchQuery.Cursor); ""
	// when this page is the last.
	NextCursor string `json:"next_cursor,omitempty"`
	// Expansions are the query words that were also searched as topics.
	Expansions []TopicExpansion `json:"expansions,omitempty"`
}

// FacetCount is one facet value and the number of matches that have it.
type FacetCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// SimilarHit is one lookalike creator: its id, the similarity score and
// the distinctive words it shares with the creator it is like.
type SimilarHit struct {
	ID     string   `json:"id"`
	Score  float64  `json:"score"`
	Shared []string `json:"shared"`
}

// SimilarFinder is the optional capability of a SearchIndex to find
// creators like a given one (callers detect it with a type assertion).
type SimilarFinder interface {
	// Similar returns up to limit creators whose bio and posts share c's
	// most distinctive words, preferring c's tier and platforms, never c
	// itself. EINVALID when limit is out of 1..MaxPerPage.
	Similar(ctx context.Context, c *Creator, limit int) ([]SimilarHit, error)
}

// SearchIndex is the derived full-text index over creators (implemented by
// index on Bleve). It can always be rebuilt from the CreatorService.
type SearchIndex interface {
	// IndexCreators adds or replaces the creators' documents in one batch.
	IndexCreators(ctx context.Context, cs []*Creator) error
	// DeleteCreators removes documents; unknown ids are ignored.
	DeleteCreators(ctx context.Context, ids []string) error
	// Search runs q. EINVALID when the query text cannot be parsed.
	Search(ctx context.Context, q *SearchQuery) (*SearchResult, error)
	// Count returns the number of indexed documents.
	Count(ctx context.Context) (int, error)
}
