package api_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
)

// TestErrorStatus checks the status and Retry-After of the storage-fault
// answers: a write refused for space, a degraded index.
func TestErrorStatus(t *testing.T) {
	cases := []struct {
		name       string
		err        error
		status     int
		retryAfter string
	}{
		{"InsufficientStorage", scout.Errorf(scout.EINSUFFICIENT, "no space left"), http.StatusInsufficientStorage, ""},
		{"DegradedIndex", &scout.Error{Code: scout.EUNAVAILABLE, Message: "search index degraded", RetryAfter: 1500 * time.Millisecond},
			http.StatusServiceUnavailable, "2"},
		{"Internal", &scout.Error{Code: scout.EINTERNAL, Message: "secret", RetryAfter: time.Second}, http.StatusInternalServerError, "1"},
	}
	for _, c := range cases {
		w := httptest.NewRecorder()
		api.Error(w, httptest.NewRequest("GET", "/api/v1/creators", nil), c.err, nil)
		if w.Code != c.status || w.Header().Get("Retry-After") != c.retryAfter {
			t.Errorf("%s: %d, Retry-After %q; want %d, %q", c.name, w.Code, w.Header().Get("Retry-After"), c.status, c.retryAfter)
		}
		if code := scout.ErrorCode(c.err); !strings.Contains(w.Body.String(), `"code":"`+code+`"`) {
			t.Errorf("%s: body %s lacks code %s", c.name, w.Body, code)
		}
	}
}
