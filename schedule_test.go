package scout_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
)

// TestScheduleJSONPeriod: period_seconds is the period in whole seconds
// (null while unknown) next to the deprecated duration string, and is
// derived when the JSON is written, so schedules stored before the field
// existed answer with it too.
func TestScheduleJSONPeriod(t *testing.T) {
	tests := []struct {
		name   string
		period time.Duration
		want   string
	}{
		{"Daily", 24 * time.Hour, `"period":"24h0m0s","period_seconds":86400`},
		{"Weekly", 7 * 24 * time.Hour, `"period":"168h0m0s","period_seconds":604800`},
		{"Unknown", 0, `"period":"0s","period_seconds":null`},
	}
	for _, tt := range tests {
		s := scout.Schedule{ID: "sc1", Cron: "0 3 * * *", Period: scout.Duration(tt.period)}
		for _, v := range []any{s, &s} {
			b, err := json.Marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			if got := string(b); !strings.Contains(got, tt.want) {
				t.Errorf("%s: %T marshals as %s; want it to hold %s", tt.name, v, got, tt.want)
			}
		}
		// The stored record reads back with the same period.
		b, _ := json.Marshal(s)
		var back scout.Schedule
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if back.Period != s.Period {
			t.Errorf("%s: period %v read back as %v", tt.name, s.Period, back.Period)
		}
	}
}
