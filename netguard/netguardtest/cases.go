// Package netguardtest is the one table of hostile and ordinary spellings
// that every caller of netguard runs through its own entry point: the
// crawler's dialer and fetch check, the crawl API, schedules, shortlist
// pastes, and webhooks (saved and delivered). A new spelling added here is
// tested everywhere at once.
//
// It holds data only and imports nothing, so that tests of any package may
// use it.
package netguardtest

import "strings"

// Host is one spelling of a host and what the policy does with it.
type Host struct {
	// Host is the host as written in a URL's authority (IPv6 in brackets,
	// zones escaped as %25), without a port.
	Host string
	// Addr is the IP address Host names, as a dialer sees it after
	// resolution (or a resolver reading inet_aton forms, or Go's HTTP
	// client after IDNA mapping); "" for a name whose address only DNS
	// knows.
	Addr string
	// Reason is a phrase every refusal must contain; "" when the host is
	// allowed.
	Reason string
	// AddrReason is the phrase a refusal of Addr at connect time must
	// contain, when it differs from Reason: a host refused up front for
	// its spelling, and IPv4-mapped addresses, which Go dials as the IPv4
	// address they carry.
	AddrReason string
}

// DialReason is the phrase a refusal of Addr at connect time must contain.
func (h Host) DialReason() string {
	if h.AddrReason != "" {
		return h.AddrReason
	}
	return h.Reason
}

// Blocked reports whether the policy refuses h.
func (h Host) Blocked() bool { return h.Reason != "" }

// URL returns scheme://Host[:port]path.
func (h Host) URL(scheme, port, path string) string {
	hp := h.Host
	if port != "" {
		hp += ":" + port
	}
	return scheme + "://" + hp + path
}

// AddrURL returns scheme://Addr:port path, the address as a dialer sees
// it, bracketed when IPv6 (its zone escaped). Addr must be set.
func (h Host) AddrURL(scheme, port, path string) string {
	a := h.Addr
	if strings.Contains(a, ":") {
		a = "[" + strings.Replace(a, "%", "%25", 1) + "]"
	}
	return scheme + "://" + a + ":" + port + path
}

