package api_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/ingest"
	"github.com/scout-oss/scout/scoring"
	"github.com/scout-oss/scout/store"
)

type removalEnv struct {
	ts           *httptest.Server
	db           *store.DB
	admin, edit  string
	pia          string // the stored person's creator id
	piaURL       string
	piaAccountID string
}

func MustRemovalServer(tb testing.TB) *removalEnv {
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
	now := time.Now().UTC()
	in := &ingest.Ingester{Creators: db, Visits: db, Index: idx, Scorer: scoring.New(), Now: func() time.Time { return now }}
	env := &removalEnv{db: db, piaURL: "https://pia-removable.example/"}
	acc := scout.Account{ID: scout.AccountID(scout.PlatformWeb, "https://pia-removable.example/"), Platform: scout.PlatformWeb,
		URL: env.piaURL, DisplayName: "Pia Removable", Bio: "vegan recipes", Followers: scout.Int64(2000)}
	env.piaAccountID = acc.ID
	if err := in.Ingest(ctx, &scout.CrawlResult{URL: env.piaURL, Status: 200, FetchedAt: now, Profile: &scout.Profile{Account: acc, FetchedAt: now}}); err != nil {
		tb.Fatal(err)
	}
	if err := in.Flush(ctx); err != nil {
		tb.Fatal(err)
	}
	env.pia = scout.NewCreatorID(acc.ID)
	if _, env.admin, err = db.CreateKey(ctx, "dpo", scout.RoleAdmin); err != nil {
		tb.Fatal(err)
	}
	if _, env.edit, err = db.CreateKey(ctx, "editor", scout.RoleEditor); err != nil {
		tb.Fatal(err)
	}
	s := api.NewServer()
	s.Creators, s.Index, s.Keys, s.Privacy, s.Removals = db, idx, db, db, db
	s.Notice = api.PrivacyNotice{Operator: "Example Agency Ltd", Contact: "privacy@agency.example", Retention: 365 * 24 * time.Hour}
	s.RateLimit = 0
	env.ts = httptest.NewServer(s.Handler())
	tb.Cleanup(env.ts.Close)
	return env
}

