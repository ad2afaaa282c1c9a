package scoring_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	scout "github.com/scout-oss/scout"
	"github.com/scout-oss/scout/scoring"
)

// labelledCase is one file of testdata/labelled (see gen.py there).
type labelledCase struct {
	Name    string         `json:"name"`
	Why     string         `json:"why"`
	Region  string         `json:"region"`
	Brief   *scout.Brief   `json:"brief"`
	Creator *scout.Creator `json:"creator"`
	Labels  []struct {
		Flag   string `json:"flag"`
		Expect bool   `json:"expect"`
		Why    string `json:"why"`
	} `json:"labels"`
}

// MustReadLabelled loads every labelled case.
func MustReadLabelled(tb testing.TB) []labelledCase {
	tb.Helper()
	files, err := filepath.Glob("testdata/labelled/*.json")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no labelled cases: %v", err)
	}
	var cs []labelledCase
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		var c labelledCase
		if err := json.Unmarshal(b, &c); err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		cs = append(cs, c)
	}
	return cs
}

func scoreCase(c labelledCase) scout.Assessment {
	e := &scoring.Engine{Region: c.Region}
	if c.Brief != nil {
		b := *c.Brief
		if err := b.Validate(); err != nil {
			panic(err)
		}
		return e.ScoreBrief(c.Creator, &b, now)
	}
	return e.Score(c.Creator, now)
}

// TestLabelled scores the labelled set and reports precision and recall per
// flag. A flag a creator gets without a label for it counts as a false
// positive. Each flag needs ≥ 5 positive and ≥ 5 negative labels and both
// precision and recall ≥ 0.9.
func TestLabelled(t *testing.T) {
	type counts struct{ pos, neg, tp, fp, fn int }
	stats := map[string]*counts{}
	get := func(f string) *counts {
		if stats[f] == nil {
			stats[f] = &counts{}
		}
		return stats[f]
	}
	var misses []string
	for _, c := range MustReadLabelled(t) {
		a := scoreCase(c)
		got := map[string]bool{}
		for _, f := range a.Flags {
			got[f.Code] = true
		}
		labelled := map[string]bool{}
		for _, l := range c.Labels {
			labelled[l.Flag] = true
			s := get(l.Flag)
			switch {
			case l.Expect && got[l.Flag]:
				s.pos++
				s.tp++
			case l.Expect:
				s.pos++
				s.fn++
				misses = append(misses, fmt.Sprintf("FN %s %s: %s", c.Name, l.Flag, l.Why))
			case got[l.Flag]:
				s.neg++
				s.fp++
				misses = append(misses, fmt.Sprintf("FP %s %s: %s", c.Name, l.Flag, l.Why))
			default:
				s.neg++
			}
		}
		for f := range got {
			// off_topic only takes a creator out of a brief's ranking
			// (evidence_test.go tests it); the set does not label it.
			if !labelled[f] && f != scout.FlagOffTopic {
				get(f).fp++
				misses = append(misses, fmt.Sprintf("FP %s %s: unlabelled", c.Name, f))
			}
		}
	}
	sort.Strings(misses)
	for _, m := range misses {
		t.Log(m)
	}
	var flags []string
	for f := range stats {
		flags = append(flags, f)
	}
	sort.Strings(flags)
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-30s %4s %4s %4s %4s %4s %9s %6s\n", "flag", "pos", "neg", "tp", "fp", "fn", "precision", "recall")
	for _, f := range flags {
		s := stats[f]
		p, r := ratio(s.tp, s.tp+s.fp), ratio(s.tp, s.tp+s.fn)
		fmt.Fprintf(&b, "%-30s %4d %4d %4d %4d %4d %9.2f %6.2f\n", f, s.pos, s.neg, s.tp, s.fp, s.fn, p, r)
		if s.pos < 5 || s.neg < 5 {
			t.Errorf("%s: %d positive and %d negative labels; need 5 of each", f, s.pos, s.neg)
		}
		if p < 0.9 || r < 0.9 {
			t.Errorf("%s: precision %.2f recall %.2f; want ≥ 0.90", f, p, r)
		}
	}
	t.Log(b.String())
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
