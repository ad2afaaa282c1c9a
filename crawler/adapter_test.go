package crawler_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
)

// echoAdapter claims "echo:HANDLE" targets and fetches base/HANDLE through
// the client it is handed, so the test can see the shared transport at work.
type echoAdapter struct{ base string }

func (echoAdapter) Platform() scout.Platform { return "echo" }

func (a echoAdapter) Match(target string) (string, bool) {
	if strings.HasPrefix(target, "echo:") {
		return "echo-api", true
	}
	return "", false
}

func (a echoAdapter) Fetch(ctx context.Context, client *http.Client, target string) *scout.CrawlResult {
	handle := strings.TrimPrefix(target, "echo:")
	res := &scout.CrawlResult{URL: target, FetchedAt: time.Now()}
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, a.base+"/"+handle, nil)
	resp, err := client.Do(req)
	if err != nil {
		res.Failure = &scout.Failure{URL: target, Kind: crawler.Classify(err, 0), Message: err.Error()}
		return res
	}
	resp.Body.Close()
	res.Status = resp.StatusCode
	if kind := crawler.Classify(nil, resp.StatusCode); kind != "" {
		res.Failure = &scout.Failure{URL: target, Kind: kind, Message: resp.Status}
		return res
	}
	res.Profile = &scout.Profile{Account: scout.Account{ID: "echo:" + handle, Platform: "echo", Handle: handle}, FetchedAt: res.FetchedAt}
	return res
}

func TestCrawlAdapterTargets(t *testing.T) {
	var mu sync.Mutex
	var uas []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		uas = append(uas, r.UserAgent())
		mu.Unlock()
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		if r.URL.Path == "/gone" {
			http.Error(w, "gone", http.StatusGone)
			return
		}
		w.WriteHeader(http.StatusOK)
	}))
	defer srv.Close()
	sink := &crawltest.MemSink{}
	c := crawler.New(crawler.Config{Rate: 100, Burst: 10, Adapters: []crawler.Adapter{echoAdapter{base: srv.URL}}})
	sum, err := c.Crawl(context.Background(), []string{"echo:alice", "echo:alice", "echo:gone", "nope:bob"}, sink)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Profiles != 1 || sum.Errors[scout.FailNotFound] != 1 || sum.Errors[scout.FailBlocked] != 1 {
		t.Errorf("summary %+v: want 1 profile (duplicate target dropped), 1 not_found, 1 blocked (no adapter, not a URL)", sum)
	}
	mu.Lock()
	defer mu.Unlock()
	for _, ua := range uas {
		if !strings.HasPrefix(ua, "ScoutBot/") {
			t.Errorf("adapter request bypassed the shared transport: user agent %q", ua)
		}
	}
	if len(uas) == 0 {
		t.Fatal("adapter made no request")
	}
}
