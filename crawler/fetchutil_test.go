package crawler_test

import (
	"net/http"
	"runtime"
	"strings"
	"testing"
	"time"
)

// waitOrDisconnect is a deliberately slow handler: it answers only after d,
// or returns as soon as the client goes away.
func waitOrDisconnect(d time.Duration) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(d):
			w.Write([]byte("late"))
		case <-r.Context().Done():
		}
	}
}

// fetchGoroutines lists the live goroutines that belong to the fetch layer
// or colly: crawler code, colly, or an HTTP client connection.
func fetchGoroutines() []string {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	var out []string
	for _, g := range strings.Split(string(buf), "\n\n") {
		if strings.Contains(g, "scout/crawler.") || strings.Contains(g, "gocolly") || strings.Contains(g, "net/http.(*persistConn)") {
			out = append(out, g)
		}
	}
	return out
}

// checkNoFetchGoroutines fails the test when fetch goroutines outlive it
// (after a grace period for connections to wind down).
func checkNoFetchGoroutines(tb testing.TB) {
	tb.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for {
		left := fetchGoroutines()
		if len(left) == 0 {
			return
		}
		if time.Now().After(deadline) {
			tb.Fatalf("%d fetch goroutines leaked; first:\n%s", len(left), left[0])
		}
		time.Sleep(20 * time.Millisecond)
	}
}
