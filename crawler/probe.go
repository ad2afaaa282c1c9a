package crawler

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler/source"
)

// Defaults of the host probe.
const (
	// DefaultHostInfoTTL is how long a host's answer (what software it
	// runs, or that it runs none Scout reads) is trusted before the host
	// is asked again. Servers rarely change software; a week keeps a
	// months-long crawl from asking every host every day.
	DefaultHostInfoTTL = 7 * 24 * time.Hour
	// DefaultProbeRetry is how long a probe that failed (a time-out, a 5xx,
	// robots.txt forbidding /.well-known/nodeinfo) is remembered in
	// memory before the host is asked again. Failures are never stored.
	DefaultProbeRetry = 15 * time.Minute
	// maxProbeMemory bounds the answers kept in memory; the store keeps
	// them all.
	maxProbeMemory = 10_000
)

// HostProber is the capability of an Adapter that recognises its URL
// targets by path shape on hosts of any name (a Mastodon instance's
// /@user, a PeerTube server's /c/NAME): such a shape proves nothing on its
// own, since any site may use it. Before the crawl hands such a target to
// the adapter it asks the host, once per HostInfoTTL, what software it
// runs, through the polite transport (robots.txt and the host's rate
// apply): NodeInfo (/.well-known/nodeinfo), then the Mastodon instance API
// (/api/v1/instance). A host that answers neither is an ordinary site, and
// the target goes to the generic extractor. When the probe itself fails
// the adapter is tried, and it declines a URL that turns out not to be its
// platform's; either way the page is read.
type HostProber interface {
	// ProbeBase returns scheme://host[:port] of the host whose software
	// decides whether target is the adapter's, or "" when the claim does
	// not depend on a host (PLATFORM:HANDLE targets, the platform's own
	// host).
	ProbeBase(target string) string
	// AcceptsHost reports whether the adapter reads targets on a host
	// running what h describes.
	AcceptsHost(h *scout.HostInfo) bool
}

// prober asks hosts what software they run and remembers the answers, in
// memory and, when the crawl has one, in a scout.HostInfoService (the
// store), so that a restart does not ask again within the TTL.
type prober struct {
	cache scout.HostInfoService // may be nil
	ttl   time.Duration
	retry time.Duration
	now   func() time.Time

	mu     sync.Mutex
	mem    map[string]probeEntry
	flight map[string]*probeCall
}

// probeEntry is one remembered answer (info) or failure (err).
type probeEntry struct {
	info    *scout.HostInfo
	err     error
	expires time.Time
}

// probeCall is a probe in progress; callers for the same host wait for it.
type probeCall struct {
	done chan struct{}
	info *scout.HostInfo
	err  error
}

func newProber(cache scout.HostInfoService, ttl time.Duration, now func() time.Time) *prober {
	return &prober{cache: cache, ttl: ttl, retry: DefaultProbeRetry, now: now,
		mem: make(map[string]probeEntry), flight: make(map[string]*probeCall)}
}