// browser returns a client with a cookie jar that follows no redirects,
// signed in with key when key is not "".
func (e *removalEnv) browser(key string) *http.Client {
	jar, _ := cookiejar.New(nil)
	if key != "" {
		u, _ := url.Parse(e.ts.URL)
		jar.SetCookies(u, []*http.Cookie{{Name: api.KeyCookie, Value: key}})
	}
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

func (e *removalEnv) page(tb testing.TB, c *http.Client, path string) (int, http.Header, string, string) {
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

func (e *removalEnv) form(tb testing.TB, c *http.Client, path string, form url.Values, origin string) (int, string, string) {
	tb.Helper()
	req, _ := http.NewRequest("POST", e.ts.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", origin)
	resp, err := c.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header.Get("Location"), string(raw)
}

func (e *removalEnv) api(tb testing.TB, method, path, key, body string, out any) int {
	tb.Helper()
	req, _ := http.NewRequest(method, e.ts.URL+path, strings.NewReader(body))
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if out != nil && resp.StatusCode < 300 {
		if err := json.Unmarshal(raw, out); err != nil {
			tb.Fatalf("%s %s: %v: %s", method, path, err, raw)
		}
	}
	return resp.StatusCode
}

// TestPrivacyPageIsPublic reads the notice without a key: it says what is
// collected, from where, what for and for how long, names the operator
// and carries the removal form with its CSRF token.
func TestPrivacyPageIsPublic(t *testing.T) {
	env := MustRemovalServer(t)
	status, hdr, body, token := env.page(t, env.browser(""), "/privacy")
	if status != http.StatusOK {
		t.Fatalf("status %d: %s", status, body)
	}
	for _, want := range []string{"What it collects", "From where", "What for", "How long", "older than 365 days",
		"Example Agency Ltd", "privacy@agency.example", "robots.txt", "right to object", `<form method="post" action="/privacy"`} {
		if !strings.Contains(body, want) {
			t.Errorf("privacy page lacks %q", want)
		}
	}
	if token == "" || !strings.Contains(hdr.Get("Content-Security-Policy"), "default-src 'none'") {
		t.Errorf("privacy page: token %q, CSP %q", token, hdr.Get("Content-Security-Policy"))
	}
	checkInert(t, "/privacy", body)
	// Every page links to it.
	_, _, signin, _ := env.page(t, env.browser(""), "/signin")
	if !strings.Contains(signin, `href="/privacy"`) {
		t.Error("the sign-in page does not link to the privacy page")
	}
}

// TestPrivacyPageRateLimit reads the page faster than a person does, from
// one address: past the burst the answer is 429 with Retry-After.
func TestPrivacyPageRateLimit(t *testing.T) {
	env := MustRemovalServer(t)
	c := env.browser("")
	for i := range 40 {
		status, hdr, _, _ := env.page(t, c, "/privacy")
		if status == http.StatusTooManyRequests {
			if hdr.Get("Retry-After") == "" || i < 20 {
				t.Errorf("429 after %d reads, Retry-After %q", i, hdr.Get("Retry-After"))
			}
			return
		}
	}
	t.Error("40 reads in a row from one address were never limited")
}

// TestRemovalRequestFlow asks to be removed on the public form, as the
// person and for a profile Scout does not hold, then decides as an admin:
// approval through the API erases and suppresses the stored person,
// approval on the admin page suppresses the unknown one, and a rejection
// is recorded with its reason.
func TestRemovalRequestFlow(t *testing.T) {
	env := MustRemovalServer(t)
	ctx := context.Background()
	person := env.browser("")
	_, _, _, token := env.page(t, person, "/privacy")

	t.Run("ErrNoToken", func(t *testing.T) {
		status, _, _ := env.form(t, person, "/privacy", url.Values{"ref": {env.piaURL}}, env.ts.URL)
		if status != http.StatusForbidden {
			t.Errorf("status %d, want 403", status)
		}
	})
	t.Run("ErrOtherSite", func(t *testing.T) {
		status, _, _ := env.form(t, person, "/privacy", url.Values{"csrf": {token}, "ref": {env.piaURL}}, "https://evil.example")
		if status != http.StatusForbidden {
			t.Errorf("status %d, want 403", status)
		}
	})
	var answers []string
	for _, f := range []url.Values{
		{"csrf": {token}, "ref": {"pia-removable.example"}, "contact": {"pia@mail.example"}},
		{"csrf": {token}, "ref": {"https://nobody-stored.example/me"}},
	} {
		status, loc, _ := env.form(t, person, "/privacy", f, env.ts.URL)
		if status != http.StatusSeeOther || loc != "/privacy?done=requested" {
			t.Fatalf("request %v: %d %q", f, status, loc)
		}
		_, _, body, _ := env.page(t, person, loc)
		answers = append(answers, body)
		if !strings.Contains(body, "Your request was received") {
			t.Errorf("no confirmation after %v", f["ref"])
		}
	}
	if answers[0] != answers[1] {
		t.Error("the answer differs for a stored and an unknown profile")
	}
	status, _, body := env.form(t, person, "/privacy", url.Values{"csrf": {token}, "ref": {"javascript:alert(1)"}}, env.ts.URL)
	if status != http.StatusBadRequest || !strings.Contains(body, "is not a profile URL") || !strings.Contains(body, `value="javascript:alert(1)"`) {
		t.Errorf("bad reference: %d, want 400 with the form refilled", status)
	}
	status, _, _ = env.form(t, person, "/privacy", url.Values{"csrf": {token}, "ref": {"https://flood.example/"}}, env.ts.URL)
	if status != http.StatusTooManyRequests {
		t.Errorf("fourth request from one address: %d, want 429", status)
	}

	var list api.RemovalList
	if st := env.api(t, "GET", "/api/v1/admin/removal-requests?status=pending", env.admin, "", &list); st != http.StatusOK || list.Total != 2 {
		t.Fatalf("pending list: %d %+v", st, list)
	}
	if st := env.api(t, "GET", "/api/v1/admin/removal-requests", env.edit, "", nil); st != http.StatusForbidden {
		t.Errorf("editor lists removal requests: %d, want 403", st)
	}
	piaReq, nobodyReq := list.Requests[0], list.Requests[1]
	if piaReq.Ref != "https://pia-removable.example" || piaReq.Contact != "pia@mail.example" {
		t.Errorf("stored request = %+v", piaReq)
	}

	t.Run("AdminPageShowsTheQueue", func(t *testing.T) {
		status, _, body, _ := env.page(t, env.browser(env.admin), "/admin/removals")
		if status != http.StatusOK || !strings.Contains(body, `href="/creators/`+env.pia+`"`) || !strings.Contains(body, "nothing stored") {
			t.Errorf("admin page: %d, want the queue with the stored creator linked", status)
		}
		checkInert(t, "/admin/removals", body)
		if status, _, _, _ := env.page(t, env.browser(env.edit), "/admin/removals"); status != http.StatusForbidden {
			t.Errorf("editor opens the admin page: %d", status)
		}
	})

	t.Run("ApproveErases", func(t *testing.T) {
		var d api.RemovalDecision
		if st := env.api(t, "POST", "/api/v1/admin/removal-requests/"+piaReq.ID+"/approve", env.admin, "", &d); st != http.StatusOK {
			t.Fatalf("approve: %d", st)
		}
		if d.Erasure == nil || d.Erasure.Accounts != 1 || d.Contact != "pia@mail.example" || d.Request.Status != scout.RemovalApproved ||
			d.Request.Ref != "" || d.Request.Contact != "" || d.Request.Subject != d.Erasure.Subject {
			t.Errorf("decision = %+v (erasure %+v)", d, d.Erasure)
		}
		if st := env.api(t, "GET", "/api/v1/creators/"+env.pia, env.admin, "", nil); st != http.StatusNotFound {
			t.Errorf("creator after approval: %d, want 404", st)
		}
		if gone, err := env.db.IsSuppressed(ctx, "id:"+strings.ToLower(env.piaAccountID)); err != nil || !gone {
			t.Errorf("the person is not suppressed: %v %v", gone, err)
		}
	})

	t.Run("ApproveOnThePageSuppressesUnknown", func(t *testing.T) {
		admin := env.browser(env.admin)
		_, _, _, tok := env.page(t, admin, "/admin/removals")
		status, loc, _ := env.form(t, admin, "/admin/removals/"+nobodyReq.ID+"/approve", url.Values{"csrf": {tok}}, env.ts.URL)
		if status != http.StatusSeeOther || loc != "/admin/removals?done=approved" {
			t.Fatalf("approve on the page: %d %q", status, loc)
		}
		exp, err := env.db.ExportSubject(ctx, "https://nobody-stored.example/me")
		if err != nil || !exp.Suppressed {
			t.Errorf("unknown profile not suppressed: %+v %v", exp, err)
		}
	})

	t.Run("Reject", func(t *testing.T) {
		r := &scout.RemovalRequest{Ref: "https://not-a-person.example/", Contact: "x@mail.example"}
		if err := env.db.CreateRemovalRequest(ctx, r); err != nil {
			t.Fatal(err)
		}
		path := "/api/v1/admin/removal-requests/" + r.ID
		if st := env.api(t, "POST", path+"/reject", env.admin, `{"reason":""}`, nil); st != http.StatusBadRequest {
			t.Errorf("reject without a reason: %d, want 400", st)
		}
		var got scout.RemovalRequest
		if st := env.api(t, "POST", path+"/reject", env.admin, `{"reason":"a company page, not a person"}`, &got); st != http.StatusOK ||
			got.Status != scout.RemovalRejected || got.Reason == "" || got.DecidedBy == "" {
			t.Errorf("reject: %d %+v", st, got)
		}
		if st := env.api(t, "POST", path+"/approve", env.admin, "", nil); st != http.StatusConflict {
			t.Errorf("approve a rejected request: %d, want 409", st)
		}
		if st := env.api(t, "GET", "/api/v1/admin/removal-requests/rr999", env.admin, "", nil); st != http.StatusNotFound {
			t.Errorf("missing request: %d, want 404", st)
		}
	})

	t.Run("AuditHoldsHashes", func(t *testing.T) {
		es, err := env.db.FindAuditEntries(ctx, scout.AuditFilter{})
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, e := range es {
			seen[e.Action] = true
			raw, _ := json.Marshal(e)
			for _, leak := range []string{"pia", "nobody-stored", "not-a-person", "mail.example"} {
				if strings.Contains(string(raw), leak) {
					t.Errorf("audit entry names %q: %s", leak, raw)
				}
			}
		}
		for _, a := range []string{scout.AuditErase, scout.AuditSuppress, scout.AuditRemovalApproved, scout.AuditRemovalRejected} {
			if !seen[a] {
				t.Errorf("no %s entry in the audit log", a)
			}
		}
	})
}
