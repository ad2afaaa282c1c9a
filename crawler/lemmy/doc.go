// Package lemmy is the Lemmy source: an adapter that reads a Lemmy user —
// profile, post and comment counts, recent posts and comments with their
// votes — through the Lemmy API of the user's server (GET /api/v3/user, one
// call per account, no login).
//
// cmd/scout registers the adapter. Lemmy servers live on any host, so a
// /u/NAME URL is claimed only on a host a per-host probe found running
// Lemmy (crawler.HostProber: NodeInfo names the software); lemmy:@USER@SERVER
// targets are always claimed.
// The call is an API call (crawler.WithAPI) through the client the crawler
// core hands over. The package imports the core and crawler/source, never
// another source.
package lemmy
