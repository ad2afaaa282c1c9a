// Package bluesky is the Bluesky source: an adapter that reads accounts,
// recent posts, reply samples and a follower sample through the public
// AppView's read-only XRPC API (no login), keyed by DID, and a searcher
// that finds accounts for a query with app.bsky.actor.searchActors.
//
// cmd/scout registers the adapter and the searcher. Every call goes
// through the client the crawler core hands over, marked as an API call
// (crawler.WithAPI) so that the AppView's published rate applies instead
// of robots.txt. The package knows the AppView's JSON and nothing of other
// platforms; it imports the core and crawler/source, never another source.
package bluesky
