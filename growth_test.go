package scout_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/scout-oss/scout"
)

var growthNow = time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)

func snap(acct string, daysAgo int, followers int64) scout.Snapshot {
	return scout.Snapshot{AccountID: acct, At: growthNow.AddDate(0, 0, -daysAgo), Followers: scout.Int64(followers)}
}

var growthCases = []struct {
	name  string
	snaps []scout.Snapshot
	want  string // JSON of the result
}{
	{"TooShort", []scout.Snapshot{snap("a", 3, 100), snap("a", 0, 110)}, `null`},
	{"SevenDays", []scout.Snapshot{snap("a", 0, 1100), snap("a", 7, 1000)},
		`{"d7":{"abs":100,"pct":10},"d30":null,"d90":null}`},
	{"AllWindows", []scout.Snapshot{snap("a", 100, 500), snap("a", 30, 800), snap("a", 8, 1000), snap("a", 0, 990)},
		`{"d7":{"abs":-10,"pct":-1},"d30":{"abs":190,"pct":23.75},"d90":{"abs":490,"pct":98}}`},
	{"AccountAddedLaterIsNotGrowth", []scout.Snapshot{snap("a", 10, 100), snap("a", 0, 150), snap("b", 1, 1_000_000)},
		`{"d7":{"abs":50,"pct":50},"d30":null,"d90":null}`},
	{"FromZeroHasNoPct", []scout.Snapshot{snap("a", 7, 0), snap("a", 0, 12)},
		`{"d7":{"abs":12,"pct":null},"d30":null,"d90":null}`},
	{"NothingInsideWindowIsUnknown", []scout.Snapshot{snap("a", 40, 50)}, `null`},
	{"LatestBeforeWindowIsUnknown", []scout.Snapshot{snap("a", 40, 50), snap("a", 10, 60)},
		`{"d7":null,"d30":{"abs":10,"pct":20},"d90":null}`},
	{"UnknownCountsIgnored", []scout.Snapshot{{AccountID: "a", At: growthNow.AddDate(0, 0, -7)}, snap("a", 0, 5)}, `null`},
}

func TestComputeGrowth(t *testing.T) {
	for _, c := range growthCases {
		b, _ := json.Marshal(scout.ComputeGrowth(c.snaps, growthNow))
		var got, want any
		_ = json.Unmarshal(b, &got)
		if err := json.Unmarshal([]byte(c.want), &want); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: (-want +got)\n%s", c.name, diff)
			continue
		}
	}
}

func TestIsStale(t *testing.T) {
	fresh, old := growthNow.AddDate(0, 0, -29), growthNow.AddDate(0, 0, -31)
	for _, c := range []struct {
		name   string
		asOf   *time.Time
		period time.Duration
		want   bool
	}{
		{"FreshUnderDefault", &fresh, 0, false},
		{"OldUnderDefault", &old, 0, true},
		{"NeverFetched", nil, 0, true},
		{"OldForWeeklySchedule", &fresh, 7 * 24 * time.Hour, true},
	} {
		if got := scout.IsStale(c.asOf, c.period, growthNow); got != c.want {
			t.Errorf("%s: IsStale = %v, want %v", c.name, got, c.want)
		}
	}
}
