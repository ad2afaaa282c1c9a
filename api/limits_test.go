package api_test

import (
	"net/http"
	"net/url"
	"sort"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
)

// bodylessRoutes take no request body: they are called with an empty one
// (or none) and never read what is sent, so the body limits do not apply.
var bodylessRoutes = map[string]bool{
	"POST /api/v1/crawls/{id}/cancel":    true,
	"POST /api/v1/alerts/check":          true,
	"POST /api/v1/shortlists/{id}/watch": true,

	"POST /api/v1/admin/removal-requests/{id}/approve": true,
}

// malformedBodies are the broken JSON every JSON route must answer with 400.
var malformedBodies = []string{
	`{`,
	`{"name": }`,
	`[1, 2`,
	`{"name": "a"} {"name": "b"}`,
	"\xff\xfe{}",
	`not json`,
	`{"name": "\ud800"`,
}

// TestInputLimits sends every POST and PATCH route (taken from the mux, so a
// new route is covered the day it is added) a body over the size cap, which
// must be a 413, and malformed JSON, which must be a 400, both in the one
// JSON error shape; and sends every list route a page size over the maximum
// and a 10 kB query, which must be 400s.
func TestInputLimits(t *testing.T) {
	env := MustAuthServer(t, nil)
	// Every service the routes need, so that each gets as far as reading
	// its input. Handlers read these fields per request.
	s, db := env.srv, env.db
	s.Briefs, s.Shortlists, s.Hidden, s.Targets, s.Jobs = db, db, db, db, db
	s.Schedules, s.Privacy, s.Removals = db, db, db
	admin := env.keys[scout.RoleAdmin]
	routes := registeredRoutes(t)
	sort.Strings(routes)
	huge := `{"name":"` + strings.Repeat("a", 5<<20) + `"}`

	var bodyRoutes int
	for _, pattern := range routes {
		method, path := exampleRequest(pattern)
		if method != http.MethodPost && method != http.MethodPatch && method != http.MethodPut {
			continue
		}
		if bodylessRoutes[pattern] {
			continue
		}
		bodyRoutes++
		status, _, raw := env.do(t, method, path, admin, huge)
		if status != http.StatusRequestEntityTooLarge {
			t.Errorf("%s with a 5 MB body: %d, want 413: %.200s", pattern, status, raw)
		} else {
			assertError(t, status, raw, http.StatusRequestEntityTooLarge, scout.ETOOLARGE)
		}
		for _, body := range malformedBodies {
			status, _, raw := env.do(t, method, path, admin, body)
			if status != http.StatusBadRequest {
				t.Errorf("%s with %q: %d, want 400: %.200s", pattern, body, status, raw)
				continue
			}
			assertError(t, status, raw, http.StatusBadRequest, scout.EINVALID)
		}
	}
	if bodyRoutes < 10 {
		t.Errorf("only %d routes with a body found", bodyRoutes)
	}

	// Every route that returns a page of items takes a page size, and
	// refuses one over its maximum, negative, or not a number.
	for _, tc := range pagedRoutes {
		for _, size := range []string{"1000000", "-1", "x"} {
			path := tc.path + "?" + url.Values{tc.param: {size}}.Encode()
			status, _, raw := env.do(t, http.MethodGet, path, admin, "")
			if status != http.StatusBadRequest {
				t.Errorf("GET %s: %d, want 400: %.200s", path, status, raw)
				continue
			}
			assertError(t, status, raw, http.StatusBadRequest, scout.EINVALID)
		}
	}
	longQuery := strings.Repeat("trail runner ", 800) // about 10 kB
	for _, path := range []string{"/api/v1/creators", "/api/v1/creators/export"} {
		status, _, raw := env.do(t, http.MethodGet, path+"?"+url.Values{"q": {longQuery}}.Encode(), admin, "")
		if status != http.StatusBadRequest {
			t.Errorf("GET %s with a 10 kB query: %d, want 400: %.200s", path, status, raw)
			continue
		}
		assertError(t, status, raw, http.StatusBadRequest, scout.EINVALID)
	}
	status, _, raw := env.do(t, http.MethodPost, "/api/v1/saved-searches", admin, `{"name":"long","query":{"q":"`+longQuery+`"}}`)
	if status != http.StatusBadRequest {
		t.Errorf("saved search with a 10 kB query: %d, want 400: %.200s", status, raw)
	}
}

// pagedRoutes are the routes that return a page of items, with the name
// of their page-size parameter. The other list routes (keys, hidden,
// saved searches, watches, schedules) return short, per-team lists whole.
var pagedRoutes = []struct{ path, param string }{
	{"/api/v1/creators", "per_page"},
	{"/api/v1/briefs", "per_page"},
	{"/api/v1/shortlists", "per_page"},
	{"/api/v1/crawls", "limit"},
	{"/api/v1/alerts", "limit"},
	{"/api/v1/admin/audit", "limit"},
	{"/api/v1/creators/x/similar", "limit"},
}
