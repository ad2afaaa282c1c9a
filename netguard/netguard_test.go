package netguard_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"

	"github.com/scout-oss/scout/netguard"
	"github.com/scout-oss/scout/netguard/netguardtest"
)

// checkRefusal reports what is wrong with err as the outcome of checking
// a case that should be refused naming reason (blocked) or allowed.
func checkRefusal(err error, blocked bool, reason string) string {
	switch {
	case !blocked && err != nil:
		return fmt.Sprintf("%v, want allowed", err)
	case !blocked:
		return ""
	case !errors.Is(err, netguard.ErrBlocked):
		return fmt.Sprintf("%v, want ErrBlocked", err)
	case !strings.Contains(err.Error(), reason):
		return fmt.Sprintf("%q, want the reason %q", err, reason)
	}
	return ""
}

func TestReason(t *testing.T) {
	for _, c := range netguardtest.Hosts {
		if c.Addr == "" {
			continue
		}
		got := netguard.Reason(netip.MustParseAddr(c.Addr))
		if (got != "") != c.Blocked() || !strings.Contains(got, c.DialReason()) {
			t.Errorf("Reason(%s) = %q, want %q", c.Addr, got, c.DialReason())
			continue
		}
	}
	if got := netguard.Reason(netip.Addr{}); got == "" {
		t.Error("the zero Addr passes")
	}
}

func TestCheckURL(t *testing.T) {
	for _, c := range netguardtest.Hosts {
		for _, raw := range []string{c.URL("http", "", "/"), c.URL("https", "8443", "/x?y=1")} {
			u, err := netguard.Policy{}.CheckURL(raw)
			if msg := checkRefusal(err, c.Blocked(), c.Reason); msg != "" {
				t.Errorf("CheckURL(%s) = %s", raw, msg)
				continue
			}
			if err == nil && u.String() == "" {
				t.Errorf("CheckURL(%s) returned no URL", raw)
			}
		}
	}
	for _, c := range netguardtest.URLs {
		_, err := netguard.Policy{}.CheckURL(c.URL)
		if msg := checkRefusal(err, true, c.Reason); msg != "" {
			t.Errorf("CheckURL(%s) = %s", c.URL, msg)
			continue
		}
	}
}

func TestCheckHostAllowPrivate(t *testing.T) {
	p := netguard.Policy{AllowPrivate: true}
	for _, h := range []string{"127.0.0.1", "localhost", "[::1]", "10.0.0.1", "2130706433"} {
		if err := p.CheckHost(h, "80"); err != nil {
			t.Errorf("AllowPrivate: CheckHost(%s) = %v", h, err)
		}
	}
	// The URL checks stay on.
	if _, err := p.CheckURL("ftp://127.0.0.1/"); !errors.Is(err, netguard.ErrBlocked) {
		t.Errorf("AllowPrivate lets ftp through: %v", err)
	}
	if err := p.CheckHost("", "80"); !errors.Is(err, netguard.ErrBlocked) {
		t.Errorf("AllowPrivate lets an empty host through: %v", err)
	}
}

func TestAllow(t *testing.T) {
	p := netguard.Policy{Allow: []netip.AddrPort{netip.MustParseAddrPort("127.0.0.1:8080")}}
	for _, c := range []struct {
		url     string
		blocked bool
	}{
		{"http://127.0.0.1:8080/@maya", false},
		{"http://[::ffff:127.0.0.1]:8080/", false}, // the same address, mapped
		{"http://2130706433:8080/", false},         // the same address, spelled otherwise
		{"http://127.0.0.1:8081/", true},           // another port is not
		{"http://127.0.0.1/", true},
		{"http://[::1]:8080/", true},
		{"http://localhost:8080/", true}, // names are not on the list
	} {
		_, err := p.CheckURL(c.url)
		if got := errors.Is(err, netguard.ErrBlocked); got != c.blocked {
			t.Errorf("CheckURL(%s) = %v, want blocked %v", c.url, err, c.blocked)
		}
	}
	for _, c := range []struct {
		addr    string
		blocked bool
	}{
		{"127.0.0.1:8080", false},
		{"[::ffff:127.0.0.1]:8080", false},
		{"127.0.0.1:8081", true},
		{"93.184.215.14:443", false},
		{"not-an-address", true}, // fails closed
		{"[fe80::1%eth0]:80", true},
	} {
		err := p.Control("tcp", c.addr, nil)
		if got := errors.Is(err, netguard.ErrBlocked); got != c.blocked {
			t.Errorf("Control(%s) = %v, want blocked %v", c.addr, err, c.blocked)
		}
	}
}

