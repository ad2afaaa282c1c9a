package scout

import "time"

// This file holds the facts a creator carries about itself with where
// each was found: contacts, profile fields, language and country. Package
// ingest derives them; the types are here because Creator and Account
// carry them through every layer.

// Contact kinds: the Type of a Contact.
const (
	ContactEmail = "email" // an e-mail address
	ContactURL   = "url"   // a contact, booking or press page
)

// Contact is a way to reach a creator that the creator published in a bio
// or a profile field ("business: hello@example.com", a link to a contact
// page). Recruiters need them; Scout keeps only what was published there,
// with where and when it was seen, and never looks anywhere else.
type Contact struct {
	Type  string `json:"type"`
	Value string `json:"value"`
	// SeenIn says where: "bio", "field:NAME" (a profile field, by its
	// name), or "links" (a profile link to a contact page).
	SeenIn string `json:"seen_in"`
	// Account is the id of the account whose profile published it.
	Account string    `json:"account,omitempty"`
	SeenAt  time.Time `json:"seen_at"`
}

// ProfileField is one name/value pair of a profile's metadata (Mastodon's
// fields, a YouTube channel's country). Values are plain text.
type ProfileField struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// CountryEvidence says where a creator's country came from, so that a
// user can judge it: a profile's location ("location"), a profile field
// ("field:Location"), the platform's own country setting
// ("field:country"), a place the bio names as home: after a cue such as
// "based in" or 📍, as a line of its own, as the end of a move ("Seoul →
// Toronto") or as "City, ST" ("bio"); the country-code domain of the
// creator's own link ("link"), the country most sampled followers are in
// ("audience"); or weak signals that agree: the calling code of a
// published phone number ("phone"), prices in a currency ("currency"), a
// national institution named in the creator's own texts ("institution"),
// a region the bio names as home that several countries share ("bio"),
// and places the posts name ("post"). Match is the text that matched.
// The language of posts or followers is never evidence of a country.
type CountryEvidence struct {
	Source  string `json:"source"`
	Match   string `json:"match"`
	Account string `json:"account,omitempty"`
	// Post is the URL of the post the match is in, for Source "post" and
	// for currencies and institutions found in a post.
	Post string `json:"post,omitempty"`
	// Strength is how much the evidence weighs on its own: "strong" (a
	// place the creator or platform states as home), "medium" (the
	// creator's own country-code domain, the follower sample) or "weak"
	// (agreeing weak signals, each listed in Also). Empty on evidence
	// stored before strengths were recorded.
	Strength string `json:"strength,omitempty"`
	// Also lists the other signals that agree with this one, for weak
	// evidence: no weak signal decides a country alone.
	Also []CountryEvidence `json:"also,omitempty"`
}

// Strengths of a CountryEvidence.
const (
	CountryStrong = "strong"
	CountryMedium = "medium"
	CountryWeak   = "weak"
)

// LanguageDetector guesses the language of a text. It sits behind this
// interface so that the root package stays technology-free and tests use a
// fake; the implementation (package langdetect) is linked only by the
// binaries that detect.
type LanguageDetector interface {
	// Detect returns the ISO 639-1 code of text's language and a
	// confidence in [0, 1], or "" when it cannot tell.
	Detect(text string) (lang string, confidence float64)
}

// Sources of a language: the Source of a LanguageEvidence.
const (
	LanguageDeclared = "declared" // the languages the platform says the posts are in
	LanguageDetected = "detected" // detected from the posts' text
	LanguageBio      = "bio"      // detected from the bio (no usable posts)
)

// LanguageEvidence says how a language was found: from the posts'
// declared languages (Bluesky langs, Mastodon language, <html lang>), or
// detected from their text, with the share of the sampled posts that were
// in it and the sample size.
type LanguageEvidence struct {
	Source string  `json:"source"`
	Share  float64 `json:"share"`
	Sample int     `json:"sample"`
	// Account is the account whose posts gave the language (on a
	// creator; empty on the account itself).
	Account string `json:"account,omitempty"`
}
