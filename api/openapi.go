package api

import (
	"net/http"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/scout-oss/scout"
)

// The OpenAPI 3.1 document of the API is built from Go: the operations
// below name the Go types of their bodies and responses, and the schemas are
// reflected from those types' JSON tags, so a renamed field cannot drift
// from its documentation. Security comes from the role table (auth.go).
// TestOpenAPIMatchesRoutes fails when a registered route is missing here or
// an operation names a route that does not exist, and TestOpenAPIContract
// validates the document with kin-openapi and checks a live request and
// response of every route against it.

func (s *Server) registerOpenAPIRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/openapi.json", s.handleOpenAPI)
}

func (s *Server) handleOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "public, max-age=300")
	writeJSON(w, http.StatusOK, OpenAPI(s.Version))
}

// oaParam is one query parameter of an operation.
type oaParam struct {
	name, typ, doc string // typ: string, integer, number, boolean
	list           bool   // repeatable or comma-separated
}

// apiOp documents one route. pattern is the route exactly as registered.
type apiOp struct {
	pattern, summary, tag string
	query                 []oaParam
	deprecated            []string // names of query parameters kept for old clients
	body                  any      // request body: a value of its Go type; nil for none
	status                int      // success status
	resp                  any      // success body: a value of its Go type; nil for none
	media                 []string // success media types when not JSON (resp, if set, is the application/json one)
	errors                []int    // error statuses beyond 401/403/429, which security adds
}

var oaPageParams = []oaParam{
	{"page", "integer", "1-based page number", false},
	{"per_page", "integer", "page size, default 20, at most 100 (more is a 400)", false},
}

// oaSearchQuery is the query parameters of a search, shared by the JSON
// search, the search export and the saved searches' query string.
var oaSearchQuery = []oaParam{
	{"q", "string", `full text: words (all must match, stemmed), "quoted phrases", -word to exclude, OR between alternatives`, false},
	{"platform", "string", "web, bluesky, mastodon, fediverse, youtube, ...; repeat or comma-separate for OR", true},
	{"language", "string", "ISO 639-1 language codes", true},
	{"country", "string", "ISO 3166-1 alpha-2 country codes", true},
	{"topic", "string", "topic slugs (food_drink, travel, ...: the topic list is in the README)", true},
	{"min_followers", "integer", "inclusive lower bound on followers (the sum over accounts, or that platform's account with platform)", false},
	{"max_followers", "integer", "inclusive upper bound on followers", false},
	{"tier", "string", "nano, micro, mid, macro, mega", true},
	{"brand_safety_band", "string", "safe (brand_safety ≥ 80 and no brand-safety flag), review (50 to < 80, or flagged), risky (< 50), unknown: the brand_safety_band facet's values", true},
	{"min_er", "number", "lowest engagement rate (a fraction)", false},
	{"max_er", "number", "highest engagement rate (a fraction)", false},
	{"min_score.NAME", "number", "lowest value of score NAME (for example min_score.brand_safety=70)", false},
	{"max_score.NAME", "number", "highest value of score NAME", false},
	{"include_unknown", "boolean", "let creators whose bounded score is unknown (null: too few analysed posts, no engagement counts) pass min_score and max_score; by default an unknown score fails every bound", false},
	{"max_risk.CATEGORY", "string", "highest brand-safety level allowed in CATEGORY", false},
	{"flag", "string", "has one of these flag codes", true},
	{"not_flag", "string", "has none of these flag codes", true},
	{"posted_within_days", "integer", "posted within this many days", false},
	{"has_contact", "boolean", "publishes a contact", false},
	{"stale", "boolean", "data older than the staleness limit (true) or fresh (false)", false},
	{"content_format", "string", "mostly this content format: video, image, text or mixed", true},
	{"brand", "string", "has worked with one of these brands", true},
	{"affiliate", "string", "true/false: uses affiliate links; or affiliate network names", true},
	{"no_sponsor", "string", "no sponsored posts for these brands", true},
	{"facets", "string", "facets to count: platform, topic, language, country, tier, brand_safety_band, flags, or all", true},
	{"sort", "string", "relevance (default), followers, engagement, growth_30d, topic_share (with one topic) or score.NAME", false},
	{"order", "string", "desc (default) or asc", false},
	{"cursor", "string", "next_cursor of the previous page, instead of page", false},
	{"brief", "string", "rank by this brief's fit and drop the creators its gates exclude (not with sort or cursor)", false},
}

