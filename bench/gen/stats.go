package gen

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Percentiles returns the nearest-rank percentiles ps (0..1) of ds; zeros
// when ds is empty.
func Percentiles(ds []time.Duration, ps ...float64) []time.Duration {
	out := make([]time.Duration, len(ps))
	if len(ds) == 0 {
		return out
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	for k, p := range ps {
		i := int(math.Ceil(p*float64(len(s)))) - 1
		out[k] = s[max(0, min(i, len(s)-1))]
	}
	return out
}

// MS formats d in milliseconds with two decimals, as README's tables do.
func MS(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d)/1e6) }

// ProcStatus reads a size field in kB ("RssAnon", "VmHWM") from
// /proc/self/status and returns it in bytes; 0 where there is no /proc.
func ProcStatus(field string) int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok || k != field {
			continue
		}
		kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		if err != nil {
			return 0
		}
		return kb << 10
	}
	return 0
}

// LoadAvg returns /proc/loadavg's first three fields ("1.20 0.98 0.75"),
// so a benchmark can report the load it was measured under.
func LoadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}
