package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"golang.org/x/time/rate"
)

// accessFlags are serve's and demo's access settings: keys or no-auth, the
// per-key rate limit, the fair-use limits of heavy requests and the alert
// check interval.
type accessFlags struct {
	noAuth        *bool
	rate          *float64
	burst         *int
	heavyPerKey   *int
	heavyTotal    *int
	alertInterval *time.Duration
}

// accessFlags declares the flags on fs; demo runs without keys by default.
func (m *Main) accessFlags(fs *flag.FlagSet, demo bool) *accessFlags {
	help := "serve without API keys, as admin for everyone; allowed only on a loopback --addr"
	if demo {
		help = "serve without API keys (the demo's default; it listens on loopback only)"
	}
	return &accessFlags{
		noAuth:        fs.Bool("no-auth", demo, help),
		rate:          fs.Float64("rate-limit", api.DefaultRateLimit, "requests per second each API key may make (0: unlimited)"),
		burst:         fs.Int("rate-burst", api.DefaultRateBurst, "requests an API key may make at once before --rate-limit applies"),
		heavyPerKey:   fs.Int("heavy-per-key", api.DefaultHeavyPerKey, "heavy requests (exports, brief matches, lookalikes) one API key may run at once (0: unlimited)"),
		heavyTotal:    fs.Int("heavy-total", api.DefaultHeavyTotal(), "heavy requests the server runs at once for all keys together (default: one per CPU but one, at least 1; 0: unlimited)"),
		alertInterval: fs.Duration("alert-interval", api.DefaultAlertInterval, "how often saved searches and watches are checked for alerts"),
	}
}

// validate refuses settings that cannot run, before anything is opened.
func (af *accessFlags) validate(addr string) error {
	if *af.noAuth && !api.IsLoopback(addr) {
		return usagef("--no-auth is allowed only on a loopback address (127.0.0.1, [::1], localhost), not %q: anyone who can reach it would be admin; create keys with `scout keys create` instead", addr)
	}
	if *af.rate < 0 || *af.burst < 1 {
		return usagef("--rate-limit must be 0 or more and --rate-burst 1 or more")
	}
	if *af.heavyPerKey < 0 || *af.heavyTotal < 0 {
		return usagef("--heavy-per-key and --heavy-total must be 0 (unlimited) or more")
	}
	if *af.alertInterval < time.Second {
		return usagef("--alert-interval must be at least 1s; got %s", *af.alertInterval)
	}
	return nil
}

// setupAccess configures keys (or no-auth) and the rate limit on srv and
// opens the alerter; the returned func closes the alerter and must run
// after the server has stopped.
func (m *Main) setupAccess(ctx context.Context, srv *api.Server, a *app) (func() error, error) {
	af := m.access
	if af == nil { // a caller that declared no flags gets the defaults
		af = m.accessFlags(flag.NewFlagSet("", flag.ContinueOnError), false)
	}
	if err := af.validate(srv.Addr); err != nil {
		return nil, err
	}
	if *af.noAuth {
		srv.NoAuth = true
		fmt.Fprintln(m.Stderr, "no-auth: every request is served as admin; this is for loopback use only")
	} else {
		srv.Keys = a.db
		keys, err := a.db.FindKeys(ctx)
		if err != nil {
			return nil, err
		}
		live := 0
		for _, k := range keys {
			if !k.Revoked() {
				live++
			}
		}
		if live == 0 {
			fmt.Fprintln(m.Stderr, "warning: there are no API keys yet, so every API request will get 401; stop serve and run `scout keys create --role admin --name NAME`, or use --no-auth on loopback")
		}
	}
	srv.RateLimit, srv.RateBurst = rate.Limit(*af.rate), *af.burst
	srv.HeavyPerKey, srv.HeavyTotal = *af.heavyPerKey, *af.heavyTotal
	al := &api.Alerter{Alerts: a.db, Creators: a.db, Index: a.idx, Interval: *af.alertInterval, Logger: srv.Logger}
	if sl, ok := any(a.db).(scout.ShortlistService); ok {
		al.Shortlists = sl
	}
	if err := al.Open(); err != nil {
		return nil, err
	}
	srv.Alerter = al
	return al.Close, nil
}
