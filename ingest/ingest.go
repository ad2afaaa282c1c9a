package ingest

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
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
// Results may come one by one (Ingest) or in groups (IngestBatch, which
// the frontier crawl uses): a group's CPU work, language detection and
// scoring, runs in parallel, and when the CreatorService and VisitService
// can write groups (ProfileBatchSaver, CreatorBatchUpdater,
// VisitBatchRecorder) the group is committed in a few transactions instead
// of three per result.
//
// Index writes are batched: call Flush when a crawl ends (the store is the
// source of truth, so a crash before Flush leaves only the derived index
// behind, which `scout reindex` rebuilds). The Ingester keeps each creator
// it assessed for the batch rather than reading it again; a creator the
// store changed since (an erasure, a split, an edit) is read again, or left
// out when it is gone, when the CreatorService can say so cheaply
// (CreatorStamper), and otherwise every creator is read again.
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
	// IndexInBackground writes a full index batch on its own goroutine
	// while the next one is collected, so a crawl's commits do not wait
	// for the index; at most one batch is written at a time, in the order
	// they filled, and Flush waits for it. A batch the index refuses goes
	// back into the queue for the next write (newer copies win), and its
	// error is returned by the ingest that next fills a batch.
	IndexInBackground bool

	mu       sync.Mutex // guards pending and writeErr
	pending  map[string]*scout.Creator
	writeErr error // of the last background write, until reported
	// writeMu is held while a batch is written to the index, from the
	// goroutine that takes the batch until the write ends (on another
	// goroutine for a background write), so writes never overlap.
	writeMu sync.Mutex
	// refreshMu serialises read-score-write cycles, so two accounts of one
	// creator crawled at once cannot overwrite each other's derived fields.
	refreshMu sync.Mutex
}

var _ scout.Sink = (*Ingester)(nil)

// ProfileBatchSaver is a CreatorService that saves a group of profiles in
// one transaction (store.DB), all or nothing.
type ProfileBatchSaver interface {
	SaveProfiles(ctx context.Context, ps []*scout.Profile) ([]string, error)
}

// CreatorBatchUpdater is a CreatorService that updates a group of creators
// in one transaction (store.DB), all or nothing, and sets each creator's
// UpdatedAt to the stored one.
type CreatorBatchUpdater interface {
	UpdateCreators(ctx context.Context, cs []*scout.Creator) ([]bool, error)
}

// VisitBatchRecorder is a VisitService that records a group of visits in
// one transaction (store.DB).
type VisitBatchRecorder interface {
	RecordVisits(ctx context.Context, vs []*scout.Visit) error
}

// CreatorStamper is a CreatorService that reads the UpdatedAt of creators
// without loading them (store.DB); Flush asks it which of the creators it
// kept have changed in the store since they were assessed.
type CreatorStamper interface {
	FindCreatorsUpdatedAt(ctx context.Context, ids []string) (map[string]time.Time, error)
}

// Ingest implements scout.Sink. A failure is recorded against its URL; a
// profile is stored, scored and queued for the index. A 304 (NotModified)
// re-saves the stored account at the new time, so the snapshot series and
// data_as_of move on, or repeats the last failure of a page that had no
// profile. Saving and scoring are idempotent, so a result ingested twice
// changes nothing.
func (in *Ingester) Ingest(ctx context.Context, r *scout.CrawlResult) error {
	return in.IngestBatch(ctx, []*scout.CrawlResult{r})[0]
}

// entry is one result on its way through IngestBatch.
type entry struct {
	r       *scout.CrawlResult // after revalidation
	visit   *scout.Visit
	profile *scout.Profile // prepared for the store; nil when nothing is stored
	id      string         // its creator, once stored
	err     error
}

