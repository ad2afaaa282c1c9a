package scoring

import (
	"fmt"
	"math"
	"sort"
	"time"

	scout "github.com/scout-oss/scout"
)

// MinCohort is how many accounts a platform × band × basis cohort needs
// before Scout's own percentiles replace the published prior: below it
// the cohort's own spread is too uncertain to trust over the prior.
const MinCohort = 200

// Calibrate derives benchmark cohorts from Scout's own creators as of now
// and returns base with every row that has at least minN accounts (0 means
// MinCohort) replaced by its own median and split MADs of ln ER; rows with
// fewer keep the prior. label names the baseline (e.g. "scout-2026-11-01")
// and ends up in every replaced row's Source, so scores say which baseline
// they used. The result is meant to be stored and versioned and set as
// Engine.Cohorts only by an explicit recalibration (scout rescore
// --recalibrate), so that a crawl never silently shifts every score.
func Calibrate(creators []*scout.Creator, now time.Time, base []Cohort, minN int, label string) []Cohort {
	if base == nil {
		base = DefaultCohorts()
	}
	if minN <= 0 {
		minN = MinCohort
	}
	xs := make([][]float64, len(base))
	for _, c := range creators {
		acc := c.PrimaryAccount()
		if acc == nil || acc.Followers == nil || *acc.Followers <= 0 {
			continue
		}
		win, _ := window(c, now, DefaultWindow)
		if len(win) == 0 {
			continue
		}
		basis := basisFor(acc.Platform, win)
		eng := Engagement(c, now, DefaultWindow)
		rate := eng.RateByFollowers
		if basis == BasisViews {
			rate = eng.RateByViews
		}
		if rate == nil || *rate <= 0 {
			continue
		}
		for i := range base {
			b := &base[i]
			if b.Platform == acc.Platform && b.Basis == basis && *acc.Followers >= b.Min && (b.Max == 0 || *acc.Followers < b.Max) {
				xs[i] = append(xs[i], math.Log(*rate))
				break
			}
		}
	}
	out := make([]Cohort, len(base))
	copy(out, base)
	for i, v := range xs {
		if len(v) < minN {
			continue
		}
		sort.Float64s(v)
		m := median(v)
		var below, above []float64
		for _, x := range v {
			if x <= m {
				below = append(below, m-x)
			}
			if x >= m {
				above = append(above, x-m)
			}
		}
		c := &out[i]
		c.Median = math.Exp(m)
		c.SpreadBelow = math.Max(median(below), 0.01)
		c.SpreadAbove = math.Max(median(above), 0.01)
		c.Low = math.Exp(quantile(v, 0.25))
		c.High = math.Exp(quantile(v, 0.75))
		c.N = len(v)
		c.Borrowed = false
		c.Source = fmt.Sprintf("Scout's own crawl, baseline %s: %d accounts, median and split MAD of ln ER, typical band = interquartile range", label, len(v))
	}
	return out
}

// quantile returns the q-quantile of sorted xs by linear interpolation.
func quantile(xs []float64, q float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	p := q * float64(len(xs)-1)
	i := int(p)
	if i+1 >= len(xs) {
		return xs[len(xs)-1]
	}
	return xs[i] + (p-float64(i))*(xs[i+1]-xs[i])
}
