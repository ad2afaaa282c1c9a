package fleet

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
)

// token draws a random token for a request slot or a lock.
func token() string {
	b := make([]byte, 12)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// Gate is the fleet's crawler.HostGate: one budget per host for every
// worker, kept on Redis's clock (lua/acquire.lua).
type Gate struct{ f *Fleet }

// Gate returns the fleet's host gate.
func (f *Fleet) Gate() *Gate { return &Gate{f: f} }

// Acquire implements crawler.HostGate.
func (g *Gate) Acquire(ctx context.Context, host string, perSecond float64, burst, perHost int, hold time.Duration) (string, time.Duration, error) {
	const op = "fleet.Acquire"
	tok := token()
	wait, err := g.f.run(ctx, acquireScript, host, strconv.FormatFloat(perSecond, 'f', -1, 64),
		max(burst, 1), max(perHost, 1), tok, max(hold.Milliseconds(), 1000)).Int64()
	if err != nil {
		return "", 0, unavailable(op, err)
	}
	if wait > 0 {
		return "", time.Duration(wait) * time.Millisecond, nil
	}
	return tok, 0, nil
}

// Release implements crawler.HostGate.
func (g *Gate) Release(ctx context.Context, host, tok string) error {
	return unavailable("fleet.Release", g.f.rdb.ZRem(ctx, g.f.k("host", host, "slots"), tok).Err())
}

// Pause implements crawler.HostGate: every worker waits d before its next
// request to host.
func (g *Gate) Pause(ctx context.Context, host string, d time.Duration) error {
	return unavailable("fleet.Pause", g.f.run(ctx, pauseScript, host, max(d.Milliseconds(), 1)).Err())
}

// SharedCache is the fleet's crawler.SharedCache, for robots.txt files,
// under the "cache:" keys.
type SharedCache struct{ f *Fleet }

// Cache returns the fleet's shared cache.
func (f *Fleet) Cache() *SharedCache { return &SharedCache{f: f} }

func (c *SharedCache) key(k string) string { return c.f.k("cache", k) }

// Get implements crawler.SharedCache.
func (c *SharedCache) Get(ctx context.Context, key string) ([]byte, time.Duration, bool, error) {
	pipe := c.f.rdb.Pipeline()
	v := pipe.Get(ctx, c.key(key))
	ttl := pipe.PTTL(ctx, c.key(key))
	if _, err := pipe.Exec(ctx); err != nil && err != redis.Nil {
		return nil, 0, false, unavailable("fleet.CacheGet", err)
	}
	if v.Err() == redis.Nil {
		return nil, 0, false, nil
	}
	b, _ := v.Bytes()
	return b, max(ttl.Val(), 0), true, nil
}

// Set implements crawler.SharedCache.
func (c *SharedCache) Set(ctx context.Context, key string, value []byte, ttl time.Duration) error {
	return unavailable("fleet.CacheSet", c.f.rdb.Set(ctx, c.key(key), value, max(ttl, time.Millisecond)).Err())
}

// Lock implements crawler.SharedCache.
func (c *SharedCache) Lock(ctx context.Context, key string, ttl time.Duration) (string, error) {
	tok := token()
	ok, err := c.f.rdb.SetNX(ctx, c.key(key)+":lock", tok, ttl).Result()
	if err != nil {
		return "", unavailable("fleet.CacheLock", err)
	}
	if !ok {
		return "", nil
	}
	return tok, nil
}

// Unlock implements crawler.SharedCache.
func (c *SharedCache) Unlock(ctx context.Context, key, tok string) error {
	return unavailable("fleet.CacheUnlock", c.f.run(ctx, unlockScript, c.key(key)+":lock", tok).Err())
}

// Validators is the fleet's crawler.Validators: each URL's ETag and
// Last-Modified, read by every worker, written by the ingester once the
// result they stand for is committed (see Consumer).
type Validators struct {
	f *Fleet
	// Timeout bounds one Redis call; a call that fails reads as "none"
	// (a full download instead of a 304) or is dropped (a write).
	Timeout time.Duration
}

// Validators returns the fleet's validator store.
func (f *Fleet) Validators() *Validators { return &Validators{f: f, Timeout: 2 * time.Second} }

func (v *Validators) ctx() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), v.Timeout)
}

// Get implements crawler.Validators.
func (v *Validators) Get(url string) (etag, lastModified string, ok bool) {
	ctx, cancel := v.ctx()
	defer cancel()
	s, err := v.f.rdb.Get(ctx, v.f.k("val", url)).Result()
	if err != nil {
		return "", "", false
	}
	etag, lastModified, _ = strings.Cut(s, "\x00")
	return etag, lastModified, true
}

// Put implements crawler.Validators; both empty forgets url.
func (v *Validators) Put(url, etag, lastModified string) {
	ctx, cancel := v.ctx()
	defer cancel()
	if etag == "" && lastModified == "" {
		v.f.rdb.Del(ctx, v.f.k("val", url))
		return
	}
	v.f.rdb.Set(ctx, v.f.k("val", url), etag+"\x00"+lastModified, ValidatorTTL)
}
