package page

import (
	"errors"
	"fmt"
	"net/url"
	"sync"

	"github.com/PuerkitoBio/goquery"

	"github.com/scout-oss/scout/crawler/siterules"
	"github.com/scout-oss/scout/crawler/source"
)

// ruleEngine is the site-rule engine of the generic extractor, built once
// from the built-in rules with the crawler's count parser, so that every
// count a rule reads passes the same checks as the rest of Scout's.
// Restricted rules (GitHub) stay off.
var ruleEngine = sync.OnceValues(func() (*siterules.Engine, error) {
	return siterules.Default(siterules.Options{ParseCount: source.ParseCount})
})

// readSiteRules applies the site rules and microformats to the document
// Extract already parsed. A page no rule reads and without microformats
// gives (nil, nil): the generic sources decide alone. Any other error is
// a warning, never a failure of the page.
func readSiteRules(pageURL *url.URL, doc *goquery.Document) (*siterules.Profile, error) {
	e, err := ruleEngine()
	if err != nil {
		return nil, fmt.Errorf("site rules: %w", err)
	}
	p, err := e.Extract(pageURL, doc)
	if errors.Is(err, siterules.ErrNoProfile) {
		return nil, nil
	}
	return p, err
}
