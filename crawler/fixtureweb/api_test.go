package fixtureweb_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler/fixtureweb"
)

// apiFS is a small site whose answers depend on the query and the Accept
// header.
var apiFS = fstest.MapFS{
	"api.example/xrpc/get/actor=a.example.json":                                    {Data: []byte(`{"who":"a","self":"https://api.example/x"}`)},
	"api.example/xrpc/get/actor=did%3Aplc%3Ab.json":                                {Data: []byte(`{"who":"b"}`)},
	"api.example/list/index.json":                                                  {Data: []byte(`["page1"]`)},
	"api.example/list/max_id=9.json":                                               {Data: []byte(`[]`)},
	"api.example/list/max_id=9&x=1.json":                                           {Data: []byte(`["both"]`)},
	"api.example/users/ann.html":                                                   {Data: []byte(`<!DOCTYPE html><title>ann</title>`)},
	"api.example/users/ann.activity.json":                                          {Data: []byte(`{"type":"Person"}`)},
	"api.example/.well-known/webfinger/resource=acct%3Aann%40api.example.jrd.json": {Data: []byte(`{"subject":"acct:ann@api.example"}`)},
}

var apiRoutes = []struct {
	name, path, accept string
	status             int
	ctype, body        string
}{
	{"QueryFile", "/xrpc/get?actor=a.example", "", 200, "application/json", `{"who":"a","self":"BASE/x"}`},
	{"EscapedValue", "/xrpc/get?actor=did:plc:b&limit=50", "", 200, "application/json", `{"who":"b"}`},
	{"UnknownQuery", "/xrpc/get?actor=zed.example", "", 404, "", ""},
	{"IndexForAnyQuery", "/list?limit=40", "", 200, "application/json", `["page1"]`},
	{"IndexWithoutQuery", "/list", "", 200, "application/json", `["page1"]`},
	{"MostSpecificWins", "/list?limit=40&max_id=9", "", 200, "application/json", `[]`},
	{"MostSpecificOfTwo", "/list?max_id=9&x=1", "", 200, "application/json", `["both"]`},
	{"HTMLByDefault", "/users/ann", "text/html", 200, "text/html; charset=utf-8", `<!DOCTYPE html><title>ann</title>`},
	{"ActivityPubWhenAsked", "/users/ann", `application/activity+json, application/ld+json; profile="https://www.w3.org/ns/activitystreams"`, 200, "application/activity+json; charset=utf-8", `{"type":"Person"}`},
	{"LiveHostInQuery", "/.well-known/webfinger?resource=acct:ann@LIVEHOST", "", 200, "application/jrd+json; charset=utf-8", `{"subject":"acct:ann@api.example"}`},
}

func TestAPIRoutes(t *testing.T) {
	w := fixtureweb.MustStart(t, apiFS)
	base := w.URL("api.example")
	host := strings.TrimPrefix(base, "http://")
	c := noRedirect()
	for _, tt := range apiRoutes {
		req, err := http.NewRequest(http.MethodGet, base+strings.ReplaceAll(tt.path, "LIVEHOST", url.QueryEscape(host)), nil)
		if err != nil {
			t.Fatal(err)
		}
		if tt.accept != "" {
			req.Header.Set("Accept", tt.accept)
		}
		resp, err := c.Do(req)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.status {
			t.Errorf("%s: status %d, want %d", tt.name, resp.StatusCode, tt.status)
			continue
		}
		if tt.status != 200 {
			continue
		}
		if got := resp.Header.Get("Content-Type"); got != tt.ctype {
			t.Errorf("%s: Content-Type %q, want %q", tt.name, got, tt.ctype)
		}
		if want := strings.ReplaceAll(tt.body, "BASE", base); string(body) != want {
			t.Errorf("%s: body %s, want %s", tt.name, body, want)
		}
	}
}

