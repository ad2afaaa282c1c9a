// Package api serves Scout over HTTP: the JSON API under /api/v1, a health
// check, and the server-rendered search page for brand teams. It hides
// net/http from cmd: callers set the services, Open binds, Close shuts down.
//
// Every failure reaches the client through Error, which maps each domain
// error code to exactly one status and writes {"error":{"code","message"}}.
package api

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/scout-oss/scout"
	"golang.org/x/time/rate"
)

// ShutdownGrace bounds how long Close waits for requests in flight.
const ShutdownGrace = 5 * time.Second

// Server is Scout's HTTP server. Set the exported fields, then Open.
type Server struct {
	// Addr is the host:port to listen on; "127.0.0.1:0" picks a free port.
	Addr string

	Creators scout.CreatorService
	Index    scout.SearchIndex
	Logger   *slog.Logger
	// Version, Commit and Schema (the store's schema version) are
	// reported by /healthz, so an operator can tell what is running;
	// Version is the OpenAPI document's too.
	Version string
	Commit  string
	Schema  int

	// Keys authenticates API keys (see auth.go for the role table). Open
	// refuses to listen without it unless NoAuth is set.
	Keys scout.KeyService
	// NoAuth serves every route without a key, as a stand-in admin. Open
	// allows it only on a loopback address.
	NoAuth bool
	// RateLimit and RateBurst are the per-key request rate (requests/s,
	// 0 = unlimited) and burst; NewServer sets DefaultRateLimit/Burst.
	RateLimit rate.Limit
	RateBurst int
	// HeavyPerKey and HeavyTotal are the fair-use limits: how many heavy
	// requests (exports, brief matches, lookalikes; fairuse.go) one key
	// may run at once, and all keys together (0 = unlimited); NewServer
	// sets DefaultHeavyPerKey and DefaultHeavyTotal().
	HeavyPerKey int
	HeavyTotal  int
	// Alerter serves saved searches, watches and alerts; nil makes the
	// alert routes answer 503. The caller opens and closes it.
	Alerter *Alerter

	// Briefs and BriefScorer serve /api/v1/briefs (503 when nil); Now is
	// the clock matches are scored at, time.Now when nil.
	Briefs      scout.BriefService
	BriefScorer scout.BriefScorer
	Now         func() time.Time

	// Shortlists and Hidden serve /api/v1/shortlists and /api/v1/hidden
	// (503 when nil); search leaves hidden creators out. Targets matches
	// pasted URLs and handles to stored creators, and Crawls queues the
	// unknown ones (both optional).
	Shortlists scout.ShortlistService
	Hidden     scout.HiddenService
	Targets    scout.TargetResolver
	Crawls     scout.CrawlRequester

	// Jobs serves /api/v1/crawls (503 when nil). Crawl targets naming an
	// internal address literally are refused unless AllowPrivate, or
	// listed in AllowTargets as "IP:port" (the demo's fixture hosts).
	// Stale gives each creator its re-crawl period for "stale" (30 days
	// when nil); Metrics serves /metrics (503 when nil).
	Jobs         scout.JobService
	AllowPrivate bool
	AllowTargets []string
	Stale        scout.StalePolicy
	Metrics      *Metrics

	// Privacy serves erasure (DELETE /api/v1/creators/{id}), the audit
	// log and data-subject access (admin only; 503 when nil).
	Privacy scout.PrivacyService

	// Schedules serves /api/v1/schedules (503 when nil): serve's
	// scheduler, which fires crawl jobs and also serves as Stale.
	Schedules scout.ScheduleService

	// Backup serves GET /api/v1/admin/backup (admin; 503 when nil): a
	// consistent copy of the store while it runs (admin_backup.go).
	Backup Backupper

	// Removals keeps the removal requests people send from the public
	// privacy page (/privacy) and admins decide on (503 when nil); Notice
	// fills in that page's operator, contact and retention.
	Removals scout.RemovalService
	Notice   PrivacyNotice

	ln     net.Listener
	srv    *http.Server
	public publicLimits // the privacy page's per-client limits

	fairOnce sync.Once
	fairUse  *fairUse
}

