package crawltest_test

import (
	"io"
	"net/http"
	"testing"

	"github.com/scout-oss/scout/crawler/crawltest"
)

// TestAPIFixtureRoutes checks the fixture server the source tests stand on:
// the route with the most matching query parameters wins, a bare path
// matches any query, {{BASE}} becomes the server's URL, and every request
// is recorded.
func TestAPIFixtureRoutes(t *testing.T) {
	f := crawltest.MustStartAPIFixture(t, "testdata/api", map[string]crawltest.APIRoute{
		"/feed":             {Body: "any"},
		"/feed?actor=a":     {Body: "a"},
		"/feed?actor=a&n=1": {Body: "never"},
		"/users/a":          {File: "actor.json"},
		"/gone":             {Status: http.StatusGone, Body: `{"error":"gone"}`, Header: map[string]string{"X-Test": "1"}},
	})
	get := func(path string) (int, string, http.Header) {
		t.Helper()
		resp, err := http.Get(f.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		return resp.StatusCode, string(b), resp.Header
	}
	for _, tc := range []struct{ path, want string }{
		{"/feed?actor=a", "a"},
		{"/feed?actor=b", "any"},
		{"/feed", "any"},
		{"/users/a", `{"self":"` + f.URL + `/users/a"}` + "\n"},
	} {
		if st, got, _ := get(tc.path); st != http.StatusOK || got != tc.want {
			t.Errorf("GET %s = %d %q, want 200 %q", tc.path, st, got, tc.want)
		}
	}
	if st, _, h := get("/gone"); st != http.StatusGone || h.Get("X-Test") != "1" || h.Get("Content-Type") != "application/json; charset=utf-8" {
		t.Errorf("GET /gone = %d %v, want 410 with the route's header and JSON", st, h)
	}
	if st, _, _ := get("/nowhere"); st != http.StatusNotFound {
		t.Errorf("GET /nowhere = %d, want 404", st)
	}
	if got, want := len(f.Requests("/feed")), 3; got != want {
		t.Errorf("%d /feed requests recorded, want %d", got, want)
	}
	if got := f.Paths()["/users/a"]; got != 1 {
		t.Errorf("/users/a asked %d times, want 1", got)
	}
}
