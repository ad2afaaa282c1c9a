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

// socialFixture serves the crawler's Bluesky and Mastodon fixtures on one
// loopback server: XRPC under /xrpc/, the Mastodon API under /api/v1/.
func socialFixture(t *testing.T) *httptest.Server {
	t.Helper()
	bsky := "../../crawler/bluesky/testdata/bluesky/"
	masto := "../../crawler/fediverse/testdata/mastodon/"
	routes := map[string]string{
		"/xrpc/app.bsky.actor.getProfile":             bsky + "getProfile_alice.json",
		"/xrpc/app.bsky.feed.getAuthorFeed":           bsky + "getAuthorFeed_alice_2.json",
		"/xrpc/app.bsky.graph.getFollowers":           bsky + "getFollowers_alice.json",
		"/xrpc/app.bsky.actor.getProfiles":            bsky + "getProfiles_followers.json",
		"/xrpc/app.bsky.feed.getPostThread":           bsky + "getPostThread_feed1.json",
		"/api/v1/accounts/lookup":                     masto + "lookup_alice.json",
		"/api/v1/accounts/109876543210/statuses":      masto + "statuses_alice_2.json",
		"/api/v1/accounts/109876543210/followers":     masto + "followers_alice.json",
		"/api/v1/statuses/111000000000000100/context": masto + "context_empty.json",
		"/api/v1/statuses/111000000000000050/context": masto + "context_empty.json",
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/api/v1/instance" { // asked before a profile URL is taken for Mastodon's
			w.Header().Set("Content-Type", "application/json; charset=utf-8")
			_, _ = w.Write([]byte(`{"uri":"mastodon.test","title":"Mastodon","version":"4.3.2"}`))
			return
		}
		file, ok := routes[r.URL.Path]
		if !ok || r.URL.Query().Get("max_id") != "" || r.URL.Query().Get("cursor") != "" {
			if strings.HasPrefix(r.URL.Path, "/api/v1/accounts/109876543210/statuses") {
				_, _ = w.Write([]byte("[]"))
				return
			}
			if strings.HasPrefix(r.URL.Path, "/xrpc/") {
				w.Header().Set("Content-Type", "application/json")
				_, _ = w.Write([]byte(`{"feed":[],"followers":[]}`))
				return
			}
			http.NotFound(w, r)
			return
		}
		b, err := os.ReadFile(filepath.FromSlash(file))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		_, _ = w.Write(b)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestCrawlSocial crawls a Bluesky handle and a Mastodon profile URL
// through the CLI against the fixture APIs, then reads the store.
func TestCrawlSocial(t *testing.T) {
	ctx := context.Background()
	srv := socialFixture(t)
	data := t.TempDir()
	code, out, errOut := run(t, ctx, nil, "crawl", "--data", data, "--rate", "100", "--timeout", "3s",
		"--bluesky-api", srv.URL, "bluesky:alice.test", srv.URL+"/@alice")
	if code != exitOK {
		t.Fatalf("crawl exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "2 profiles") {
		t.Errorf("summary: %s", out)
	}
	db, err := store.Open(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cs, _, err := db.FindCreators(ctx, scout.CreatorFilter{WithPosts: true, PostLimit: 100})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]*scout.Creator{}
	for _, c := range cs {
		for _, a := range c.Accounts {
			got[a.ID] = c
		}
	}
	bs := got["bluesky:did:plc:7a3kqc5vpwz2xdl6tb4hmkfa"]
	if bs == nil {
		t.Fatalf("no Bluesky account stored; accounts: %v", accountIDs(got))
	}
	if a := bs.PrimaryAccount(); a.Platform != scout.PlatformBluesky || a.Followers == nil || *a.Followers != 12840 {
		t.Errorf("bluesky account %+v", a)
	}
	if len(bs.Posts) != 3 {
		t.Errorf("bluesky posts %d, want 3", len(bs.Posts))
	}
	ms := got["mastodon:https://bakers.example/users/alice"]
	if ms == nil {
		t.Fatalf("no Mastodon account stored; accounts: %v", accountIDs(got))
	}
	if a := ms.PrimaryAccount(); a.Handle != "alice@bakers.example" || len(a.Links) == 0 || a.Links[0] != "https://alice-bakes.example" {
		t.Errorf("mastodon account %+v", a)
	}

	t.Run("ErrBadBlueskyAPI", func(t *testing.T) {
		code, _, errOut := run(t, ctx, nil, "crawl", "--data", t.TempDir(), "--bluesky-api", "ftp://x", "bluesky:alice.test")
		if code != exitUsage || !strings.Contains(errOut, "--bluesky-api") {
			t.Errorf("exit %d: %s", code, errOut)
		}
	})
}

func accountIDs(m map[string]*scout.Creator) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}
