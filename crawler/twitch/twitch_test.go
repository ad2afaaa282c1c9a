package twitch_test

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/twitch"
)

const (
	clientID = "uo6dggojyb8d6soh92zknwmi5ej1q2"
	secret   = "nyo51xcdrerl8z9m56w9w6wg-secret"
)

func helixRoutes() map[string]crawltest.APIRoute {
	return map[string]crawltest.APIRoute{
		"/oauth2/token":               {File: "token.json"},
		"/helix/users?login=kaiplays": {File: "users_kaiplays.json"},
		"/helix/users":                {File: "users_empty.json"},
		"/helix/channels/followers?broadcaster_id=141981764": {File: "followers_kaiplays.json"},
		"/helix/channels?broadcaster_id=141981764":           {File: "channels_kaiplays.json"},
		"/helix/videos?user_id=141981764":                    {File: "videos_kaiplays.json"},
	}
}

func newAdapter(srv *crawltest.APIFixture, id, sec string) *twitch.Adapter {
	return twitch.New(twitch.Config{API: srv.URL + "/helix", Auth: srv.URL + "/oauth2/token", ClientID: id, ClientSecret: sec, Now: crawltest.FixedNow})
}

func TestTwitchCrawl(t *testing.T) {
	srv := crawltest.MustStartAPIFixture(t, "testdata/twitch", helixRoutes())
	a := newAdapter(srv, clientID, secret)
	res, _ := crawltest.MustCrawl(t, []crawler.Adapter{a}, "https://www.twitch.tv/KaiPlays", "twitch:gone_user")

	r := res["https://www.twitch.tv/KaiPlays"]
	if r == nil || r.Profile == nil {
		t.Fatalf("no profile: %+v", r)
	}
	if len(r.Warnings) != 0 {
		t.Errorf("warnings %+v", r.Warnings)
	}
	acc := r.Profile.Account
	if acc.ID != "twitch:141981764" || acc.Platform != scout.PlatformTwitch || acc.Handle != "kaiplays" || acc.URL != "https://www.twitch.tv/kaiplays" ||
		acc.DisplayName != "KaiPlays" || !strings.HasPrefix(acc.AvatarURL, "https://static-cdn.jtvnw.net/jtv_user_pictures/8a6381c7") {
		t.Errorf("account %+v", acc)
	}
	if acc.Followers == nil || *acc.Followers != 28731 || acc.Following != nil || acc.PostsCount != nil {
		t.Errorf("followers %s following %s posts %s, want 28731 and unknowns",
			crawltest.FmtCount(acc.Followers), crawltest.FmtCount(acc.Following), crawltest.FmtCount(acc.PostsCount))
	}
	if !slices.Equal(acc.Links, []string{"https://kaiplays.example/merch"}) {
		t.Errorf("links %q", acc.Links)
	}
	for _, f := range []scout.ProfileField{{Name: "Broadcaster type", Value: "affiliate"}, {Name: "Language", Value: "en"},
		{Name: "Category", Value: "Stardew Valley"}, {Name: "Tags", Value: "English, Cozy, Speedrun"}} {
		if !slices.Contains(acc.Fields, f) {
			t.Errorf("fields %+v lack %+v", acc.Fields, f)
		}
	}
	want := []struct {
		id       string
		views    int64
		duration int
		at       time.Time
	}{
		{"twitch:video:2311450987", 1834, 4*3600 + 12*60 + 5, time.Date(2026, 11, 22, 17, 1, 12, 0, time.UTC)},
		{"twitch:video:2309876543", 9120, 3600 + 52*60 + 10, time.Date(2026, 11, 19, 20, 30, 0, 0, time.UTC)},
		{"twitch:video:2301111111", 4402, 14*60 + 33, time.Date(2026, 11, 2, 15, 0, 0, 0, time.UTC)},
	}
	posts := r.Profile.Posts
	if len(posts) != len(want) {
		t.Fatalf("%d posts, want %d (the private video left out)", len(posts), len(want))
	}
	for i, w := range want {
		p := posts[i]
		if p.ID != w.id || p.Views == nil || *p.Views != w.views || p.DurationSeconds != w.duration || !p.PublishedAt.Equal(w.at) ||
			p.MediaKind != "video" || p.Language != "en" || p.Likes != nil || p.Comments != nil {
			t.Errorf("post %d: %+v", i, p)
		}
	}
	if p := posts[1]; !slices.Equal(p.Links, []string{"https://cozychairs.example"}) || p.URL != "https://www.twitch.tv/videos/2309876543" {
		t.Errorf("highlight %q %q", p.URL, p.Links)
	}

	if r := res["twitch:gone_user"]; r == nil || r.Failure == nil || r.Failure.Kind != scout.FailNotFound {
		t.Errorf("gone_user: %+v, want not_found", r)
	}
	// One token for the whole crawl, asked for with the secret in the
	// POST body; Helix calls carry the client id and the token in
	// headers; no URL carries a credential.
	if n := len(srv.Requests("/oauth2/token")); n != 1 {
		t.Errorf("%d token requests, want 1", n)
	}
	for _, q := range srv.Requests("/") {
		if strings.Contains(q.URL.String(), secret) || strings.Contains(q.URL.String(), "jostpf5q0uzmxmkba9iyug38kjtgh") {
			t.Errorf("credential in a URL: %s", q.URL)
		}
		if strings.HasPrefix(q.URL.Path, "/helix/") && (q.Header.Get("Client-Id") != clientID || q.Header.Get("Authorization") != "Bearer jostpf5q0uzmxmkba9iyug38kjtgh") {
			t.Errorf("%s: headers %v", q.URL.Path, q.Header)
		}
	}
}

