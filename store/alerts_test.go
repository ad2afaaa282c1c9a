package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/scout-oss/scout"
)

func TestSavedSearchesAndWatches(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")

	ss := &scout.SavedSearch{Name: " vegan ", Query: "?q=vegan", Webhook: "https://h.example/x", WebhookSecret: "whsec_1"}
	if err := db.CreateSavedSearch(ctx, ss); err != nil {
		t.Fatal(err)
	}
	if ss.ID == "" || ss.Name != "vegan" || ss.Query != "q=vegan" || ss.CreatedAt.IsZero() {
		t.Errorf("created %+v", ss)
	}
	if err := db.CreateSavedSearch(ctx, &scout.SavedSearch{Name: "x", Query: "q=a", Webhook: "http://h.example"}); scout.ErrorCode(err) != scout.EINVALID {
		t.Errorf("http webhook: %v", err)
	}
	w := &scout.Watch{CreatorIDs: []string{"c1"}}
	if err := db.CreateWatch(ctx, w); err != nil {
		t.Fatal(err)
	}
	if w.FollowerDrop != scout.DefaultFollowerDrop || w.StaleAfterDays != scout.DefaultStaleAfterDays || w.Name != "watch" {
		t.Errorf("watch defaults: %+v", w)
	}
	if err := db.CreateWatch(ctx, &scout.Watch{}); scout.ErrorCode(err) != scout.EINVALID {
		t.Errorf("empty watch: %v", err)
	}

	list, err := db.FindSavedSearches(ctx)
	if err != nil || len(list) != 1 || list[0].WebhookSecret != "whsec_1" {
		t.Fatalf("FindSavedSearches = %+v, %v (the store keeps the secret for signing)", list, err)
	}

	// State and alerts are written together; alerts list by time.
	t1 := t0.Add(time.Hour)
	st := &scout.AlertState{Baselined: true, Matches: map[string]bool{"c1": true}}
	alerts := []*scout.Alert{
		{Kind: scout.AlertNewMatch, At: t1, CreatorID: "c2", SavedSearchID: ss.ID},
		{Kind: scout.AlertNewMatch, At: t1, CreatorID: "c3", SavedSearchID: ss.ID},
	}
	if err := db.RecordAlerts(ctx, ss.ID, st, t1, alerts); err != nil {
		t.Fatal(err)
	}
	if alerts[0].ID == "" || alerts[0].ID == alerts[1].ID {
		t.Errorf("alert ids %q %q", alerts[0].ID, alerts[1].ID)
	}
	if err := db.RecordAlerts(ctx, w.ID, &scout.AlertState{Baselined: true}, t1.Add(time.Hour),
		[]*scout.Alert{{Kind: scout.AlertStale, At: t1.Add(time.Hour), CreatorID: "c1", WatchID: w.ID}}); err != nil {
		t.Fatal(err)
	}
	got, err := db.AlertState(ctx, ss.ID)
	if err != nil || !got.Baselined || !got.Matches["c1"] {
		t.Errorf("AlertState = %+v, %v", got, err)
	}
	list, _ = db.FindSavedSearches(ctx)
	if list[0].CheckedAt == nil || !list[0].CheckedAt.Equal(t1) {
		t.Errorf("checked_at = %v, want %v", list[0].CheckedAt, t1)
	}
	for _, c := range []struct {
		name  string
		since time.Time
		limit int
		want  []string
	}{
		{"OK_All", time.Time{}, 0, []string{"c2", "c3", "c1"}},
		{"OK_Since", t1.Add(time.Minute), 0, []string{"c1"}},
		{"OK_SinceInclusive", t1, 0, []string{"c2", "c3", "c1"}},
		{"OK_Limit", time.Time{}, 2, []string{"c2", "c3"}},
		{"OK_Later", t1.Add(2 * time.Hour), 0, nil},
	} {
		as, err := db.FindAlerts(ctx, scout.AlertFilter{Since: c.since, Limit: c.limit})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, a := range as {
			ids = append(ids, a.CreatorID)
		}
		if len(ids) != len(c.want) || (len(ids) > 0 && ids[len(ids)-1] != c.want[len(c.want)-1]) || (len(ids) > 0 && ids[0] != c.want[0]) {
			t.Errorf("%s: %v, want %v", c.name, ids, c.want)
		}
	}

	// Deleting removes the owner and its state, keeps its alerts, and a
	// late RecordAlerts for it is ENOTFOUND.
	if err := db.DeleteSavedSearch(ctx, ss.ID); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteSavedSearch(ctx, ss.ID); scout.ErrorCode(err) != scout.ENOTFOUND {
		t.Errorf("second delete: %v", err)
	}
	if st, _ := db.AlertState(ctx, ss.ID); st.Baselined {
		t.Error("state survived delete")
	}
	if err := db.RecordAlerts(ctx, ss.ID, st, t1, nil); scout.ErrorCode(err) != scout.ENOTFOUND {
		t.Errorf("record for a deleted owner: %v", err)
	}
	if as, _ := db.FindAlerts(ctx, scout.AlertFilter{}); len(as) != 3 {
		t.Errorf("alerts after delete: %d, want 3", len(as))
	}
	if err := db.DeleteWatch(ctx, w.ID); err != nil {
		t.Fatal(err)
	}
}
