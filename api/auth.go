package api

import (
	"context"
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/scout-oss/scout"
	"golang.org/x/time/rate"
)

// routeRoles is the one table of who may call what: every route pattern
// registered on the mux (exactly as registered, method included) maps to
// the lowest role that may call it. A route missing here is refused to
// everyone but admins (and logged), and TestRouteRolesCoverEveryRoute fails,
// so a new route cannot ship unclassified.
//
// Public: the health check (load balancers), the OpenAPI document (the
// contract is not a secret) and the page's static assets (CSS, no data).
// /metrics is viewer: its labels name hosts and queues, so a Prometheus
// scraper gets its own viewer key.
var routeRoles = map[string]scout.Role{
	"GET /healthz":          scout.RolePublic,
	"GET /api/openapi.json": scout.RolePublic,
	"GET /static/":          scout.RolePublic,
	"/api/":                 scout.RoleViewer, // the JSON 404 for unknown API paths

	// Web page: browsers send the scout_key cookie (or the header).
	"GET /{$}":           scout.RoleViewer,
	"GET /creators/{id}": scout.RoleViewer,

	// Search and read.
	"GET /api/v1/creators":              scout.RoleViewer,
	"GET /api/v1/creators/{id}":         scout.RoleViewer,
	"GET /api/v1/creators/{id}/similar": scout.RoleViewer,
	"GET /api/v1/creators/{id}/history": scout.RoleViewer,
	"GET /api/v1/creators/{id}/flags":   scout.RoleViewer,
	"GET /metrics":                      scout.RoleViewer,

	// Flag reviews are editor decisions.
	"POST /api/v1/creators/{id}/flags/{code}/review":   scout.RoleEditor,
	"DELETE /api/v1/creators/{id}/flags/{code}/review": scout.RoleEditor,

	// Crawls: anyone may follow a job (shortlist entries queue them);
	// starting and cancelling crawls is admin work.
	"GET /api/v1/crawls":              scout.RoleViewer,
	"GET /api/v1/crawls/{id}":         scout.RoleViewer,
	"POST /api/v1/crawls":             scout.RoleAdmin,
	"POST /api/v1/crawls/{id}/cancel": scout.RoleAdmin,

	// Schedules crawl on their own for months: admin work, like crawls.
	"GET /api/v1/schedules":         scout.RoleViewer,
	"GET /api/v1/schedules/{id}":    scout.RoleViewer,
	"POST /api/v1/schedules":        scout.RoleAdmin,
	"DELETE /api/v1/schedules/{id}": scout.RoleAdmin,

	// Briefs: reading is viewing, writing is editing.
	"GET /api/v1/briefs":              scout.RoleViewer,
	"GET /api/v1/briefs/{id}":         scout.RoleViewer,
	"GET /api/v1/briefs/{id}/matches": scout.RoleViewer,
	"POST /api/v1/briefs/matches":     scout.RoleViewer, // ranks a brief it does not store
	"POST /api/v1/briefs":             scout.RoleEditor,
	"DELETE /api/v1/briefs/{id}":      scout.RoleEditor,

	// Shortlists and the hidden list: reading and exporting is viewing,
	// changing them is editing.
	"GET /api/v1/shortlists":                       scout.RoleViewer,
	"GET /api/v1/shortlists/{id}":                  scout.RoleViewer,
	"GET /api/v1/shortlists/{id}/export":           scout.RoleViewer,
	"GET /api/v1/creators/export":                  scout.RoleViewer,
	"POST /api/v1/shortlists":                      scout.RoleEditor,
	"PATCH /api/v1/shortlists/{id}":                scout.RoleEditor,
	"DELETE /api/v1/shortlists/{id}":               scout.RoleEditor,
	"POST /api/v1/shortlists/{id}/entries":         scout.RoleEditor,
	"PATCH /api/v1/shortlists/{id}/entries/{key}":  scout.RoleEditor,
	"DELETE /api/v1/shortlists/{id}/entries/{key}": scout.RoleEditor,
	"GET /api/v1/hidden":                           scout.RoleViewer,
	"POST /api/v1/hidden":                          scout.RoleEditor,
	"DELETE /api/v1/hidden/{creator_id}":           scout.RoleEditor,

	// Alerts: saved searches and watches are editor work; reading alerts
	// is viewing.
	"GET /api/v1/saved-searches":         scout.RoleViewer,
	"POST /api/v1/saved-searches":        scout.RoleEditor,
	"DELETE /api/v1/saved-searches/{id}": scout.RoleEditor,
	"GET /api/v1/watches":                scout.RoleViewer,
	"POST /api/v1/watches":               scout.RoleEditor,
	"DELETE /api/v1/watches/{id}":        scout.RoleEditor,
	"POST /api/v1/shortlists/{id}/watch": scout.RoleEditor,
	"GET /api/v1/alerts":                 scout.RoleViewer,
	"POST /api/v1/alerts/check":          scout.RoleEditor,
	"GET /api/v1/alerts/deliveries":      scout.RoleViewer, // webhook URLs are shown to viewers with their saved searches too

	// People's data: erasure, the audit log and subject access.
	"DELETE /api/v1/creators/{id}": scout.RoleAdmin,
	"GET /api/v1/admin/audit":      scout.RoleAdmin,
	"GET /api/v1/admin/subject":    scout.RoleAdmin,
	"GET /api/v1/admin/backup":     scout.RoleAdmin, // the whole store, every person in it

	// Removal requests from the public privacy page: deciding one erases
	// a person.
	"GET /api/v1/admin/removal-requests":               scout.RoleAdmin,
	"GET /api/v1/admin/removal-requests/{id}":          scout.RoleAdmin,
	"POST /api/v1/admin/removal-requests/{id}/approve": scout.RoleAdmin,
	"POST /api/v1/admin/removal-requests/{id}/reject":  scout.RoleAdmin,

	// Keys are admin only.
	"GET /api/v1/keys":         scout.RoleAdmin,
	"POST /api/v1/keys":        scout.RoleAdmin,
	"DELETE /api/v1/keys/{id}": scout.RoleAdmin,
	"GET /api/v1/auth/whoami":  scout.RoleViewer,
}