func TestTwitchWithoutCredentials(t *testing.T) {
	srv := crawltest.MustStartAPIFixture(t, "testdata/twitch", helixRoutes())
	a := newAdapter(srv, "", "")
	if a.Configured() {
		t.Error("Configured without credentials")
	}
	res, _ := crawltest.MustCrawl(t, []crawler.Adapter{a}, "twitch:kaiplays")
	r := res["twitch:kaiplays"]
	if r == nil || r.Failure == nil || r.Failure.Kind != scout.FailAuth || !strings.Contains(r.Failure.Message, "--twitch-client-id") {
		t.Errorf("result %+v, want auth_required saying how to configure Twitch", r)
	}
	if n := len(srv.Requests("/")); n != 0 {
		t.Errorf("%d requests without credentials", n)
	}
}

func TestTwitchRefusedSecret(t *testing.T) {
	routes := helixRoutes()
	routes["/oauth2/token"] = crawltest.APIRoute{Status: 403, File: "error_invalid_secret.json"}
	srv := crawltest.MustStartAPIFixture(t, "testdata/twitch", routes)
	res, _ := crawltest.MustCrawl(t, []crawler.Adapter{newAdapter(srv, clientID, "wrong")}, "twitch:kaiplays")
	r := res["twitch:kaiplays"]
	if r == nil || r.Failure == nil || r.Failure.Kind != scout.FailAuth || strings.Contains(r.Failure.Message, "wrong") {
		t.Errorf("result %+v, want auth_required that does not echo the secret", r)
	}
}

// TestTwitchTokenRenewed: a token Helix no longer accepts (401) is renewed
// once and the call repeated.
func TestTwitchTokenRenewed(t *testing.T) {
	var mu sync.Mutex
	tokens := 0
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("testdata", "twitch", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		mu.Lock()
		defer mu.Unlock()
		switch {
		case r.URL.Path == "/oauth2/token":
			tokens++
			w.Write([]byte(`{"access_token":"token` + string(rune('0'+tokens)) + `","expires_in":3600,"token_type":"bearer"}`))
		case r.Header.Get("Authorization") != "Bearer token2":
			w.WriteHeader(http.StatusUnauthorized)
			w.Write(read("error_unauthorized.json"))
		case r.URL.Path == "/helix/users":
			w.Write(read("users_kaiplays.json"))
		case r.URL.Path == "/helix/channels/followers":
			w.Write(read("followers_kaiplays.json"))
		default:
			w.Write([]byte(`{"data":[]}`))
		}
	}))
	defer srv.Close()
	a := twitch.New(twitch.Config{API: srv.URL + "/helix", Auth: srv.URL + "/oauth2/token", ClientID: clientID, ClientSecret: secret, Now: crawltest.FixedNow})
	res, _ := crawltest.MustCrawl(t, []crawler.Adapter{a}, "twitch:kaiplays")
	r := res["twitch:kaiplays"]
	if r == nil || r.Profile == nil || r.Profile.Account.Followers == nil || *r.Profile.Account.Followers != 28731 {
		t.Errorf("result %+v", r)
	}
	if tokens != 2 {
		t.Errorf("%d tokens, want 2 (the first refused, renewed once)", tokens)
	}
}

func TestTwitchMatch(t *testing.T) {
	a := twitch.New(twitch.Config{API: "http://127.0.0.1:7070/helix"})
	cases := []struct{ target, host string }{
		{"twitch:kaiplays", "127.0.0.1:7070"},
		{"twitch:@KaiPlays", "127.0.0.1:7070"},
		{"https://www.twitch.tv/kaiplays", "127.0.0.1:7070"},
		{"https://m.twitch.tv/kaiplays/videos", "127.0.0.1:7070"},
		{"https://twitch.tv/kaiplays/about", "127.0.0.1:7070"},
		{"https://www.twitch.tv/directory", ""},
		{"https://www.twitch.tv/videos/2311450987", ""},
		{"https://www.twitch.tv/kaiplays/clip/Abc", ""},
		{"https://www.twitch.tv/", ""},
		{"https://example.com/kaiplays", ""},
		{"twitch:ka", ""},
		{"twitch:kai-plays", ""},
	}
	for _, c := range cases {
		host, ok := a.Match(c.target)
		if ok != (c.host != "") || host != c.host {
			t.Errorf("Match(%q) = %q, %v; want %q", c.target, host, ok, c.host)
		}
	}
	if host, _ := twitch.New(twitch.Config{}).Match("twitch:kaiplays"); host != "api.twitch.tv" {
		t.Errorf("default host key %q", host)
	}
}
