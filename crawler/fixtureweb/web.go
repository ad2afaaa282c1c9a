// Package fixtureweb serves a fictional creator web on loopback, so that
// `scout demo` and the end-to-end tests can crawl something realistic without
// touching the internet.
//
// The content is a file tree with one directory per site, named by its
// hostname (testdata/web/social.example/..., see scout.SampleWeb). Start gives
// every site its own http.Server on 127.0.0.1 with a kernel-chosen port:
// different ports are different hosts to a crawler, so per-host politeness
// and robots.txt work as they would on the web. The files link each other
// with their fixture URLs (http://social.example/@mayaruns); the server
// rewrites those to the live http://127.0.0.1:PORT addresses as it serves
// them, so the content stays readable and port-independent.
//
// Every site also answers a few special paths that make failures on demand:
// /_fixture/status/{code}, /_fixture/redirect-loop, /_fixture/slow,
// /_fixture/binary and /_fixture/big (see handleStatus and its neighbours).
// Every request is logged (Requests), so tests can measure per-host rates and
// prove that robots.txt was obeyed.
package fixtureweb

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// SeedsFile is the name of the seed list at the root of the file tree: one
// URL per line, fixture form, "#" starting a comment.
const SeedsFile = "seeds.txt"

// Close's waits. shutdownGrace bounds how long it waits for in-flight
// requests to finish before it cuts their connections; fixture responses are
// tiny, so a request still running after this is one that would never end
// on its own (a client not reading /_fixture/big). flushGrace is how long
// the servers then get to flush finished responses.
const (
	shutdownGrace = 2 * time.Second
	flushGrace    = 100 * time.Millisecond
)

// Web is a running fixture web: one loopback server per site. It is safe for
// concurrent use. Close it to stop the servers.
type Web struct {
	fsys  fs.FS
	sites map[string]*site // by hostname
	hosts []string         // sorted hostnames

	// cancel ends the base context of every request, which is what ends
	// /_fixture/slow handlers on Close.
	cancel context.CancelFunc

	mu       sync.Mutex
	log      []Request
	closed   bool
	inflight sync.WaitGroup // handlers running; Add only under mu while !closed

	serving   sync.WaitGroup // Serve goroutines
	closeOnce sync.Once
}

// site is one hostname's directory and server.
type site struct {
	host   string // fixture hostname, e.g. "social.example"
	root   fs.FS  // the site's directory
	base   string // live base URL, "http://127.0.0.1:PORT"
	ln     net.Listener
	server *http.Server
}

// Request is one logged request. Tests use the log to check the crawler's
// behaviour from the server side: its User-Agent, its per-host rate, and
// that it never asked for a robots-disallowed path.
type Request struct {
	Time      time.Time // when the request arrived
	Host      string    // the fixture hostname of the site that served it
	Method    string
	Path      string // URL path, unescaped ("/@mayaruns")
	Query     string // raw query, without "?"
	UserAgent string
}

// Start serves every top-level directory of fsys as a site named by the
// directory, each on its own 127.0.0.1 port. Top-level files (seeds.txt,
// EXPECTED.md, ...) are not served. The listeners are bound before Start
// returns, so URL works at once. It fails when fsys has no directory or a
// port cannot be bound.
func Start(fsys fs.FS) (*Web, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("fixtureweb: read sites: %w", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	w := &Web{fsys: fsys, sites: make(map[string]*site), cancel: cancel}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		root, err := fs.Sub(fsys, e.Name())
		if err != nil {
			w.Close()
			return nil, fmt.Errorf("fixtureweb: site %s: %w", e.Name(), err)
		}
		host := strings.ToLower(e.Name()) // hostnames compare case-insensitively
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			w.Close()
			return nil, fmt.Errorf("fixtureweb: listen for %s: %w", host, err)
		}
		s := &site{host: host, root: root, base: "http://" + ln.Addr().String(), ln: ln}
		w.sites[host] = s
		w.hosts = append(w.hosts, host)
	}
	if len(w.sites) == 0 {
		w.Close()
		return nil, errors.New("fixtureweb: no site directories")
	}
	sort.Strings(w.hosts)

	for _, h := range w.hosts {
		s := w.sites[h]
		s.server = &http.Server{
			Handler:           w.track(s, w.routes(s)),
			BaseContext:       func(net.Listener) context.Context { return ctx },
			ReadHeaderTimeout: 10 * time.Second,
		}
		w.serving.Add(1)
		go func() {
			defer w.serving.Done()
			// Serve returns ErrServerClosed on Close; anything else means
			// the listener broke, and requests to this site will fail,
			// which is what a test will see and report.
			_ = s.server.Serve(s.ln)
		}()
	}
	return w, nil
}

// MustStart starts the fixture web for a test and closes it when the test
// ends, failing the test if it cannot start.
func MustStart(tb testing.TB, fsys fs.FS) *Web {
	tb.Helper()
	w, err := Start(fsys)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(w.Close)
	return w
}

