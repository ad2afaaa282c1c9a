package scoring_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/scoring"
)

// fakeBriefScorer gives each creator the overall in its table (an unknown
// one, with what is missing, for those in unknown), and gates the creators
// named in gates (unsuitable) or ineligible.
type fakeBriefScorer struct {
	overall    map[string]float64
	unknown    map[string][]string
	gates      map[string][]string
	ineligible map[string]bool
	calls      int
}

func (f *fakeBriefScorer) NewBriefRanker(b *scout.Brief, now time.Time, limit int) scout.BriefRanker {
	return &scoring.BriefRanker{Scorer: f, Brief: b, Now: now, Limit: limit}
}

func (f *fakeBriefScorer) ScoreBrief(c *scout.Creator, b *scout.Brief, now time.Time) scout.Assessment {
	f.calls++
	a := scout.Assessment{Scores: map[string]*scout.Score{}, Flags: []scout.Flag{}}
	if v, ok := f.overall[c.ID]; ok {
		a.Scores["overall"] = &scout.Score{Value: scout.Float64(v), Version: "ov-test"}
		a.Scores["audience_fit"] = &scout.Score{Value: scout.Float64(v / 2), Version: "af-test", Reasons: []string{"fits " + b.Name}}
	}
	if m, ok := f.unknown[c.ID]; ok {
		a.Scores["overall"] = &scout.Score{Version: "ov-test", Missing: m}
	}
	if gs := f.gates[c.ID]; len(gs) > 0 {
		fl := scout.Flag{Code: scout.FlagUnsuitable, Severity: scout.SeverityWarn, Message: "unsuitable: " + strings.Join(gs, "; ")}
		for _, g := range gs {
			fl.Evidence = append(fl.Evidence, scout.Evidence{Excerpt: g, Rule: "gate:test"})
		}
		a.Flags = append(a.Flags, fl)
	}
	if f.ineligible[c.ID] {
		a.Flags = append(a.Flags, scout.Flag{Code: scout.FlagIneligible, Severity: scout.SeverityRed, Message: "confirmed floor hit"})
	}
	a.Engagement.PostsAnalyzed = len(c.Posts)
	return a
}

func creators(ids ...string) []*scout.Creator {
	var cs []*scout.Creator
	for _, id := range ids {
		cs = append(cs, &scout.Creator{ID: id, Name: "Name " + id,
			Posts:     []scout.Post{{ID: id + "-p1", Text: "post"}},
			Snapshots: []scout.Snapshot{{}},
			Scores:    map[string]*scout.Score{"overall": {Value: scout.Float64(1), Version: "stored"}}})
	}
	return cs
}

func matchIDs(r scout.BriefRanking) []string {
	var ids []string
	for _, m := range r.Matches {
		ids = append(ids, m.ID)
	}
	return ids
}

func TestRankBrief(t *testing.T) {
	brief := &scout.Brief{Name: "vegan baking", Keywords: []string{"vegan"}}
	now := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
	s := &fakeBriefScorer{
		overall: map[string]float64{"a": 50, "b": 80, "c": 50, "d": 90, "e": 70, "f": 99, "h": 95, "i": 60},
		unknown: map[string][]string{"h": {"posts: 2 with text analysed, 3 needed", "posts: 2 with text analysed, 3 needed"}, "i": {"followers: count unknown"}},
		gates: map[string][]string{
			"e": {"followers 900 below the brief's minimum 10,000", "no account on youtube", "no account on youtube"},
			"i": {"market: 0% in DE"},
		},
		ineligible: map[string]bool{"f": true},
	}
	in := creators("c", "e", "a", "g", "d", "h", "f", "b", "i")
	r := scoring.RankBrief(in, s, brief, now)

	// Overall descending, ties (a, c at 50) by id; g (no overall) and h
	// (an unknown overall) need data; i is gated, whatever it lacks.
	if got, want := matchIDs(r), []string{"d", "b", "a", "c"}; !slices.Equal(got, want) {
		t.Errorf("matches %v, want %v", got, want)
	}
	for i, m := range r.Matches {
		if m.Rank != i+1 {
			t.Errorf("match %s rank %d, want %d", m.ID, m.Rank, i+1)
		}
		if m.Posts != nil || m.Snapshots != nil {
			t.Errorf("match %s carries posts or snapshots", m.ID)
		}
	}
	if got := r.Matches[0].Scores["overall"]; got == nil || got.Version != "ov-test" || *got.Value != 90 {
		t.Errorf("match d has overall %+v, want the brief-scoped one", got)
	}
	if r.Matches[0].Scores["audience_fit"] == nil {
		t.Error("match lacks audience_fit")
	}
	if r.Matches[0].Engagement.PostsAnalyzed != 1 {
		t.Error("match's engagement is not the brief assessment's")
	}
	if r.TotalMatches != 4 || r.TotalExcluded != 3 || r.TotalNeedsData != 2 {
		t.Errorf("totals %d matches %d excluded %d needing data, want 4, 3 and 2", r.TotalMatches, r.TotalExcluded, r.TotalNeedsData)
	}
	// Each reason once.
	wantEx := []scout.BriefExclusion{
		{ID: "e", Name: "Name e", Reasons: []string{"followers 900 below the brief's minimum 10,000", "no account on youtube"}},
		{ID: "f", Name: "Name f", Reasons: []string{"ineligible: confirmed floor hit"}},
		{ID: "i", Name: "Name i", Reasons: []string{"market: 0% in DE"}},
	}
	if fmt.Sprint(r.Excluded) != fmt.Sprint(wantEx) {
		t.Errorf("excluded %+v\nwant %+v", r.Excluded, wantEx)
	}
	wantNeeds := []scout.BriefNeedsData{
		{ID: "g", Name: "Name g", Missing: []string{"overall: not computed"}},
		{ID: "h", Name: "Name h", Missing: []string{"posts: 2 with text analysed, 3 needed"}},
	}
	if fmt.Sprint(r.NeedsData) != fmt.Sprint(wantNeeds) {
		t.Errorf("needs data %+v\nwant %+v", r.NeedsData, wantNeeds)
	}

	// The input is not modified.
	for _, c := range in {
		if c.Scores["overall"].Version != "stored" || len(c.Posts) != 1 || len(c.Snapshots) != 1 {
			t.Errorf("RankBrief modified creator %s: %+v", c.ID, c)
		}
	}
}

