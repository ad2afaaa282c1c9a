package api_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
)

// TestOpenAPIFleetJob checks a crawl job as a fleet reports it (serve
// --redis: its policy, targets in flight and each worker's tally) against
// the OpenAPI document, as the contract test does for one process.
func TestOpenAPIFleetJob(t *testing.T) {
	ctx := context.Background()
	ts, db := MustJobServer(t, nil)
	j := &scout.CrawlJob{Origin: scout.OriginCLI, Targets: []string{"https://example.com/@a"}}
	if err := db.CreateJob(ctx, j); err != nil {
		t.Fatal(err)
	}
	j.State, j.Fetched, j.Profiles, j.InFlight = scout.JobRunning, 3, 2, 2
	j.Errors = map[string]int{scout.FailNotFound: 1}
	j.Policy = &scout.CrawlPolicy{Rate: 5, Burst: 1, PerHost: 1, HostRates: map[string]float64{"example.com": 2},
		BlockPrivate: true, AllowPrivate: []string{"127.0.0.1:8081"}}
	j.Workers = map[string]*scout.JobWorker{
		"w1": {Fetched: 2, Profiles: 2, Errors: map[string]int{}},
		"w2": {Fetched: 1, Errors: map[string]int{scout.FailNotFound: 1}},
	}
	if err := db.UpdateJob(ctx, j); err != nil {
		t.Fatal(err)
	}

	raw, err := json.Marshal(api.OpenAPI("test"))
	if err != nil {
		t.Fatal(err)
	}
	doc := MustOpenAPIDoc(t, raw)
	method, path := api.OpenAPIPath("GET /api/v1/crawls/{id}")
	item := doc.Paths.Value(path)
	route := &routers.Route{Spec: doc, Path: path, PathItem: item, Method: strings.ToUpper(method),
		Operation: item.GetOperation(strings.ToUpper(method))}
	req, _ := http.NewRequest(http.MethodGet, ts.URL+"/api/v1/crawls/"+j.ID, nil)
	opts := &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc, IncludeResponseStatus: true, MultiError: true}
	in := &openapi3filter.RequestValidationInput{Request: req, PathParams: map[string]string{"id": j.ID}, Route: route, Options: opts}
	code, hdr, body := get(t, req.URL.String())
	if code != http.StatusOK {
		t.Fatalf("GET %s: %d %s", req.URL, code, body)
	}
	var got scout.CrawlJob
	if err := json.Unmarshal(body, &got); err != nil || got.Workers["w2"] == nil || got.Policy == nil || got.InFlight != 2 {
		t.Fatalf("the job lost its fleet fields (%v): %s", err, body)
	}
	out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: code, Header: hdr, Options: opts}
	out.SetBodyBytes(body)
	if err := openapi3filter.ValidateResponse(ctx, out); err != nil {
		t.Errorf("a fleet job does not match the document:\n%v\nbody: %s", err, body)
	}
}
