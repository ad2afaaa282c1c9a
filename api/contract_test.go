package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/ingest"
	"github.com/scout-oss/scout/scoring"
	"github.com/scout-oss/scout/store"
)

// MustOpenAPIDoc loads the served document with kin-openapi, an
// independent implementation of the OpenAPI 3.1 specification, and
// validates it (duplicate parameters, schemas, references, servers, ...).
func MustOpenAPIDoc(tb testing.TB, raw []byte) *openapi3.T {
	tb.Helper()
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(raw)
	if err != nil {
		tb.Fatalf("kin-openapi cannot load the document: %v", err)
	}
	if err := doc.Validate(loader.Context, openapi3.EnableMultiError()); err != nil {
		tb.Fatalf("kin-openapi rejects the document:\n%v", err)
	}
	return doc
}

// TestOpenAPIValidates checks the document against the specification: it
// has servers, and no operation lists a parameter twice.
func TestOpenAPIValidates(t *testing.T) {
	raw, err := json.Marshal(api.OpenAPI("test"))
	if err != nil {
		t.Fatal(err)
	}
	doc := MustOpenAPIDoc(t, raw)
	if len(doc.Servers) == 0 {
		t.Error("the document names no servers")
	}
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			seen := map[string]bool{}
			for _, p := range op.Parameters {
				key := p.Value.In + " " + p.Value.Name
				if seen[key] {
					t.Errorf("%s %s: parameter %s twice", method, path, key)
				}
				seen[key] = true
			}
		}
	}
}

// contractEnv is a server with every service wired, over a real store and
// index holding scored creators, and what the calls need to know about it.
type contractEnv struct {
	srv   *api.Server
	base  string
	admin string
	db    *store.DB
	ids   map[string]string // creator id by handle
	// ids of records the calls create, by name, filled as calls run
	made map[string]string
	flag string // a flag code the "flagged" creator carries
}

// cancellingJobs gives the store's job records the cancel capability of
// serve's job queue, so POST /api/v1/crawls/{id}/cancel can answer.
type cancellingJobs struct{ *store.DB }

func (j cancellingJobs) CancelJob(ctx context.Context, id string) (*scout.CrawlJob, error) {
	job, err := j.FindJobByID(ctx, id)
	if err != nil {
		return nil, err
	}
	now := time.Now().UTC()
	job.State, job.FinishedAt = scout.JobCancelled, &now
	return job, j.UpdateJob(ctx, job)
}