// IngestBatch is Ingest for a group of results (crawler.BatchSink): it
// returns one error per result, and one bad result fails only itself. The
// results are revalidated, checked against the suppression list and
// prepared (languages detected) in parallel; their profiles are saved in
// order, identities resolved one by one, the creators they touch read
// once, assessed in parallel and updated together, and the visits recorded
// last, so a result's visit says it is committed only once all of it is.
func (in *Ingester) IngestBatch(ctx context.Context, rs []*scout.CrawlResult) []error {
	es := make([]*entry, len(rs))
	parallel(len(rs), func(i int) { es[i] = in.prepareEntry(ctx, rs[i]) })
	in.saveProfiles(ctx, es)
	for _, e := range es {
		if e.err != nil || e.profile == nil {
			continue
		}
		id, err := in.resolveIdentity(ctx, e.profile, e.id)
		if err != nil {
			e.err = fmt.Errorf("ingest %s: %w", e.r.URL, err)
			continue
		}
		e.id, e.visit.CreatorID = id, id
	}
	var ids []string
	for _, e := range es {
		if e.err == nil && e.profile != nil && !slices.Contains(ids, e.id) {
			ids = append(ids, e.id)
		}
	}
	if len(ids) > 0 {
		failed := in.refresh(ctx, ids)
		for _, e := range es {
			if err := failed[e.id]; err != nil && e.err == nil && e.profile != nil {
				e.err = fmt.Errorf("ingest %s: %w", e.r.URL, err)
			}
		}
	}
	in.recordVisits(ctx, es)
	errs := make([]error, len(es))
	for i, e := range es {
		errs[i] = e.err
	}
	return errs
}

// prepareEntry revalidates r, checks it against the suppression list and
// prepares its profile for the store. It reads but writes nothing.
func (in *Ingester) prepareEntry(ctx context.Context, r *scout.CrawlResult) *entry {
	r, err := in.revalidated(ctx, r)
	if err != nil {
		return &entry{r: r, err: err}
	}
	e := &entry{r: r, visit: &scout.Visit{URL: r.URL, Status: r.Status, FetchedAt: r.FetchedAt.UTC()}}
	v := e.visit
	if r.Failure != nil {
		v.Kind, v.Message = r.Failure.Kind, r.Failure.Message
	}
	if r.Profile != nil && r.Failure == nil {
		// Any of the account's ids, URLs and handles, or the URLs it was
		// fetched from, may be on the suppression list.
		gone, err := in.IsSuppressed(ctx, target.ProfileSubjectKeys(r.Profile, r.URL)...)
		if err != nil {
			e.err = fmt.Errorf("ingest %s: %w", r.URL, err)
			return e
		}
		if gone {
			v.Kind, v.Message = scout.FailSuppressed, "the person asked to be forgotten; nothing was stored"
		}
	}
	if r.Profile != nil && r.Failure == nil && !r.NotModified && v.Kind == "" {
		e.profile = in.prepare(r)
	}
	return e
}

// saveProfiles stores the entries' profiles: in one transaction when the
// CreatorService can, and one by one when it cannot or the group was
// refused (so the profile at fault is found and the others are kept).
func (in *Ingester) saveProfiles(ctx context.Context, es []*entry) {
	var todo []*entry
	for _, e := range es {
		if e.err == nil && e.profile != nil {
			todo = append(todo, e)
		}
	}
	if len(todo) == 0 {
		return
	}
	if bs, ok := in.Creators.(ProfileBatchSaver); ok && len(todo) > 1 {
		ps := make([]*scout.Profile, len(todo))
		for i, e := range todo {
			ps[i] = e.profile
		}
		if ids, err := bs.SaveProfiles(ctx, ps); err == nil && len(ids) == len(todo) {
			for i, e := range todo {
				e.id = ids[i]
			}
			return
		}
	}
	for _, e := range todo {
		id, err := in.Creators.SaveProfile(ctx, e.profile)
		if err != nil {
			e.err = fmt.Errorf("ingest %s: %w", e.r.URL, err)
			continue
		}
		e.id = id
	}
}

