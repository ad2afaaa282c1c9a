package api

import (
	"bufio"
	"bytes"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/scout-oss/scout"
)

// requireJSON answers 415 (EUNSUPPORTED) to a request that sends the JSON
// API a body in another media type, such as an HTML form, instead of
// letting the JSON decoder fail on it with a message about characters.
// It applies to POST, PUT and PATCH with a body on the routes of mux under
// /api/; bodyless calls (cancel, check) need no Content-Type, and unknown
// routes are left to their 404.
//
// Accepted: application/json, any +json type, and no Content-Type at all.
// Also accepted, for one release and deprecated: a body that is JSON sent
// as application/x-www-form-urlencoded, which is what `curl -d '{...}'`
// sends unless told otherwise.
func (s *Server) requireJSON(mux *http.ServeMux, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.URL.Path, "/api/") || r.ContentLength == 0 ||
			(r.Method != http.MethodPost && r.Method != http.MethodPut && r.Method != http.MethodPatch) {
			next.ServeHTTP(w, r)
			return
		}
		if _, pattern := mux.Handler(r); pattern == "" || pattern == "/api/" {
			next.ServeHTTP(w, r)
			return
		}
		ct := r.Header.Get("Content-Type")
		if ct == "" {
			next.ServeHTTP(w, r)
			return
		}
		mt, _, err := mime.ParseMediaType(ct)
		switch {
		case err == nil && (mt == "application/json" || strings.HasSuffix(mt, "+json")):
			next.ServeHTTP(w, r)
			return
		case err == nil && mt == "application/x-www-form-urlencoded":
			br := bufio.NewReader(r.Body)
			if looksLikeJSON(br) {
				r.Body = struct {
					io.Reader
					io.Closer
				}{br, r.Body}
				next.ServeHTTP(w, r)
				return
			}
		}
		if err != nil {
			mt = ct
		}
		Error(w, r, scout.Errorf(scout.EUNSUPPORTED,
			"the body must be JSON sent as Content-Type: application/json; got %s", mt), s.logger())
	})
}

// looksLikeJSON peeks at a body's first non-blank byte: an object or an
// array. It reads nothing away from br.
func looksLikeJSON(br *bufio.Reader) bool {
	for n := 1; n <= 512; n *= 2 {
		b, err := br.Peek(n)
		if t := bytes.TrimLeft(b, " \t\r\n"); len(t) > 0 {
			return t[0] == '{' || t[0] == '['
		}
		if err != nil {
			return false
		}
	}
	return false
}
