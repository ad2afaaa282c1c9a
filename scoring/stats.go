package scoring

import (
	"math"
	"sort"
)

// median returns the median of xs (the mean of the two middle values for an
// even count) and 0 for none. It sorts a copy, leaving xs untouched.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	var buf [64]float64 // a window's worth stays on the stack
	s := append(buf[:0], xs...)
	sort.Float64s(s)
	m := len(s) / 2
	if len(s)%2 == 1 {
		return s[m]
	}
	return (s[m-1] + s[m]) / 2
}

// mad returns the median absolute deviation of xs around med. When it is 0
// (more than half the values equal) it falls back to 1.253314·mean absolute
// deviation, IBM's variant of the Iglewicz–Hoaglin modified z-score
// (scoring.md §3.4), so a robust z stays defined.
func mad(xs []float64, med float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	d := make([]float64, len(xs))
	sum := 0.0
	for i, x := range xs {
		d[i] = math.Abs(x - med)
		sum += d[i]
	}
	if m := median(d); m > 0 {
		return m
	}
	// 1.253314·MeanAD ≈ σ̂ and 1.4826·MAD ≈ σ̂; convert back to MAD units.
	return 1.253314 * sum / float64(len(xs)) / 1.4826
}

// robustZ is the Iglewicz–Hoaglin modified z-score 0.6745·(x − med)/MAD
// (scoring.md §3.4). scale must be positive.
func robustZ(x, med, scale float64) float64 {
	return 0.6745 * (x - med) / scale
}

// Outlier cut-offs on the modified z-score: 2.24 is Wilcox's (2012) softer
// rule (the 0.9875 quantile), used for "warn"; 3.5 is Iglewicz & Hoaglin's
// (1993) outlier rule, used for "red" (scoring.md §3.4 and §6.5).
const (
	zWarn = 2.24
	zRed  = 3.5
)

// wilson returns the 95% Wilson score interval of k successes in n trials:
// a proportion with its uncertainty, so a small sample is never presented as
// a firm share: an estimate is never shown without its basis.
func wilson(k, n int) (lo, hi float64) {
	if n == 0 {
		return 0, 1
	}
	const z = 1.959964
	p := float64(k) / float64(n)
	nn := float64(n)
	den := 1 + z*z/nn
	c := (p + z*z/(2*nn)) / den
	h := z * math.Sqrt(p*(1-p)/nn+z*z/(4*nn*nn)) / den
	return math.Max(0, c-h), math.Min(1, c+h)
}

// clamp limits x to [lo, hi].
func clamp(x, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, x)) }

// round rounds x to d decimals so golden files stay readable and stable.
func round(x float64, d int) float64 {
	p := math.Pow10(d) // a table lookup, exact where it matters (d ≤ 22)
	return math.Round(x*p) / p
}
