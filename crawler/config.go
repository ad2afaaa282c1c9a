package crawler

import (
	"context"
	"log/slog"
	"net/http"
	"net/netip"
	"net/url"
	"time"

	"github.com/scout-oss/scout"
)

// Defaults of the fetch layer and the crawl loop. They are exported so that
// cmd/scout can print them in its help text and config file template.
const (
	// DefaultUserAgent names Scout and where to read about it, so that a
	// site operator who sees it in their logs can find out who is calling.
	DefaultUserAgent = "ScoutBot/0.1 (+https://github.com/scout-oss/scout)"
	// DefaultRobotsAgent is the product token Scout obeys in robots.txt
	// ("User-agent: ScoutBot"); the full User-Agent is not a token.
	DefaultRobotsAgent = "ScoutBot"
	// DefaultRate is one request per second per host: polite for personal
	// sites, which is what the generic crawler mostly reads.
	DefaultRate = 1.0
	// DefaultBurst lets no host see two requests back to back.
	DefaultBurst = 1
	// DefaultMaxBodySize caps a response body at 5 MiB: profile pages are
	// 100–200 KB, so anything bigger is not a page we want.
	DefaultMaxBodySize = 5 << 20
	// DefaultTimeout bounds one request, from sending it to the last body
	// byte; it does not include the wait for the host's rate limiter.
	DefaultTimeout = 20 * time.Second
	// DefaultMaxRedirects is the longest redirect chain followed.
	DefaultMaxRedirects = 10
	// DefaultRobotsTTL is how long a robots.txt is trusted; RFC 9309 asks
	// crawlers not to cache it for more than 24 hours.
	DefaultRobotsTTL = 24 * time.Hour
	// DefaultConcurrency is how many target URLs are crawled at once over
	// all hosts; per-host pacing comes from the rate limiter.
	DefaultConcurrency = 4
	// DefaultPerHostConcurrency is how many requests one host has in flight
	// at once, on top of its rate limit: one, so a slow host is never
	// asked twice in parallel.
	DefaultPerHostConcurrency = 1
	// DefaultMaxRetries bounds the retries of one GET or HEAD after a 5xx,
	// a time-out, a connection error or a 429/503 with Retry-After.
	DefaultMaxRetries = 3
	// DefaultMaxRetryAfter is the longest Retry-After Scout waits for; a
	// host that asks for longer fails the URL as rate_limited.
	DefaultMaxRetryAfter = 5 * time.Minute
	// DefaultBackoffBase and DefaultBackoffMax shape the exponential
	// backoff: retry n waits a random time below min(Max, Base·2^n).
	DefaultBackoffBase = time.Second
	DefaultBackoffMax  = 30 * time.Second
	// DefaultMaxHosts is how many idle hosts' politeness state (limiter,
	// robots.txt, pause) is kept before the least recently used is
	// forgotten.
	DefaultMaxHosts = 4096
	// DefaultMaxValidators is how many URLs' ETag/Last-Modified the
	// in-memory Validators keep.
	DefaultMaxValidators = 100_000
)

// ExtractFunc reads one fetched page. The caller wires one into
// Config.Extract (crawler/page's Extract in cmd/scout; tests supply their
// own).
type ExtractFunc func(pageURL *url.URL, contentType string, body []byte, fetchedAt time.Time) (*Extraction, error)

// ExtractFeedFunc reads a feed fetched as a crawl target (a podcast's or a
// newsletter's RSS, Atom or JSON Feed URL given as a seed) into a profile
// and its posts; the caller wires one into Config.ExtractFeed.
type ExtractFeedFunc func(feedURL *url.URL, body []byte, fetchedAt time.Time) (*Extraction, error)

// ParseFeedFunc reads one fetched feed into posts of an account; the caller
// wires one into Config.ParseFeed.
type ParseFeedFunc func(feedURL *url.URL, body []byte, accountID string) ([]scout.Post, error)

