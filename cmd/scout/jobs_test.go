package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/crawler/fixtureweb"
)

// MustJobsAPI opens a data directory and serves it with serve's crawl job
// wiring (setupJobs) under settings.
func MustJobsAPI(t *testing.T, settings *jobSettings) *httptest.Server {
	t.Helper()
	ctx := context.Background()
	a, err := openApp(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	m := &Main{Stdout: io.Discard, Stderr: io.Discard, Getenv: func(string) string { return "" }, jobs: settings}
	srv := api.NewServer()
	srv.Creators, srv.Index = a.db, a.idx
	closeJobs, err := m.setupJobs(ctx, srv, a, false)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(func() {
		ts.Close()
		closeJobs()
		a.Close()
	})
	return ts
}

// crawlViaAPI posts targets and waits for the job to finish.
func crawlViaAPI(t *testing.T, base string, targets []string) *scout.CrawlJob {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"targets": targets})
	resp, err := http.Post(base+"/api/v1/crawls", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var job scout.CrawlJob
	err = json.NewDecoder(resp.Body).Decode(&job)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusAccepted {
		t.Fatalf("POST /api/v1/crawls = %d, %v", resp.StatusCode, err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for !job.Finished() {
		if time.Now().After(deadline) {
			t.Fatalf("job never finished: %+v", job)
		}
		time.Sleep(20 * time.Millisecond)
		r, err := http.Get(base + "/api/v1/crawls/" + job.ID)
		if err != nil {
			t.Fatal(err)
		}
		err = json.NewDecoder(r.Body).Decode(&job)
		r.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	return &job
}

func TestServeCrawlJobs_SampleWeb(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end crawl skipped in -short mode")
	}
	web := fixtureweb.MustStart(t, scout.SampleWeb())
	seeds, err := web.Seeds()
	if err != nil {
		t.Fatal(err)
	}

	t.Run("RefusedWithoutAllowPrivate", func(t *testing.T) {
		ts := MustJobsAPI(t, nil)
		body, _ := json.Marshal(map[string]any{"targets": seeds[:1]})
		resp, err := http.Post(ts.URL+"/api/v1/crawls", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(b), "loopback") {
			t.Errorf("loopback fixture target: %d %s, want 400 naming loopback", resp.StatusCode, b)
		}
		port := seeds[0][strings.LastIndex(seeds[0], ":")+1:]
		port = port[:strings.IndexByte(port, '/')]
		// An odd spelling of 127.0.0.1 (inet_aton's hex form) is refused up
		// front, like the dotted one.
		hexBody, _ := json.Marshal(map[string]any{"targets": []string{"http://0x7f000001:" + port + "/@mayaruns"}})
		resp, err = http.Post(ts.URL+"/api/v1/crawls", "application/json", bytes.NewReader(hexBody))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest {
			t.Errorf("hex loopback target: %d, want 400", resp.StatusCode)
		}
		// So are the IPv6 forms that embed it (6to4 here); names that
		// resolve to it are refused by the dialer (crawler/ssrf_test.go).
		sixBody, _ := json.Marshal(map[string]any{"targets": []string{"http://[2002:7f00:1::1]:" + port + "/@mayaruns"}})
		resp, err = http.Post(ts.URL+"/api/v1/crawls", "application/json", bytes.NewReader(sixBody))
		if err != nil {
			t.Fatal(err)
		}
		b, _ = io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(b), "6to4") {
			t.Errorf("6to4 loopback target: %d %s, want 400 naming 6to4", resp.StatusCode, b)
		}
	})

	t.Run("DemoFixtureHostsAllowed", func(t *testing.T) {
		ts := MustJobsAPI(t, fixtureTargets(web))
		job := crawlViaAPI(t, ts.URL, seeds)
		want, err := web.Expected()
		if err != nil {
			t.Fatal(err)
		}
		if job.State != scout.JobDone || job.Fetched != len(seeds) || job.Profiles != len(want.Creators) || job.Queued != len(seeds) {
			t.Errorf("job = %+v; want done, %d fetched, %d profiles", job, len(seeds), len(want.Creators))
		}
		if job.StartedAt == nil || job.FinishedAt == nil || job.ETA != nil {
			t.Errorf("job times = %v %v eta %v", job.StartedAt, job.FinishedAt, job.ETA)
		}
		r, err := http.Get(ts.URL + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(r.Body)
		r.Body.Close()
		for _, w := range []string{
			`scout_pages_fetched_total{platform="web",status="2xx"}`,
			`scout_crawl_job_duration_seconds_count{origin="api",state="done"} 1`,
			`scout_frontier_queue_depth 0`,
			`scout_crawl_jobs{state="done"} 1`,
			`scout_creators `,
			`scout_store_size_bytes `,
			`scout_http_requests_total{route="POST /api/v1/crawls",status="2xx"} 1`,
		} {
			if !strings.Contains(string(b), w) {
				t.Errorf("metrics lack %s", w)
			}
		}
		// Search sees the crawled creators (the job flushed the index).
		r, err = http.Get(ts.URL + "/api/v1/creators?per_page=100")
		if err != nil {
			t.Fatal(err)
		}
		var res struct {
			Total int `json:"total"`
		}
		_ = json.NewDecoder(r.Body).Decode(&res)
		r.Body.Close()
		if persons := samplePersons(t); res.Total != persons {
			t.Errorf("search total = %d, want %d (one creator per person)", res.Total, persons)
		}
	})
}
