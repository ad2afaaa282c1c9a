package main

import (
	"errors"
	"flag"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/page"
)

// platformFlags are the platform adapter settings shared by crawl and
// serve (whose API and scheduled jobs read the same platforms): YouTube,
// the open networks (Twitch, Threads, Pixelfed, Lemmy), Bluesky and the
// fediverse.
type platformFlags struct {
	yt     *youtubeFlags
	nets   *networkFlags
	social *socialFlags
	images *imageFlags
}

// addPlatformFlags declares the --youtube-*, --twitch-*, --threads-base,
// --bluesky-*, --mastodon-* and --follower-sample flags on fs.
func addPlatformFlags(fs *flag.FlagSet, m *Main) *platformFlags {
	return &platformFlags{yt: addYouTubeFlags(fs, m), nets: addNetworkFlags(fs, m), social: addSocialFlags(fs), images: addImageFlags(fs)}
}

// applyImages has cfg keep images in store as --image-hosts says (f may be
// nil: any public host).
func (f *platformFlags) applyImages(cfg *crawler.Config, store scout.ImageStore) {
	var im *imageFlags
	if f != nil {
		im = f.images
	}
	im.apply(cfg, store)
}

func (f *platformFlags) validate() error {
	return errors.Join(f.yt.validate(), f.nets.validate(), f.social.validate())
}

// withPages registers the generic page extractor on cfg: the fallback that
// reads every target no platform adapter claims (web pages, the feeds
// they link to, and feeds given as targets). Every crawler Scout builds has it.
func withPages(cfg *crawler.Config) {
	cfg.Extract, cfg.ExtractFeed, cfg.ParseFeed = page.Extract, page.ExtractFeed, page.ParseFeed
}

// adapters builds the platform adapters, in the order targets are offered
// to them: YouTube, Twitch, Threads, Pixelfed and Lemmy (Pixelfed before
// Mastodon, whose API it imitates), then Bluesky, Mastodon and ActivityPub.
// The returned func saves the YouTube Data API quota spent
// (DATA/youtube-quota.json); call it when the crawling is over.
func (f *platformFlags) adapters(dataDir string) ([]crawler.Adapter, func(), error) {
	yt, err := f.yt.adapter(dataDir)
	if err != nil {
		return nil, nil, err
	}
	out := append([]crawler.Adapter{yt}, f.nets.adapters()...)
	return append(out, f.social.adapters()...), f.yt.saveQuota, nil
}
