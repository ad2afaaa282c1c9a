package api_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/ingest"
	"github.com/scout-oss/scout/scoring"
	"github.com/scout-oss/scout/store"
)

// privacyFixture is a server over real bbolt and Bleve with two creators,
// its ingester (wired with the suppression list, as serve does) and the
// profile of the one to erase.
func privacyFixture(t *testing.T) (*httptest.Server, *ingest.Ingester, *scout.Profile, string, string) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	idx, err := index.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	now := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
	in := &ingest.Ingester{Creators: db, Visits: db, Index: idx, Scorer: scoring.New(), Suppressor: db, Now: func() time.Time { return now }}
	profile := func(handle, bio string) *scout.Profile {
		p := &scout.Profile{Account: scout.Account{ID: scout.AccountID(scout.PlatformWeb, "example.com/@"+handle), Platform: scout.PlatformWeb,
			Handle: handle, URL: "https://example.com/@" + handle, DisplayName: handle, Bio: bio, Followers: scout.Int64(5000)}, FetchedAt: now}
		for i := 0; i < 3; i++ {
			p.Posts = append(p.Posts, scout.Post{ID: fmt.Sprintf("%s-%d", handle, i), URL: fmt.Sprintf("https://example.com/@%s/%d", handle, i),
				PublishedAt: now.Add(-time.Duration(i+1) * time.Hour), Text: bio, Likes: scout.Int64(100), Comments: scout.Int64(3)})
		}
		return p
	}
	gone, kept := profile("forgetme", "Sourdough diaries by Forget Me"), profile("keepme", "Sourdough notes by Keep Me")
	for _, p := range []*scout.Profile{gone, kept} {
		if err := in.Ingest(ctx, &scout.CrawlResult{URL: p.Account.URL, Status: 200, FetchedAt: now, Profile: p}); err != nil {
			t.Fatal(err)
		}
	}
	if err := in.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	s := api.NewServer()
	s.Creators, s.Index, s.Privacy = db, idx, db
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return ts, in, gone, scout.NewCreatorID(gone.Account.ID), scout.NewCreatorID(kept.Account.ID)
}

func TestPrivacyAPI(t *testing.T) {
	ts, in, goneProfile, goneID, keptID := privacyFixture(t)

	status, _, body := do(t, http.MethodDelete, ts.URL+"/api/v1/creators/"+goneID, nil)
	if status != http.StatusOK {
		t.Fatalf("DELETE = %d %s", status, body)
	}
	var e scout.Erasure
	if err := json.Unmarshal(body, &e); err != nil || e.Accounts != 1 || e.Posts != 3 || e.Subject == "" {
		t.Errorf("erasure %+v (%v), want 1 account, 3 posts and a subject hash", e, err)
	}

	t.Run("GoneFromStoreAndIndex", func(t *testing.T) {
		if status, _, _ := do(t, http.MethodGet, ts.URL+"/api/v1/creators/"+goneID, nil); status != http.StatusNotFound {
			t.Errorf("GET erased creator = %d, want 404", status)
		}
		_, _, body := do(t, http.MethodGet, ts.URL+"/api/v1/creators?q=sourdough", nil)
		if strings.Contains(string(body), goneID) || !strings.Contains(string(body), keptID) {
			t.Errorf("search after erasure: %s", body)
		}
	})
	t.Run("AuditWithoutTheData", func(t *testing.T) {
		status, _, body := do(t, http.MethodGet, ts.URL+"/api/v1/admin/audit", nil)
		if status != http.StatusOK || !strings.Contains(string(body), e.Subject) {
			t.Fatalf("audit = %d %s, want an entry for subject %s", status, body, e.Subject)
		}
		for _, plain := range []string{"forgetme", "Forget Me", goneID} {
			if strings.Contains(string(body), plain) {
				t.Errorf("the audit log holds %q: it must record who and when, not the erased data", plain)
			}
		}
	})
	t.Run("StaysGone", func(t *testing.T) {
		r := &scout.CrawlResult{URL: goneProfile.Account.URL, Status: 200, FetchedAt: goneProfile.FetchedAt.Add(time.Hour), Profile: goneProfile}
		if err := in.Ingest(context.Background(), r); err != nil {
			t.Fatal(err)
		}
		if status, _, _ := do(t, http.MethodGet, ts.URL+"/api/v1/creators/"+goneID, nil); status != http.StatusNotFound {
			t.Errorf("re-crawled erased person answers %d, want 404", status)
		}
	})
	t.Run("SubjectAccess", func(t *testing.T) {
		status, h, body := do(t, http.MethodGet, ts.URL+"/api/v1/admin/subject?ref="+keptID, nil)
		if status != http.StatusOK || !strings.Contains(h.Get("Content-Disposition"), "attachment") {
			t.Fatalf("subject = %d %v", status, h)
		}
		var exp scout.SubjectExport
		if err := json.Unmarshal(body, &exp); err != nil || exp.Creator == nil || exp.Creator.ID != keptID || len(exp.Creator.Posts) != 3 {
			t.Errorf("subject export: %v, creator %+v", err, exp.Creator)
		}
		status, _, body = do(t, http.MethodGet, ts.URL+"/api/v1/admin/subject?ref="+goneProfile.Account.URL, nil)
		if status != http.StatusOK || !strings.Contains(string(body), `"suppressed":true`) || strings.Contains(string(body), "Sourdough diaries") {
			t.Errorf("subject of the erased person = %d %s, want suppressed and no stored data", status, body)
		}
	})
	t.Run("ErrMissingRef", func(t *testing.T) {
		status, _, body := do(t, http.MethodGet, ts.URL+"/api/v1/admin/subject", nil)
		wantAPIError(t, status, body, http.StatusBadRequest, "invalid")
	})
	t.Run("ErrUnknownCreator", func(t *testing.T) {
		status, _, body := do(t, http.MethodDelete, ts.URL+"/api/v1/creators/nobody", nil)
		wantAPIError(t, status, body, http.StatusNotFound, "not_found")
	})
}
