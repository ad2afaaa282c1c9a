package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler/fixtureweb"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/store"
)

// TestForgetStaysGone forgets a crawled creator and an imported one, then
// crawls and imports again: neither comes back, not in the store, not in
// the index, and the crawl records the person's URL as suppressed.
func TestForgetStaysGone(t *testing.T) {
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
	csvFile := filepath.Join(t.TempDir(), "rows.csv")
	const handle = "quinn.forgettable"
	if err := os.WriteFile(csvFile, []byte("platform,handle,display_name,followers,bio,as_of\ninstagram,@"+handle+",Quinn,1200,QUINN-PRIVATE-BIO,2026-01-10\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	data := t.TempDir()
	mustRun := func(args ...string) string {
		t.Helper()
		code, out, errOut := run(t, ctx, map[string]string{"USER": "tester"}, append(args, "--data", data)...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s %s", args, code, out, errOut)
		}
		return out + errOut
	}
	crawl := func() { mustRun("crawl", "--seeds", seedFile, "--rate", "50", "--timeout", "3s") }
	crawl()
	mustRun("import", csvFile)

	// Pick a crawled creator whose profile URL is a seed.
	db, err := store.Open(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	var victim *scout.Creator
	var victimURL string
	err = db.ForEachCreator(ctx, func(c *scout.Creator) error {
		for _, a := range c.Accounts {
			for _, s := range seeds {
				if victim == nil && a.URL == s && a.Bio != "" {
					victim, victimURL = c, s
				}
			}
		}
		return nil
	})
	_ = db.Close()
	if err != nil || victim == nil {
		t.Fatalf("no crawled creator at a seed URL (%v)", err)
	}
	bio := victim.Accounts[0].Bio

	out := mustRun("forget", victimURL, "instagram:"+handle)
	if !strings.Contains(out, "erased accounts") {
		t.Fatalf("forget said: %s", out)
	}
	crawl()
	mustRun("import", csvFile)

	db, err = store.Open(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	for _, ref := range []string{victim.ID, victimURL, "instagram:" + handle} {
		if id, err := db.ResolveSubject(ctx, ref); scout.ErrorCode(err) != scout.ENOTFOUND {
			t.Errorf("%s came back as %q (%v)", ref, id, err)
		}
	}
	v, err := db.FindVisit(ctx, victimURL)
	if err != nil || v.Kind != scout.FailSuppressed || v.CreatorID != "" {
		t.Errorf("visit of %s = %+v, %v; want kind suppressed", victimURL, v, err)
	}
	exp, err := db.ExportSubject(ctx, victimURL)
	if err != nil || exp.Creator != nil || !exp.Suppressed {
		t.Errorf("subject export after forget: %+v, %v", exp, err)
	}
	audit, err := db.FindAuditEntries(ctx, scout.AuditFilter{})
	if err != nil || len(audit) != 2 || audit[0].Actor != "cli:tester" {
		t.Errorf("audit = %+v, %v", audit, err)
	}
	_ = db.Close()

	idx, err := index.Open(indexPath(data))
	if err != nil {
		t.Fatal(err)
	}
	res, err := idx.Search(ctx, &scout.SearchQuery{Text: "quinn"})
	if err == nil && res.Total != 0 {
		t.Errorf("index still finds the imported person: %d hits", res.Total)
	}
	_ = idx.Close()

	// Compact: the erased text leaves the file; the subject export of
	// another creator still works.
	mustRun("compact")
	raw, err := os.ReadFile(filepath.Join(data, "scout.db"))
	if err != nil {
		t.Fatal(err)
	}
	for _, leak := range []string{bio, "QUINN-PRIVATE-BIO", handle} {
		if leak != "" && bytes.Contains(raw, []byte(leak)) {
			t.Errorf("compacted store still holds %q", leak)
		}
	}
	code, js, errOut := run(t, ctx, nil, "subject", victim.ID, "--data", data)
	if code != exitOK {
		t.Fatalf("subject: %d %s", code, errOut)
	}
	var got scout.SubjectExport
	if err := json.Unmarshal([]byte(js), &got); err != nil || got.Creator != nil || !got.Suppressed {
		t.Errorf("subject of the erased id = %+v, %v", got, err)
	}
}
