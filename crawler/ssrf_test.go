package crawler_test

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/netguard/netguardtest"
)

func TestCheckDialAddr(t *testing.T) {
	allow := []netip.AddrPort{netip.MustParseAddrPort("127.0.0.1:8080")}
	for _, tc := range []struct {
		addr    string
		blocked bool
	}{
		{"93.184.215.14:443", false},
		{"127.0.0.1:8080", false},          // on the allow-list
		{"[::ffff:127.0.0.1]:8080", false}, // the same address, mapped
		{"127.0.0.1:8081", true},           // another port is not
		{"[::1]:8080", true},
		{"169.254.169.254:80", true},
		{"not-an-address", true}, // fails closed
	} {
		err := crawler.CheckDialAddr(tc.addr, allow)
		if got := errors.Is(err, crawler.ErrBlocked); got != tc.blocked {
			t.Errorf("CheckDialAddr(%s) = %v, want blocked %v", tc.addr, err, tc.blocked)
		}
	}
}

// TestBlockPrivateTable runs the outbound-address policy's table through
// the crawler's two entry points: the dialer's check of each address it
// connects to, and a fetch of each refused spelling, refused before
// anything is sent (names included: "localhost" never reaches the
// resolver).
func TestBlockPrivateTable(t *testing.T) {
	srv, log := crawltest.MustFetchServer(t, robotsWith(""))
	port := srv.URL[strings.LastIndexByte(srv.URL, ':')+1:]
	cfg := crawltest.FastConfig()
	cfg.BlockPrivate = true
	c := crawler.NewClient(cfg)
	t.Cleanup(c.CloseIdleConnections)
	for _, h := range netguardtest.Hosts {
		if h.Addr != "" {
			addr := net.JoinHostPort(h.Addr, port)
			err := crawler.CheckDialAddr(addr, nil)
			if got := errors.Is(err, crawler.ErrBlocked); got != h.Blocked() || h.Blocked() && !strings.Contains(err.Error(), h.DialReason()) {
				t.Errorf("dial %s: %v, want blocked %v naming %q", addr, err, h.Blocked(), h.DialReason())
			}
		}
		if !h.Blocked() {
			continue // allowed hosts would be fetched from the internet
		}
		u := h.URL("http", port, "/page")
		_, _, err := mustGet(t, t.Context(), c, u, nil)
		if !errors.Is(err, crawler.ErrBlocked) || !strings.Contains(err.Error(), h.Reason) {
			t.Errorf("GET %s: %v, want ErrBlocked naming %q", u, err, h.Reason)
			continue
		}
		if got, want := crawler.Classify(err, 0), scout.FailBlocked; got != want {
			t.Errorf("GET %s: kind = %q, want %q", u, got, want)
		}
	}
	if hits := log.Hits(); len(hits) != 0 {
		t.Errorf("the loopback server got %d requests: %v", len(hits), hits)
	}
}

// TestGuardedDialer dials a name that resolves to loopback with the
// crawler's own dialer: the check runs on the resolved address.
func TestGuardedDialer(t *testing.T) {
	srv, log := crawltest.MustFetchServer(t, robotsWith(""))
	port := srv.URL[strings.LastIndexByte(srv.URL, ':')+1:]
	for _, addr := range []string{"localhost:" + port, srv.Listener.Addr().String()} {
		_, err := crawler.GuardedDialer(nil).DialContext(t.Context(), "tcp", addr)
		if !errors.Is(err, crawler.ErrBlocked) || !strings.Contains(err.Error(), "loopback") {
			t.Errorf("dial %s: %v, want ErrBlocked naming loopback", addr, err)
		}
	}
	conn, err := crawler.GuardedDialer([]netip.AddrPort{netip.MustParseAddrPort(srv.Listener.Addr().String())}).DialContext(t.Context(), "tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatalf("allowed address: %v", err)
	}
	conn.Close()
	if hits := log.Hits(); len(hits) != 0 {
		t.Errorf("the loopback server got %d requests: %v", len(hits), hits)
	}
}

// TestBlockPrivate sends requests that all end up at a loopback server,
// spelled in the ways an attacker would try: none may reach it.
func TestBlockPrivate(t *testing.T) {
	srv, log := crawltest.MustFetchServer(t, robotsWith(""))
	port := srv.URL[strings.LastIndexByte(srv.URL, ':')+1:]
	cfg := crawltest.FastConfig()
	cfg.BlockPrivate = true
	c := crawler.NewClient(cfg)
	t.Cleanup(c.CloseIdleConnections)

	for _, host := range []string{
		"localhost", // a name that resolves to 127.0.0.1: caught by the dialer
		"127.0.0.1",
		"2130706433",
		"0x7f000001",
		"0177.0.0.1",
		"127.1",
		"[::1]",
		"[::ffff:127.0.0.1]",
		"[::ffff:7f00:1]",
	} {
		u := "http://" + host + ":" + port + "/page"
		_, _, err := mustGet(t, t.Context(), c, u, nil)
		if !errors.Is(err, crawler.ErrBlocked) {
			t.Errorf("%s: err = %v, want ErrBlocked", u, err)
			continue
		}
		if got, want := crawler.Classify(err, 0), scout.FailBlocked; got != want {
			t.Errorf("%s: kind = %q, want %q", u, got, want)
		}
		if !strings.Contains(err.Error(), "loopback") {
			t.Errorf("%s: err = %q, want the reason (loopback) named", u, err)
		}
	}
	if hits := log.Hits(); len(hits) != 0 {
		t.Errorf("the loopback server got %d requests: %v", len(hits), hits)
	}
}

