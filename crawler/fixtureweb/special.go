package fixtureweb

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Sizes and waits of the special paths. They are exported so tests can set
// their caps and time-outs relative to them instead of repeating numbers.
const (
	// BigSize is the body length of /_fixture/big: 6 MiB, past any sane
	// page-size cap.
	BigSize = 6 << 20
	// BinarySize is the body length of /_fixture/binary.
	BinarySize = 64 << 10
	// SlowWait is how long /_fixture/slow waits before answering when
	// nothing ends the request first.
	SlowWait = 30 * time.Second
)

// handleStatus answers /_fixture/status/{code} with that status (200–599),
// so tests can make any HTTP failure on demand. ?retry-after=N adds a
// Retry-After header, for 429 and 503 handling; a 3xx gets a Location back
// to the site root so it is a well-formed redirect.
func handleStatus(w http.ResponseWriter, r *http.Request) {
	code, err := strconv.Atoi(r.PathValue("code"))
	if err != nil || code < 200 || code > 599 {
		http.Error(w, "fixture status must be a number from 200 to 599", http.StatusBadRequest)
		return
	}
	if ra := r.URL.Query().Get("retry-after"); ra != "" {
		w.Header().Set("Retry-After", ra)
	}
	if code >= 300 && code < 400 && code != http.StatusNotModified {
		w.Header().Set("Location", "/")
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(code)
	fmt.Fprintf(w, "fixture status %d %s\n", code, http.StatusText(code))
}

// handleRedirectLoop redirects to itself forever, to exercise a client's
// redirect limit.
func handleRedirectLoop(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/_fixture/redirect-loop", http.StatusFound)
}

// handleSlow sends nothing until the request's context ends (the client gave
// up, or Close ran) or SlowWait passes, to exercise time-outs and
// cancellation. When the context ends first it aborts the response, so the
// client sees a broken connection rather than an empty 200. ?for=DURATION (at most SlowWait) shortens the wait, for
// tests that want a slow response that does succeed.
func handleSlow(w http.ResponseWriter, r *http.Request) {
	wait := SlowWait
	if s := r.URL.Query().Get("for"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil || d < 0 || d > SlowWait {
			http.Error(w, "fixture slow: for must be a duration up to 30s", http.StatusBadRequest)
			return
		}
		wait = d
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-r.Context().Done():
		panic(http.ErrAbortHandler) // net/http's way to drop the connection quietly
	case <-t.C:
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<!DOCTYPE html><html><head><title>slow</title></head><body><p>Answered after %s.</p></body></html>\n", wait)
}

// handleBinary answers with bytes that are not a page, so a crawler must
// classify the content type rather than feed it to an HTML parser. The
// bytes are fixed (a simple generator), including NULs and invalid UTF-8.
func handleBinary(w http.ResponseWriter, r *http.Request) {
	body := make([]byte, BinarySize)
	x := uint32(2463534242)
	for i := range body {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		body[i] = byte(x)
	}
	body[0], body[1] = 0x00, 0xff
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.Write(body)
}

// handleBig answers with a 6 MiB HTML page (declared in
// Content-Length), to exercise a client's body-size cap. It streams the
// padding and stops as soon as the client goes away.
func handleBig(w http.ResponseWriter, r *http.Request) {
	const (
		head = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>big</title></head><body>\n"
		tail = "</body></html>\n"
	)
	line := "<p>" + strings.Repeat("padding ", 15) + "</p>\n" // 128 bytes
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(BigSize))
	if r.Method == http.MethodHead {
		return
	}
	if _, err := w.Write([]byte(head)); err != nil {
		return
	}
	left := BigSize - len(head) - len(tail)
	chunk := []byte(strings.Repeat(line, 256)) // 32 KiB
	for left > 0 {
		n := min(left, len(chunk))
		if _, err := w.Write(chunk[:n]); err != nil {
			return
		}
		left -= n
		if r.Context().Err() != nil {
			return
		}
	}
	w.Write([]byte(tail))
}
