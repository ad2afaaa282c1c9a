package scoring

import (
	"time"

	scout "github.com/scout-oss/scout"
)

// ScoreBrief rates c against brief b as of now.
func (e *Engine) ScoreBrief(c *scout.Creator, b *scout.Brief, now time.Time) scout.Assessment {
	a, _ := e.score(c, now, b.BrandSafety, e.region(b.DisclosureRegion))
	sortFlags(a.Flags)
	return a
}