// MustContractEnv starts the server the contract test calls.
func MustContractEnv(tb testing.TB) *contractEnv {
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
	idx.SetReviews(db)
	now := time.Now().UTC().Truncate(time.Second)
	eng := scoring.New()
	in := &ingest.Ingester{Creators: db, Visits: db, Index: idx, Scorer: eng, Now: func() time.Time { return now }}
	env := &contractEnv{db: db, ids: map[string]string{}, made: map[string]string{}}
	for _, p := range []struct {
		handle, name, bio, text string
		platform                scout.Platform
		followers               int64
	}{
		{"bakes", "Pixel Kitchen", "Vegan baking every Sunday. Contact: bakes@mail.example", "vegan sourdough bread #ad thanks to Oatly", scout.PlatformWeb, 48_000},
		{"runner", "Trail Tess", "Trail running in the Alps", "mountain trail running race", scout.PlatformBluesky, 120_000},
		{"edgy", "Edgy Eve", "nsfw onlyfans xxx porn, link in bio", "nsfw porn xxx onlyfans casino betting weed", scout.PlatformWeb, 9_000},
		{"forget", "Forget Me", "Vegan snacks", "vegan snack review", scout.PlatformWeb, 900},
	} {
		prof := &scout.Profile{
			Account: scout.Account{
				ID: scout.AccountID(p.platform, p.handle), Platform: p.platform, Handle: p.handle,
				URL: "https://example.com/@" + p.handle, DisplayName: p.name, Bio: p.bio,
				Followers: scout.Int64(p.followers), Following: scout.Int64(100),
			},
			FetchedAt: now,
		}
		for i := range 12 {
			prof.Posts = append(prof.Posts, scout.Post{
				ID: fmt.Sprintf("%s-%d", p.handle, i), URL: fmt.Sprintf("https://example.com/%s/%d", p.handle, i),
				PublishedAt: now.Add(-time.Duration(i) * 24 * time.Hour), Text: p.text, MediaKind: "video",
				Likes: scout.Int64(p.followers / 50), Comments: scout.Int64(p.followers / 500),
			})
		}
		if err := in.Ingest(ctx, &scout.CrawlResult{URL: prof.Account.URL, Status: 200, FetchedAt: now, Profile: prof}); err != nil {
			tb.Fatal(err)
		}
		env.ids[p.handle] = scout.NewCreatorID(prof.Account.ID)
	}
	if err := in.Flush(ctx); err != nil {
		tb.Fatal(err)
	}
	for _, h := range []string{"edgy", "bakes"} {
		c, err := db.FindCreatorByID(ctx, env.ids[h])
		if err != nil {
			tb.Fatal(err)
		}
		if len(c.Flags) > 0 {
			env.ids["flagged"], env.flag = c.ID, c.Flags[0].Code
			break
		}
	}
	if env.flag == "" {
		tb.Fatal("no fixture creator carries a flag; the flag routes need one")
	}
	_, admin, err := db.CreateKey(ctx, "contract admin", scout.RoleAdmin)
	if err != nil {
		tb.Fatal(err)
	}
	env.admin = admin

	s := api.NewServer()
	s.Version, s.Commit, s.Schema = "test", "0123abc", store.SchemaVersion
	s.Creators, s.Index, s.Keys = db, idx, db
	s.RateLimit = 0
	s.Alerter = &api.Alerter{Alerts: db, Creators: db, Index: idx, Shortlists: db}
	s.Briefs, s.BriefScorer = db, eng
	s.Shortlists, s.Hidden, s.Targets = db, db, db
	s.Jobs, s.Schedules = cancellingJobs{db}, db
	s.Privacy, s.Backup = db, db
	s.Removals = db
	for name, ref := range map[string]string{"removal": "https://example.com/@forget", "rejected": "https://elsewhere.example/@nobody"} {
		r := &scout.RemovalRequest{Ref: ref, Contact: "person@mail.example"}
		if err := db.CreateRemovalRequest(ctx, r); err != nil {
			tb.Fatal(err)
		}
		env.made[name] = r.ID
	}
	s.Metrics = api.NewMetrics()
	env.srv = s
	ts := httptest.NewServer(s.Handler())
	tb.Cleanup(ts.Close)
	env.base = ts.URL
	return env
}

// contractCall is one live request. path may name records made by earlier
// calls as {made:NAME} and fixture creators as {id:HANDLE}; save, when
// set, stores the "id" of the JSON answer under that name.
type contractCall struct {
	pattern string // the route the call must reach
	method  string
	path    string
	body    string
	ctype   string // Content-Type of the body; JSON when empty
	noKey   bool
	status  int
	save    string
}

