// Package fediverse is the fediverse source: the Mastodon adapter, which
// reads an account, its statuses, reply samples and a follower sample
// through the Mastodon REST API of the account's own instance; the
// ActivityPub adapter, which reads servers without that API (PeerTube,
// Misskey, Pleroma, ...) from their public actor, collections and outbox,
// and which the Mastodon adapter falls back to; the HTML functions both use
// on the markup fediverse servers send; and MastodonSearcher, which finds
// accounts for a query in hashtag timelines and profile directories.
//
// Both adapters know a profile URL only by its path shape (/@user,
// /users/user, /a/NAME, /c/NAME), which any site may use, so both are
// crawler.HostProbers: the crawl hands them a URL only when its host says
// (NodeInfo, the Mastodon instance API) that it speaks ActivityPub, and
// they decline a URL that turns out to serve no actor.
//
// cmd/scout registers the adapters and the searcher. All calls go through
// the client the crawler core hands over; API calls are marked with
// crawler.WithAPI, while ActivityPub documents, being pages, obey
// robots.txt. The package knows these protocols and nothing of other
// platforms; it imports the core and crawler/source, never another source.
package fediverse