// recordVisits records the visits of the entries that got that far.
func (in *Ingester) recordVisits(ctx context.Context, es []*entry) {
	if in.Visits == nil {
		return
	}
	var todo []*entry
	for _, e := range es {
		if e.err == nil {
			todo = append(todo, e)
		}
	}
	if br, ok := in.Visits.(VisitBatchRecorder); ok && len(todo) > 1 {
		vs := make([]*scout.Visit, len(todo))
		for i, e := range todo {
			vs[i] = e.visit
		}
		if err := br.RecordVisits(ctx, vs); err == nil {
			return
		}
	}
	for _, e := range todo {
		if err := in.Visits.RecordVisit(ctx, e.visit); err != nil {
			e.err = fmt.Errorf("ingest %s: record visit: %w", e.r.URL, err)
		}
	}
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
	return in.refresh(ctx, []string{id})[id]
}

// refresh re-derives and re-scores the stored creators ids (read in one
// go, assessed in parallel, updated together when the CreatorService can)
// and queues them for the index. It returns the error of each id that
// failed.
func (in *Ingester) refresh(ctx context.Context, ids []string) map[string]error {
	in.refreshMu.Lock()
	defer in.refreshMu.Unlock()
	failed := map[string]error{}
	fail := func(id string, err error) { failed[id] = fmt.Errorf("refresh %s: %w", id, err) }
	cs := make([]*scout.Creator, len(ids))
	if len(ids) == 1 {
		c, err := in.Creators.FindCreatorByID(ctx, ids[0])
		if err != nil {
			fail(ids[0], err)
			return failed
		}
		cs[0] = c
	} else {
		found, _, err := in.Creators.FindCreators(ctx, scout.CreatorFilter{IDs: ids, WithPosts: true})
		if err != nil {
			for _, id := range ids {
				fail(id, err)
			}
			return failed
		}
		// An id merged away within the group reads as its survivor, which
		// FindCreators lists once; such ids share the survivor.
		byID := make(map[string]*scout.Creator, len(found))
		for _, c := range found {
			byID[c.ID] = c
		}
		for i, id := range ids {
			if c := byID[id]; c != nil {
				cs[i] = c
				continue
			}
			c, err := in.Creators.FindCreatorByID(ctx, id)
			if err != nil {
				fail(id, err)
				continue
			}
			cs[i] = c
		}
	}
	var todo []*scout.Creator
	seen := map[string]bool{}
	for _, c := range cs {
		if c != nil && !seen[c.ID] {
			seen[c.ID] = true
			todo = append(todo, c)
		}
	}
	parallel(len(todo), func(i int) { in.Assess(todo[i]) })
	updated := false
	if bu, ok := in.Creators.(CreatorBatchUpdater); ok && len(todo) > 0 {
		_, err := bu.UpdateCreators(ctx, todo)
		updated = err == nil
	}
	var stored []*scout.Creator
	for _, c := range todo {
		if !updated {
			if err := in.Creators.UpdateCreator(ctx, c); err != nil {
				for i, id := range ids {
					if cs[i] == c {
						fail(id, err)
					}
				}
				continue
			}
			if _, stamped := in.Creators.(CreatorStamper); stamped {
				c.UpdatedAt = time.Time{} // unknown: Flush reads it again
			}
		}
		stored = append(stored, c)
	}
	if err := in.queue(ctx, stored...); err != nil {
		for _, id := range ids {
			if failed[id] == nil {
				fail(id, err)
			}
		}
	}
	return failed
}

// TopicAssigner is the optional capability of a Scorer to assign a
// creator's topics with their evidence (scoring.Engine); Assess detects
// it, so every path that scores a creator (a crawl, an import, `scout
// rescore`) also brings its topics up to date.
type TopicAssigner interface {
	Topics(c *scout.Creator) []scout.CreatorTopic
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
	if t, ok := in.Scorer.(TopicAssigner); ok {
		c.Topics = t.Topics(c)
	}
	for i := range c.Accounts {
		if e, ok := a.AccountEngagement[c.Accounts[i].ID]; ok {
			c.Accounts[i].Engagement = &e
		}
	}
}