func TestBlockPrivateRedirect(t *testing.T) {
	inner, innerLog := crawltest.MustFetchServer(t, robotsWith(""))
	innerPort := inner.URL[strings.LastIndexByte(inner.URL, ':')+1:]
	outer, outerLog := crawltest.MustFetchServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/to-inner":
			http.Redirect(w, r, "http://localhost:"+innerPort+"/secret", http.StatusFound)
		case "/to-metadata":
			http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
		default:
			w.Write([]byte("ok"))
		}
	}))
	cfg := crawltest.FastConfig()
	cfg.BlockPrivate = true
	// The outer server stands in for a public site: it alone is let through.
	cfg.AllowPrivate = []netip.AddrPort{netip.MustParseAddrPort(outer.Listener.Addr().String())}
	c := crawler.NewClient(cfg)
	t.Cleanup(c.CloseIdleConnections)

	if _, _, err := mustGet(t, t.Context(), c, outer.URL+"/public", nil); err != nil {
		t.Fatalf("allowed server: %v", err)
	}
	for _, tc := range []struct{ path, reason string }{
		{"/to-inner", "loopback"},
		{"/to-metadata", "cloud metadata"},
	} {
		_, _, err := mustGet(t, t.Context(), c, outer.URL+tc.path, nil)
		if !errors.Is(err, crawler.ErrBlocked) || !strings.Contains(err.Error(), tc.reason) {
			t.Errorf("%s: err = %v, want ErrBlocked naming %q", tc.path, err, tc.reason)
		}
		if got := outerLog.Count(tc.path); got != 1 {
			t.Errorf("%s requested %d times, want 1 (blocked at the redirect, not retried)", tc.path, got)
		}
	}
	if hits := innerLog.Hits(); len(hits) != 0 {
		t.Errorf("the private server got %d requests: %v", len(hits), hits)
	}
}

func TestBlockPrivateOffByDefault(t *testing.T) {
	srv, _ := crawltest.MustFetchServer(t, robotsWith(""))
	port := srv.URL[strings.LastIndexByte(srv.URL, ':')+1:]
	c := crawler.NewClient(crawltest.FastConfig())
	t.Cleanup(c.CloseIdleConnections)
	if _, _, err := mustGet(t, t.Context(), c, "http://localhost:"+port+"/page", nil); err != nil {
		t.Errorf("loopback with BlockPrivate off: %v", err)
	}
}

var denyDomainTests = []struct {
	in, want string
	ok       bool
}{
	{"example.com", "example.com", true},
	{"Example.COM.", "example.com", true},
	{"*.example.com", "example.com", true},
	{".example.com", "example.com", true},
	{"https://www.example.com/path", "www.example.com", true},
	{"example.com:8080", "example.com", true},
	{"alice.github.io", "alice.github.io", true},
	{"bücher.example", "xn--bcher-kva.example", true},
	{"com", "", false},
	{"co.uk", "", false},
	{"github.io", "", false},
	{"", "", false},
	{"  ", "", false},
}

func TestParseDenyDomain(t *testing.T) {
	for _, tc := range denyDomainTests {
		got, err := crawler.ParseDenyDomain(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseDenyDomain(%q) = %q, %v; want %q, ok %v", tc.in, got, err, tc.want, tc.ok)
			continue
		}
	}
}

// dialTo is a base transport that connects every request, whatever its
// host, to srv: it lets tests use real domain names on loopback.
func dialTo(srv *httptest.Server) http.RoundTripper {
	addr := srv.Listener.Addr().String()
	return &http.Transport{DialContext: func(ctx context.Context, network, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, network, addr)
	}}
}

func TestDenyDomains(t *testing.T) {
	srv, log := crawltest.MustFetchServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/away":
			http.Redirect(w, r, "http://cdn.denied.example/x", http.StatusFound)
		default:
			w.Write([]byte("ok"))
		}
	}))
	cfg := crawltest.FastConfig()
	cfg.Base = dialTo(srv)
	cfg.DenyDomains = []string{"denied.example", "alice.github.io"}
	c := crawler.NewClient(cfg)
	t.Cleanup(c.CloseIdleConnections)

	for _, tc := range []struct {
		url     string
		blocked bool
	}{
		{"http://denied.example/a", true},
		{"http://www.Denied.Example/b", true},
		{"http://alice.github.io/c", true},
		{"http://bob.github.io/d", false},
		{"http://notdenied.example/e", false},
		{"http://denied.example.org/f", false},
		{"http://fine.example/away", true}, // redirects into the denied domain
	} {
		_, _, err := mustGet(t, t.Context(), c, tc.url, nil)
		if got := errors.Is(err, crawler.ErrBlocked); got != tc.blocked {
			t.Errorf("%s: err = %v, want blocked %v", tc.url, err, tc.blocked)
			continue
		}
		if tc.blocked {
			if got, want := crawler.Classify(err, 0), scout.FailBlocked; got != want {
				t.Errorf("%s: kind = %q, want %q", tc.url, got, want)
			}
		}
	}
	for _, h := range log.Hits() {
		if h.Path == "/a" || h.Path == "/b" || h.Path == "/c" || h.Path == "/x" {
			t.Errorf("denied %s was requested", h.Path)
		}
	}

	t.Run("Crawl", func(t *testing.T) {
		cr := crawler.New(cfg)
		t.Cleanup(cr.Client().CloseIdleConnections)
		sink := &crawltest.MemSink{}
		u := "http://www.denied.example/alice"
		if _, err := cr.Crawl(t.Context(), []string{u}, sink); err != nil {
			t.Fatal(err)
		}
		if got, want := crawltest.KindOf(sink.ByURL()[u]), scout.FailBlocked; got != want {
			t.Errorf("kind = %q, want %q", got, want)
		}
	})
}
