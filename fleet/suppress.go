package fleet

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/redis/go-redis/v9"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/target"
)

// The suppression list on Redis is the store's: the same keyed hashes
// (HMAC-SHA256 of each identifier under the store's secret), never the
// identifiers. The ingester publishes the secret and the hashes at
// start-up and after every erasure (PublishSuppression); workers read the
// secret from Redis when they first check someone and hash what they are
// about to fetch with it. The secret never appears in a flag, a log or a
// worker's configuration: whoever can read Redis can read it, so Redis
// must be reachable only by Scout's own processes (a password, a private
// network).
//
// When the store's secret changes (a store restored from another
// installation, say), PublishSuppression replaces the set and the secret
// together and moves the generation on; a worker asks with the generation
// its secret came from, and on a mismatch reads the secret again before it
// answers, so it never checks new hashes with an old secret.

// suppressCache is a worker's copy of the published secret.
type suppressCache struct {
	mu     sync.Mutex
	key    []byte
	gen    string
	loaded bool
}

// subjectHash is the store's keyed hash of one identifier.
func subjectHash(key []byte, identifier string) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(identifier))
	return m.Sum(nil)
}

// PublishSuppression makes the store's suppression list the fleet's: the
// secret and every hash. With the secret already published it adds the
// hashes (an erasure only ever adds); with another one it replaces set
// and secret at once and moves the generation on.
func (f *Fleet) PublishSuppression(ctx context.Context, key []byte, hashes [][]byte) error {
	const op = "fleet.PublishSuppression"
	cur, err := f.rdb.HGet(ctx, f.k("suppress"), "key").Bytes()
	if err != nil && err != redis.Nil {
		return unavailable(op, err)
	}
	set := f.k("suppress", "set")
	if bytes.Equal(cur, key) {
		return unavailable(op, f.addHashes(ctx, set, hashes))
	}
	tmp := f.k("suppress", "set", token())
	if err := f.addHashes(ctx, tmp, hashes); err != nil {
		return unavailable(op, err)
	}
	pipe := f.rdb.TxPipeline()
	if len(hashes) > 0 {
		pipe.Rename(ctx, tmp, set)
	} else {
		pipe.Del(ctx, set)
	}
	pipe.HSet(ctx, f.k("suppress"), "key", key)
	pipe.HIncrBy(ctx, f.k("suppress"), "gen", 1)
	_, err = pipe.Exec(ctx)
	return unavailable(op, err)
}

func (f *Fleet) addHashes(ctx context.Context, set string, hashes [][]byte) error {
	for len(hashes) > 0 {
		n := min(len(hashes), 1000)
		members := make([]any, n)
		for i, h := range hashes[:n] {
			members[i] = h
		}
		if err := f.rdb.SAdd(ctx, set, members...).Err(); err != nil {
			return err
		}
		hashes = hashes[n:]
	}
	return nil
}

// suppressKey returns the published secret and its generation, reading
// them from Redis the first time and when reload is set; ok is false when
// no ingester has published any yet.
func (f *Fleet) suppressKey(ctx context.Context, reload bool) ([]byte, string, bool, error) {
	c := &f.sup
	c.mu.Lock()
	defer c.mu.Unlock()
	// Nothing published yet is asked again each time: the ingester may
	// publish at any moment, and until then each check costs one read.
	if c.loaded && !reload && c.key != nil {
		return c.key, c.gen, true, nil
	}
	v, err := f.rdb.HMGet(ctx, f.k("suppress"), "key", "gen").Result()
	if err != nil {
		return nil, "", false, err
	}
	key, _ := v[0].(string)
	gen, _ := v[1].(string)
	c.loaded, c.key, c.gen = true, nil, gen
	if key != "" {
		c.key = []byte(key)
	}
	return c.key, c.gen, c.key != nil, nil
}

// IsSuppressed implements the crawler's Suppressor for workers: whether
// any identifier (package target's keys) is on the fleet's suppression
// list. Before any ingester published the list it answers false; the
// ingester refuses the person when the result reaches it anyway.
func (f *Fleet) IsSuppressed(ctx context.Context, identifiers ...string) (bool, error) {
	const op = "fleet.IsSuppressed"
	for attempt := range 3 {
		key, gen, ok, err := f.suppressKey(ctx, attempt > 0)
		if err != nil {
			return false, unavailable(op, err)
		}
		if !ok {
			return false, nil
		}
		args := []any{gen}
		for _, id := range identifiers {
			if id != "" {
				args = append(args, subjectHash(key, id))
			}
		}
		if len(args) == 1 {
			return false, nil
		}
		n, err := f.run(ctx, suppressedScript, args...).Int()
		if err != nil {
			return false, unavailable(op, err)
		}
		if n >= 0 {
			return n == 1, nil
		}
		// The secret was replaced: read it again and ask again.
	}
	return false, &scout.Error{Code: scout.EUNAVAILABLE, Op: op, Message: "the suppression secret keeps changing"}
}