func TestControl(t *testing.T) {
	for _, c := range netguardtest.Hosts {
		if c.Addr == "" {
			continue
		}
		addr := net.JoinHostPort(c.Addr, "443")
		err := netguard.Policy{}.Control("tcp", addr, nil)
		if msg := checkRefusal(err, c.Blocked(), c.DialReason()); msg != "" {
			t.Errorf("Control(%s) = %s", addr, msg)
			continue
		}
	}
	if err := (netguard.Policy{AllowPrivate: true}).Control("tcp", "127.0.0.1:80", nil); err != nil {
		t.Errorf("AllowPrivate: %v", err)
	}
}

// mustListener listens on loopback and counts the connections it accepts.
func mustListener(tb testing.TB) (net.Listener, *atomic.Int64) {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { ln.Close() })
	var n atomic.Int64
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			n.Add(1)
			c.Close()
		}
	}()
	return ln, &n
}

// TestDialer dials for real: the policy's check runs on the address being
// connected to, after the name is resolved, and nothing reaches the
// listener unless the policy allows it.
func TestDialer(t *testing.T) {
	ln, accepted := mustListener(t)
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	d := netguard.Policy{}.Dialer(&net.Dialer{})
	for _, addr := range []string{"localhost:" + port, "127.0.0.1:" + port, "[::ffff:127.0.0.1]:" + port} {
		if _, err := d.DialContext(t.Context(), "tcp", addr); !errors.Is(err, netguard.ErrBlocked) || !strings.Contains(err.Error(), "loopback") {
			t.Errorf("dial %s: %v, want refused as loopback", addr, err)
		}
	}
	// Every refused address of the table, dialled: refused before connect.
	for _, c := range netguardtest.Hosts {
		if c.Addr == "" || !c.Blocked() {
			continue
		}
		addr := net.JoinHostPort(c.Addr, port)
		ctx, cancel := context.WithTimeout(t.Context(), 2e9)
		_, err := d.DialContext(ctx, "tcp", addr)
		cancel()
		if msg := checkRefusal(err, true, c.DialReason()); msg != "" {
			t.Errorf("dial %s: %s", addr, msg)
		}
	}
	if n := accepted.Load(); n != 0 {
		t.Errorf("the loopback listener accepted %d connections", n)
	}

	// The allow-list and AllowPrivate let loopback through; the caller's
	// own Control still runs after the policy's.
	var ran atomic.Bool
	allow := netguard.Policy{Allow: []netip.AddrPort{netip.MustParseAddrPort(ln.Addr().String())}}.Dialer(&net.Dialer{
		Control: func(string, string, syscall.RawConn) error { ran.Store(true); return nil },
	})
	for name, d := range map[string]*net.Dialer{"Allow": allow, "AllowPrivate": netguard.Policy{AllowPrivate: true}.Dialer(&net.Dialer{})} {
		c, err := d.DialContext(t.Context(), "tcp", ln.Addr().String())
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		c.Close()
	}
	if !ran.Load() {
		t.Error("the dialer's own Control did not run")
	}
}

func TestTransport(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	port := srv.URL[strings.LastIndexByte(srv.URL, ':')+1:]
	c := &http.Client{Transport: netguard.Policy{}.Transport()}
	for _, u := range []string{srv.URL, "http://localhost:" + port + "/"} {
		resp, err := c.Get(u)
		if err == nil {
			resp.Body.Close()
		}
		if !errors.Is(err, netguard.ErrBlocked) {
			t.Errorf("GET %s: %v, want ErrBlocked", u, err)
		}
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the loopback server got %d requests", n)
	}
	c = &http.Client{Transport: netguard.Policy{AllowPrivate: true}.Transport()}
	resp, err := c.Get(srv.URL)
	if err != nil {
		t.Fatalf("AllowPrivate: %v", err)
	}
	resp.Body.Close()
	if p := (netguard.Policy{}).Transport().Proxy; p != nil {
		t.Error("the guarded transport uses a proxy")
	}
}

func ExamplePolicy_CheckURL() {
	for _, raw := range []string{
		"http://0x7f.1:6379/",
		"https://[64:ff9b::a9fe:a9fe]/latest/meta-data/",
		"http://a.localhost/",
		"https://user:pw@example.com/",
		"https://example.com/@alice",
	} {
		_, err := netguard.Policy{}.CheckURL(raw)
		fmt.Println(err)
	}
	// Output:
	// 0x7f.1 is 127.0.0.1, not a public address: loopback (127.0.0.0/8)
	// 64:ff9b::a9fe:a9fe is not a public address: NAT64 (64:ff9b::/96) embedding 169.254.169.254, cloud metadata (AWS, Azure, Google Cloud and others), link-local (169.254.0.0/16)
	// a.localhost: loopback name (a.localhost always means this machine)
	// https://user:pw@example.com/: carries credentials (user:pass@); public pages and webhooks need none
	// <nil>
}
