package scout

import (
	"context"
	"slices"
	"time"
)

// HostInfo is what a host said about the software it runs when the crawler
// asked it (NodeInfo, the Mastodon instance API). Platform adapters that
// recognise their targets by path shape (/@user, /c/NAME) claim a URL only
// when its host runs their platform, so an ordinary site whose paths look
// alike is read as a web page and never lost to a platform's API.
type HostInfo struct {
	// Host is host[:port] in lower case, the scheme's default port left
	// out: the host the answer is about.
	Host string `json:"host"`
	// Software is the server software NodeInfo names ("mastodon",
	// "peertube", "pleroma", "wordpress", ...), lower case; empty when the
	// host named none.
	Software string `json:"software,omitempty"`
	// Version is the software's version as NodeInfo gives it.
	Version string `json:"version,omitempty"`
	// Protocols are the federation protocols NodeInfo lists
	// ("activitypub", "diaspora").
	Protocols []string `json:"protocols,omitempty"`
	// MastodonAPI is set when the host answered /api/v1/instance as a
	// Mastodon-compatible server does.
	MastodonAPI bool `json:"mastodon_api,omitempty"`
	// Source says what answered: HostInfoNodeInfo, HostInfoInstanceAPI, or
	// HostInfoNone when the host has neither (an ordinary web site).
	Source string `json:"source"`
	// CheckedAt is when the host was asked; the answer is trusted for a
	// while (the crawler's HostInfoTTL), then asked again.
	CheckedAt time.Time `json:"checked_at"`
}

// Values of HostInfo.Source.
const (
	HostInfoNodeInfo    = "nodeinfo"
	HostInfoInstanceAPI = "instance_api"
	HostInfoNone        = "none"
)

// Fediverse reports whether the host speaks ActivityPub: NodeInfo lists the
// protocol, or it answers the Mastodon instance API.
func (h *HostInfo) Fediverse() bool {
	return h != nil && (h.MastodonAPI || slices.Contains(h.Protocols, "activitypub"))
}

// HostInfoService keeps the answers of host probes across crawls and
// restarts (implemented by store), so a host is asked once per TTL, not
// once per process.
type HostInfoService interface {
	// FindHostInfo returns what was last learned about host (host[:port],
	// lower case). ENOTFOUND when the host was never probed.
	FindHostInfo(ctx context.Context, host string) (*HostInfo, error)
	// SaveHostInfo stores h, replacing any earlier answer for h.Host.
	// EINVALID when h has no host.
	SaveHostInfo(ctx context.Context, h *HostInfo) error
}