// contractCalls exercise every route: its success, and the errors worth
// checking against their documented shape.
var contractCalls = []contractCall{
	{pattern: "GET /healthz", method: "GET", path: "/healthz", status: 200, noKey: true},
	{pattern: "GET /api/openapi.json", method: "GET", path: "/api/openapi.json", status: 200, noKey: true},
	{pattern: "GET /static/", method: "GET", path: "/static/scout.css", status: 200, noKey: true},
	{pattern: "GET /metrics", method: "GET", path: "/metrics", status: 200},

	{pattern: "GET /api/v1/auth/whoami", method: "GET", path: "/api/v1/auth/whoami", status: 200},
	{pattern: "GET /api/v1/auth/whoami", method: "GET", path: "/api/v1/auth/whoami", status: 401, noKey: true},
	{pattern: "POST /api/v1/keys", method: "POST", path: "/api/v1/keys", body: `{"name":"ci","role":"viewer"}`, status: 201, save: "key"},
	{pattern: "POST /api/v1/keys", method: "POST", path: "/api/v1/keys", body: `name=ci&role=viewer`, ctype: "application/x-www-form-urlencoded", status: 415},
	{pattern: "POST /api/v1/keys", method: "POST", path: "/api/v1/keys", body: `<key name="ci"/>`, ctype: "application/xml", status: 415},
	{pattern: "GET /api/v1/keys", method: "GET", path: "/api/v1/keys", status: 200},
	{pattern: "DELETE /api/v1/keys/{id}", method: "DELETE", path: "/api/v1/keys/{made:key}", status: 204},

	{pattern: "GET /api/v1/creators", method: "GET", path: "/api/v1/creators?q=vegan&facets=all&sort=followers", status: 200},
	{pattern: "GET /api/v1/creators", method: "GET", path: "/api/v1/creators?content_format=video&per_page=2", status: 200},
	{pattern: "GET /api/v1/creators", method: "GET", path: "/api/v1/creators?format=video", status: 200},
	{pattern: "GET /api/v1/creators", method: "GET", path: "/api/v1/creators?per_page=500", status: 400},
	{pattern: "GET /api/v1/creators/{id}", method: "GET", path: "/api/v1/creators/{id:bakes}", status: 200},
	{pattern: "GET /api/v1/creators/{id}", method: "GET", path: "/api/v1/creators/{id:flagged}", status: 200},
	{pattern: "GET /api/v1/creators/{id}", method: "GET", path: "/api/v1/creators/nobody", status: 404},
	{pattern: "GET /api/v1/creators/{id}/similar", method: "GET", path: "/api/v1/creators/{id:bakes}/similar?limit=3", status: 200},
	{pattern: "GET /api/v1/creators/{id}/history", method: "GET", path: "/api/v1/creators/{id:bakes}/history", status: 200},
	{pattern: "GET /api/v1/creators/{id}/flags", method: "GET", path: "/api/v1/creators/{id:flagged}/flags", status: 200},
	{pattern: "POST /api/v1/creators/{id}/flags/{code}/review", method: "POST", path: "/api/v1/creators/{id:flagged}/flags/{flag}/review",
		body: `{"decision":"dismiss","reason":"context makes it fine"}`, status: 200},
	{pattern: "DELETE /api/v1/creators/{id}/flags/{code}/review", method: "DELETE", path: "/api/v1/creators/{id:flagged}/flags/{flag}/review", status: 204},
	{pattern: "GET /api/v1/creators/export", method: "GET", path: "/api/v1/creators/export?q=vegan", status: 200},
	{pattern: "GET /api/v1/creators/export", method: "GET", path: "/api/v1/creators/export?format=xlsx", status: 200},
	{pattern: "GET /api/v1/creators/export", method: "GET", path: "/api/v1/creators/export?format=json&content_format=video", status: 200},
	{pattern: "GET /api/v1/creators/export", method: "GET", path: "/api/v1/creators/export?format=jsonl", status: 200},
	{pattern: "GET /api/v1/creators/export", method: "GET", path: "/api/v1/creators/export?format=pdf", status: 400},

	{pattern: "POST /api/v1/crawls", method: "POST", path: "/api/v1/crawls", body: `{"targets":["https://example.com/@newcomer"]}`, status: 202, save: "job"},
	{pattern: "GET /api/v1/crawls", method: "GET", path: "/api/v1/crawls?state=queued", status: 200},
	{pattern: "GET /api/v1/crawls/{id}", method: "GET", path: "/api/v1/crawls/{made:job}", status: 200},
	{pattern: "POST /api/v1/crawls/{id}/cancel", method: "POST", path: "/api/v1/crawls/{made:job}/cancel", status: 200},
	{pattern: "POST /api/v1/schedules", method: "POST", path: "/api/v1/schedules", body: `{"cron":"0 3 * * *","targets":{"all":true}}`, status: 201, save: "schedule"},
	{pattern: "GET /api/v1/schedules", method: "GET", path: "/api/v1/schedules", status: 200},
	{pattern: "GET /api/v1/schedules/{id}", method: "GET", path: "/api/v1/schedules/{made:schedule}", status: 200},
	{pattern: "DELETE /api/v1/schedules/{id}", method: "DELETE", path: "/api/v1/schedules/{made:schedule}", status: 204},

	{pattern: "POST /api/v1/briefs", method: "POST", path: "/api/v1/briefs", body: "@../testdata/briefs/vegan-baking.json", status: 201, save: "brief"},
	{pattern: "GET /api/v1/briefs", method: "GET", path: "/api/v1/briefs", status: 200},
	{pattern: "GET /api/v1/briefs/{id}", method: "GET", path: "/api/v1/briefs/{made:brief}", status: 200},
	{pattern: "GET /api/v1/briefs/{id}/matches", method: "GET", path: "/api/v1/briefs/{made:brief}/matches?limit=5", status: 200},
	{pattern: "GET /api/v1/creators", method: "GET", path: "/api/v1/creators?brief={made:brief}", status: 200},
	{pattern: "POST /api/v1/briefs/matches", method: "POST", path: "/api/v1/briefs/matches?limit=2", body: "@../testdata/briefs/vegan-baking.json", status: 200},
	{pattern: "POST /api/v1/briefs/matches", method: "POST", path: "/api/v1/briefs/matches", body: `{"name":"no terms"}`, status: 400},
	{pattern: "DELETE /api/v1/briefs/{id}", method: "DELETE", path: "/api/v1/briefs/{made:brief}", status: 204},

	{pattern: "POST /api/v1/shortlists", method: "POST", path: "/api/v1/shortlists", body: `{"name":"Spring launch"}`, status: 201, save: "shortlist"},
	{pattern: "GET /api/v1/shortlists", method: "GET", path: "/api/v1/shortlists", status: 200},
	{pattern: "PATCH /api/v1/shortlists/{id}", method: "PATCH", path: "/api/v1/shortlists/{made:shortlist}", body: `{"description":"UK vegan food"}`, status: 200},
	{pattern: "POST /api/v1/shortlists/{id}/entries", method: "POST", path: "/api/v1/shortlists/{made:shortlist}/entries",
		body: `{"creator_id":"{id:bakes}","stage":"contacted","note":"brief sent","tags":["food"]}`, status: 201},
	{pattern: "POST /api/v1/shortlists/{id}/entries", method: "POST", path: "/api/v1/shortlists/{made:shortlist}/entries",
		body: `{"targets":["bluesky:runner","https://example.com/@unknown-yet"]}`, status: 201},
	{pattern: "GET /api/v1/shortlists/{id}", method: "GET", path: "/api/v1/shortlists/{made:shortlist}", status: 200},
	{pattern: "PATCH /api/v1/shortlists/{id}/entries/{key}", method: "PATCH", path: "/api/v1/shortlists/{made:shortlist}/entries/{id:bakes}", body: `{"stage":"booked"}`, status: 200},
	{pattern: "GET /api/v1/shortlists/{id}/export", method: "GET", path: "/api/v1/shortlists/{made:shortlist}/export", status: 200},
	{pattern: "GET /api/v1/shortlists/{id}/export", method: "GET", path: "/api/v1/shortlists/{made:shortlist}/export?format=xlsx", status: 200},
	{pattern: "GET /api/v1/shortlists/{id}/export", method: "GET", path: "/api/v1/shortlists/{made:shortlist}/export?format=json", status: 200},
	{pattern: "GET /api/v1/shortlists/{id}/export", method: "GET", path: "/api/v1/shortlists/{made:shortlist}/export?format=jsonl&stage=booked", status: 200},
	{pattern: "POST /api/v1/shortlists/{id}/watch", method: "POST", path: "/api/v1/shortlists/{made:shortlist}/watch", body: `{"follower_drop":0.2}`, status: 201},
	{pattern: "DELETE /api/v1/shortlists/{id}/entries/{key}", method: "DELETE", path: "/api/v1/shortlists/{made:shortlist}/entries/{id:bakes}", status: 204},
	{pattern: "DELETE /api/v1/shortlists/{id}", method: "DELETE", path: "/api/v1/shortlists/{made:shortlist}", status: 204},
	{pattern: "POST /api/v1/hidden", method: "POST", path: "/api/v1/hidden", body: `{"creator_id":"{id:runner}","reason":"declined twice"}`, status: 201},
	{pattern: "GET /api/v1/hidden", method: "GET", path: "/api/v1/hidden", status: 200},
	{pattern: "DELETE /api/v1/hidden/{creator_id}", method: "DELETE", path: "/api/v1/hidden/{id:runner}", status: 204},

	{pattern: "POST /api/v1/saved-searches", method: "POST", path: "/api/v1/saved-searches", body: `{"name":"vegan","query":"q=vegan&content_format=video"}`, status: 201, save: "saved"},
	{pattern: "GET /api/v1/saved-searches", method: "GET", path: "/api/v1/saved-searches", status: 200},
	{pattern: "POST /api/v1/watches", method: "POST", path: "/api/v1/watches", body: `{"name":"bakers","creator_ids":["{id:bakes}"]}`, status: 201, save: "watch"},
	{pattern: "GET /api/v1/watches", method: "GET", path: "/api/v1/watches", status: 200},
	{pattern: "POST /api/v1/alerts/check", method: "POST", path: "/api/v1/alerts/check", status: 200},
	{pattern: "GET /api/v1/alerts", method: "GET", path: "/api/v1/alerts", status: 200},
	{pattern: "GET /api/v1/alerts/deliveries", method: "GET", path: "/api/v1/alerts/deliveries", status: 200},
	{pattern: "GET /api/v1/alerts/deliveries", method: "GET", path: "/api/v1/alerts/deliveries?state=lost", status: 400},
	{pattern: "DELETE /api/v1/watches/{id}", method: "DELETE", path: "/api/v1/watches/{made:watch}", status: 204},
	{pattern: "DELETE /api/v1/saved-searches/{id}", method: "DELETE", path: "/api/v1/saved-searches/{made:saved}", status: 204},

	{pattern: "GET /api/v1/admin/backup", method: "GET", path: "/api/v1/admin/backup", status: 200},
	{pattern: "GET /api/v1/admin/subject", method: "GET", path: "/api/v1/admin/subject?ref={id:forget}", status: 200},
	{pattern: "DELETE /api/v1/creators/{id}", method: "DELETE", path: "/api/v1/creators/{id:forget}", status: 200},
	{pattern: "GET /api/v1/admin/audit", method: "GET", path: "/api/v1/admin/audit", status: 200},

	{pattern: "GET /{$}", method: "GET", path: "/?q=vegan&content_format=video", status: 200},
	{pattern: "GET /{$}", method: "GET", path: "/?format=video", status: 200},
	{pattern: "GET /creators/{id}", method: "GET", path: "/creators/{id:bakes}", status: 200},

	// Removal requests sent from the public privacy page (made in
	// MustContractEnv): listed, read, rejected and approved by an admin.
	{pattern: "GET /api/v1/admin/removal-requests", method: "GET", path: "/api/v1/admin/removal-requests?status=pending", status: 200},
	{pattern: "GET /api/v1/admin/removal-requests/{id}", method: "GET", path: "/api/v1/admin/removal-requests/{made:removal}", status: 200},
	{pattern: "GET /api/v1/admin/removal-requests/{id}", method: "GET", path: "/api/v1/admin/removal-requests/nope", status: 404},
	{pattern: "POST /api/v1/admin/removal-requests/{id}/reject", method: "POST", path: "/api/v1/admin/removal-requests/{made:rejected}/reject", body: `{"reason":"not a profile Scout holds"}`, status: 200},
	{pattern: "POST /api/v1/admin/removal-requests/{id}/reject", method: "POST", path: "/api/v1/admin/removal-requests/{made:removal}/reject", body: `{}`, status: 400},
	{pattern: "POST /api/v1/admin/removal-requests/{id}/approve", method: "POST", path: "/api/v1/admin/removal-requests/{made:removal}/approve", status: 200},
	{pattern: "POST /api/v1/admin/removal-requests/{id}/approve", method: "POST", path: "/api/v1/admin/removal-requests/{made:rejected}/approve", status: 409},
}

