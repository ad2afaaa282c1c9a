package scout_test

import (
	"errors"
	"testing"

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
