package target_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/target"
)

var parseTargetTests = []struct {
	in     string
	want   target.Target
	canon  string
	failed bool
}{
	{in: "bluesky:alice.bsky.social", want: target.Target{Platform: scout.PlatformBluesky, Handle: "alice.bsky.social"}, canon: "bluesky:alice.bsky.social"},
	{in: "bluesky:@Alice.BSKY.social", want: target.Target{Platform: scout.PlatformBluesky, Handle: "alice.bsky.social"}, canon: "bluesky:alice.bsky.social"},
	{in: "bluesky:alice.test", want: target.Target{Platform: scout.PlatformBluesky, Handle: "alice.test"}, canon: "bluesky:alice.test"},
	{in: "bluesky:did:plc:z72i7hdynmk6r22z27h6tvur", want: target.Target{Platform: scout.PlatformBluesky, ID: "did:plc:z72i7hdynmk6r22z27h6tvur"}, canon: "bluesky:did:plc:z72i7hdynmk6r22z27h6tvur"},
	{in: "https://bsky.app/profile/alice.bsky.social", want: target.Target{Platform: scout.PlatformBluesky, Handle: "alice.bsky.social", URL: "https://bsky.app/profile/alice.bsky.social"}},
	{in: "https://bsky.app/profile/did:plc:abc/post/3k2", want: target.Target{Platform: scout.PlatformBluesky, ID: "did:plc:abc", URL: "https://bsky.app/profile/did:plc:abc/post/3k2"}},
	{in: "mastodon:@alice@Example.Social", want: target.Target{Platform: scout.PlatformMastodon, Handle: "alice", Instance: "example.social", Base: "https://example.social"}, canon: "mastodon:@alice@example.social"},
	{in: "mastodon:alice@example.social", want: target.Target{Platform: scout.PlatformMastodon, Handle: "alice", Instance: "example.social", Base: "https://example.social"}},
	{in: "@alice@example.social", want: target.Target{Platform: scout.PlatformMastodon, Handle: "alice", Instance: "example.social", Base: "https://example.social"}},
	{in: "fediverse:@bob@tube.example", want: target.Target{Platform: scout.PlatformFediverse, Handle: "bob", Instance: "tube.example", Base: "https://tube.example"}, canon: "fediverse:@bob@tube.example"},
	{in: "mastodon:@alice@127.0.0.1:8080", want: target.Target{Platform: scout.PlatformMastodon, Handle: "alice", Instance: "127.0.0.1:8080", Base: "https://127.0.0.1:8080"}, canon: "mastodon:@alice@127.0.0.1:8080"},
	{in: "https://example.social/@alice", want: target.Target{Platform: scout.PlatformMastodon, Handle: "alice", Instance: "example.social", Base: "https://example.social", URL: "https://example.social/@alice"}, canon: "mastodon:@alice@example.social"},
	{in: "http://127.0.0.1:8080/@alice", want: target.Target{Platform: scout.PlatformMastodon, Handle: "alice", Instance: "127.0.0.1:8080", Base: "http://127.0.0.1:8080", URL: "http://127.0.0.1:8080/@alice"}},
	{in: "https://example.social/@alice/1122334455", want: target.Target{Platform: scout.PlatformMastodon, Handle: "alice", Instance: "example.social", Base: "https://example.social", URL: "https://example.social/@alice/1122334455"}},
	{in: "https://mastodon.social/@alice@other.example", want: target.Target{Platform: scout.PlatformMastodon, Handle: "alice", Instance: "other.example", Base: "https://other.example", URL: "https://mastodon.social/@alice@other.example"}},
	{in: "https://pleroma.example/users/alice", want: target.Target{Platform: scout.PlatformMastodon, Handle: "alice", ID: "https://pleroma.example/users/alice", Instance: "pleroma.example", Base: "https://pleroma.example", URL: "https://pleroma.example/users/alice"}},
	{in: "https://tube.example/a/bob/videos", want: target.Target{Platform: scout.PlatformFediverse, Handle: "bob", ID: "https://tube.example/accounts/bob", Instance: "tube.example", Base: "https://tube.example", URL: "https://tube.example/a/bob/videos"}},
	{in: "https://tube.example/c/bob_channel", want: target.Target{Platform: scout.PlatformFediverse, Handle: "bob_channel", ID: "https://tube.example/video-channels/bob_channel", Instance: "tube.example", Base: "https://tube.example", URL: "https://tube.example/c/bob_channel"}},
	{in: "youtube:@alice", want: target.Target{Platform: scout.PlatformYouTube, Handle: "alice"}, canon: "youtube:@alice"},
	{in: "youtube:alice", want: target.Target{Platform: scout.PlatformYouTube, Handle: "alice"}},
	{in: "youtube:UCBR8-60-B28hp2BmDPdntcQ", want: target.Target{Platform: scout.PlatformYouTube, ID: "UCBR8-60-B28hp2BmDPdntcQ"}, canon: "youtube:UCBR8-60-B28hp2BmDPdntcQ"},
	{in: "https://www.youtube.com/@alice", want: target.Target{Platform: scout.PlatformYouTube, Handle: "alice", Base: "https://www.youtube.com", URL: "https://www.youtube.com/@alice"}},
	{in: "https://youtube.com/channel/UCBR8-60-B28hp2BmDPdntcQ/videos", want: target.Target{Platform: scout.PlatformYouTube, ID: "UCBR8-60-B28hp2BmDPdntcQ", Base: "https://youtube.com", URL: "https://youtube.com/channel/UCBR8-60-B28hp2BmDPdntcQ/videos"}},
	{in: "https://www.youtube.com/c/SomeName", want: target.Target{Platform: scout.PlatformYouTube, Base: "https://www.youtube.com", URL: "https://www.youtube.com/c/SomeName"}, canon: "https://www.youtube.com/c/SomeName"},

	// By path shape alone, on any host: whether medium.com runs a
	// fediverse server is for the crawler to ask it, not for a table here.
	{in: "https://medium.com/@alice", want: target.Target{Platform: scout.PlatformMastodon, Handle: "alice", Instance: "medium.com", Base: "https://medium.com", URL: "https://medium.com/@alice"}},

	// Not platform targets: left to the generic extractor or refused.
	{in: "https://alice.example/", failed: true},
	{in: "https://blog.example/a/some/long/article", failed: true},
	{in: "https://www.youtube.com/watch?v=abc", failed: true},
	{in: "https://bsky.app/", failed: true},
	{in: "bluesky:not a handle", failed: true},
	{in: "bluesky:nodots", failed: true},
	{in: "mastodon:@alice", failed: true},
	{in: "mastodon:@alice@", failed: true},
	{in: "youtube:@a", failed: true},
	{in: "myspace:alice", failed: true},
	{in: "alice", failed: true},
}

