package scout

import (
	"net/netip"
	"strconv"
	"strings"
)

// ParseIPLiteral reads host as an IP address, accepting besides the usual
// forms the ones inet_aton(3) accepts and some resolvers pass on:
// "2130706433", "0x7f000001", "0177.0.0.1", "127.1". A host that is not an
// IP literal in any of these forms is a name (ok false). The
// outbound-address policy (netguard) reads hosts with it, so that no
// up-front check lets "http://2130706433/" through as a name.
func ParseIPLiteral(host string) (netip.Addr, bool) {
	host = strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(host, "["), "]"), ".")
	if ip, err := netip.ParseAddr(host); err == nil {
		return ip, true
	}
	parts := strings.Split(host, ".")
	if len(parts) > 4 {
		return netip.Addr{}, false
	}
	vals := make([]uint64, len(parts))
	for i, p := range parts {
		v, err := parseInetPart(p)
		if err != nil {
			return netip.Addr{}, false
		}
		vals[i] = v
	}
	// a.b.c.d, a.b.c (c 16 bits), a.b (b 24 bits), a (32 bits).
	var n uint64
	last := len(vals) - 1
	for i, v := range vals[:last] {
		if v > 0xff {
			return netip.Addr{}, false
		}
		n |= v << (8 * (3 - i))
	}
	if vals[last] >= 1<<(8*(4-last)) {
		return netip.Addr{}, false
	}
	n |= vals[last]
	return netip.AddrFrom4([4]byte{byte(n >> 24), byte(n >> 16), byte(n >> 8), byte(n)}), true
}

// parseInetPart reads one inet_aton part: decimal, 0x hex or 0 octal.
func parseInetPart(p string) (uint64, error) {
	switch {
	case p == "":
		return 0, strconv.ErrSyntax
	case len(p) > 2 && (p[:2] == "0x" || p[:2] == "0X"):
		return strconv.ParseUint(p[2:], 16, 32)
	case len(p) > 1 && p[0] == '0':
		return strconv.ParseUint(p[1:], 8, 32)
	default:
		return strconv.ParseUint(p, 10, 32)
	}
}
