package crawler

import (
	"container/list"
	"context"
	"fmt"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// hostState is everything the fetch layer knows about one host (HostKey):
// its rate limiter, its concurrency slots, a Retry-After pause, the
// Crawl-delay its robots.txt asked for, and its robots.txt per scheme.
// Keeping them in one place means one bounded table forgets them together.
type hostState struct {
	key     string
	limiter *rate.Limiter
	// base is the host's rate before Crawl-delay: a HostRates override,
	// else the configured Rate raised to the platform rate of the API
	// requests that reach it (WithAPI). Guarded by hostTable.mu.
	base  rate.Limit
	slots chan struct{} // PerHostConcurrency tokens

	// The fields below are guarded by hostTable.mu.
	refs        int       // requests using this state; never evicted while > 0
	lastUsed    time.Time // for eviction of idle hosts
	pausedUntil time.Time // Retry-After: no request before this
	crawlDelay  time.Duration
	robots      map[string]*robotsEntry // by scheme
	elem        *list.Element
}

// hostTable maps hosts to their state, keeping at most max idle hosts: a
// crawl that runs for months meets millions of hosts, and their limiters
// and robots.txt files must not pile up. The least recently used host is
// forgotten first, and only once forgetting it cannot make Scout less
// polite: no request to it is in flight or waiting, its pause is over, and
// its limiter has refilled (so a fresh one allows nothing the old one
// would not have).
type hostTable struct {
	rate rate.Limit
	// rates are the per-host overrides (Config.HostRates), by HostKey.
	rates map[string]rate.Limit
	burst int
	conc  int
	max   int
	now   func() time.Time

	mu    sync.Mutex
	hosts map[string]*hostState
	lru   *list.List // front = most recently used
}

func newHostTable(r rate.Limit, burst, conc, max int, now func() time.Time) *hostTable {
	return &hostTable{rate: r, burst: burst, conc: conc, max: max, now: now,
		hosts: make(map[string]*hostState), lru: list.New()}
}

// acquire returns key's state, creating it on first use, and pins it until
// release. Every acquire must be paired with one release. A positive hint
// is the platform rate of the request (an adapter's API call): it raises
// the host's rate to at least hint unless HostRates overrides it.
func (ht *hostTable) acquire(key string, hint rate.Limit) *hostState {
	ht.mu.Lock()
	defer ht.mu.Unlock()
	h, ok := ht.hosts[key]
	if !ok {
		base := ht.baseRate(key, hint)
		h = &hostState{
			key:     key,
			base:    base,
			limiter: rate.NewLimiter(base, ht.burst),
			slots:   make(chan struct{}, ht.conc),
			robots:  make(map[string]*robotsEntry),
		}
		h.elem = ht.lru.PushFront(h)
		ht.hosts[key] = h
		ht.evictLocked()
	} else {
		ht.lru.MoveToFront(h.elem)
		if base := ht.baseRate(key, hint); hint > 0 && base != h.base {
			h.base = base
			h.limiter.SetLimit(ht.limitLocked(h))
		}
	}
	h.refs++
	h.lastUsed = ht.now()
	return h
}

// baseRate is key's rate before Crawl-delay: its override, else the
// faster of the configured rate and hint (a platform's published limit
// raises a polite default for its API host, and never slows a crawl the
// operator configured faster; HostRates caps a host).
func (ht *hostTable) baseRate(key string, hint rate.Limit) rate.Limit {
	if r, ok := ht.rates[key]; ok {
		return r
	}
	return max(ht.rate, hint)
}

// limitLocked is h's limit: its base rate, slowed to its Crawl-delay.
func (ht *hostTable) limitLocked(h *hostState) rate.Limit {
	lim := h.base
	if d := h.crawlDelay; d > 0 && rate.Every(d) < lim {
		lim = rate.Every(d)
	}
	return lim
}

// release unpins h.
func (ht *hostTable) release(h *hostState) {
	ht.mu.Lock()
	defer ht.mu.Unlock()
	h.refs--
	h.lastUsed = ht.now()
}

// evictLockedScan bounds how many entries one eviction pass looks at, so
// that a table full of busy hosts costs O(1) per new host, not O(max).
const evictLockedScan = 8

// evictLocked forgets idle hosts from the back of the list while the table
// is over max. Hosts that are busy, paused or not yet refilled are kept,
// so the table may run over max for a while; it cannot grow past max plus
// the hosts in use (bounded by the crawl's concurrency) and the hosts used
// within the last refill interval.
func (ht *hostTable) evictLocked() {
	now := ht.now()
	e := ht.lru.Back()
	for i := 0; len(ht.hosts) > ht.max && e != nil && i < evictLockedScan; i++ {
		prev := e.Prev()
		h := e.Value.(*hostState)
		if h.refs == 0 && !now.Before(h.pausedUntil) && now.Sub(h.lastUsed) >= ht.refillLocked(h) {
			ht.lru.Remove(e)
			delete(ht.hosts, h.key)
		}
		e = prev
	}
}

// refillLocked is how long h's limiter takes to refill completely.
func (ht *hostTable) refillLocked(h *hostState) time.Duration {
	lim := h.limiter.Limit()
	if lim == rate.Inf || lim <= 0 {
		return 0
	}
	return time.Duration(float64(ht.burst) / float64(lim) * float64(time.Second))
}

// len is how many hosts the table holds.
func (ht *hostTable) len() int {
	ht.mu.Lock()
	defer ht.mu.Unlock()
	return len(ht.hosts)
}

// pause stops requests to h until the given time (extending, never
// shortening, a pause already running).
func (ht *hostTable) pause(h *hostState, until time.Time) {
	ht.mu.Lock()
	defer ht.mu.Unlock()
	if until.After(h.pausedUntil) {
		h.pausedUntil = until
	}
}

// pausedUntil is the end of h's Retry-After pause (zero when none).
func (ht *hostTable) pausedUntil(h *hostState) time.Time {
	ht.mu.Lock()
	defer ht.mu.Unlock()
	return h.pausedUntil
}

// setCrawlDelay slows h's limiter to one request per d when that is slower
// than its base rate (and restores the base rate when d is 0).
// d is capped by the caller.
func (ht *hostTable) setCrawlDelay(h *hostState, d time.Duration) {
	ht.mu.Lock()
	defer ht.mu.Unlock()
	if d == h.crawlDelay {
		return
	}
	h.crawlDelay = d
	h.limiter.SetLimit(ht.limitLocked(h))
}

// robotsEntry returns h's robots.txt entry for scheme, creating it empty.
func (ht *hostTable) robotsEntry(h *hostState, scheme string) *robotsEntry {
	ht.mu.Lock()
	defer ht.mu.Unlock()
	e, ok := h.robots[scheme]
	if !ok {
		e = &robotsEntry{lock: make(chan struct{}, 1)}
		h.robots[scheme] = e
	}
	return e
}

// takeSlot waits for one of h's concurrency slots, or for ctx to end.
func (h *hostState) takeSlot(ctx context.Context) error {
	select {
	case h.slots <- struct{}{}:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("wait for %s: %w", h.key, ctx.Err())
	}
}

// giveSlot returns a slot taken by takeSlot.
func (h *hostState) giveSlot() { <-h.slots }
