package crawler_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/crawltest"
)

// probeSink records, at the moment each result is ingested, whether the
// Validators store already holds the URL's validators.
type probeSink struct {
	vals          *crawler.MemValidators
	storedAtSink  bool
	ingested      int
	failNextWrite bool
}

func (s *probeSink) Ingest(_ context.Context, r *scout.CrawlResult) error {
	s.ingested++
	if _, _, ok := s.vals.Get(r.URL); ok {
		s.storedAtSink = true
	}
	if s.failNextWrite {
		s.failNextWrite = false
		return scout.Errorf(scout.EUNAVAILABLE, "disk full")
	}
	return nil
}

// Validators reach the store only after the sink kept the result: a crash
// between reading a page and storing it must not leave a validator that
// would turn the next crawl's fetch into a 304 with nothing stored.
func TestValidatorsStoredOnlyAfterCommit(t *testing.T) {
	const page = `<html><head><meta property="og:type" content="profile"><meta property="og:title" content="Val (@val)"><meta property="og:description" content="1,234 Followers"></head></html>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("ETag", `"v1"`)
		_, _ = w.Write([]byte(page))
	}))
	defer srv.Close()
	vals := crawler.NewMemValidators(10)
	target := srv.URL + "/@val"

	sink := &probeSink{vals: vals, failNextWrite: true}
	c := crawler.New(crawler.Config{Rate: 100, Burst: 10, Validators: vals, MaxRetries: -1,
		Extract: crawltest.FakeExtract, ParseFeed: crawltest.FakeParseFeed})
	if _, err := c.Crawl(context.Background(), []string{target}, sink); err != nil {
		t.Fatal(err)
	}
	if _, _, ok := vals.Get(target); ok {
		t.Fatal("validators stored although the sink failed to keep the result")
	}
	sum, err := c.Crawl(context.Background(), []string{target}, sink)
	if err != nil {
		t.Fatal(err)
	}
	if sum.NotModified != 0 {
		t.Errorf("a page whose result was lost came back as a 304")
	}
	if sink.storedAtSink {
		t.Error("validators were stored before the sink had the result")
	}
	if _, _, ok := vals.Get(target); !ok {
		t.Fatal("validators not stored after the sink kept the result")
	}
	sum, err = c.Crawl(context.Background(), []string{target}, sink)
	if err != nil {
		t.Fatal(err)
	}
	if sum.NotModified != 1 {
		t.Errorf("third crawl: %d not modified, want 1 (revalidation works once committed)", sum.NotModified)
	}
}
