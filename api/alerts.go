package api

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"strconv"
	"time"

	"github.com/scout-oss/scout"
)

// Alert listing bounds.
const (
	defaultAlertLimit = 500
	maxAlertLimit     = 5000
	// defaultAlertSince is how far back GET /api/v1/alerts looks without
	// since.
	defaultAlertSince = 24 * time.Hour
)

func (s *Server) registerAlertRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/v1/saved-searches", s.handleListSavedSearches)
	mux.HandleFunc("POST /api/v1/saved-searches", s.handleCreateSavedSearch)
	mux.HandleFunc("DELETE /api/v1/saved-searches/{id}", s.handleDeleteSavedSearch)
	mux.HandleFunc("GET /api/v1/watches", s.handleListWatches)
	mux.HandleFunc("POST /api/v1/watches", s.handleCreateWatch)
	mux.HandleFunc("POST /api/v1/shortlists/{id}/watch", s.handleWatchShortlist)
	mux.HandleFunc("DELETE /api/v1/watches/{id}", s.handleDeleteWatch)
	mux.HandleFunc("GET /api/v1/alerts", s.handleListAlerts)
	mux.HandleFunc("POST /api/v1/alerts/check", s.handleCheckAlerts)
	mux.HandleFunc("GET /api/v1/alerts/deliveries", s.handleListDeliveries) // webhooks.go
}

// alerter returns the server's Alerter, or writes 503 and returns nil.
func (s *Server) alerter(w http.ResponseWriter, r *http.Request) *Alerter {
	if s.Alerter == nil || s.Alerter.Alerts == nil {
		Error(w, r, scout.Errorf(scout.EUNAVAILABLE, "alerts are not enabled on this server"), s.logger())
		return nil
	}
	return s.Alerter
}

// newWebhookSecret draws the HMAC key of a webhook.
func newWebhookSecret() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return "whsec_" + hex.EncodeToString(b)
}

// keyID names the caller for CreatedBy.
func keyID(r *http.Request) string {
	if k, ok := KeyFromContext(r.Context()); ok {
		return k.ID
	}
	return ""
}

func (s *Server) handleListSavedSearches(w http.ResponseWriter, r *http.Request) {
	al := s.alerter(w, r)
	if al == nil {
		return
	}
	list, err := al.Alerts.FindSavedSearches(r.Context())
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	if list == nil {
		list = []*scout.SavedSearch{}
	}
	writeJSON(w, http.StatusOK, struct {
		SavedSearches []*scout.SavedSearch `json:"saved_searches"`
	}{list})
}

func (s *Server) handleCreateSavedSearch(w http.ResponseWriter, r *http.Request) {
	al := s.alerter(w, r)
	if al == nil {
		return
	}
	var in struct {
		Name    string `json:"name"`
		Query   string `json:"query"`
		Webhook string `json:"webhook"`
	}
	if err := decodeJSONBody(w, r, &in); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	ss := &scout.SavedSearch{Name: in.Name, Query: in.Query, Webhook: in.Webhook, CreatedBy: keyID(r)}
	err := ss.Validate()
	if err == nil {
		err = al.CheckWebhook(ss.Webhook)
	}
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	// Refuse a query that search would refuse, now rather than at each check.
	v, err := SearchValues(ss.Query, 1)
	if err == nil {
		_, err = ParseSearchQuery(v)
	}
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	if ss.Webhook != "" {
		ss.WebhookSecret = newWebhookSecret()
	}
	if err := al.Alerts.CreateSavedSearch(r.Context(), ss); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	if err := al.Baseline(r.Context(), ss.ID); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusCreated, createdSavedSearch{SavedSearch: ss, WebhookSecret: ss.WebhookSecret})
}

// createdSavedSearch and createdWatch add the webhook secret, shown once.
type createdSavedSearch struct {
	*scout.SavedSearch
	WebhookSecret string `json:"webhook_secret,omitempty"`
}

type createdWatch struct {
	*scout.Watch
	WebhookSecret string `json:"webhook_secret,omitempty"`
}