// queue keeps the assessed creators for the next index batch, writing the
// batch when it is full (see IndexInBackground).
func (in *Ingester) queue(ctx context.Context, cs ...*scout.Creator) error {
	if in.Index == nil || len(cs) == 0 {
		return nil
	}
	in.mu.Lock()
	if in.pending == nil {
		in.pending = map[string]*scout.Creator{}
	}
	for _, c := range cs {
		in.pending[c.ID] = c
	}
	full := len(in.pending) >= in.batch()
	in.mu.Unlock()
	switch {
	case !full:
		return nil
	case !in.IndexInBackground:
		return in.Flush(ctx)
	}
	in.writeMu.Lock() // the previous background write is over
	in.mu.Lock()
	kept, err := in.pending, in.writeErr
	in.pending, in.writeErr = nil, nil
	in.mu.Unlock()
	if len(kept) == 0 { // another ingest took the batch meanwhile
		in.writeMu.Unlock()
		return err
	}
	go func() {
		defer in.writeMu.Unlock()
		if werr := in.write(context.WithoutCancel(ctx), kept); werr != nil {
			in.requeue(kept, werr)
		}
	}()
	return err
}

// requeue puts back the creators of a batch the index refused, unless a
// newer copy is queued, and keeps the error to report.
func (in *Ingester) requeue(kept map[string]*scout.Creator, err error) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.pending == nil {
		in.pending = map[string]*scout.Creator{}
	}
	for id, c := range kept {
		if _, newer := in.pending[id]; !newer {
			in.pending[id] = c
		}
	}
	in.writeErr = err
}

// Flush writes every queued creator to the index in one batch, as it was
// assessed and committed, after a background write still running. Creators
// the store changed since are read again, and creators it no longer holds
// are left out (see Ingester), so the index gets exactly what is
// committed.
func (in *Ingester) Flush(ctx context.Context) error {
	in.writeMu.Lock()
	defer in.writeMu.Unlock()
	in.mu.Lock()
	kept := in.pending
	in.pending, in.writeErr = nil, nil // what a refused write left is in kept
	in.mu.Unlock()
	return in.write(ctx, kept)
}

// write writes the kept creators to the index (see Flush); the caller
// holds writeMu.
func (in *Ingester) write(ctx context.Context, kept map[string]*scout.Creator) error {
	if len(kept) == 0 || in.Index == nil {
		return nil
	}
	ids := make([]string, 0, len(kept))
	for id := range kept {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	cs := make([]*scout.Creator, 0, len(ids))
	reread := ids
	if st, ok := in.Creators.(CreatorStamper); ok {
		stamps, err := st.FindCreatorsUpdatedAt(ctx, ids)
		if err != nil {
			return fmt.Errorf("flush index: %w", err)
		}
		reread = nil
		for _, id := range ids {
			at, stored := stamps[id]
			switch c := kept[id]; {
			case !stored: // gone (erased, merged away) since it was assessed
			case !c.UpdatedAt.IsZero() && at.Equal(c.UpdatedAt):
				cs = append(cs, c)
			default:
				reread = append(reread, id)
			}
		}
	}
	if len(reread) > 0 {
		fresh, _, err := in.Creators.FindCreators(ctx, scout.CreatorFilter{IDs: reread, WithPosts: true})
		if err != nil {
			return fmt.Errorf("flush index: %w", err)
		}
		cs = append(cs, fresh...)
	}
	if len(cs) == 0 {
		return nil
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

// parallel runs fn(0) ... fn(n-1) on up to GOMAXPROCS goroutines and
// returns when all are done. The work it is given (language detection,
// scoring) is pure CPU.
func parallel(n int, fn func(i int)) {
	workers := min(n, runtime.GOMAXPROCS(0))
	if workers <= 1 {
		for i := range n {
			fn(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				fn(i)
			}
		})
	}
	wg.Wait()
}
