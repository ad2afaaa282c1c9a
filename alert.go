package scout

import (
	"context"
	"net/url"
	"strings"
	"time"
)

// Alert kinds: what changed.
const (
	AlertRedFlag      = "red_flag"      // a watched creator got a red flag it did not have
	AlertFollowerDrop = "follower_drop" // a watched account lost more followers than the watch allows
	AlertStale        = "stale"         // a watched creator's data is older than the watch allows
	AlertNewMatch     = "new_match"     // a creator newly matches a saved search
)

// Defaults of a Watch.
const (
	DefaultFollowerDrop   = 0.10 // a 10% drop within DropWindow alerts
	DefaultStaleAfterDays = 30
	// DropWindow is how far back a follower drop is measured: the newest
	// snapshot against the highest count in the window before it.
	DropWindow = 30 * 24 * time.Hour
)

// SavedSearch is a search someone wants to hear about: each creator that
// starts matching it raises a new_match alert. Query holds the search's
// URL query parameters, exactly as GET /api/v1/creators takes them.
type SavedSearch struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Query string `json:"query"`
	// Webhook, when set, receives each new alert as a signed POST.
	Webhook string `json:"webhook,omitempty"`
	// WebhookSecret signs webhook bodies; it is shown once, on creation.
	WebhookSecret string     `json:"-"`
	CreatedBy     string     `json:"created_by,omitempty"` // the API key id
	CreatedAt     time.Time  `json:"created_at"`
	CheckedAt     *time.Time `json:"checked_at"`
}

// Validate trims and checks the name, the query's syntax (its meaning is
// checked by the search parser) and the webhook URL.
func (s *SavedSearch) Validate() error {
	s.Name = strings.TrimSpace(s.Name)
	s.Query = strings.TrimPrefix(strings.TrimSpace(s.Query), "?")
	if s.Name == "" {
		return Errorf(EINVALID, "a saved search needs a name")
	}
	if len(s.Name) > 200 || len(s.Query) > 4000 {
		return Errorf(EINVALID, "saved search name (200) or query (4000 characters) too long")
	}
	if _, err := url.ParseQuery(s.Query); err != nil {
		return Errorf(EINVALID, "query is not URL query parameters: %v", err)
	}
	return ValidateWebhook(s.Webhook)
}

// Watch follows creators (listed, or the members of a shortlist at each
// check) for new red flags, follower drops and stale data.
type Watch struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	CreatorIDs  []string `json:"creator_ids"`
	ShortlistID string   `json:"shortlist_id,omitempty"`
	// FollowerDrop is the fraction (0.1 = 10%) an account may lose within
	// DropWindow before it alerts.
	FollowerDrop float64 `json:"follower_drop"`
	// StaleAfterDays is how old a creator's data may get before it alerts.
	StaleAfterDays int        `json:"stale_after_days"`
	Webhook        string     `json:"webhook,omitempty"`
	WebhookSecret  string     `json:"-"`
	CreatedBy      string     `json:"created_by,omitempty"`
	CreatedAt      time.Time  `json:"created_at"`
	CheckedAt      *time.Time `json:"checked_at"`
}

// Validate fills the defaults and rejects a watch on nothing, bad
// thresholds or a bad webhook.
func (w *Watch) Validate() error {
	w.Name = strings.TrimSpace(w.Name)
	if len(w.CreatorIDs) == 0 && w.ShortlistID == "" {
		return Errorf(EINVALID, "a watch needs creator_ids or a shortlist_id")
	}
	if len(w.CreatorIDs) > 10000 {
		return Errorf(EINVALID, "at most 10000 creators per watch; got %d", len(w.CreatorIDs))
	}
	if w.Name == "" {
		w.Name = "watch"
	}
	if w.FollowerDrop == 0 {
		w.FollowerDrop = DefaultFollowerDrop
	}
	if w.FollowerDrop <= 0 || w.FollowerDrop >= 1 {
		return Errorf(EINVALID, "follower_drop is a fraction between 0 and 1 (0.1 = 10%%); got %g", w.FollowerDrop)
	}
	if w.StaleAfterDays == 0 {
		w.StaleAfterDays = DefaultStaleAfterDays
	}
	if w.StaleAfterDays < 1 {
		return Errorf(EINVALID, "stale_after_days must be 1 or more; got %d", w.StaleAfterDays)
	}
	if w.CreatorIDs == nil {
		w.CreatorIDs = []string{}
	}
	return ValidateWebhook(w.Webhook)
}

