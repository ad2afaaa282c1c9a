package api_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/ingest"
)

var historyNow = time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)

// MustHistory stores one creator crawled four times (100, 30, 8 and 1 days
// ago) and one crawled once 40 days ago, through the Ingester into a real
// store and an in-memory index, and serves them.
func MustHistory(t *testing.T) (base string, growing, old string) {
	t.Helper()
	idx, err := index.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	ts, db := MustJobServer(t, func(s *api.Server) { s.Index = idx })
	in := &ingest.Ingester{Creators: db, Visits: db, Index: idx, Now: func() time.Time { return historyNow }}
	ingest := func(handle string, daysAgo int, followers int64) string {
		at := historyNow.AddDate(0, 0, -daysAgo)
		p := &scout.Profile{Account: scout.Account{ID: scout.AccountID(scout.PlatformWeb, handle), Platform: scout.PlatformWeb,
			Handle: handle, DisplayName: handle + " bakes", Bio: "vegan baking", Followers: scout.Int64(followers)}, FetchedAt: at}
		if err := in.Ingest(context.Background(), &scout.CrawlResult{URL: "https://example.com/" + handle, Status: 200, FetchedAt: at, Profile: p}); err != nil {
			t.Fatal(err)
		}
		return scout.NewCreatorID(p.Account.ID)
	}
	for _, s := range []struct {
		days int
		n    int64
	}{{1, 1200}, {100, 400}, {8, 1000}, {30, 800}} { // out of order on purpose
		growing = ingest("maya", s.days, s.n)
	}
	old = ingest("olde", 40, 50)
	if err := in.Flush(context.Background()); err != nil {
		t.Fatal(err)
	}
	return ts.URL, growing, old
}

func TestHistory_SeriesOldestFirstAndGrowth(t *testing.T) {
	base, growing, _ := MustHistory(t)
	code, _, body := get(t, base+"/api/v1/creators/"+growing+"/history")
	if code != http.StatusOK {
		t.Fatalf("history = %d %s", code, body)
	}
	var h api.History
	if err := json.Unmarshal(body, &h); err != nil {
		t.Fatal(err)
	}
	if len(h.Accounts) != 1 {
		t.Fatalf("accounts = %+v", h.Accounts)
	}
	var got []int64
	var prev time.Time
	for _, s := range h.Accounts[0].Snapshots {
		got = append(got, *s.Followers)
		if s.At.Before(prev) {
			t.Errorf("snapshot at %s after one at %s: not oldest first", s.At, prev)
		}
		prev = s.At
	}
	if diff := cmp.Diff([]int64{400, 800, 1000, 1200}, got); diff != "" {
		t.Errorf("series (-want +got)\n%s", diff)
	}
	// d7: 1000 (8 days ago) → 1200; d30: 800 → 1200; d90: 400 → 1200.
	want := &scout.Growth{
		D7:  &scout.GrowthPoint{Abs: 200, Pct: ptr(20.0)},
		D30: &scout.GrowthPoint{Abs: 400, Pct: ptr(50.0)},
		D90: &scout.GrowthPoint{Abs: 800, Pct: ptr(200.0)},
	}
	if diff := cmp.Diff(want, h.Growth); diff != "" {
		t.Errorf("growth (-want +got)\n%s", diff)
	}
	if h.Stale {
		t.Error("data from yesterday is stale")
	}
	if code, _, _ := get(t, base+"/api/v1/creators/cnope/history"); code != http.StatusNotFound {
		t.Errorf("unknown creator history = %d", code)
	}
}

func TestCreatorJSON_GrowthAndStale(t *testing.T) {
	base, growing, old := MustHistory(t)
	for _, c := range []struct {
		id         string
		wantGrowth bool
		wantStale  bool
	}{{growing, true, false}, {old, false, true}} {
		_, _, body := get(t, base+"/api/v1/creators/"+c.id)
		var got struct {
			Growth json.RawMessage `json:"growth"`
			Stale  bool            `json:"stale"`
		}
		if err := json.Unmarshal(body, &got); err != nil {
			t.Fatal(err)
		}
		if hasGrowth := len(got.Growth) > 0 && string(got.Growth) != "null"; hasGrowth != c.wantGrowth || got.Stale != c.wantStale {
			t.Errorf("%s: growth %s, stale %v; want growth %v, stale %v", c.id, got.Growth, got.Stale, c.wantGrowth, c.wantStale)
		}
	}
	// Search results carry stale too (growth needs the snapshots, which a
	// result list does not load).
	_, _, body := get(t, base+"/api/v1/creators?q=vegan")
	var res struct {
		Creators []struct {
			ID    string `json:"id"`
			Stale bool   `json:"stale"`
		} `json:"creators"`
	}
	if err := json.Unmarshal(body, &res); err != nil {
		t.Fatal(err)
	}
	stale := map[string]bool{}
	for _, c := range res.Creators {
		stale[c.ID] = c.Stale
	}
	if len(stale) != 2 || !stale[old] || stale[growing] {
		t.Errorf("search stale marks = %v, want only %s stale", stale, old)
	}
}

// staleWeekly is a schedule that re-crawls everything weekly.
type staleWeekly struct{}

func (staleWeekly) StalePeriod(context.Context, *scout.Creator) time.Duration {
	return 7 * 24 * time.Hour
}

func TestCreatorJSON_StaleFollowsSchedule(t *testing.T) {
	ts, db := MustJobServer(t, func(s *api.Server) { s.Stale = staleWeekly{} })
	at := historyNow.AddDate(0, 0, -10)
	p := &scout.Profile{Account: scout.Account{ID: "web:x", Platform: scout.PlatformWeb, Handle: "x"}, FetchedAt: at}
	id, err := db.SaveProfile(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	_, _, body := get(t, ts.URL+"/api/v1/creators/"+id)
	if !strings.Contains(string(body), `"stale":true`) {
		t.Errorf("10-day-old data under a weekly schedule is not stale: %s", body)
	}
}

func ptr[T any](v T) *T { return &v }