// oaDeprecatedFormat is the content-format filter's old name, still read
// by search and the search page (saved searches and bookmarks carry it) but
// deprecated: on the export routes format names the file format.
var oaDeprecatedFormat = oaParam{"format", "string", "deprecated: the old name of content_format", true}

// Request and response bodies that exist only for the document.
type (
	keyInput struct {
		Name string     `json:"name"`
		Role scout.Role `json:"role"`
	}
	savedSearchInput struct {
		Name    string `json:"name"`
		Query   string `json:"query"`
		Webhook string `json:"webhook,omitempty"`
	}
	whoami struct {
		ID   string     `json:"id"`
		Name string     `json:"name"`
		Role scout.Role `json:"role"`
	}
	healthz struct {
		Status  string `json:"status"`
		Version string `json:"version,omitempty"`
		Commit  string `json:"commit,omitempty"`
		Schema  *int   `json:"schema,omitempty"`
		Indexed *int   `json:"indexed,omitempty"`
	}
	checkResult struct {
		NewAlerts int `json:"new_alerts"`
	}
	savedSearchList struct {
		SavedSearches []*scout.SavedSearch `json:"saved_searches"`
	}
	watchList struct {
		Watches []*scout.Watch `json:"watches"`
	}
	shortlistInput struct {
		Name        string `json:"name"`
		Description string `json:"description"`
	}
	shortlistPatch struct {
		Name        *string `json:"name,omitempty"`
		Description *string `json:"description,omitempty"`
	}
	entryPatch struct {
		Stage *scout.Stage `json:"stage,omitempty"`
		Note  *string      `json:"note,omitempty"`
		Tags  *[]string    `json:"tags,omitempty"`
	}
	hideInput struct {
		CreatorID string `json:"creator_id"`
		Reason    string `json:"reason"`
	}
)

var oaExportMedia = []string{"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/json", "application/x-ndjson"}

var oaExportParams = []oaParam{
	{"format", "string", "the file format: csv (default), xlsx, json or jsonl (the content-format filter is content_format)", false},
	{"bom", "boolean", "start CSV with a UTF-8 byte order mark for Excel", false},
}

