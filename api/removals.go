package api

import (
	"context"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"sync"
	"time"

	"github.com/scout-oss/scout"
	"golang.org/x/time/rate"
)

// The creators' side: people Scout collects can read what it keeps and ask
// to be removed on the public privacy page (web_privacy.go); their
// requests wait in a queue that admins decide on here, through the API, or
// on the admin page.

func (s *Server) registerRemovalRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/v1/admin/removal-requests", s.handleRemovalRequests)
	mux.HandleFunc("GET /api/v1/admin/removal-requests/{id}", s.handleRemovalRequest)
	mux.HandleFunc("POST /api/v1/admin/removal-requests/{id}/approve", s.handleApproveRemoval)
	mux.HandleFunc("POST /api/v1/admin/removal-requests/{id}/reject", s.handleRejectRemoval)
}

// RemovalList is the body of GET /api/v1/admin/removal-requests.
type RemovalList struct {
	Requests []*scout.RemovalRequest `json:"requests"`
	Total    int                     `json:"total"`
}

// RemovalDecision is the answer to an approval: the request as now stored
// (without the reference and contact), what the erasure removed (null when
// an earlier erasure already had), and the contact the person left, shown
// this once so the admin can tell them; it is no longer stored.
type RemovalDecision struct {
	Request *scout.RemovalRequest `json:"request"`
	Erasure *scout.Erasure        `json:"erasure"`
	Contact string                `json:"contact,omitempty"`
}

// rejectInput is the body of a rejection.
type rejectInput struct {
	Reason string `json:"reason"`
}

func (s *Server) removals() (scout.RemovalService, error) {
	if s.Removals == nil {
		return nil, scout.Errorf(scout.EUNAVAILABLE, "this server keeps no removal requests")
	}
	return s.Removals, nil
}

func (s *Server) handleRemovalRequests(w http.ResponseWriter, r *http.Request) {
	rs, err := s.removals()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	q := r.URL.Query()
	f := scout.RemovalFilter{Status: q.Get("status")}
	for name, dst := range map[string]*int{"limit": &f.Limit, "offset": &f.Offset} {
		if v := q.Get(name); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil {
				Error(w, r, scout.Errorf(scout.EINVALID, "%s must be a number; got %q", name, v), s.logger())
				return
			}
			*dst = n
		}
	}
	list, total, err := rs.FindRemovalRequests(r.Context(), f)
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	writeJSON(w, http.StatusOK, RemovalList{Requests: list, Total: total})
}

func (s *Server) handleRemovalRequest(w http.ResponseWriter, r *http.Request) {
	rs, err := s.removals()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	req, err := rs.FindRemovalRequestByID(r.Context(), r.PathValue("id"))
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	writeJSON(w, http.StatusOK, req)
}

func (s *Server) handleApproveRemoval(w http.ResponseWriter, r *http.Request) {
	d, err := s.approveRemoval(r.Context(), r.PathValue("id"), actorOf(r))
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	writeJSON(w, http.StatusOK, d)
}

func (s *Server) handleRejectRemoval(w http.ResponseWriter, r *http.Request) {
	var in rejectInput
	if err := decodeJSONBody(w, r, &in); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	rs, err := s.removals()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	req, err := rs.RejectRemovalRequest(r.Context(), r.PathValue("id"), actorOf(r), in.Reason)
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	writeJSON(w, http.StatusOK, req)
}

// approveRemoval erases and suppresses the person a request names, as
// `scout forget` does (a reference with nothing stored is suppressed, so
// the person is never collected), then records the approval. The erasure
// closes every request naming the person, this one included; the approval
// then records who decided. ECONFLICT for a rejected request.
func (s *Server) approveRemoval(ctx context.Context, id, actor string) (*RemovalDecision, error) {
	rs, err := s.removals()
	if err != nil {
		return nil, err
	}
	p := s.Privacy
	if p == nil {
		return nil, scout.Errorf(scout.EUNAVAILABLE, "this server keeps no privacy service")
	}
	req, err := rs.FindRemovalRequestByID(ctx, id)
	if err != nil {
		return nil, err
	}
	if req.Status == scout.RemovalRejected {
		return nil, scout.Errorf(scout.ECONFLICT, "removal request %s was rejected", req.ID)
	}
	d := &RemovalDecision{Contact: req.Contact}
	subject := req.Subject
	if req.Ref != "" {
		e, err := s.forget(ctx, p, req.Ref, actor)
		if scout.ErrorCode(err) == scout.ENOTFOUND {
			e, err = p.SuppressRefs(ctx, actor, req.Ref)
		}
		switch {
		case e == nil:
			return nil, err
		case err != nil:
			// The store erased; only the index kept documents.
			s.logger().Error("removal approved, but the index kept documents; run scout reindex", "request", req.ID, "err", err)
		}
		d.Erasure, subject = e, e.Subject
	}
	if d.Request, err = rs.ApproveRemovalRequest(ctx, id, actor, subject); err != nil {
		return nil, err
	}
	return d, nil
}

// Per-client limits of the public privacy page: reading it, and sending
// the removal form (a person needs it once; a flood needs many).
const (
	publicPageRate   = rate.Limit(1) // pages per second per client
	publicPageBurst  = 20
	removalFormEvery = 5 * time.Minute // one request per client per 5 minutes
	removalFormBurst = 3
	// maxClients bounds the clients each limiter remembers; past it the
	// limiter starts afresh rather than grow without end.
	maxClients = 10000
)

// clientLimiter keeps a token bucket per client address for the routes
// anyone may call without a key. An IPv6 client is keyed by its /64, the
// block one host usually holds.
type clientLimiter struct {
	mu    sync.Mutex
	limit rate.Limit
	burst int
	m     map[netip.Prefix]*rate.Limiter
}

func newClientLimiter(limit rate.Limit, burst int) *clientLimiter {
	return &clientLimiter{limit: limit, burst: burst, m: map[netip.Prefix]*rate.Limiter{}}
}

// clientKey is the request's client address (the TCP peer: Scout reads no
// forwarding headers, so behind a proxy every client shares the proxy's).
func clientKey(r *http.Request) netip.Prefix {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	a, err := netip.ParseAddr(host)
	if err != nil {
		return netip.Prefix{}
	}
	a = a.Unmap()
	bits := 32
	if a.Is6() {
		bits = 64
	}
	p, _ := a.Prefix(bits)
	return p
}

// allow takes a token for the request's client, or says how long to wait.
func (c *clientLimiter) allow(r *http.Request, now time.Time) (bool, time.Duration) {
	k := clientKey(r)
	c.mu.Lock()
	lim, ok := c.m[k]
	if !ok {
		if len(c.m) >= maxClients {
			clear(c.m)
		}
		lim = rate.NewLimiter(c.limit, c.burst)
		c.m[k] = lim
	}
	c.mu.Unlock()
	res := lim.ReserveN(now, 1)
	if d := res.DelayFrom(now); !res.OK() || d > 0 {
		res.CancelAt(now)
		return false, max(d, time.Second)
	}
	return true, 0
}

// limitClient applies lim to the request: false after writing the 429
// page with Retry-After.
func (s *Server) limitClient(w http.ResponseWriter, r *http.Request, lim *clientLimiter) bool {
	ok, wait := lim.allow(r, time.Now())
	if ok {
		return true
	}
	secs := int(wait.Round(time.Second) / time.Second)
	w.Header().Set("Retry-After", strconv.Itoa(max(secs, 1)))
	s.renderError(w, r, scout.Errorf(scout.ERATELIMITED, "too many requests from your address; try again in %d s", max(secs, 1)))
	return false
}