// Config configures the fetch layer (NewTransport, NewClient) and the crawl
// loop (New). Zero values mean the defaults above, so Config{} is a polite,
// working configuration; cmd/scout fills it from its config file and flags.
type Config struct {
	// UserAgent is sent on every request, replacing whatever the caller set.
	UserAgent string
	// RobotsAgent is the token matched against robots.txt User-agent lines.
	RobotsAgent string
	// IgnoreRobots turns robots.txt checking off. It is the operator's
	// choice (for a site they own, say); the default is to obey.
	IgnoreRobots bool
	// Rate is the number of requests per second allowed to one host (host
	// and port, so two loopback fixtures on different ports are two hosts).
	Rate float64
	// HostRates overrides Rate for particular hosts (host[:port], lower
	// case, the scheme's default port left out), in requests per second:
	// --host-rate HOST=R. They also beat the platform rates adapters
	// mark their API calls with (bluesky.DefaultRate,
	// fediverse.DefaultMastodonRate), which otherwise raise Rate for the
	// API's host. A robots.txt Crawl-delay still slows a host below its
	// rate.
	HostRates map[string]float64
	// Burst is how many requests a host may receive back to back.
	Burst int
	// MaxBodySize caps a response body in bytes; reading past it fails with
	// ErrBodyTooLarge rather than truncating.
	MaxBodySize int64
	// Timeout bounds each request (each redirect hop) after its rate-limit
	// wait, through to the end of the body.
	Timeout time.Duration
	// MaxRedirects is the longest redirect chain a Client follows.
	MaxRedirects int
	// RobotsTTL is how long a fetched robots.txt is cached per host.
	RobotsTTL time.Duration
	// Base is the transport that actually sends requests. The default is a
	// clone of http.DefaultTransport that keeps more idle connections per
	// host and, with BlockPrivate, dials through the SSRF-checking dialer
	// and ignores proxy settings. A Base set here is used as it is, so
	// BlockPrivate then protects IP literals only: leave it nil in
	// production.
	Base http.RoundTripper
	// Now is the clock, injectable for tests of the robots.txt cache, of
	// Retry-After pauses and of fetch times. The default is time.Now.
	Now func() time.Time
	// Sleep waits for a Retry-After pause or a backoff, or until ctx ends;
	// tests inject one that advances their clock. The default uses a timer.
	Sleep func(ctx context.Context, d time.Duration) error
	// PerHostConcurrency is how many requests one host may have in flight
	// at once (a response counts until its body is read or closed).
	PerHostConcurrency int
	// MaxRetries bounds the retries of one GET or HEAD (see
	// DefaultMaxRetries); a negative value turns retries off.
	MaxRetries int
	// MaxRetryAfter is the longest Retry-After honoured by pausing the host
	// and retrying; longer fails the URL as rate_limited.
	MaxRetryAfter time.Duration
	// BackoffBase and BackoffMax shape the full-jitter backoff between
	// retries after a 5xx, a time-out or a connection error.
	BackoffBase time.Duration
	BackoffMax  time.Duration
	// MaxHosts bounds the per-host state kept (limiters, robots.txt
	// files, pauses); idle hosts beyond it are forgotten, least recently
	// used first.
	MaxHosts int
	// DenyDomains are domains never fetched, each with all its subdomains
	// ("example.com" denies www.example.com too). A request to one fails
	// as blocked. Entries are normalised by ParseDenyDomain; invalid ones
	// and bare public suffixes ("co.uk") are ignored here, and refused by
	// the CLI.
	DenyDomains []string
	// BlockPrivate applies the outbound-address policy (netguard): the
	// dialer refuses every non-public address (loopback, private,
	// link-local and cloud metadata, CGNAT, the other special-purpose
	// ranges), checked on the address actually dialled so that DNS
	// rebinding cannot get round it, and loopback names and internal IP
	// literals are refused before anything is sent. It is off by default:
	// the CLI is the operator's own tool and the demo crawls loopback; the
	// API's crawl jobs turn it on.
	BlockPrivate bool
	// AllowPrivate lists addresses (IP and port) that BlockPrivate lets
	// through, such as a fixture server on loopback.
	AllowPrivate []netip.AddrPort
	// Validators keeps ETag and Last-Modified per URL for conditional GETs
	// of requests marked with RevalidateHeader (the crawl loop marks its
	// page fetches). The default is an in-memory MemValidators.
	Validators Validators

	// Gate, when set, paces every host with a budget shared by all the
	// processes of a fleet (package fleet, on Redis) instead of this
	// Transport's own limiters and slots; the rate, burst and per-host
	// limit then come from the job's policy on the request (WithPolicy),
	// or from the fields above for a request without one.
	Gate HostGate
	// RobotsShare, when set, shares fetched robots.txt files among the
	// processes of a fleet, so a host's file is fetched once per
	// RobotsTTL for all of them.
	RobotsShare SharedCache

	// Transport, when set, is the fetch layer the crawler uses, shared with
	// the JSON clients of platform adapters so that all of them draw on the
	// same per-host limiters and robots cache. When nil, New builds one
	// from the fields above (which are otherwise ignored by New).
	Transport *Transport
	// Concurrency is how many target URLs are in flight at once.
	Concurrency int
	// Extract reads a fetched HTML page: the generic fallback for every
	// target no adapter claims (cmd/scout wires crawler/page's Extract).
	// When nil, the crawler reads no web pages: such targets fail as
	// unsupported_type without being fetched.
	Extract ExtractFunc
	// ExtractFeed reads a target that is a feed rather than a page (served
	// as RSS, Atom, JSON Feed, or XML or JSON that sniffs as one): the
	// feed is the profile (cmd/scout wires crawler/page's ExtractFeed).
	// When nil, such targets fail as unsupported_type.
	ExtractFeed ExtractFeedFunc
	// ParseFeed reads the feed a page links to (cmd/scout wires
	// crawler/page's ParseFeed); when nil, feeds are not fetched.
	ParseFeed ParseFeedFunc
	// Progress, when set, is called once per target URL after its result
	// went to the sink (the CLI drives its progress bar with it). It is
	// called from the goroutine that called Crawl, one result at a time.
	Progress func(*scout.CrawlResult)
	// Adapters read the platforms with open public data; a target none of
	// them claims goes to the generic page extractor.
	Adapters []Adapter
	// HostInfo keeps what probed hosts said about their software (see
	// HostProber), so a restart does not ask them again within
	// HostInfoTTL; cmd/scout wires the store. When nil the answers are
	// kept in memory only.
	HostInfo scout.HostInfoService
	// HostInfoTTL is how long a host's answer is trusted;
	// DefaultHostInfoTTL when 0.
	HostInfoTTL time.Duration
	// Logger receives internal errors (a failing sink); the default
	// discards them.
	Logger *slog.Logger
	// Images, when set, keeps Scout's own copies of each profile's avatar
	// and its MaxThumbnails most recent post thumbnails, fetched through
	// the Transport under the outbound-address policy (images.go). When
	// nil no picture is fetched.
	Images scout.ImageStore
	// MaxThumbnails is how many post thumbnails a profile keeps;
	// DefaultMaxThumbnails when 0, none when negative.
	MaxThumbnails int
	// ImageHosts, when set, are the only hosts (host or host:port, as in
	// the URL) images are fetched from: the demo keeps to its sample web.
	ImageHosts []string
}