// ValidateWebhook accepts "" (no webhook) or an absolute https URL without
// credentials: alert bodies name creators and must not travel in clear.
func ValidateWebhook(raw string) error {
	if raw == "" {
		return nil
	}
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "https" || u.Host == "" || u.User != nil {
		return Errorf(EINVALID, "webhook must be an https:// URL without credentials; got %q", raw)
	}
	return nil
}

// Alert is one change Scout noticed. At is when it noticed, so "alerts
// since T" are the changes found after T.
type Alert struct {
	ID            string    `json:"id"`
	Kind          string    `json:"kind"`
	At            time.Time `json:"at"`
	CreatorID     string    `json:"creator_id"`
	CreatorName   string    `json:"creator_name"`
	SavedSearchID string    `json:"saved_search_id,omitempty"`
	WatchID       string    `json:"watch_id,omitempty"`
	Message       string    `json:"message"`
	// Flag is the new red flag (red_flag).
	Flag *Flag `json:"flag,omitempty"`
	// Drop is the follower drop (follower_drop).
	Drop *FollowerDrop `json:"drop,omitempty"`
	// DataAsOf is the creator's newest data (stale).
	DataAsOf *time.Time `json:"data_as_of,omitempty"`
}

// FollowerDrop is the evidence of a follower_drop alert: two snapshots of
// one account.
type FollowerDrop struct {
	AccountID string    `json:"account_id"`
	From      int64     `json:"from"`
	FromAt    time.Time `json:"from_at"`
	To        int64     `json:"to"`
	ToAt      time.Time `json:"to_at"`
	Fraction  float64   `json:"fraction"`
}

// AlertState is what a saved search or watch has already reported, so each
// change alerts once.
type AlertState struct {
	// Baselined is set by the first check, which records the current
	// state without alerting: what was true when you subscribed is not news.
	Baselined bool                 `json:"baselined"`
	Matches   map[string]bool      `json:"matches,omitempty"`   // creator ids already matching
	RedFlags  map[string][]string  `json:"red_flags,omitempty"` // creator id → red flag codes seen
	Stale     map[string]bool      `json:"stale,omitempty"`     // creator ids reported stale
	Drops     map[string]time.Time `json:"drops,omitempty"`     // account id → snapshot of the last reported drop
}

// AlertFilter selects alerts for FindAlerts.
type AlertFilter struct {
	Since time.Time // alerts noticed at or after Since
	Limit int       // 0 means no limit
}

// AlertService keeps saved searches, watches, their state and the alerts
// they raised (implemented by store on bbolt).
type AlertService interface {
	// CreateSavedSearch validates s, assigns ID and CreatedAt and stores
	// it. EINVALID when Validate rejects it.
	CreateSavedSearch(ctx context.Context, s *SavedSearch) error
	// FindSavedSearches returns every saved search, oldest first.
	FindSavedSearches(ctx context.Context) ([]*SavedSearch, error)
	// DeleteSavedSearch removes it and its state; its alerts stay.
	// ENOTFOUND when absent.
	DeleteSavedSearch(ctx context.Context, id string) error
	// CreateWatch validates w, assigns ID and CreatedAt and stores it.
	CreateWatch(ctx context.Context, w *Watch) error
	// FindWatches returns every watch, oldest first.
	FindWatches(ctx context.Context) ([]*Watch, error)
	// DeleteWatch removes it and its state. ENOTFOUND when absent.
	DeleteWatch(ctx context.Context, id string) error
	// AlertState returns what the saved search or watch with this id has
	// reported (empty for a new one).
	AlertState(ctx context.Context, ownerID string) (*AlertState, error)
	// RecordAlerts saves the owner's new state, its check time and the
	// new alerts (assigning their ids) in one transaction, so a crash
	// never reports a change twice or loses one. ENOTFOUND when the owner
	// was deleted meanwhile.
	RecordAlerts(ctx context.Context, ownerID string, st *AlertState, at time.Time, alerts []*Alert) error
	// FindAlerts returns alerts noticed at or after filter.Since, oldest
	// first.
	FindAlerts(ctx context.Context, filter AlertFilter) ([]*Alert, error)
}
