package scoring

import (
	"time"

	scout "github.com/scout-oss/scout"
)

// DefaultWindow is how many recent posts the engagement rate is the median
// of: HypeAuditor's Instagram ER uses the last 12 posts (market.md §3) and
// scoring.md §6.0 asks for at least 12 posts for a full-confidence score.
const DefaultWindow = 12

// Engine is Scout's scout.Scorer. Its zero value is ready to use with the
// defaults documented on each field, so callers only set what they change.
type Engine struct {
	// Window is the number of recent posts engagement is measured over;
	// 0 means DefaultWindow.
	Window int
}

var _ scout.Scorer = (*Engine)(nil)

// New returns an Engine with the default settings. It exists so callers
// need not know that the zero value is the default.
func New() *Engine { return &Engine{} }

func (e *Engine) window() int {
	if e == nil || e.Window <= 0 {
		return DefaultWindow
	}
	return e.Window
}

// Score rates c as of now. It never mutates c. Scores and Flags are always
// non-nil so that the JSON shows {} and [] rather than null.
func (e *Engine) Score(c *scout.Creator, now time.Time) scout.Assessment {
	a := scout.Assessment{
		Scores: map[string]*scout.Score{},
		Flags:  []scout.Flag{},
	}
	if c == nil {
		a.Engagement = Engagement(nil, now, e.window())
		return a
	}
	a.Engagement = Engagement(c, now, e.window())
	return a
}