// withDefaults returns cfg with every zero field set to its default.
func (cfg Config) withDefaults() Config {
	if cfg.UserAgent == "" {
		cfg.UserAgent = DefaultUserAgent
	}
	if cfg.RobotsAgent == "" {
		cfg.RobotsAgent = DefaultRobotsAgent
	}
	if cfg.Rate <= 0 {
		cfg.Rate = DefaultRate
	}
	if cfg.Burst <= 0 {
		cfg.Burst = DefaultBurst
	}
	if cfg.MaxBodySize <= 0 {
		cfg.MaxBodySize = DefaultMaxBodySize
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxRedirects <= 0 {
		cfg.MaxRedirects = DefaultMaxRedirects
	}
	if cfg.RobotsTTL <= 0 {
		cfg.RobotsTTL = DefaultRobotsTTL
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Sleep == nil {
		cfg.Sleep = sleepCtx
	}
	if cfg.PerHostConcurrency <= 0 {
		cfg.PerHostConcurrency = DefaultPerHostConcurrency
	}
	if cfg.MaxRetries == 0 {
		cfg.MaxRetries = DefaultMaxRetries
	}
	if cfg.MaxRetryAfter <= 0 {
		cfg.MaxRetryAfter = DefaultMaxRetryAfter
	}
	if cfg.BackoffBase <= 0 {
		cfg.BackoffBase = DefaultBackoffBase
	}
	if cfg.BackoffMax <= 0 {
		cfg.BackoffMax = DefaultBackoffMax
	}
	if cfg.MaxHosts <= 0 {
		cfg.MaxHosts = DefaultMaxHosts
	}
	if cfg.Validators == nil {
		cfg.Validators = NewMemValidators(DefaultMaxValidators)
	}
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = DefaultConcurrency
	}
	if cfg.HostInfoTTL <= 0 {
		cfg.HostInfoTTL = DefaultHostInfoTTL
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.MaxThumbnails == 0 {
		cfg.MaxThumbnails = DefaultMaxThumbnails
	}
	return cfg
}

// DefaultMaxIdleConns bounds the keep-alive connections the default base
// transport keeps open over all hosts. A crawl takes its hosts in turn, so
// a connection is reused only if it is still open when its host's turn
// comes round again: http.DefaultTransport's 100 made a crawl of 200 hosts
// open a new connection for every page. 1024 idle connections cost at
// most a few tens of MB (two goroutines and two buffers each), and
// connections idle for 90 s are closed anyway.
const DefaultMaxIdleConns = 1024

// newBaseTransport is the default network transport. It keeps up to 16
// idle connections per host (http.DefaultTransport keeps 2, which made
// colly open a new TCP connection for about every other request in our
// benchmarks: a host's next request may start, on another goroutine, just
// before the last one's connection is back in the pool), and
// DefaultMaxIdleConns over all hosts. With blockPrivate it dials through
// the SSRF guard and never through a proxy (a proxy would connect to the
// internal address on our behalf).
func newBaseTransport(blockPrivate bool, allow []netip.AddrPort) *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConnsPerHost = 16
	t.MaxIdleConns = DefaultMaxIdleConns
	if blockPrivate {
		t.Proxy = nil
		t.DialContext = guardedDialer(allow).DialContext
	} else {
		t.DialContext = policyDial(t.DialContext, allow) // for requests marked WithAddressPolicy
	}
	return t
}
