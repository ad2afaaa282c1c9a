package main

import (
	"flag"
	"strings"
	"time"

	"github.com/scout-oss/scout/crawler"
)

// denyFlag is the repeatable --deny DOMAIN flag. Each value is normalised
// and checked when it is set, so a typo such as a bare public suffix is a
// usage error rather than a deny-list that blocks nothing or everything.
type denyFlag []string

func (d *denyFlag) String() string { return strings.Join(*d, ",") }

func (d *denyFlag) Set(v string) error {
	for _, part := range strings.Split(v, ",") {
		dom, err := crawler.ParseDenyDomain(part)
		if err != nil {
			return err
		}
		*d = append(*d, dom)
	}
	return nil
}

// fetchFlags are the politeness and safety flags of the fetch layer that
// crawl and demo share with crawlFlags: retries, Retry-After cap, per-host
// concurrency, the deny-list and the SSRF guard.
type fetchFlags struct {
	maxRetries    *int
	maxRetryAfter *time.Duration
	perHost       *int
	deny          denyFlag
	blockPrivate  *bool
}

func addFetchFlags(fs *flag.FlagSet) *fetchFlags {
	f := &fetchFlags{
		maxRetries:    fs.Int("max-retries", crawler.DefaultMaxRetries, "retries of a GET after a 5xx, a time-out, a connection error or a 429/503 (0: none)"),
		maxRetryAfter: fs.Duration("max-retry-after", crawler.DefaultMaxRetryAfter, "longest Retry-After waited for; a host asking for more fails the URL as rate_limited"),
		perHost:       fs.Int("per-host", crawler.DefaultPerHostConcurrency, "requests in flight to one host at once"),
		blockPrivate:  fs.Bool("block-private", false, "refuse loopback, private, link-local and metadata addresses (SSRF guard)"),
	}
	fs.Var(&f.deny, "deny", "never fetch this domain or its subdomains (repeatable, or comma-separated)")
	return f
}

func (f *fetchFlags) apply(cfg *crawler.Config) {
	cfg.MaxRetries = *f.maxRetries
	if cfg.MaxRetries == 0 {
		cfg.MaxRetries = -1 // Config's zero means the default; the flag's means none
	}
	cfg.MaxRetryAfter = *f.maxRetryAfter
	cfg.PerHostConcurrency = *f.perHost
	cfg.DenyDomains = append([]string(nil), f.deny...)
	cfg.BlockPrivate = *f.blockPrivate
}

func (f *fetchFlags) validate() error {
	switch {
	case *f.maxRetries < 0:
		return usagef("--max-retries must be at least 0")
	case *f.maxRetryAfter <= 0:
		return usagef("--max-retry-after must be above 0")
	case *f.perHost < 1:
		return usagef("--per-host must be at least 1")
	}
	return nil
}
