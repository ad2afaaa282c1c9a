package crawler

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"syscall"
	"time"

	"github.com/scout-oss/scout"
)

// internalRanges are the address ranges BlockPrivate refuses, each with the
// reason named in the error. More specific ranges come first.
var internalRanges = []struct {
	prefix netip.Prefix
	reason string
}{
	{netip.MustParsePrefix("169.254.169.254/32"), "link-local (cloud metadata)"},
	{netip.MustParsePrefix("255.255.255.255/32"), "broadcast"},
	{netip.MustParsePrefix("0.0.0.0/8"), "unspecified"},
	{netip.MustParsePrefix("127.0.0.0/8"), "loopback"},
	{netip.MustParsePrefix("10.0.0.0/8"), "private"},
	{netip.MustParsePrefix("172.16.0.0/12"), "private"},
	{netip.MustParsePrefix("192.168.0.0/16"), "private"},
	{netip.MustParsePrefix("100.64.0.0/10"), "carrier-grade NAT"},
	{netip.MustParsePrefix("169.254.0.0/16"), "link-local"},
	{netip.MustParsePrefix("224.0.0.0/4"), "multicast"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved"},
	{netip.MustParsePrefix("::/128"), "unspecified"},
	{netip.MustParsePrefix("::1/128"), "loopback"},
	{netip.MustParsePrefix("fc00::/7"), "private"},
	{netip.MustParsePrefix("fe80::/10"), "link-local"},
	{netip.MustParsePrefix("fec0::/10"), "site-local"},
	{netip.MustParsePrefix("ff00::/8"), "multicast"},
	{netip.MustParsePrefix("64:ff9b:1::/48"), "local-use NAT64"},
}

var (
	// nat64 is the well-known NAT64 prefix (RFC 6052): the last 32 bits
	// are an IPv4 address, reached through the operator's translator.
	nat64 = netip.MustParsePrefix("64:ff9b::/96")
	// v4compat is the deprecated IPv4-compatible form ::a.b.c.d.
	v4compat = netip.MustParsePrefix("::/96")
	// sixToFour embeds an IPv4 address in bits 16 to 48 (RFC 3056).
	sixToFour = netip.MustParsePrefix("2002::/16")
)

// CheckIP returns nil for an address Scout may connect to when BlockPrivate
// is set, and an error wrapping ErrBlocked that names the reason otherwise:
// loopback, private (RFC 1918, fc00::/7), link-local (169.254.0.0/16, the
// 169.254.169.254 cloud metadata address among them, fe80::/10),
// unspecified, multicast, carrier-grade NAT (100.64.0.0/10), reserved, and
// any of those inside IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible, NAT64
// (64:ff9b::/96) or 6to4 IPv6 addresses. The dialer calls it on every
// address it connects to; the crawl API may call it (or CheckHost) to refuse
// a target up front with a clear message.
func CheckIP(ip netip.Addr) error {
	if reason := internalReason(ip); reason != "" {
		return fmt.Errorf("%s is not a public address (%s): %w", ip, reason, ErrBlocked)
	}
	return nil
}

// internalReason names why ip is internal, or returns "".
func internalReason(ip netip.Addr) string {
	if !ip.IsValid() {
		return "invalid"
	}
	ip = ip.WithZone("")
	if ip.Is4In6() {
		if r := internalReason(ip.Unmap()); r != "" {
			return "IPv4-mapped " + r
		}
		return ""
	}
	if ip.Is6() {
		b := ip.As16()
		switch {
		case nat64.Contains(ip):
			if r := internalReason(netip.AddrFrom4([4]byte(b[12:16]))); r != "" {
				return "NAT64 " + r
			}
			return ""
		case v4compat.Contains(ip) && ip.Compare(netip.MustParseAddr("::1")) > 0:
			if r := internalReason(netip.AddrFrom4([4]byte(b[12:16]))); r != "" {
				return "IPv4-compatible " + r
			}
		case sixToFour.Contains(ip):
			if r := internalReason(netip.AddrFrom4([4]byte(b[2:6]))); r != "" {
				return "6to4 " + r
			}
		}
	}
	for _, r := range internalRanges {
		if r.prefix.Contains(ip) {
			return r.reason
		}
	}
	return ""
}

// CheckHost resolves host (a name or an IP literal in any spelling) and
// returns an error wrapping ErrBlocked when any of its addresses fails
// CheckIP, or the resolver's error. It lets the crawl API refuse a target
// with a 400 when it is submitted; only the dialer's check, at connect time,
// is proof against DNS rebinding.
func CheckHost(ctx context.Context, host string) error {
	if ip, ok := parseIPLiteral(host); ok {
		return CheckIP(ip)
	}
	ips, err := net.DefaultResolver.LookupNetIP(ctx, "ip", host)
	if err != nil {
		return fmt.Errorf("resolve %s: %w", host, err)
	}
	for _, ip := range ips {
		if err := CheckIP(ip); err != nil {
			return fmt.Errorf("%s resolves to %w", host, err)
		}
	}
	return nil
}

// guardedDialer is the BlockPrivate dialer: its Control hook runs after the
// name is resolved and before each connect(2), on the very address being
// dialled, so a name that resolves to a public address when checked and a
// private one when used (DNS rebinding) is still refused. allow lists
// exceptions (IP and port).
func guardedDialer(allow []netip.AddrPort) *net.Dialer {
	return &net.Dialer{
		Timeout:   30 * time.Second,
		KeepAlive: 30 * time.Second,
		Control: func(_, address string, _ syscall.RawConn) error {
			return checkDialAddr(address, allow)
		},
	}
}

// checkDialAddr is the dialer's check of one resolved "ip:port". It fails
// closed: an address it cannot parse is refused.
func checkDialAddr(address string, allow []netip.AddrPort) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("dial %s: unparseable address: %w", address, ErrBlocked)
	}
	ip := ap.Addr().WithZone("").Unmap()
	for _, a := range allow {
		if a.Addr().WithZone("").Unmap() == ip && a.Port() == ap.Port() {
			return nil
		}
	}
	if err := CheckIP(ap.Addr()); err != nil {
		return fmt.Errorf("dial %s: %w", address, err)
	}
	return nil
}

// parseIPLiteral reads host as an IP address in any form inet_aton(3)
// accepts; see scout.ParseIPLiteral, which the API's target check shares.
func parseIPLiteral(host string) (netip.Addr, bool) { return scout.ParseIPLiteral(host) }
