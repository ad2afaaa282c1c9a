package api_test

import (
	"context"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/ingest"
	"github.com/scout-oss/scout/scoring"
	"github.com/scout-oss/scout/store"
	"golang.org/x/net/html"
)

// webEnv is a server with keys, one hostile creator and one shortlist.
type webEnv struct {
	ts       *httptest.Server
	keys     map[scout.Role]string
	hostile  string
	shortlst string
	db       *store.DB
}

func MustWebServer(tb testing.TB) *webEnv {
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
	now := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
	in := &ingest.Ingester{Creators: db, Visits: db, Index: idx, Scorer: scoring.New(), Now: func() time.Time { return now }}
	acc := scout.Account{ID: scout.AccountID(scout.PlatformWeb, "mallory"), Platform: scout.PlatformWeb, Handle: "mallory",
		URL: "javascript:alert(1)", DisplayName: `Mal <img src=x onerror=alert(2)>`,
		Bio:   `<script>alert(3)</script> vegan tips`,
		Links: []string{"javascript:alert(4)", "https://ok.example/shop"}, Followers: scout.Int64(12_345)}
	prof := &scout.Profile{Account: acc, FetchedAt: now}
	for i := range 6 {
		prof.Posts = append(prof.Posts, scout.Post{ID: fmt.Sprint("p", i), URL: "javascript:alert(5)", PublishedAt: now.Add(-time.Duration(i) * 24 * time.Hour),
			Text: "vegan <b>bold</b>", Likes: scout.Int64(300), Comments: scout.Int64(20)})
	}
	if err := in.Ingest(ctx, &scout.CrawlResult{URL: "https://mallory.example/", Status: 200, FetchedAt: now, Profile: prof}); err != nil {
		tb.Fatal(err)
	}
	if err := in.Flush(ctx); err != nil {
		tb.Fatal(err)
	}
	env := &webEnv{keys: map[scout.Role]string{}, hostile: scout.NewCreatorID(acc.ID), db: db}
	for _, r := range scout.Roles {
		_, secret, err := db.CreateKey(ctx, string(r)+" key", r)
		if err != nil {
			tb.Fatal(err)
		}
		env.keys[r] = secret
	}
	sl := &scout.Shortlist{Name: "Launch"}
	if err := db.CreateShortlist(ctx, sl); err != nil {
		tb.Fatal(err)
	}
	env.shortlst = sl.ID
	// One entry, so the shortlist page renders its rows (and the hostile
	// creator's name in them).
	if _, _, err := db.AddEntries(ctx, sl.ID, []scout.ShortlistEntry{{CreatorID: env.hostile, Stage: scout.StageCandidate}}); err != nil {
		tb.Fatal(err)
	}
	s := api.NewServer()
	s.Creators, s.Index, s.Keys = db, idx, db
	s.Shortlists, s.Hidden, s.Targets = db, db, db
	s.Jobs = db      // jobs are stored, not run: the page shows them queued
	s.Schedules = db // stored, not run: the page lists and changes them
	s.Alerter = &api.Alerter{Alerts: db, Creators: db, Index: idx, Shortlists: db}
	s.RateLimit = 0
	env.ts = httptest.NewServer(s.Handler())
	tb.Cleanup(env.ts.Close)
	return env
}