// apiOps is every documented route.
var apiOps = []apiOp{
	{pattern: "GET /healthz", summary: "Health check: version, commit, store schema version and number of indexed creators", tag: "meta", status: 200, resp: healthz{}, errors: []int{503}},
	{pattern: "GET /api/openapi.json", summary: "This document", tag: "meta", status: 200, resp: map[string]any{}},
	{pattern: "GET /api/v1/auth/whoami", summary: "The calling key's id, name and role", tag: "keys", status: 200, resp: whoami{}},
	{pattern: "GET /api/v1/keys", summary: "List API keys (never their secrets)", tag: "keys", status: 200, resp: keysResponse{}, errors: []int{503}},
	{pattern: "POST /api/v1/keys", summary: "Create an API key; the secret is in this response only", tag: "keys", body: keyInput{}, status: 201, resp: createdKey{}, errors: []int{400, 503}},
	{pattern: "DELETE /api/v1/keys/{id}", summary: "Revoke an API key at once", tag: "keys", status: 204, errors: []int{404, 503}},

	{pattern: "GET /api/v1/creators", summary: "Search creators", tag: "search",
		query: slices.Concat(oaSearchQuery, oaPageParams, []oaParam{oaDeprecatedFormat}), deprecated: []string{"format"},
		status: 200, resp: SearchResponse{}, errors: []int{400}},
	{pattern: "GET /api/v1/creators/{id}", summary: "One creator with accounts, recent posts and snapshots", tag: "search", status: 200, resp: scout.Creator{}, errors: []int{404}},
	{pattern: "GET /api/v1/creators/export", summary: "Export every creator a search matches", tag: "exports",
		query: append(slices.Clone(oaSearchQuery), oaExportParams...), status: 200, media: oaExportMedia, resp: []ExportRecord{}, errors: []int{400}},

	{pattern: "GET /api/v1/creators/{id}/similar", summary: "Creators like this one, with the reason for each", tag: "search",
		query: []oaParam{{"limit", "integer", "how many (default and bounds in the README)", false}}, status: 200, resp: SimilarResponse{}, errors: []int{400, 404, 503}},
	{pattern: "GET /api/v1/compare", summary: "Two to four creators side by side: followers, growth, engagement with confidence, every score with confidence, flags, language, country, audience, contacts", tag: "search",
		query: []oaParam{{"ids", "string", "2 to 4 creator ids, comma-separated or repeated, in the order to show", true}}, status: 200, resp: CompareResponse{}, errors: []int{400, 404}},
	{pattern: "GET /api/v1/creators/{id}/history", summary: "Follower snapshots per account and growth", tag: "search", status: 200, resp: History{}, errors: []int{404}},
	{pattern: "GET /api/v1/creators/{id}/flags", summary: "The creator's flags with their review decisions", tag: "reviews", status: 200, resp: FlagsResponse{}, errors: []int{404, 503}},
	{pattern: "POST /api/v1/creators/{id}/flags/{code}/review", summary: "Confirm or dismiss a flag, with a reason", tag: "reviews", body: reviewRequest{}, status: 200, resp: ReviewedFlag{}, errors: []int{400, 404, 413, 503}},
	{pattern: "DELETE /api/v1/creators/{id}/flags/{code}/review", summary: "Withdraw a flag review", tag: "reviews", status: 204, errors: []int{404, 503}},

	{pattern: "POST /api/v1/crawls", summary: "Queue a crawl of URLs or PLATFORM:HANDLE targets", tag: "crawls", body: crawlRequest{}, status: 202, resp: scout.CrawlJob{}, errors: []int{400, 503}},
	{pattern: "GET /api/v1/crawls", summary: "List crawl jobs", tag: "crawls", query: []oaParam{
		{"state", "string", "only jobs in this state", false},
		{"origin", "string", "only jobs from this origin", false},
		{"limit", "integer", "1 to 500 (default 50)", false},
		{"offset", "integer", "skip this many", false},
	}, status: 200, resp: CrawlList{}, errors: []int{400, 503}},
	{pattern: "GET /api/v1/crawls/{id}", summary: "One crawl job and its progress", tag: "crawls", status: 200, resp: scout.CrawlJob{}, errors: []int{404, 503}},
	{pattern: "POST /api/v1/crawls/{id}/cancel", summary: "Cancel a crawl job", tag: "crawls", status: 200, resp: scout.CrawlJob{}, errors: []int{404, 409, 503}},
	{pattern: "POST /api/v1/schedules", summary: "Schedule recurring crawls (5-field cron, UTC) of all creators, a list of targets or a shortlist", tag: "crawls", body: scheduleRequest{}, status: 201, resp: scout.Schedule{}, errors: []int{400, 503}},
	{pattern: "GET /api/v1/schedules", summary: "List schedules with their next and last runs", tag: "crawls", status: 200, resp: ScheduleList{}, errors: []int{503}},
	{pattern: "GET /api/v1/schedules/{id}", summary: "One schedule", tag: "crawls", status: 200, resp: scout.Schedule{}, errors: []int{404, 503}},
	{pattern: "DELETE /api/v1/schedules/{id}", summary: "Delete a schedule (its jobs are kept)", tag: "crawls", status: 204, errors: []int{404, 503}},
	{pattern: "GET /metrics", summary: "Prometheus metrics (text exposition format)", tag: "meta", status: 200, media: []string{"text/plain"}, errors: []int{503}},

	{pattern: "POST /api/v1/briefs", summary: "Create a brief", tag: "briefs", body: scout.Brief{}, status: 201, resp: scout.Brief{}, errors: []int{400, 413, 503}},
	{pattern: "GET /api/v1/briefs", summary: "List briefs", tag: "briefs", query: oaPageParams, status: 200, resp: BriefList{}, errors: []int{400, 503}},
	{pattern: "GET /api/v1/briefs/{id}", summary: "One brief", tag: "briefs", status: 200, resp: scout.Brief{}, errors: []int{404, 503}},
	{pattern: "DELETE /api/v1/briefs/{id}", summary: "Delete a brief", tag: "briefs", status: 204, errors: []int{404, 503}},
	{pattern: "GET /api/v1/briefs/{id}/matches", summary: "Creators ranked by fit to the brief", tag: "briefs",
		query: []oaParam{{"limit", "integer", "how many creators to return", false}}, status: 200, resp: MatchesResponse{}, errors: []int{400, 404, 503}},
	{pattern: "POST /api/v1/briefs/matches", summary: "Creators ranked by fit to the brief in the body, which is not stored", tag: "briefs",
		query: []oaParam{{"limit", "integer", "how many creators to return", false}}, body: scout.Brief{}, status: 200, resp: MatchesResponse{}, errors: []int{400, 413, 503}},

	{pattern: "POST /api/v1/shortlists", summary: "Create a shortlist", tag: "shortlists", body: shortlistInput{}, status: 201, resp: scout.Shortlist{}, errors: []int{400, 503}},
	{pattern: "GET /api/v1/shortlists", summary: "List shortlists (without entries)", tag: "shortlists", query: oaPageParams, status: 200, resp: ShortlistList{}, errors: []int{400, 503}},
	{pattern: "GET /api/v1/shortlists/{id}", summary: "One shortlist with its entries", tag: "shortlists", status: 200, resp: ShortlistResponse{}, errors: []int{404, 503}},
	{pattern: "PATCH /api/v1/shortlists/{id}", summary: "Rename or re-describe a shortlist", tag: "shortlists", body: shortlistPatch{}, status: 200, resp: scout.Shortlist{}, errors: []int{400, 404, 503}},
	{pattern: "DELETE /api/v1/shortlists/{id}", summary: "Delete a shortlist and its entries", tag: "shortlists", status: 204, errors: []int{404, 503}},
	{pattern: "POST /api/v1/shortlists/{id}/entries", summary: "Add creators by id, URL or PLATFORM:HANDLE (unknown ones queue a crawl)", tag: "shortlists",
		body: AddEntriesRequest{}, status: 201, resp: AddEntriesResponse{}, errors: []int{400, 404, 503}},
	{pattern: "PATCH /api/v1/shortlists/{id}/entries/{key}", summary: "Change an entry's stage, note or tags", tag: "shortlists", body: entryPatch{}, status: 200, resp: scout.ShortlistEntry{}, errors: []int{400, 404, 409, 503}},
	{pattern: "DELETE /api/v1/shortlists/{id}/entries/{key}", summary: "Remove an entry", tag: "shortlists", status: 204, errors: []int{404, 503}},
	{pattern: "GET /api/v1/shortlists/{id}/export", summary: "Export a shortlist", tag: "exports", query: oaExportParams, status: 200, media: oaExportMedia, resp: []ExportRecord{}, errors: []int{400, 404, 503}},
	{pattern: "POST /api/v1/shortlists/{id}/watch", summary: "Watch a shortlist's creators for red flags, follower drops and stale data", tag: "alerts",
		body: watchInput{}, status: 201, resp: createdWatch{}, errors: []int{400, 404, 503}},
	{pattern: "GET /api/v1/hidden", summary: "The hide list search leaves out", tag: "shortlists", status: 200, resp: HiddenList{}, errors: []int{503}},
	{pattern: "POST /api/v1/hidden", summary: "Hide a creator from search", tag: "shortlists", body: hideInput{}, status: 201, resp: scout.HiddenCreator{}, errors: []int{400, 503}},
	{pattern: "DELETE /api/v1/hidden/{creator_id}", summary: "Unhide a creator", tag: "shortlists", status: 204, errors: []int{404, 503}},

	{pattern: "GET /api/v1/saved-searches", summary: "List saved searches", tag: "alerts", status: 200, resp: savedSearchList{}, errors: []int{503}},
	{pattern: "POST /api/v1/saved-searches", summary: "Save a search (query: the URL query of GET /api/v1/creators) to be alerted of new matches", tag: "alerts",
		body: savedSearchInput{}, status: 201, resp: createdSavedSearch{}, errors: []int{400, 503}},
	{pattern: "DELETE /api/v1/saved-searches/{id}", summary: "Delete a saved search", tag: "alerts", status: 204, errors: []int{404, 503}},
	{pattern: "GET /api/v1/watches", summary: "List watches", tag: "alerts", status: 200, resp: watchList{}, errors: []int{503}},
	{pattern: "POST /api/v1/watches", summary: "Watch creators (creator_ids and/or shortlist_id)", tag: "alerts", body: watchInput{}, status: 201, resp: createdWatch{}, errors: []int{400, 404, 503}},
	{pattern: "DELETE /api/v1/watches/{id}", summary: "Delete a watch", tag: "alerts", status: 204, errors: []int{404, 503}},
	{pattern: "GET /api/v1/alerts", summary: "Alerts noticed since a time, oldest first", tag: "alerts", query: []oaParam{
		{"since", "string", "RFC 3339 time; default 24 hours ago", false},
		{"limit", "integer", "at most this many (default 500, at most 5000)", false},
	}, status: 200, resp: AlertsResponse{}, errors: []int{400, 503}},
	{pattern: "POST /api/v1/alerts/check", summary: "Check every saved search and watch now", tag: "alerts", status: 200, resp: checkResult{}, errors: []int{503}},
	{pattern: "GET /api/v1/alerts/deliveries", summary: "Webhook deliveries (queued first, then finished, newest first) and each destination's circuit breaker", tag: "alerts", query: []oaParam{
		{"state", "string", "queued, delivered or failed; default any", false},
		{"limit", "integer", "at most this many (default 100, at most 1000)", false},
	}, status: 200, resp: DeliveriesResponse{}, errors: []int{400, 503}},

	{pattern: "DELETE /api/v1/creators/{id}", summary: "Erase a creator everywhere and suppress them from future crawls and imports", tag: "privacy", status: 200, resp: scout.Erasure{}, errors: []int{404, 503}},
	{pattern: "GET /api/v1/admin/audit", summary: "The privacy audit log, oldest first", tag: "privacy", query: []oaParam{
		{"since", "string", "RFC 3339 time; default all", false},
		{"limit", "integer", "at most this many (default 500, at most 5000)", false},
	}, status: 200, resp: AuditResponse{}, errors: []int{400, 503}},
	{pattern: "GET /api/v1/admin/subject", summary: "Everything stored about one person (data-subject access)", tag: "privacy",
		query: []oaParam{{"ref", "string", "creator id, account id, profile URL or PLATFORM:HANDLE", false}}, status: 200, resp: scout.SubjectExport{}, errors: []int{400, 503}},
	{pattern: "GET /api/v1/admin/removal-requests", summary: "Removal requests people sent from the public privacy page, oldest first", tag: "privacy", query: []oaParam{
		{"status", "string", "pending, approved or rejected; default all", false},
		{"limit", "integer", "at most this many (default 100, at most 1000)", false},
		{"offset", "integer", "skip this many", false},
	}, status: 200, resp: RemovalList{}, errors: []int{400, 503}},
	{pattern: "GET /api/v1/admin/removal-requests/{id}", summary: "One removal request", tag: "privacy", status: 200, resp: scout.RemovalRequest{}, errors: []int{404, 503}},
	{pattern: "POST /api/v1/admin/removal-requests/{id}/approve", summary: "Approve a removal request: erase and suppress the person as scout forget does; the contact is returned this once", tag: "privacy",
		status: 200, resp: RemovalDecision{}, errors: []int{404, 409, 503}},
	{pattern: "POST /api/v1/admin/removal-requests/{id}/reject", summary: "Reject a removal request, with the reason", tag: "privacy", body: rejectInput{}, status: 200, resp: scout.RemovalRequest{}, errors: []int{400, 404, 409, 413, 503}},
	{pattern: "GET /api/v1/admin/backup", summary: "A consistent copy of the store file (bbolt), taken while the server runs; restore it as DATA/scout.db", tag: "admin", status: 200, media: []string{"application/octet-stream"}, errors: []int{503}},

	{pattern: "GET /{$}", summary: "Search page (HTML); takes the search parameters", tag: "web",
		query: slices.Concat(oaSearchQuery, oaPageParams, []oaParam{oaDeprecatedFormat}), deprecated: []string{"format"},
		status: 200, media: []string{"text/html"}, errors: []int{400}},
	{pattern: "GET /creators/{id}", summary: "Creator page (HTML)", tag: "web", status: 200, media: []string{"text/html"}, errors: []int{404}},
	{pattern: "GET /compare", summary: "Compare page (HTML): the creators of ids side by side; the same data as GET /api/v1/compare", tag: "web",
		query: []oaParam{{"ids", "string", "2 to 4 creator ids, comma-separated or repeated", true}}, status: 200, media: []string{"text/html"}, errors: []int{400, 404}},
	{pattern: "GET /images/{key}", summary: "Scout's own copy of an avatar or post thumbnail (JPEG; cached for a year: a key never changes)", tag: "web",
		status: 200, media: []string{"image/jpeg"}, errors: []int{404}},
	{pattern: "GET /static/", summary: "The page's stylesheet and images", tag: "web", status: 200, media: []string{"text/css", "image/svg+xml"}, errors: []int{404}},
}

