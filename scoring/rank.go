package scoring

import (
	"cmp"
	"slices"
	"time"

	scout "github.com/scout-oss/scout"
)

// RankBrief scores every creator against b as of now and ranks them: the
// gated ones (unsuitable or ineligible) go to Excluded with their reasons,
// those whose overall score is unknown to NeedsData with what is missing,
// the others to Matches. It is pure: the creators are not modified, and the
// same input gives the same order. b should have passed Validate.
func RankBrief(cs []*scout.Creator, s scout.BriefScorer, b *scout.Brief, now time.Time) scout.BriefRanking {
	r := &BriefRanker{Scorer: s, Brief: b, Now: now}
	for _, c := range cs {
		r.Add(c)
	}
	return r.Ranking()
}

// BriefRanker is RankBrief one creator at a time, so a caller can stream a
// large store through it without holding every creator and its posts. With
// Limit set it keeps only the best Limit matches and the first Limit
// exclusions and creators needing data (by id), so memory stays bounded;
// the totals still count all.
// A creator id seen twice is ranked once.
//
// Engine.NewBriefRanker returns one as a scout.BriefRanker.
type BriefRanker struct {
	Scorer scout.BriefScorer
	Brief  *scout.Brief
	Now    time.Time
	Limit  int // 0 keeps everything

	seen      map[string]bool
	matches   []scout.BriefMatch
	excluded  []scout.BriefExclusion
	needsData []scout.BriefNeedsData
	nMatch    int
	nExcl     int
	nNeeds    int
}

// Add scores c against the brief and files it as an exclusion (a gate
// failed), a creator that needs data (no gate failed, but the overall
// score is unknown) or a match.
func (r *BriefRanker) Add(c *scout.Creator) {
	if c == nil {
		return
	}
	if r.seen == nil {
		r.seen = map[string]bool{}
	}
	if r.seen[c.ID] {
		return
	}
	r.seen[c.ID] = true
	a := r.Scorer.ScoreBrief(c, r.Brief, r.Now)
	if reasons := gateReasons(a.Flags); len(reasons) > 0 {
		r.nExcl++
		r.excluded = append(r.excluded, scout.BriefExclusion{ID: c.ID, Name: c.Name, Reasons: reasons})
		if r.Limit > 0 && len(r.excluded) >= 2*r.Limit {
			r.excluded = sortExclusions(r.excluded)[:r.Limit]
		}
		return
	}
	if ov := a.Scores["overall"]; !ov.Known() {
		missing := []string{"overall: not computed"}
		if ov != nil && len(ov.Missing) > 0 {
			missing = slices.Compact(slices.Clone(ov.Missing))
		}
		r.nNeeds++
		r.needsData = append(r.needsData, scout.BriefNeedsData{ID: c.ID, Name: c.Name, Missing: missing})
		if r.Limit > 0 && len(r.needsData) >= 2*r.Limit {
			r.needsData = sortNeedsData(r.needsData)[:r.Limit]
		}
		return
	}
	m := *c
	m.Posts, m.Snapshots = nil, nil
	m.Engagement, m.Scores, m.Flags, m.Partnerships = a.Engagement, a.Scores, a.Flags, a.Partnerships
	r.nMatch++
	r.matches = append(r.matches, scout.BriefMatch{Creator: &m})
	if r.Limit > 0 && len(r.matches) >= 2*r.Limit {
		r.matches = sortMatches(r.matches)[:r.Limit]
	}
}

// Ranking returns the ranked matches, the exclusions and the creators that
// need data so far. The lists are never nil, so they encode as [] rather
// than null.
func (r *BriefRanker) Ranking() scout.BriefRanking {
	ms := sortMatches(slices.Clone(r.matches))
	ex := sortExclusions(slices.Clone(r.excluded))
	nd := sortNeedsData(slices.Clone(r.needsData))
	if r.Limit > 0 {
		ms = ms[:min(len(ms), r.Limit)]
		ex = ex[:min(len(ex), r.Limit)]
		nd = nd[:min(len(nd), r.Limit)]
	}
	if ms == nil {
		ms = []scout.BriefMatch{}
	}
	if ex == nil {
		ex = []scout.BriefExclusion{}
	}
	if nd == nil {
		nd = []scout.BriefNeedsData{}
	}
	for i := range ms {
		ms[i].Rank = i + 1
	}
	return scout.BriefRanking{TotalMatches: r.nMatch, Matches: ms, TotalExcluded: r.nExcl, Excluded: ex,
		TotalNeedsData: r.nNeeds, NeedsData: nd}
}

// overallOf is the value ranking uses. Matches always have a known
// overall; an unknown one would sort after every known one.
func overallOf(c *scout.Creator) float64 {
	if v, ok := c.Scores["overall"].Float(); ok {
		return v
	}
	return -1
}

func sortMatches(ms []scout.BriefMatch) []scout.BriefMatch {
	slices.SortFunc(ms, func(a, b scout.BriefMatch) int {
		if c := cmp.Compare(overallOf(b.Creator), overallOf(a.Creator)); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return ms
}

func sortExclusions(ex []scout.BriefExclusion) []scout.BriefExclusion {
	slices.SortFunc(ex, func(a, b scout.BriefExclusion) int { return cmp.Compare(a.ID, b.ID) })
	return ex
}

func sortNeedsData(nd []scout.BriefNeedsData) []scout.BriefNeedsData {
	slices.SortFunc(nd, func(a, b scout.BriefNeedsData) int { return cmp.Compare(a.ID, b.ID) })
	return nd
}

// gateReasons lists why the flags exclude a creator, each reason once:
// each failed gate of an unsuitable flag (one evidence item per gate; its
// message when it has none), an off_topic flag's gate and an ineligible
// flag's message. Nil when
// nothing excludes.
func gateReasons(fs []scout.Flag) []string {
	var out []string
	add := func(r string) {
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	for _, f := range fs {
		switch f.Code {
		case scout.FlagIneligible:
			add("ineligible: " + f.Message)
		case scout.FlagOffTopic:
			for _, e := range f.Evidence {
				add(e.Excerpt)
			}
		case scout.FlagUnsuitable:
			n := 0
			for _, e := range f.Evidence {
				if e.Excerpt != "" {
					add(e.Excerpt)
					n++
				}
			}
			if n == 0 {
				add(f.Message)
			}
		}
	}
	return out
}

var (
	_ scout.BriefRanker = (*BriefRanker)(nil)
	_ scout.BriefScorer = (*Engine)(nil)
)

// NewBriefRanker implements scout.BriefScorer: a BriefRanker that scores
// with e.
func (e *Engine) NewBriefRanker(b *scout.Brief, now time.Time, limit int) scout.BriefRanker {
	return &BriefRanker{Scorer: e, Brief: b, Now: now, Limit: limit}
}
