package crawler_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/scout-oss/scout/crawler"
)

// The Transport counts the body bytes read, after decompression, for the
// scout_fetch_bytes_total metric.
func TestTransportCountsBodyBytes(t *testing.T) {
	page := strings.Repeat("<p>hello</p>", 1000) // 12,000 bytes
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		_, _ = zw.Write([]byte(page))
		_ = zw.Close()
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write(buf.Bytes())
	}))
	defer srv.Close()
	tr := crawler.NewTransport(crawler.Config{Rate: 100, Burst: 10, IgnoreRobots: true})
	c := tr.Client()
	defer c.CloseIdleConnections()
	resp, err := c.Get(srv.URL + "/p")
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil || len(body) != len(page) {
		t.Fatalf("read %d bytes, %v; want %d", len(body), err, len(page))
	}
	if got := tr.Stats().Bytes; got != int64(len(page)) {
		t.Errorf("Stats().Bytes = %d, want %d (the decompressed size)", got, len(page))
	}
}
