package api_test

import (
	"encoding/json"
	"net/http"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
)

// undocumented are routes deliberately left out of the OpenAPI document:
// the JSON 404 for unknown /api/ paths is not an operation.
var undocumented = map[string]bool{"/api/": true}

var methods = []string{"get", "post", "put", "patch", "delete", "head", "options"}

// docOps returns "method path" for every operation in the document.
func docOps(t *testing.T, doc map[string]any) map[string]map[string]any {
	t.Helper()
	out := map[string]map[string]any{}
	paths, ok := doc["paths"].(map[string]any)
	if !ok {
		t.Fatal("document has no paths")
	}
	for path, item := range paths {
		for m, o := range item.(map[string]any) {
			out[m+" "+path] = o.(map[string]any)
		}
	}
	return out
}

// roundTrip renders the document as clients receive it.
func roundTrip(t *testing.T, v any) map[string]any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestOpenAPIMatchesRoutes fails when a registered route is not in the
// OpenAPI document or a documented operation is not a registered route.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	doc := roundTrip(t, api.OpenAPI("test"))
	documented := docOps(t, doc)
	registered := map[string]string{}
	for _, p := range registeredRoutes(t) {
		if undocumented[p] {
			continue
		}
		m, path := api.OpenAPIPath(p)
		if m == "" {
			t.Errorf("route %q has no method; give it one or list it in undocumented", p)
			continue
		}
		registered[m+" "+path] = p
		if _, ok := documented[m+" "+path]; !ok {
			t.Errorf("route %q is not in the OpenAPI document (api/openapi.go apiOps)", p)
		}
	}
	var extra []string
	for k := range documented {
		if _, ok := registered[k]; !ok {
			extra = append(extra, k)
		}
	}
	sort.Strings(extra)
	for _, k := range extra {
		t.Errorf("OpenAPI documents %s, which is not a registered route", k)
	}
}

var refRE = regexp.MustCompile(`"\$ref":"#/components/schemas/([^"]+)"`)

// TestOpenAPIWellFormed checks what a client generator relies on: every
// $ref resolves, path parameters are declared, roles and error responses
// follow the role table, and operation ids are unique.
func TestOpenAPIWellFormed(t *testing.T) {
	raw, err := json.Marshal(api.OpenAPI("test"))
	if err != nil {
		t.Fatal(err)
	}
	doc := roundTrip(t, api.OpenAPI("test"))
	if doc["openapi"] != "3.1.0" {
		t.Errorf("openapi = %v", doc["openapi"])
	}
	schemas := doc["components"].(map[string]any)["schemas"].(map[string]any)
	for _, m := range refRE.FindAllStringSubmatch(string(raw), -1) {
		if _, ok := schemas[m[1]]; !ok {
			t.Errorf("$ref to missing schema %s", m[1])
		}
	}
	errShape := schemas["Error"].(map[string]any)
	if props := errShape["properties"].(map[string]any); props["error"] == nil {
		t.Errorf("Error schema: %v", errShape)
	}
	roles := api.RouteRoles()
	patternOf := map[string]string{}
	for p := range roles {
		if m, path := api.OpenAPIPath(p); m != "" {
			patternOf[m+" "+path] = p
		}
	}
	ids := map[string]bool{}
	pathParam := regexp.MustCompile(`\{([^}]+)\}`)
	for key, o := range docOps(t, doc) {
		_, path, _ := strings.Cut(key, " ")
		id, _ := o["operationId"].(string)
		if id == "" || ids[id] {
			t.Errorf("%s: operationId %q empty or repeated", key, id)
		}
		ids[id] = true
		declared := map[string]bool{}
		if ps, ok := o["parameters"].([]any); ok {
			for _, p := range ps {
				pm := p.(map[string]any)
				if pm["in"] == "path" {
					declared[pm["name"].(string)] = true
				}
			}
		}
		for _, m := range pathParam.FindAllStringSubmatch(path, -1) {
			if !declared[m[1]] {
				t.Errorf("%s: path parameter %s not declared", key, m[1])
			}
		}
		want := roles[patternOf[key]]
		if got := o["x-scout-role"]; got != string(want) {
			t.Errorf("%s: x-scout-role %v, role table says %q", key, got, want)
		}
		resps := o["responses"].(map[string]any)
		_, has401 := resps["401"]
		if has401 == (want == scout.RolePublic) {
			t.Errorf("%s (%s): 401 documented = %v", key, want, has401)
		}
		if want == scout.RolePublic {
			if sec, ok := o["security"].([]any); !ok || len(sec) != 0 {
				t.Errorf("%s: public route without security: []", key)
			}
		}
		for st, r := range resps {
			if st[0] == '4' || st[0] == '5' {
				b, _ := json.Marshal(r)
				if !strings.Contains(string(b), "#/components/schemas/Error") {
					t.Errorf("%s: error response %s does not use the Error schema", key, st)
				}
			}
		}
	}
}

