package crawler_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
)

func TestMentionTargets(t *testing.T) {
	p := &scout.Profile{
		Account:  scout.Account{ID: "bluesky:did:plc:me", Platform: scout.PlatformBluesky, Handle: "me.test", URL: "https://bsky.app/profile/me.test"},
		Mentions: []string{"https://bakers.example/@bob"},
		Posts: []scout.Post{
			{ID: "1", Text: "with @Ann.test and @me.test, mail x@example.com", Links: []string{"https://www.youtube.com/@cook", "https://example.com/a"}},
			{ID: "2", Text: "boosted @cat.test", IsRepost: true},
			{ID: "3", Text: "(@dan@fedi.example) says hi", Links: []string{"https://bsky.app/profile/me.test"}},
		},
	}
	want := []string{"https://bakers.example/@bob", "bluesky:ann.test", "https://www.youtube.com/@cook", "mastodon:@dan@fedi.example"}
	if diff := cmp.Diff(want, crawler.MentionTargets(p)); diff != "" {
		t.Errorf("MentionTargets (-want +got):\n%s", diff)
	}
}
