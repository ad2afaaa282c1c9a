// Package netguard is Scout's one outbound-address policy: which addresses
// a request Scout makes on someone else's behalf (a crawl target, a
// redirect, a webhook, anything fetched later) may reach.
//
// It answers at the two places a request can be judged:
//
//   - up front, when a URL or host is submitted (CheckURL, CheckHost): the
//     scheme, credentials, empty hosts, loopback names and every spelling of
//     an IP literal (inet_aton forms via scout.ParseIPLiteral, IPv6 with
//     zones, trailing dots, compatibility characters IDNA folds to ASCII),
//     so that a caller can refuse with a clear message before anything is
//     queued;
//   - at connect time, on the very address being dialled after DNS
//     resolution (Policy.Control, Policy.Dialer, Policy.Transport), so that
//     a name that resolves, or re-resolves, to an internal address (DNS
//     rebinding) is still refused. Only this check is proof against names;
//     the up-front one only turns the obvious cases into clear errors.
//
// Both use one classification (Reason): every block of the IANA IPv4 and
// IPv6 special-purpose address registries, multicast, the deprecated
// site-local range, IPv6 outside 2000::/3, a few cloud metadata addresses
// by name, and the IPv6 forms that embed an IPv4 address. See Reason for
// the list and for how the embedding forms are treated.
//
// netguard is a leaf: it imports only the root package and the standard
// library, so any layer may use it. It knows nothing of crawling, webhooks
// or HTTP handlers; netguardtest holds the table of spellings every caller
// runs through its own entry point.
package netguard

import (
	"errors"
	"fmt"
	"net/netip"
)

// ErrBlocked is what every refusal of this package wraps, so that callers
// branch on one value (the crawler records the fetch as blocked, the API
// answers 400) whatever the reason.
var ErrBlocked = errors.New("refused by the outbound-address policy")

// Error is a refusal: what was refused and why. Callers show the message
// as it is; Reason is there for logs and tests that need only the why.
type Error struct {
	// Input is what was checked, as given: a URL, a host, "ip:port".
	Input string
	// Addr is the address Input names or was dialled, when it is one.
	Addr netip.Addr
	// Reason says why, e.g. "loopback (127.0.0.0/8)" or "6to4 (2002::/16)
	// embedding 127.0.0.1, loopback (127.0.0.0/8)".
	Reason string
}

func (e *Error) Error() string {
	switch {
	case !e.Addr.IsValid():
		return fmt.Sprintf("%s: %s", e.Input, e.Reason)
	case e.Input != e.Addr.String() && !isAddrPort(e.Input, e.Addr):
		return fmt.Sprintf("%s is %s, not a public address: %s", e.Input, e.Addr, e.Reason)
	default:
		return fmt.Sprintf("%s is not a public address: %s", e.Input, e.Reason)
	}
}

// Is makes every *Error match ErrBlocked.
func (e *Error) Is(target error) bool { return target == ErrBlocked }

// isAddrPort reports whether s is "addr:port" of addr.
func isAddrPort(s string, addr netip.Addr) bool {
	ap, err := netip.ParseAddrPort(s)
	return err == nil && ap.Addr() == addr
}