var refPattern = regexp.MustCompile(`\{(id|made):([a-z]+)\}|\{flag\}`)

// expand fills {id:HANDLE}, {made:NAME} and {flag} in s.
func (e *contractEnv) expand(tb testing.TB, s string) string {
	tb.Helper()
	return refPattern.ReplaceAllStringFunc(s, func(ref string) string {
		m := refPattern.FindStringSubmatch(ref)
		var val string
		switch m[1] {
		case "id":
			val = e.ids[m[2]]
		case "made":
			val = e.made[m[2]]
		default:
			val = url.PathEscape(e.flag)
		}
		if val == "" {
			tb.Fatalf("%s: nothing known as %s yet", s, ref)
		}
		return val
	})
}

// TestOpenAPIContract calls every route registered on the mux (taken from
// the mux, so a route added without documentation fails here) and checks
// each request and live response against the document with kin-openapi's
// openapi3filter: status, content type, headers and body schema.
func TestOpenAPIContract(t *testing.T) {
	env := MustContractEnv(t)
	ctx := context.Background()
	status, _, raw := env.call(t, contractCall{method: "GET", path: "/api/openapi.json", noKey: true})
	if status != http.StatusOK {
		t.Fatalf("GET /api/openapi.json: %d", status)
	}
	doc := MustOpenAPIDoc(t, raw)
	for _, media := range []string{"text/html", "text/css", "application/x-ndjson",
		"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"} {
		openapi3filter.RegisterBodyDecoder(media, openapi3filter.FileBodyDecoder)
		t.Cleanup(func() { openapi3filter.UnregisterBodyDecoder(media) })
	}
	opts := &openapi3filter.Options{
		AuthenticationFunc:    openapi3filter.NoopAuthenticationFunc,
		IncludeResponseStatus: true, // a status the document does not list fails
		MultiError:            true,
	}

	covered := map[string]bool{}
	for _, c := range contractCalls {
		path := env.expand(t, c.path)
		label := fmt.Sprintf("%s %s → %d", c.method, path, c.status)
		c.path, c.body = path, env.expand(t, c.body)
		req := env.request(t, c)
		if got := api.PatternFor(env.srv, req); got != c.pattern {
			t.Errorf("%s reaches route %q, not %q", label, got, c.pattern)
			continue
		}
		covered[c.pattern] = true
		method, oaPath := api.OpenAPIPath(c.pattern)
		item := doc.Paths.Value(oaPath)
		if item == nil || item.GetOperation(strings.ToUpper(method)) == nil {
			t.Errorf("%s: %s is not documented", label, c.pattern)
			continue
		}
		route := &routers.Route{Spec: doc, Path: oaPath, PathItem: item, Method: strings.ToUpper(method),
			Operation: item.GetOperation(strings.ToUpper(method))}
		in := &openapi3filter.RequestValidationInput{Request: req, PathParams: pathParams(oaPath, req.URL.Path), Route: route, Options: opts}
		if c.status < 300 { // error calls send what the document refuses on purpose
			if err := openapi3filter.ValidateRequest(ctx, in); err != nil {
				t.Errorf("%s: the request does not match the document:\n%v", label, err)
			}
		}
		status, hdr, body := env.call(t, c)
		if status != c.status {
			t.Errorf("%s: got %d: %.300s", label, status, body)
			continue
		}
		out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: status, Header: hdr, Options: opts}
		out.SetBodyBytes(body)
		if err := openapi3filter.ValidateResponse(ctx, out); err != nil {
			t.Errorf("%s: the response does not match the document:\n%v\nbody: %.500s", label, err, body)
		}
		if c.save != "" {
			var v struct {
				ID string `json:"id"`
			}
			if err := json.Unmarshal(body, &v); err != nil || v.ID == "" {
				t.Fatalf("%s: no id to save as %s: %s", label, c.save, body)
			}
			env.made[c.save] = v.ID
		}
	}
	for _, p := range registeredRoutes(t) {
		if !undocumented[p] && !covered[p] {
			t.Errorf("route %q has no call in contractCalls (api/contract_test.go): add one, and document it in api/openapi.go", p)
		}
	}
}

