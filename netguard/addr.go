package netguard

import (
	"net/netip"
)

// block is one refused range and the name its refusals give.
type block struct {
	prefix netip.Prefix
	name   string
}

func mustBlocks(pairs ...string) []block {
	out := make([]block, 0, len(pairs)/2)
	for i := 0; i < len(pairs); i += 2 {
		out = append(out, block{netip.MustParsePrefix(pairs[i]), pairs[i+1]})
	}
	return out
}

// v4Blocks are the IPv4 ranges refused: the IANA IPv4 Special-Purpose
// Address Registry (every entry, the few marked globally reachable too:
// AS112 and AMT serve no profile pages), plus multicast. More specific
// ranges come first.
var v4Blocks = mustBlocks(
	"0.0.0.0/32", "unspecified",
	"0.0.0.0/8", "this network",
	"10.0.0.0/8", "private",
	"100.64.0.0/10", "carrier-grade NAT, shared address space",
	"127.0.0.0/8", "loopback",
	"169.254.0.0/16", "link-local",
	"172.16.0.0/12", "private",
	"192.0.0.0/24", "IETF protocol assignments",
	"192.0.2.0/24", "documentation",
	"192.31.196.0/24", "AS112 DNS sink",
	"192.52.193.0/24", "AMT relay anycast",
	"192.88.99.0/24", "deprecated 6to4 relay anycast",
	"192.168.0.0/16", "private",
	"192.175.48.0/24", "AS112 DNS sink",
	"198.18.0.0/15", "benchmarking",
	"198.51.100.0/24", "documentation",
	"203.0.113.0/24", "documentation",
	"224.0.0.0/4", "multicast",
	"255.255.255.255/32", "limited broadcast",
	"240.0.0.0/4", "reserved",
)

// v6Blocks are the IPv6 ranges refused outright: the IANA IPv6
// Special-Purpose Address Registry (the forms that embed IPv4 are handled
// before this table, see reason6), plus site-local and multicast. Anything
// outside 2000::/3, the only block allocated for global unicast, is refused
// after them.
var v6Blocks = mustBlocks(
	"::/128", "unspecified",
	"::1/128", "loopback",
	"100::/64", "discard-only",
	"100:0:0:1::/64", "dummy prefix",
	"2001:2::/48", "benchmarking",
	"2001:10::/28", "deprecated ORCHID",
	"2001:20::/28", "ORCHIDv2",
	"2001:30::/28", "drone remote ID tags",
	"2001::/23", "IETF protocol assignments",
	"2001:db8::/32", "documentation",
	"3fff::/20", "documentation",
	"2620:4f:8000::/48", "AS112 DNS sink",
	"5f00::/16", "SRv6 segment identifiers",
	"fc00::/7", "unique local, private",
	"fe80::/10", "link-local",
	"fec0::/10", "deprecated site-local",
	"ff00::/8", "multicast",
)

// globalUnicast is the only IPv6 block allocated for global unicast.
var globalUnicast = netip.MustParsePrefix("2000::/3")

// metadata names cloud metadata and host endpoints, the addresses an SSRF
// is usually after. Most lie in a refused range anyway; the name makes the
// refusal say what the address is.
var metadata = map[netip.Addr]string{
	netip.MustParseAddr("169.254.169.254"): "cloud metadata (AWS, Azure, Google Cloud and others)",
	netip.MustParseAddr("169.254.170.2"):   "container metadata (Amazon ECS)",
	netip.MustParseAddr("100.100.100.200"): "cloud metadata (Alibaba Cloud)",
	netip.MustParseAddr("fd00:ec2::254"):   "cloud metadata (AWS, IPv6)",
	netip.MustParseAddr("168.63.129.16"):   "cloud host endpoint (Azure WireServer)",
}

// The IPv6 forms that carry an IPv4 address.
var (
	// nat64 is the well-known NAT64 prefix (RFC 6052): the last 32 bits are
	// an IPv4 address reached through the operator's translator.
	nat64 = netip.MustParsePrefix("64:ff9b::/96")
	// nat64Local is the local-use NAT64 prefix (RFC 8215).
	nat64Local = netip.MustParsePrefix("64:ff9b:1::/48")
	// v4Compat is the deprecated IPv4-compatible form ::a.b.c.d (RFC 4291).
	v4Compat = netip.MustParsePrefix("::/96")
	// sixToFour embeds an IPv4 address in bits 16 to 48 (RFC 3056,
	// deprecated by RFC 7526).
	sixToFour = netip.MustParsePrefix("2002::/16")
	// teredo embeds the server's IPv4 address in bits 32 to 64 and the
	// client's, inverted, in the last 32 bits (RFC 4380).
	teredo = netip.MustParsePrefix("2001::/32")
)

