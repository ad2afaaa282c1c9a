package fleet

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/scout-oss/scout"
)

// Defaults of a fleet.
const (
	// DefaultPrefix starts every key Scout keeps in Redis.
	DefaultPrefix = "scout:"
	// DefaultLeaseTimeout is how long a lease stays the worker's without
	// being renewed; workers renew every crawler.DefaultRenew, so a worker
	// that died loses its tasks to the others within this time.
	DefaultLeaseTimeout = 10 * time.Second
	// LeaseAhead is how early a host's next task is handed out before its
	// pace lets it take a request: the worker then waits at the gate for
	// the exact moment, so a host's budget is used to the full without a
	// worker polling for it.
	LeaseAhead = 250 * time.Millisecond
	// MaxResultsBacklog is how many results may wait for the ingester
	// before workers lease nothing more: an ingester that is down or slow
	// must not make Redis hold an unbounded stream.
	MaxResultsBacklog = 20_000
	// ValidatorTTL is how long a URL's ETag and Last-Modified are kept.
	ValidatorTTL = 60 * 24 * time.Hour
)

// Options configure a Fleet handle.
type Options struct {
	// Name is the consumer name of this process: the worker id for a
	// worker (leases and counts are recorded under it), "ingester" for
	// the ingester. Default: "scout".
	Name string
	// Prefix overrides DefaultPrefix (tests give each frontier its own).
	Prefix string
	// LeaseTimeout overrides DefaultLeaseTimeout when positive.
	LeaseTimeout time.Duration
	// Now is the clock for due times and job times; time.Now when nil.
	// Politeness uses Redis's clock, never this one.
	Now func() time.Time
}

// Fleet is one process's handle on the shared state in Redis. It is safe
// for concurrent use.
type Fleet struct {
	rdb          *redis.Client
	p            string
	name         string
	leaseTimeout time.Duration
	now          func() time.Time
	sup          suppressCache
}

var (
	_ scout.Frontier   = (*Fleet)(nil)
	_ scout.JobService = (*Fleet)(nil)
)

// ParseURL checks a redis://[:PASSWORD@]HOST:PORT/DB address, with an
// error that does not repeat the password.
func ParseURL(raw string) (*redis.Options, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "redis" && u.Scheme != "rediss") || u.Host == "" {
		return nil, scout.Errorf(scout.EINVALID, "--redis wants redis://[:PASSWORD@]HOST:PORT/DB; got %q", redact(raw))
	}
	o, err := redis.ParseURL(raw)
	if err != nil {
		return nil, scout.Errorf(scout.EINVALID, "--redis %q: %v", redact(raw), strings.ReplaceAll(err.Error(), raw, redact(raw)))
	}
	return o, nil
}

// redact hides the password of a Redis URL.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return raw
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// Open connects to the Redis at rawURL, checks that it answers and that
// it is Redis 7 or later, and creates the consumer groups when they are
// missing. Close releases the connection pool.
func Open(ctx context.Context, rawURL string, opts Options) (*Fleet, error) {
	ro, err := ParseURL(rawURL)
	if err != nil {
		return nil, err
	}
	ro.MaxRetries = 2
	f := &Fleet{rdb: redis.NewClient(ro), p: opts.Prefix, name: opts.Name,
		leaseTimeout: opts.LeaseTimeout, now: opts.Now}
	if f.p == "" {
		f.p = DefaultPrefix
	}
	if f.name == "" {
		f.name = "scout"
	}
	if f.leaseTimeout <= 0 {
		f.leaseTimeout = DefaultLeaseTimeout
	}
	if f.now == nil {
		f.now = time.Now
	}
	if err := f.check(ctx); err != nil {
		f.rdb.Close()
		return nil, fmt.Errorf("open redis %s: %w", redact(rawURL), err)
	}
	return f, nil
}

