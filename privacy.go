package scout

import (
	"context"
	"fmt"
	"time"
)

// Suppressor keeps the list of people who asked to be forgotten. Scout
// collects personal data from the open web, so an erased person would come
// back with the next crawl, discovery run or import unless every way in
// asks this list first. Implementations keep only keyed hashes of the
// identifiers, never the identifiers themselves.
//
// Identifiers are the normalised keys of package target (SubjectKeys,
// AccountKeys, CreatorSubjectKey), so that a person matches however a URL
// or handle is written ("https://www.Example.com/alice/" and
// "web:example.com/alice").
type Suppressor interface {
	// IsSuppressed reports whether any of the identifiers is on the list.
	IsSuppressed(ctx context.Context, identifiers ...string) (bool, error)
	// Suppress adds the identifiers to the list; adding one twice is
	// harmless. Empty identifiers are ignored.
	Suppress(ctx context.Context, identifiers ...string) error
}

// NopSuppressor suppresses nothing: the default where no list is wired.
type NopSuppressor struct{}

var _ Suppressor = NopSuppressor{}

// IsSuppressed implements Suppressor; it is always false.
func (NopSuppressor) IsSuppressed(context.Context, ...string) (bool, error) { return false, nil }

// Suppress implements Suppressor; it keeps nothing.
func (NopSuppressor) Suppress(context.Context, ...string) error { return nil }

// Audit actions: what an AuditEntry records.
const (
	AuditErase     = "erase"     // a creator and their data were erased
	AuditSuppress  = "suppress"  // identifiers were suppressed without stored data
	AuditRetention = "retention" // old posts and snapshots were dropped
	AuditCompact   = "compact"   // the store file was rewritten without free pages
)

// AuditEntry is one line of the privacy audit log: who did what and when.
// Subject is the keyed hash of the person (the same hash the suppression
// list keeps), never the erased data, so the log itself holds nothing
// about the person that the erasure removed.
type AuditEntry struct {
	At     time.Time `json:"at"`
	Actor  string    `json:"actor"`
	Action string    `json:"action"`
	// Subject is the hex HMAC of the person's creator key, or "" for an
	// action on the whole store (retention, compact).
	Subject string `json:"subject,omitempty"`
	// Detail counts what was done ("accounts 2, posts 41, ...").
	Detail string `json:"detail,omitempty"`
}

// AuditFilter selects audit entries, oldest first. Zero values mean "any".
type AuditFilter struct {
	Since time.Time
	Limit int // 0 means DefaultAuditLimit
}

// DefaultAuditLimit and MaxAuditLimit bound one audit listing.
const (
	DefaultAuditLimit = 500
	MaxAuditLimit     = 5000
)

// AuditLog keeps the privacy audit log (implemented by store). Entries
// are only appended; nothing in Scout edits or deletes them.
type AuditLog interface {
	// RecordAudit appends e; a zero At is set to now.
	RecordAudit(ctx context.Context, e *AuditEntry) error
	// FindAuditEntries returns entries at or after filter.Since, oldest
	// first. EINVALID when the limit is out of range.
	FindAuditEntries(ctx context.Context, filter AuditFilter) ([]*AuditEntry, error)
}

// Erasure reports what erasing one creator removed, as counts: the data
// itself is gone and is not repeated here.
type Erasure struct {
	// Subject is the audit hash of the person (AuditEntry.Subject).
	Subject          string `json:"subject"`
	Accounts         int    `json:"accounts"`
	Posts            int    `json:"posts"`
	Snapshots        int    `json:"snapshots"`
	FlagReviews      int    `json:"flag_reviews"`
	ShortlistEntries int    `json:"shortlist_entries"`
	Visits           int    `json:"visits"`
	Alerts           int    `json:"alerts"`
	// Other counts the rest: links, aliases, the hide-list entry,
	// validators, targets in jobs, schedules and queued frontiers, watch
	// entries, and saved searches, watches, jobs and alerts whose text
	// named the person.
	Other int `json:"other"`
	// Suppressed is how many identifiers went onto the suppression list.
	Suppressed int `json:"suppressed"`
	// IndexIDs are the creator ids (the creator and every id merged into
	// it) whose search documents must go too.
	IndexIDs []string `json:"-"`
	// AccountIDs are the erased accounts, whose images must go too
	// (ImageStore.DeleteAccountImages).
	AccountIDs []string `json:"-"`
}

