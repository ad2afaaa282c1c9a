package crawler_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"net/http"
	"runtime"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
)

// etagPage serves one page with an ETag and a Last-Modified, answering 304
// when the request carries either validator.
func etagPage(body string) http.Handler {
	const etag, lastMod = `"v1"`, "Sun, 01 Mar 2026 10:00:00 GMT"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastMod)
		if r.Header.Get("If-None-Match") == etag || r.Header.Get("If-Modified-Since") == lastMod {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(body))
	})
}

func TestConditionalGet(t *testing.T) {
	var seen []http.Header
	page := etagPage("<p>hello</p>")
	srv, _ := crawltest.MustFetchServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/robots.txt" {
			seen = append(seen, r.Header.Clone())
		}
		page.ServeHTTP(w, r)
	}))
	tr := crawler.NewTransport(crawltest.FastConfig())
	c := tr.Client()
	t.Cleanup(c.CloseIdleConnections)
	mark := http.Header{crawler.RevalidateHeader: {"1"}}

	resp, body, err := mustGet(t, t.Context(), c, srv.URL+"/p", mark)
	if err != nil || resp.StatusCode != http.StatusOK || string(body) != "<p>hello</p>" {
		t.Fatalf("first fetch = %v %q %v, want 200 with the page", resp, body, err)
	}
	// Until the result is committed, nothing is revalidated.
	resp, _, err = mustGet(t, t.Context(), c, srv.URL+"/p", mark)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("fetch before commit = %v %v, want 200: validators must wait for the commit", resp, err)
	}
	crawler.CommitValidators(tr, srv.URL+"/p")
	resp, body, err = mustGet(t, t.Context(), c, srv.URL+"/p", mark)
	if err != nil || resp.StatusCode != http.StatusNotModified || len(body) != 0 {
		t.Fatalf("second fetch = %v %q %v, want an empty 304", resp, body, err)
	}
	// A request that did not ask to revalidate gets the page, as ever.
	resp, _, err = mustGet(t, t.Context(), c, srv.URL+"/p", nil)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("unmarked fetch = %v %v, want 200", resp, err)
	}

	if len(seen) != 4 {
		t.Fatalf("server saw %d page requests, want 4", len(seen))
	}
	for i, h := range seen[:2] {
		if h.Get("If-None-Match") != "" || h.Get("If-Modified-Since") != "" {
			t.Errorf("request %d sent validators before they were committed: %v", i, h)
		}
	}
	if h := seen[2]; h.Get("If-None-Match") != `"v1"` || h.Get("If-Modified-Since") != "Sun, 01 Mar 2026 10:00:00 GMT" {
		t.Errorf("request after commit: If-None-Match %q, If-Modified-Since %q; want the stored validators",
			h.Get("If-None-Match"), h.Get("If-Modified-Since"))
	}
	if h := seen[3]; h.Get("If-None-Match") != "" {
		t.Errorf("unmarked request sent If-None-Match %q", h.Get("If-None-Match"))
	}
	for i, h := range seen {
		if h.Get(crawler.RevalidateHeader) != "" {
			t.Errorf("request %d leaked %s to the server", i, crawler.RevalidateHeader)
		}
	}
	if got := tr.Stats().NotModified; got != 1 {
		t.Errorf("not-modified count = %d, want 1", got)
	}
}

func TestConditionalGetIncompleteBodyNotStored(t *testing.T) {
	v := crawler.NewMemValidators(10)
	srv, _ := crawltest.MustFetchServer(t, etagPage(strings.Repeat("x", 4096)))
	cfg := crawltest.FastConfig()
	cfg.Validators = v
	cfg.MaxBodySize = 1024 // the page is cut short: never a 304 for it
	c := crawler.NewClient(cfg)
	t.Cleanup(c.CloseIdleConnections)

	mark := http.Header{crawler.RevalidateHeader: {"1"}}
	if _, _, err := mustGet(t, t.Context(), c, srv.URL+"/p", mark); !errors.Is(err, crawler.ErrBodyTooLarge) {
		t.Fatalf("err = %v, want ErrBodyTooLarge", err)
	}
	if _, _, ok := v.Get(srv.URL + "/p"); ok {
		t.Error("validators stored for a body that was never read whole")
	}
}

func TestMemValidatorsBounded(t *testing.T) {
	v := crawler.NewMemValidators(2)
	v.Put("a", `"1"`, "")
	v.Put("b", `"2"`, "")
	v.Get("a") // a is now more recent than b
	v.Put("c", "", "Sun, 01 Mar 2026 10:00:00 GMT")
	if got := v.Len(); got != 2 {
		t.Errorf("len = %d, want 2", got)
	}
	if _, _, ok := v.Get("b"); ok {
		t.Error("b kept; the least recently used should go")
	}
	if etag, _, ok := v.Get("a"); !ok || etag != `"1"` {
		t.Errorf("a = %q, %v; want kept", etag, ok)
	}
	v.Put("a", "", "")
	if _, _, ok := v.Get("a"); ok {
		t.Error("a kept after Put with no validators")
	}
}