var (
	openAPIOnce sync.Once
	openAPIDoc  map[string]any
)

// OpenAPI returns the OpenAPI 3.1 document of the API (built once).
func OpenAPI(version string) map[string]any {
	openAPIOnce.Do(func() { openAPIDoc = buildOpenAPI() })
	doc := make(map[string]any, len(openAPIDoc))
	for k, v := range openAPIDoc {
		doc[k] = v
	}
	if version != "" {
		doc["info"] = map[string]any{"title": "Scout API", "version": version, "description": apiDescription}
	}
	return doc
}

const apiDescription = "Scout's creator search, shortlists, briefs, exports and alerts. " +
	"Send an API key as Authorization: Bearer KEY; each operation's x-scout-role names the lowest role " +
	"(viewer < editor < admin) that may call it. Every error has the shape {\"error\":{\"code\",\"message\"}}."

var patternPath = regexp.MustCompile(`\{([a-zA-Z_][a-zA-Z0-9_]*)(\.\.\.)?\}`)

// OpenAPIPath maps a route pattern ("GET /creators/{id}") to its method and
// OpenAPI path ("get", "/creators/{id}"): {$} is dropped, {rest...} becomes
// {rest}, and a subtree pattern ("/static/") gets a {file} parameter.
func OpenAPIPath(pattern string) (method, path string) {
	method, path, ok := strings.Cut(pattern, " ")
	if !ok {
		return "", pattern
	}
	path = strings.ReplaceAll(path, "{$}", "")
	if path == "" {
		path = "/"
	}
	path = patternPath.ReplaceAllString(path, "{$1}")
	if strings.HasSuffix(path, "/") && path != "/" {
		path += "{file}"
	}
	return strings.ToLower(method), path
}

