// Package youtube is the YouTube source: an adapter that reads a channel
// and its recent videos either from the public channel page (the
// ytInitialData it embeds and its meta tags, no key needed) or, when an
// API key is configured, from the YouTube Data API v3, whose daily quota
// it keeps account of (saved between runs by cmd/scout).
//
// cmd/scout registers the adapter. Every request goes through the client
// the crawler core hands over: channel pages obey robots.txt, Data API
// calls are marked with crawler.WithAPI. The package knows YouTube's pages
// and API and nothing of other platforms; it imports the core and
// crawler/source, never another source.
package youtube