func TestCrawlNotModified(t *testing.T) {
	srv, log := crawltest.MustFetchServer(t, etagPage(`<!-- post p1 --><!-- feed /feed.xml -->`))
	cr := crawler.New(crawltest.FastConfig())
	t.Cleanup(cr.Client().CloseIdleConnections)

	sink := &crawltest.MemSink{}
	if _, err := cr.Crawl(t.Context(), []string{srv.URL + "/alice"}, sink); err != nil {
		t.Fatal(err)
	}
	sink2 := &crawltest.MemSink{}
	sum, err := cr.Crawl(t.Context(), []string{srv.URL + "/alice"}, sink2)
	if err != nil {
		t.Fatal(err)
	}
	r := sink2.ByURL()[srv.URL+"/alice"]
	if r == nil || r.Status != http.StatusNotModified || !r.NotModified || r.Failure != nil || r.Profile != nil {
		t.Fatalf("second crawl result = %+v, want status 304, NotModified, no failure, no profile", r)
	}
	if sum.NotModified != 1 || sum.Fetched != 1 || sum.Profiles != 0 || len(sum.Errors) != 0 {
		t.Errorf("summary = %+v, want 1 fetched, 1 not modified", sum)
	}
	if sum.Fetch.NotModified != 1 {
		t.Errorf("fetch stats = %+v, want 1 not modified", sum.Fetch)
	}
	if got := log.Count("/feed.xml"); got != 1 {
		t.Errorf("feed fetched %d times, want once: an unchanged page's feed is not fetched", got)
	}
}

func TestGzip(t *testing.T) {
	page := strings.Repeat("<p>gzip me</p>", 100)
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	zw.Write([]byte(page))
	zw.Close()
	var acceptEncoding string
	srv, _ := crawltest.MustFetchServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		acceptEncoding = r.Header.Get("Accept-Encoding")
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "text/html")
		w.Write(zipped.Bytes())
	}))
	cfg := crawltest.FastConfig()
	cfg.IgnoreRobots = true
	c := crawler.NewClient(cfg)
	t.Cleanup(c.CloseIdleConnections)

	resp, body, err := mustGet(t, t.Context(), c, srv.URL+"/p", nil)
	if err != nil {
		t.Fatal(err)
	}
	if acceptEncoding != "gzip" {
		t.Errorf("Accept-Encoding = %q, want gzip", acceptEncoding)
	}
	if string(body) != page {
		t.Errorf("body = %d bytes, want the %d-byte page decompressed", len(body), len(page))
	}
	if resp.Header.Get("Content-Encoding") != "" || !resp.Uncompressed {
		t.Errorf("Content-Encoding %q, Uncompressed %v; want the body marked as already decompressed",
			resp.Header.Get("Content-Encoding"), resp.Uncompressed)
	}
}

// TestGzipBomb serves about 32 KiB that inflate to 32 MiB: the cap applies
// to the inflated bytes, and memory stays near the cap.
func TestGzipBomb(t *testing.T) {
	const limit = 1 << 20
	var bomb bytes.Buffer
	zw := gzip.NewWriter(&bomb)
	zeros := make([]byte, 1<<20)
	for range 32 {
		zw.Write(zeros)
	}
	zw.Close()
	srv, _ := crawltest.MustFetchServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "text/html")
		w.Write(bomb.Bytes())
	}))
	cfg := crawltest.FastConfig()
	cfg.IgnoreRobots = true
	cfg.MaxBodySize = limit
	c := crawler.NewClient(cfg)
	t.Cleanup(c.CloseIdleConnections)

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	resp, err := c.Get(srv.URL + "/bomb")
	if err != nil {
		t.Fatal(err)
	}
	n, err := io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	runtime.ReadMemStats(&after)
	if !errors.Is(err, crawler.ErrBodyTooLarge) {
		t.Errorf("err = %v, want ErrBodyTooLarge", err)
	}
	if got, want := crawler.Classify(err, 0), scout.FailTooLarge; got != want {
		t.Errorf("kind = %q, want %q", got, want)
	}
	if n > limit {
		t.Errorf("read %d bytes past a %d-byte cap", n, limit)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 16<<20 {
		t.Errorf("allocated %d MiB reading a bomb capped at 1 MiB", alloc>>20)
	}

	t.Run("Crawl", func(t *testing.T) {
		cr := crawler.New(cfg)
		t.Cleanup(cr.Client().CloseIdleConnections)
		sink := &crawltest.MemSink{}
		if _, err := cr.Crawl(t.Context(), []string{srv.URL + "/bomb"}, sink); err != nil {
			t.Fatal(err)
		}
		if got, want := crawltest.KindOf(sink.ByURL()[srv.URL+"/bomb"]), scout.FailTooLarge; got != want {
			t.Errorf("kind = %q, want %q", got, want)
		}
	})
}
