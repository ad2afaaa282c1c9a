package scout_test

import (
	"testing"

	"github.com/scout-oss/scout"
)

func TestTierOf(t *testing.T) {
	cases := []struct {
		n    int64
		want scout.Tier
	}{{0, scout.TierNano}, {9_999, scout.TierNano}, {10_000, scout.TierMicro}, {49_999, scout.TierMicro}, {50_000, scout.TierMid}, {499_999, scout.TierMid}, {500_000, scout.TierMacro}, {999_999, scout.TierMacro}, {1_000_000, scout.TierMega}}
	for _, c := range cases {
		if got := scout.TierOf(c.n); got != c.want {
			t.Errorf("TierOf(%d) = %s, want %s", c.n, got, c.want)
		}
	}
}
