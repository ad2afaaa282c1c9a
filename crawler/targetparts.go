package crawler

import "net/url"

// The URL helpers below belong to target parsing (target.go). They are
// exported for the source packages, which read the same URL shapes as
// ParseTarget and must agree with it.

// PathSegments splits u's path into its non-empty, unescaped segments, as
// ParseTarget reads them.
func PathSegments(u *url.URL) []string { return pathSegments(u) }

// IsYouTubeHost reports whether host (lower case, no port) is one whose
// URLs ParseTarget reads as YouTube targets.
func IsYouTubeHost(host string) bool { return youTubeHosts[host] }

// IsYouTubeChannelID reports whether s has the form of a YouTube channel
// id ("UC" and 22 more characters), as ParseTarget checks it.
func IsYouTubeChannelID(s string) bool { return reChannelID.MatchString(s) }
