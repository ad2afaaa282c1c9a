// Package target is the one home of crawl-target parsing and keying. It
// reads what users write (a URL, PLATFORM:HANDLE, @user@instance) into the
// platform and the names that platform knows the account by (Parse), and
// normalises targets, accounts, links and references to a person to the
// keys under which they meet: pasted targets and shortlist entries (Key,
// Keys, ParseLines, EntryKey, PendingKey), stored accounts (AccountKeys),
// identity links (LinkKey, ProfileKeys) and the suppression list
// (SubjectKeys, AccountKeys, ProfileSubjectKeys, CreatorSubjectKey).
//
// It is a small pure leaf: it imports only the root package and the
// standard library, fetches nothing and keeps no state, so the crawler and
// its sources, ingest, store, api and cmd may all import it without an
// import cycle. It must not know how a target is fetched, stored or scored.
package target
