package api

import (
	"encoding/json"
	"log/slog"
	"math"
	"net/http"
	"strconv"

	"github.com/scout-oss/scout"
)

// statuses maps each domain error code to its one HTTP status.
var statuses = map[string]int{
	scout.EINVALID:      http.StatusBadRequest,
	scout.EUNAUTHORIZED: http.StatusUnauthorized,
	scout.EFORBIDDEN:    http.StatusForbidden,
	scout.ENOTFOUND:     http.StatusNotFound,
	scout.ECONFLICT:     http.StatusConflict,
	scout.ETOOLARGE:     http.StatusRequestEntityTooLarge,
	scout.EUNSUPPORTED:  http.StatusUnsupportedMediaType,
	scout.ERATELIMITED:  http.StatusTooManyRequests,
	scout.EUNAVAILABLE:  http.StatusServiceUnavailable,
	scout.EINTERNAL:     http.StatusInternalServerError,
	scout.EINSUFFICIENT: http.StatusInsufficientStorage,
}

// StatusOf returns the HTTP status for an error's code.
func StatusOf(err error) int {
	if st, ok := statuses[scout.ErrorCode(err)]; ok {
		return st
	}
	return http.StatusInternalServerError
}

// errorBody is the one JSON error shape of the API.
type errorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// Error writes err as the JSON error shape with the status of its code. It
// is the only place failures are written to a response, and it logs only
// internal errors (the others are the client's business, not ours), and
// a full disk, which an operator must hear about. An error that says when
// to retry (scout.RetryAfter) sets Retry-After, in whole seconds.
func Error(w http.ResponseWriter, r *http.Request, err error, log *slog.Logger) {
	code := scout.ErrorCode(err)
	if log != nil {
		switch code {
		case scout.EINTERNAL:
			log.Error("internal error", "method", r.Method, "path", r.URL.Path, "err", err)
		case scout.EINSUFFICIENT:
			log.Error("insufficient storage", "method", r.Method, "path", r.URL.Path, "err", err)
		}
	}
	setRetryAfter(w, err)
	var body errorBody
	body.Error.Code = code
	body.Error.Message = scout.ErrorMessage(err)
	writeJSON(w, StatusOf(err), body)
}

// setRetryAfter sets the Retry-After header, in whole seconds, when err
// says when to retry.
func setRetryAfter(w http.ResponseWriter, err error) {
	if d := scout.RetryAfter(err); d > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(max(1, int(math.Ceil(d.Seconds())))))
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	// Compact: indenting costs encode time on every list response (see
	// "Search performance" in README.md); pipe through jq to read it.
	_ = json.NewEncoder(w).Encode(v) // the status is sent; a failed write is the client's hang-up
}
