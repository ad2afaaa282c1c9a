package scout

import (
	"cmp"
	"context"
	"slices"
	"time"
)

// BriefFilter selects briefs for FindBriefs. Zero values mean "any".
type BriefFilter struct {
	Offset int
	Limit  int // 0 means no limit
}

// BriefService keeps the briefs brand teams rank creators against
// (implemented by store on bbolt), so a brief is written once and its
// matches re-read as the creators change.
type BriefService interface {
	// CreateBrief validates b (filling its defaults), assigns b.ID and
	// stores it; an ID set by the caller is replaced. EINVALID when
	// Validate rejects it.
	CreateBrief(ctx context.Context, b *Brief) error

	// FindBriefByID returns one brief. ENOTFOUND when there is none.
	FindBriefByID(ctx context.Context, id string) (*Brief, error)

	// FindBriefs returns a page of briefs, oldest first, and the number
	// stored. EINVALID for a negative offset or limit.
	FindBriefs(ctx context.Context, filter BriefFilter) ([]*Brief, int, error)

	// DeleteBrief removes a brief. ENOTFOUND when there is none.
	DeleteBrief(ctx context.Context, id string) error
}

// BriefScorer rates a creator against a brief (implemented by the scoring
// engine). Like Scorer it is pure and deterministic; the Assessment adds
// scores["audience_fit"], an overall with the brief's weights, and an
// "unsuitable" flag whose evidence lists every failed hard constraint.
type BriefScorer interface {
	ScoreBrief(c *Creator, b *Brief, now time.Time) Assessment
}

// Flag codes that take a creator out of a brief's ranking.
const (
	FlagUnsuitable = "unsuitable" // a hard constraint of the brief failed
	FlagIneligible = "ineligible" // a confirmed brand-safety floor hit
)

// BriefMatch is one creator that passed every gate of a brief: the creator
// without posts and snapshots, its engagement, scores, flags and
// partnerships replaced by the brief-scoped assessment, and its 1-based rank.
type BriefMatch struct {
	Rank int `json:"rank"`
	*Creator
}

// BriefExclusion is a creator a gate took out of the ranking, with each
// reason in plain words, so a brand team sees why someone is missing.
type BriefExclusion struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Reasons []string `json:"reasons"`
}

// BriefRanking is the result of ranking creators against a brief. Matches
// are ordered by overall score, best first, ties by id; Excluded by id. The
// totals count every creator seen, also those a limit left out.
type BriefRanking struct {
	TotalMatches  int              `json:"total_matches"`
	Matches       []BriefMatch     `json:"matches"`
	TotalExcluded int              `json:"total_excluded"`
	Excluded      []BriefExclusion `json:"excluded"`
}

// RankBrief scores every creator against b as of now and ranks them: the
// gated ones (unsuitable or ineligible) go to Excluded with their reasons,
// the others to Matches. It is pure: the creators are not modified, and the
// same input gives the same order. b should have passed Validate.
func RankBrief(cs []*Creator, s BriefScorer, b *Brief, now time.Time) BriefRanking {
	r := &BriefRanker{Scorer: s, Brief: b, Now: now}
	for _, c := range cs {
		r.Add(c)
	}
	return r.Ranking()
}

// BriefRanker is RankBrief one creator at a time, so a caller can stream a
// large store through it without holding every creator and its posts. With
// Limit set it keeps only the best Limit matches and the first Limit
// exclusions (by id), so memory stays bounded; the totals still count all.
// A creator id seen twice is ranked once.
type BriefRanker struct {
	Scorer BriefScorer
	Brief  *Brief
	Now    time.Time
	Limit  int // 0 keeps everything

	seen     map[string]bool
	matches  []BriefMatch
	excluded []BriefExclusion
	nMatch   int
	nExcl    int
}

// Add scores c against the brief and files it as a match or an exclusion.
func (r *BriefRanker) Add(c *Creator) {
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
		r.excluded = append(r.excluded, BriefExclusion{ID: c.ID, Name: c.Name, Reasons: reasons})
		if r.Limit > 0 && len(r.excluded) >= 2*r.Limit {
			r.excluded = sortExclusions(r.excluded)[:r.Limit]
		}
		return
	}
	m := *c
	m.Posts, m.Snapshots = nil, nil
	m.Engagement, m.Scores, m.Flags, m.Partnerships = a.Engagement, a.Scores, a.Flags, a.Partnerships
	r.nMatch++
	r.matches = append(r.matches, BriefMatch{Creator: &m})
	if r.Limit > 0 && len(r.matches) >= 2*r.Limit {
		r.matches = sortMatches(r.matches)[:r.Limit]
	}
}

// Ranking returns the ranked matches and the exclusions so far. The lists
// are never nil, so they encode as [] rather than null.
func (r *BriefRanker) Ranking() BriefRanking {
	ms := sortMatches(slices.Clone(r.matches))
	ex := sortExclusions(slices.Clone(r.excluded))
	if r.Limit > 0 {
		ms = ms[:min(len(ms), r.Limit)]
		ex = ex[:min(len(ex), r.Limit)]
	}
	if ms == nil {
		ms = []BriefMatch{}
	}
	if ex == nil {
		ex = []BriefExclusion{}
	}
	for i := range ms {
		ms[i].Rank = i + 1
	}
	return BriefRanking{TotalMatches: r.nMatch, Matches: ms, TotalExcluded: r.nExcl, Excluded: ex}
}

// overallOf is the value ranking uses: a creator without an overall score
// (no scorable data) sorts after every scored one.
func overallOf(c *Creator) float64 {
	if s := c.Scores["overall"]; s != nil {
		return s.Value
	}
	return -1
}

func sortMatches(ms []BriefMatch) []BriefMatch {
	slices.SortFunc(ms, func(a, b BriefMatch) int {
		if c := cmp.Compare(overallOf(b.Creator), overallOf(a.Creator)); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return ms
}

func sortExclusions(ex []BriefExclusion) []BriefExclusion {
	slices.SortFunc(ex, func(a, b BriefExclusion) int { return cmp.Compare(a.ID, b.ID) })
	return ex
}

// gateReasons lists why the flags exclude a creator: each failed gate of
// an unsuitable flag (one evidence item per gate; its message when it has
// none) and an ineligible flag's message. Nil when nothing excludes.
func gateReasons(fs []Flag) []string {
	var out []string
	for _, f := range fs {
		switch f.Code {
		case FlagIneligible:
			out = append(out, "ineligible: "+f.Message)
		case FlagUnsuitable:
			n := 0
			for _, e := range f.Evidence {
				if e.Excerpt != "" {
					out = append(out, e.Excerpt)
					n++
				}
			}
			if n == 0 {
				out = append(out, f.Message)
			}
		}
	}
	return out
}
