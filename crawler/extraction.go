package crawler

import (
	"errors"

	"github.com/scout-oss/scout"
)

// ErrNotHTML is returned by page.Extract for a body that is not HTML, so the
// caller can record the URL as scout.FailNotHTML ("unsupported_type") rather
// than as a parse error.
var ErrNotHTML = errors.New("not an html page")

// ErrNotFeed is returned by page.ExtractFeed for a body served as a feed
// (or as XML or JSON) that does not parse as RSS, Atom or JSON Feed; the
// crawl records it as scout.FailNotHTML ("unsupported_type").
var ErrNotFeed = errors.New("not a feed")

// ErrNoProfile is returned by page.Extract when a page parsed but carries no
// creator profile, so the caller can record scout.FailNoProfile
// ("no_profile"). The Extraction returned with it is non-nil and still
// carries the page's warnings.
var ErrNoProfile = errors.New("no creator profile on the page")

// Extraction is what the generic extractor found on one page.
type Extraction struct {
	// Profile is the account and posts found on the page; nil when the page
	// carries no creator profile.
	Profile *scout.Profile
	// FeedURLs are the page's RSS/Atom/JSON feeds (<link rel="alternate">),
	// absolute, to be fetched for posts.
	FeedURLs []string
	// Warnings are problems that did not stop extraction (one malformed
	// JSON-LD block among good ones, say).
	Warnings []string
}