// browser is a client with a cookie jar that does not follow redirects,
// signed in with key (none when "").
func (e *webEnv) browser(tb testing.TB, key string) *http.Client {
	tb.Helper()
	jar, _ := cookiejar.New(nil)
	if key != "" {
		u, _ := url.Parse(e.ts.URL)
		jar.SetCookies(u, []*http.Cookie{{Name: api.KeyCookie, Value: key}})
	}
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

var csrfRE = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// get fetches a page as a browser does and returns status, headers, body
// and the page's CSRF token.
func (e *webEnv) get(tb testing.TB, c *http.Client, path string) (int, http.Header, string, string) {
	tb.Helper()
	req, _ := http.NewRequest("GET", e.ts.URL+path, nil)
	req.Header.Set("Accept", "text/html")
	resp, err := c.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	token := ""
	if m := csrfRE.FindStringSubmatch(string(raw)); m != nil {
		token = m[1]
	}
	return resp.StatusCode, resp.Header, string(raw), token
}

// post sends a form with the given headers.
func (e *webEnv) post(tb testing.TB, c *http.Client, path string, form url.Values, hdr map[string]string) (int, string, string) {
	tb.Helper()
	req, _ := http.NewRequest("POST", e.ts.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := c.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header.Get("Location"), string(raw)
}

func TestWebCSRF(t *testing.T) {
	env := MustWebServer(t)
	same := env.ts.URL
	for _, tc := range []struct {
		name   string
		token  func(good string) string
		hdr    map[string]string
		status int
	}{
		{"OK", func(g string) string { return g }, map[string]string{"Origin": same, "Sec-Fetch-Site": "same-origin"}, http.StatusSeeOther},
		{"OK_RefererOnly", func(g string) string { return g }, map[string]string{"Referer": same + "/shortlists"}, http.StatusSeeOther},
		{"ErrNoToken", func(string) string { return "" }, map[string]string{"Origin": same}, http.StatusForbidden},
		{"ErrForgedToken", func(g string) string { return strings.Repeat("A", len(g)) }, map[string]string{"Origin": same}, http.StatusForbidden},
		{"ErrOtherOrigin", func(g string) string { return g }, map[string]string{"Origin": "http://evil.example"}, http.StatusForbidden},
		{"ErrCrossSiteFetch", func(g string) string { return g }, map[string]string{"Origin": same, "Sec-Fetch-Site": "cross-site"}, http.StatusForbidden},
		{"ErrOtherReferer", func(g string) string { return g }, map[string]string{"Referer": "http://evil.example/x"}, http.StatusForbidden},
		{"ErrNoOriginOrReferer", func(g string) string { return g }, nil, http.StatusForbidden},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := env.browser(t, env.keys[scout.RoleEditor])
			_, _, _, token := env.get(t, c, "/shortlists")
			if token == "" {
				t.Fatal("the shortlists page has no CSRF token for its forms")
			}
			status, _, body := env.post(t, c, "/shortlists", url.Values{"csrf": {tc.token(token)}, "name": {"From " + tc.name}}, tc.hdr)
			if status != tc.status {
				t.Errorf("status %d, want %d: %.300s", status, tc.status, body)
			}
		})
	}
	t.Run("ErrTokenOfAnotherSession", func(t *testing.T) {
		a, b := env.browser(t, env.keys[scout.RoleEditor]), env.browser(t, env.keys[scout.RoleEditor])
		_, _, _, tokenA := env.get(t, a, "/shortlists")
		env.get(t, b, "/shortlists") // b gets its own session
		status, _, _ := env.post(t, b, "/shortlists", url.Values{"csrf": {tokenA}, "name": {"x"}}, map[string]string{"Origin": same})
		if status != http.StatusForbidden {
			t.Errorf("status %d, want 403", status)
		}
	})
	t.Run("CookieAloneCannotCallTheAPI", func(t *testing.T) {
		c := env.browser(t, env.keys[scout.RoleAdmin])
		status, _, _ := env.post(t, c, "/api/v1/shortlists", url.Values{}, map[string]string{"Origin": same})
		if status != http.StatusUnauthorized {
			t.Errorf("POST to the API with only the cookie: %d, want 401", status)
		}
	})
}

