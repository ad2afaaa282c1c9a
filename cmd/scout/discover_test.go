package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/store"
)

// discoverFixture is a fixture AppView and Mastodon instance on one
// server. Bluesky: searchActors("vegan baking") finds b1…b4; b1's posts
// mention @b2.test and @b3.test. Mastodon: #veganbaking has a post by
// ana, whose profile publishes an obfuscated e-mail and a Location field;
// the directory lists bea (vegan baking) and zed (cars).
func discoverFixture(t *testing.T) *httptest.Server {
	t.Helper()
	js := func(v any) []byte { b, _ := json.Marshal(v); return b }
	bsky := map[string][]string{
		"b1.test": {"Baking with @b2.test and @b3.test today, it was a long and happy afternoon"},
		"b2.test": {"Sourdough is a slow and patient kind of love, every single weekend"},
		"b3.test": {"quiet"},
		"b4.test": {"quiet"},
	}
	var srv *httptest.Server
	acct := func(name, note string, fields ...map[string]any) map[string]any {
		return map[string]any{"id": "id-" + name, "username": name, "acct": name, "display_name": name,
			"note": "<p>" + note + "</p>", "url": srv.URL + "/@" + name, "uri": srv.URL + "/users/" + name,
			"followers_count": 10, "fields": fields}
	}
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		q := r.URL.Query()
		ana := acct("ana", "Bolos veganos. Encomendas: ana [at] example [dot] pt",
			map[string]any{"name": "Location", "value": "Porto, Portugal"})
		bea := acct("bea", "I do vegan baking and bread")
		zed := acct("zed", "Cars and engines")
		switch p := r.URL.Path; {
		case p == "/xrpc/app.bsky.actor.searchActors" && q.Get("q") == "vegan baking":
			var actors []any
			for _, h := range []string{"b1.test", "b2.test", "b3.test", "b4.test"} {
				actors = append(actors, map[string]any{"did": "did:plc:" + strings.TrimSuffix(h, ".test"), "handle": h})
			}
			w.Write(js(map[string]any{"actors": actors}))
		case p == "/xrpc/app.bsky.actor.getProfile":
			h := q.Get("actor")
			if _, ok := bsky[h]; !ok {
				w.WriteHeader(http.StatusBadRequest)
				w.Write([]byte(`{"error":"InvalidRequest","message":"Profile not found"}`))
				return
			}
			w.Write(js(map[string]any{"did": "did:plc:" + strings.TrimSuffix(h, ".test"), "handle": h, "followersCount": 50,
				"description": "📍 Berlin"}))
		case p == "/xrpc/app.bsky.feed.getAuthorFeed":
			did := q.Get("actor")
			h := strings.TrimPrefix(did, "did:plc:") + ".test"
			var feed []any
			for i, text := range bsky[h] {
				feed = append(feed, map[string]any{"post": map[string]any{
					"uri": fmt.Sprintf("at://%s/app.bsky.feed.post/%d", did, i), "author": map[string]any{"did": did, "handle": h},
					"record": map[string]any{"text": text, "createdAt": "2026-02-01T10:00:00Z"}, "likeCount": 1}})
			}
			w.Write(js(map[string]any{"feed": feed}))
		case p == "/api/v1/timelines/tag/veganbaking":
			w.Write(js([]any{map[string]any{"id": "1", "account": ana}}))
		case strings.HasPrefix(p, "/api/v1/timelines/tag/"):
			w.Write([]byte("[]"))
		case p == "/api/v1/directory":
			if q.Get("offset") == "0" {
				w.Write(js([]any{zed, bea}))
				return
			}
			w.Write([]byte("[]"))
		case p == "/api/v1/instance":
			// The crawl asks the host what it is before it hands the
			// Mastodon adapter a profile URL.
			w.Write([]byte(`{"uri":"mastodon.test","title":"Mastodon","version":"4.3.2"}`))
		case p == "/api/v1/accounts/lookup":
			for _, a := range []map[string]any{ana, bea, zed} {
				if a["username"] == q.Get("acct") {
					w.Write(js(a))
					return
				}
			}
			http.NotFound(w, r)
		case strings.HasSuffix(p, "/statuses"):
			w.Write([]byte(`[{"id":"5","uri":"x:5","created_at":"2026-02-01T10:00:00Z","language":"pt","content":"<p>bolo</p>"},
				{"id":"6","uri":"x:6","created_at":"2026-02-02T10:00:00Z","language":"pt","content":"<p>pão</p>"},
				{"id":"7","uri":"x:7","created_at":"2026-02-03T10:00:00Z","language":"pt","content":"<p>doce</p>"}]`))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// creatorsByAccount reads every creator of the store at data, by account id.
func creatorsByAccount(t *testing.T, data string) map[string]*scout.Creator {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cs, _, err := db.FindCreators(ctx, scout.CreatorFilter{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*scout.Creator{}
	for _, c := range cs {
		for _, a := range c.Accounts {
			out[a.ID] = c
		}
	}
	return out
}

func TestDiscover(t *testing.T) {
	ctx := context.Background()
	srv := discoverFixture(t)
	data := t.TempDir()
	args := []string{"discover", "--data", data, "--rate", "100", "--timeout", "3s", "--follower-sample", "0",
		"--query", "vegan baking", "--bluesky-api", srv.URL, "--mastodon-instances", srv.URL, "--max-creators", "3"}
	code, _, errOut := run(t, ctx, nil, args...)
	if code != exitOK {
		t.Fatalf("discover exit %d: %s", code, errOut)
	}
	got := creatorsByAccount(t, data)
	if len(got) != 3 {
		t.Fatalf("stored %d accounts, want exactly the budget of 3: %v\n%s", len(got), accountIDs(got), errOut)
	}
	// Interleaved: b1 (Bluesky), ana (#veganbaking), b2 (Bluesky); bea and
	// the rest wait for the next run.
	ana := got["mastodon:"+srv.URL+"/users/ana"]
	if ana == nil || got["bluesky:did:plc:b1"] == nil || got["bluesky:did:plc:b2"] == nil {
		t.Fatalf("accounts %v, want b1, ana, b2", accountIDs(got))
	}
	if len(ana.FoundVia) != 1 || ana.FoundVia[0].Kind != scout.FoundSearch || ana.FoundVia[0].Query != "vegan baking" {
		t.Errorf("ana found_via %+v", ana.FoundVia)
	}
	if len(ana.Contacts) != 1 || ana.Contacts[0].Value != "ana@example.pt" || ana.Contacts[0].SeenIn != "bio" {
		t.Errorf("ana contacts %+v", ana.Contacts)
	}
	if ana.Country == nil || *ana.Country != "PT" || ana.CountryEvidence == nil || ana.CountryEvidence.Source != "field:Location" {
		t.Errorf("ana country %v, evidence %+v", ana.Country, ana.CountryEvidence)
	}
	if ana.Language == nil || *ana.Language != "pt" || ana.LanguageEvidence == nil || ana.LanguageEvidence.Source != "declared" {
		t.Errorf("ana language %v, evidence %+v", ana.Language, ana.LanguageEvidence)
	}
	b2 := got["bluesky:did:plc:b2"]
	if b2.Language == nil || *b2.Language != "en" || b2.LanguageEvidence == nil || b2.LanguageEvidence.Source != "detected" {
		t.Errorf("b2 language %v, evidence %+v (no declared langs: detected)", b2.Language, b2.LanguageEvidence)
	}
	if b2.Country == nil || *b2.Country != "DE" || b2.CountryEvidence.Source != "bio" || b2.CountryEvidence.Match != "Berlin" {
		t.Errorf("b2 country %v, evidence %+v", b2.Country, b2.CountryEvidence)
	}

	// Again, with --follow-mentions: the three known ones are refreshed
	// (not duplicated, not counted), and the budget takes three more.
	code, out, errOut := run(t, ctx, nil, append(args, "--follow-mentions")...)
	if code != exitOK {
		t.Fatalf("second discover exit %d: %s", code, errOut)
	}
	got = creatorsByAccount(t, data)
	if len(got) != 6 {
		t.Errorf("after the second run: %d accounts, want 6: %v\n%s", len(got), accountIDs(got), errOut)
	}
	if n := len(got["mastodon:"+srv.URL+"/users/ana"].FoundVia); n != 1 {
		t.Errorf("ana found_via has %d entries after a second identical search, want 1", n)
	}
	if !strings.Contains(out, "refreshed 3 known") {
		t.Errorf("summary %q, want 3 refreshed", out)
	}
}

func TestCrawlFollowMentions(t *testing.T) {
	ctx := context.Background()
	srv := discoverFixture(t)
	data := t.TempDir()
	code, _, errOut := run(t, ctx, nil, "crawl", "--data", data, "--rate", "100", "--timeout", "3s", "--follower-sample", "0",
		"--bluesky-api", srv.URL, "--follow-mentions", "--max-creators", "1", "bluesky:b1.test")
	if code != exitOK {
		t.Fatalf("crawl exit %d: %s", code, errOut)
	}
	got := creatorsByAccount(t, data)
	if len(got) != 2 || got["bluesky:did:plc:b2"] == nil {
		t.Fatalf("accounts %v, want the seed b1 and one mention (b2): budget 1\n%s", accountIDs(got), errOut)
	}
	fv := got["bluesky:did:plc:b2"].FoundVia
	if len(fv) != 1 || fv[0].Kind != scout.FoundMention || fv[0].By != "bluesky:did:plc:b1" {
		t.Errorf("b2 found_via %+v", fv)
	}
	if fv := got["bluesky:did:plc:b1"].FoundVia; len(fv) != 1 || fv[0].Kind != scout.FoundSeed {
		t.Errorf("b1 found_via %+v", fv)
	}
}

func TestDiscoverUsage(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"discover"}, "--query"},
		{[]string{"discover", "--query", "x", "--platform", "tiktok"}, "--platform"},
		{[]string{"discover", "--query", "x", "--platform", "mastodon"}, "--mastodon-instances"},
		{[]string{"discover", "--query", "x", "--max-creators", "0"}, "--max-creators"},
		{[]string{"crawl", "--host-rate", "example.com", "http://x"}, "host-rate"},
		{[]string{"crawl", "--follow-mentions", "--resume"}, "--resume"},
	} {
		code, _, errOut := run(t, ctx, nil, append(tc.args, "--data", t.TempDir())...)
		if code != exitUsage || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want usage error naming %s", tc.args, code, errOut, tc.want)
		}
	}
}
