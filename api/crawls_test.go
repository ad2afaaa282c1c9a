package api_test

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
	"github.com/scout-oss/scout/store"
)

// MustJobServer serves the crawl and history routes over a real bbolt
// store (jobs are stored, not run) with a fixed clock.
func MustJobServer(tb testing.TB, configure func(*api.Server)) (*httptest.Server, *store.DB) {
	tb.Helper()
	db, err := store.OpenWith(context.Background(), tb.TempDir(), store.Options{NoSync: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	s := api.NewServer()
	s.Creators, s.Jobs = db, db
	s.Now = func() time.Time { return historyNow }
	if configure != nil {
		configure(s)
	}
	ts := httptest.NewServer(s.Handler())
	tb.Cleanup(ts.Close)
	return ts, db
}

func postJSON(t *testing.T, url, body string) (int, http.Header, []byte) {
	t.Helper()
	resp, err := http.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, b
}

func TestCrawlsAPI_CreateGetList(t *testing.T) {
	ts, _ := MustJobServer(t, nil)
	code, h, body := postJSON(t, ts.URL+"/api/v1/crawls",
		`{"targets":["https://example.com/@maya"," bluesky:maya.bsky.social ","https://example.com/@maya"],"max_pages":5}`)
	if code != http.StatusAccepted {
		t.Fatalf("POST = %d %s", code, body)
	}
	var job scout.CrawlJob
	if err := json.Unmarshal(body, &job); err != nil {
		t.Fatal(err)
	}
	if job.ID == "" || job.State != scout.JobQueued || job.Origin != scout.OriginAPI || job.MaxPages != 5 ||
		strings.Join(job.Targets, " ") != "https://example.com/@maya bluesky:maya.bsky.social" {
		t.Errorf("job = %+v", job)
	}
	if h.Get("Location") != "/api/v1/crawls/"+job.ID {
		t.Errorf("Location = %q", h.Get("Location"))
	}
	code, _, body = get(t, ts.URL+"/api/v1/crawls/"+job.ID)
	if code != http.StatusOK || !bytes.Contains(body, []byte(`"state":"queued"`)) {
		t.Errorf("GET one = %d %s", code, body)
	}
	postJSON(t, ts.URL+"/api/v1/crawls", `{"targets":["https://example.org/"]}`)
	code, _, body = get(t, ts.URL+"/api/v1/crawls")
	var list api.CrawlList
	if err := json.Unmarshal(body, &list); err != nil || code != http.StatusOK {
		t.Fatalf("GET list = %d %s", code, body)
	}
	if list.Total != 2 || list.Jobs[0].Targets[0] != "https://example.org/" {
		t.Errorf("list = %+v, want 2 jobs newest first", list)
	}
	if code, _, _ := get(t, ts.URL+"/api/v1/crawls/j99"); code != http.StatusNotFound {
		t.Errorf("unknown job = %d", code)
	}
}

// crawlRefusals are targets the API refuses up front, with the words the
// message must contain.
var crawlRefusals = []struct {
	name, body, want string
}{
	{"ErrLoopback", `{"targets":["http://127.0.0.1:8080/admin"]}`, "loopback"},
	{"ErrLoopbackV6", `{"targets":["http://[::1]/"]}`, "loopback"},
	{"ErrMappedLoopback", `{"targets":["http://[::ffff:127.0.0.1]/"]}`, "loopback"},
	{"ErrLocalhost", `{"targets":["http://localhost:6379/"]}`, "loopback name"},
	{"ErrPrivate", `{"targets":["https://example.com/","http://10.1.2.3/"]}`, "private"},
	{"ErrMetadata", `{"targets":["http://169.254.169.254/latest/meta-data/"]}`, "cloud metadata"},
	{"ErrUnspecified", `{"targets":["http://0.0.0.0/"]}`, "unspecified"},
	{"ErrCGNAT", `{"targets":["http://100.64.0.1/"]}`, "carrier-grade NAT"},
	{"ErrScheme", `{"targets":["file:///etc/passwd"]}`, "only http and https"},
	{"ErrCredentials", `{"targets":["https://user:pw@example.com/"]}`, "credentials"},
	{"ErrEmpty", `{"targets":[]}`, "targets is empty"},
	{"ErrNegativeMax", `{"targets":["https://example.com/"],"max_pages":-1}`, "max_pages"},
	{"ErrUnknownField", `{"urls":["https://example.com/"]}`, "body must be"},
}

func TestCrawlsAPI_RefusesInternalTargets(t *testing.T) {
	ts, db := MustJobServer(t, nil)
	for _, c := range crawlRefusals {
		code, _, body := postJSON(t, ts.URL+"/api/v1/crawls", c.body)
		if code != http.StatusBadRequest || !strings.Contains(string(body), c.want) {
			t.Errorf("%s: %d %s, want 400 naming %q", c.name, code, body, c.want)
			continue
		}
	}
	if _, total, _ := db.FindJobs(context.Background(), scout.JobFilter{}); total != 0 {
		t.Errorf("%d jobs created from refused requests", total)
	}
}

func TestCrawlsAPI_AllowPrivate(t *testing.T) {
	ts, _ := MustJobServer(t, func(s *api.Server) { s.AllowPrivate = true })
	if code, _, body := postJSON(t, ts.URL+"/api/v1/crawls", `{"targets":["http://127.0.0.1:8080/"]}`); code != http.StatusAccepted {
		t.Errorf("--allow-private: %d %s", code, body)
	}
	// AllowTargets lets exactly the listed fixture addresses through.
	ts, _ = MustJobServer(t, func(s *api.Server) { s.AllowTargets = []string{"127.0.0.1:8080"} })
	if code, _, body := postJSON(t, ts.URL+"/api/v1/crawls", `{"targets":["http://127.0.0.1:8080/@maya"]}`); code != http.StatusAccepted {
		t.Errorf("allowed fixture host: %d %s", code, body)
	}
	if code, _, _ := postJSON(t, ts.URL+"/api/v1/crawls", `{"targets":["http://127.0.0.1:8081/"]}`); code != http.StatusBadRequest {
		t.Errorf("other loopback port: %d, want 400", code)
	}
}

func TestCrawlsAPI_Unavailable(t *testing.T) {
	ts, _ := MustJobServer(t, func(s *api.Server) { s.Jobs = nil })
	if code, _, _ := get(t, ts.URL+"/api/v1/crawls"); code != http.StatusServiceUnavailable {
		t.Errorf("no job service: %d, want 503", code)
	}
	ts, _ = MustJobServer(t, nil) // the bare store cannot cancel
	if code, _, _ := postJSON(t, ts.URL+"/api/v1/crawls/j1/cancel", ``); code != http.StatusServiceUnavailable {
		t.Errorf("cancel without a runner: %d, want 503", code)
	}
}
