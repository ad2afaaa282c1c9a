package crawler_test

import (
	"errors"
	"net/url"
	"strings"
	"testing"

	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
)

// bigRobots returns a robots.txt of head, comment lines, and tail, where the
// byte at offset size falls len(at) bytes into tail (which starts with at).
func bigRobots(head string, size int, at, tail string) string {
	var b strings.Builder
	b.WriteString(head)
	for n := size - len(head) - len(at); n > 0; {
		line := min(n, 100)
		b.WriteString(strings.Repeat("#", line-1) + "\n")
		n -= line
	}
	b.WriteString(tail)
	return b.String()
}

// robotsCases are robots.txt files that the previous reader got wrong, each
// served by its own loopback host, with paths ScoutBot must and must not
// fetch.
var robotsCases = []struct {
	name       string
	robots     string
	maxBody    int64 // the transport's body cap; 0 for the default
	allowed    []string
	disallowed []string
}{
	{
		name:       "PrefixGroupDoesNotCapture",
		robots:     "User-agent: *\nDisallow: /\n\nUser-agent: Sc\nAllow: /\n",
		disallowed: []string{"/page"},
	},
	{
		name:       "ExactGroupObeyed",
		robots:     "User-agent: ScoutBot\nDisallow: /mine\n\nUser-agent: *\nDisallow: /\n",
		allowed:    []string{"/page"},
		disallowed: []string{"/mine"},
	},
	{
		name:       "CommentWithoutSpace",
		robots:     "User-agent: *\nDisallow: /foo/quz#qux\n",
		allowed:    []string{"/foo/bar"},
		disallowed: []string{"/foo/quz"},
	},
	{
		name:       "DollarAnchoredAtStart",
		robots:     "User-agent: *\nDisallow: /\nAllow: /public$\n",
		allowed:    []string{"/public"},
		disallowed: []string{"/private/public", "/public/x"},
	},
	{
		name:    "TieGoesToAllow",
		robots:  "User-agent: *\nDisallow: /page\nAllow: /page\n",
		allowed: []string{"/page"},
	},
	{
		name:       "BadCrawlDelaySkipped",
		robots:     "User-agent: *\nCrawl-delay: 1s\nDisallow: /private\n",
		allowed:    []string{"/public"},
		disallowed: []string{"/private"},
	},
	{
		name:       "RuleBeforeUserAgentSkipped",
		robots:     "Allow: /x\nUser-agent: *\nDisallow: /private\n",
		allowed:    []string{"/public"},
		disallowed: []string{"/private"},
	},
	{
		name:       "PartialBOMSkipped",
		robots:     "\xEF\xBBUser-agent: *\nDisallow: /private\n",
		allowed:    []string{"/public"},
		disallowed: []string{"/private"},
	},
	{
		name:       "NonASCIIRuleEncoded",
		robots:     "User-agent: *\nDisallow: /café\nDisallow: /x/ツ\n",
		allowed:    []string{"/cafe"},
		disallowed: []string{"/café", "/caf%C3%A9", "/x/%e3%83%84"},
	},
	{
		// The 500 KiB limit falls inside "Allow: /public/page": read as
		// "Allow: /p" it would open /private.
		name: "SizeCutAtLine",
		robots: bigRobots("User-agent: *\nDisallow: /\nAllow: /open\n", 500<<10,
			"Allow: /p", "Allow: /public/page\n"),
		allowed:    []string{"/open"},
		disallowed: []string{"/private", "/public/page"},
	},
	{
		// The same, cut by a body cap below 500 KiB.
		name: "BodyCapCutAtLine",
		robots: bigRobots("User-agent: *\nDisallow: /\nAllow: /open\n", 64<<10,
			"Allow: /p", "Allow: /public/page\n"),
		maxBody:    64 << 10,
		allowed:    []string{"/open"},
		disallowed: []string{"/private", "/public/page"},
	},
}

// TestRobotsRFC9309 asks the real client for each case's paths and checks
// the server's own request log: allowed paths fetched once, disallowed
// paths never.
func TestRobotsRFC9309(t *testing.T) {
	for _, tc := range robotsCases {
		t.Run(tc.name, func(t *testing.T) {
			srv, log := crawltest.MustFetchServer(t, robotsWith(tc.robots))
			cfg := crawltest.FastConfig()
			cfg.MaxBodySize = tc.maxBody
			c := crawler.NewClient(cfg)
			t.Cleanup(c.CloseIdleConnections)

			for _, p := range tc.allowed {
				if _, _, err := mustGet(t, t.Context(), c, srv.URL+p, nil); err != nil {
					t.Errorf("%s: %v", p, err)
				}
				if got := log.Count(requestURI(t, srv.URL+p)); got != 1 {
					t.Errorf("%s: server saw %d requests, want 1", p, got)
				}
			}
			for _, p := range tc.disallowed {
				if _, _, err := mustGet(t, t.Context(), c, srv.URL+p, nil); !errors.Is(err, crawler.ErrRobotsDisallowed) {
					t.Errorf("%s: err = %v, want ErrRobotsDisallowed", p, err)
				}
			}
			// Whatever was not allowed never reached the server.
			want := map[string]bool{"/robots.txt": true}
			for _, p := range tc.allowed {
				want[requestURI(t, srv.URL+p)] = true
			}
			for _, h := range log.Hits() {
				if !want[h.Path] {
					t.Errorf("server saw %s, which robots.txt disallows", h.Path)
				}
			}
			if got := log.Count("/robots.txt"); got != 1 {
				t.Errorf("robots.txt fetched %d times, want 1", got)
			}
		})
	}
}

// requestURI is the path and query a server logs for rawURL.
func requestURI(tb testing.TB, rawURL string) string {
	tb.Helper()
	u, err := url.Parse(rawURL)
	if err != nil {
		tb.Fatal(err)
	}
	return u.RequestURI()
}
