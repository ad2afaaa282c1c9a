package ingest_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/ingest"
)

// stampStore is a memStore that writes groups and stamps every creator
// update, as store.DB does, and counts the reads that load creators.
type stampStore struct {
	*memStore
	smu    sync.Mutex
	stamps map[string]time.Time
	tick   time.Time
	reads  int // creators loaded by FindCreators and FindCreatorByID
}

func newStampStore() *stampStore {
	return &stampStore{memStore: newMemStore(), stamps: map[string]time.Time{}, tick: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
}

func (s *stampStore) stamp(id string) time.Time {
	s.smu.Lock()
	defer s.smu.Unlock()
	s.tick = s.tick.Add(time.Second)
	s.stamps[id] = s.tick
	return s.tick
}

func (s *stampStore) FindCreatorByID(ctx context.Context, id string) (*scout.Creator, error) {
	s.smu.Lock()
	s.reads++
	s.smu.Unlock()
	return s.memStore.FindCreatorByID(ctx, id)
}

func (s *stampStore) FindCreators(ctx context.Context, f scout.CreatorFilter) ([]*scout.Creator, int, error) {
	var out []*scout.Creator
	for _, id := range f.IDs {
		if c, err := s.FindCreatorByID(ctx, id); err == nil {
			out = append(out, c)
		}
	}
	return out, len(out), nil
}

func (s *stampStore) SaveProfiles(ctx context.Context, ps []*scout.Profile) ([]string, error) {
	ids := make([]string, len(ps))
	for i, p := range ps {
		id, err := s.SaveProfile(ctx, p)
		if err != nil {
			return nil, err
		}
		ids[i] = id
	}
	return ids, nil
}

func (s *stampStore) UpdateCreators(ctx context.Context, cs []*scout.Creator) ([]bool, error) {
	for _, c := range cs {
		if err := s.UpdateCreator(ctx, c); err != nil {
			return nil, err
		}
	}
	for _, c := range cs {
		c.UpdatedAt = s.stamp(c.ID)
	}
	return make([]bool, len(cs)), nil
}

func (s *stampStore) RecordVisits(ctx context.Context, vs []*scout.Visit) error {
	for _, v := range vs {
		if err := s.RecordVisit(ctx, v); err != nil {
			return err
		}
	}
	return nil
}

func (s *stampStore) FindCreatorsUpdatedAt(_ context.Context, ids []string) (map[string]time.Time, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.smu.Lock()
	defer s.smu.Unlock()
	out := map[string]time.Time{}
	for _, id := range ids {
		if _, ok := s.creators[id]; ok {
			out[id] = s.stamps[id]
		}
	}
	return out, nil
}

func TestIngestBatch(t *testing.T) {
	ctx := context.Background()
	st, idx := newStampStore(), &memIndex{}
	in := &ingest.Ingester{Creators: st, Visits: st, Index: idx, Scorer: postCounter{}, IndexBatch: 100}
	bad := profile("bad.example", 1, 1)
	bad.Posts[0].ID = "" // the store refuses it; the others must not suffer
	rs := []*scout.CrawlResult{
		{URL: "http://a.example/", Status: 200, FetchedAt: time.Now(), Profile: profile("a.example", 10, 2)},
		{URL: "http://bad.example/", Status: 200, FetchedAt: time.Now(), Profile: bad},
		{URL: "http://b.example/", Status: 200, FetchedAt: time.Now(), Profile: profile("b.example", 20, 3)},
		{URL: "http://c.example/x", Status: 404, Failure: &scout.Failure{Kind: scout.FailNotFound, Message: "404"}},
	}
	st.memStore.rejectEmptyPostIDs = true
	errs := in.IngestBatch(ctx, rs)
	for i, err := range errs {
		if (err != nil) != (i == 1) {
			t.Errorf("result %d (%s): err %v", i, rs[i].URL, err)
		}
	}
	for _, u := range []string{"http://a.example/", "http://b.example/", "http://c.example/x"} {
		if st.visits[u] == nil {
			t.Errorf("no visit of %s", u)
		}
	}
	if st.visits["http://bad.example/"] != nil {
		t.Error("the refused profile's visit was recorded: a resume would skip it")
	}
	if st.reads != 2 {
		t.Errorf("%d creators loaded to assess a group of 2, want 2", st.reads)
	}
	a, b := scout.NewCreatorID(rs[0].Profile.Account.ID), scout.NewCreatorID(rs[2].Profile.Account.ID)

	t.Run("FlushKeepsAssessedCreators", func(t *testing.T) {
		if err := in.Flush(ctx); err != nil {
			t.Fatal(err)
		}
		if st.reads != 2 {
			t.Errorf("Flush loaded %d creators again, want none: they were kept from assessing", st.reads-2)
		}
		if idx.docs[a] == nil || idx.docs[b] == nil || idx.docs[a].Engagement.PostsAnalyzed != 2 {
			t.Errorf("indexed %v", idx.docs)
		}
	})

	t.Run("FlushLeavesOutErasedAndRereadsChanged", func(t *testing.T) {
		idx.docs = nil
		if errs := in.IngestBatch(ctx, rs[:1:1]); errs[0] != nil {
			t.Fatal(errs[0])
		}
		if errs := in.IngestBatch(ctx, rs[2:3:3]); errs[0] != nil {
			t.Fatal(errs[0])
		}
		// After assessing, a is erased and b edited by someone else.
		st.mu.Lock()
		delete(st.creators, a)
		st.creators[b].Name = "Edited"
		st.mu.Unlock()
		st.stamp(b)
		reads := st.reads
		if err := in.Flush(ctx); err != nil {
			t.Fatal(err)
		}
		if idx.docs[a] != nil {
			t.Error("an erased creator was indexed again from the kept copy")
		}
		if c := idx.docs[b]; c == nil || c.Name != "Edited" {
			t.Errorf("changed creator indexed as %+v, want the store's edit", c)
		}
		if st.reads-reads != 1 {
			t.Errorf("Flush loaded %d creators, want 1 (the changed one)", st.reads-reads)
		}
	})
}
