package scout

import (
	"context"
	"math"
	"strings"
	"time"
)

// Brand-safety presets a brief may choose. They mirror Google Ads'
// Expanded / Standard / Limited inventory (research/scoring.md §1.3, §6.3):
// the stricter the preset, the lower the GARM risk level that already makes
// a creator unsuitable.
const (
	BrandSafetyLimited  = "limited"
	BrandSafetyStandard = "standard"
	BrandSafetyExpanded = "expanded"
)

// Disclosure regions: whose rules decide whether a sponsored post is
// clearly disclosed (US FTC, UK ASA/CMA, EU member-state rules; scoring.md §2).
const (
	RegionUS = "us"
	RegionUK = "uk"
	RegionEU = "eu"
)

// Brief is what a brand is looking for. Scoring rates each creator's fit
// against it; the hard constraints (languages, countries, platforms, follower
// range, minimum engagement, brand-safety preset) exclude a creator as
// unsuitable with the reason. The JSON is the public API.
type Brief struct {
	ID       string   `json:"id,omitempty"`
	Name     string   `json:"name"`
	Keywords []string `json:"keywords"`
	MustHave []string `json:"must_have,omitempty"`
	// Topics asks for creators of these topics (slugs of TopicList),
	// instead of or beside keywords: the creator's share of the best of
	// them is its topic relevance.
	Topics            []string      `json:"topics,omitempty"`
	Exclude           []string      `json:"exclude,omitempty"`
	Languages         []string      `json:"languages,omitempty"` // ISO 639-1
	Countries         []string      `json:"countries,omitempty"` // ISO 3166-1 alpha-2
	Platforms         []Platform    `json:"platforms,omitempty"`
	MinFollowers      *int64        `json:"min_followers,omitempty"`
	MaxFollowers      *int64        `json:"max_followers,omitempty"`
	MinEngagementRate *float64      `json:"min_engagement_rate,omitempty"` // a fraction: 0.01 is 1%
	BrandSafety       string        `json:"brand_safety,omitempty"`        // limited, standard (default), expanded
	DisclosureRegion  string        `json:"disclosure_region,omitempty"`   // us (default), uk, eu
	Weights           *BriefWeights `json:"weights,omitempty"`
}

// BriefWeights are the exponents of the overall score's weighted geometric
// mean. Nil or all-zero means the defaults; they are normalised to sum to 1.
type BriefWeights struct {
	AudienceFit       float64 `json:"audience_fit"`
	EngagementQuality float64 `json:"engagement_quality"`
	BrandSafety       float64 `json:"brand_safety"`
}

// Validate fills defaults (standard preset, US disclosure rules), lower-cases
// codes, and rejects impossible briefs with EINVALID.
func (b *Brief) Validate() error {
	if strings.TrimSpace(b.Name) == "" {
		return Errorf(EINVALID, "brief name is required")
	}
	if len(b.Keywords) == 0 && len(b.MustHave) == 0 && len(b.Topics) == 0 {
		return Errorf(EINVALID, "brief needs at least one keyword, must_have term or topic")
	}
	for i, t := range b.Topics {
		t = strings.ToLower(strings.TrimSpace(t))
		if !ValidTopic(t) {
			return Errorf(EINVALID, "topic %q is not one of %s", b.Topics[i], strings.Join(TopicSlugs(), ", "))
		}
		b.Topics[i] = t
	}
	for _, list := range [][]string{b.Keywords, b.MustHave, b.Exclude} {
		for _, k := range list {
			if strings.TrimSpace(k) == "" {
				return Errorf(EINVALID, "brief terms must not be empty")
			}
			if len(k) > 100 {
				return Errorf(EINVALID, "brief term %q is over 100 characters", k[:20]+"…")
			}
		}
	}
	if n := len(b.Keywords) + len(b.MustHave) + len(b.Exclude); n > 200 {
		return Errorf(EINVALID, "brief has %d terms; at most 200", n)
	}
	for i, l := range b.Languages {
		l = strings.ToLower(strings.TrimSpace(l))
		if len(l) != 2 || !isLetters(l) {
			return Errorf(EINVALID, "language %q is not an ISO 639-1 code", b.Languages[i])
		}
		b.Languages[i] = l
	}
	for i, c := range b.Countries {
		c = strings.ToUpper(strings.TrimSpace(c))
		if len(c) != 2 || !isLetters(c) {
			return Errorf(EINVALID, "country %q is not an ISO 3166-1 alpha-2 code", b.Countries[i])
		}
		b.Countries[i] = c
	}
	for _, p := range b.Platforms {
		if p == "" {
			return Errorf(EINVALID, "platform must not be empty")
		}
	}
	if b.MinFollowers != nil && *b.MinFollowers < 0 {
		return Errorf(EINVALID, "min_followers must not be negative")
	}
	if b.MaxFollowers != nil && *b.MaxFollowers < 0 {
		return Errorf(EINVALID, "max_followers must not be negative")
	}
	if b.MinFollowers != nil && b.MaxFollowers != nil && *b.MinFollowers > *b.MaxFollowers {
		return Errorf(EINVALID, "min_followers (%d) is above max_followers (%d)", *b.MinFollowers, *b.MaxFollowers)
	}
	if r := b.MinEngagementRate; r != nil && (math.IsNaN(*r) || *r < 0 || *r > 1) {
		return Errorf(EINVALID, "min_engagement_rate is a fraction between 0 and 1 (0.01 is 1%%)")
	}
	b.BrandSafety = strings.ToLower(b.BrandSafety)
	switch b.BrandSafety {
	case "":
		b.BrandSafety = BrandSafetyStandard
	case BrandSafetyLimited, BrandSafetyStandard, BrandSafetyExpanded:
	default:
		return Errorf(EINVALID, "brand_safety must be limited, standard or expanded; got %q", b.BrandSafety)
	}
	b.DisclosureRegion = strings.ToLower(b.DisclosureRegion)
	switch b.DisclosureRegion {
	case "":
		b.DisclosureRegion = RegionUS
	case RegionUS, RegionUK, RegionEU:
	default:
		return Errorf(EINVALID, "disclosure_region must be us, uk or eu; got %q", b.DisclosureRegion)
	}
	if w := b.Weights; w != nil {
		for _, v := range []float64{w.AudienceFit, w.EngagementQuality, w.BrandSafety} {
			if math.IsNaN(v) || v < 0 || v > 10 {
				return Errorf(EINVALID, "weights must be between 0 and 10")
			}
		}
	}
	return nil
}

