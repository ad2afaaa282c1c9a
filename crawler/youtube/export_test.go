package youtube

import "time"

// Internals the external tests reach: how a view label and a date label
// of a channel page are read.

// ViewsOfLabel is the view count a label gives, nil when it gives none.
func ViewsOfLabel(label string) *int64 {
	v, _ := ytCount(label)
	return v
}

// DateOfLabel is the date a channel page's date label gives.
func DateOfLabel(label string, now time.Time) (time.Time, bool) { return ytParseDate(label, now) }
