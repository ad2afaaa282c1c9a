package scout

import "time"

// Engagement summarises how an audience responds to a creator's posts. Rates
// are fractions (0.0142 is 1.42%), nil when they cannot be computed. Formula
// and PostsAnalyzed say exactly how the numbers were made.
type Engagement struct {
	RateByFollowers *float64 `json:"rate_by_followers"`
	RateByViews     *float64 `json:"rate_by_views"`
	PostsAnalyzed   int      `json:"posts_analyzed"`
	Window          int      `json:"window"`
	Formula         string   `json:"formula"`
}

// Score is one 0–100 rating with everything needed to check it: the formula,
// the inputs it used, the scorer version, a confidence from sample sizes, and
// the plain-words reasons that moved it most.
//
// Value is nil (JSON null) when the data is too thin to rate: too few
// analysed posts, no engagement counts, a part of the overall unknown.
// Missing then says what is missing, so "we don't know" never reads as a
// number: unknown scores sort after known ones, fail minimum-score filters
// and brief gates, and export as empty cells.
type Score struct {
	Value      *float64       `json:"value"`
	Version    string         `json:"version"`
	Confidence float64        `json:"confidence"`
	Formula    string         `json:"formula"`
	Inputs     map[string]any `json:"inputs"`
	Reasons    []string       `json:"reasons"`
	Evidence   []Evidence     `json:"evidence,omitempty"`
	// Missing lists what an unknown score lacks, one "what: detail" item
	// each ("posts: 2 analysed, 3 needed"); the part before the colon is
	// a stable key (posts, engagement, followers, language, market, or
	// the name of an unknown score). Empty when Value is set.
	Missing []string `json:"missing,omitempty"`
}

// Known reports whether s has a value. A nil score is unknown too, so
// callers can ask about a score a creator may not have at all.
func (s *Score) Known() bool { return s != nil && s.Value != nil }

// Float returns the value and whether it is known.
func (s *Score) Float() (float64, bool) {
	if !s.Known() {
		return 0, false
	}
	return *s.Value, true
}

// Flag severities.
const (
	SeverityInfo = "info"
	SeverityWarn = "warn"
	SeverityRed  = "red"
)

// Flag marks something a brand should know about a creator. Codes are stable:
// exports and search filters use them.
type Flag struct {
	Code     string     `json:"code"`
	Severity string     `json:"severity"`
	Level    string     `json:"level,omitempty"`
	Message  string     `json:"message"`
	Evidence []Evidence `json:"evidence"`
}

// Evidence points at the post (or snapshot) that supports a score or flag.
type Evidence struct {
	PostID      string     `json:"post_id,omitempty"`
	URL         string     `json:"url,omitempty"`
	PublishedAt *time.Time `json:"published_at,omitempty"`
	Excerpt     string     `json:"excerpt,omitempty"`
	Match       string     `json:"match,omitempty"`
	Rule        string     `json:"rule,omitempty"`
}

// Assessment is everything a Scorer derives from a creator's stored data.
type Assessment struct {
	Engagement Engagement        `json:"engagement"`
	Scores     map[string]*Score `json:"scores"`
	Flags      []Flag            `json:"flags"`
	// Partnerships is the creator's sponsorship profile (brands, affiliate
	// networks, codes, paid-post performance); nil when not computed.
	Partnerships *Partnerships `json:"partnerships,omitempty"`
	// AccountEngagement is each account's own engagement, keyed by account
	// id, from that account's own original posts; Engagement above is the
	// largest account's.
	AccountEngagement map[string]Engagement `json:"account_engagement,omitempty"`
}

// Scorer rates a creator. Implementations are pure and deterministic: the
// same creator (with its posts and snapshots loaded) and the same now give the
// same Assessment, so scores can be golden-tested and re-derived at will.
type Scorer interface {
	Score(c *Creator, now time.Time) Assessment
}