func TestParse(t *testing.T) {
	for _, tt := range parseTargetTests {
		got, err := target.Parse(tt.in)
		if tt.failed {
			if !errors.Is(err, target.ErrNotPlatform) {
				t.Errorf("Parse(%q) = %+v, %v; want ErrNotPlatform", tt.in, got, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("Parse(%q)\n got %+v\nwant %+v", tt.in, got, tt.want)
			continue
		}
		if tt.canon != "" && got.String() != tt.canon {
			t.Errorf("Parse(%q).String() = %q, want %q", tt.in, got.String(), tt.canon)
		}
	}
}

// TestParseRefusesSchemeLike: URLs of other schemes are not
// PLATFORM:HANDLE, and no handle carries a scheme, a path or a host:port.
func TestParseRefusesSchemeLike(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"javascript:alert(5)", "URL scheme"},
		{"JavaScript:alert(5)", "URL scheme"},
		{"javascript:alert", "URL scheme"},
		{"data:text/html,<script>alert(5)</script>", "URL scheme"},
		{"vbscript:msgbox", "URL scheme"},
		{"file:/etc/passwd", "URL scheme"},
		{"bluesky:javascript:alert(5)", "no ':' or '/'"},
		{"bluesky:alice.bsky.social/x", "no ':' or '/'"},
		{"youtube:@a/b", "no ':' or '/'"},
		{"youtube:a:b", "no ':' or '/'"},
		{"mastodon:@alice@example.social/x", "no ':' or '/'"},
		{"mastodon:@a:b@example.social", "no ':' or '/'"},
	} {
		got, err := target.Parse(tt.in)
		if !errors.Is(err, target.ErrNotPlatform) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) = %+v, %v; want ErrNotPlatform naming %q", tt.in, got, err, tt.want)
		}
	}
}
