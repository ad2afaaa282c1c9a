package main

import (
	"flag"
	"net/url"

	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/bluesky"
	"github.com/scout-oss/scout/crawler/fediverse"
)

// socialFlags are crawl's Bluesky and fediverse settings.
type socialFlags struct {
	blueskyAPI     *string
	blueskyPosts   *int
	mastodonPosts  *int
	followerSample *int
}

func addSocialFlags(fs *flag.FlagSet) *socialFlags {
	return &socialFlags{
		blueskyAPI:     fs.String("bluesky-api", bluesky.DefaultAPI, "Bluesky AppView base URL (public XRPC API, no login)"),
		blueskyPosts:   fs.Int("bluesky-max-posts", bluesky.DefaultPosts, "recent feed entries read per Bluesky account"),
		mastodonPosts:  fs.Int("mastodon-max-posts", fediverse.DefaultMastodonPosts, "recent statuses read per Mastodon account (outbox items for other fediverse servers: at most 40)"),
		followerSample: fs.Int("follower-sample", bluesky.DefaultFollowerSample, "followers sampled per Bluesky or Mastodon account (Mastodon: at most 80); 0 for none"),
	}
}

func (f *socialFlags) validate() error {
	u, err := url.Parse(*f.blueskyAPI)
	switch {
	case err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "":
		return usagef("--bluesky-api must be an http(s) URL")
	case *f.blueskyPosts < 1:
		return usagef("--bluesky-max-posts must be at least 1")
	case *f.mastodonPosts < 1:
		return usagef("--mastodon-max-posts must be at least 1")
	case *f.followerSample < 0:
		return usagef("--follower-sample must be 0 or more")
	}
	return nil
}

// adapters builds the Bluesky, Mastodon and ActivityPub adapters. Targets
// are offered to them in this order; none claims another's targets.
func (f *socialFlags) adapters() []crawler.Adapter {
	sample := *f.followerSample
	if sample == 0 {
		sample = -1 // the adapters read 0 as "the default"
	}
	ap := &fediverse.ActivityPub{MaxPosts: min(*f.mastodonPosts, fediverse.DefaultActivityPubPosts)}
	return []crawler.Adapter{
		&bluesky.Adapter{API: *f.blueskyAPI, MaxPosts: *f.blueskyPosts, FollowerSample: sample},
		&fediverse.Mastodon{MaxPosts: *f.mastodonPosts, FollowerSample: min(sample, 80), Fallback: ap},
		ap,
	}
}