func TestWebSignIn(t *testing.T) {
	env := MustWebServer(t)
	t.Run("PageWithoutKeyShowsSignIn", func(t *testing.T) {
		status, hdr, body, _ := env.get(t, env.browser(t, ""), "/?q=vegan")
		if status != http.StatusUnauthorized || !strings.Contains(body, `<form method="post" action="/signin"`) {
			t.Fatalf("status %d; want 401 with the sign-in form", status)
		}
		if !strings.Contains(body, `name="next" value="/?q=vegan"`) || !strings.HasPrefix(hdr.Get("WWW-Authenticate"), "Bearer") {
			t.Errorf("sign-in page does not return to the search, or lacks WWW-Authenticate")
		}
	})
	for _, tc := range []struct {
		name, key, next string
		status          int
		location        string
	}{
		{"OK", "viewer", "/creators/x", http.StatusSeeOther, "/creators/x"},
		{"OK_OffsiteNextGoesHome", "viewer", "//evil.example/", http.StatusSeeOther, "/"},
		{"OK_SchemeNextGoesHome", "viewer", "https://evil.example/", http.StatusSeeOther, "/"},
		{"ErrBadKey", "nope", "/", http.StatusUnauthorized, ""},
		{"ErrEmptyKey", "", "/", http.StatusBadRequest, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := env.browser(t, "")
			_, _, _, token := env.get(t, c, "/signin")
			key := tc.key
			if k, ok := env.keys[scout.Role(tc.key)]; ok {
				key = k
			}
			req, _ := http.NewRequest("POST", env.ts.URL+"/signin", strings.NewReader(url.Values{"csrf": {token}, "key": {key}, "next": {tc.next}}.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			req.Header.Set("Origin", env.ts.URL)
			resp, err := c.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tc.status || resp.Header.Get("Location") != tc.location {
				t.Fatalf("status %d to %q, want %d to %q", resp.StatusCode, resp.Header.Get("Location"), tc.status, tc.location)
			}
			if tc.status != http.StatusSeeOther {
				return
			}
			var kc *http.Cookie
			for _, ck := range resp.Cookies() {
				if ck.Name == api.KeyCookie {
					kc = ck
				}
			}
			if kc == nil || !kc.HttpOnly || kc.SameSite != http.SameSiteStrictMode || kc.Path != "/" {
				t.Errorf("key cookie = %+v; want HttpOnly, SameSite=Strict, Path=/", kc)
			}
			if status, _, _, _ := env.get(t, c, "/"); status != http.StatusOK {
				t.Errorf("after signing in the search page answers %d", status)
			}
		})
	}
	t.Run("ErrSignInWithoutToken", func(t *testing.T) {
		c := env.browser(t, "")
		status, _, _ := env.post(t, c, "/signin", url.Values{"key": {env.keys[scout.RoleViewer]}}, map[string]string{"Origin": env.ts.URL})
		if status != http.StatusForbidden {
			t.Errorf("status %d, want 403 (login CSRF)", status)
		}
	})
}

func TestWebRoles(t *testing.T) {
	env := MustWebServer(t)
	pages := []string{"/", "/creators/" + env.hostile, "/shortlists", "/shortlists/" + env.shortlst}
	for _, tc := range []struct {
		role             scout.Role
		forms, crawlLink bool
	}{
		{scout.RoleViewer, false, false},
		{scout.RoleEditor, true, false},
		{scout.RoleAdmin, true, true},
	} {
		t.Run(string(tc.role), func(t *testing.T) {
			c := env.browser(t, env.keys[tc.role])
			for _, p := range pages {
				status, _, body, _ := env.get(t, c, p)
				if status != http.StatusOK {
					t.Fatalf("%s: status %d", p, status)
				}
				changing := strings.Contains(body, `action="/shortlists`) || strings.Contains(body, `/review"`)
				if changing != tc.forms {
					t.Errorf("%s as %s: forms that change data shown = %v, want %v", p, tc.role, changing, tc.forms)
				}
				if got := strings.Contains(body, `href="/crawls"`); got != tc.crawlLink {
					t.Errorf("%s as %s: crawls link shown = %v, want %v", p, tc.role, got, tc.crawlLink)
				}
			}
			_, _, _, token := env.get(t, c, "/shortlists")
			status, _, _ := env.post(t, c, "/shortlists", url.Values{"csrf": {token}, "name": {"by " + string(tc.role)}}, map[string]string{"Origin": env.ts.URL})
			want := http.StatusSeeOther
			if !tc.forms {
				want = http.StatusForbidden
			}
			if status != want {
				t.Errorf("create shortlist as %s: %d, want %d", tc.role, status, want)
			}
			status, _, _ = env.post(t, c, "/crawls", url.Values{"csrf": {token}, "targets": {"https://example.com/"}}, map[string]string{"Origin": env.ts.URL})
			if tc.role != scout.RoleAdmin && status != http.StatusForbidden {
				t.Errorf("start crawl as %s: %d, want 403", tc.role, status)
			}
		})
	}
}

func TestWebCreatorTextIsInert(t *testing.T) {
	env := MustWebServer(t)
	c := env.browser(t, env.keys[scout.RoleEditor])
	for _, path := range []string{"/creators/" + env.hostile, "/?q=vegan", "/shortlists"} {
		status, hdr, body, _ := env.get(t, c, path)
		if status != http.StatusOK {
			t.Fatalf("%s: status %d", path, status)
		}
		csp := hdr.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'none'", "script-src 'self'", "style-src 'self'", "form-action 'self'", "frame-ancestors 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: CSP %q lacks %s", path, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
			t.Errorf("%s: CSP allows inline code: %q", path, csp)
		}
		for _, bad := range []string{"<script>alert", "<img src=x", "<b>bold</b>"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s: page contains %q", path, bad)
			}
		}
		checkInert(t, path, body)
	}
	_, _, body, _ := env.get(t, c, "/creators/"+env.hostile)
	for _, want := range []string{
		"&lt;script&gt;alert(3)&lt;/script&gt; vegan tips",                     // the bio, as text
		"Mal &lt;img src=x onerror=alert(2)&gt;",                               // the name, as text
		`<span class="unsafe"`,                                                 // javascript: link shown as text
		`<a href="https://ok.example/shop" rel="noopener noreferrer nofollow"`, // the http link, linked
	} {
		if !strings.Contains(body, want) {
			t.Errorf("creator page lacks %q", want)
		}
	}
}