// String renders the counts for the audit log and the CLI.
func (e *Erasure) String() string {
	return fmt.Sprintf("accounts %d, posts %d, snapshots %d, flag reviews %d, shortlist entries %d, visits %d, alerts %d, other records %d, identifiers suppressed %d",
		e.Accounts, e.Posts, e.Snapshots, e.FlagReviews, e.ShortlistEntries, e.Visits, e.Alerts, e.Other, e.Suppressed)
}

// SubjectExport is everything Scout holds about one person, for a
// data-subject access request: the creator with every account, post and
// snapshot, how they were found and why accounts were joined, the crawl
// visits of their URLs, the shortlists and reviews that mention them.
type SubjectExport struct {
	Ref         string    `json:"ref"`
	GeneratedAt time.Time `json:"generated_at"`
	// Creator carries accounts, all posts, all snapshots, found_via and
	// identity evidence; nil when nothing is stored.
	Creator          *Creator               `json:"creator"`
	Visits           []Visit                `json:"visits"`
	ShortlistEntries []SubjectShortlistItem `json:"shortlist_entries"`
	FlagReviews      []*FlagReview          `json:"flag_reviews"`
	Hidden           *HiddenCreator         `json:"hidden,omitempty"`
	Alerts           []Alert                `json:"alerts"`
	// Suppressed is true when the reference is on the suppression list
	// (the person was erased, or asked never to be collected).
	Suppressed bool `json:"suppressed"`
}

// SubjectShortlistItem is one shortlist entry about the person, with the
// shortlist it is on.
type SubjectShortlistItem struct {
	ShortlistID   string         `json:"shortlist_id"`
	ShortlistName string         `json:"shortlist_name"`
	Entry         ShortlistEntry `json:"entry"`
}

// RetentionReport says what a retention run dropped (or would drop).
type RetentionReport struct {
	Before    time.Time `json:"before"`
	DryRun    bool      `json:"dry_run"`
	Posts     int       `json:"posts"`
	Snapshots int       `json:"snapshots"`
	// Kept counts creators skipped because a shortlist holds them.
	Kept int `json:"kept_shortlisted"`
	// Images counts the image files removed with the posts (orphaned
	// thumbnails); not counted on a dry run.
	Images int `json:"images"`
	// CreatorIDs are the creators that lost data (to re-score and index).
	CreatorIDs []string `json:"-"`
}

// PrivacyService erases, exports and ages out people's data (implemented
// by store on bbolt).
type PrivacyService interface {
	Suppressor
	AuditLog
	// ResolveSubject returns the id of the stored creator a reference
	// names: a creator id (merged-away ids answer with the survivor), an
	// account id, a profile URL or PLATFORM:HANDLE. ENOTFOUND when none.
	ResolveSubject(ctx context.Context, ref string) (string, error)
	// EraseCreator removes the creator and everything about them in one
	// transaction, suppresses their identifiers and records an audit
	// entry by actor. ENOTFOUND when there is no such creator.
	EraseCreator(ctx context.Context, id, actor string) (*Erasure, error)
	// SuppressRefs suppresses references to a person Scout holds nothing
	// about, and records an audit entry by actor. EINVALID when a
	// reference is not a URL, handle or creator id.
	SuppressRefs(ctx context.Context, actor string, refs ...string) (*Erasure, error)
	// ExportSubject returns everything stored about the person ref names
	// (as ResolveSubject reads it). With no stored creator the export has
	// a nil Creator but still the visits of the reference's URLs and
	// whether it is suppressed. EINVALID when ref is none of the forms.
	ExportSubject(ctx context.Context, ref string) (*SubjectExport, error)
	// ApplyRetention drops posts published and snapshots taken before
	// before, for creators on no shortlist, keeping each account's latest
	// snapshot. With dryRun it only counts.
	ApplyRetention(ctx context.Context, before time.Time, dryRun bool) (*RetentionReport, error)
}
