package crawler

import (
	"errors"
	"net/url"
	"time"

	"github.com/scout-oss/scout"
)

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

// ExtractPage reads one fetched HTML page. It is a stub until the extractor lands.
func ExtractPage(pageURL *url.URL, contentType string, body []byte, fetchedAt time.Time) (*Extraction, error) {
	return nil, errors.New("extract: not implemented")
}

// ParseFeed reads an RSS 2.0, Atom or JSON Feed document into posts of the
// given account. It is a stub until the extractor lands.
func ParseFeed(feedURL *url.URL, body []byte, accountID string) ([]scout.Post, error) {
	return nil, errors.New("feed: not implemented")
}

// ParseCount reads a published count: exact ("783427", "1,234"), abbreviated
// ("783.4K", "1,2 M") or localized ("4,69 millones"). approximate is true when
// the published form was rounded. It is a stub until the extractor lands.
func ParseCount(s string) (value int64, approximate bool, err error) {
	return 0, false, errors.New("count: not implemented")
}
