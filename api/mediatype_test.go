package api_test

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
)

// TestRequireJSON sends a JSON route bodies in other media types: forms
// and XML are 415 in the one error shape; JSON is read whatever the
// charset or +json suffix, without a Content-Type, and (deprecated, as
// curl -d sends it) as a form whose body is JSON. Bodyless POSTs need no
// Content-Type.
func TestRequireJSON(t *testing.T) {
	env := MustAuthServer(t, nil)
	admin := env.keys[scout.RoleAdmin]
	tests := []struct {
		name, ctype, body string
		want              int
	}{
		{"ErrForm", "application/x-www-form-urlencoded", "name=ci&role=viewer", http.StatusUnsupportedMediaType},
		{"ErrMultipart", "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nci\r\n--x--\r\n", http.StatusUnsupportedMediaType},
		{"ErrText", "text/plain", `{"name":"ci","role":"viewer"}`, http.StatusUnsupportedMediaType},
		{"ErrXML", "application/xml", `<key/>`, http.StatusUnsupportedMediaType},
		{"ErrUnparsable", "application/json; =", `{"name":"ci","role":"viewer"}`, http.StatusUnsupportedMediaType},
		{"OKJSON", "application/json", `{"name":"ci","role":"viewer"}`, http.StatusCreated},
		{"OKCharset", "application/json; charset=utf-8", `{"name":"ci","role":"viewer"}`, http.StatusCreated},
		{"OKPlusJSON", "application/vnd.scout+json", `{"name":"ci","role":"viewer"}`, http.StatusCreated},
		{"OKNoType", "", `{"name":"ci","role":"viewer"}`, http.StatusCreated},
		{"OKCurlDefault", "application/x-www-form-urlencoded", "\n  " + `{"name":"ci","role":"viewer"}`, http.StatusCreated},
	}
	for _, tt := range tests {
		req, err := http.NewRequest("POST", env.ts.URL+"/api/v1/keys", strings.NewReader(tt.body))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Authorization", "Bearer "+admin)
		if tt.ctype != "" {
			req.Header.Set("Content-Type", tt.ctype)
		}
		resp, err := env.ts.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var buf strings.Builder
		_, _ = io.Copy(&buf, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.want {
			t.Errorf("%s: %d, want %d: %s", tt.name, resp.StatusCode, tt.want, buf.String())
			continue
		}
		if tt.want == http.StatusUnsupportedMediaType {
			assertError(t, resp.StatusCode, []byte(buf.String()), tt.want, scout.EUNSUPPORTED)
			if !strings.Contains(buf.String(), "Content-Type: application/json") {
				t.Errorf("%s: the message does not say what to send: %s", tt.name, buf.String())
			}
		}
	}

	// A POST without a body needs no Content-Type, whatever it claims.
	req, _ := http.NewRequest("POST", env.ts.URL+"/api/v1/alerts/check", nil)
	req.Header.Set("Authorization", "Bearer "+admin)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := env.ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("bodyless POST /api/v1/alerts/check: %d, want 200", resp.StatusCode)
	}
	// Unknown API paths stay 404s.
	status, _, body := env.do(t, "POST", "/api/v1/nothing", admin, "")
	assertError(t, status, body, http.StatusNotFound, scout.ENOTFOUND)
}
