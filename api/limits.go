package api

import (
	"errors"
	"net/http"

	"github.com/scout-oss/scout"
)

// bodyTooLarge returns the ETOOLARGE error (413) when err is a body read
// through http.MaxBytesReader running over its cap, and nil otherwise. A
// body cut short by io.LimitReader instead looks like malformed JSON, a
// 400 that tells the client the wrong thing.
func bodyTooLarge(err error) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return scout.Errorf(scout.ETOOLARGE, "request body is over %d bytes", mbe.Limit)
	}
	return nil
}
