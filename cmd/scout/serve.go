package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/scout-oss/scout/api"
)

var serveCommand = &command{
	name:    "serve",
	usage:   "[flags]",
	summary: "serve the JSON API and the web page from the data directory",
	run:     runServe,
}

func (m *Main) addrFlag(fs *flag.FlagSet) *string {
	def := m.Getenv("SCOUT_ADDR")
	if def == "" {
		def = "127.0.0.1:8080"
	}
	return fs.String("addr", def, "host:port to listen on; env SCOUT_ADDR")
}

func runServe(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	data := m.dataFlag(fs)
	addr := m.addrFlag(fs)
	verbose := fs.Bool("v", false, "verbose logs")
	var retention ageFlag
	fs.Var(&retention, "retention", "drop posts and snapshots older than this (365d) of creators on no shortlist, at start and daily; off when empty")
	m.jobs = jobFlags(fs)
	m.platforms = addPlatformFlags(fs, m) // the adapters of API and scheduled jobs
	m.access = m.accessFlags(fs, false)
	notice := m.noticeFlags(fs)
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("serve takes no arguments; got %q", rest)
	}
	if err := m.access.validate(*addr); err != nil {
		return err
	}
	m.notice = notice()
	m.notice.Retention = time.Duration(retention)
	a, err := m.openApp(ctx, *data)
	if err != nil {
		return err
	}
	defer a.Close()
	defer startRetention(ctx, a, time.Duration(retention), m.logger(*verbose))() // stops before the store closes
	return m.serve(ctx, a, *addr, *verbose)
}

// wireServer gives srv the data directory's services; serve adds crawl
// jobs, schedules and alerts, which run in the background.
func wireServer(srv *api.Server, a *app) {
	srv.Creators = a.db
	srv.Index = a.idx
	srv.Briefs, srv.BriefScorer = a.db, a.eng
	wireShortlists(srv, a.db)
	srv.Privacy = a.db  // erasure, the audit log and subject access (admin)
	srv.Backup = a.db   // GET /api/v1/admin/backup: a consistent copy while serving
	srv.Removals = a.db // the public privacy page's removal queue
}

// serve runs the API on a until ctx ends, then shuts it down gracefully.
func (m *Main) serve(ctx context.Context, a *app, addr string, verbose bool) error {
	srv := api.NewServer()
	srv.Addr = addr
	wireServer(srv, a)
	srv.Notice = m.notice // what the public privacy page says of the operator and retention
	srv.Logger = m.logger(verbose)
	b := build()
	srv.Version, srv.Commit, srv.Schema = b.Version, b.Commit, b.Schema
	// A failed index write (a full disk) degrades the index instead of
	// poisoning it; it is rebuilt from the store once writes succeed.
	a.idx.SetLogger(srv.Logger)
	a.idx.AutoRepair(a.db, 0)
	closeJobs, err := m.setupJobs(ctx, srv, a, verbose) // crawl jobs and /metrics (jobs.go)
	if err != nil {
		return err
	}
	defer closeJobs() // after srv.Close: the API stops first
	closeAccess, err := m.setupAccess(ctx, srv, a)
	if err != nil {
		return err
	}
	defer closeAccess() // after srv.Close: the API stops first
	if err := srv.Open(); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "Scout is serving on %s (Ctrl-C stops)\n", srv.URL())
	if m.Ready != nil {
		m.Ready(srv.URL())
	}
	<-ctx.Done()
	fmt.Fprintln(m.Stderr, "shutting down")
	return srv.Close()
}