// Reason names why ip is not an address Scout may connect to, or returns
// "" when it is. The ranges are the IANA IPv4 and IPv6 special-purpose
// registries (loopback, private, carrier-grade NAT, link-local, "this
// network", IETF protocol assignments, documentation, benchmarking,
// reserved, limited broadcast, 6to4 relay anycast, AS112, AMT, discard-only,
// ORCHID, unique local, ...), multicast, IPv6 site-local, and IPv6 outside
// 2000::/3; cloud metadata addresses are named as such.
//
// The IPv6 forms that embed an IPv4 address name it in the reason:
//
//   - IPv4-mapped (::ffff:a.b.c.d) is the IPv4 address itself, and is judged
//     as that address;
//   - NAT64 (64:ff9b::/96) is judged by the IPv4 address it embeds: an
//     IPv6-only network with DNS64 gives every IPv4-only site an address
//     of this form, so refusing the range would refuse most of the web
//     there, while one embedding an internal address is refused;
//   - IPv4-compatible (::a.b.c.d), local-use NAT64 (64:ff9b:1::/48), 6to4
//     (2002::/16) and Teredo (2001::/32) are refused whatever they embed:
//     deprecated or local tunnel forms that no public profile needs, whose
//     far end Scout cannot see.
func Reason(ip netip.Addr) string {
	if !ip.IsValid() {
		return "not an IP address"
	}
	ip = ip.WithZone("")
	if ip.Is4In6() {
		v4 := ip.Unmap()
		if r := Reason(v4); r != "" {
			return "IPv4-mapped " + v4.String() + ", " + r
		}
		return ""
	}
	name := metadata[ip]
	var r string
	if ip.Is4() {
		r = reason4(ip)
	} else {
		r = reason6(ip)
	}
	switch {
	case name == "":
		return r
	case r == "":
		return name
	default:
		return name + ", " + r
	}
}

func reason4(ip netip.Addr) string {
	for _, b := range v4Blocks {
		if b.prefix.Contains(ip) {
			return b.name + " (" + b.prefix.String() + ")"
		}
	}
	return ""
}

func reason6(ip netip.Addr) string {
	b := ip.As16()
	switch {
	case ip == netip.IPv6Unspecified() || ip == netip.IPv6Loopback():
		// in v6Blocks; not IPv4-compatible addresses
	case nat64.Contains(ip):
		v4 := netip.AddrFrom4([4]byte(b[12:16]))
		if r := Reason(v4); r != "" {
			return "NAT64 (" + nat64.String() + ") embedding " + v4.String() + ", " + r
		}
		return ""
	case nat64Local.Contains(ip):
		return embedding("local-use NAT64 ("+nat64Local.String()+")", netip.AddrFrom4([4]byte(b[12:16])))
	case v4Compat.Contains(ip):
		return embedding("IPv4-compatible (::/96, deprecated)", netip.AddrFrom4([4]byte(b[12:16])))
	case sixToFour.Contains(ip):
		return embedding("6to4 ("+sixToFour.String()+", deprecated)", netip.AddrFrom4([4]byte(b[2:6])))
	case teredo.Contains(ip):
		client := netip.AddrFrom4([4]byte{^b[12], ^b[13], ^b[14], ^b[15]})
		return embedding("Teredo ("+teredo.String()+", server "+netip.AddrFrom4([4]byte(b[4:8])).String()+")", client)
	}
	for _, bl := range v6Blocks {
		if bl.prefix.Contains(ip) {
			return bl.name + " (" + bl.prefix.String() + ")"
		}
	}
	if !globalUnicast.Contains(ip) {
		return "not global unicast (outside " + globalUnicast.String() + ")"
	}
	return ""
}

// embedding is the reason of a refused form that carries v4: the form,
// v4, and v4's own reason when it has one.
func embedding(form string, v4 netip.Addr) string {
	if r := Reason(v4); r != "" {
		return form + " embedding " + v4.String() + ", " + r
	}
	return form + " embedding " + v4.String()
}

// CheckAddr returns nil for an address Scout may connect to, and an *Error
// naming the reason (see Reason) otherwise.
func CheckAddr(ip netip.Addr) error {
	if r := Reason(ip); r != "" {
		return &Error{Input: ip.String(), Addr: ip, Reason: r}
	}
	return nil
}
