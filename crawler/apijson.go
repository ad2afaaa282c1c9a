package crawler

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler/source"
)

// APIError is a failed JSON API call, with the failure kind (scout.Fail*)
// the crawl records. Adapters turn it into a CrawlResult failure (for the
// call that decides the profile) or a warning (for optional calls).
type APIError struct {
	URL    string
	Status int    // 0 when no response arrived
	Kind   string // a scout.Fail* kind
	// Code is the API's own error name, when it sent one (Bluesky
	// "InvalidRequest", "AccountTakedown"; Mastodon's "error" text).
	Code    string
	Message string
	Err     error
}

// Error names the call, the status and the API's own error code and text.
func (e *APIError) Error() string {
	s := "call " + e.URL + ": "
	if e.Status != 0 {
		s += strconv.Itoa(e.Status) + " " + http.StatusText(e.Status)
	}
	if e.Code != "" {
		s += ": " + e.Code
	}
	if e.Message != "" {
		s += ": " + e.Message
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns the transport or decoding error, nil for an error status.
func (e *APIError) Unwrap() error { return e.Err }

// maxErrorBody caps how much of an error response is read for its message.
const maxErrorBody = 16 << 10

// GetJSON fetches rawURL with the given Accept header through client and
// decodes a 2xx JSON body into v. Any failure is an *APIError with its
// kind: Classify's for transport errors and statuses, unsupported_type for
// a 2xx that is not JSON (a server without the API answering with its web
// page), parse_error for JSON that does not decode.
func GetJSON(ctx context.Context, client *http.Client, rawURL, accept string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return &APIError{URL: rawURL, Kind: scout.FailBlocked, Err: err}
	}
	req.Header.Set("Accept", accept)
	resp, err := client.Do(req)
	if err != nil {
		return &APIError{URL: rawURL, Kind: Classify(err, 0), Err: err}
	}
	defer resp.Body.Close()
	if kind := Classify(nil, resp.StatusCode); kind != "" {
		e := &APIError{URL: rawURL, Status: resp.StatusCode, Kind: kind}
		var body struct {
			Error   string `json:"error"`
			Message string `json:"message"`
		}
		b, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
		if json.Unmarshal(b, &body) == nil {
			e.Code = source.CleanText(body.Error, 200)
			e.Message = source.CleanText(body.Message, 500)
		}
		if kind == scout.FailRateLimit {
			if ra := resp.Header.Get("Retry-After"); ra != "" {
				e.Message = strings.TrimSpace(e.Message + " (Retry-After " + source.CleanText(ra, 40) + ")")
			}
		}
		return e
	}
	if !isJSONType(resp.Header.Get("Content-Type")) {
		return &APIError{URL: rawURL, Status: resp.StatusCode, Kind: scout.FailNotHTML,
			Err: fmt.Errorf("content type %q is not JSON", resp.Header.Get("Content-Type"))}
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		kind := scout.FailParse
		if k := Classify(err, 0); errors.Is(err, ErrBodyTooLarge) || k == scout.FailTimeout {
			kind = k
		}
		return &APIError{URL: rawURL, Status: resp.StatusCode, Kind: kind, Err: fmt.Errorf("decode: %w", err)}
	}
	return nil
}

// isJSONType reports whether a content type is JSON (application/json,
// application/activity+json, application/ld+json, ...). An absent type is
// given the benefit of the doubt; the decoder will tell.
func isJSONType(contentType string) bool {
	if contentType == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	return mt == "application/json" || strings.HasSuffix(mt, "+json") || mt == "text/json"
}

// APIFailure turns err into the failure recorded against target.
func APIFailure(res *scout.CrawlResult, err error) *scout.CrawlResult {
	var ae *APIError
	if errors.As(err, &ae) {
		res.Status = ae.Status
		res.Failure = &scout.Failure{URL: res.URL, Kind: ae.Kind, Message: ae.Error()}
		return res
	}
	return Failed(res, scout.FailParse, err)
}

// APIWarning turns the error of an optional call into a warning.
func APIWarning(err error) scout.Failure {
	var ae *APIError
	if errors.As(err, &ae) {
		return scout.Failure{URL: ae.URL, Kind: ae.Kind, Message: ae.Error()}
	}
	return scout.Failure{Kind: scout.FailParse, Message: err.Error()}
}
