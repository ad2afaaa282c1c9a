package netguard

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"
	"unicode"

	"github.com/scout-oss/scout"
)

// Policy is the outbound-address policy one component applies. The zero
// value is the strict policy: every address Reason names is refused.
type Policy struct {
	// AllowPrivate turns the address checks off (the URL checks stay): for
	// the CLI crawling the operator's own network and for tests on
	// loopback. Never set it from user input.
	AllowPrivate bool
	// Allow lists exact exceptions, IP and port, such as a fixture server
	// on loopback; an IPv4 entry matches its IPv4-mapped form too.
	Allow []netip.AddrPort
}

// allowed reports whether ap is on the allow-list.
func (p Policy) allowed(ap netip.AddrPort) bool {
	ip := ap.Addr().WithZone("").Unmap()
	for _, a := range p.Allow {
		if a.Addr().WithZone("").Unmap() == ip && a.Port() == ap.Port() {
			return true
		}
	}
	return false
}

// CheckAddrPort is the connect-time check of one resolved address: nil
// when the policy lets Scout connect to it, an *Error otherwise.
func (p Policy) CheckAddrPort(ap netip.AddrPort) error {
	if p.AllowPrivate || p.allowed(ap) {
		return nil
	}
	if r := Reason(ap.Addr()); r != "" {
		return &Error{Input: ap.String(), Addr: ap.Addr(), Reason: r}
	}
	return nil
}

// Control is a net.Dialer Control function: the dialer calls it after the
// name is resolved and before each connect(2), on the very "ip:port" being
// dialled, so it holds against DNS rebinding. It fails closed: an address
// it cannot read is refused.
func (p Policy) Control(network, address string, _ syscall.RawConn) error {
	if p.AllowPrivate {
		return nil
	}
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return &Error{Input: address, Reason: "not an ip:port to check (" + network + "); refused"}
	}
	return p.CheckAddrPort(ap)
}

// Dialer returns a copy of d that dials only what the policy allows. d's
// own Control or ControlContext, if any, runs after the policy's check.
func (p Policy) Dialer(d *net.Dialer) *net.Dialer {
	g := *d
	ctl, ctlCtx := d.Control, d.ControlContext
	g.Control = nil
	g.ControlContext = func(ctx context.Context, network, address string, c syscall.RawConn) error {
		if err := p.Control(network, address, c); err != nil {
			return err
		}
		switch {
		case ctlCtx != nil:
			return ctlCtx(ctx, network, address, c)
		case ctl != nil:
			return ctl(network, address, c)
		}
		return nil
	}
	return &g
}

// Transport returns an HTTP transport (a clone of http.DefaultTransport)
// that dials through the policy and never through a proxy: a proxy would
// connect to the internal address on Scout's behalf, out of the dialer's
// sight.
func (p Policy) Transport() *http.Transport {
	var t *http.Transport
	if dt, ok := http.DefaultTransport.(*http.Transport); ok {
		t = dt.Clone()
	} else {
		t = &http.Transport{TLSHandshakeTimeout: 10 * time.Second}
	}
	t.Proxy = nil
	t.DialContext = p.Dialer(&net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}).DialContext
	return t
}

// CheckURL is the up-front check of a URL Scout is asked to fetch or post
// to: an absolute http or https URL, without credentials, whose host
// passes CheckHost. It returns the parsed URL. Names pass (the dialer
// checks what they resolve to), except loopback names.
func (p Policy) CheckURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, &Error{Input: raw, Reason: "not a URL: " + err.Error()}
	}
	switch u.Scheme {
	case "http", "https":
	default:
		return nil, &Error{Input: raw, Reason: "only http and https URLs are fetched"}
	}
	if u.Opaque != "" {
		return nil, &Error{Input: raw, Reason: "not an absolute URL (no // before the host)"}
	}
	if u.User != nil {
		return nil, &Error{Input: raw, Reason: "carries credentials (user:pass@); public pages and webhooks need none"}
	}
	if strings.TrimRight(u.Hostname(), ".") == "" {
		return nil, &Error{Input: raw, Reason: "empty host"}
	}
	port := u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443"}[u.Scheme]
	}
	if err := p.CheckHost(u.Hostname(), port); err != nil {
		return nil, err
	}
	return u, nil
}

// CheckHost is the up-front check of a host (as url.URL.Hostname gives it,
// brackets optional) and port ("" when unknown, which matches no Allow
// entry). It refuses an empty host, loopback names (localhost,
// *.localhost, and the usual /etc/hosts aliases), hosts spelled with
// compatibility characters that IDNA folds to ASCII digits or dots
// ("１２７.０.０.１", "①②⑦.⓪.⓪.①", "127。0。0。1"), and IP literals in any
// spelling (see scout.ParseIPLiteral) that Reason refuses. Any other name
// passes: only the dialer sees what it resolves to.
func (p Policy) CheckHost(host, port string) error {
	h := strings.ToLower(strings.TrimSuffix(strings.TrimPrefix(host, "["), "]"))
	if strings.TrimRight(h, ".") == "" {
		return &Error{Input: host, Reason: "empty host"}
	}
	if p.AllowPrivate {
		return nil
	}
	if r, ok := foldedChar(h); ok {
		return &Error{Input: host, Reason: "spelled with " + r + ", which IDNA folds to ASCII before dialling; write the host in ASCII"}
	}
	name := strings.TrimRight(h, ".")
	if loopbackName(name) {
		return &Error{Input: host, Reason: "loopback name (" + name + " always means this machine)"}
	}
	ip, ok := scout.ParseIPLiteral(h)
	if !ok {
		return nil
	}
	if pn, err := netip.ParseAddrPort(net.JoinHostPort(ip.String(), port)); err == nil && p.allowed(pn) {
		return nil
	}
	if r := Reason(ip); r != "" {
		return &Error{Input: host, Addr: ip, Reason: r}
	}
	return nil
}

// loopbackName reports whether name (lower case, no trailing dot) is
// loopback by definition (RFC 6761 §6.3) or by the /etc/hosts convention.
func loopbackName(name string) bool {
	switch name {
	case "localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback":
		return true
	}
	return strings.HasSuffix(name, ".localhost")
}

// foldedChar finds in h a character IDNA mapping turns into an ASCII digit,
// letter or dot (Go's HTTP client applies that mapping before dialling, so
// "①②⑦.⓪.⓪.①" connects to 127.0.0.1): a non-ASCII number, a full stop
// variant, or a character from the fullwidth, enclosed, super- and
// subscript or mathematical alphanumeric blocks. It returns the character
// quoted.
func foldedChar(h string) (string, bool) {
	for _, r := range h {
		if r < 0x80 {
			continue
		}
		switch {
		case unicode.IsNumber(r),
			r == '\u3002', r == '\uFE52', r == '\u2024', // ideographic, small and one-dot-leader full stops
			r >= 0xFF00 && r <= 0xFFEF,   // halfwidth and fullwidth forms
			r >= 0x2070 && r <= 0x209F,   // superscripts and subscripts
			r >= 0x2460 && r <= 0x24FF,   // enclosed alphanumerics
			r >= 0x1D400 && r <= 0x1D7FF, // mathematical alphanumeric symbols
			r >= 0x1F100 && r <= 0x1F1FF: // enclosed alphanumeric supplement
			return fmt.Sprintf("the compatibility character %q (U+%04X)", r, r), true
		}
	}
	return "", false
}