func TestWebCrawlsAndAlerts(t *testing.T) {
	env := MustWebServer(t)
	c := env.browser(t, env.keys[scout.RoleAdmin])
	origin := map[string]string{"Origin": env.ts.URL}
	_, _, body, token := env.get(t, c, "/crawls")
	if !strings.Contains(body, "No crawl jobs yet.") || !strings.Contains(body, `action="/crawls"`) {
		t.Fatal("empty crawls page: no empty state or no start form")
	}
	status, loc, _ := env.post(t, c, "/crawls", url.Values{"csrf": {token}, "targets": {"https://creator.example/\nbluesky:someone.bsky.social"}}, origin)
	if status != http.StatusSeeOther || loc != "/crawls?done=started" {
		t.Fatalf("start crawl: %d %q", status, loc)
	}
	_, _, body, _ = env.get(t, c, loc)
	for _, want := range []string{"Crawl queued.", ">queued<", `<meta http-equiv="refresh" content="2">`} {
		if !strings.Contains(body, want) {
			t.Errorf("crawls page lacks %q", want)
		}
	}
	status, _, body = env.post(t, c, "/crawls", url.Values{"csrf": {token}, "targets": {"http://127.0.0.1:9/"}}, origin)
	if status != http.StatusBadRequest || !strings.Contains(body, "127.0.0.1") {
		t.Errorf("crawl of an internal address: %d, want 400 naming it", status)
	}

	status, loc, _ = env.post(t, c, "/alerts/searches", url.Values{"csrf": {token}, "name": {"vegan creators"}, "query": {"q=vegan&min_followers=1000"}}, origin)
	if status != http.StatusSeeOther || loc != "/alerts?done=saved" {
		t.Fatalf("save search: %d %q", status, loc)
	}
	status, loc, _ = env.post(t, c, "/shortlists/"+env.shortlst+"/watch", url.Values{"csrf": {token}}, origin)
	if status != http.StatusSeeOther {
		t.Fatalf("watch shortlist: %d %q", status, loc)
	}
	_, _, body, _ = env.get(t, c, "/alerts")
	for _, want := range []string{`<a href="/?q=vegan&amp;min_followers=1000">vegan creators</a>`, "shortlist Launch", "No new alerts."} {
		if !strings.Contains(body, want) {
			t.Errorf("alerts page lacks %q", want)
		}
	}
}

