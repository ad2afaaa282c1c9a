package siterules_test

import (
	"testing"

	"github.com/scout-oss/scout/internal/sharedtest"
)

// The real public samples in ../shared/formats that no JSON-LD or
// og:type=profile describes: each must yield the name, handle and counts a
// person sees on the page.
func TestRealSamples(t *testing.T) {
	e := MustEngine(t)
	cases := []struct {
		sample, url                string
		name, handle               string
		followers, following       int64
		followersRaw, followingRaw string
	}{
		{
			sample: "telegram_channel_preview.html", url: "https://t.me/unlimitedhangout",
			name: "Unlimited Hangout", handle: "unlimitedhangout",
			followers: 2805, followersRaw: "2 805",
		},
		{
			sample: "dribbble_profile_page.html.gz", url: "https://dribbble.com/phenomenonstudio",
			name: "Phenomenon Studio", handle: "phenomenonstudio",
			followers: 10472, followersRaw: "10,472", following: 488, followingRaw: "488",
		},
	}
	for _, tc := range cases {
		t.Run(tc.sample, func(t *testing.T) {
			p, err := e.ExtractHTML(MustURL(t, tc.url), sharedtest.ReadFormat(t, tc.sample))
			if err != nil {
				t.Fatalf("extract: %v", err)
			}
			if p.DisplayName != tc.name || p.Handle != tc.handle {
				t.Errorf("name, handle = %q, %q; want %q, %q", p.DisplayName, p.Handle, tc.name, tc.handle)
			}
			if p.Followers == nil || p.Followers.Value == nil || *p.Followers.Value != tc.followers || p.Followers.Raw != tc.followersRaw {
				t.Errorf("followers = %+v, want %d from %q", p.Followers, tc.followers, tc.followersRaw)
			}
			switch {
			case tc.followingRaw == "" && p.Following != nil:
				t.Errorf("following = %+v, want none (the page shows none)", p.Following)
			case tc.followingRaw != "" && (p.Following == nil || p.Following.Value == nil || *p.Following.Value != tc.following):
				t.Errorf("following = %+v, want %d", p.Following, tc.following)
			}
			if p.AvatarURL == "" || p.Bio == "" {
				t.Errorf("avatar %q, bio %q: want both (the page shows both)", p.AvatarURL, p.Bio)
			}
		})
	}
}
