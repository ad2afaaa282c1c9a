package ingest

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/target"
)

// DefaultIndexBatch is how many changed creators the Ingester collects before
// it writes them to the search index in one batch. Bleve persists a segment
// per batch, so one document per batch would leave thousands of segments.
const DefaultIndexBatch = 200

// Ingester is the one path from a crawl result to a searchable creator: it
// records the visit, stores the profile, re-scores the creator and queues it
// for the index. It implements scout.Sink using root interfaces only, so it
// holds no storage or search technology and is tested with small fakes.
//
// Index writes are batched: call Flush when a crawl ends (the store is the
// source of truth, so a crash before Flush leaves only the derived index
// behind, which `scout reindex` rebuilds).
type Ingester struct {
	Creators scout.CreatorService
	Visits   scout.VisitService
	Index    scout.SearchIndex
	Scorer   scout.Scorer
	// Identity merges a stored account's creator with others on
	// verifiable evidence (see Merger); nil leaves every account alone.
	Identity IdentityResolver
	// Suppressor is the list of people who asked to be forgotten: a
	// profile on it is never stored, only its visit is recorded with kind
	// scout.FailSuppressed. nil suppresses nobody.
	Suppressor scout.Suppressor
	// Languages detects the language of posts that declare none, once,
	// at ingest (see DetectLanguages); nil uses declared languages only.
	Languages scout.LanguageDetector
	// Now is the clock used for scoring; time.Now when nil.
	Now func() time.Time
	// IndexBatch overrides DefaultIndexBatch when positive.
	IndexBatch int

	mu      sync.Mutex // guards pending
	pending map[string]bool
	// refreshMu serialises read-score-write cycles, so two accounts of one
	// creator crawled at once cannot overwrite each other's derived fields.
	refreshMu sync.Mutex
}

var _ scout.Sink = (*Ingester)(nil)

// Ingest implements scout.Sink. A failure is recorded against its URL; a
// profile is stored, scored and queued for the index. A 304 (NotModified)
// re-saves the stored account at the new time, so the snapshot series and
// data_as_of move on, or repeats the last failure of a page that had no
// profile. Saving and scoring are idempotent, so a result ingested twice
// changes nothing.
func (in *Ingester) Ingest(ctx context.Context, r *scout.CrawlResult) error {
	r, err := in.revalidated(ctx, r)
	if err != nil {
		return err
	}
	v := &scout.Visit{URL: r.URL, Status: r.Status, FetchedAt: r.FetchedAt.UTC()}
	if r.Failure != nil {
		v.Kind, v.Message = r.Failure.Kind, r.Failure.Message
	}
	if r.Profile != nil && r.Failure == nil {
		// Any of the account's ids, URLs and handles, or the URLs it was
		// fetched from, may be on the suppression list.
		gone, err := in.IsSuppressed(ctx, target.ProfileSubjectKeys(r.Profile, r.URL)...)
		if err != nil {
			return fmt.Errorf("ingest %s: %w", r.URL, err)
		}
		if gone {
			v.Kind, v.Message = scout.FailSuppressed, "the person asked to be forgotten; nothing was stored"
		}
	}
	if r.Profile != nil && r.Failure == nil && !r.NotModified && v.Kind == "" {
		id, err := in.Creators.SaveProfile(ctx, in.prepare(r))
		if err != nil {
			return fmt.Errorf("ingest %s: %w", r.URL, err)
		}
		if id, err = in.resolveIdentity(ctx, r.Profile, id); err != nil {
			return fmt.Errorf("ingest %s: %w", r.URL, err)
		}
		v.CreatorID = id
		if err := in.Refresh(ctx, id); err != nil {
			return fmt.Errorf("ingest %s: %w", r.URL, err)
		}
	}
	if in.Visits != nil {
		if err := in.Visits.RecordVisit(ctx, v); err != nil {
			return fmt.Errorf("ingest %s: record visit: %w", r.URL, err)
		}
	}
	return nil
}

// IsSuppressed reports whether any identifier is on the suppression list
// (false without one). The crawler asks its sink this before fetching a
// target (crawler.Suppressor), so a forgotten person is not downloaded.
func (in *Ingester) IsSuppressed(ctx context.Context, identifiers ...string) (bool, error) {
	if in.Suppressor == nil {
		return false, nil
	}
	return in.Suppressor.IsSuppressed(ctx, identifiers...)
}

// Refresh re-derives and re-scores one stored creator and queues it for the
// index. Rescoring after a scorer upgrade is Refresh over every creator.
func (in *Ingester) Refresh(ctx context.Context, id string) error {
	in.refreshMu.Lock()
	defer in.refreshMu.Unlock()
	c, err := in.Creators.FindCreatorByID(ctx, id)
	if err != nil {
		return fmt.Errorf("refresh %s: %w", id, err)
	}
	in.Assess(c)
	if err := in.Creators.UpdateCreator(ctx, c); err != nil {
		return fmt.Errorf("refresh %s: %w", id, err)
	}
	return in.queue(ctx, id)
}

// Assess derives c's summary fields from its accounts and replaces its
// engagement, scores and flags with the scorer's.
func (in *Ingester) Assess(c *scout.Creator) {
	Derive(c)
	if in.Scorer == nil {
		return
	}
	a := in.Scorer.Score(c, in.now())
	c.Engagement, c.Scores, c.Flags, c.Partnerships = a.Engagement, a.Scores, a.Flags, a.Partnerships
	for i := range c.Accounts {
		if e, ok := a.AccountEngagement[c.Accounts[i].ID]; ok {
			c.Accounts[i].Engagement = &e
		}
	}
}

func (in *Ingester) queue(ctx context.Context, id string) error {
	if in.Index == nil {
		return nil
	}
	in.mu.Lock()
	if in.pending == nil {
		in.pending = map[string]bool{}
	}
	in.pending[id] = true
	full := len(in.pending) >= in.batch()
	in.mu.Unlock()
	if full {
		return in.Flush(ctx)
	}
	return nil
}

// Flush writes every queued creator to the index in one batch, reading each
// from the store so the index gets exactly what was committed.
func (in *Ingester) Flush(ctx context.Context) error {
	in.mu.Lock()
	ids := make([]string, 0, len(in.pending))
	for id := range in.pending {
		ids = append(ids, id)
	}
	in.pending = nil
	in.mu.Unlock()
	if len(ids) == 0 || in.Index == nil {
		return nil
	}
	cs, _, err := in.Creators.FindCreators(ctx, scout.CreatorFilter{IDs: ids, WithPosts: true})
	if err != nil {
		return fmt.Errorf("flush index: %w", err)
	}
	if err := in.Index.IndexCreators(ctx, cs); err != nil {
		return fmt.Errorf("flush index: %w", err)
	}
	return nil
}

func (in *Ingester) batch() int {
	if in.IndexBatch > 0 {
		return in.IndexBatch
	}
	return DefaultIndexBatch
}

func (in *Ingester) now() time.Time {
	if in.Now != nil {
		return in.Now()
	}
	return time.Now()
}