// check pings Redis, reads its version and makes the consumer groups.
func (f *Fleet) check(ctx context.Context) error {
	info, err := f.rdb.Info(ctx, "server").Result()
	if err != nil {
		return scout.Errorf(scout.EUNAVAILABLE, "redis does not answer: %v", err)
	}
	for _, line := range strings.Split(info, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "redis_version:"); ok {
			if major, _, _ := strings.Cut(v, "."); major < "7" && len(major) == 1 {
				return scout.Errorf(scout.EUNAVAILABLE, "redis %s is too old: Scout needs Redis 7", v)
			}
		}
	}
	return f.ensureGroups(ctx)
}

// ensureGroups creates the tasks and results streams with their groups.
func (f *Fleet) ensureGroups(ctx context.Context) error {
	for _, g := range [][2]string{{f.k("tasks"), "workers"}, {f.k("results"), "ingest"}} {
		err := f.rdb.XGroupCreateMkStream(ctx, g[0], g[1], "0").Err()
		if err != nil && !strings.HasPrefix(err.Error(), "BUSYGROUP") {
			return fmt.Errorf("create consumer group %s: %w", g[1], err)
		}
	}
	return nil
}

// Close closes the connection pool.
func (f *Fleet) Close() error { return f.rdb.Close() }

// Name is the consumer name the handle was opened with.
func (f *Fleet) Name() string { return f.name }

// LeaseTimeout is how long a lease lasts without renewal.
func (f *Fleet) LeaseTimeout() time.Duration { return f.leaseTimeout }

// k is the key named by parts under the prefix.
func (f *Fleet) k(parts ...string) string { return f.p + strings.Join(parts, ":") }

// jk is a job's key, with parts after it.
func (f *Fleet) jk(job string, parts ...string) string {
	return f.k(append([]string{"job", job}, parts...)...)
}

//go:embed lua/*.lua
var luaFiles embed.FS

// script is one Lua script with the shared library in front of it.
func script(name string) *redis.Script {
	lib, err := luaFiles.ReadFile("lua/lib.lua")
	if err != nil {
		panic(err)
	}
	body, err := luaFiles.ReadFile("lua/" + name + ".lua")
	if err != nil {
		panic(err)
	}
	return redis.NewScript(string(lib) + "\n" + string(body))
}

var (
	pushScript       = script("push")
	nextScript       = script("next")
	releaseScript    = script("release")
	doneScript       = script("done")
	rescheduleScript = script("reschedule")
	reclaimScript    = script("reclaim")
	deliverScript    = script("deliver")
	ackScript        = script("ack")
	forgetScript     = script("forget")
	updateJobScript  = script("updatejob")
	acquireScript    = script("acquire")
	pauseScript      = script("pause")
	suppressedScript = script("suppressed")
	unlockScript     = script("unlock")
)

// run runs a script with the prefix as its first argument. A stream whose
// consumer group is gone (a Redis that lost its data) gets it back and
// the script runs again.
func (f *Fleet) run(ctx context.Context, s *redis.Script, args ...any) *redis.Cmd {
	all := append([]any{f.p}, args...)
	cmd := s.Run(ctx, f.rdb, nil, all...)
	if err := cmd.Err(); err != nil && strings.Contains(err.Error(), "NOGROUP") {
		if f.ensureGroups(ctx) == nil {
			cmd = s.Run(ctx, f.rdb, nil, all...)
		}
	}
	return cmd
}

// unavailable turns a Redis failure into EUNAVAILABLE, keeping the cause.
func unavailable(op string, err error) error {
	if err == nil {
		return nil
	}
	var se *scout.Error
	if errors.As(err, &se) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("%s: %w", op, err)
	}
	return &scout.Error{Code: scout.EUNAVAILABLE, Message: "redis: " + err.Error(), Op: op, Err: err}
}

// millis is t in milliseconds since the epoch.
func millis(t time.Time) int64 { return t.UnixMilli() }

// stamp renders a job time.
func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }
