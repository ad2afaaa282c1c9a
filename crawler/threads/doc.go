// Package threads is the Threads source: an adapter for Threads accounts
// whose owners opted into sharing their profile to the fediverse. Those
// are read only as the fediverse reads them, through ActivityPub:
// WebFinger on threads.net finds the account's actor, and the actor, its
// collections and its outbox are read by the generic ActivityPub reader
// (crawler/fediverse's, handed over by cmd/scout as an ActorReader), then
// stored under the platform "threads". Threads' own pages and its Graph
// API are not used.
//
// Every request is a page fetch that obeys threads.net's robots.txt; where
// it shuts crawlers out, the account is recorded as robots_disallowed and
// nothing else is requested. An account that never opted in has no actor
// (WebFinger answers 404): not_found. The package imports the core and
// crawler/source, never another source.
package threads
