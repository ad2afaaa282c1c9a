package store_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/scout-oss/scout"
)

func TestSchedules(t *testing.T) {
	dir := t.TempDir()
	db := MustOpen(t, dir)
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	ctx := t.Context()

	a := &scout.Schedule{Cron: " 0 3 * * * ", Targets: scout.ScheduleTargets{All: true}}
	b := &scout.Schedule{Cron: "@weekly", Tier: "Counts", Targets: scout.ScheduleTargets{URLs: []string{" https://a.example/ ", ""}}}
	for _, s := range []*scout.Schedule{a, b} {
		if err := db.CreateSchedule(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	if a.ID != "sc1" || b.ID != "sc2" || a.Tier != scout.TierPosts || b.Tier != scout.TierCounts ||
		a.Cron != "0 3 * * *" || !cmp.Equal(b.Targets.URLs, []string{"https://a.example/"}) || !a.CreatedAt.Equal(now) {
		t.Errorf("created %+v and %+v; want ids sc1, sc2, tiers filled, fields trimmed", a, b)
	}

	next := now.Add(15 * time.Hour)
	a.NextRun, a.LastJobID = next, "j7"
	if err := db.UpdateSchedule(ctx, a); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	db = MustOpen(t, dir) // schedules survive a restart
	got, total, err := db.FindSchedules(ctx, scout.ScheduleFilter{})
	if err != nil || total != 2 || len(got) != 2 {
		t.Fatalf("FindSchedules = %d of %d, %v; want 2 of 2", len(got), total, err)
	}
	if diff := cmp.Diff(a, got[0]); diff != "" {
		t.Errorf("reopened schedule differs (-want +got):\n%s", diff)
	}
	if got, _, _ := db.FindSchedules(ctx, scout.ScheduleFilter{Offset: 1, Limit: 1}); len(got) != 1 || got[0].ID != "sc2" {
		t.Errorf("page 2 of 1 = %v, want sc2", got)
	}
	if err := db.DeleteSchedule(ctx, "sc2"); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"sc2", "sc0", "x", "j1"} {
		if _, err := db.FindScheduleByID(ctx, id); scout.ErrorCode(err) != scout.ENOTFOUND {
			t.Errorf("FindScheduleByID(%q) = %v, want ENOTFOUND", id, err)
		}
	}
	if err := db.DeleteSchedule(ctx, "sc2"); scout.ErrorCode(err) != scout.ENOTFOUND {
		t.Errorf("second delete = %v, want ENOTFOUND", err)
	}
	if err := db.UpdateSchedule(ctx, &scout.Schedule{ID: "sc9"}); scout.ErrorCode(err) != scout.ENOTFOUND {
		t.Errorf("update of a missing schedule = %v, want ENOTFOUND", err)
	}
}

func TestScheduleValidate(t *testing.T) {
	tests := []struct {
		name string
		s    scout.Schedule
		ok   bool
	}{
		{"OK", scout.Schedule{Cron: "0 3 * * *", Targets: scout.ScheduleTargets{Shortlist: "sl1"}, Tier: scout.TierFollowers}, true},
		{"ErrNoCron", scout.Schedule{Targets: scout.ScheduleTargets{All: true}}, false},
		{"ErrNoTargets", scout.Schedule{Cron: "@daily"}, false},
		{"ErrTwoKinds", scout.Schedule{Cron: "@daily", Targets: scout.ScheduleTargets{All: true, Shortlist: "sl1"}}, false},
		{"ErrTier", scout.Schedule{Cron: "@daily", Targets: scout.ScheduleTargets{All: true}, Tier: "hourly"}, false},
	}
	for _, tt := range tests {
		err := tt.s.Validate()
		if (err == nil) != tt.ok || (err != nil && scout.ErrorCode(err) != scout.EINVALID) {
			t.Errorf("%s: Validate = %v, want ok %v (else EINVALID)", tt.name, err, tt.ok)
		}
	}
}

func TestScheduleTargetsJSON(t *testing.T) {
	tests := []struct {
		in   string
		want scout.ScheduleTargets
	}{
		{`{"all": true}`, scout.ScheduleTargets{All: true}},
		{`["https://a.example/", "bluesky:b.example"]`, scout.ScheduleTargets{URLs: []string{"https://a.example/", "bluesky:b.example"}}},
		{`{"urls": ["https://a.example/"]}`, scout.ScheduleTargets{URLs: []string{"https://a.example/"}}},
		{`{"shortlist": "sl2"}`, scout.ScheduleTargets{Shortlist: "sl2"}},
	}
	for _, tt := range tests {
		var got scout.ScheduleTargets
		if err := json.Unmarshal([]byte(tt.in), &got); err != nil {
			t.Errorf("%s: %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.in, diff)
		}
	}
	var bad scout.ScheduleTargets
	if err := json.Unmarshal([]byte(`"all"`), &bad); err == nil {
		t.Errorf("a bare string decoded as targets: %+v", bad)
	}
}
