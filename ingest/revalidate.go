package ingest

import (
	"context"
	"fmt"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/target"
)

// revalidated keeps a 304 from leaving a creator behind. Conditional GETs
// make an unchanged page cost a 304, and the crawl hands over a result with
// NotModified and no profile; stored as it is, the re-crawl would append no
// snapshot and leave data_as_of where it was, so a creator whose page never
// changes would lose its growth series and turn stale however often a
// schedule re-checks it. revalidated turns such a result back into a
// profile: the stored account of the URL's last visit, with its unchanged
// counts, fetched at the 304's time (no posts: they are unchanged too). A
// 304 for a URL whose last visit failed (a page without a profile) repeats
// that failure; one whose account cannot be found is returned as it is.
func (in *Ingester) revalidated(ctx context.Context, r *scout.CrawlResult) (*scout.CrawlResult, error) {
	if !r.NotModified || r.Profile != nil || r.Failure != nil || in.Visits == nil {
		return r, nil
	}
	v, err := in.Visits.FindVisit(ctx, r.URL)
	if scout.ErrorCode(err) == scout.ENOTFOUND {
		return r, nil
	}
	if err != nil {
		return nil, fmt.Errorf("ingest %s: %w", r.URL, err)
	}
	cp := *r
	if v.Kind != "" {
		// An unchanged page has the same outcome as before: a page without
		// a profile stays one.
		cp.Failure = &scout.Failure{URL: r.URL, Kind: v.Kind, Message: v.Message}
		return &cp, nil
	}
	if v.CreatorID == "" {
		return r, nil
	}
	p, err := in.storedProfile(ctx, v.CreatorID, r)
	if err != nil {
		return nil, fmt.Errorf("ingest %s: %w", r.URL, err)
	}
	if p == nil {
		return r, nil
	}
	cp.Profile, cp.NotModified = p, false
	return &cp, nil
}

// storedProfile rebuilds the profile of r's URL from the store, or returns
// nil when the URL was never stored as a profile.
func (in *Ingester) storedProfile(ctx context.Context, creatorID string, r *scout.CrawlResult) (*scout.Profile, error) {
	c, err := in.Creators.FindCreatorByID(ctx, creatorID)
	if scout.ErrorCode(err) == scout.ENOTFOUND {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	acct := accountOfURL(c, r.URL)
	if acct == nil {
		return nil, nil
	}
	a := *acct
	a.FetchedAt = r.FetchedAt
	return &scout.Profile{Account: a, SourceURL: r.URL, FetchedAt: r.FetchedAt}, nil
}

// accountOfURL returns the creator's account that url names: the only
// one, or the one whose keys match the URL's.
func accountOfURL(c *scout.Creator, url string) *scout.Account {
	if len(c.Accounts) == 1 {
		return &c.Accounts[0]
	}
	want := map[string]bool{}
	for _, k := range target.Keys(url) {
		want[k] = true
	}
	for i := range c.Accounts {
		for _, k := range target.AccountKeys(&c.Accounts[i]) {
			if want[k] {
				return &c.Accounts[i]
			}
		}
	}
	return nil
}
