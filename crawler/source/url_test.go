package source_test

import (
	"testing"

	"github.com/scout-oss/scout/crawler/source"
)

// absURLTests are URLs as publishers write them into JSON and attributes.
var absURLTests = []struct {
	in, want string
}{
	// WordPress writes "&" as "&#038;" in the URLs of its ActivityPub
	// actors: left alone, the "#" would start a fragment and cut the query.
	{"https://secure.gravatar.com/avatar/abc?s=120&#038;d=mm&#038;r=g", "https://secure.gravatar.com/avatar/abc?s=120&d=mm&r=g"},
	{"https://example.com/a?x=1&amp;y=2", "https://example.com/a?x=1&y=2"},
	{"https://example.com/a?x=1&#x26;y=2", "https://example.com/a?x=1&y=2"},
	{"https://example.com/a?x=1&amp;#038;y=2", "https://example.com/a?x=1&y=2"}, // encoded twice
	// Not references: a query parameter named like an entity stays.
	{"https://example.com/a?x=1&copy=2", "https://example.com/a?x=1&copy=2"},
	{"https://example.com/a?x=1&amp=2", "https://example.com/a?x=1&amp=2"},
	// A real fragment is still dropped.
	{"https://example.com/a?x=1#top", "https://example.com/a?x=1"},
	// A reference that decodes to a control character makes no URL.
	{"https://example.com/a&#10;b", ""},
	{"javascript:alert(1)", ""},
}

func TestAbsURL(t *testing.T) {
	for _, tt := range absURLTests {
		if got := source.AbsURL(nil, tt.in, false); got != tt.want {
			t.Errorf("AbsURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
