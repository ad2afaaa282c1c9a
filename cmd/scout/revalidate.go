package main

import "github.com/scout-oss/scout"

// sink is where crawls send results: the ingester, behind a
// RevalidatedSink so that a 304 from the stored validators still appends a
// snapshot and refreshes data_as_of.
func (a *app) sink() scout.Sink {
	return &scout.RevalidatedSink{Sink: a.ing, Creators: a.db, Visits: a.db}
}
