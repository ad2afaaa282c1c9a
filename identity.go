package scout

import (
	"context"
	"time"
)

// Kinds of identity evidence. Each names why two accounts are one person;
// the values appear in the JSON (identity[].kind) and never change.
const (
	// EvidenceReciprocal: account A links to account B and B links back
	// to A (bio links, profile fields, website fields).
	EvidenceReciprocal = "reciprocal_link"
	// EvidenceRelMe: as EvidenceReciprocal, where at least one side is a
	// web page whose link is a rel="me" link or a JSON-LD sameAs, the
	// markup a site owner uses to say "this other profile is also me".
	EvidenceRelMe = "rel_me"
	// EvidenceVerifiedField: a profile field the platform itself verified
	// (Mastodon's verified_at: the server found a rel="me" link back on
	// the linked page) points at the other account. One direction is
	// enough, because the platform checked the other.
	EvidenceVerifiedField = "verified_field"
	// EvidenceLinkInBio: both accounts link to the same link-in-bio page
	// (Linktree and the like) and that page lists both.
	EvidenceLinkInBio = "link_in_bio"
	// EvidenceManual: an operator merged the creators by hand (scout
	// merge); Reason is theirs.
	EvidenceManual = "manual"
)

// IdentityEvidence is one reason two accounts belong to one creator: which
// account linked to which (From, To: account ids), through which link
// (URL), on which page it was seen (SeenOn) and when (SeenAt). A creator's
// Identity lists the evidence of every merge that built it, so a reader can
// check each one; names are never evidence.
type IdentityEvidence struct {
	Kind   string    `json:"kind"`
	From   string    `json:"from"`
	To     string    `json:"to"`
	URL    string    `json:"url,omitempty"`
	SeenOn string    `json:"seen_on,omitempty"`
	SeenAt time.Time `json:"seen_at"`
	Reason string    `json:"reason,omitempty"`
}

// Key identifies the evidence regardless of when it was seen, so that
// seeing the same link again on a re-crawl adds nothing.
func (e IdentityEvidence) Key() string {
	return e.Kind + "\x00" + e.From + "\x00" + e.To + "\x00" + e.URL + "\x00" + e.Reason
}

// Touches reports whether the evidence is about the account with id.
func (e IdentityEvidence) Touches(accountID string) bool {
	return e.From == accountID || e.To == accountID
}

// MergeEvidence appends the evidence in add that old does not hold yet
// (by Key), keeping the first sighting's SeenAt. It returns old unchanged
// when nothing is new, so re-ingesting the same profiles is a no-op.
func MergeEvidence(old []IdentityEvidence, add ...IdentityEvidence) []IdentityEvidence {
	seen := make(map[string]bool, len(old)+len(add))
	for _, e := range old {
		seen[e.Key()] = true
	}
	out := old
	for _, e := range add {
		if k := e.Key(); !seen[k] {
			seen[k] = true
			out = append(out, e)
		}
	}
	return out
}

// IdentityAccount is what identity resolution reads of an account: where
// the account lives and which links it publishes about itself. Verified
// holds the links the platform verified (Mastodon fields with verified_at).
type IdentityAccount struct {
	ID        string
	CreatorID string
	Platform  Platform
	Handle    string
	URL       string
	Links     []string
	Verified  []string
	SeenAt    time.Time
}

// IdentityAccountOf reads an account for identity resolution.
func IdentityAccountOf(a *Account) IdentityAccount {
	return IdentityAccount{ID: a.ID, CreatorID: a.CreatorID, Platform: a.Platform,
		Handle: a.Handle, URL: a.URL, Links: a.Links, Verified: a.VerifiedLinks, SeenAt: a.FetchedAt}
}

// IdentityService is the storage side of identity resolution (implemented
// by store): a lookup of accounts by the URLs they live at or link to, and
// the merge and split of creators.
type IdentityService interface {
	// FindAccountsByLink returns the accounts that live at, or link to,
	// one of the keys given (target.LinkKey), each once, in id order.
	FindAccountsByLink(ctx context.Context, keys []string) ([]Account, error)

	// MergeCreators moves every account of creator fromID into creator
	// intoID in one transaction (posts and snapshots stay keyed by
	// account), adds evidence to the survivor's Identity and leaves fromID
	// as an alias that FindCreatorByID resolves to the survivor. Either id
	// may itself be an alias; when both name one creator only the evidence
	// is added. ECONFLICT when an account pair across the two was split
	// apart (scout split) and no evidence is EvidenceManual; a manual merge
	// lifts those pairs. ENOTFOUND when either creator is unknown.
	MergeCreators(ctx context.Context, intoID, fromID string, evidence []IdentityEvidence) (*Creator, error)

	// SplitAccount moves one account out of its creator into a new
	// creator and records the account and each remaining one as a pair
	// never to be merged automatically. It returns the new creator.
	// EINVALID when it is the creator's only account, ENOTFOUND when the
	// creator or the account (in that creator) is unknown.
	SplitAccount(ctx context.Context, creatorID, accountID string) (*Creator, error)
}

// MaxIdentityCandidates bounds the accounts one resolution looks at, so a
// page linked from thousands of profiles cannot make ingest slow.
const MaxIdentityCandidates = 200