func isLetters(s string) bool {
	for _, r := range s {
		if (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') {
			return false
		}
	}
	return true
}

// BriefFilter selects briefs for FindBriefs. Zero values mean "any".
type BriefFilter struct {
	Offset int
	Limit  int // 0 means no limit
}

// BriefService keeps the briefs brand teams rank creators against
// (implemented by store on bbolt), so a brief is written once and its
// matches re-read as the creators change.
type BriefService interface {
	// CreateBrief validates b (filling its defaults), assigns b.ID and
	// stores it; an ID set by the caller is replaced. EINVALID when
	// Validate rejects it.
	CreateBrief(ctx context.Context, b *Brief) error

	// FindBriefByID returns one brief. ENOTFOUND when there is none.
	FindBriefByID(ctx context.Context, id string) (*Brief, error)

	// FindBriefs returns a page of briefs, oldest first, and the number
	// stored. EINVALID for a negative offset or limit.
	FindBriefs(ctx context.Context, filter BriefFilter) ([]*Brief, int, error)

	// DeleteBrief removes a brief. ENOTFOUND when there is none.
	DeleteBrief(ctx context.Context, id string) error
}

// BriefScorer rates a creator against a brief (implemented by the scoring
// engine). Like Scorer it is pure and deterministic; the Assessment adds
// scores["audience_fit"], an overall with the brief's weights, and an
// "unsuitable" flag whose evidence lists every failed hard constraint.
type BriefScorer interface {
	ScoreBrief(c *Creator, b *Brief, now time.Time) Assessment
	// NewBriefRanker starts a ranking of creators against b as of now
	// that keeps the best limit matches and the first limit exclusions
	// (0 keeps all). b should have passed Validate.
	NewBriefRanker(b *Brief, now time.Time, limit int) BriefRanker
}

// BriefRanker ranks creators against one brief as they are fed to it, so
// a caller can stream a whole store or search through it in bounded memory
// (implemented by scoring). The api ranks through it without knowing the
// scoring engine.
type BriefRanker interface {
	// Add scores c against the brief and files it as a match, an
	// exclusion or a creator that needs data; a creator id seen twice is
	// ranked once.
	Add(c *Creator)
	// Ranking returns the ranked matches and the exclusions so far, as
	// BriefRanking describes; the lists are never nil.
	Ranking() BriefRanking
}

// Flag codes that take a creator out of a brief's ranking.
const (
	FlagUnsuitable = "unsuitable" // a hard constraint of the brief failed
	FlagIneligible = "ineligible" // a confirmed brand-safety floor hit
	// FlagOffTopic: none of the brief's keywords appears in the bio or the
	// recent posts. Not a failed constraint, but such a creator never
	// matches a brief with keywords.
	FlagOffTopic = "off_topic"
)

// BriefMatch is one creator that passed every gate of a brief with a known
// overall score: the creator
// without posts and snapshots, its engagement, scores, flags and
// partnerships replaced by the brief-scoped assessment, and its 1-based rank.
type BriefMatch struct {
	Rank int `json:"rank"`
	*Creator
}

// BriefExclusion is a creator a gate took out of the ranking, with each
// reason in plain words, so a brand team sees why someone is missing.
type BriefExclusion struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Reasons []string `json:"reasons"`
}

// BriefNeedsData is a creator no gate excluded but whose data cannot
// decide the brief: its overall score is unknown (too few posts, unknown
// engagement, followers, language or market), so it is listed apart with
// what is missing instead of passing a gate silently.
type BriefNeedsData struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Missing []string `json:"missing"`
}

// BriefRanking is the result of ranking creators against a brief. Matches
// are ordered by overall score, best first, ties by id; Excluded and
// NeedsData by id. The totals count every creator seen, also those a limit
// left out.
type BriefRanking struct {
	TotalMatches   int              `json:"total_matches"`
	Matches        []BriefMatch     `json:"matches"`
	TotalExcluded  int              `json:"total_excluded"`
	Excluded       []BriefExclusion `json:"excluded"`
	TotalNeedsData int              `json:"total_needs_data"`
	NeedsData      []BriefNeedsData `json:"needs_data"`
}
