package crawler

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/scout-oss/scout"
)

// HostGate paces hosts for many processes at once. One process paces its
// hosts with its own rate limiters and slots; the workers of a fleet
// (scout worker) share one budget per host instead, kept by package fleet
// on Redis, so that no host sees more than its rate however many workers
// fetch from it. A Transport with Config.Gate asks the gate before every
// request and uses no limiter or slot of its own.
type HostGate interface {
	// Acquire asks to send one request to host now: at most perSecond
	// requests per second (burst back to back) and perHost in flight,
	// counted over every process. When granted it returns a token, to
	// give back with Release once the response is read; otherwise how
	// long to wait before asking again. hold bounds how long the slot
	// stays taken when its holder dies without releasing it.
	Acquire(ctx context.Context, host string, perSecond float64, burst, perHost int, hold time.Duration) (token string, wait time.Duration, err error)
	// Release gives back the slot of a granted request.
	Release(ctx context.Context, host, token string) error
	// Pause stops every process from sending to host for d (a
	// Retry-After), extending, never shortening, a pause already set.
	Pause(ctx context.Context, host string, d time.Duration) error
}

// SharedCache keeps entries that every process of a fleet would otherwise
// fetch on its own: robots.txt files, so that one worker fetches a host's
// file once per RobotsTTL for the whole fleet. Lock makes the others wait
// for that one fetch rather than run their own.
type SharedCache interface {
	// Get returns key's value and how long it has left; ok is false when
	// there is none.
	Get(ctx context.Context, key string) (value []byte, ttl time.Duration, ok bool, err error)
	// Set stores key's value for ttl.
	Set(ctx context.Context, key string, value []byte, ttl time.Duration) error
	// Lock takes key's fetch lock for at most ttl; it returns "" when
	// another process holds it.
	Lock(ctx context.Context, key string, ttl time.Duration) (token string, err error)
	// Unlock gives the lock back if token still holds it.
	Unlock(ctx context.Context, key, token string) error
}

// policyKey carries the crawl policy of the job a request is made for.
type policyKey struct{}

// WithPolicy marks ctx's requests as made for a job with policy p (see
// scout.CrawlPolicy): a Transport with a HostGate paces each host at p's
// rate, burst, host rates and per-host limit instead of its own Config,
// and p.IgnoreRobots skips robots.txt. Fleet workers mark every task with
// its job's policy, which no worker flag can override.
func WithPolicy(ctx context.Context, p *scout.CrawlPolicy) context.Context {
	if p == nil {
		return ctx
	}
	if p.IgnoreRobots {
		ctx = context.WithValue(ctx, robotsExemptKey{}, true)
	}
	return context.WithValue(ctx, policyKey{}, p)
}

// policyFrom returns the policy WithPolicy put on ctx, or nil.
func policyFrom(ctx context.Context) *scout.CrawlPolicy {
	p, _ := ctx.Value(policyKey{}).(*scout.CrawlPolicy)
	return p
}

// maxGateWait bounds one sleep between two questions to the gate: a slot
// taken by another worker is given back without notice.
const maxGateWait = 250 * time.Millisecond

// gateLimits are the rate, burst and per-host limit of a request to h
// through the gate: the job's policy when the request carries one, else
// the Transport's own settings; a platform's published rate raises the
// rate, a host rate overrides it, and robots.txt's Crawl-delay slows it.
func (t *Transport) gateLimits(ctx context.Context, h *hostState) (perSecond float64, burst, perHost int) {
	perSecond, burst, perHost = float64(t.hosts.rate), t.hosts.burst, t.hosts.conc
	var override float64
	var overridden bool
	if r, ok := t.hosts.rates[h.key]; ok {
		override, overridden = float64(r), true
	}
	if p := policyFrom(ctx); p != nil {
		perSecond, burst, perHost = p.Rate, max(p.Burst, 1), max(p.PerHost, 1)
		override, overridden = 0, false
		for host, r := range p.HostRates {
			if strings.EqualFold(strings.TrimSpace(host), h.key) && r > 0 {
				override, overridden = r, true
			}
		}
	}
	if hint := float64(platformRate(ctx)); hint > perSecond {
		perSecond = hint
	}
	if overridden {
		perSecond = override
	}
	t.hosts.mu.Lock()
	d := h.crawlDelay
	t.hosts.mu.Unlock()
	if d > 0 && perSecond > float64(time.Second)/float64(d) {
		perSecond = float64(time.Second) / float64(d)
	}
	return perSecond, burst, perHost
}

// acquireGate waits until the gate grants a request to h, and returns its
// token. A gate that cannot be reached (Redis restarting) is asked again
// until ctx ends: sending without it would break the host's budget.
func (t *Transport) acquireGate(ctx context.Context, h *hostState) (string, error) {
	perSecond, burst, perHost := t.gateLimits(ctx, h)
	hold := t.timeout + 5*time.Second
	failures := 0
	for {
		tok, wait, err := t.gate.Acquire(ctx, h.key, perSecond, burst, perHost, hold)
		switch {
		case err == nil && tok != "":
			return tok, nil
		case err != nil:
			if ctx.Err() != nil {
				return "", fmt.Errorf("wait for %s: %w", h.key, ctx.Err())
			}
			failures++
			wait = min(time.Duration(failures)*100*time.Millisecond, 2*time.Second)
		}
		if err := t.sleep(ctx, min(max(wait, time.Millisecond), maxGateWait)); err != nil {
			return "", fmt.Errorf("wait for %s: %w", h.key, err)
		}
	}
}

// releaseGate gives a granted request's slot back; a failure only leaves
// the slot to expire.
func (t *Transport) releaseGate(key, token string) {
	if token == "" {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = t.gate.Release(ctx, key, token)
}
