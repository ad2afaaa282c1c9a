// Package scoringeval measures Scout's scorer against the labelled
// evaluation set in testdata/eval: creators written and labelled by
// reviewers who never saw the scoring rules (testdata/eval/CONVENTIONS.md).
// It loads a batch, scores every case with scoring.Engine at the set's
// fixed clock, and counts true and false positives and negatives per flag
// and per GARM category, so precision and recall can be printed
// (bench/scoring) and asserted (the scoring tests).
//
// It knows the file format and the label conventions, nothing about how
// any score is computed.
package scoringeval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/scoring"
)

// Now is the evaluation clock every case was written against.
var Now = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)

// Batches are the set's batches: rules are tuned on dev only;
// validation and holdout are each written before the rules they measure
// and never edited. Validation's misses have since been read and tuned
// on, so holdout is the batch that measures the rules blind.
var Batches = []string{"dev", "validation", "holdout"}

// Flags are the non-category flags every case labels.
var Flags = []string{
	"engagement_below_tier", "engagement_above_tier", "comment_like_ratio_outlier", "flat_engagement",
	"follower_spike", "follower_drop", "mass_following", "suspicious_followers", "generic_comments",
	"engagement_pod", "undisclosed_sponsorship", "weak_disclosure", "ineligible", "unsuitable",
}

// Levels orders the GARM levels a label may give.
var Levels = []string{"none", "low", "medium", "high", "floor"}

// Case is one labelled creator.
type Case struct {
	ID       string         `json:"id"`
	Batch    string         `json:"batch"`
	Language string         `json:"language"`
	Region   string         `json:"region"`
	Classes  []string       `json:"classes"`
	Why      string         `json:"why"`
	Brief    *scout.Brief   `json:"brief"`
	Creator  *scout.Creator `json:"creator"`
	Labels   Labels         `json:"labels"`
}

// Labels are what the reviewer expects: every flag true or false, and a
// GARM level per category.
type Labels struct {
	Flags map[string]bool   `json:"flags"`
	GARM  map[string]string `json:"garm"`
}

// Targets lists what is measured: the flags, then brand_safety:<category>
// for every GARM category.
func Targets() []string {
	t := append([]string{}, Flags...)
	for _, c := range scoring.Categories {
		t = append(t, "brand_safety:"+c)
	}
	return t
}

// Expected reports whether the case expects target, and whether the case
// measures it at all (unsuitable only exists for cases with a brief).
func (c *Case) Expected(target string) (want, measured bool) {
	if cat, ok := strings.CutPrefix(target, "brand_safety:"); ok {
		return levelIndex(c.Labels.GARM[cat]) >= levelIndex("medium"), true
	}
	if target == "unsuitable" && c.Brief == nil {
		return false, false
	}
	return c.Labels.Flags[target], true
}

// HardNegative reports whether the case was written to look like target
// while not being it (a class "hard_negative:<target>...").
func (c *Case) HardNegative(target string) bool {
	t := strings.TrimPrefix(target, "brand_safety:")
	for _, cl := range c.Classes {
		if rest, ok := strings.CutPrefix(cl, "hard_negative:"); ok && (rest == t || strings.HasPrefix(rest, t+":")) {
			return true
		}
	}
	return false
}

func levelIndex(l string) int {
	for i, v := range Levels {
		if v == l {
			return i
		}
	}
	return -1
}