// TestOpenAPIServed checks the document is public JSON at its address and
// that real responses carry the fields the document says they always have.
func TestOpenAPIServed(t *testing.T) {
	env := MustAuthServer(t, nil)
	status, hdr, body := env.do(t, "GET", "/api/openapi.json", "", "")
	if status != http.StatusOK || !strings.HasPrefix(hdr.Get("Content-Type"), "application/json") {
		t.Fatalf("GET /api/openapi.json: %d %s", status, hdr.Get("Content-Type"))
	}
	var doc map[string]any
	if err := json.Unmarshal(body, &doc); err != nil {
		t.Fatal(err)
	}
	schemas := doc["components"].(map[string]any)["schemas"].(map[string]any)
	admin := env.keys[scout.RoleAdmin]
	checked := 0
	for key, o := range docOps(t, doc) {
		method, path, _ := strings.Cut(key, " ")
		if method != "get" || strings.Contains(path, "{") {
			continue
		}
		ok, _ := o["responses"].(map[string]any)["200"].(map[string]any)
		content, _ := ok["content"].(map[string]any)
		js, _ := content["application/json"].(map[string]any)
		if js == nil {
			continue
		}
		schema := resolve(js["schema"].(map[string]any), schemas)
		if schema["type"] != "object" {
			continue // an export: JSON is one of its formats, not its default
		}
		req, _ := schema["required"].([]any)
		props, _ := schema["properties"].(map[string]any)
		st, _, got := env.do(t, "GET", path, admin, "")
		if st != http.StatusOK {
			continue // e.g. 503 for a service this test server lacks
		}
		var obj map[string]any
		if err := json.Unmarshal(got, &obj); err != nil {
			t.Errorf("%s: not a JSON object: %s", key, got)
			continue
		}
		for _, r := range req {
			if _, ok := obj[r.(string)]; !ok {
				t.Errorf("%s: response lacks required %q: %s", key, r, got)
			}
		}
		if props != nil {
			for k := range obj {
				if _, ok := props[k]; !ok {
					t.Errorf("%s: response field %q is not documented", key, k)
				}
			}
		}
		checked++
	}
	if checked < 4 {
		t.Errorf("checked only %d GET responses against their schemas", checked)
	}
}

// TestOpenAPISearchParams fails when search accepts a parameter the
// document does not list, or the document lists one search refuses.
func TestOpenAPISearchParams(t *testing.T) {
	doc := roundTrip(t, api.OpenAPI("test"))
	o := docOps(t, doc)["get /api/v1/creators"]
	documented := map[string]bool{}
	for _, p := range o["parameters"].([]any) {
		documented[p.(map[string]any)["name"].(string)] = true
	}
	for name := range api.SearchParams() {
		if !documented[name] {
			t.Errorf("search accepts %q, which GET /api/v1/creators does not document", name)
		}
	}
	for name := range documented {
		base, _, named := strings.Cut(name, ".")
		if named {
			if base != "min_score" && base != "max_score" && base != "max_risk" {
				t.Errorf("documented per-name parameter %q is not one search reads", name)
			}
			continue
		}
		if !api.SearchParams()[name] {
			t.Errorf("documented parameter %q is not one search accepts", name)
		}
	}
}

func resolve(s map[string]any, schemas map[string]any) map[string]any {
	if ref, ok := s["$ref"].(string); ok {
		return schemas[strings.TrimPrefix(ref, "#/components/schemas/")].(map[string]any)
	}
	return s
}