// Hosts are the hosts every caller checks: each internal address in the
// spellings resolvers and HTTP clients accept, each special-purpose range,
// each IPv6 form that embeds an IPv4 address, the loopback names, and
// ordinary public addresses and names that must pass.
var Hosts = []Host{
	// Loopback in every spelling.
	{"127.0.0.1", "127.0.0.1", "loopback (127.0.0.0/8)", ""},
	{"127.255.0.9", "127.255.0.9", "loopback", ""},
	{"2130706433", "127.0.0.1", "loopback", ""},   // decimal
	{"017700000001", "127.0.0.1", "loopback", ""}, // octal
	{"0x7f000001", "127.0.0.1", "loopback", ""},   // hex
	{"0X7F000001", "127.0.0.1", "loopback", ""},   // hex, upper case
	{"0177.0.0.1", "127.0.0.1", "loopback", ""},   // octal octet
	{"0x7f.0.0.1", "127.0.0.1", "loopback", ""},   // hex octet
	{"0x7f.1", "127.0.0.1", "loopback", ""},       // hex, short form
	{"127.1", "127.0.0.1", "loopback", ""},        // short form
	{"127.0.0.1.", "127.0.0.1", "loopback", ""},   // trailing dot
	{"[::1]", "::1", "loopback (::1/128)", ""},
	{"[::ffff:127.0.0.1]", "::ffff:127.0.0.1", "IPv4-mapped 127.0.0.1, loopback", "loopback"},
	{"[::ffff:7f00:1]", "::ffff:127.0.0.1", "IPv4-mapped 127.0.0.1, loopback", "loopback"},
	{"[::127.0.0.1]", "::127.0.0.1", "IPv4-compatible (::/96, deprecated) embedding 127.0.0.1, loopback", ""},
	{"[64:ff9b::7f00:1]", "64:ff9b::7f00:1", "NAT64 (64:ff9b::/96) embedding 127.0.0.1, loopback", ""},
	{"[64:ff9b::127.0.0.1]", "64:ff9b::7f00:1", "NAT64 (64:ff9b::/96) embedding 127.0.0.1, loopback", ""},
	{"[64:ff9b:1::7f00:1]", "64:ff9b:1::7f00:1", "local-use NAT64 (64:ff9b:1::/48) embedding 127.0.0.1", ""},
	{"[2002:7f00:1::]", "2002:7f00:1::", "6to4 (2002::/16, deprecated) embedding 127.0.0.1, loopback", ""},
	{"[2002:7f00:1::1]", "2002:7f00:1::1", "6to4 (2002::/16, deprecated) embedding 127.0.0.1", ""},
	// Teredo: server 65.54.227.120, client 127.0.0.1 (stored inverted).
	{"[2001:0:4136:e378:8000:63bf:80ff:fffe]", "2001:0:4136:e378:8000:63bf:80ff:fffe", "Teredo (2001::/32, server 65.54.227.120) embedding 127.0.0.1, loopback", ""},
	{"localhost", "", "loopback name", ""},
	{"LOCALHOST", "", "loopback name", ""},
	{"localhost.", "", "loopback name", ""},
	{"LOCALHOST.", "", "loopback name", ""},
	{"a.localhost", "", "loopback name", ""},
	{"admin.localhost", "", "loopback name", ""},
	{"ip6-localhost", "", "loopback name", ""},
	// Compatibility characters Go's HTTP client folds to ASCII (IDNA)
	// before it dials: each of these connects to 127.0.0.1.
	{Host: "１２７.０.０.１", Addr: "127.0.0.1", Reason: "IDNA", AddrReason: "loopback"},
	{Host: "①②⑦.⓪.⓪.①", Addr: "127.0.0.1", Reason: "IDNA", AddrReason: "loopback"},
	{Host: "127。0。0。1", Addr: "127.0.0.1", Reason: "IDNA", AddrReason: "loopback"},

	// Cloud metadata.
	{"169.254.169.254", "169.254.169.254", "cloud metadata (AWS, Azure, Google Cloud and others), link-local (169.254.0.0/16)", ""},
	{"2852039166", "169.254.169.254", "cloud metadata", ""},    // decimal
	{"169.254.43518", "169.254.169.254", "cloud metadata", ""}, // short form
	{"0xa9fea9fe", "169.254.169.254", "cloud metadata", ""},    // hex
	{"[::ffff:a9fe:a9fe]", "::ffff:169.254.169.254", "IPv4-mapped 169.254.169.254, cloud metadata", "cloud metadata"},
	{"[64:ff9b::a9fe:a9fe]", "64:ff9b::a9fe:a9fe", "NAT64 (64:ff9b::/96) embedding 169.254.169.254, cloud metadata", ""},
	{"[2002:a9fe:a9fe::]", "2002:a9fe:a9fe::", "6to4 (2002::/16, deprecated) embedding 169.254.169.254, cloud metadata", ""},
	{"[::169.254.169.254]", "::169.254.169.254", "IPv4-compatible (::/96, deprecated) embedding 169.254.169.254, cloud metadata", ""},
	{"169.254.170.2", "169.254.170.2", "container metadata (Amazon ECS)", ""},
	{"100.100.100.200", "100.100.100.200", "cloud metadata (Alibaba Cloud), carrier-grade NAT", ""},
	{"[fd00:ec2::254]", "fd00:ec2::254", "cloud metadata (AWS, IPv6), unique local, private", ""},
	{"168.63.129.16", "168.63.129.16", "cloud host endpoint (Azure WireServer)", ""},

	// The IPv4 special-purpose registry, and multicast.
	{"0", "0.0.0.0", "unspecified (0.0.0.0/32)", ""},
	{"0.0.0.0", "0.0.0.0", "unspecified", ""},
	{"0.1.2.3", "0.1.2.3", "this network (0.0.0.0/8)", ""},
	{"10.1.2.3", "10.1.2.3", "private (10.0.0.0/8)", ""},
	{"167772161", "10.0.0.1", "private", ""}, // decimal
	{"172.16.0.1", "172.16.0.1", "private (172.16.0.0/12)", ""},
	{"172.31.255.255", "172.31.255.255", "private", ""},
	{"192.168.1.1", "192.168.1.1", "private (192.168.0.0/16)", ""},
	{"0xc0a80001", "192.168.0.1", "private", ""}, // hex
	{"100.64.0.1", "100.64.0.1", "carrier-grade NAT, shared address space (100.64.0.0/10)", ""},
	{"100.127.255.255", "100.127.255.255", "carrier-grade NAT", ""},
	{"169.254.1.1", "169.254.1.1", "link-local (169.254.0.0/16)", ""},
	{"192.0.0.170", "192.0.0.170", "IETF protocol assignments (192.0.0.0/24)", ""},
	{"192.0.2.1", "192.0.2.1", "documentation (192.0.2.0/24)", ""},
	{"198.51.100.7", "198.51.100.7", "documentation (198.51.100.0/24)", ""},
	{"203.0.113.9", "203.0.113.9", "documentation (203.0.113.0/24)", ""},
	{"192.31.196.1", "192.31.196.1", "AS112", ""},
	{"192.52.193.1", "192.52.193.1", "AMT relay anycast", ""},
	{"192.88.99.1", "192.88.99.1", "6to4 relay anycast", ""},
	{"192.175.48.1", "192.175.48.1", "AS112", ""},
	{"198.18.0.1", "198.18.0.1", "benchmarking (198.18.0.0/15)", ""},
	{"198.19.255.255", "198.19.255.255", "benchmarking", ""},
	{"224.0.0.1", "224.0.0.1", "multicast (224.0.0.0/4)", ""},
	{"239.255.255.250", "239.255.255.250", "multicast", ""},
	{"240.0.0.1", "240.0.0.1", "reserved (240.0.0.0/4)", ""},
	{"255.255.255.255", "255.255.255.255", "limited broadcast", ""},

	// The IPv6 special-purpose registry, site-local, multicast and the
	// space outside 2000::/3.
	{"[::]", "::", "unspecified (::/128)", ""},
	{"[::2]", "::2", "IPv4-compatible", ""},
	{"[100::1]", "100::1", "discard-only (100::/64)", ""},
	{"[2001:2::1]", "2001:2::1", "benchmarking (2001:2::/48)", ""},
	{"[2001:10::1]", "2001:10::1", "ORCHID", ""},
	{"[2001:20::1]", "2001:20::1", "ORCHIDv2", ""},
	{"[2001:1::1]", "2001:1::1", "IETF protocol assignments (2001::/23)", ""},
	{"[2001:db8::1]", "2001:db8::1", "documentation (2001:db8::/32)", ""},
	{"[3fff::1]", "3fff::1", "documentation (3fff::/20)", ""},
	{"[2620:4f:8000::1]", "2620:4f:8000::1", "AS112", ""},
	{"[5f00::1]", "5f00::1", "SRv6", ""},
	{"[fc00::1]", "fc00::1", "unique local, private (fc00::/7)", ""},
	{"[fe80::1]", "fe80::1", "link-local (fe80::/10)", ""},
	{"[fe80::1%25eth0]", "fe80::1%eth0", "link-local (fe80::/10)", ""},
	{"[fec0::1]", "fec0::1", "site-local", ""},
	{"[ff02::1]", "ff02::1", "multicast (ff00::/8)", ""},
	{"[4000::1]", "4000::1", "not global unicast (outside 2000::/3)", ""},
	{"[::ffff:10.0.0.1]", "::ffff:10.0.0.1", "IPv4-mapped 10.0.0.1, private", "private"},
	{"[2002:c0a8:1::1]", "2002:c0a8:1::1", "6to4 (2002::/16, deprecated) embedding 192.168.0.1, private", ""},
	{"[2002:808:808::1]", "2002:808:808::1", "6to4 (2002::/16, deprecated) embedding 8.8.8.8", ""},
	{"[64:ff9b:1::808:808]", "64:ff9b:1::808:808", "local-use NAT64", ""},

	// Public addresses and names: allowed.
	{"8.8.8.8", "8.8.8.8", "", ""},
	{"93.184.215.14", "93.184.215.14", "", ""},
	{"172.32.0.1", "172.32.0.1", "", ""},
	{"100.128.0.1", "100.128.0.1", "", ""},
	{"198.20.0.1", "198.20.0.1", "", ""},
	{"[2606:4700:4700::1111]", "2606:4700:4700::1111", "", ""},
	{"[::ffff:8.8.8.8]", "::ffff:8.8.8.8", "", ""},
	{"[64:ff9b::808:808]", "64:ff9b::808:808", "", ""}, // NAT64 of a public address (DNS64 networks)
	{"example.com", "", "", ""},
	{"127.0.0.1.example.com", "", "", ""},
	{"localhost.example.com", "", "", ""},
	{"bücher.example", "", "", ""},
}

// URL is a URL refused up front whatever its host, with a phrase the
// refusal must contain.
type URL struct {
	URL, Reason string
}

// URLs are the URL shapes every up-front check refuses.
var URLs = []URL{
	{"https://user:pass@example.com/", "credentials"},
	{"https://example.com@127.0.0.1/", "credentials"},
	{"https://user@example.com/", "credentials"},
	{"ftp://example.com/", "only http and https"},
	{"file:///etc/passwd", "only http and https"},
	{"gopher://127.0.0.1:6379/_", "only http and https"},
	{"https:///path", "empty host"},
	{"https://:443/", "empty host"},
	{"http:example.com", "not an absolute URL"},
	{"https://[::1/", "not a URL"},
}
