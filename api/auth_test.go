package api_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/store"
)

// authEnv is a server that requires keys, over a real store and index,
// with one key per role.
type authEnv struct {
	srv  *api.Server
	ts   *httptest.Server
	db   *store.DB
	keys map[scout.Role]string // role → secret
}

// MustAuthServer starts a key-checking server; configure may adjust the
// server before it starts.
func MustAuthServer(tb testing.TB, configure func(*api.Server)) *authEnv {
	tb.Helper()
	ctx := context.Background()
	db, err := store.OpenWith(ctx, tb.TempDir(), store.Options{NoSync: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	idx, err := index.NewMemOnly()
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { idx.Close() })
	env := &authEnv{db: db, keys: map[scout.Role]string{}}
	for _, r := range scout.Roles {
		_, secret, err := db.CreateKey(ctx, string(r)+" key", r)
		if err != nil {
			tb.Fatal(err)
		}
		env.keys[r] = secret
	}
	s := api.NewServer()
	s.Creators, s.Index, s.Keys = db, idx, db
	s.RateLimit = 0
	s.Alerter = &api.Alerter{Alerts: db, Creators: db, Index: idx}
	if configure != nil {
		configure(s)
	}
	env.srv = s
	env.ts = httptest.NewServer(s.Handler())
	tb.Cleanup(env.ts.Close)
	return env
}

// do sends a request with an optional bearer key and returns status,
// headers and body.
func (e *authEnv) do(tb testing.TB, method, path, key, body string) (int, http.Header, []byte) {
	tb.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, e.ts.URL+path, rd)
	if err != nil {
		tb.Fatal(err)
	}
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := e.ts.Client().Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, b
}

