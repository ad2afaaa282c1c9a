package scoring_test

import (
	"fmt"
	"strings"
	"testing"

	scout "github.com/scout-oss/scout"
	"github.com/scout-oss/scout/scoring"
)

func TestCalibrate(t *testing.T) {
	// 200 Bluesky accounts of 20k followers with ER 3%–5%: the cohort is
	// replaced; Instagram rows keep the Modash prior.
	var cs []*scout.Creator
	for i := 0; i < 200; i++ {
		c := creator(i64(20000), nPosts(12, 600+int64(i*2), 0)...)
		c.ID = fmt.Sprint(i)
		c.Accounts[0].Platform = scout.PlatformBluesky
		cs = append(cs, c)
	}
	got := scoring.Calibrate(cs, now, nil, 0, "test-1")
	var own, prior int
	for _, c := range got {
		switch {
		case c.N > 0:
			own++
			if c.Platform != scout.PlatformBluesky || c.Min != 10_000 || !strings.Contains(c.Source, "test-1") || c.Borrowed {
				t.Errorf("replaced the wrong row: %+v", c)
			}
			if c.Median < 0.03 || c.Median > 0.05 {
				t.Errorf("median %v, want within 3%%–5%%", c.Median)
			}
		default:
			prior++
		}
	}
	if own != 1 || prior != len(got)-1 {
		t.Errorf("own %d prior %d; want exactly one calibrated row", own, prior)
	}
	// 199 accounts are not enough.
	for _, c := range scoring.Calibrate(cs[:199], now, nil, 0, "test-2") {
		if c.N > 0 {
			t.Errorf("calibrated with 199 accounts: %+v", c)
		}
	}
	// A calibrated engine scores against the new cohort.
	e := &scoring.Engine{Cohorts: got}
	a := e.Score(cs[0], now)
	in := a.Scores["engagement_quality"].Inputs["cohort"].(map[string]any)
	if !strings.Contains(in["source"].(string), "test-1") {
		t.Errorf("score used %v, want the calibrated cohort", in["source"])
	}
}
