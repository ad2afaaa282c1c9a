// Package pixelfed is the Pixelfed source: an adapter that reads a
// Pixelfed account and its recent posts (photos, albums and videos, with
// their likes, comments and shares) from the account's own server,
// without logging in: the account through the Mastodon-compatible lookup
// Pixelfed publishes (/api/v1/accounts/lookup), the posts through the
// public JSON API its profile pages are built from
// (/api/pixelfed/v1/accounts/:id/statuses), or the Mastodon statuses
// endpoint where a server opens it to anonymous callers.
//
// cmd/scout registers the adapter. Pixelfed servers live on any host, so a
// URL is claimed only on a host a per-host probe found running Pixelfed
// (crawler.HostProber: NodeInfo names the software); pixelfed:@USER@SERVER
// targets are always claimed.
// Every call goes through the client the crawler core hands over: the
// Mastodon-compatible calls are API calls (crawler.WithAPI), the profile
// JSON obeys robots.txt like a page. The package imports the core and
// crawler/source, never another source.
package pixelfed
