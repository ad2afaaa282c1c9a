// Package twitch is the Twitch source: an adapter that reads a Twitch
// channel through the Helix API — the user (name, description, avatar,
// broadcaster type), the channel (language, category, branded-content
// flag), the follower total and the recent videos (past broadcasts,
// highlights and uploads with views and lengths) — when the user supplies
// a Helix client id and secret. The adapter gets an app access token with
// the OAuth client-credentials grant and renews it when it expires.
//
// Without a client id and secret, Twitch targets are recorded as
// auth_required with the reason: Helix answers nothing without them, and
// Scout does not read twitch.tv's pages instead (they are a script
// application with nothing in the HTML). cmd/scout registers the adapter
// and reads the credentials from flags or the environment; they are sent
// only to the token endpoint (in the POST body) and as headers, never in a
// URL, and never logged. The package imports the core and crawler/source,
// never another source.
package twitch