// probe returns what the host of base runs: from memory, from the store
// while its answer is younger than the TTL, else by asking the host (one
// request sequence per host at a time; concurrent callers share it).
func (p *prober) probe(ctx context.Context, client *http.Client, base string) (*scout.HostInfo, error) {
	u, err := url.Parse(base)
	if err != nil || u.Host == "" {
		return nil, errors.New("probe: not a host URL")
	}
	host := HostKey(u)
	now := p.now()
	p.mu.Lock()
	if e, ok := p.mem[host]; ok && now.Before(e.expires) {
		p.mu.Unlock()
		return e.info, e.err
	}
	if c, ok := p.flight[host]; ok {
		p.mu.Unlock()
		select {
		case <-c.done:
			return c.info, c.err
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	c := &probeCall{done: make(chan struct{})}
	p.flight[host] = c
	p.mu.Unlock()

	c.info, c.err = p.lookup(ctx, client, u.Scheme+"://"+u.Host, host)
	p.mu.Lock()
	delete(p.flight, host)
	if ctx.Err() == nil { // a cancelled probe says nothing about the host
		if len(p.mem) >= maxProbeMemory {
			p.forgetLocked(now)
		}
		exp := now.Add(p.retry)
		if c.err == nil {
			exp = c.info.CheckedAt.Add(p.ttl)
		}
		p.mem[host] = probeEntry{info: c.info, err: c.err, expires: exp}
	}
	p.mu.Unlock()
	close(c.done)
	return c.info, c.err
}

// forgetLocked drops expired answers, and every answer if none had
// expired: the store still has them.
func (p *prober) forgetLocked(now time.Time) {
	for h, e := range p.mem {
		if !now.Before(e.expires) {
			delete(p.mem, h)
		}
	}
	if len(p.mem) >= maxProbeMemory {
		clear(p.mem)
	}
}

// lookup reads a fresh stored answer, else asks the host and stores a
// definite answer. A failed probe is returned as an error, never stored.
func (p *prober) lookup(ctx context.Context, client *http.Client, base, host string) (*scout.HostInfo, error) {
	if p.cache != nil {
		if h, err := p.cache.FindHostInfo(ctx, host); err == nil && p.now().Sub(h.CheckedAt) < p.ttl {
			return h, nil
		}
	}
	h, err := askHost(ctx, client, base, host, p.now())
	if err != nil {
		return nil, err
	}
	if p.cache != nil {
		// A lost write costs one more probe after a restart, no more.
		_ = p.cache.SaveHostInfo(context.WithoutCancel(ctx), h)
	}
	return h, nil
}

// nodeInfoSchema is the rel prefix of NodeInfo schema links.
const nodeInfoSchema = "http://nodeinfo.diaspora.software/ns/schema/"

// askHost asks the host NodeInfo, then the Mastodon instance API. A
// definite "no" from both (404, an HTML page, JSON of another shape) is an
// answer with Source HostInfoNone; anything that leaves the question open
// (a network failure, a time-out, a 5xx, a rate limit, robots.txt
// forbidding the well-known path) is an error.
func askHost(ctx context.Context, client *http.Client, base, host string, now time.Time) (*scout.HostInfo, error) {
	info := &scout.HostInfo{Host: host, CheckedAt: now.UTC()}
	var jrd struct {
		Links []struct {
			Rel  string `json:"rel"`
			Href string `json:"href"`
		} `json:"links"`
	}
	err := GetJSON(ctx, client, base+"/.well-known/nodeinfo", "application/json", &jrd)
	if err != nil && !definiteNo(err) {
		return nil, err
	}
	if err == nil {
		var hrefs []string
		for _, l := range jrd.Links {
			if strings.HasPrefix(l.Rel, nodeInfoSchema) && sameHost(base, l.Href) {
				hrefs = append(hrefs, l.Href)
			}
		}
		sort.Sort(sort.Reverse(sort.StringSlice(hrefs))) // 2.1 before 2.0 before 1.0
		if len(hrefs) > 0 {
			var ni struct {
				Software struct {
					Name    string `json:"name"`
					Version string `json:"version"`
				} `json:"software"`
				Protocols json.RawMessage `json:"protocols"`
			}
			err := GetJSON(ctx, client, hrefs[0], "application/json", &ni)
			switch {
			case err == nil:
				info.Source = scout.HostInfoNodeInfo
				info.Software = strings.ToLower(source.CleanText(ni.Software.Name, 60))
				info.Version = source.CleanText(ni.Software.Version, 60)
				info.Protocols = nodeInfoProtocols(ni.Protocols)
				return info, nil
			case !definiteNo(err):
				return nil, err
			}
		}
	}
	var inst struct {
		URI     string `json:"uri"`
		Domain  string `json:"domain"`
		Version string `json:"version"`
	}
	err = GetJSON(ctx, client, base+"/api/v1/instance", "application/json", &inst)
	switch {
	case err == nil && (inst.URI != "" || inst.Domain != ""):
		info.Source = scout.HostInfoInstanceAPI
		info.MastodonAPI = true
		info.Version = source.CleanText(inst.Version, 60)
		return info, nil
	case err != nil && !definiteNo(err):
		return nil, err
	}
	info.Source = scout.HostInfoNone
	return info, nil
}

// definiteNo reports whether a failed probe request says "not here": the
// resource is missing, refused to anonymous callers, or not JSON of the
// expected shape. Failures that leave the question open (network, time-out,
// 5xx, 429, robots.txt, policy) are not.
func definiteNo(err error) bool {
	var ae *APIError
	if !errors.As(err, &ae) {
		return false
	}
	switch ae.Kind {
	case scout.FailNotFound, scout.FailAuth, scout.FailNotHTML, scout.FailParse:
		return true
	case scout.FailHTTP:
		return ae.Status >= 400 && ae.Status < 500
	}
	return false
}

// nodeInfoProtocols reads NodeInfo's protocols: a list in 2.x, an object
// of inbound and outbound lists in 1.x.
func nodeInfoProtocols(raw json.RawMessage) []string {
	var list []string
	if json.Unmarshal(raw, &list) != nil {
		var io struct {
			Inbound  []string `json:"inbound"`
			Outbound []string `json:"outbound"`
		}
		if json.Unmarshal(raw, &io) != nil {
			return nil
		}
		list = append(io.Inbound, io.Outbound...)
	}
	var out []string
	for _, p := range list {
		p = strings.ToLower(source.CleanText(p, 40))
		if p != "" && len(out) < 10 && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// sameHost reports whether rawURL is on the host of base: a NodeInfo
// document elsewhere speaks for another server.
func sameHost(base, rawURL string) bool {
	b, err1 := url.Parse(base)
	u, err2 := url.Parse(rawURL)
	return err1 == nil && err2 == nil && (u.Scheme == "http" || u.Scheme == "https") && HostKey(u) == HostKey(b)
}

// claims reports whether adapter a may fetch target: always, unless a
// recognises target by shape on an unknown host (HostProber) and the host,
// asked, runs no software a accepts. A failed probe lets a try (it
// declines what is not its platform's).
func (c *Crawler) claims(ctx context.Context, a Adapter, target string) bool {
	hp, ok := a.(HostProber)
	if !ok {
		return true
	}
	base := hp.ProbeBase(target)
	if base == "" {
		return true
	}
	info, err := c.prober.probe(ctx, c.Client(), base)
	if err != nil {
		c.log.Debug("host probe failed; the adapter decides", "host", base, "err", err)
		return true
	}
	return hp.AcceptsHost(info)
}
