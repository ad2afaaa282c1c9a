package crawler

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"slices"
	"sort"
	"strings"

	"github.com/scout-oss/scout"
)

// DefaultMaxThumbnails is how many recent post thumbnails a crawl keeps
// per profile when Config.MaxThumbnails is 0.
const DefaultMaxThumbnails = 6

// maxImageBytes caps an image download (imagestore refuses more anyway).
const maxImageBytes = 5 << 20

// imageAccept is what an image request asks for: the formats Scout keeps.
const imageAccept = "image/webp,image/png,image/jpeg,image/gif;q=0.9"

type addressPolicyKey struct{}

// WithAddressPolicy marks ctx's requests for the outbound-address policy
// (netguard) whatever Config.BlockPrivate says: up front on the host, and
// in the default dialer on the address dialled. Image URLs are read from
// crawled data (an avatar can point anywhere, the operator's router
// included), so every image fetch is marked; Config.AllowPrivate still
// lists the exceptions (the demo's loopback sample web).
func WithAddressPolicy(ctx context.Context) context.Context {
	return context.WithValue(ctx, addressPolicyKey{}, true)
}

func addressPolicy(ctx context.Context) bool {
	v, _ := ctx.Value(addressPolicyKey{}).(bool)
	return v
}

// policyDial is the default dial when BlockPrivate is off: requests
// marked WithAddressPolicy dial through the guarded dialer (the policy on
// the very address dialled), every other request through plain, untouched.
// (A connection kept alive from an unmarked request to the same host may
// serve a marked one; that host was a crawl target the operator chose.)
func policyDial(plain func(ctx context.Context, network, addr string) (net.Conn, error), allow []netip.AddrPort) func(ctx context.Context, network, addr string) (net.Conn, error) {
	guarded := guardedDialer(allow).DialContext
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		if addressPolicy(ctx) {
			return guarded(ctx, network, addr)
		}
		return plain(ctx, network, addr)
	}
}

// fetchImages fetches the avatar and the most recent post thumbnails of
// r's profile through the Transport (robots.txt, the host's rate, the
// outbound-address policy) and stores Scout's own copies, setting the
// keys on the account and posts. A picture that cannot be had is a
// warning on the result, never a failure of the profile.
func (c *Crawler) fetchImages(ctx context.Context, r *scout.CrawlResult) {
	p := r.Profile
	acct := p.Account.ID
	if u := p.Account.AvatarURL; u != "" {
		if key, err := c.fetchImage(ctx, acct, scout.ImageAvatar, u); err != nil {
			r.Warnings = append(r.Warnings, imageWarning(u, err))
		} else {
			p.Account.Avatar = key
		}
	}
	var idx []int
	for i := range p.Posts {
		if p.Posts[i].ThumbnailURL != "" && !p.Posts[i].IsRepost {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return p.Posts[idx[a]].PublishedAt.After(p.Posts[idx[b]].PublishedAt) })
	for n, i := range idx {
		if n >= c.maxThumbs || ctx.Err() != nil {
			break
		}
		u := p.Posts[i].ThumbnailURL
		if key, err := c.fetchImage(ctx, acct, scout.ImageThumbnail, u); err != nil {
			r.Warnings = append(r.Warnings, imageWarning(u, err))
		} else {
			p.Posts[i].Thumbnail = key
		}
	}
}

// imageStatusError is an image answered with a status other than 200.
type imageStatusError struct{ code int }

func (e *imageStatusError) Error() string { return fmt.Sprintf("HTTP %d", e.code) }

func imageWarning(u string, err error) scout.Failure {
	var kind string
	var se *imageStatusError
	switch {
	case errors.As(err, &se):
		kind = Classify(nil, se.code)
	case scout.ErrorCode(err) == scout.EINVALID:
		kind = scout.FailNotHTML
	default:
		kind = Classify(err, 0)
	}
	msg := err.Error()
	if scout.ErrorCode(err) == scout.EINVALID {
		msg = scout.ErrorMessage(err)
	}
	return scout.Failure{URL: u, Kind: kind, Message: "image not kept: " + msg}
}

// fetchImage downloads one picture and stores it.
func (c *Crawler) fetchImage(ctx context.Context, accountID, kind, raw string) (string, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", scout.Errorf(scout.EINVALID, "image URL %q is not an http(s) URL", raw)
	}
	if len(c.imageHosts) > 0 && !slices.Contains(c.imageHosts, u.Host) && !slices.Contains(c.imageHosts, u.Hostname()) {
		return "", fmt.Errorf("image host %s is not among the image hosts: %w", u.Host, ErrBlocked)
	}
	req, err := http.NewRequestWithContext(WithAddressPolicy(ctx), http.MethodGet, u.String(), nil)
	if err != nil {
		return "", fmt.Errorf("image request: %w", err)
	}
	req.Header.Set("Accept", imageAccept)
	resp, err := c.imageClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return "", &imageStatusError{code: resp.StatusCode}
	}
	// The magic bytes decide (imagestore.Sniff); a Content-Type that says
	// something other than a raster image is refused before reading.
	if ct := resp.Header.Get("Content-Type"); ct != "" {
		mt, _, _ := mime.ParseMediaType(ct)
		if !strings.HasPrefix(mt, "image/") && mt != "application/octet-stream" || mt == "image/svg+xml" {
			return "", scout.Errorf(scout.EINVALID, "served as %q, not a raster image", mt)
		}
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxImageBytes+1))
	if err != nil {
		return "", err
	}
	return c.images.PutImage(ctx, accountID, kind, data)
}
