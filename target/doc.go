// Package target is the one home of crawl-target parsing: it reads what
// users write (a URL, PLATFORM:HANDLE, @user@instance) into the platform
// and the names that platform knows the account by (Parse).
//
// It is a small pure leaf: it imports only the root package and the
// standard library, fetches nothing and keeps no state, so the crawler and
// its sources may import it without an import cycle. It must not know how
// a target is fetched, stored or scored.
package target