func (s *Server) handleDeleteSavedSearch(w http.ResponseWriter, r *http.Request) {
	al := s.alerter(w, r)
	if al == nil {
		return
	}
	if err := al.Alerts.DeleteSavedSearch(r.Context(), r.PathValue("id")); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleListWatches(w http.ResponseWriter, r *http.Request) {
	al := s.alerter(w, r)
	if al == nil {
		return
	}
	list, err := al.Alerts.FindWatches(r.Context())
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	if list == nil {
		list = []*scout.Watch{}
	}
	writeJSON(w, http.StatusOK, struct {
		Watches []*scout.Watch `json:"watches"`
	}{list})
}

// watchInput is the body of POST /api/v1/watches and, without creator_ids
// and shortlist_id, of POST /api/v1/shortlists/{id}/watch.
type watchInput struct {
	Name           string   `json:"name"`
	CreatorIDs     []string `json:"creator_ids"`
	ShortlistID    string   `json:"shortlist_id"`
	FollowerDrop   float64  `json:"follower_drop"`
	StaleAfterDays int      `json:"stale_after_days"`
	Webhook        string   `json:"webhook"`
}

func (s *Server) handleCreateWatch(w http.ResponseWriter, r *http.Request) {
	var in watchInput
	if err := decodeJSONBody(w, r, &in); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	s.createWatch(w, r, in)
}

func (s *Server) handleWatchShortlist(w http.ResponseWriter, r *http.Request) {
	var in watchInput
	if r.ContentLength != 0 {
		if err := decodeJSONBody(w, r, &in); err != nil {
			Error(w, r, err, s.logger())
			return
		}
	}
	if len(in.CreatorIDs) > 0 || in.ShortlistID != "" {
		Error(w, r, scout.Errorf(scout.EINVALID, "the shortlist comes from the URL; send no creator_ids or shortlist_id"), s.logger())
		return
	}
	in.ShortlistID = r.PathValue("id")
	s.createWatch(w, r, in)
}

func (s *Server) createWatch(w http.ResponseWriter, r *http.Request, in watchInput) {
	al := s.alerter(w, r)
	if al == nil {
		return
	}
	wt := &scout.Watch{Name: in.Name, CreatorIDs: in.CreatorIDs, ShortlistID: in.ShortlistID, FollowerDrop: in.FollowerDrop,
		StaleAfterDays: in.StaleAfterDays, Webhook: in.Webhook, CreatedBy: keyID(r)}
	if wt.ShortlistID != "" {
		if al.Shortlists == nil {
			Error(w, r, scout.Errorf(scout.EUNAVAILABLE, "shortlists are not enabled on this server"), s.logger())
			return
		}
		sl, err := al.Shortlists.FindShortlistByID(r.Context(), wt.ShortlistID)
		if err != nil {
			Error(w, r, err, s.logger())
			return
		}
		if wt.Name == "" {
			wt.Name = "shortlist " + sl.Name
		}
	}
	err := wt.Validate()
	if err == nil {
		err = al.CheckWebhook(wt.Webhook)
	}
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	if wt.Webhook != "" {
		wt.WebhookSecret = newWebhookSecret()
	}
	if err := al.Alerts.CreateWatch(r.Context(), wt); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	if err := al.Baseline(r.Context(), wt.ID); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusCreated, createdWatch{Watch: wt, WebhookSecret: wt.WebhookSecret})
}

func (s *Server) handleDeleteWatch(w http.ResponseWriter, r *http.Request) {
	al := s.alerter(w, r)
	if al == nil {
		return
	}
	if err := al.Alerts.DeleteWatch(r.Context(), r.PathValue("id")); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// AlertsResponse is the JSON of GET /api/v1/alerts.
type AlertsResponse struct {
	Since  time.Time      `json:"since"`
	Alerts []*scout.Alert `json:"alerts"`
}

func (s *Server) handleListAlerts(w http.ResponseWriter, r *http.Request) {
	al := s.alerter(w, r)
	if al == nil {
		return
	}
	v := r.URL.Query()
	for k := range v {
		if k != "since" && k != "limit" {
			Error(w, r, scout.Errorf(scout.EINVALID, "unknown parameter %q", k), s.logger())
			return
		}
	}
	since := al.now().Add(-defaultAlertSince)
	if raw := v.Get("since"); raw != "" {
		t, err := time.Parse(time.RFC3339, raw)
		if err != nil {
			Error(w, r, scout.Errorf(scout.EINVALID, "since must be an RFC 3339 time such as 2026-11-20T00:00:00Z; got %q", raw), s.logger())
			return
		}
		since = t.UTC()
	}
	limit := defaultAlertLimit
	if raw := v.Get("limit"); raw != "" {
		n, err := strconv.Atoi(raw)
		if err != nil || n < 1 || n > maxAlertLimit {
			Error(w, r, scout.Errorf(scout.EINVALID, "limit must be between 1 and %d; got %q", maxAlertLimit, raw), s.logger())
			return
		}
		limit = n
	}
	alerts, err := al.Alerts.FindAlerts(r.Context(), scout.AlertFilter{Since: since, Limit: limit})
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	writeJSON(w, http.StatusOK, AlertsResponse{Since: since, Alerts: alerts})
}

func (s *Server) handleCheckAlerts(w http.ResponseWriter, r *http.Request) {
	al := s.alerter(w, r)
	if al == nil {
		return
	}
	n, err := al.Check(r.Context())
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	writeJSON(w, http.StatusOK, struct {
		NewAlerts int `json:"new_alerts"`
	}{n})
}
