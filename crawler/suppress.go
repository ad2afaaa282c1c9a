package crawler

import (
	"context"
	"errors"

	"github.com/gocolly/colly/v2"
	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/target"
)

// Suppressor is the capability of a Sink to say that a target belongs to a
// person who asked to be forgotten (scout.Ingester has it when its
// suppression list is wired). The crawler asks before fetching, so a
// suppressed person's pages are not even downloaded; the result it hands
// the sink instead is a failure of kind scout.FailSuppressed.
type Suppressor interface {
	IsSuppressed(ctx context.Context, identifiers ...string) (bool, error)
}

// errSuppressed is the failure message of a target not fetched.
var errSuppressed = errors.New("not fetched: the person asked to be forgotten")

// fetchUnlessSuppressed is fetchTarget behind the sink's suppression list.
// A failing list lookup does not stop the fetch: the sink checks the
// profile again before storing anything.
func (c *Crawler) fetchUnlessSuppressed(ctx context.Context, col *colly.Collector, raw string, sink scout.Sink) *scout.CrawlResult {
	s, _ := sink.(Suppressor)
	return c.fetchChecked(ctx, col, raw, s)
}

// fetchChecked is fetchTarget behind the suppression list s (nil: none).
func (c *Crawler) fetchChecked(ctx context.Context, col *colly.Collector, raw string, s Suppressor) *scout.CrawlResult {
	if s != nil {
		if gone, err := s.IsSuppressed(ctx, target.SubjectKeys(raw)...); err == nil && gone {
			return Failed(&scout.CrawlResult{URL: raw, FetchedAt: c.now()}, scout.FailSuppressed, errSuppressed)
		}
	}
	r := c.fetchTarget(ctx, col, raw)
	if r != nil && r.Profile != nil && c.images != nil {
		c.fetchImages(ctx, r)
	}
	return r
}
