package netguardtest_test

import (
	"net/netip"
	"net/url"
	"testing"

	"github.com/scout-oss/scout/netguard/netguardtest"
)

// TestHostsWellFormed keeps the shared table usable by every caller: each
// spelling makes a URL that parses back to the same host, each Addr is an
// IP address, and both refused and allowed spellings are present.
func TestHostsWellFormed(t *testing.T) {
	seen := map[string]bool{}
	var refused, allowed int
	for _, h := range netguardtest.Hosts {
		if seen[h.Host] {
			t.Errorf("%q listed twice", h.Host)
		}
		seen[h.Host] = true
		if h.Blocked() {
			refused++
		} else {
			allowed++
		}
		if h.Addr != "" {
			if _, err := netip.ParseAddr(h.Addr); err != nil {
				t.Errorf("%q: Addr %q: %v", h.Host, h.Addr, err)
				continue
			}
			if u, err := url.Parse(h.AddrURL("http", "80", "/x")); err != nil || u.Port() != "80" {
				t.Errorf("%q: AddrURL %q does not parse: %v", h.Host, h.AddrURL("http", "80", "/x"), err)
			}
		}
		if h.AddrReason != "" && !h.Blocked() {
			t.Errorf("%q: AddrReason without Reason", h.Host)
		}
	}
	if refused == 0 || allowed == 0 {
		t.Errorf("table has %d refused and %d allowed spellings; want both", refused, allowed)
	}
	if len(netguardtest.URLs) == 0 {
		t.Error("no URL shapes")
	}
}
