package target_test

import (
	"reflect"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/target"
)

var targetKeyCases = []struct {
	in   string
	want string // "" when not a target
}{
	{"https://bsky.app/profile/Alice.bsky.social", "bluesky:alice.bsky.social"},
	{"bluesky:@alice.bsky.social", "bluesky:alice.bsky.social"},
	{"bluesky:did:plc:abc", "bluesky:did:plc:abc"},
	{"https://example.social/@bob", "fedi:bob@example.social"},
	{"https://example.social/users/bob/", "fedi:bob@example.social"},
	{"mastodon:@bob@example.social", "fedi:bob@example.social"},
	{"fediverse:bob@example.social", "fedi:bob@example.social"},
	{"@bob@Example.social", "fedi:bob@example.social"},
	{"https://www.youtube.com/@DanCooks", "youtube:dancooks"},
	{"https://youtube.com/channel/UCabc", "youtube:ucabc"},
	{"youtube:@dancooks", "youtube:dancooks"},
	{"HTTP://WWW.Carol.example/blog/?utm=x", "url:carol.example/blog"},
	{"web:https://carol.example/", "url:carol.example"},
	{"instagram:some.user", "instagram:some.user"},
	{"mastodon:@bob@example.social:8443", "fedi:bob@example.social:8443"},
	{"mastodon:bob", ""},
	// Pixelfed and Lemmy accounts are fediverse accounts: user@server.
	{"pixelfed:@ines@Pixel.example", "fedi:ines@pixel.example"},
	{"lemmy:marek@lemmy.example", "fedi:marek@lemmy.example"},
	{"pixelfed:ines", ""},
	{"twitch:KaiPlays", "twitch:kaiplays"},
	{"threads:@frank", "threads:frank"},
	// URLs of other schemes and scheme-like handles are no targets.
	{"javascript:alert(5)", ""},
	{"JavaScript:alert(5)", ""},
	{"javascript:alert", ""},
	{"data:text/html,x", ""},
	{"vbscript:msgbox", ""},
	{"http:example.com", ""},
	{"bluesky:javascript:alert(5)", ""},
	{"bluesky:did:plc:abc/x", ""},
	{"youtube:@a/b", ""},
	{"tiktok:a:b", ""},
	{"web:javascript:alert(1)", ""},
	{"mastodon:@bob@example.social/x", ""},
	{"not a target", ""},
	{"carol.example", ""},
	{"ftp://carol.example", ""},
	{"@bob", ""},
	{"", ""},
}

func TestKey(t *testing.T) {
	for _, c := range targetKeyCases {
		got, ok := target.Key(c.in)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("Key(%q) = %q, %v; want %q", c.in, got, ok, c.want)
			continue
		}
	}
}

func TestParseLines(t *testing.T) {
	got, err := target.ParseLines([]string{
		"# from the brief", "", " https://bsky.app/profile/a.bsky.social ",
		"bluesky:@a.bsky.social, youtube:@dan\tmastodon:@z@x.social", "https://bsky.app/profile/b.bsky.social",
	})
	want := []string{"https://bsky.app/profile/a.bsky.social", "youtube:@dan", "mastodon:@z@x.social", "https://bsky.app/profile/b.bsky.social"}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, %v; want %q", got, err, want)
	}
	_, err = target.ParseLines([]string{"bluesky:a.bsky.social", "oops"})
	if scout.ErrorCode(err) != scout.EINVALID || scout.ErrorMessage(err) != `line 2: "oops" is not a URL, PLATFORM:HANDLE or @user@instance` {
		t.Errorf("bad line: %v", err)
	}
}
