package scout_test

import (
	"errors"
	"fmt"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/scout-oss/scout"
)

func TestErrorCodeAndMessage(t *testing.T) {
	inner := scout.Errorf(scout.ENOTFOUND, "no creator x")
	wrapped := errors.Join(errors.New("context"), inner)
	if got := scout.ErrorCode(wrapped); got != scout.ENOTFOUND {
		t.Errorf("code through wrapping = %q, want not_found", got)
	}
	if got := scout.ErrorMessage(inner); got != "no creator x" {
		t.Errorf("message = %q", got)
	}
	if got := scout.ErrorMessage(errors.New("secret path /etc")); got != "internal error" {
		t.Errorf("internal message leaked: %q", got)
	}
	if scout.ErrorCode(nil) != "" {
		t.Error("nil error has a code")
	}
}

// TestNoSpace tells a write refused for lack of room from other failures,
// with the errno in the chain or only in the text (as Bleve reports it).
func TestNoSpace(t *testing.T) {
	cases := []struct {
		name string
		err  error
		want bool
	}{
		{"ENOSPC", &os.PathError{Op: "write", Path: "/data/scout.db", Err: syscall.ENOSPC}, true},
		{"EDQUOT", fmt.Errorf("commit: %w", syscall.EDQUOT), true},
		{"EFBIG", &os.PathError{Op: "write", Path: "/data/x", Err: syscall.EFBIG}, true},
		{"FlattenedText", fmt.Errorf("persist err: %v", &os.PathError{Op: "write", Path: "/x.zap", Err: syscall.ENOSPC}), true},
		{"EIO", &os.PathError{Op: "write", Path: "/data/scout.db", Err: syscall.EIO}, false},
		{"Nil", nil, false},
	}
	for _, c := range cases {
		if got := scout.NoSpace(c.err); got != c.want {
			t.Errorf("%s: NoSpace(%v) = %v, want %v", c.name, c.err, got, c.want)
		}
	}
}

func TestRetryAfter(t *testing.T) {
	inner := &scout.Error{Code: scout.EUNAVAILABLE, Message: "degraded", RetryAfter: 5 * time.Second}
	outer := &scout.Error{Code: scout.EUNAVAILABLE, Op: "search", Err: inner}
	if got := scout.RetryAfter(fmt.Errorf("handler: %w", outer)); got != 5*time.Second {
		t.Errorf("RetryAfter through wrapping = %v, want 5s", got)
	}
	if got := scout.RetryAfter(errors.New("plain")); got != 0 {
		t.Errorf("RetryAfter of a plain error = %v, want 0", got)
	}
}
