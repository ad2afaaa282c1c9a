package api

import (
	"encoding/json"
	"net/http"

	"github.com/scout-oss/scout"
)

// maxScheduleBody caps the body of POST /api/v1/schedules, as for crawls.
const maxScheduleBody = maxCrawlBody

func (s *Server) registerScheduleRoutes(mux *http.ServeMux) {
	mux.HandleFunc("POST /api/v1/schedules", s.handleCreateSchedule)
	mux.HandleFunc("GET /api/v1/schedules", s.handleSchedules)
	mux.HandleFunc("GET /api/v1/schedules/{id}", s.handleSchedule)
	mux.HandleFunc("DELETE /api/v1/schedules/{id}", s.handleDeleteSchedule)
}

// scheduleRequest is the body of POST /api/v1/schedules. Targets is
// {"all": true}, {"shortlist": "ID"}, {"urls": [...]} or a bare list.
type scheduleRequest struct {
	Cron    string                `json:"cron"`
	Targets scout.ScheduleTargets `json:"targets"`
	Tier    string                `json:"tier"`
}

// ScheduleList is the JSON of GET /api/v1/schedules: schedules oldest
// first.
type ScheduleList struct {
	Total     int               `json:"total"`
	Schedules []*scout.Schedule `json:"schedules"`
}

func (s *Server) schedules() (scout.ScheduleService, error) {
	if s.Schedules == nil {
		return nil, scout.Errorf(scout.EUNAVAILABLE, "schedules are not enabled on this server")
	}
	return s.Schedules, nil
}

func (s *Server) handleCreateSchedule(w http.ResponseWriter, r *http.Request) {
	svc, err := s.schedules()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	var req scheduleRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxScheduleBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		if tooLarge := bodyTooLarge(err); tooLarge != nil {
			Error(w, r, tooLarge, s.logger())
			return
		}
		Error(w, r, scout.Errorf(scout.EINVALID, "body must be {\"cron\": \"0 3 * * *\", \"targets\": {\"all\": true} or [...], \"tier\": \"counts|posts|followers\"}: %v", err), s.logger())
		return
	}
	if len(req.Targets.URLs) > 0 {
		// Listed targets pass the same SSRF check as a crawl's.
		if req.Targets.URLs, err = s.checkTargets(req.Targets.URLs); err != nil {
			Error(w, r, err, s.logger())
			return
		}
	}
	sch := &scout.Schedule{Cron: req.Cron, Targets: req.Targets, Tier: req.Tier}
	if err := svc.CreateSchedule(r.Context(), sch); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	w.Header().Set("Location", "/api/v1/schedules/"+sch.ID)
	writeJSON(w, http.StatusCreated, sch)
}

func (s *Server) handleSchedules(w http.ResponseWriter, r *http.Request) {
	svc, err := s.schedules()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	list, total, err := svc.FindSchedules(r.Context(), scout.ScheduleFilter{})
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	writeJSON(w, http.StatusOK, ScheduleList{Total: total, Schedules: list})
}

func (s *Server) handleSchedule(w http.ResponseWriter, r *http.Request) {
	svc, err := s.schedules()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	sch, err := svc.FindScheduleByID(r.Context(), r.PathValue("id"))
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	writeJSON(w, http.StatusOK, sch)
}

func (s *Server) handleDeleteSchedule(w http.ResponseWriter, r *http.Request) {
	svc, err := s.schedules()
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	if err := svc.DeleteSchedule(r.Context(), r.PathValue("id")); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
