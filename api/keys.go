package api

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/scout-oss/scout"
)

// registerKeyRoutes adds key management (admin) and whoami (any key).
func (s *Server) registerKeyRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/v1/keys", s.handleListKeys)
	mux.HandleFunc("POST /api/v1/keys", s.handleCreateKey)
	mux.HandleFunc("DELETE /api/v1/keys/{id}", s.handleRevokeKey)
	mux.HandleFunc("GET /api/v1/auth/whoami", s.handleWhoami)
}

// keysResponse is the JSON of GET /api/v1/keys. Secrets are never listed.
type keysResponse struct {
	Keys []*scout.APIKey `json:"keys"`
}

// createdKey is the JSON of POST /api/v1/keys: the key and, this once, its
// secret.
type createdKey struct {
	*scout.APIKey
	Secret string `json:"secret"`
}

func (s *Server) keyService(w http.ResponseWriter, r *http.Request) scout.KeyService {
	if s.Keys == nil {
		Error(w, r, scout.Errorf(scout.EUNAVAILABLE, "this server runs without API keys (--no-auth)"), s.logger())
	}
	return s.Keys
}

func (s *Server) handleListKeys(w http.ResponseWriter, r *http.Request) {
	ks := s.keyService(w, r)
	if ks == nil {
		return
	}
	keys, err := ks.FindKeys(r.Context())
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	if keys == nil {
		keys = []*scout.APIKey{}
	}
	writeJSON(w, http.StatusOK, keysResponse{Keys: keys})
}

func (s *Server) handleCreateKey(w http.ResponseWriter, r *http.Request) {
	ks := s.keyService(w, r)
	if ks == nil {
		return
	}
	var in struct {
		Name string `json:"name"`
		Role string `json:"role"`
	}
	if err := decodeJSONBody(w, r, &in); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	role, err := scout.ParseRole(in.Role)
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	k, secret, err := ks.CreateKey(r.Context(), in.Name, role)
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusCreated, createdKey{APIKey: k, Secret: secret})
}

func (s *Server) handleRevokeKey(w http.ResponseWriter, r *http.Request) {
	ks := s.keyService(w, r)
	if ks == nil {
		return
	}
	if err := ks.RevokeKey(r.Context(), r.PathValue("id")); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) handleWhoami(w http.ResponseWriter, r *http.Request) {
	k, ok := KeyFromContext(r.Context())
	if !ok {
		Error(w, r, scout.Errorf(scout.EUNAUTHORIZED, "no API key"), s.logger())
		return
	}
	writeJSON(w, http.StatusOK, struct {
		ID   string     `json:"id"`
		Name string     `json:"name"`
		Role scout.Role `json:"role"`
	}{k.ID, k.Name, k.Role})
}

// maxBody caps a JSON request body.
const maxBody = 1 << 20

// decodeJSONBody reads one JSON object into v: unknown fields, trailing data
// and bodies over 1 MiB are EINVALID / ETOOLARGE with a message that says so.
func decodeJSONBody(w http.ResponseWriter, r *http.Request, v any) error {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return scout.Errorf(scout.ETOOLARGE, "request body is over %d bytes", maxBody)
		}
		return scout.Errorf(scout.EINVALID, "request body: %v", err)
	}
	if dec.More() {
		return scout.Errorf(scout.EINVALID, "request body: more than one JSON value")
	}
	return nil
}