// RouteRoles returns a copy of the role table (route pattern → lowest role
// allowed), for documentation and tests.
func RouteRoles() map[string]scout.Role {
	out := make(map[string]scout.Role, len(routeRoles))
	for k, v := range routeRoles {
		out[k] = v
	}
	return out
}

// Defaults of the per-key rate limit.
const (
	DefaultRateLimit = 20 // requests per second per key
	DefaultRateBurst = 40
)

// KeyCookie is the cookie a browser may carry the key in (HttpOnly,
// SameSite=Strict). It is read on GET and HEAD requests only, so a cookie
// alone can never change anything.
const KeyCookie = "scout_key"

// noAuthKey stands in for a caller when the server runs with NoAuth, so
// handlers that record who did something always have a key to name.
var noAuthKey = &scout.APIKey{ID: "local", Name: "no-auth (loopback)", Role: scout.RoleAdmin}

type keyContextKey struct{}

// KeyFromContext returns the API key that authenticated the request, so
// handlers can record who did what. With NoAuth it is a stand-in admin key
// with id "local"; on public routes there is none.
func KeyFromContext(ctx context.Context) (*scout.APIKey, bool) {
	k, ok := ctx.Value(keyContextKey{}).(*scout.APIKey)
	return k, ok
}

// ContextWithKey returns ctx carrying k, as the auth middleware does; tests
// of handlers use it to act as a given key.
func ContextWithKey(ctx context.Context, k *scout.APIKey) context.Context {
	return context.WithValue(ctx, keyContextKey{}, k)
}

