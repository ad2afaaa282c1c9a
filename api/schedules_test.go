package api_test

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
)

func TestSchedulesAPI(t *testing.T) {
	ts2, _ := MustJobServer(t, func(s *api.Server) { s.Schedules = s.Jobs.(scout.ScheduleService) })

	code, h, body := postJSON(t, ts2.URL+"/api/v1/schedules", `{"cron": "0 3 * * *", "targets": {"all": true}, "tier": "counts"}`)
	if code != http.StatusCreated || h.Get("Location") != "/api/v1/schedules/sc1" {
		t.Fatalf("POST = %d %s (Location %q), want 201 at /api/v1/schedules/sc1", code, body, h.Get("Location"))
	}
	var sch scout.Schedule
	if err := json.Unmarshal(body, &sch); err != nil {
		t.Fatal(err)
	}
	if sch.ID != "sc1" || !sch.Targets.All || sch.Tier != scout.TierCounts || sch.Cron != "0 3 * * *" {
		t.Errorf("created %+v", sch)
	}
	code, _, body = postJSON(t, ts2.URL+"/api/v1/schedules", `{"cron": "@weekly", "targets": ["https://example.com/@maya", "bluesky:maya.bsky.social"]}`)
	if code != http.StatusCreated {
		t.Fatalf("POST with a list = %d %s", code, body)
	}

	code, _, body = get(t, ts2.URL+"/api/v1/schedules")
	var list api.ScheduleList
	if err := json.Unmarshal(body, &list); err != nil || code != http.StatusOK {
		t.Fatalf("GET list = %d %s", code, body)
	}
	if list.Total != 2 || len(list.Schedules) != 2 || list.Schedules[1].Tier != scout.TierPosts ||
		len(list.Schedules[1].Targets.URLs) != 2 {
		t.Errorf("list = %+v; want 2 schedules, the second of tier posts with 2 targets", list)
	}
	if code, _, body = get(t, ts2.URL+"/api/v1/schedules/sc2"); code != http.StatusOK {
		t.Errorf("GET sc2 = %d %s", code, body)
	}

	req, _ := http.NewRequest(http.MethodDelete, ts2.URL+"/api/v1/schedules/sc1", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNoContent {
		t.Errorf("DELETE = %d, want 204", resp.StatusCode)
	}
	code, _, body = get(t, ts2.URL+"/api/v1/schedules/sc1")
	assertError(t, code, body, http.StatusNotFound, scout.ENOTFOUND)
}

func TestSchedulesAPIErrors(t *testing.T) {
	ts, _ := MustJobServer(t, func(s *api.Server) { s.Schedules = s.Jobs.(scout.ScheduleService) })
	tests := []struct {
		name, body string
	}{
		{"ErrNoCron", `{"targets": {"all": true}}`},
		{"ErrNoTargets", `{"cron": "@daily"}`},
		{"ErrTwoKinds", `{"cron": "@daily", "targets": {"all": true, "shortlist": "sl1"}}`},
		{"ErrTier", `{"cron": "@daily", "targets": {"all": true}, "tier": "hourly"}`},
		{"ErrUnknownField", `{"cron": "@daily", "targets": {"all": true}, "every": "day"}`},
		{"ErrPrivateTarget", `{"cron": "@daily", "targets": ["http://127.0.0.1:8080/admin"]}`},
	}
	for _, tt := range tests {
		code, _, body := postJSON(t, ts.URL+"/api/v1/schedules", tt.body)
		if code != http.StatusBadRequest {
			t.Errorf("%s: POST = %d %s, want 400", tt.name, code, body)
		}
	}
	off, _ := MustJobServer(t, nil)
	code, _, body := get(t, off.URL+"/api/v1/schedules")
	assertError(t, code, body, http.StatusServiceUnavailable, scout.EUNAVAILABLE)
}
