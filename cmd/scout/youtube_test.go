package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/store"
)

// ytFixtures is the YouTube adapter's fixture directory.
const ytFixtures = "../../crawler/youtube/testdata/youtube"

const ytCLIKey = "AIzaCLIFixtureKey-secret"

// startYouTubeFixtures serves the channel pages of @alicebakes and a Data
// API that knows the same channel; each counts its requests.
func startYouTubeFixtures(t *testing.T) (web, api *httptest.Server, webHits, apiHits *atomic.Int64) {
	t.Helper()
	webHits, apiHits = &atomic.Int64{}, &atomic.Int64{}
	file := func(w http.ResponseWriter, status int, name, ctype string) {
		b, err := os.ReadFile(filepath.Join(ytFixtures, name))
		if err != nil {
			t.Errorf("fixture: %v", err)
		}
		w.Header().Set("Content-Type", ctype)
		w.WriteHeader(status)
		w.Write(b)
	}
	web = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			w.Write([]byte("User-agent: *\nDisallow: /feeds/videos.xml\nDisallow: /results\nDisallow: /youtubei/\n"))
		case "/@alicebakes":
			webHits.Add(1)
			file(w, 200, "channel_alicebakes.html", "text/html; charset=utf-8")
		case "/@alicebakes/videos":
			webHits.Add(1)
			file(w, 200, "videos_alicebakes.html", "text/html; charset=utf-8")
		default:
			webHits.Add(1)
			http.NotFound(w, r)
		}
	}))
	api = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		apiHits.Add(1)
		const j = "application/json; charset=UTF-8"
		q := r.URL.Query()
		switch {
		case r.Header.Get("X-Goog-Api-Key") != ytCLIKey || q.Has("key"):
			file(w, 400, "api/error_key_invalid.json", j)
		case r.URL.Path == "/youtube/v3/channels" && q.Get("forHandle") == "@alicebakes":
			file(w, 200, "api/channels_alicebakes.json", j)
		case r.URL.Path == "/youtube/v3/playlistItems" && q.Get("pageToken") == "":
			file(w, 200, "api/playlistItems_page1.json", j)
		case r.URL.Path == "/youtube/v3/playlistItems":
			file(w, 200, "api/playlistItems_page2.json", j)
		case r.URL.Path == "/youtube/v3/videos":
			file(w, 200, "api/videos_alicebakes.json", j)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(web.Close)
	t.Cleanup(api.Close)
	return web, api, webHits, apiHits
}

// ytCreator reads the creator of the youtube account from the store.
func ytCreator(t *testing.T, ctx context.Context, data string) *scout.Creator {
	t.Helper()
	db, err := store.Open(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cs, _, err := db.FindCreators(ctx, scout.CreatorFilter{WithPosts: true, PostLimit: 100})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		for _, a := range c.Accounts {
			if a.ID == "youtube:UCa1iceBakesVeganTreats0" {
				return c
			}
		}
	}
	t.Fatalf("no creator with account youtube:UCa1iceBakesVeganTreats0 among %d", len(cs))
	return nil
}

func TestCrawlYouTube(t *testing.T) {
	ctx := context.Background()
	web, api, webHits, apiHits := startYouTubeFixtures(t)

	t.Run("OK_ChannelPageWithoutKey", func(t *testing.T) {
		data := t.TempDir()
		code, out, errOut := run(t, ctx, nil, "crawl", "youtube:@alicebakes", "--youtube-base", web.URL,
			"--youtube-api", api.URL+"/youtube/v3", "--data", data, "--rate", "50")
		if code != exitOK || !strings.Contains(out, "1 profile, 5 posts") {
			t.Fatalf("exit %d: %s%s", code, out, errOut)
		}
		c := ytCreator(t, ctx, data)
		if c.Name != "Alice Bakes & Co 🍰" || c.Followers == nil || *c.Followers != 1_230_000 || len(c.Posts) != 5 {
			t.Errorf("creator %q followers %v, %d posts", c.Name, show(c.Followers), len(c.Posts))
		}
		if apiHits.Load() != 0 {
			t.Errorf("the Data API was called %d times without a key", apiHits.Load())
		}
		if names := searchNames(t, ctx, data, "baking"); len(names) != 1 || names[0] != "Alice Bakes & Co 🍰" {
			t.Errorf("search baking: %q", names)
		}
	})

	t.Run("OK_DataAPIWithKeyFromEnv", func(t *testing.T) {
		data := t.TempDir()
		before := webHits.Load()
		env := map[string]string{"SCOUT_YOUTUBE_API_KEY": ytCLIKey}
		code, out, errOut := run(t, ctx, env, "crawl", "youtube:@alicebakes", "--youtube-base", web.URL,
			"--youtube-api", api.URL+"/youtube/v3", "--data", data, "--rate", "50")
		if code != exitOK || !strings.Contains(out, "1 profile, 3 posts") {
			t.Fatalf("exit %d: %s%s", code, out, errOut)
		}
		if strings.Contains(out+errOut, ytCLIKey) {
			t.Error("the API key was printed")
		}
		if webHits.Load() != before {
			t.Errorf("channel pages were read although a key was given")
		}
		c := ytCreator(t, ctx, data)
		var likes int64
		for _, p := range c.Posts {
			if p.Likes != nil {
				likes += *p.Likes
			}
		}
		if len(c.Posts) != 3 || likes != 187+45012 {
			t.Errorf("%d posts with %d likes, want 3 with %d", len(c.Posts), likes, 187+45012)
		}
		b, err := os.ReadFile(filepath.Join(data, "youtube-quota.json"))
		if err != nil {
			t.Fatal(err)
		}
		var st quotaState
		if err := json.Unmarshal(b, &st); err != nil || st.Units != 4 || st.Day == "" {
			t.Errorf("quota file %s: want 4 units today (channels, 2 playlist pages, videos)", b)
		}
		// A second run adds to the same day's count.
		if code, _, errOut := run(t, ctx, nil, "crawl", "youtube:@alicebakes", "--youtube-api-key", ytCLIKey,
			"--youtube-api", api.URL+"/youtube/v3", "--data", data, "--rate", "50"); code != exitOK {
			t.Fatalf("second crawl exit %d: %s", code, errOut)
		}
		b, _ = os.ReadFile(filepath.Join(data, "youtube-quota.json"))
		if err := json.Unmarshal(b, &st); err != nil || st.Units != 8 {
			t.Errorf("quota file after two crawls: %s, want 8 units", b)
		}
	})

	t.Run("ErrWrongKey", func(t *testing.T) {
		data := t.TempDir()
		code, out, errOut := run(t, ctx, nil, "crawl", "youtube:@alicebakes", "--youtube-api-key", "wrong-secret-9",
			"--youtube-api", api.URL+"/youtube/v3", "--data", data, "--rate", "50")
		if code != exitOK || !strings.Contains(out, "auth_required 1") {
			t.Errorf("exit %d: %s%s", code, out, errOut)
		}
		if strings.Contains(out+errOut, "wrong-secret-9") {
			t.Error("the API key was printed")
		}
	})

	t.Run("OK_HelpHidesKey", func(t *testing.T) {
		_, out, errOut := run(t, ctx, map[string]string{"SCOUT_YOUTUBE_API_KEY": ytCLIKey}, "crawl", "-h")
		if strings.Contains(out+errOut, ytCLIKey) || !strings.Contains(out+errOut, "-youtube-api-key") {
			t.Errorf("help: %s%s", out, errOut)
		}
	})
}