// Load reads every case of a batch from dir (testdata/eval/<batch>),
// checking that each labels every flag and category with a known value.
func Load(dir string) ([]Case, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("eval: no cases in %s", dir)
	}
	cases := make([]Case, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		var c Case
		if err := json.Unmarshal(b, &c); err != nil {
			return nil, fmt.Errorf("eval: %s: %w", f, err)
		}
		if c.Creator == nil {
			return nil, fmt.Errorf("eval: %s: no creator", f)
		}
		for _, fl := range Flags {
			if _, ok := c.Labels.Flags[fl]; !ok {
				return nil, fmt.Errorf("eval: %s: flag %s not labelled", f, fl)
			}
		}
		for _, cat := range scoring.Categories {
			if levelIndex(c.Labels.GARM[cat]) < 0 {
				return nil, fmt.Errorf("eval: %s: category %s has level %q", f, cat, c.Labels.GARM[cat])
			}
		}
		if c.Brief != nil {
			if err := c.Brief.Validate(); err != nil {
				return nil, fmt.Errorf("eval: %s: brief: %w", f, err)
			}
		}
		cases = append(cases, c)
	}
	return cases, nil
}

// Score assesses one case as Scout does: with the case's disclosure
// region, against its brief when it has one.
func Score(c *Case) scout.Assessment {
	e := &scoring.Engine{Region: c.Region}
	cr := *c.Creator
	if c.Brief != nil {
		b := *c.Brief
		return e.ScoreBrief(&cr, &b, Now)
	}
	return e.Score(&cr, Now)
}

// Counts are one target's confusion counts over a batch. HardNeg counts
// the hard negatives among the negatives; HardFP those the scorer flagged.
type Counts struct {
	Pos, Neg, HardNeg int
	TP, FP, FN        int
	HardFP            int
}

// Precision is TP/(TP+FP); 0 when nothing was flagged.
func (n Counts) Precision() float64 {
	if n.TP+n.FP == 0 {
		return 0
	}
	return float64(n.TP) / float64(n.TP+n.FP)
}

// Recall is TP/(TP+FN); 0 without positives.
func (n Counts) Recall() float64 {
	if n.TP+n.FN == 0 {
		return 0
	}
	return float64(n.TP) / float64(n.TP+n.FN)
}

// Miss is one disagreement between the scorer and a label.
type Miss struct {
	Case    string
	Target  string
	Want    bool
	Classes []string
	Why     string
	Flag    *scout.Flag // the flag the scorer raised, for false positives
}

// Result is a batch's evaluation.
type Result struct {
	Batch  string
	Cases  int
	Counts map[string]*Counts
	Misses []Miss
}

// Evaluate scores every case and compares the flags raised with the labels.
func Evaluate(batch string, cases []Case) *Result {
	r := &Result{Batch: batch, Cases: len(cases), Counts: map[string]*Counts{}}
	for _, t := range Targets() {
		r.Counts[t] = &Counts{}
	}
	for i := range cases {
		c := &cases[i]
		a := Score(c)
		got := map[string]*scout.Flag{}
		for j := range a.Flags {
			got[a.Flags[j].Code] = &a.Flags[j]
		}
		for _, t := range Targets() {
			want, measured := c.Expected(t)
			if !measured {
				continue
			}
			n := r.Counts[t]
			g := got[t] != nil
			hard := !want && c.HardNegative(t)
			switch {
			case want:
				n.Pos++
			default:
				n.Neg++
				if hard {
					n.HardNeg++
				}
			}
			switch {
			case want && g:
				n.TP++
			case want && !g:
				n.FN++
				r.Misses = append(r.Misses, Miss{Case: c.ID, Target: t, Want: true, Classes: c.Classes, Why: c.Why})
			case !want && g:
				n.FP++
				if hard {
					n.HardFP++
				}
				r.Misses = append(r.Misses, Miss{Case: c.ID, Target: t, Want: false, Classes: c.Classes, Why: c.Why, Flag: got[t]})
			}
		}
	}
	sort.SliceStable(r.Misses, func(i, j int) bool {
		if r.Misses[i].Target != r.Misses[j].Target {
			return r.Misses[i].Target < r.Misses[j].Target
		}
		return r.Misses[i].Case < r.Misses[j].Case
	})
	return r
}

// Passing reports whether target reaches the given precision and recall.
func (r *Result) Passing(target string, min float64) bool {
	n := r.Counts[target]
	return n.Precision() >= min && n.Recall() >= min
}