func TestRankBrief_Deterministic(t *testing.T) {
	now := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
	brief := &scout.Brief{Name: "b", Keywords: []string{"x"}}
	s := &fakeBriefScorer{overall: map[string]float64{}, gates: map[string][]string{}}
	var ids []string
	for i := range 60 {
		id := fmt.Sprintf("c%02d", i)
		ids = append(ids, id)
		s.overall[id] = float64(i % 7) // many ties
		if i%5 == 0 {
			s.gates[id] = []string{"gate " + id}
		}
	}
	want := scoring.RankBrief(creators(ids...), s, brief, now)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		cs := creators(ids...)
		rng.Shuffle(len(cs), func(i, j int) { cs[i], cs[j] = cs[j], cs[i] })
		got := scoring.RankBrief(cs, s, brief, now)
		if !slices.Equal(matchIDs(got), matchIDs(want)) || fmt.Sprint(got.Excluded) != fmt.Sprint(want.Excluded) {
			t.Fatalf("order depends on input order:\n%v\n%v", matchIDs(got), matchIDs(want))
		}
	}
	// Ties are broken by id.
	for i := 1; i < len(want.Matches); i++ {
		a, b := want.Matches[i-1], want.Matches[i]
		va, vb := *a.Scores["overall"].Value, *b.Scores["overall"].Value
		if va < vb || (va == vb && a.ID > b.ID) {
			t.Errorf("%s (%v) before %s (%v)", a.ID, va, b.ID, vb)
		}
	}
}

func TestBriefRanker_Limit(t *testing.T) {
	now := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
	brief := &scout.Brief{Name: "b", Keywords: []string{"x"}}
	s := &fakeBriefScorer{overall: map[string]float64{}, gates: map[string][]string{}, unknown: map[string][]string{}}
	var ids []string
	for i := range 100 {
		id := fmt.Sprintf("c%03d", i)
		ids = append(ids, id)
		s.overall[id] = float64(i)
		switch {
		case i%2 == 1:
			s.gates[id] = []string{"odd"}
		case i%4 == 2:
			s.unknown[id] = []string{"posts: none"}
		}
	}
	all := scoring.RankBrief(creators(ids...), s, brief, now)
	for _, limit := range []int{1, 3, 7, 50, 200} {
		r := &scoring.BriefRanker{Scorer: s, Brief: brief, Now: now, Limit: limit}
		for _, c := range creators(ids...) {
			r.Add(c)
		}
		r.Add(creators("c000")[0]) // seen before: ranked once
		got := r.Ranking()
		n := min(limit, 25)
		if !slices.Equal(matchIDs(got), matchIDs(all)[:n]) {
			t.Errorf("limit %d: matches %v, want the top %d of %v", limit, matchIDs(got), n, matchIDs(all))
		}
		if ne := min(limit, 50); fmt.Sprint(got.Excluded) != fmt.Sprint(all.Excluded[:ne]) {
			t.Errorf("limit %d: excluded %v", limit, got.Excluded)
		}
		if fmt.Sprint(got.NeedsData) != fmt.Sprint(all.NeedsData[:n]) {
			t.Errorf("limit %d: needs data %v", limit, got.NeedsData)
		}
		if got.TotalMatches != 25 || got.TotalExcluded != 50 || got.TotalNeedsData != 25 {
			t.Errorf("limit %d: totals %d/%d/%d, want 25/50/25", limit, got.TotalMatches, got.TotalExcluded, got.TotalNeedsData)
		}
	}
}

func TestRankBrief_Empty(t *testing.T) {
	r := scoring.RankBrief(nil, &fakeBriefScorer{}, &scout.Brief{Name: "b"}, time.Time{})
	if r.Matches == nil || r.Excluded == nil || r.NeedsData == nil || r.TotalMatches != 0 || r.TotalExcluded != 0 || r.TotalNeedsData != 0 {
		t.Errorf("empty ranking %+v, want [] lists and zero totals", r)
	}
}
