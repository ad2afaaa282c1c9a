package ingest

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/target"
)

// IdentityResult is the outcome of resolving one account: the creator it
// now belongs to, and the creator ids merged away on the way (to be dropped
// from the search index).
type IdentityResult struct {
	CreatorID  string
	MergedAway []string
	// Blocked counts merges refused because a pair was split before.
	Blocked int
}

// IdentityResolver merges the creator of a freshly stored account with
// other creators on verifiable evidence. The Ingester calls it after every
// stored profile; Merger is the implementation.
type IdentityResolver interface {
	ResolveIdentity(ctx context.Context, a *scout.Account, creatorID string) (*IdentityResult, error)
}

// Merger is the IdentityResolver: after an account is stored it looks up
// the accounts it links to and those that link to it (and, through a
// link-in-bio page, the accounts that page lists), runs
// FindIdentityEvidence over them and merges the creators the evidence
// joins. The creator with the smaller id survives, so the result does not
// depend on crawl order. Pairs split by hand are never merged again; the
// refusal is counted, not an error.
type Merger struct {
	Identity scout.IdentityService
	// Now stamps evidence of accounts without a fetch time; time.Now when nil.
	Now func() time.Time
}

var _ IdentityResolver = (*Merger)(nil)

// ResolveIdentity implements IdentityResolver.
func (m *Merger) ResolveIdentity(ctx context.Context, a *scout.Account, creatorID string) (*IdentityResult, error) {
	res := &IdentityResult{CreatorID: creatorID}
	self := scout.IdentityAccountOf(a)
	self.CreatorID = creatorID
	keys := append(target.ProfileKeys(self), linkKeys(self.Links, self.Verified)...)
	cands, err := m.Identity.FindAccountsByLink(ctx, keys)
	if err != nil {
		return nil, fmt.Errorf("resolve identity of %s: %w", a.ID, err)
	}
	// Second hop: what the link-in-bio pages among them list.
	var hop []string
	for _, c := range cands {
		if c.ID != a.ID && IsLinkInBio(c.URL) {
			hop = append(hop, linkKeys(c.Links, nil)...)
		}
	}
	if len(hop) > 0 {
		more, err := m.Identity.FindAccountsByLink(ctx, hop)
		if err != nil {
			return nil, fmt.Errorf("resolve identity of %s: %w", a.ID, err)
		}
		cands = append(cands, more...)
	}
	set := []scout.IdentityAccount{self}
	seen := map[string]bool{a.ID: true}
	for i := range cands {
		if seen[cands[i].ID] || len(set) > scout.MaxIdentityCandidates {
			continue
		}
		seen[cands[i].ID] = true
		set = append(set, scout.IdentityAccountOf(&cands[i]))
	}
	if len(set) == 1 {
		return res, nil
	}
	owner := map[string]string{}
	for _, x := range set {
		owner[x.ID] = x.CreatorID
	}
	for _, pair := range groupByPair(FindIdentityEvidence(set, m.now())) {
		x, y := owner[pair[0].From], owner[pair[0].To]
		if x == "" || y == "" {
			continue
		}
		into, from := min(x, y), max(x, y)
		c, err := m.Identity.MergeCreators(ctx, into, from, pair)
		switch {
		case scout.ErrorCode(err) == scout.ECONFLICT:
			res.Blocked++
			continue
		case err != nil:
			return nil, fmt.Errorf("resolve identity of %s: %w", a.ID, err)
		}
		if x != y {
			for id, cid := range owner {
				if cid == from || cid == into {
					owner[id] = c.ID
				}
			}
			for _, gone := range []string{from, into} {
				if gone != c.ID && !slices.Contains(res.MergedAway, gone) {
					res.MergedAway = append(res.MergedAway, gone)
				}
			}
		}
	}
	res.CreatorID = owner[a.ID]
	res.MergedAway = slices.DeleteFunc(res.MergedAway, func(id string) bool { return id == res.CreatorID })
	return res, nil
}

// groupByPair groups sorted evidence by unordered account pair, in order.
func groupByPair(ev []scout.IdentityEvidence) [][]scout.IdentityEvidence {
	idx := map[[2]string]int{}
	var out [][]scout.IdentityEvidence
	for _, e := range ev {
		k := [2]string{min(e.From, e.To), max(e.From, e.To)}
		i, ok := idx[k]
		if !ok {
			i = len(out)
			idx[k] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], e)
	}
	return out
}

func linkKeys(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		for _, raw := range l {
			if k := target.LinkKey(raw); k != "" {
				out = append(out, k)
			}
		}
	}
	return out
}

func (m *Merger) now() time.Time {
	if m.Now != nil {
		return m.Now()
	}
	return time.Now()
}

// resolveIdentity runs the Identity resolver for a stored account and drops
// the creators merged away from the pending index batch and the index. It
// holds refreshMu so no Refresh reads a creator that a merge is removing.
func (in *Ingester) resolveIdentity(ctx context.Context, p *scout.Profile, creatorID string) (string, error) {
	if in.Identity == nil {
		return creatorID, nil
	}
	a := p.Account
	a.CreatorID = creatorID
	if a.FetchedAt.IsZero() {
		a.FetchedAt = p.FetchedAt
	}
	in.refreshMu.Lock()
	res, err := in.Identity.ResolveIdentity(ctx, &a, creatorID)
	in.refreshMu.Unlock()
	if err != nil {
		return "", err
	}
	if err := in.Forget(ctx, res.MergedAway...); err != nil {
		return "", err
	}
	return res.CreatorID, nil
}

// Forget drops creators that no longer exist (merged away) from the
// pending index batch and from the index.
func (in *Ingester) Forget(ctx context.Context, ids ...string) error {
	if len(ids) == 0 {
		return nil
	}
	in.mu.Lock()
	for _, id := range ids {
		delete(in.pending, id)
	}
	in.mu.Unlock()
	if in.Index == nil {
		return nil
	}
	if err := in.Index.DeleteCreators(ctx, ids); err != nil {
		return fmt.Errorf("drop merged creators from the index: %w", err)
	}
	return nil
}
