package main

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler/fixtureweb"
	"github.com/scout-oss/scout/store"
)

// TestCrawlRevalidatesAfterRestart crawls the sample web twice in two
// processes' worth of runs (the store closed and reopened in between): the
// second crawl sends the stored validators, unchanged pages answer 304,
// the summary says how many, and each of those creators still gains a
// snapshot and a newer data_as_of.
func TestCrawlRevalidatesAfterRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end crawl skipped in -short mode")
	}
	ctx := context.Background()
	web := fixtureweb.MustStart(t, scout.SampleWeb())
	seeds, err := web.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	seedFile := filepath.Join(t.TempDir(), "seeds.txt")
	if err := os.WriteFile(seedFile, []byte(strings.Join(seeds, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	data := t.TempDir()
	notModified := regexp.MustCompile(`not modified (\d+)`)
	crawl := func() int {
		args := append([]string{"crawl", "--seeds", seedFile, "--data", data, "--rate", "50", "--timeout", "3s"}, demoPlatformArgs(web)...)
		code, out, errOut := run(t, ctx, nil, args...)
		if code != exitOK {
			t.Fatalf("crawl exit %d: %s", code, errOut)
		}
		m := notModified.FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("summary lacks \"not modified N\": %s", out)
		}
		n, _ := strconv.Atoi(m[1])
		return n
	}
	if n := crawl(); n != 0 {
		t.Fatalf("first crawl: not modified %d, want 0", n)
	}
	first := dataAsOf(t, data)
	n := crawl()
	if n == 0 {
		t.Fatal("second crawl after reopening the store: not modified 0; the stored validators were not sent")
	}
	second := dataAsOf(t, data)
	moved := 0
	for id, at := range second {
		if at.After(first[id]) {
			moved++
		}
	}
	if moved != len(first) {
		t.Errorf("data_as_of moved for %d of %d creators; a 304 must count as fresh data", moved, len(first))
	}
}

// dataAsOf reads every creator's data_as_of.
func dataAsOf(t *testing.T, data string) map[string]time.Time {
	t.Helper()
	db, err := store.Open(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cs, _, err := db.FindCreators(context.Background(), scout.CreatorFilter{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]time.Time{}
	for _, c := range cs {
		if c.DataAsOf != nil {
			out[c.ID] = *c.DataAsOf
		}
	}
	return out
}
