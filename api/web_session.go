package api

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	"golang.org/x/time/rate"
)

// SessionCookie names the browser session the CSRF token is bound to. It
// carries no authority: the API key lives in KeyCookie.
const SessionCookie = "scout_session"

// csrfField is the hidden form field that carries the CSRF token.
const csrfField = "csrf"

// keyCookieAge is how long a browser keeps a signed-in key.
const keyCookieAge = 30 * 24 * time.Hour

// webRoutes is the role table of the page's own routes (forms and the pages
// behind them), checked by webGate the way routeRoles is by authorize.
// GET / and GET /creators/{id} are in routeRoles, since the API mux serves
// them; TestWebRoutesHaveRoles keeps this table equal to the registrations.
var webRoutes = map[string]scout.Role{
	"GET /signin":   scout.RolePublic,
	"POST /signin":  scout.RolePublic,
	"POST /signout": scout.RolePublic,

	"GET /shortlists":                            scout.RoleViewer,
	"GET /shortlists/{id}":                       scout.RoleViewer,
	"POST /shortlists":                           scout.RoleEditor,
	"POST /shortlists/add":                       scout.RoleEditor,
	"POST /shortlists/{id}/entries":              scout.RoleEditor,
	"POST /shortlists/{id}/entries/{key}":        scout.RoleEditor,
	"POST /shortlists/{id}/entries/{key}/delete": scout.RoleEditor,
	"POST /creators/{id}/flags/{code}/review":    scout.RoleEditor,
	"GET /briefs":                                scout.RoleViewer,
	"GET /briefs/{id}":                           scout.RoleViewer,
	"POST /briefs":                               scout.RoleEditor,
	"GET /crawls":                                scout.RoleViewer,
	"POST /crawls":                               scout.RoleAdmin,
	"GET /alerts":                                scout.RoleViewer,
	"POST /alerts/searches":                      scout.RoleEditor,
	"POST /shortlists/{id}/watch":                scout.RoleEditor,

	// The privacy notice and removal form are for the people Scout
	// collects, who have no key (limited per client address instead).
	"GET /privacy":                      scout.RolePublic,
	"POST /privacy":                     scout.RolePublic,
	"GET /admin/removals":               scout.RoleAdmin,
	"POST /admin/removals/{id}/approve": scout.RoleAdmin,
	"POST /admin/removals/{id}/reject":  scout.RoleAdmin,
}

// WebRoutes returns a copy of the page's role table, for tests and docs.
func WebRoutes() map[string]scout.Role {
	out := make(map[string]scout.Role, len(webRoutes))
	for k, v := range webRoutes {
		out[k] = v
	}
	return out
}

// webSession is what a page request knows about its browser session.
type webSession struct {
	secret []byte
	id     string
}

type webSessionKey struct{}

