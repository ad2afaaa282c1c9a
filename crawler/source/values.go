package source

import (
	"strings"
	"time"
)

// ParseAPITime reads the RFC 3339 times of JSON APIs; zero when absent or
// unreadable (Mastodon once sent bare dates in last_status_at).
func ParseAPITime(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999Z0700", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}

// LangCode reduces a BCP 47 tag ("en-US", "pt_BR") to its lower-case
// primary language subtag, which is what Post.Language holds.
func LangCode(tag string) string {
	tag = strings.TrimSpace(tag)
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	tag = strings.ToLower(tag)
	if len(tag) < 2 || len(tag) > 3 {
		return ""
	}
	for _, c := range tag {
		if c < 'a' || c > 'z' {
			return ""
		}
	}
	return tag
}

// OrDefault returns v, or def when v is not positive.
func OrDefault(v, def int) int {
	if v > 0 {
		return v
	}
	return def
}

// FirstTime returns the first of the RFC 3339 times that parses.
func FirstTime(ss ...string) time.Time {
	for _, s := range ss {
		if t := ParseAPITime(s); !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}

// SampleSize returns the configured size: def for 0, 0 for negative.
func SampleSize(v, def int) int {
	if v < 0 {
		return 0
	}
	return OrDefault(v, def)
}

// NowOr returns now() in UTC, or the current UTC time when now is nil: the
// clock of a searcher or discovery run whose Now was left unset.
func NowOr(now func() time.Time) time.Time {
	if now == nil {
		return time.Now().UTC()
	}
	return now().UTC()
}