func buildOpenAPI() map[string]any {
	sg := &schemaGen{defs: map[string]any{}}
	sg.defs["Error"] = sg.object(reflect.TypeOf(errorBody{}))
	// Responses first, so request bodies of the same types know to take
	// components of their own.
	for _, o := range apiOps {
		if o.resp != nil {
			sg.ref(reflect.TypeOf(o.resp))
		}
	}
	in := &schemaGen{defs: sg.defs, input: true, inputs: map[string]bool{}}
	errorRef := map[string]any{"$ref": "#/components/schemas/Error"}
	paths := map[string]any{}
	for _, o := range apiOps {
		method, path := OpenAPIPath(o.pattern)
		item, _ := paths[path].(map[string]any)
		if item == nil {
			item = map[string]any{}
			paths[path] = item
		}
		role := routeRoles[o.pattern]
		opDoc := map[string]any{
			"summary":      o.summary,
			"operationId":  operationID(method, path),
			"tags":         []string{o.tag},
			"x-scout-role": string(role),
		}
		var params []any
		for _, m := range patternPath.FindAllStringSubmatch(path, -1) {
			params = append(params, map[string]any{"name": m[1], "in": "path", "required": true, "schema": map[string]any{"type": "string"}})
		}
		for _, p := range o.query {
			schema := map[string]any{"type": p.typ}
			if p.list {
				schema = map[string]any{"type": "array", "items": map[string]any{"type": p.typ}}
			}
			q := map[string]any{"name": p.name, "in": "query", "description": p.doc, "schema": schema}
			if p.list {
				q["style"], q["explode"] = "form", true
			}
			if slices.Contains(o.deprecated, p.name) {
				q["deprecated"] = true
			}
			params = append(params, q)
		}
		if params != nil {
			opDoc["parameters"] = params
		}
		errs := slices.Clone(o.errors)
		if o.body != nil {
			opDoc["requestBody"] = map[string]any{"required": true, "content": map[string]any{
				"application/json": map[string]any{"schema": in.ref(reflect.TypeOf(o.body))}}}
			errs = append(errs, http.StatusUnsupportedMediaType) // requireJSON
		}
		responses := map[string]any{}
		ok := map[string]any{"description": http.StatusText(o.status)}
		switch {
		case o.media != nil:
			content := map[string]any{}
			for _, m := range o.media {
				schema := map[string]any{"type": "string"}
				if m == "application/json" && o.resp != nil {
					schema = sg.ref(reflect.TypeOf(o.resp)) // an export's JSON format
				}
				content[m] = map[string]any{"schema": schema}
			}
			ok["content"] = content
		case o.resp != nil:
			ok["content"] = map[string]any{"application/json": map[string]any{"schema": sg.ref(reflect.TypeOf(o.resp))}}
		}
		responses[strconv.Itoa(o.status)] = ok
		if role == scout.RolePublic {
			opDoc["security"] = []any{}
		} else {
			errs = append(errs, 401, 429)
			if role != scout.RoleViewer {
				errs = append(errs, 403)
			}
		}
		if !strings.HasPrefix(o.pattern, "GET ") && role != scout.RolePublic {
			errs = append(errs, 507) // a write the disk had no room for
		}
		errs = append(errs, 500)
		for _, st := range errs {
			resp := map[string]any{"description": http.StatusText(st),
				"content": map[string]any{"application/json": map[string]any{"schema": errorRef}}}
			switch st {
			case 429:
				resp["headers"] = map[string]any{"Retry-After": map[string]any{
					"description": "seconds until the key may call again (the rate limit, or a heavy request's fair-use limit)", "schema": map[string]any{"type": "integer"}}}
			case 503:
				resp["headers"] = map[string]any{"Retry-After": map[string]any{
					"description": "seconds until it may work again (sent while the search index is being rebuilt)", "schema": map[string]any{"type": "integer"}}}
			}
			responses[strconv.Itoa(st)] = resp
		}
		opDoc["responses"] = responses
		item[method] = opDoc
	}
	return map[string]any{
		"openapi": "3.1.0",
		"info":    map[string]any{"title": "Scout API", "version": "dev", "description": apiDescription},
		// Relative to where the document is served: the server that serves
		// it serves the API too, under whatever address it is reached at.
		"servers": []any{map[string]any{"url": "/", "description": "the Scout server that serves this document"}},
		"paths":   paths,
		"security": []any{
			map[string]any{"bearer": []string{}},
			map[string]any{"cookie": []string{}},
		},
		"components": map[string]any{
			"schemas": sg.defs,
			"securitySchemes": map[string]any{
				"bearer": map[string]any{"type": "http", "scheme": "bearer", "bearerFormat": "scout_ID_SECRET",
					"description": "An API key from `scout keys create` or POST /api/v1/keys."},
				"cookie": map[string]any{"type": "apiKey", "in": "cookie", "name": KeyCookie,
					"description": "The same key in an HttpOnly, SameSite=Strict cookie; honoured on GET and HEAD only."},
			},
		},
	}
}

