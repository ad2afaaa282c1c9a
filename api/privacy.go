package api

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/scout-oss/scout"
)

// People's data: erasure, the audit log and data-subject access, all
// admin-only (see routeRoles).
func (s *Server) registerPrivacyRoutes(mux *http.ServeMux) {
	mux.HandleFunc("DELETE /api/v1/creators/{id}", s.handleEraseCreator)
	mux.HandleFunc("GET /api/v1/admin/audit", s.handleAudit)
	mux.HandleFunc("GET /api/v1/admin/subject", s.handleSubject)
}

// AuditResponse is the body of GET /api/v1/admin/audit.
type AuditResponse struct {
	Entries []*scout.AuditEntry `json:"entries"`
}

// maxRefLength bounds a subject reference (a URL or handle).
const maxRefLength = 2048

func (s *Server) privacy(w http.ResponseWriter, r *http.Request) (scout.PrivacyService, bool) {
	if s.Privacy == nil {
		Error(w, r, scout.Errorf(scout.EUNAVAILABLE, "this server keeps no privacy service"), s.logger())
		return nil, false
	}
	return s.Privacy, true
}

// actorOf names who made the request for the audit log: the API key's id
// and name.
func actorOf(r *http.Request) string {
	if k, ok := KeyFromContext(r.Context()); ok && k != nil {
		return "key:" + k.ID + " (" + k.Name + ")"
	}
	return "api:unknown"
}

// handleEraseCreator erases a creator from the store, the index and every
// record that mentions them, and suppresses them from then on.
func (s *Server) handleEraseCreator(w http.ResponseWriter, r *http.Request) {
	p, ok := s.privacy(w, r)
	if !ok {
		return
	}
	e, err := s.forget(r.Context(), p, r.PathValue("id"), actorOf(r))
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	writeJSON(w, http.StatusOK, e)
}

// forget is Forget plus what only the running server holds: the erased
// ids leave the webhook deliveries not yet made (Alerter.ForgetCreators).
// The store has committed by then, so a failure after it still returns
// the erasure.
func (s *Server) forget(ctx context.Context, p scout.PrivacyService, ref, actor string) (*scout.Erasure, error) {
	e, err := Forget(ctx, p, s.Index, ref, actor)
	if e != nil && s.Alerter != nil {
		s.Alerter.ForgetCreators(e.IndexIDs)
	}
	if _, ierr := ForgetImages(ctx, s.Images, e); ierr != nil && err == nil {
		err = ierr
	}
	return e, err
}

// Forget erases the person ref names from the store and from the index;
// the erasure endpoint and `scout forget` share it. The store is the
// source of truth and commits first; an index failure after that leaves
// stale documents that `scout reindex` removes, and is returned so the
// caller knows.
func Forget(ctx context.Context, p scout.PrivacyService, idx scout.SearchIndex, ref, actor string) (*scout.Erasure, error) {
	id, err := p.ResolveSubject(ctx, ref)
	if err != nil {
		return nil, err
	}
	e, err := p.EraseCreator(ctx, id, actor)
	if err != nil {
		return nil, err
	}
	if idx != nil && len(e.IndexIDs) > 0 {
		if err := idx.DeleteCreators(ctx, e.IndexIDs); err != nil {
			return e, fmt.Errorf("forget: erased from the store, but the index kept documents (run scout reindex): %w", err)
		}
	}
	return e, nil
}

func (s *Server) handleAudit(w http.ResponseWriter, r *http.Request) {
	p, ok := s.privacy(w, r)
	if !ok {
		return
	}
	var f scout.AuditFilter
	q := r.URL.Query()
	if v := q.Get("since"); v != "" {
		t, err := time.Parse(time.RFC3339, v)
		if err != nil {
			Error(w, r, scout.Errorf(scout.EINVALID, "since must be an RFC 3339 time such as 2026-01-31T00:00:00Z; got %q", v), s.logger())
			return
		}
		f.Since = t
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > scout.MaxAuditLimit {
			Error(w, r, scout.Errorf(scout.EINVALID, "limit must be between 1 and %d; got %q", scout.MaxAuditLimit, v), s.logger())
			return
		}
		f.Limit = n
	}
	es, err := p.FindAuditEntries(r.Context(), f)
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	writeJSON(w, http.StatusOK, AuditResponse{Entries: es})
}

func (s *Server) handleSubject(w http.ResponseWriter, r *http.Request) {
	p, ok := s.privacy(w, r)
	if !ok {
		return
	}
	ref := strings.TrimSpace(r.URL.Query().Get("ref"))
	switch {
	case ref == "":
		Error(w, r, scout.Errorf(scout.EINVALID, "ref is required: a creator id, account id, URL or PLATFORM:HANDLE"), s.logger())
		return
	case len(ref) > maxRefLength:
		Error(w, r, scout.Errorf(scout.EINVALID, "ref is %d characters; at most %d", len(ref), maxRefLength), s.logger())
		return
	}
	exp, err := p.ExportSubject(r.Context(), ref)
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	w.Header().Set("Content-Disposition", `attachment; filename="subject-access.json"`)
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, exp)
}