// request builds the call's request (its body read from a file when it
// starts with @).
func (e *contractEnv) request(tb testing.TB, c contractCall) *http.Request {
	tb.Helper()
	body := c.body
	if rest, ok := strings.CutPrefix(body, "@"); ok {
		b, err := os.ReadFile(rest)
		if err != nil {
			tb.Fatal(err)
		}
		body = string(b)
	}
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(c.method, e.base+c.path, rd)
	if err != nil {
		tb.Fatal(err)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
		if c.ctype != "" {
			req.Header.Set("Content-Type", c.ctype)
		}
	}
	if !c.noKey {
		req.Header.Set("Authorization", "Bearer "+e.admin)
	}
	return req
}

// call sends the call and returns status, headers and body.
func (e *contractEnv) call(tb testing.TB, c contractCall) (int, http.Header, []byte) {
	tb.Helper()
	resp, err := http.DefaultClient.Do(e.request(tb, c))
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(resp.Body); err != nil {
		tb.Fatal(err)
	}
	return resp.StatusCode, resp.Header, buf.Bytes()
}

// pathParams matches a concrete path against an OpenAPI path template.
func pathParams(template, path string) map[string]string {
	out := map[string]string{}
	ts, ps := strings.Split(template, "/"), strings.Split(path, "/")
	for i, seg := range ts {
		if i < len(ps) && strings.HasPrefix(seg, "{") && strings.HasSuffix(seg, "}") {
			v, err := url.PathUnescape(ps[i])
			if err != nil {
				v = ps[i]
			}
			out[seg[1:len(seg)-1]] = v
		}
	}
	return out
}
