package scout

import (
	"context"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Removal request states.
const (
	RemovalPending  = "pending"  // waiting for an admin
	RemovalApproved = "approved" // the person was erased (or suppressed) as `scout forget` does
	RemovalRejected = "rejected" // refused, with the reason recorded
)

// Audit actions of removal requests (AuditEntry.Action). The erasure an
// approval runs is recorded as AuditErase or AuditSuppress beside it.
const (
	AuditRemovalApproved = "removal_approved"
	AuditRemovalRejected = "removal_rejected"
)

// Bounds of a removal request.
const (
	MaxRemovalRef     = 2048 // a profile URL or PLATFORM:HANDLE
	MaxRemovalContact = 320  // an e-mail address or a URL
	MaxRemovalReason  = 2000
	// MaxPendingRemovals bounds the requests waiting for an admin, so the
	// public form cannot fill the disk.
	MaxPendingRemovals = 10000
)

// RemovalRequest is a person's request to be removed from Scout, made
// without a key on the public privacy page: Scout collects public data
// about people who never signed up, so they must be able to object. It
// waits for an admin, whose approval erases and suppresses the person as
// `scout forget` does and whose rejection is recorded with its reason.
//
// The request names the person, so approving it removes the naming too:
// Ref and Contact are cleared, and Subject keeps the keyed hash the audit
// log and the suppression list use.
type RemovalRequest struct {
	ID string `json:"id"`
	// Ref is the profile URL or PLATFORM:HANDLE as the person gave it;
	// empty once approved.
	Ref string `json:"ref"`
	// Contact is how the person asked to be told (optional); empty once
	// approved.
	Contact   string     `json:"contact,omitempty"`
	Status    string     `json:"status"`
	CreatedAt time.Time  `json:"created_at"`
	DecidedAt *time.Time `json:"decided_at"`
	// DecidedBy names the admin (as AuditEntry.Actor does).
	DecidedBy string `json:"decided_by,omitempty"`
	// Reason says why a request was rejected.
	Reason string `json:"reason,omitempty"`
	// Subject is the keyed hash of the person once approved.
	Subject string `json:"subject,omitempty"`
}

// Validate trims Ref and Contact and rejects with EINVALID a request
// without a reference, with an oversized field or with control
// characters. Whether Ref is a URL or handle Scout can key is checked by
// the caller (package target).
func (r *RemovalRequest) Validate() error {
	r.Ref = strings.TrimSpace(r.Ref)
	r.Contact = strings.TrimSpace(r.Contact)
	switch {
	case r.Ref == "":
		return Errorf(EINVALID, "give the profile URL or handle to remove, such as https://bsky.app/profile/you.bsky.social or bluesky:you.bsky.social")
	case len(r.Ref) > MaxRemovalRef:
		return Errorf(EINVALID, "the profile URL or handle is %d characters; at most %d", len(r.Ref), MaxRemovalRef)
	case len(r.Contact) > MaxRemovalContact:
		return Errorf(EINVALID, "the contact is %d characters; at most %d", len(r.Contact), MaxRemovalContact)
	case !plainText(r.Ref) || !plainText(r.Contact):
		return Errorf(EINVALID, "the profile URL, handle or contact holds control characters or invalid UTF-8")
	}
	return nil
}

// plainText reports whether s is valid UTF-8 without control or format
// characters (which include the bidi controls).
func plainText(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			return false
		}
	}
	return true
}

// RemovalFilter selects removal requests, oldest first. Zero values mean
// any status, from the start, DefaultRemovalLimit.
type RemovalFilter struct {
	Status string
	Offset int
	Limit  int
}

// DefaultRemovalLimit and MaxRemovalLimit bound one listing.
const (
	DefaultRemovalLimit = 100
	MaxRemovalLimit     = 1000
)

// RemovalService keeps removal requests (implemented by store on bbolt).
// Erasing the person is not its business: the API runs the erasure
// (PrivacyService) and then records the decision here.
type RemovalService interface {
	// CreateRemovalRequest validates r, assigns ID, Status pending and
	// CreatedAt and stores it. EINVALID when Validate rejects it,
	// EUNAVAILABLE when MaxPendingRemovals requests are waiting.
	CreateRemovalRequest(ctx context.Context, r *RemovalRequest) error
	// FindRemovalRequestByID returns one request. ENOTFOUND when absent.
	FindRemovalRequestByID(ctx context.Context, id string) (*RemovalRequest, error)
	// FindRemovalRequests returns requests oldest first and how many
	// match. EINVALID for an unknown status or paging out of range.
	FindRemovalRequests(ctx context.Context, f RemovalFilter) ([]*RemovalRequest, int, error)
	// ApproveRemovalRequest records that actor approved the request and
	// the person, whose audit hash is subject, was erased or suppressed:
	// it clears Ref and Contact and appends an audit entry. Approving a
	// request an erasure already closed only fills in who approved it.
	// ENOTFOUND when absent, ECONFLICT when it was rejected.
	ApproveRemovalRequest(ctx context.Context, id, actor, subject string) (*RemovalRequest, error)
	// RejectRemovalRequest records that actor rejected the request and
	// why, with an audit entry holding only the hash of the reference.
	// EINVALID without a reason, ENOTFOUND when absent, ECONFLICT when it
	// is not pending.
	RejectRemovalRequest(ctx context.Context, id, actor, reason string) (*RemovalRequest, error)
}