// Scrubbed counts what Scrub removed.
type Scrubbed struct {
	Queued     int // targets queued or leased
	Results    int // results not yet committed
	Validators int
}

// Scrub removes from the fleet what names a person on the suppression
// list: their targets from every job (queued, or leased: the worker's
// result is then dropped), the results awaiting the ingester whose
// target or profile names them, and their URLs' validators. The ingester
// runs it after an erasure, with its consumer paused, and at start-up.
func (f *Fleet) Scrub(ctx context.Context) (Scrubbed, error) {
	const op = "fleet.Scrub"
	var out Scrubbed
	key, _, ok, err := f.suppressKey(ctx, true)
	if err != nil {
		return out, unavailable(op, err)
	}
	if !ok {
		return out, nil
	}
	set := f.k("suppress", "set")
	named := func(ids []string) (bool, error) {
		if len(ids) == 0 {
			return false, nil
		}
		members := make([]any, len(ids))
		for i, id := range ids {
			members[i] = subjectHash(key, id)
		}
		hits, err := f.rdb.SMIsMember(ctx, set, members...).Result()
		if err != nil {
			return false, err
		}
		for _, h := range hits {
			if h {
				return true, nil
			}
		}
		return false, nil
	}
	jobs, err := f.rdb.ZRange(ctx, f.k("active"), 0, -1).Result()
	if err != nil {
		return out, unavailable(op, err)
	}
	for _, job := range jobs {
		var cursor uint64
		for {
			kv, next, err := f.rdb.HScan(ctx, f.jk(job, "items"), cursor, "", 500).Result()
			if err != nil {
				return out, unavailable(op, err)
			}
			var gone []string
			for i := 0; i < len(kv); i += 2 {
				if hit, err := named(target.SubjectKeys(kv[i])); err != nil {
					return out, unavailable(op, err)
				} else if hit {
					gone = append(gone, kv[i])
				}
			}
			n, err := f.forget(ctx, job, gone)
			if err != nil {
				return out, err
			}
			out.Queued += n
			if cursor = next; cursor == 0 {
				break
			}
		}
	}
	start := "-"
	for {
		entries, err := f.rdb.XRangeN(ctx, f.k("results"), start, "+", 200).Result()
		if err != nil {
			return out, unavailable(op, err)
		}
		for _, e := range entries {
			job, _ := e.Values["job"].(string)
			u, _ := e.Values["url"].(string)
			ids := target.SubjectKeys(u)
			var r scout.CrawlResult
			if raw, _ := e.Values["result"].(string); json.Unmarshal([]byte(raw), &r) == nil && r.Profile != nil {
				ids = append(ids, target.ProfileSubjectKeys(r.Profile, u)...)
			}
			hit, err := named(ids)
			if err != nil {
				return out, unavailable(op, err)
			}
			if !hit {
				continue
			}
			if _, err := f.forget(ctx, job, []string{u}); err != nil {
				return out, err
			}
			pipe := f.rdb.TxPipeline()
			pipe.XAck(ctx, f.k("results"), "ingest", e.ID)
			pipe.XDel(ctx, f.k("results"), e.ID)
			if _, err := pipe.Exec(ctx); err != nil {
				return out, unavailable(op, err)
			}
			out.Results++
		}
		if len(entries) < 200 {
			break
		}
		start = "(" + entries[len(entries)-1].ID
	}
	var cursor uint64
	prefix := f.k("val", "")
	for {
		keys, next, err := f.rdb.Scan(ctx, cursor, prefix+"*", 1000).Result()
		if err != nil {
			return out, unavailable(op, err)
		}
		for _, k := range keys {
			if hit, err := named(target.SubjectKeys(k[len(prefix):])); err != nil {
				return out, unavailable(op, err)
			} else if hit {
				if err := f.rdb.Del(ctx, k).Err(); err != nil {
					return out, unavailable(op, err)
				}
				out.Validators++
			}
		}
		if cursor = next; cursor == 0 {
			break
		}
	}
	return out, nil
}

// String renders the counts for logs.
func (s Scrubbed) String() string {
	return fmt.Sprintf("targets %d, results %d, validators %d", s.Queued, s.Results, s.Validators)
}