// TestRouteRolesCoverEveryRoute fails when a registered route has no role
// in the table, or the table names a route that does not exist.
func TestRouteRolesCoverEveryRoute(t *testing.T) {
	table := api.RouteRoles()
	routes := registeredRoutes(t)
	for _, p := range routes {
		if _, ok := table[p]; !ok {
			t.Errorf("route %q is not in the role table (api/auth.go routeRoles): decide who may call it", p)
		}
	}
	for p := range table {
		if !contains(routes, p) {
			t.Errorf("role table names %q, which is not registered", p)
		}
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// TestAuthorizationMatrix calls every route with no key, an unknown key
// and each role's key, and checks the outcome against the role table:
// allowed calls may fail for their own reasons (400, 404, 503) but never
// with 401 or 403; refused calls get exactly 401 (no or unknown key) or
// 403 (role too low), in the one JSON error shape.
func TestAuthorizationMatrix(t *testing.T) {
	env := MustAuthServer(t, nil)
	table := api.RouteRoles()
	callers := []struct {
		name string
		role scout.Role // "" for no key, "bogus" for an unknown one
	}{{"NoKey", ""}, {"UnknownKey", "bogus"}, {"Viewer", scout.RoleViewer}, {"Editor", scout.RoleEditor}, {"Admin", scout.RoleAdmin}}
	routes := registeredRoutes(t)
	sort.Strings(routes)
	for _, pattern := range routes {
		need := table[pattern]
		method, path := exampleRequest(pattern)
		req := httptest.NewRequest(method, path, nil)
		if got := api.PatternFor(env.srv, req); got != pattern {
			t.Errorf("%s %s routes to %q, not %q; fix exampleRequest", method, path, got, pattern)
			continue
		}
		for _, c := range callers {
			key := env.keys[c.role]
			if c.role == "bogus" {
				key = "scout_aaaaaaaaaaaaaaaa_" + strings.Repeat("b", 52)
			}
			body := ""
			if method == http.MethodPost || method == http.MethodPatch || method == http.MethodPut {
				body = "{}"
			}
			status, hdr, raw := env.do(t, method, path, key, body)
			var want int // 0: anything but 401 and 403
			switch {
			case need == scout.RolePublic:
			case c.role == "" || c.role == "bogus":
				want = http.StatusUnauthorized
			case !c.role.Allows(need):
				want = http.StatusForbidden
			}
			name := pattern + " as " + c.name
			if want == 0 {
				if status == http.StatusUnauthorized || status == http.StatusForbidden {
					t.Errorf("%s: status %d, want access (%s route): %s", name, status, need, raw)
				}
				continue
			}
			if status != want {
				t.Errorf("%s: status %d, want %d: %s", name, status, want, raw)
				continue
			}
			var e struct {
				Error struct{ Code, Message string } `json:"error"`
			}
			if err := json.Unmarshal(raw, &e); err != nil || e.Error.Code == "" || e.Error.Message == "" {
				t.Errorf("%s: body is not the error shape: %s", name, raw)
			}
			if want == http.StatusUnauthorized && !strings.HasPrefix(hdr.Get("WWW-Authenticate"), "Bearer") {
				t.Errorf("%s: WWW-Authenticate = %q", name, hdr.Get("WWW-Authenticate"))
			}
		}
	}
}

func TestAuthCookie(t *testing.T) {
	env := MustAuthServer(t, nil)
	get := func(method, cookie string) int {
		req, _ := http.NewRequest(method, env.ts.URL+"/api/v1/auth/whoami", nil)
		if cookie != "" {
			req.AddCookie(&http.Cookie{Name: api.KeyCookie, Value: cookie})
		}
		resp, err := env.ts.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if got := get("GET", env.keys[scout.RoleViewer]); got != http.StatusOK {
		t.Errorf("GET with the cookie: %d, want 200", got)
	}
	if got := get("GET", "nope"); got != http.StatusUnauthorized {
		t.Errorf("GET with a bad cookie: %d, want 401", got)
	}
	// A cookie alone never authorizes a change, whatever its role.
	req, _ := http.NewRequest("POST", env.ts.URL+"/api/v1/saved-searches", strings.NewReader(`{"name":"x","query":"q=a"}`))
	req.AddCookie(&http.Cookie{Name: api.KeyCookie, Value: env.keys[scout.RoleAdmin]})
	resp, err := env.ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("POST with only the cookie: %d, want 401", resp.StatusCode)
	}
}

func TestWhoamiAndKeyFromContext(t *testing.T) {
	env := MustAuthServer(t, nil)
	status, _, body := env.do(t, "GET", "/api/v1/auth/whoami", env.keys[scout.RoleEditor], "")
	var got struct{ ID, Name, Role string }
	if err := json.Unmarshal(body, &got); err != nil || status != 200 {
		t.Fatalf("whoami: %d %s", status, body)
	}
	if got.Role != "editor" || got.Name != "editor key" || !strings.Contains(env.keys[scout.RoleEditor], "_"+got.ID+"_") {
		t.Errorf("whoami = %+v", got)
	}
}

func TestKeysAPI(t *testing.T) {
	env := MustAuthServer(t, nil)
	admin := env.keys[scout.RoleAdmin]
	status, hdr, body := env.do(t, "POST", "/api/v1/keys", admin, `{"name":"robot","role":"viewer"}`)
	if status != http.StatusCreated || hdr.Get("Cache-Control") != "no-store" {
		t.Fatalf("create: %d %v %s", status, hdr, body)
	}
	var created struct{ ID, Role, Secret string }
	if err := json.Unmarshal(body, &created); err != nil || created.Secret == "" || created.Role != "viewer" {
		t.Fatalf("create body: %s", body)
	}
	if st, _, _ := env.do(t, "GET", "/api/v1/creators", created.Secret, ""); st != http.StatusOK {
		t.Errorf("new key: search %d", st)
	}
	_, _, list := env.do(t, "GET", "/api/v1/keys", admin, "")
	if strings.Contains(string(list), created.Secret) || strings.Contains(string(list), `"hash"`) || !strings.Contains(string(list), created.ID) {
		t.Errorf("list leaks secrets or lacks the key: %s", list)
	}
	if st, _, b := env.do(t, "POST", "/api/v1/keys", admin, `{"name":"x","role":"root"}`); st != http.StatusBadRequest {
		t.Errorf("bad role: %d %s", st, b)
	}
	if st, _, _ := env.do(t, "DELETE", "/api/v1/keys/"+created.ID, admin, ""); st != http.StatusNoContent {
		t.Errorf("revoke: %d", st)
	}
	if st, _, _ := env.do(t, "GET", "/api/v1/creators", created.Secret, ""); st != http.StatusUnauthorized {
		t.Errorf("revoked key: search %d, want 401", st)
	}
}

func TestRateLimit(t *testing.T) {
	env := MustAuthServer(t, func(s *api.Server) {
		s.RateLimit, s.RateBurst = 0.5, 3 // one token per 2 s: the 4th request at once waits
	})
	viewer := env.keys[scout.RoleViewer]
	for i := 0; i < 3; i++ {
		if st, _, b := env.do(t, "GET", "/api/v1/creators", viewer, ""); st != http.StatusOK {
			t.Fatalf("request %d within the burst: %d %s", i+1, st, b)
		}
	}
	st, hdr, body := env.do(t, "GET", "/api/v1/creators", viewer, "")
	if st != http.StatusTooManyRequests {
		t.Fatalf("over the burst: %d, want 429: %s", st, body)
	}
	secs, err := strconv.Atoi(hdr.Get("Retry-After"))
	if err != nil || secs < 1 || secs > 2 {
		t.Errorf("Retry-After = %q, want 1 or 2 seconds", hdr.Get("Retry-After"))
	}
	if !strings.Contains(string(body), `"rate_limited"`) {
		t.Errorf("body: %s", body)
	}
	// Limits are per key: another key is not slowed by this one.
	if st, _, _ := env.do(t, "GET", "/api/v1/creators", env.keys[scout.RoleEditor], ""); st != http.StatusOK {
		t.Errorf("another key: %d, want 200", st)
	}
	// Public routes are not limited.
	if st, _, _ := env.do(t, "GET", "/healthz", "", ""); st != http.StatusOK {
		t.Errorf("healthz: %d", st)
	}
}

func TestOpenRefusesUnprotected(t *testing.T) {
	cases := []struct {
		name   string
		addr   string
		noAuth bool
		keys   bool
		want   string // "" when Open must work
	}{
		{"ErrNoAuthOnAllInterfaces", ":0", true, false, scout.EINVALID},
		{"ErrNoAuthOnPublicIP", "0.0.0.0:0", true, false, scout.EINVALID},
		{"ErrNoKeysNoNoAuth", "127.0.0.1:0", false, false, scout.EINVALID},
		{"OK_NoAuthOnLoopback", "127.0.0.1:0", true, false, ""},
		{"OK_NoAuthOnLocalhost", "localhost:0", true, false, ""},
		{"OK_KeysAnywhere", "127.0.0.1:0", false, true, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := api.NewServer()
			s.Addr, s.NoAuth = c.addr, c.noAuth
			if c.keys {
				db, err := store.OpenWith(context.Background(), t.TempDir(), store.Options{NoSync: true})
				if err != nil {
					t.Fatal(err)
				}
				defer db.Close()
				s.Keys = db
			}
			err := s.Open()
			if err == nil {
				defer s.Close()
			}
			if got := scout.ErrorCode(err); got != c.want {
				t.Errorf("Open() = %v; want code %q", err, c.want)
			}
		})
	}
}

func TestIsLoopback(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:8080": true, "[::1]:80": true, "localhost:1": true, "127.1.2.3:9": true,
		":8080": false, "0.0.0.0:80": false, "192.168.1.2:80": false, "example.com:80": false, "[::]:80": false,
	} {
		if got := api.IsLoopback(addr); got != want {
			t.Errorf("IsLoopback(%q) = %v, want %v", addr, got, want)
		}
	}
}

// TestREADMERoleTable keeps the route × role table in README.md (section
// "Who may call what") equal to the role table.
func TestREADMERoleTable(t *testing.T) {
	raw, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile("(?m)^\\| `([A-Z]+|any)` \\| `([^`]+)` \\| (public|viewer|editor|admin) \\|$")
	documented := map[string]scout.Role{}
	for _, m := range row.FindAllStringSubmatch(string(raw), -1) {
		p := m[1] + " " + m[2]
		if m[1] == "any" {
			p = m[2]
		}
		documented[p] = scout.Role(m[3])
	}
	for p, want := range api.RouteRoles() {
		if got, ok := documented[p]; !ok || got != want {
			t.Errorf("README's route table has %q as %q; the role table says %q", p, got, want)
		}
	}
	for p := range documented {
		if _, ok := api.RouteRoles()[p]; !ok {
			t.Errorf("README's route table lists %q, which the role table lacks", p)
		}
	}
}