func TestQueryFileName(t *testing.T) {
	for _, tt := range []struct {
		q    url.Values
		want string
	}{
		{nil, "index"},
		{url.Values{"actor": {"did:plc:x"}}, "actor=did%3Aplc%3Ax"},
		{url.Values{"max_id": {"9"}, "acct": {"a"}}, "acct=a&max_id=9"},
	} {
		if got := fixtureweb.QueryFileName(tt.q); got != tt.want {
			t.Errorf("QueryFileName(%v) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestSampleWeb_PlatformAccounts reads every platform account of the
// sample web the way its adapter will (the same endpoints), with the
// standard library only, and checks it against expected.json.
func TestSampleWeb_PlatformAccounts(t *testing.T) {
	w := fixtureweb.MustStart(t, scout.SampleWeb())
	exp, err := w.Expected()
	if err != nil {
		t.Fatal(err)
	}
	c := noRedirect()
	getJSON := func(u, accept string, v any) bool {
		t.Helper()
		req, _ := http.NewRequest(http.MethodGet, u, nil)
		if accept != "" {
			req.Header.Set("Accept", accept)
		}
		resp, err := c.Do(req)
		if err != nil {
			t.Fatalf("GET %s: %v", u, err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %d", u, resp.StatusCode)
			return false
		}
		if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
			t.Errorf("GET %s: %v", u, err)
			return false
		}
		return true
	}
	platforms := map[string]int{}
	for _, e := range exp.Creators {
		if e.Platform == "web" {
			continue
		}
		platforms[e.Platform]++
		var name string
		var followers *int64
		posts := 0
		switch e.Format {
		case "bluesky":
			api := w.URL("bsky.example") + "/xrpc/"
			var p struct {
				DID, DisplayName string
				FollowersCount   *int64
			}
			if !getJSON(api+"app.bsky.actor.getProfile?actor="+e.Handle, "", &p) {
				continue
			}
			var f struct{ Feed []json.RawMessage }
			getJSON(api+"app.bsky.feed.getAuthorFeed?limit=50&actor="+url.QueryEscape(p.DID), "", &f)
			name, followers, posts = p.DisplayName, p.FollowersCount, len(f.Feed)
		case "mastodon":
			user := strings.TrimPrefix(e.URL[strings.LastIndex(e.URL, "/")+1:], "@")
			base := w.URL(e.Site)
			var a struct {
				DisplayName string `json:"display_name"`
				Followers   *int64 `json:"followers_count"`
			}
			var acct struct {
				ID string `json:"id"`
			}
			if !getJSON(base+"/api/v1/accounts/lookup?acct="+user, "", &a) || !getJSON(base+"/api/v1/accounts/lookup?acct="+user, "", &acct) {
				continue
			}
			var sts []struct {
				ID string `json:"id"`
			}
			getJSON(base+"/api/v1/accounts/"+acct.ID+"/statuses?limit=40", "", &sts)
			if len(sts) > 0 {
				var next []json.RawMessage
				if getJSON(base+"/api/v1/accounts/"+acct.ID+"/statuses?limit=40&max_id="+sts[len(sts)-1].ID, "", &next) && len(next) != 0 {
					t.Errorf("%s: statuses page 2 has %d entries, want none", e.Key, len(next))
				}
			}
			name, followers, posts = a.DisplayName, a.Followers, len(sts)
		case "activitypub":
			const accept = "application/activity+json"
			actorURL := strings.Replace(e.URL, "/a/", "/accounts/", 1)
			var a struct{ Name, Followers, Outbox string }
			if !getJSON(actorURL, accept, &a) {
				continue
			}
			var fc struct{ TotalItems *int64 }
			getJSON(a.Followers, accept, &fc)
			var ob struct{ First string }
			getJSON(a.Outbox, accept, &ob)
			var pg struct{ OrderedItems []json.RawMessage }
			getJSON(ob.First, accept, &pg)
			name, followers, posts = a.Name, fc.TotalItems, len(pg.OrderedItems)
		case "youtube":
			// The channel page, then the video tabs it links: videos in the
			// older videoRenderer grid or in the lockup grids served now.
			resp, body := MustGet(t, c, e.URL)
			if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "var ytInitialData = ") {
				t.Errorf("%s: %s: %d, no ytInitialData", e.Key, e.URL, resp.StatusCode)
			}
			if strings.Contains(string(body), `"title": "`+e.Name+`"`) {
				name = e.Name
			}
			for _, tab := range []string{"videos", "shorts", "streams"} {
				if tab != "videos" && !strings.Contains(string(body), "/"+tab+`"`) {
					continue
				}
				resp, body := MustGet(t, c, e.URL+"/"+tab)
				if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "var ytInitialData = ") {
					t.Errorf("%s: %s tab: %d, no ytInitialData", e.Key, tab, resp.StatusCode)
				}
				for _, item := range []string{`"videoRenderer"`, `"contentType": "LOCKUP_CONTENT_TYPE_VIDEO"`, `"shortsLockupViewModel"`} {
					posts += strings.Count(string(body), item)
				}
			}
			followers = e.Followers
		default:
			t.Errorf("%s: unknown format %q", e.Key, e.Format)
			continue
		}
		if name != e.Name {
			t.Errorf("%s: name %q, want %q", e.Key, name, e.Name)
		}
		if followers == nil || e.Followers == nil || *followers != *e.Followers {
			t.Errorf("%s: followers %v, want %v", e.Key, deref(followers), deref(e.Followers))
		}
		if posts != e.Posts {
			t.Errorf("%s: %d posts, want %d", e.Key, posts, e.Posts)
		}
	}
	for _, p := range []string{"bluesky", "mastodon", "fediverse", "youtube"} {
		if platforms[p] == 0 {
			t.Errorf("no %s account in the sample web", p)
		}
	}
	// Every merge names accounts of one person that exist; namesakes are
	// different people with one name.
	byKey := map[string]fixtureweb.ExpectedCreator{}
	for _, e := range exp.Creators {
		byKey[e.Key] = e
	}
	if len(exp.Merges) < 3 {
		t.Errorf("%d merges, want at least 3", len(exp.Merges))
	}
	for _, m := range exp.Merges {
		for _, k := range m.Keys {
			if byKey[k].Person != m.Person {
				t.Errorf("merge %s: key %q is person %q", m.Person, k, byKey[k].Person)
			}
		}
	}
	for _, n := range exp.Namesakes {
		a, b := byKey[n[0]], byKey[n[1]]
		if a.Name != b.Name || a.Person == b.Person || slices.Contains(a.Me, b.URL) {
			t.Errorf("namesakes %v: names %q/%q, persons %q/%q", n, a.Name, b.Name, a.Person, b.Person)
		}
	}
}
