package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/scout-oss/scout/crawler/youtube"
)

// youtubeFlags are crawl's YouTube settings. The key comes from
// --youtube-api-key or $SCOUT_YOUTUBE_API_KEY; it is never a flag default,
// so `scout crawl -h` cannot print it.
type youtubeFlags struct {
	m         *Main
	base      *string
	api       *string
	key       *string
	maxVideos *int
	quota     *youtube.Quota
	quotaFile string
}

func addYouTubeFlags(fs *flag.FlagSet, m *Main) *youtubeFlags {
	return &youtubeFlags{
		m:         m,
		base:      fs.String("youtube-base", youtube.DefaultBase, "where YouTube channel pages are read without an API key"),
		api:       fs.String("youtube-api", youtube.DefaultAPI, "YouTube Data API v3 base URL"),
		key:       fs.String("youtube-api-key", "", "YouTube Data API v3 key (default $SCOUT_YOUTUBE_API_KEY); without one, channel pages are read"),
		maxVideos: fs.Int("youtube-max-videos", youtube.DefaultMaxVideos, "recent videos read per YouTube channel"),
	}
}

func (f *youtubeFlags) validate() error {
	if *f.maxVideos < 1 {
		return usagef("--youtube-max-videos must be at least 1")
	}
	return nil
}

// adapter builds the YouTube adapter. With a key, the day's quota count is
// restored from DATA/youtube-quota.json, so that consecutive crawls share
// one daily budget; saveQuota writes it back.
func (f *youtubeFlags) adapter(dataDir string) (*youtube.Adapter, error) {
	key := *f.key
	if key == "" {
		key = f.m.Getenv("SCOUT_YOUTUBE_API_KEY")
	}
	f.quota = youtube.NewQuota(youtube.DefaultQuota, nil)
	if key != "" {
		f.quotaFile = filepath.Join(dataDir, "youtube-quota.json")
		var st quotaState
		b, err := os.ReadFile(f.quotaFile)
		switch {
		case err == nil:
			if json.Unmarshal(b, &st) == nil {
				f.quota.Restore(st.Day, st.Units)
			}
		case !errors.Is(err, os.ErrNotExist):
			return nil, fmt.Errorf("read youtube quota: %w", err)
		}
	}
	return youtube.New(youtube.Config{
		Base: *f.base, API: *f.api, Key: key, Quota: f.quota, MaxVideos: *f.maxVideos,
	}), nil
}

// quotaState is DATA/youtube-quota.json: the Pacific date and the Data API
// units spent on it.
type quotaState struct {
	Day   string `json:"day"`
	Units int    `json:"units"`
}

// saveQuota writes the day's spent units back; a failure is reported, not
// fatal (the crawl itself went through).
func (f *youtubeFlags) saveQuota() {
	if f.quotaFile == "" || f.quota == nil {
		return
	}
	day, units := f.quota.Used()
	b, _ := json.Marshal(quotaState{Day: day, Units: units})
	tmp := f.quotaFile + ".tmp"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		fmt.Fprintf(f.m.Stderr, "scout: save youtube quota: %v\n", err)
		return
	}
	if err := os.Rename(tmp, f.quotaFile); err != nil {
		fmt.Fprintf(f.m.Stderr, "scout: save youtube quota: %v\n", err)
	}
}
