// Package siterules reads creator profiles from the public pages creators
// link from their bios (a Telegram channel preview, a link-in-bio page, a
// GitHub or Dribbble profile) when those pages carry no JSON-LD Person and no
// og:type=profile, and reads microformats (h-card, rel=me) on any page.
//
// It fetches nothing: the crawler fetches every page through its polite
// transport, which obeys robots.txt for every page with no per-site
// override, and hands the parsed document to Engine.Extract.
//
// # Rules are data
//
// Each site is one JSON file in rules/ (embedded; see Rule and Extractor for
// the format), in the spirit of socid_extractor's and maigret's rule tables:
// host and path patterns, a page-shape signature, and for each field (name,
// handle, bio, avatar, location, links, followers, following, posts) a list
// of extractors tried in order: CSS selector, attribute or text, optional
// regular expression, optional path into embedded JSON. Counts come back as
// the text the page shows plus the value read by the CountParser the caller
// injects (the crawler's ParseCount), so "2 805", "10,472" and "1,2 Mio."
// are read the same way everywhere; a count that cannot be read stays nil.
//
// Each rule file records the site's terms status (TermsAllowed,
// TermsRestricted, TermsNotVerified) with the terms URL and a one-line note.
// A site whose terms forbid automated collection gets no rule; it is listed
// in rules/excluded.json with the evidence, and so are the import-only
// platforms (Instagram, TikTok, X). New refuses a rule that claims an
// excluded host. Restricted rules are off unless Options.AllowRestricted.
//
// # How a rule is chosen
//
//  1. By host first: the first rule (in file-name order) whose host pattern
//     matches the page's host, whose path pattern (if any) matches the
//     path, and whose signature selectors all match the page. A host
//     pattern or path pattern may capture the handle.
//  2. When a rule claims the host but its path or signature does not match
//     (a redesign, a 404 page, a path that is not a profile), no rule
//     applies: a page of a known site is never read with another site's
//     rule.
//  3. By shape alone only on a host no rule claims, and only for rules
//     marked "shape": true, whose signature is made of site-specific markup
//     (tgme_* classes, Dribbble's masthead, Bandcamp's band-name-location).
//     This reads custom domains (a Bandcamp artist on their own domain) and
//     a loopback test web. Shape never decides identity: the caller still
//     builds the account id from the fetched host, so a look-alike page can
//     change how fields are read but can never claim another site's
//     account. Rules whose signature is generic (Linktree's Next.js data
//     blob) are never chosen by shape.
//
// A chosen rule that reads nothing from the page content (only a handle
// from the URL) yields no profile.
//
// # Microformats anywhere
//
// On every page, the representative h-card (p-name, p-nickname, p-note,
// u-photo, u-url, p-locality, p-region, p-country-name) and the rel=me
// links are read too. They fill the fields the site rule left empty, or
// make a profile on their own. Profile.Sources names the source of each
// field ("rule:telegram", "h-card", "rel-me").
//
// When nothing is read, Extract returns ErrNoProfile; malformed, partial or
// hostile pages never panic, and every text, list and count is bounded.
package siterules
