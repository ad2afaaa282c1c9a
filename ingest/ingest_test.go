package ingest_test

import (
	"context"
	"errors"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/ingest"
)

// memStore is a working in-memory CreatorService and VisitService.
type memStore struct {
	mu       sync.Mutex
	creators map[string]*scout.Creator
	owner    map[string]string // account id → creator id
	visits   map[string]*scout.Visit
	saves    int
	// rejectEmptyPostIDs makes SaveProfile refuse a post without an id,
	// as store.DB does.
	rejectEmptyPostIDs bool
}

func newMemStore() *memStore {
	return &memStore{creators: map[string]*scout.Creator{}, owner: map[string]string{}, visits: map[string]*scout.Visit{}}
}

func (s *memStore) FindCreatorByID(_ context.Context, id string) (*scout.Creator, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.creators[id]
	if !ok {
		return nil, scout.Errorf(scout.ENOTFOUND, "no creator %s", id)
	}
	cp := *c
	cp.Accounts = append([]scout.Account(nil), c.Accounts...)
	return &cp, nil
}

func (s *memStore) FindCreators(ctx context.Context, f scout.CreatorFilter) ([]*scout.Creator, int, error) {
	var out []*scout.Creator
	for _, id := range f.IDs {
		if c, err := s.FindCreatorByID(ctx, id); err == nil {
			out = append(out, c)
		}
	}
	return out, len(out), nil
}

func (s *memStore) SaveProfile(_ context.Context, p *scout.Profile) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, post := range p.Posts {
		if s.rejectEmptyPostIDs && post.ID == "" {
			return "", scout.Errorf(scout.EINVALID, "post without id")
		}
	}
	s.saves++
	id, ok := s.owner[p.Account.ID]
	if !ok {
		id = scout.NewCreatorID(p.Account.ID)
		s.owner[p.Account.ID] = id
		s.creators[id] = &scout.Creator{ID: id}
	}
	c := s.creators[id]
	acc := p.Account
	acc.CreatorID, acc.FetchedAt = id, p.FetchedAt
	replaced := false
	for i := range c.Accounts {
		if c.Accounts[i].ID == acc.ID {
			c.Accounts[i], replaced = acc, true
		}
	}
	if !replaced {
		c.Accounts = append(c.Accounts, acc)
	}
	c.Posts = p.Posts
	return id, nil
}

func (s *memStore) UpdateCreator(_ context.Context, c *scout.Creator) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.creators[c.ID]; !ok {
		return scout.Errorf(scout.ENOTFOUND, "no creator %s", c.ID)
	}
	cp := *c
	s.creators[c.ID] = &cp
	return nil
}

func (s *memStore) RecordVisit(_ context.Context, v *scout.Visit) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.visits[v.URL] = v
	return nil
}

func (s *memStore) FindVisit(_ context.Context, url string) (*scout.Visit, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if v, ok := s.visits[url]; ok {
		return v, nil
	}
	return nil, scout.Errorf(scout.ENOTFOUND, "no visit")
}

// memIndex records what was indexed and in how many batches; it refuses
// the first refuse batches.
type memIndex struct {
	docs    map[string]*scout.Creator
	batches int
	refuse  int
}

func (x *memIndex) IndexCreators(_ context.Context, cs []*scout.Creator) error {
	if x.refuse > 0 {
		x.refuse--
		return errors.New("index refused the batch")
	}
	if x.docs == nil {
		x.docs = map[string]*scout.Creator{}
	}
	x.batches++
	for _, c := range cs {
		x.docs[c.ID] = c
	}
	return nil
}
func (x *memIndex) DeleteCreators(context.Context, []string) error { return nil }
func (x *memIndex) Search(context.Context, *scout.SearchQuery) (*scout.SearchResult, error) {
	return nil, errors.New("not used")
}
func (x *memIndex) Count(context.Context) (int, error) { return len(x.docs), nil }

// postCounter is a Scorer whose output depends only on its input.
type postCounter struct{}

func (postCounter) Score(c *scout.Creator, now time.Time) scout.Assessment {
	return scout.Assessment{Engagement: scout.Engagement{PostsAnalyzed: len(c.Posts), Formula: "count"}}
}

