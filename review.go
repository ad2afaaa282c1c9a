package scout

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"
)

// Flag review decisions.
const (
	// DecisionConfirm says a person checked the flag and it is right.
	DecisionConfirm = "confirm"
	// DecisionDismiss says the flag is wrong for this creator: search then
	// treats the flag as absent (flag, not_flag, max_risk, the flags facet).
	DecisionDismiss = "dismiss"
)

// MaxReviewReason bounds a review's reason, in characters.
const MaxReviewReason = 2000

// FlagReview is a person's decision on one flag of one creator. Scoring
// replaces a creator's flags on every re-score, so reviews are kept apart,
// keyed by creator id and flag code, and joined to the flags when they are
// read (API, exports) and indexed (search). A review therefore survives
// re-scoring and applies again whenever the scorer raises the same code.
type FlagReview struct {
	CreatorID string `json:"creator_id"`
	Code      string `json:"code"`
	Decision  string `json:"decision"`
	Reason    string `json:"reason"`
	// By names who decided (the API key's name once keys exist; "" before).
	By string    `json:"by"`
	At time.Time `json:"at"`
}

// Validate trims the reason and rejects an incomplete review with EINVALID.
// A dismissal needs a reason, because the next person to see the creator
// will ask why the flag was overruled.
func (r *FlagReview) Validate() error {
	r.Reason = strings.TrimSpace(r.Reason)
	switch {
	case r.CreatorID == "":
		return Errorf(EINVALID, "review has no creator id")
	case !validFlagCode(r.Code):
		return Errorf(EINVALID, "flag code %q is not a flag code such as brand_safety:adult", r.Code)
	case r.Decision != DecisionConfirm && r.Decision != DecisionDismiss:
		return Errorf(EINVALID, "decision must be confirm or dismiss; got %q", r.Decision)
	case r.Decision == DecisionDismiss && r.Reason == "":
		return Errorf(EINVALID, "reason is required to dismiss a flag")
	case !utf8.ValidString(r.Reason):
		return Errorf(EINVALID, "reason is not valid UTF-8")
	case utf8.RuneCountInString(r.Reason) > MaxReviewReason:
		return Errorf(EINVALID, "reason is longer than %d characters", MaxReviewReason)
	}
	return nil
}

// Dismissed reports whether r dismisses its flag (nil means not reviewed).
func (r *FlagReview) Dismissed() bool { return r != nil && r.Decision == DecisionDismiss }

// FlagReviewService stores flag reviews (implemented by store on bbolt).
type FlagReviewService interface {
	// ReviewFlag stores r, replacing an earlier review of the same creator
	// and code, and sets r.At to now when it is zero. EINVALID when r fails
	// Validate, ENOTFOUND when the creator does not exist.
	ReviewFlag(ctx context.Context, r *FlagReview) error
	// DeleteFlagReview removes a review. ENOTFOUND when there is none.
	DeleteFlagReview(ctx context.Context, creatorID, code string) error
	// FindFlagReviews returns the reviews of the given creators, keyed by
	// creator id, each creator's ordered by code. Creators without reviews
	// are absent from the map.
	FindFlagReviews(ctx context.Context, creatorIDs []string) (map[string][]*FlagReview, error)
}

// ReviewsByCode indexes one creator's reviews by flag code.
func ReviewsByCode(rs []*FlagReview) map[string]*FlagReview {
	m := make(map[string]*FlagReview, len(rs))
	for _, r := range rs {
		m[r.Code] = r
	}
	return m
}