// csrfToken is the session's token: an HMAC of the session id under a
// secret that never leaves the process, so it cannot be forged from the
// cookie and is useless with another session.
func (ws *webSession) csrfToken() string {
	if ws == nil {
		return ""
	}
	m := hmac.New(sha256.New, ws.secret)
	m.Write([]byte("csrf\x00" + ws.id))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

func sessionFrom(ctx context.Context) *webSession {
	ws, _ := ctx.Value(webSessionKey{}).(*webSession)
	return ws
}

func randomToken() string {
	b := make([]byte, 24)
	_, _ = rand.Read(b) // crypto/rand never fails on supported platforms
	return base64.RawURLEncoding.EncodeToString(b)
}

// isPagePath reports whether a path belongs to the page rather than to the
// API, its assets or the health check.
func isPagePath(p string) bool {
	return !strings.HasPrefix(p, "/api/") && !strings.HasPrefix(p, "/static/") && p != "/healthz" && p != "/metrics"
}

// webGate runs in front of authorize. For the page's paths it keeps a
// session cookie (to bind CSRF tokens to), and:
//   - serves the page's own routes (webRoutes): it authenticates the key
//     from the Authorization header or the scout_key cookie, applies the
//     per-key rate limit and the route's role, and on POST first checks
//     the request's origin and CSRF token, so the cookie can act only from
//     Scout's own forms;
//   - answers a browser that asks for a page without a valid key with the
//     sign-in page (401) instead of the API's JSON error;
//   - passes everything else on to next (authorize and the API mux).
func (s *Server) webGate(next http.Handler) http.Handler {
	secret := make([]byte, 32)
	_, _ = rand.Read(secret)
	pages := http.NewServeMux()
	s.registerWebPageRoutes(pages)
	lims := &limiters{limit: s.RateLimit, burst: max(s.RateBurst, 1), m: map[string]*rate.Limiter{}}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !isPagePath(r.URL.Path) {
			next.ServeHTTP(w, r)
			return
		}
		ws := &webSession{secret: secret}
		if c, err := r.Cookie(SessionCookie); err == nil && len(c.Value) >= 16 && len(c.Value) <= 64 {
			ws.id = c.Value
		} else {
			ws.id = randomToken()
			setSessionCookie(w, r, ws.id)
		}
		r = r.WithContext(context.WithValue(r.Context(), webSessionKey{}, ws))

		_, pattern := pages.Handler(r)
		need, ours := webRoutes[pattern]
		if !ours {
			if (r.Method == http.MethodGet || r.Method == http.MethodHead) && wantsHTML(r) && !s.NoAuth && s.Keys != nil {
				if _, err := s.pageKey(r); err != nil {
					s.renderSignIn(w, r, http.StatusUnauthorized, err)
					return
				}
			}
			next.ServeHTTP(w, r)
			return
		}
		if r.Method == http.MethodPost {
			if err := checkOrigin(r); err != nil {
				s.renderError(w, r, err)
				return
			}
			if err := checkCSRF(r, ws); err != nil {
				s.renderError(w, r, err)
				return
			}
		}
		if need == scout.RolePublic {
			pages.ServeHTTP(w, r)
			return
		}
		key, err := s.pageKey(r)
		if err != nil {
			s.renderSignIn(w, r, http.StatusUnauthorized, err)
			return
		}
		if ok, wait := lims.allow(key.ID, time.Now()); !ok {
			secs := max(int(math.Ceil(wait.Seconds())), 1)
			w.Header().Set("Retry-After", strconv.Itoa(secs))
			s.renderError(w, r, scout.Errorf(scout.ERATELIMITED, "too many requests for key %s; retry after %d s", key.ID, secs))
			return
		}
		if !key.Role.Allows(need) {
			s.renderError(w, r, scout.Errorf(scout.EFORBIDDEN, "this needs the %s role; you are signed in as %s (%s)", need, key.Name, key.Role))
			return
		}
		s.serveHeavy(w, r.WithContext(ContextWithKey(r.Context(), key)), pattern, key.ID, pages, func(err error) {
			setRetryAfter(w, err)
			s.renderError(w, r, err)
		})
	})
}

// pageKey authenticates a page request: the stand-in admin without keys,
// else the Authorization header or the scout_key cookie.
func (s *Server) pageKey(r *http.Request) (*scout.APIKey, error) {
	if s.NoAuth || s.Keys == nil {
		return noAuthKey, nil
	}
	secret := ""
	if h := r.Header.Get("Authorization"); h != "" {
		secret = bearer(r)
	} else if c, err := r.Cookie(KeyCookie); err == nil {
		secret = c.Value
	}
	if secret == "" {
		return nil, scout.Errorf(scout.EUNAUTHORIZED, "sign in with an API key to use Scout")
	}
	key, err := s.Keys.Authenticate(r.Context(), secret)
	if err != nil {
		if scout.ErrorCode(err) == scout.EUNAUTHORIZED {
			return nil, scout.Errorf(scout.EUNAUTHORIZED, "this API key is not valid (revoked or mistyped); sign in again")
		}
		return nil, err
	}
	return key, nil
}

// wantsHTML reports whether the client is a browser asking for a page.
func wantsHTML(r *http.Request) bool {
	return strings.Contains(r.Header.Get("Accept"), "text/html")
}