func profile(id string, followers int64, posts int) *scout.Profile {
	p := &scout.Profile{
		Account:   scout.Account{ID: scout.AccountID(scout.PlatformWeb, id), Platform: scout.PlatformWeb, Handle: id, DisplayName: "Name " + id, Followers: scout.Int64(followers)},
		FetchedAt: time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC),
	}
	for i := 0; i < posts; i++ {
		p.Posts = append(p.Posts, scout.Post{ID: id + "-" + string(rune('a'+i))})
	}
	return p
}

func TestIngester(t *testing.T) {
	ctx := context.Background()
	t.Run("OK", func(t *testing.T) {
		st, idx := newMemStore(), &memIndex{}
		in := &ingest.Ingester{Creators: st, Visits: st, Index: idx, Scorer: postCounter{}}
		r := &scout.CrawlResult{URL: "http://a.example/", Status: 200, FetchedAt: time.Now(), Profile: profile("a.example", 1200, 3)}
		if err := in.Ingest(ctx, r); err != nil {
			t.Fatal(err)
		}
		if len(idx.docs) != 0 {
			t.Fatalf("indexed before Flush: %d docs", len(idx.docs))
		}
		if err := in.Flush(ctx); err != nil {
			t.Fatal(err)
		}
		id := scout.NewCreatorID(r.Profile.Account.ID)
		doc, ok := idx.docs[id]
		if !ok {
			t.Fatalf("creator %s not indexed; have %v", id, idx.docs)
		}
		if got, want := doc.Name, "Name a.example"; got != want {
			t.Errorf("name = %q, want %q (derived from the account)", got, want)
		}
		if doc.Followers == nil || *doc.Followers != 1200 {
			t.Errorf("followers = %v, want 1200", doc.Followers)
		}
		if got := doc.Engagement.PostsAnalyzed; got != 3 {
			t.Errorf("scorer output not stored: posts analyzed %d, want 3", got)
		}
		if v := st.visits[r.URL]; v == nil || v.CreatorID != id || v.Kind != "" {
			t.Errorf("visit = %+v, want a success pointing at %s", v, id)
		}
	})
	t.Run("FailureRecorded", func(t *testing.T) {
		st, idx := newMemStore(), &memIndex{}
		in := &ingest.Ingester{Creators: st, Visits: st, Index: idx, Scorer: postCounter{}}
		r := &scout.CrawlResult{URL: "http://b.example/x", Status: 404, Failure: &scout.Failure{Kind: scout.FailNotFound, Message: "404"}}
		if err := in.Ingest(ctx, r); err != nil {
			t.Fatal(err)
		}
		if v := st.visits[r.URL]; v == nil || v.Kind != scout.FailNotFound {
			t.Errorf("visit = %+v, want kind %s", v, scout.FailNotFound)
		}
		if st.saves != 0 {
			t.Errorf("a failure saved %d profiles", st.saves)
		}
	})
	t.Run("BatchFlushesWhenFull", func(t *testing.T) {
		st, idx := newMemStore(), &memIndex{}
		in := &ingest.Ingester{Creators: st, Visits: st, Index: idx, Scorer: postCounter{}, IndexBatch: 2}
		for _, h := range []string{"a", "b", "c"} {
			if err := in.Ingest(ctx, &scout.CrawlResult{URL: h, Profile: profile(h, 10, 1)}); err != nil {
				t.Fatal(err)
			}
		}
		if idx.batches != 1 || len(idx.docs) != 2 {
			t.Fatalf("after 3 ingests with batch 2: %d batches, %d docs; want 1 batch of 2", idx.batches, len(idx.docs))
		}
		if err := in.Flush(ctx); err != nil {
			t.Fatal(err)
		}
		ids := make([]string, 0, len(idx.docs))
		for id := range idx.docs {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		if len(ids) != 3 {
			t.Errorf("after Flush: %d docs, want 3", len(ids))
		}
	})
	t.Run("BackgroundBatchesAreAllWrittenByFlush", func(t *testing.T) {
		st, idx := newMemStore(), &memIndex{}
		in := &ingest.Ingester{Creators: st, Visits: st, Index: idx, Scorer: postCounter{}, IndexBatch: 2, IndexInBackground: true}
		for _, h := range []string{"a", "b", "c", "d", "e"} {
			if err := in.Ingest(ctx, &scout.CrawlResult{URL: h, Profile: profile(h, 10, 1)}); err != nil {
				t.Fatal(err)
			}
		}
		if err := in.Flush(ctx); err != nil {
			t.Fatal(err)
		}
		if idx.batches != 3 || len(idx.docs) != 5 {
			t.Errorf("after 5 ingests with batch 2 and Flush: %d batches, %d docs; want 3 and 5", idx.batches, len(idx.docs))
		}
	})
	t.Run("BackgroundBatchRefusedIsWrittenLater", func(t *testing.T) {
		st, idx := newMemStore(), &memIndex{refuse: 1}
		in := &ingest.Ingester{Creators: st, Visits: st, Index: idx, Scorer: postCounter{}, IndexBatch: 2, IndexInBackground: true}
		var errs []error
		for _, h := range []string{"a", "b", "c", "d"} {
			errs = append(errs, in.Ingest(ctx, &scout.CrawlResult{URL: h, Profile: profile(h, 10, 1)}))
		}
		// a and b fill the refused batch; its error comes with c or d,
		// whichever fills the next one.
		if errs[0] != nil || errs[1] != nil || (errs[2] == nil) == (errs[3] == nil) {
			t.Errorf("errors = %v, want one of the third and the fourth", errs)
		}
		if err := in.Flush(ctx); err != nil {
			t.Fatal(err)
		}
		if len(idx.docs) != 4 {
			t.Errorf("after Flush: %d docs, want all 4 (the refused batch again)", len(idx.docs))
		}
	})
	t.Run("Idempotent", func(t *testing.T) {
		st, idx := newMemStore(), &memIndex{}
		in := &ingest.Ingester{Creators: st, Visits: st, Index: idx, Scorer: postCounter{}}
		r := &scout.CrawlResult{URL: "u", Profile: profile("same", 50, 2)}
		for i := 0; i < 2; i++ {
			if err := in.Ingest(ctx, r); err != nil {
				t.Fatal(err)
			}
		}
		if err := in.Flush(ctx); err != nil {
			t.Fatal(err)
		}
		if len(st.creators) != 1 || len(idx.docs) != 1 {
			t.Errorf("ingesting twice gave %d creators, %d docs; want 1 and 1", len(st.creators), len(idx.docs))
		}
		for _, c := range st.creators {
			if len(c.Accounts) != 1 {
				t.Errorf("ingesting twice gave %d accounts, want 1", len(c.Accounts))
			}
		}
	})
}

func TestIngesterNotModifiedKeepsLastOutcome(t *testing.T) {
	ctx := context.Background()
	st, idx := newMemStore(), &memIndex{}
	in := &ingest.Ingester{Creators: st, Visits: st, Index: idx, Scorer: postCounter{}}
	url := "http://x.example/@glitch"
	if err := in.Ingest(ctx, &scout.CrawlResult{URL: url, Status: 200, Failure: &scout.Failure{Kind: scout.FailNoProfile, Message: "no profile"}}); err != nil {
		t.Fatal(err)
	}
	if err := in.Ingest(ctx, &scout.CrawlResult{URL: url, Status: 304, NotModified: true}); err != nil {
		t.Fatal(err)
	}
	v := st.visits[url]
	if v == nil || v.Kind != scout.FailNoProfile || v.Status != 304 {
		t.Errorf("visit after 304 = %+v, want status 304 keeping kind no_profile", v)
	}
}

func TestIngesterNotModifiedResavesStoredAccount(t *testing.T) {
	ctx := context.Background()
	st, idx := newMemStore(), &memIndex{}
	in := &ingest.Ingester{Creators: st, Visits: st, Index: idx, Scorer: postCounter{}}
	p := profile("same.example", 500, 2)
	url := "http://same.example/"
	if err := in.Ingest(ctx, &scout.CrawlResult{URL: url, Status: 200, FetchedAt: p.FetchedAt, Profile: p}); err != nil {
		t.Fatal(err)
	}
	later := p.FetchedAt.Add(24 * time.Hour)
	if err := in.Ingest(ctx, &scout.CrawlResult{URL: url, Status: 304, FetchedAt: later, NotModified: true}); err != nil {
		t.Fatal(err)
	}
	if st.saves != 2 {
		t.Fatalf("a 304 saved %d profiles in all, want 2 (the stored account again)", st.saves)
	}
	c := st.creators[scout.NewCreatorID(p.Account.ID)]
	if got := c.Accounts[0].FetchedAt; !got.Equal(later) {
		t.Errorf("account fetched at %v after a 304, want %v (data_as_of moves on)", got, later)
	}
	if f := c.Accounts[0].Followers; f == nil || *f != 500 {
		t.Errorf("followers after a 304 = %v, want the stored 500", f)
	}
}
