// Package source holds the small functions every source package shares
// (crawler/page, crawler/bluesky, crawler/fediverse, crawler/youtube, ...):
// cleaning and bounding the untrusted text a page or an API hands over
// (CleanText, PlainText, CutBytes and the Max* bounds), resolving and
// deduplicating URLs (AbsURL, TextURLs, OutboundLinks, DedupeLinks),
// reading counts and keeping only sane ones (ParseCount, SaneCount), API
// times and language tags, and a page's <meta> tags.
//
// It is a leaf: it imports the root package, the standard library and the
// HTML parsers only. It knows no platform and nothing of fetching; the fetch
// layer, the Adapter interface and the JSON fetch with its failure mapping
// are the crawler core's. Sources import it; it imports no source, so no
// source has to import another to share a function.
package source
