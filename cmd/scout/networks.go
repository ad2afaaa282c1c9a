package main

import (
	"flag"
	"net/url"

	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/fediverse"
	"github.com/scout-oss/scout/crawler/lemmy"
	"github.com/scout-oss/scout/crawler/pixelfed"
	"github.com/scout-oss/scout/crawler/threads"
	"github.com/scout-oss/scout/crawler/twitch"
)

// networkFlags are the settings of the open networks read through their
// own APIs: Twitch (Helix, with the user's client id and secret), Threads
// (ActivityPub), Pixelfed and Lemmy. The Twitch secret comes from
// --twitch-client-secret or $SCOUT_TWITCH_CLIENT_SECRET and is never a
// flag default, so `scout crawl -h` cannot print it.
type networkFlags struct {
	m            *Main
	twitchAPI    *string
	twitchAuth   *string
	twitchID     *string
	twitchSecret *string
	twitchVideos *int
	threadsBase  *string
}

func addNetworkFlags(fs *flag.FlagSet, m *Main) *networkFlags {
	return &networkFlags{
		m:            m,
		twitchAPI:    fs.String("twitch-api", twitch.DefaultAPI, "Twitch Helix API base URL"),
		twitchAuth:   fs.String("twitch-auth", twitch.DefaultAuth, "Twitch OAuth token endpoint (client credentials)"),
		twitchID:     fs.String("twitch-client-id", "", "Twitch application client id (default $SCOUT_TWITCH_CLIENT_ID); without id and secret, Twitch channels are skipped"),
		twitchSecret: fs.String("twitch-client-secret", "", "Twitch application client secret (default $SCOUT_TWITCH_CLIENT_SECRET)"),
		twitchVideos: fs.Int("twitch-max-videos", twitch.DefaultVideos, "recent videos read per Twitch channel (at most 100)"),
		threadsBase:  fs.String("threads-base", threads.DefaultBase, "where Threads accounts shared to the fediverse are looked up (WebFinger)"),
	}
}

func (f *networkFlags) validate() error {
	for name, v := range map[string]string{"--twitch-api": *f.twitchAPI, "--twitch-auth": *f.twitchAuth, "--threads-base": *f.threadsBase} {
		if u, err := url.Parse(v); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return usagef("%s must be an http(s) URL", name)
		}
	}
	if *f.twitchVideos < 1 || *f.twitchVideos > 100 {
		return usagef("--twitch-max-videos must be from 1 to 100")
	}
	return nil
}

// credential is a flag's value, else the environment's.
func (f *networkFlags) credential(flagValue *string, env string) string {
	if *flagValue != "" || f.m == nil || f.m.Getenv == nil {
		return *flagValue
	}
	return f.m.Getenv(env)
}

// adapters builds the adapters of the open networks, one line each.
func (f *networkFlags) adapters() []crawler.Adapter {
	return []crawler.Adapter{
		twitch.New(twitch.Config{API: *f.twitchAPI, Auth: *f.twitchAuth, MaxVideos: *f.twitchVideos,
			ClientID: f.credential(f.twitchID, "SCOUT_TWITCH_CLIENT_ID"), ClientSecret: f.credential(f.twitchSecret, "SCOUT_TWITCH_CLIENT_SECRET")}),
		&threads.Adapter{Base: *f.threadsBase, Reader: &fediverse.ActivityPub{}},
		&pixelfed.Adapter{},
		&lemmy.Adapter{},
	}
}