func operationID(method, path string) string {
	var b strings.Builder
	b.WriteString(method)
	for _, part := range strings.FieldsFunc(path, func(r rune) bool { return r == '/' || r == '{' || r == '}' || r == '-' || r == '.' || r == '_' }) {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

// schemaGen reflects JSON schemas from Go types, one component per named
// struct type.
type schemaGen struct {
	defs map[string]any
	// input makes request-body schemas: no field is required (the handler
	// names what is missing), and a named type that is also a response
	// gets its own component, NAMEInput.
	input  bool
	inputs map[string]bool // components made for request bodies
}

var (
	timeType     = reflect.TypeOf(time.Time{})
	durationType = reflect.TypeOf(scout.Duration(0))
)

// deprecatedFields are JSON fields kept for one release after their
// replacement arrived (README: "API compatibility"), by schema name and
// field: the document marks them deprecated and names the replacement.
var deprecatedFields = map[string]map[string]string{
	"Schedule": {"period": "a Go duration string such as \"24h0m0s\"; use period_seconds"},
}

// ref returns the schema of t: a $ref for named structs (defining them on
// first use), inline otherwise.
func (g *schemaGen) ref(t reflect.Type) map[string]any {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t {
	case timeType:
		return map[string]any{"type": "string", "format": "date-time"}
	case durationType: // its MarshalJSON writes a Go duration string
		return map[string]any{"type": "string"}
	}
	switch t.Kind() {
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return map[string]any{"type": "integer"}
	case reflect.Float32, reflect.Float64:
		return map[string]any{"type": "number"}
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 {
			return map[string]any{"type": "string", "contentEncoding": "base64"}
		}
		return map[string]any{"type": "array", "items": g.ref(t.Elem())}
	case reflect.Map:
		v := g.ref(t.Elem())
		if typ, ok := v["type"].(string); ok && t.Elem().Kind() == reflect.Pointer {
			v["type"] = []string{typ, "null"} // a map of *float64: unknown values are null
		}
		return map[string]any{"type": "object", "additionalProperties": v}
	case reflect.Interface:
		// Any JSON value. Spelled out rather than {}: validators that fall
		// back to OpenAPI 3.0 rules read {} as "not null".
		return map[string]any{"type": []string{"string", "number", "boolean", "object", "array", "null"}}
	case reflect.Struct:
		if t.Name() == "" {
			return g.object(t)
		}
		name := t.Name()
		if g.input {
			if _, isOutput := g.defs[name]; isOutput && !g.inputs[name] {
				name += "Input"
			}
			g.inputs[name] = true
		}
		if _, ok := g.defs[name]; !ok {
			g.defs[name] = map[string]any{} // placeholder: recursive types end here
			obj := g.object(t)
			for field, why := range deprecatedFields[name] {
				if p, ok := obj["properties"].(map[string]any)[field].(map[string]any); ok {
					p["deprecated"], p["description"] = true, "deprecated: "+why
				}
			}
			g.defs[name] = obj
		}
		return map[string]any{"$ref": "#/components/schemas/" + name}
	}
	return map[string]any{}
}

// object builds an object schema from a struct's JSON fields, flattening
// embedded structs the way encoding/json does. Fields without omitempty
// are required (they are always sent); pointers, maps and slices may be
// null.
func (g *schemaGen) object(t reflect.Type) map[string]any {
	props := map[string]any{}
	var required []string
	var walk func(t reflect.Type, optional bool)
	walk = func(t reflect.Type, optional bool) {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			tag := f.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, opts, _ := strings.Cut(tag, ",")
			ft := f.Type
			if f.Anonymous && name == "" {
				ptr := ft.Kind() == reflect.Pointer
				for ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				if ft.Kind() == reflect.Struct {
					walk(ft, optional || ptr) // a nil embedded pointer's fields are left out
					continue
				}
			}
			if !f.IsExported() {
				continue
			}
			if name == "" {
				name = f.Name
			}
			s := g.ref(ft)
			if k := ft.Kind(); k == reflect.Pointer || k == reflect.Map || k == reflect.Slice {
				if _, isRef := s["$ref"]; isRef {
					s = map[string]any{"anyOf": []any{s, map[string]any{"type": "null"}}}
				} else if typ, ok := s["type"].(string); ok {
					s["type"] = []string{typ, "null"}
				}
			}
			props[name] = s
			omit := strings.Contains(opts, "omitempty") || strings.Contains(opts, "omitzero")
			if !omit && !optional && !g.input && !slices.Contains(required, name) {
				required = append(required, name)
			}
		}
	}
	walk(t, false)
	out := map[string]any{"type": "object", "properties": props}
	if len(required) > 0 {
		slices.Sort(required)
		out["required"] = required
	}
	return out
}
