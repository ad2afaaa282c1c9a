package target_test

import (
	"slices"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/target"
)

var linkKeyTests = []struct {
	in, want string
}{
	{"https://www.Example.com/Blog/", "example.com/blog"},
	{"http://example.com/blog", "example.com/blog"},
	{"example.com/blog#top", "example.com/blog"},
	{"https://example.com:443/?utm_source=x", "example.com"},
	{"http://127.0.0.1:8080/@Alice/", "127.0.0.1:8080/@alice"},
	{"https://m.youtube.com/@Alice", "youtube.com/@alice"},
	{"mailto:alice@example.com", ""},
	{"did:plc:abc", ""},
	{"ftp://example.com/x", ""},
	{"", ""},
}

func TestLinkKey(t *testing.T) {
	for _, tt := range linkKeyTests {
		if got := target.LinkKey(tt.in); got != tt.want {
			t.Errorf("LinkKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

var profileKeyTests = []struct {
	name string
	in   scout.IdentityAccount
	want []string // each must be among the keys
}{
	{"Bluesky", scout.IdentityAccount{ID: "bluesky:did:plc:abc", Platform: scout.PlatformBluesky, Handle: "alice.bsky.social",
		URL: "https://bsky.app/profile/alice.bsky.social"},
		[]string{"bsky.app/profile/alice.bsky.social", "bsky.app/profile/did:plc:abc"}},
	{"YouTube", scout.IdentityAccount{ID: "youtube:UCabcdefghijklmnopqrstuv", Platform: scout.PlatformYouTube, Handle: "alice",
		URL: "https://www.youtube.com/@alice"},
		[]string{"youtube.com/@alice", "youtube.com/channel/ucabcdefghijklmnopqrstuv"}},
	{"Mastodon", scout.IdentityAccount{ID: "mastodon:https://example.social/users/alice", Platform: scout.PlatformMastodon, Handle: "alice",
		URL: "https://example.social/@alice"},
		[]string{"example.social/@alice", "example.social/users/alice"}},
	{"Web", scout.IdentityAccount{ID: "web:https://alice.example/", Platform: scout.PlatformWeb, URL: "https://alice.example/"},
		[]string{"alice.example"}},
}

func TestProfileKeys(t *testing.T) {
	for _, tt := range profileKeyTests {
		got := target.ProfileKeys(tt.in)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: keys %q lack %q", tt.name, got, w)
			}
		}
	}
}
