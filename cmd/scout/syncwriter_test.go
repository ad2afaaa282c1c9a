package main

import (
	"io"
	"sync"
)

// syncWriter lets a command running in a goroutine and the test share a
// buffer without a data race.
type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}