// NewServer returns a server with a discarding logger, listening on
// loopback by default.
func NewServer() *Server {
	return &Server{
		Addr:        "127.0.0.1:8080",
		Logger:      slog.New(slog.DiscardHandler),
		RateLimit:   DefaultRateLimit,
		RateBurst:   DefaultRateBurst,
		HeavyPerKey: DefaultHeavyPerKey,
		HeavyTotal:  DefaultHeavyTotal(),
	}
}

// Open binds the listener synchronously (so URL works at once, even on
// port 0) and serves in the background.
func (s *Server) Open() error {
	if err := s.checkAccess(); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", s.Addr)
	if err != nil {
		return &scout.Error{Code: scout.EUNAVAILABLE, Op: "listen", Message: fmt.Sprintf("cannot listen on %s", s.Addr), Err: err}
	}
	s.ln = ln
	s.srv = &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(s.logger().Handler(), slog.LevelWarn),
	}
	go func() {
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.logger().Error("serve", "err", err)
		}
	}()
	return nil
}

// URL returns the base URL the server answers on.
func (s *Server) URL() string {
	if s.ln == nil {
		return ""
	}
	return "http://" + s.ln.Addr().String()
}

// Close stops accepting requests and waits up to ShutdownGrace for the ones
// in flight.
func (s *Server) Close() error {
	if s.srv == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), ShutdownGrace)
	defer cancel()
	return s.srv.Shutdown(ctx)
}

// Handler returns the routed handler with its middleware; tests wrap it in
// httptest.
func (s *Server) Handler() http.Handler {
	mux := s.mux()
	return s.recoverer(s.webGate(s.requireJSON(mux, s.authorize(mux)))) // webGate: the page's sessions, forms and sign-in (web_session.go)
}

// mux registers every route. Each one needs its entry in routeRoles
// (auth.go) and in the OpenAPI document (openapi.go); tests check both.
func (s *Server) mux() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", s.handleHealthz)
	s.registerKeyRoutes(mux)
	s.registerAlertRoutes(mux)
	s.registerOpenAPIRoutes(mux)
	s.registerCreatorRoutes(mux)
	s.registerBriefRoutes(mux)
	s.registerCrawlRoutes(mux)
	s.registerScheduleRoutes(mux)
	s.registerHistoryRoutes(mux)
	s.registerMetricsRoutes(mux)
	s.registerShortlistRoutes(mux)
	s.registerPrivacyRoutes(mux)
	s.registerBackupRoutes(mux)
	s.registerRemovalRoutes(mux)
	s.registerWebRoutes(mux)
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		Error(w, r, scout.Errorf(scout.ENOTFOUND, "no route %s %s", r.Method, r.URL.Path), s.logger())
	})
	return mux
}

func (s *Server) handleHealthz(w http.ResponseWriter, r *http.Request) {
	resp := healthz{Status: "ok", Version: s.Version, Commit: s.Commit}
	if s.Schema > 0 {
		resp.Schema = &s.Schema
	}
	if s.Index != nil {
		n, err := s.Index.Count(r.Context())
		if err != nil {
			Error(w, r, &scout.Error{Code: scout.EUNAVAILABLE, Message: "search index unavailable", Err: err}, s.logger())
			return
		}
		resp.Indexed = &n
	}
	writeJSON(w, http.StatusOK, resp)
}

// recoverer turns a panic in a handler into a JSON 500 instead of a torn
// connection and a stack trace on the wire.
func (s *Server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				Error(w, r, fmt.Errorf("panic: %v", v), s.logger())
			}
		}()
		next.ServeHTTP(w, r)
	})
}

func (s *Server) logger() *slog.Logger {
	if s.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return s.Logger
}
