package crawler_test

import (
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/netguard/netguardtest"
)

// TestHostileRedirectToPrivate follows redirects from a public name (a
// public-looking host, connected to a loopback server by the test's base
// transport) to an internal address in each spelling: every hop is refused
// as blocked before anything is sent to it.
func TestHostileRedirectToPrivate(t *testing.T) {
	targets := []string{
		"http://2130706433/x",         // decimal
		"http://0x7f000001/x",         // hex
		"http://0177.0.0.1/x",         // octal
		"http://127.1/x",              // short form
		"http://[::1]/x",              // IPv6 loopback
		"http://[::ffff:127.0.0.1]/x", // IPv4-mapped
		"http://[::ffff:7f00:1]/x",    // IPv4-mapped, hex
		"http://[64:ff9b::7f00:1]/x",  // NAT64 of loopback
		"http://2852039166/latest",    // 169.254.169.254, decimal
		"http://10.1.259/x",           // 10.1.1.3, short form
	}
	// And every refused spelling of the outbound-address policy's table.
	for _, h := range netguardtest.Hosts {
		if h.Blocked() {
			targets = append(targets, h.URL("http", "", "/x"))
		}
	}
	srv, log := crawltest.MustFetchServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		i, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/to/"))
		if err != nil || i >= len(targets) {
			http.NotFound(w, r)
			return
		}
		http.Redirect(w, r, targets[i], http.StatusFound)
	}))
	cfg := crawltest.FastConfig()
	cfg.Base = dialTo(srv)
	cfg.BlockPrivate = true
	cr := crawler.New(cfg)
	t.Cleanup(cr.Client().CloseIdleConnections)

	var urls []string
	for i := range targets {
		urls = append(urls, "http://public.example/to/"+strconv.Itoa(i))
	}
	sink := &crawltest.MemSink{}
	if _, err := cr.Crawl(t.Context(), urls, sink); err != nil {
		t.Fatal(err)
	}
	got := sink.ByURL()
	for i, u := range urls {
		if k := crawltest.KindOf(got[u]); k != scout.FailBlocked {
			t.Errorf("%s → %s: kind = %q, want %q", u, targets[i], k, scout.FailBlocked)
		}
	}
	for _, h := range log.Hits() {
		if !strings.HasPrefix(h.Path, "/to/") && h.Path != "/robots.txt" {
			t.Errorf("a redirect target was requested: %s", h.Path)
		}
	}
}
