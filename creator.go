package scout

import (
	"context"
	"time"
)

// Creator is one person (or brand voice) with one or more accounts. Name, bio
// and links come from the largest account; followers are summed over all.
// The JSON shape is the public API: fields are added, never renamed.
type Creator struct {
	ID         string            `json:"id"`
	Name       string            `json:"name"`
	Accounts   []Account         `json:"accounts"`
	Bio        string            `json:"bio"`
	Links      []string          `json:"links"`
	Language   *string           `json:"language"`
	Country    *string           `json:"country"`
	Followers  *int64            `json:"followers"`
	Engagement Engagement        `json:"engagement"`
	Scores     map[string]*Score `json:"scores"`
	Flags      []Flag            `json:"flags"`
	// Partnerships is who the creator already works with, from the same
	// sponsorship signals the disclosure checks use.
	Partnerships *Partnerships `json:"partnerships,omitempty"`
	DataAsOf     *time.Time    `json:"data_as_of"`
	// Growth is the follower growth from the snapshots (ComputeGrowth),
	// and Stale is true when DataAsOf is older than the creator's re-crawl
	// period (IsStale). Both depend on the time of reading, so they are
	// computed when served, never stored.
	Growth *Growth `json:"growth,omitempty"`
	Stale  bool    `json:"stale,omitempty"`
	// Identity is the evidence that joined the creator's accounts (see
	// IdentityEvidence); absent for a creator of one account. MergedFrom
	// lists the creator ids merged into this one: each still answers,
	// with this creator.
	Identity   []IdentityEvidence `json:"identity,omitempty"`
	MergedFrom []string           `json:"merged_from,omitempty"`

	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`

	// Posts and Snapshots are loaded only for a single-creator read
	// (FindCreatorByID or a filter with WithPosts): posts newest first,
	// snapshots oldest first.
	Posts     []Post     `json:"posts,omitempty"`
	Snapshots []Snapshot `json:"snapshots,omitempty"`

	// FoundVia records every way the creator was found (a seed, a search
	// query, a mention by another creator), oldest first.
	FoundVia []FoundVia `json:"found_via,omitempty"`
	// Contacts are the e-mail addresses and contact pages the creator
	// publishes in a bio or profile field, with where each was seen.
	Contacts []Contact `json:"contacts,omitempty"`
	// LanguageEvidence and CountryEvidence say where Language and Country
	// came from; nil when they are unknown or were set by hand or import.
	LanguageEvidence *LanguageEvidence `json:"language_evidence,omitempty"`
	CountryEvidence  *CountryEvidence  `json:"country_evidence,omitempty"`
	// Topics are the creator's topics of TopicList, highest share
	// first, each with its evidence; empty when none is clear.
	Topics []CreatorTopic `json:"topics,omitempty"`
}

// PrimaryAccount returns the account with the most followers (the first one
// on ties), or nil when the creator has none.
func (c *Creator) PrimaryAccount() *Account {
	var best *Account
	for i := range c.Accounts {
		a := &c.Accounts[i]
		if best == nil || count(a.Followers) > count(best.Followers) {
			best = a
		}
	}
	return best
}

// Derive recomputes the fields that aggregate the accounts: name, bio and
// links from the primary account, followers summed (nil when no account has
// a known count) and data_as_of as the newest fetch. The facts that are
// detected from the accounts (contacts, language, country) are derived at
// ingest (ingest.Derive).
func (c *Creator) Derive() {
	if p := c.PrimaryAccount(); p != nil {
		c.Name = p.DisplayName
		if c.Name == "" {
			c.Name = p.Handle
		}
		c.Bio = p.Bio
	}
	var sum *int64
	var asOf time.Time
	seen := map[string]bool{}
	c.Links = c.Links[:0]
	for _, a := range c.Accounts {
		if a.Followers != nil {
			if sum == nil {
				sum = Int64(0)
			}
			*sum += *a.Followers
		}
		if a.FetchedAt.After(asOf) {
			asOf = a.FetchedAt
		}
		for _, l := range a.Links {
			if !seen[l] {
				seen[l] = true
				c.Links = append(c.Links, l)
			}
		}
	}
	c.Followers = sum
	if !asOf.IsZero() {
		t := asOf.UTC()
		c.DataAsOf = &t
	}
}

func count(p *int64) int64 {
	if p == nil {
		return -1
	}
	return *p
}

// CreatorFilter selects creators for FindCreators. Zero values mean "any".
type CreatorFilter struct {
	IDs       []string // only these, in this order
	Offset    int
	Limit     int  // 0 means no limit
	WithPosts bool // load posts (up to PostLimit, newest first) and snapshots
	PostLimit int  // 0 means DefaultPostLimit
}

// DefaultPostLimit is how many recent posts a creator read returns.
const DefaultPostLimit = 30

// CreatorService is the source of truth for creators, accounts, posts and
// snapshots (implemented by store on bbolt).
type CreatorService interface {
	// FindCreatorByID returns the creator with accounts, recent posts and
	// snapshots. ENOTFOUND when there is no such creator.
	FindCreatorByID(ctx context.Context, id string) (*Creator, error)

	// FindCreators returns the creators matching the filter and the total
	// number that matched before paging. Unknown IDs are skipped.
	FindCreators(ctx context.Context, filter CreatorFilter) ([]*Creator, int, error)

	// SaveProfile writes one crawled profile in one transaction: it upserts
	// the account (creating its creator when the account is new), upserts the
	// posts by id and appends a snapshot of the counts at p.FetchedAt. Saving
	// the same profile twice changes nothing. It returns the creator's id.
	// EINVALID when the profile has no account id.
	SaveProfile(ctx context.Context, p *Profile) (string, error)

	// UpdateCreator stores the derived fields of c (name, bio, links,
	// language, country, followers, engagement, scores, flags, data_as_of).
	// Accounts, posts and snapshots are not touched. ENOTFOUND when absent.
	UpdateCreator(ctx context.Context, c *Creator) error
}