// IsLoopback reports whether addr (host:port, or a bare host) listens on
// loopback only: localhost or a loopback IP. An empty host (":8080")
// listens on every interface and is not loopback.
func IsLoopback(addr string) bool {
	host := addr
	if h, _, err := net.SplitHostPort(addr); err == nil {
		host = h
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// limiters holds one token bucket per key id.
type limiters struct {
	mu    sync.Mutex
	limit rate.Limit
	burst int
	m     map[string]*rate.Limiter
}

// allow takes a token for key id, or returns how long to wait for one.
func (l *limiters) allow(id string, now time.Time) (bool, time.Duration) {
	if l.limit <= 0 {
		return true, 0
	}
	l.mu.Lock()
	lim, ok := l.m[id]
	if !ok {
		lim = rate.NewLimiter(l.limit, l.burst)
		l.m[id] = lim
	}
	l.mu.Unlock()
	res := lim.ReserveN(now, 1)
	if !res.OK() {
		return false, time.Second
	}
	if d := res.DelayFrom(now); d > 0 {
		res.CancelAt(now) // a refused request must not use up future tokens
		return false, d
	}
	return true, 0
}

// authorize checks every request against routeRoles before the mux runs
// the handler: it finds the route the mux would pick, lets public routes
// through, and otherwise wants a valid key (401), under its rate limit
// (429 with Retry-After) and with a role that may use the route (403);
// a heavy route must also fit the fair-use limits (429 with Retry-After
// past them; fairuse.go).
// Without a KeyService (and without NoAuth) it lets everything through;
// Open refuses to listen in that state, so only in-process tests see it.
func (s *Server) authorize(mux *http.ServeMux) http.Handler {
	lims := &limiters{limit: s.RateLimit, burst: s.RateBurst, m: map[string]*rate.Limiter{}}
	if lims.burst < 1 {
		lims.burst = 1
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, pattern := mux.Handler(r)
		need, known := routeRoles[pattern]
		switch {
		case pattern == "":
			need = scout.RoleViewer // 404 and 405 are for callers with a key
		case !known:
			s.logger().Error("route missing from the role table; admins only", "pattern", pattern)
			need = scout.RoleAdmin
		}
		if need == scout.RolePublic {
			mux.ServeHTTP(w, r)
			return
		}
		refuse := func(err error) { Error(w, r, err, s.logger()) }
		if s.NoAuth || s.Keys == nil {
			s.serveHeavy(w, r.WithContext(ContextWithKey(r.Context(), noAuthKey)), pattern, noAuthKey.ID, mux, refuse)
			return
		}
		secret := bearer(r)
		if secret == "" {
			w.Header().Set("WWW-Authenticate", `Bearer realm="scout"`)
			Error(w, r, scout.Errorf(scout.EUNAUTHORIZED, "this route needs an API key: send Authorization: Bearer KEY"), s.logger())
			return
		}
		key, err := s.Keys.Authenticate(r.Context(), secret)
		if err != nil {
			if scout.ErrorCode(err) == scout.EUNAUTHORIZED {
				w.Header().Set("WWW-Authenticate", `Bearer realm="scout", error="invalid_token"`)
			}
			Error(w, r, err, s.logger())
			return
		}
		if ok, wait := lims.allow(key.ID, time.Now()); !ok {
			secs := int(math.Ceil(wait.Seconds()))
			w.Header().Set("Retry-After", strconv.Itoa(max(secs, 1)))
			Error(w, r, scout.Errorf(scout.ERATELIMITED, "rate limit of %g requests/s for key %s exceeded; retry after %d s", float64(lims.limit), key.ID, max(secs, 1)), s.logger())
			return
		}
		if !key.Role.Allows(need) {
			Error(w, r, scout.Errorf(scout.EFORBIDDEN, "%s needs the %s role; key %s is %s", pattern, need, key.ID, key.Role), s.logger())
			return
		}
		s.serveHeavy(w, r.WithContext(ContextWithKey(r.Context(), key)), pattern, key.ID, mux, refuse) // fair use (fairuse.go)
	})
}

// bearer returns the key from "Authorization: Bearer KEY", or on GET and
// HEAD from the scout_key cookie.
func bearer(r *http.Request) string {
	if h := r.Header.Get("Authorization"); h != "" {
		scheme, tok, ok := strings.Cut(h, " ")
		if ok && strings.EqualFold(scheme, "Bearer") {
			return strings.TrimSpace(tok)
		}
		return ""
	}
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		if c, err := r.Cookie(KeyCookie); err == nil {
			return c.Value
		}
	}
	return ""
}

// checkAccess refuses to listen unprotected: without a key service a real
// listener needs NoAuth, and NoAuth is for loopback only.
func (s *Server) checkAccess() error {
	if s.NoAuth && !IsLoopback(s.Addr) {
		return scout.Errorf(scout.EINVALID, "no-auth is allowed only on a loopback address (127.0.0.1, ::1, localhost); got %s", s.Addr)
	}
	if !s.NoAuth && s.Keys == nil {
		return scout.Errorf(scout.EINVALID, "the server has no key service; set Keys or run with no-auth on loopback")
	}
	return nil
}
