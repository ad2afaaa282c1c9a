package scout

import (
	"errors"
	"fmt"
	"strings"
	"syscall"
	"time"
)

// Error codes. Each maps to exactly one HTTP status in the api package, and
// the CLI prints them; they are part of the public contract and never change.
const (
	EINVALID      = "invalid"      // 400: the caller sent something malformed
	EUNAUTHORIZED = "unauthorized" // 401: no or unknown credentials
	EFORBIDDEN    = "forbidden"    // 403: credentials lack the role
	ENOTFOUND     = "not_found"    // 404: no such record
	ECONFLICT     = "conflict"     // 409: state forbids it (e.g. data directory in use)
	ETOOLARGE     = "too_large"    // 413: a body or page over its cap
	ERATELIMITED  = "rate_limited" // 429: slow down
	EUNAVAILABLE  = "unavailable"  // 503: a dependency is down or closing
	EINTERNAL     = "internal"     // 500: a bug or an unexpected failure
	// EINSUFFICIENT is a write the file system refused for lack of room
	// (507 Insufficient Storage): nothing was saved, and the same write
	// succeeds once space is freed.
	EINSUFFICIENT = "insufficient_storage"
)

// EUNSUPPORTED (415) answers a request body that is not JSON where the API
// reads JSON, such as an HTML form posted to a JSON route.
const EUNSUPPORTED = "unsupported_media_type"

// Error is Scout's domain error. Code is meant for programs (and becomes the
// HTTP status), Message for people; Op names the operation and Err keeps the
// cause so errors.Is/As still see through it.
type Error struct {
	Code    string
	Message string
	Op      string
	Err     error
	// RetryAfter, when set, is how long a caller should wait before trying
	// again (a degraded index being rebuilt, a limit being held); the API
	// sends it as the Retry-After header.
	RetryAfter time.Duration
}

// Error renders the error for logs: "op: code: message: cause".
func (e *Error) Error() string {
	s := ""
	if e.Op != "" {
		s = e.Op + ": "
	}
	if e.Message != "" {
		s += e.Message
	} else {
		s += e.Code
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap lets errors.Is and errors.As reach the cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf builds an *Error with a code and a formatted message for people.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Code != "" {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the human message of the first *Error in err's chain.
// Internal errors get a generic message so that no detail leaks to clients.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Code != EINTERNAL && e.Code != "" {
		if e.Message != "" {
			return e.Message
		}
		return e.Code
	}
	return "internal error"
}

// RetryAfter returns the RetryAfter of the first *Error in err's chain that
// has one, and 0 when none does.
func RetryAfter(err error) time.Duration {
	for err != nil {
		var e *Error
		if !errors.As(err, &e) {
			return 0
		}
		if e.RetryAfter > 0 {
			return e.RetryAfter
		}
		err = e.Err
	}
	return 0
}

// noSpaceErrnos are the file system's ways of refusing a write for lack of
// room: the device is full, the user's quota is used up, or the process's
// file size limit is reached.
var noSpaceErrnos = []syscall.Errno{syscall.ENOSPC, syscall.EDQUOT, syscall.EFBIG}

// NoSpace reports whether err is a write refused for lack of room. The
// store and the index map such failures to EINSUFFICIENT. Some libraries
// (Bleve's segment writer) flatten the cause into text, so the
// operating system's message counts as well as the errno in the chain.
func NoSpace(err error) bool {
	if err == nil {
		return false
	}
	msg := err.Error()
	for _, no := range noSpaceErrnos {
		if errors.Is(err, no) || strings.Contains(msg, no.Error()) {
			return true
		}
	}
	return false
}