// checkOrigin refuses a POST that a browser says comes from another site:
// Sec-Fetch-Site, then Origin, then Referer must name this host. A POST
// with none of them (not a browser) still needs the CSRF token.
func checkOrigin(r *http.Request) error {
	refuse := scout.Errorf(scout.EFORBIDDEN, "this form was sent from another site; open Scout and try again")
	switch r.Header.Get("Sec-Fetch-Site") {
	case "", "same-origin", "none":
	default:
		return refuse
	}
	src := r.Header.Get("Origin")
	if src == "" {
		src = r.Header.Get("Referer")
	}
	if src == "" {
		return scout.Errorf(scout.EFORBIDDEN, "this form came without an Origin or Referer header; send it from Scout's page")
	}
	u, err := url.Parse(src)
	if err != nil || !strings.EqualFold(u.Host, r.Host) || (u.Scheme != "http" && u.Scheme != "https") {
		return refuse
	}
	return nil
}

// checkCSRF compares the form's token with the session's, in constant time.
func checkCSRF(r *http.Request, ws *webSession) error {
	r.Body = http.MaxBytesReader(nil, r.Body, maxBody)
	got := r.PostFormValue(csrfField)
	if _, err := r.Cookie(SessionCookie); err != nil || got == "" || !hmac.Equal([]byte(got), []byte(ws.csrfToken())) {
		return scout.Errorf(scout.EFORBIDDEN, "the form's security token is missing or out of date; reload the page and try again")
	}
	return nil
}

func setSessionCookie(w http.ResponseWriter, r *http.Request, id string) {
	http.SetCookie(w, &http.Cookie{Name: SessionCookie, Value: id, Path: "/", HttpOnly: true,
		Secure: r.TLS != nil, SameSite: http.SameSiteStrictMode})
}

type signInPage struct {
	Next    string
	Message string
	NoAuth  bool
}

func (s *Server) renderSignIn(w http.ResponseWriter, r *http.Request, status int, err error) {
	next := r.URL.RequestURI()
	if r.URL.Path == "/signin" {
		next = r.URL.Query().Get("next")
	}
	p := signInPage{Next: safeNext(next), NoAuth: s.NoAuth || s.Keys == nil}
	if err != nil {
		p.Message = scout.ErrorMessage(err)
	}
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="scout"`)
	}
	s.page(w, r, status, "signin.html", "Sign in", p)
}

func (s *Server) handleSignInPage(w http.ResponseWriter, r *http.Request) {
	s.renderSignIn(w, r, http.StatusOK, nil)
}

// handleSignIn checks the key and keeps it in an HttpOnly, SameSite=Strict
// cookie, then starts a fresh session (so a planted session id is useless).
func (s *Server) handleSignIn(w http.ResponseWriter, r *http.Request) {
	secret := strings.TrimSpace(r.PostFormValue("key"))
	next := safeNext(r.PostFormValue("next"))
	if s.NoAuth || s.Keys == nil {
		http.Redirect(w, r, next, http.StatusSeeOther)
		return
	}
	if secret == "" {
		s.renderSignIn(w, r, http.StatusBadRequest, scout.Errorf(scout.EINVALID, "enter your API key"))
		return
	}
	if _, err := s.Keys.Authenticate(r.Context(), secret); err != nil {
		if scout.ErrorCode(err) == scout.EUNAUTHORIZED {
			err = scout.Errorf(scout.EUNAUTHORIZED, "that API key is not valid; check it with whoever runs this Scout")
		}
		s.renderSignIn(w, r, StatusOf(err), err)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: KeyCookie, Value: secret, Path: "/", HttpOnly: true, Secure: r.TLS != nil,
		SameSite: http.SameSiteStrictMode, MaxAge: int(keyCookieAge.Seconds())})
	setSessionCookie(w, r, randomToken())
	http.Redirect(w, r, next, http.StatusSeeOther)
}

func (s *Server) handleSignOut(w http.ResponseWriter, r *http.Request) {
	for _, name := range []string{KeyCookie, SessionCookie} {
		http.SetCookie(w, &http.Cookie{Name: name, Value: "", Path: "/", HttpOnly: true, Secure: r.TLS != nil,
			SameSite: http.SameSiteStrictMode, MaxAge: -1})
	}
	http.Redirect(w, r, "/signin", http.StatusSeeOther)
}
