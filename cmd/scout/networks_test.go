package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/store"
)

// twitchFixtures is the Twitch adapter's fixture directory.
const twitchFixtures = "../../crawler/twitch/testdata/twitch"

const twitchCLISecret = "cli-twitch-secret-never-printed"

// startHelix serves the token endpoint and the Helix calls of kaiplays.
func startHelix(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := map[string]string{
			"/oauth2/token":             "token.json",
			"/helix/users":              "users_kaiplays.json",
			"/helix/channels/followers": "followers_kaiplays.json",
			"/helix/channels":           "channels_kaiplays.json",
			"/helix/videos":             "videos_kaiplays.json",
		}[r.URL.Path]
		if name == "" {
			http.NotFound(w, r)
			return
		}
		if r.URL.Path == "/oauth2/token" {
			if err := r.ParseForm(); err != nil || r.PostForm.Get("client_secret") != twitchCLISecret {
				http.Error(w, `{"status":403,"message":"invalid client secret"}`, http.StatusForbidden)
				return
			}
		}
		b, err := os.ReadFile(filepath.Join(twitchFixtures, name))
		if err != nil {
			t.Errorf("fixture: %v", err)
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write(b)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestCrawlTwitch: with credentials from the environment, `scout crawl`
// stores a Twitch channel read through Helix; without them the target is
// recorded as auth_required with the reason, and nothing is fetched.
func TestCrawlTwitch(t *testing.T) {
	ctx := context.Background()
	helix := startHelix(t)
	flags := []string{"--rate", "100", "--timeout", "3s", "--twitch-api", helix.URL + "/helix", "--twitch-auth", helix.URL + "/oauth2/token"}

	t.Run("OK_Helix", func(t *testing.T) {
		data := t.TempDir()
		env := map[string]string{"SCOUT_TWITCH_CLIENT_ID": "cli-client", "SCOUT_TWITCH_CLIENT_SECRET": twitchCLISecret}
		code, out, errOut := run(t, ctx, env, append([]string{"crawl", "--data", data}, append(flags, "https://www.twitch.tv/kaiplays")...)...)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if strings.Contains(out+errOut, twitchCLISecret) {
			t.Error("the client secret was printed")
		}
		db, err := store.Open(ctx, data)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		cs, _, err := db.FindCreators(ctx, scout.CreatorFilter{WithPosts: true})
		if err != nil || len(cs) != 1 {
			t.Fatalf("creators %d, %v", len(cs), err)
		}
		a := cs[0].Accounts[0]
		if a.ID != "twitch:141981764" || a.Platform != scout.PlatformTwitch || a.Followers == nil || *a.Followers != 28731 || len(cs[0].Posts) != 3 {
			t.Errorf("account %+v, %d posts", a, len(cs[0].Posts))
		}
	})
	t.Run("ErrNoCredentials", func(t *testing.T) {
		data := t.TempDir()
		_, _, errOut := run(t, ctx, nil, append([]string{"crawl", "--data", data}, append(flags, "twitch:kaiplays")...)...)
		if !strings.Contains(errOut, "auth_required") {
			t.Errorf("stderr %q, want the auth_required failure", errOut)
		}
		db, err := store.Open(ctx, data)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		v, err := db.FindVisit(ctx, "twitch:kaiplays")
		if err != nil || v.Kind != scout.FailAuth || !strings.Contains(v.Message, "SCOUT_TWITCH_CLIENT_ID") {
			t.Errorf("visit %+v, %v; want auth_required saying how to configure Twitch", v, err)
		}
	})
}
