package crawltest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
)

// AddGlob adds every file matching pattern (under testdata) as a seed.
func AddGlob(f *testing.F, pattern string) {
	names, _ := filepath.Glob(filepath.Join("testdata", pattern))
	if len(names) == 0 {
		f.Fatalf("no seeds match testdata/%s", pattern)
	}
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

// CheckPosts fails on posts that break what the rest of Scout assumes.
func CheckPosts(t *testing.T, posts []scout.Post, accountID string) {
	t.Helper()
	for _, p := range posts {
		if p.AccountID != accountID {
			t.Errorf("post %q: account %q, want %q", p.ID, p.AccountID, accountID)
		}
		if !utf8.ValidString(p.Text) || !utf8.ValidString(p.ID) {
			t.Errorf("post %q: invalid UTF-8", p.ID)
		}
	}
}

// AdapterFuzzer serves the current fuzz input at every path of one
// loopback server (with {{BASE}} replaced by the server's URL, as in the
// API fixtures), so that an adapter reads it as whichever response it asks
// for: profile, posts, followers, web page.
type AdapterFuzzer struct {
	mu     sync.Mutex // one input at a time
	Server *httptest.Server
	client *http.Client
	body   []byte
	ctype  string
}

// NewAdapterFuzzer starts the fuzz server, answering with contentType, and
// a client on a fast fetch layer with robots.txt and retries off.
func NewAdapterFuzzer(f *testing.F, contentType string) *AdapterFuzzer {
	af := &AdapterFuzzer{ctype: contentType}
	af.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", af.ctype)
		w.Write(af.body)
	}))
	f.Cleanup(af.Server.Close)
	cfg := FastConfig()
	cfg.IgnoreRobots = true
	cfg.MaxRetries = -1
	cfg.Timeout = 5 * time.Second
	af.client = crawler.NewClient(cfg)
	f.Cleanup(af.client.CloseIdleConnections)
	return af
}

// Fetch runs one adapter on one input and checks the result: a decline,
// or exactly one of a profile and a failure of a known kind, with sane
// text and counts, in bounded time.
func (af *AdapterFuzzer) Fetch(t *testing.T, a crawler.Adapter, target string, body []byte) {
	af.mu.Lock()
	defer af.mu.Unlock()
	af.body = []byte(strings.ReplaceAll(string(body), "{{BASE}}", af.Server.URL))
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	start := time.Now()
	res := a.Fetch(ctx, af.client, target)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("fetch took %v", d)
	}
	if res == nil {
		return // declined: the crawl reads the URL as a web page
	}
	if (res.Profile == nil) == (res.Failure == nil) {
		t.Fatalf("result with profile %v and failure %+v: want exactly one", res.Profile != nil, res.Failure)
	}
	if res.Failure != nil {
		if res.Failure.Kind == "" {
			t.Errorf("failure without a kind: %+v", res.Failure)
		}
		return
	}
	acc := res.Profile.Account
	CheckSaneAccount(t, target, acc)
	if acc.ID == "" {
		t.Errorf("profile without an account id")
	}
	CheckPosts(t, res.Profile.Posts, acc.ID)
}

// CheckSaneAccount fails when an account from a hostile page carries text
// that is not UTF-8 or counts outside what any account could have.
func CheckSaneAccount(t *testing.T, u string, a scout.Account) {
	t.Helper()
	for field, s := range map[string]string{"id": a.ID, "handle": a.Handle, "name": a.DisplayName, "bio": a.Bio, "url": a.URL} {
		if !utf8.ValidString(s) {
			t.Errorf("%s: %s %q is not UTF-8", u, field, s)
		}
	}
	for field, n := range map[string]*int64{"followers": a.Followers, "following": a.Following, "posts": a.PostsCount} {
		if n != nil && (*n < 0 || *n > 1e13) {
			t.Errorf("%s: %s = %d", u, field, *n)
		}
	}
}
