// Package page is the generic source: it reads any fetched web page that
// no platform adapter claims into a web account (scout.PlatformWeb) and its
// posts. Extract reads schema.org JSON-LD, then the per-site rules and
// microformats of crawler/siterules (a Telegram preview, a link-in-bio
// page, a Dribbble or Behance profile; h-card and rel=me anywhere), then
// OpenGraph and Twitter card meta (with counts from descriptions such as
// "783.4K Followers"), then <link rel="alternate"> feeds and rel="me"
// links, and page facts such as the language and the creator's location;
// ParseFeed reads the RSS, Atom and JSON feeds a page links to. All are
// pure functions of a fetched body, bounded against hostile pages.
//
// cmd/scout wires Extract and ParseFeed into crawler.Config as the crawl's
// fallback. The package knows no platform and does no fetching: the crawler
// core fetches (politely) and hands it bodies. It imports the core only for
// the Extraction it returns and the shared functions of crawler/source; it
// must not import another source.
package page
