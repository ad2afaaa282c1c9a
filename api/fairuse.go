package api

import (
	"context"
	"fmt"
	"net/http"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/scout-oss/scout"
)

// DefaultHeavyPerKey is how many heavy requests (exports, brief matches,
// lookalikes, ...) one key may run at once. The rate limit counts
// requests; the fair-use limits count work in progress, which is what an
// export's memory and a brief match's seconds of CPU scale with. One per
// key keeps a greedy key to one core.
const DefaultHeavyPerKey = 1

// DefaultHeavyTotal is how many heavy requests the server runs at once
// for all keys together: one per CPU but one (at least 1), so heavy work
// always leaves a core to searches and creator pages. Exports give way to
// them (pace), but a brief match, lookalikes or an alert check does not,
// and an export's page reads, index pages and compression run between
// its pauses: with one heavy request per CPU, two keys could take every
// core of a 2-core server (the fair-use benchmark with -greedy-keys 2
// measures it).
func DefaultHeavyTotal() int { return max(1, runtime.NumCPU()-1) }

const (
	// heavyRetryAfter is the Retry-After of a refused heavy request: about
	// what one export of ten thousand creators takes.
	heavyRetryAfter = 5 * time.Second
)

// heavyRoutes are the routes whose one request can cost seconds of CPU or
// tens of megabytes: exports stream every matching creator, brief matches
// score every candidate, lookalikes weigh a creator's words against the
// whole index, an alert check runs every saved search, and the admin
// backup and subject access read the whole store. Search with a brief
// (GET /api/v1/creators?brief=ID) is heavy too (heavyRequest).
var heavyRoutes = map[string]bool{
	"GET /api/v1/creators/export":        true,
	"GET /api/v1/shortlists/{id}/export": true,
	"GET /api/v1/briefs/{id}/matches":    true,
	"GET /api/v1/creators/{id}/similar":  true,
	"POST /api/v1/alerts/check":          true,
	"GET /api/v1/admin/backup":           true,
	"GET /api/v1/admin/subject":          true,
	"GET /briefs/{id}":                   true, // the page of a brief lists its matches
}

// heavyRequest says whether r, routed to pattern, is heavy.
func heavyRequest(pattern string, r *http.Request) bool {
	if heavyRoutes[pattern] {
		return true
	}
	return pattern == "GET /api/v1/creators" && r.URL.Query().Get("brief") != ""
}

// HeavyRoutes returns the route patterns under the fair-use limits, for
// documentation and tests.
func HeavyRoutes() []string {
	out := make([]string, 0, len(heavyRoutes)+1)
	for p := range heavyRoutes {
		out = append(out, p)
	}
	return append(out, "GET /api/v1/creators?brief=ID")
}

// fairUse counts heavy requests in progress, per key and in all. A request
// over a limit is refused at once (429) rather than queued: a queue would
// hold the client's connection and the memory of its request while it
// waits, which is what the limits are there to bound.
type fairUse struct {
	perKey, total int // 0: unlimited
	mu            sync.Mutex
	byKey         map[string]int
	all           int
	// light counts the requests in progress that are not heavy (searches,
	// creator pages): while any is, heavy loops give way (pace).
	light atomic.Int64
	sleep func(time.Duration) // time.Sleep; tests count the calls
}

// paceSleep is how long a heavy request's loop sleeps per record while a
// light request is in progress: long enough to hand its core to the
// light one, short enough that an export of 10,000 creators beside a
// steady stream of searches takes seconds longer, not minutes.
const paceSleep = 2 * time.Millisecond

// pace gives way to light requests: while one is in progress it sleeps a
// moment, so a heavy request (one export takes a whole core) never holds
// a core that a search is waiting for. Otherwise it still yields its core
// to any goroutine waiting for one (runtime.Gosched): a request that has
// just arrived is not counted as light until its handler runs, and with
// every core busy it would wait for the scheduler's 10 ms preemption.
// Yielding after each record bounds that wait by one record's work (on
// one busy core, a timer's wake-up delay fell from p50 18–23 ms to 3–6 ms
// with records of 0.15 ms).
func (f *fairUse) pace() {
	if f.light.Load() > 0 {
		f.sleep(paceSleep)
		return
	}
	runtime.Gosched()
}

// paceKey carries a heavy request's pace function in its context.
type paceKey struct{}

// paceHeavy lets the heavy request of ctx give way to light ones; loops
// over many records (exports) call it once a record. A no-op outside a
// heavy request (the CLI's exports, tests).
func paceHeavy(ctx context.Context) {
	if p, ok := ctx.Value(paceKey{}).(func()); ok {
		p()
	}
}

func newFairUse(perKey, total int) *fairUse {
	return &fairUse{perKey: perKey, total: total, byKey: map[string]int{}, sleep: time.Sleep}
}

// acquire takes a slot for key, or returns ERATELIMITED naming the limit
// that is full. Call release exactly once when the request is done.
func (f *fairUse) acquire(key string) (release func(), err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	switch {
	case f.perKey > 0 && f.byKey[key] >= f.perKey:
		return nil, &scout.Error{Code: scout.ERATELIMITED, RetryAfter: heavyRetryAfter, Message: fmt.Sprintf(
			"key %s already runs %d heavy request(s) (exports, brief matches, lookalikes) at once, the most allowed; retry after %d s",
			key, f.perKey, int(heavyRetryAfter.Seconds()))}
	case f.total > 0 && f.all >= f.total:
		return nil, &scout.Error{Code: scout.ERATELIMITED, RetryAfter: heavyRetryAfter, Message: fmt.Sprintf(
			"the server already runs %d heavy requests (exports, brief matches, lookalikes) at once, the most allowed; retry after %d s",
			f.total, int(heavyRetryAfter.Seconds()))}
	}
	f.byKey[key]++
	f.all++
	var once sync.Once
	return func() {
		once.Do(func() {
			f.mu.Lock()
			defer f.mu.Unlock()
			f.all--
			if f.byKey[key]--; f.byKey[key] <= 0 {
				delete(f.byKey, key)
			}
		})
	}, nil
}

// fair returns the server's fair-use counter, made on first use from
// HeavyPerKey and HeavyTotal; the API and the page share it.
func (s *Server) fair() *fairUse {
	s.fairOnce.Do(func() { s.fairUse = newFairUse(s.HeavyPerKey, s.HeavyTotal) })
	return s.fairUse
}

// serveHeavy runs next for key, under the fair-use limits when r is heavy,
// and answers the refusal with refuse otherwise.
func (s *Server) serveHeavy(w http.ResponseWriter, r *http.Request, pattern, key string, next http.Handler, refuse func(error)) {
	f := s.fair()
	if !heavyRequest(pattern, r) {
		f.light.Add(1)
		defer f.light.Add(-1)
		next.ServeHTTP(w, r)
		return
	}
	release, err := f.acquire(key)
	if err != nil {
		refuse(err)
		return
	}
	defer release()
	next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), paceKey{}, f.pace)))
}