// checkInert parses a page as a browser does and fails on anything that
// could run or leak: event-handler attributes, style attributes, scripts
// other than /static/scout.js, links that are not http(s) or same-site,
// and outbound links without rel="noopener noreferrer".
func checkInert(t *testing.T, path, page string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			attr := map[string]string{}
			for _, a := range n.Attr {
				attr[a.Key] = a.Val
				if strings.HasPrefix(a.Key, "on") || a.Key == "style" {
					t.Errorf("%s: <%s %s=%q>", path, n.Data, a.Key, a.Val)
				}
			}
			switch n.Data {
			case "script":
				if attr["src"] != "/static/scout.js" {
					t.Errorf("%s: script %v", path, attr)
				}
			case "style":
				t.Errorf("%s: inline <style>", path)
			case "a":
				href, ok := attr["href"]
				u, err := url.Parse(href)
				switch {
				case !ok:
				case err != nil || (u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https"):
					t.Errorf("%s: link to %q", path, href)
				case u.Host != "" && !strings.Contains(attr["rel"], "noopener noreferrer"):
					t.Errorf("%s: outbound link %q with rel %q", path, href, attr["rel"])
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
}

// TestWebRoutesHaveRoles keeps the page's role table (webRoutes) equal to
// the routes registered on the page mux, as TestRouteRolesCoverEveryRoute
// does for the API.
func TestWebRoutesHaveRoles(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "web.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	registered := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 2 {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if id, ok := sel.X.(*ast.Ident); !ok || id.Name != "pages" {
			return true
		}
		lit, ok := call.Args[0].(*ast.BasicLit)
		if !ok {
			t.Errorf("page route pattern is not a string literal")
			return true
		}
		p, _ := strconv.Unquote(lit.Value)
		registered[p] = true
		return true
	})
	table := api.WebRoutes()
	if len(registered) < 10 {
		t.Fatalf("found only %d page routes", len(registered))
	}
	for p := range registered {
		if _, ok := table[p]; !ok {
			t.Errorf("page route %q has no role in webRoutes", p)
		}
	}
	for p, role := range table {
		if !registered[p] {
			t.Errorf("webRoutes names %q, which is not registered", p)
		}
		// Public forms: signing in and out, and the removal request of
		// a person who has no key (rate-limited per client instead).
		if strings.HasPrefix(p, "POST ") && role == scout.RolePublic && p != "POST /signin" && p != "POST /signout" && p != "POST /privacy" {
			t.Errorf("%s changes data but is public", p)
		}
	}
}

func TestFollowerChart(t *testing.T) {
	day := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
	c := &scout.Creator{Accounts: []scout.Account{{ID: "a", Platform: scout.PlatformBluesky, Handle: "h"}}}
	if api.FollowerChart(c) != nil {
		t.Fatal("a chart without snapshots")
	}
	for i, n := range []int64{1000, 1500, 3000} {
		c.Snapshots = append(c.Snapshots, scout.Snapshot{AccountID: "a", At: day.AddDate(0, 0, 30*i), Followers: scout.Int64(n)})
	}
	ch := api.FollowerChart(c)
	if ch == nil || len(ch.Series) != 1 || len(ch.Series[0].Dots) != 3 || len(ch.Rows) != 3 {
		t.Fatalf("chart = %+v", ch)
	}
	dots := ch.Series[0].Dots
	x0, _ := strconv.ParseFloat(dots[0].X, 64)
	x2, _ := strconv.ParseFloat(dots[2].X, 64)
	y0, _ := strconv.ParseFloat(dots[0].Y, 64)
	y2, _ := strconv.ParseFloat(dots[2].Y, 64)
	if !(x0 < x2 && y0 > y2) {
		t.Errorf("growth should rise left to right (SVG y grows downward): first (%v,%v), last (%v,%v)", x0, y0, x2, y2)
	}
	if ch.YMax != "3K" || ch.YMin != "1K" || ch.Series[0].Label != "bluesky · h" || ch.XStart != "1 Sep 2026" {
		t.Errorf("labels: max %q min %q series %q start %q", ch.YMax, ch.YMin, ch.Series[0].Label, ch.XStart)
	}
}
