package main

import (
	"context"
	"sync"
	"time"

	"github.com/scout-oss/scout"
)

// timedFrontier times the frontier calls the crawl loop makes, so that a
// missed rate can be traced to the frontier or cleared of it.
type timedFrontier struct {
	scout.Frontier
	mu         sync.Mutex
	next, done []time.Duration
	empty      int // Next calls that found nothing
	doneItems  int // items the Done calls removed
}

func (f *timedFrontier) Next(ctx context.Context, job string, now time.Time) (*scout.FrontierItem, error) {
	t := time.Now()
	it, err := f.Frontier.Next(ctx, job, now)
	d := time.Since(t)
	f.mu.Lock()
	f.next = append(f.next, d)
	if it == nil {
		f.empty++
	}
	f.mu.Unlock()
	return it, err
}

func (f *timedFrontier) Done(ctx context.Context, items ...*scout.FrontierItem) error {
	t := time.Now()
	err := f.Frontier.Done(ctx, items...)
	d := time.Since(t)
	f.mu.Lock()
	f.done = append(f.done, d)
	f.doneItems += len(items)
	f.mu.Unlock()
	return err
}