// Hosts returns the fixture hostnames being served, sorted.
func (w *Web) Hosts() []string {
	return append([]string(nil), w.hosts...)
}

// URL returns the live base URL of the site named host ("social.example"),
// such as "http://127.0.0.1:41234", without a trailing slash. It returns ""
// for a host that is not served, so a typo shows up as a failed request
// rather than a panic in the middle of a test table.
func (w *Web) URL(host string) string {
	if s, ok := w.sites[host]; ok {
		return s.base
	}
	return ""
}

// fixtureURL matches the scheme and hostname of an absolute http(s) URL. The
// hostname is matched whole, so "http://social.example.com" is not taken
// for "http://social.example", and a sentence-ending dot is left alone.
var fixtureURL = regexp.MustCompile(`(?i)\bhttps?://([a-z0-9-]+(?:\.[a-z0-9-]+)*)`)

// Rewrite turns every fixture URL in s (http:// or https:// followed by a
// served hostname) into its live loopback URL; other URLs are left as they
// are. It is what the server does to every text body, exposed so tests can
// turn expectations written in fixture form into the URLs a crawler will
// actually report.
func (w *Web) Rewrite(s string) string {
	return fixtureURL.ReplaceAllStringFunc(s, func(m string) string {
		host := m[strings.Index(m, "://")+3:]
		if st, ok := w.sites[strings.ToLower(host)]; ok {
			return st.base
		}
		return m
	})
}

// Seeds reads seeds.txt from the root of the file tree and returns its URLs,
// rewritten to live ones, in file order. Blank lines and "#" comments are
// skipped.
func (w *Web) Seeds() ([]string, error) {
	f, err := w.fsys.Open(SeedsFile)
	if err != nil {
		return nil, fmt.Errorf("fixtureweb: seeds: %w", err)
	}
	defer f.Close()
	var seeds []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		seeds = append(seeds, w.Rewrite(line))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("fixtureweb: seeds: %w", err)
	}
	return seeds, nil
}

// Requests returns a copy of the request log, oldest first.
func (w *Web) Requests() []Request {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]Request(nil), w.log...)
}

// Close stops every server. It cancels the context of running requests
// (ending /_fixture/slow at once), gives the others a short grace period to
// finish, then closes the servers, and returns only when every server
// goroutine and handler has finished, so tests do not leak goroutines. It is
// safe to call more than once. It returns nothing because a fixture server's
// shutdown error is not actionable, and this lets tests write
// t.Cleanup(w.Close).
func (w *Web) Close() {
	w.closeOnce.Do(func() {
		w.mu.Lock()
		w.closed = true
		w.mu.Unlock()
		w.cancel()

		// Wait for handlers ourselves rather than through Shutdown alone:
		// Shutdown also waits for connections a client opened but never
		// used (net/http counts them idle only after 5 s), which would make
		// every Close slow after a burst of parallel requests.
		handlers := make(chan struct{})
		go func() {
			w.inflight.Wait()
			close(handlers)
		}()
		select {
		case <-handlers:
		case <-time.After(shutdownGrace):
		}

		ctx, cancel := context.WithTimeout(context.Background(), flushGrace)
		defer cancel()
		var wg sync.WaitGroup
		for _, s := range w.sites {
			if s.server == nil { // Start failed before serving
				s.ln.Close()
				continue
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				// Shutdown lets finished handlers flush their responses;
				// Close then cuts whatever connection is left.
				if err := s.server.Shutdown(ctx); err != nil {
					s.server.Close()
				}
			}()
		}
		wg.Wait()
		w.serving.Wait()
		<-handlers
	})
}

// track logs each request and counts it in flight, so Close can wait for it.
// A request that arrives while Close runs is refused with 503.
func (w *Web) track(s *site, next http.Handler) http.Handler {
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		w.mu.Lock()
		if w.closed {
			w.mu.Unlock()
			http.Error(rw, "fixture web is shutting down", http.StatusServiceUnavailable)
			return
		}
		w.inflight.Add(1)
		w.log = append(w.log, Request{
			Time:      time.Now(),
			Host:      s.host,
			Method:    r.Method,
			Path:      r.URL.Path,
			Query:     r.URL.RawQuery,
			UserAgent: r.UserAgent(),
		})
		w.mu.Unlock()
		defer w.inflight.Done()
		next.ServeHTTP(rw, r)
	})
}

// routes is one site's handler: the special /_fixture paths, then files.
func (w *Web) routes(s *site) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /_fixture/status/{code}", handleStatus)
	mux.HandleFunc("GET /_fixture/redirect-loop", handleRedirectLoop)
	mux.HandleFunc("GET /_fixture/slow", handleSlow)
	mux.HandleFunc("GET /_fixture/binary", handleBinary)
	mux.HandleFunc("GET /_fixture/big", handleBig)
	mux.Handle("/", w.fileHandler(s))
	return mux
}
