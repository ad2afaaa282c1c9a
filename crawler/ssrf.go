package crawler

import (
	"fmt"
	"net"
	"net/netip"
	"syscall"
	"time"

	"github.com/scout-oss/scout/netguard"
)

// guardedDialer is the BlockPrivate dialer. The outbound-address policy
// (netguard) runs in its Control hook, after the name is resolved and
// before each connect(2), on the very address being dialled, so a name
// that resolves to a public address when checked and a private one when
// used (DNS rebinding) is still refused. allow lists exceptions (IP and
// port).
func guardedDialer(allow []netip.AddrPort) *net.Dialer {
	return &net.Dialer{
		Timeout:   30 * time.Second,
		KeepAlive: 30 * time.Second,
		Control: func(_, address string, _ syscall.RawConn) error {
			return checkDialAddr(address, allow)
		},
	}
}

// checkDialAddr is the dialer's check of one resolved "ip:port": the
// policy's refusal, wrapped in ErrBlocked so the fetch is recorded as
// blocked. It fails closed: an address it cannot parse is refused.
func checkDialAddr(address string, allow []netip.AddrPort) error {
	if err := (netguard.Policy{Allow: allow}).Control("tcp", address, nil); err != nil {
		return fmt.Errorf("%w: %w", err, ErrBlocked)
	}
	return nil
}

// checkHost is the fetch layer's up-front check of a request's host and
// port under BlockPrivate: loopback names and internal IP literals in any
// spelling are refused before anything is sent (see netguard.CheckHost);
// other names are left to the dialer.
func checkHost(host, port string, allow []netip.AddrPort) error {
	if err := (netguard.Policy{Allow: allow}).CheckHost(host, port); err != nil {
		return fmt.Errorf("%w: %w", err, ErrBlocked)
	}
	return nil
}
