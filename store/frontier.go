package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/scout-oss/scout"
	bolt "go.etcd.io/bbolt"
)

// The frontier lives in five buckets of the same file, created on first
// use (older files simply lack them; adding buckets needs no schema bump
// because older code never reads them):
//
//	frontier_items   job 0 host 0 due(8) prio(1) url → scout.FrontierItem JSON
//	frontier_urls    job 0 url                      → its frontier_items key
//	frontier_heads   job 0 host                     → due(8) turn(8) of its frontier_due entry
//	frontier_due     job 0 due(8) turn(8) host      → (empty)
//	frontier_counts  job                            → item count, big-endian uint64
//
// frontier_items keeps each host's items in due order. frontier_due holds
// one entry per host with items, at the due time of the host's first item
// and then the host's turn (a host just served goes behind the others due
// at the same time, so hosts take turns), so
// Next reads the due index from the front and skips only the hosts it has
// leased: at most as many as there are crawl workers.
var (
	bucketFrontierItems  = []byte("frontier_items")
	bucketFrontierURLs   = []byte("frontier_urls")
	bucketFrontierHeads  = []byte("frontier_heads")
	bucketFrontierDue    = []byte("frontier_due")
	bucketFrontierCounts = []byte("frontier_counts")

	frontierBuckets = [][]byte{bucketFrontierItems, bucketFrontierURLs,
		bucketFrontierHeads, bucketFrontierDue, bucketFrontierCounts}
)

// frontierLeases are the frontier's in-memory state: the hosts leased by
// Next and not yet released, and the items handed out by Next whose results
// are not yet committed (claimed: Next skips them until Done or Reschedule),
// each under its lease token. They live only in memory, so after a crash
// nothing is leased or claimed.
type frontierLeases struct {
	mu      sync.Mutex
	hosts   map[string]string // host → token of the lease holding it
	items   map[string]string // job 0 url → token of its claim
	busy    map[string]int    // host → its claimed items
	seq     uint64            // the last token handed out
	lastJob string            // the job Next("") served last, so jobs take turns
}

// claim leases the item's host and claims the item under a new token,
// which it sets on it; l.mu is held.
func (l *frontierLeases) claim(it *scout.FrontierItem) {
	if l.hosts == nil {
		l.hosts, l.items, l.busy = map[string]string{}, map[string]string{}, map[string]int{}
	}
	l.seq++
	it.Lease = "b" + strconv.FormatUint(l.seq, 10)
	l.hosts[it.Host] = it.Lease
	k := string(pairKey(it.JobID, it.URL))
	if _, ok := l.items[k]; !ok {
		l.busy[it.Host]++
	}
	l.items[k] = it.Lease
}

// current reports whether it may act on its item: it carries no token, or
// the token of the item's claim (or of none, when nothing claims it);
// l.mu is held.
func (l *frontierLeases) current(it *scout.FrontierItem) bool {
	if it.Lease == "" {
		return true
	}
	tok, ok := l.items[string(pairKey(it.JobID, it.URL))]
	return !ok || tok == it.Lease
}

// unclaim ends the item's lease and claim; l.mu is held.
func (l *frontierLeases) unclaim(it *scout.FrontierItem) {
	k := string(pairKey(it.JobID, it.URL))
	tok, ok := l.items[k]
	if h, leased := l.hosts[it.Host]; leased && ok && h == tok {
		delete(l.hosts, it.Host)
	}
	if ok {
		delete(l.items, k)
		if l.busy[it.Host]--; l.busy[it.Host] <= 0 {
			delete(l.busy, it.Host)
		}
	}
}

var _ scout.Frontier = (*DB)(nil)

// frontierKeys builds the frontier's keys; see the bucket table above.
func itemKey(job, host string, due time.Time, prio int, url string) []byte {
	k := make([]byte, 0, len(job)+len(host)+len(url)+11)
	k = append(k, job...)
	k = append(k, sep)
	k = append(k, host...)
	k = append(k, sep)
	k = binary.BigEndian.AppendUint64(k, unixNanos(due))
	k = append(k, byte(127-max(-128, min(127, prio)))) // higher priority first
	return append(k, url...)
}

func hostPrefix(job, host string) []byte {
	k := make([]byte, 0, len(job)+len(host)+2)
	k = append(k, job...)
	k = append(k, sep)
	k = append(k, host...)
	return append(k, sep)
}

func pairKey(job, s string) []byte {
	k := make([]byte, 0, len(job)+len(s)+1)
	k = append(k, job...)
	k = append(k, sep)
	return append(k, s...)
}

func dueKey(job string, due []byte, host string) []byte {
	k := make([]byte, 0, len(job)+len(host)+17)
	k = append(k, job...)
	k = append(k, sep)
	k = append(k, due...)
	return append(k, host...)
}

func validItem(it *scout.FrontierItem) error {
	switch {
	case it == nil:
		return invalidf("frontier item is missing")
	case it.URL == "" || it.Host == "" || it.JobID == "":
		return invalidf("frontier item needs a url, a host and a job id; got %q, %q, %q", it.URL, it.Host, it.JobID)
	case strings.IndexByte(it.Host, sep) >= 0 || strings.IndexByte(it.JobID, sep) >= 0:
		return invalidf("frontier item host or job id contains a 0x00 byte")
	}
	return nil
}

// frontierTx runs fn in a write transaction with the frontier's buckets
// created when missing.
func (d *DB) frontierTx(fn func(tx *bolt.Tx) error) error {
	return d.bolt.Update(func(tx *bolt.Tx) error {
		for _, name := range frontierBuckets {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return fmt.Errorf("create bucket %s: %w", name, err)
			}
		}
		return fn(tx)
	})
}

// Push implements scout.Frontier. All items go in one transaction, so
// callers push in batches of a few hundred.
func (d *DB) Push(ctx context.Context, items ...scout.FrontierItem) error {
	const op = "store.Push"
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	for i := range items {
		if err := validItem(&items[i]); err != nil {
			return formatError(op, err)
		}
	}
	err := d.frontierTx(func(tx *bolt.Tx) error {
		for i := range items {
			if err := ctx.Err(); err != nil {
				return err
			}
			it := items[i]
			it.Due, it.Since = it.Due.UTC(), it.Since.UTC()
			urls := tx.Bucket(bucketFrontierURLs)
			if old := urls.Get(pairKey(it.JobID, it.URL)); old != nil {
				var cur scout.FrontierItem
				if ok, err := getJSON(tx.Bucket(bucketFrontierItems), old, &cur); err != nil || !ok {
					return fmt.Errorf("frontier: read queued %s: %w", it.URL, err)
				}
				if !it.Due.Before(cur.Due) {
					continue
				}
				if err := moveItem(tx, &cur, it.Due); err != nil {
					return err
				}
				continue
			}
			if err := putItem(tx, &it); err != nil {
				return err
			}
			if err := addCount(tx, it.JobID, 1); err != nil {
				return err
			}
			if err := refreshHead(tx, it.JobID, it.Host, false); err != nil {
				return err
			}
		}
		return nil
	})
	return formatError(op, err)
}

func putItem(tx *bolt.Tx, it *scout.FrontierItem) error {
	k := itemKey(it.JobID, it.Host, it.Due, it.Priority, it.URL)
	if _, err := putJSON(tx.Bucket(bucketFrontierItems), k, it); err != nil {
		return err
	}
	_, err := putBytes(tx.Bucket(bucketFrontierURLs), pairKey(it.JobID, it.URL), k)
	return err
}

// removeItem deletes the item of (job, url) and reports whether there was
// one.
func removeItem(tx *bolt.Tx, job, url string) (bool, error) {
	urls := tx.Bucket(bucketFrontierURLs)
	uk := pairKey(job, url)
	k := bytes.Clone(urls.Get(uk))
	if k == nil {
		return false, nil
	}
	if err := tx.Bucket(bucketFrontierItems).Delete(k); err != nil {
		return false, fmt.Errorf("frontier: delete %s: %w", url, err)
	}
	if err := urls.Delete(uk); err != nil {
		return false, fmt.Errorf("frontier: delete %s: %w", url, err)
	}
	return true, nil
}

// moveItem gives a queued item a new due time and re-derives its host's
// place in the due index.
func moveItem(tx *bolt.Tx, it *scout.FrontierItem, due time.Time) error {
	if _, err := removeItem(tx, it.JobID, it.URL); err != nil {
		return err
	}
	moved := *it
	moved.Due = due.UTC()
	if err := putItem(tx, &moved); err != nil {
		return err
	}
	return refreshHead(tx, it.JobID, it.Host, false)
}

// refreshHead points the due index at the host's first item, at that
// item's due time; turn orders hosts due at the same instant (0 for a host
// not served yet, the next turn of the bucket's sequence for one just
// served, so hosts take turns). It removes the host's entry when the host
// has no items left.
func refreshHead(tx *bolt.Tx, job, host string, served bool) error {
	heads, due := tx.Bucket(bucketFrontierHeads), tx.Bucket(bucketFrontierDue)
	hk := pairKey(job, host)
	var turn uint64
	if old := heads.Get(hk); old != nil {
		if len(old) == 16 && !served {
			turn = binary.BigEndian.Uint64(old[8:])
		}
		if err := due.Delete(dueKey(job, old, host)); err != nil {
			return fmt.Errorf("frontier: unindex host %s: %w", host, err)
		}
	}
	prefix := hostPrefix(job, host)
	c := tx.Bucket(bucketFrontierItems).Cursor()
	k, _ := c.Seek(prefix)
	if k == nil || !bytes.HasPrefix(k, prefix) {
		if err := heads.Delete(hk); err != nil {
			return fmt.Errorf("frontier: unindex host %s: %w", host, err)
		}
		return nil
	}
	if served {
		var err error
		if turn, err = heads.NextSequence(); err != nil {
			return fmt.Errorf("frontier: next turn: %w", err)
		}
	}
	at := make([]byte, 0, 16)
	at = append(at, k[len(prefix):len(prefix)+8]...)
	at = binary.BigEndian.AppendUint64(at, turn)
	if _, err := putBytes(heads, hk, at); err != nil {
		return err
	}
	// Not putBytes: an empty value would compare equal to a missing key.
	if err := due.Put(dueKey(job, at, host), []byte{}); err != nil {
		return fmt.Errorf("frontier: index host %s: %w", host, err)
	}
	return nil
}

func addCount(tx *bolt.Tx, job string, delta int) error {
	b := tx.Bucket(bucketFrontierCounts)
	n := int64(0)
	if v := b.Get([]byte(job)); len(v) == 8 {
		n = int64(binary.BigEndian.Uint64(v))
	}
	n += int64(delta)
	if n <= 0 {
		return b.Delete([]byte(job))
	}
	_, err := putBytes(b, []byte(job), binary.BigEndian.AppendUint64(nil, uint64(n)))
	return err
}

// Next implements scout.Frontier. It reads the due index in order and stops
// at the first entry due after now, so it costs a seek plus one step per
// leased host and per host whose earlier result is still being committed
// (at most the crawl's workers plus its commit batch). A host with a claimed
// item is taken only when no other host is free. With jobID "" it asks the
// jobs that hold items in turn, starting after the one it served last.
func (d *DB) Next(ctx context.Context, jobID string, now time.Time) (*scout.FrontierItem, error) {
	const op = "store.Next"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	l := &d.lease
	l.mu.Lock()
	defer l.mu.Unlock()
	var out *scout.FrontierItem
	err := d.bolt.View(func(tx *bolt.Tx) error {
		if jobID != "" {
			var err error
			out, err = nextOfJob(tx, l, jobID, now)
			return err
		}
		counts := tx.Bucket(bucketFrontierCounts)
		if counts == nil {
			return nil
		}
		// The jobs after the last one served, then the rest from the start.
		var jobs []string
		c := counts.Cursor()
		k, _ := c.Seek([]byte(l.lastJob))
		if k != nil && string(k) == l.lastJob {
			k, _ = c.Next()
		}
		for ; k != nil; k, _ = c.Next() {
			jobs = append(jobs, string(k))
		}
		for k, _ := c.First(); k != nil && string(k) <= l.lastJob; k, _ = c.Next() {
			jobs = append(jobs, string(k))
		}
		for _, job := range jobs {
			it, err := nextOfJob(tx, l, job, now)
			if err != nil || it != nil {
				out = it
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	if out != nil {
		l.claim(out)
		l.lastJob = out.JobID
	}
	return out, nil
}

// nextOfJob finds the job's next item for Next; l.mu is held.
func nextOfJob(tx *bolt.Tx, l *frontierLeases, jobID string, now time.Time) (*scout.FrontierItem, error) {
	due, items := tx.Bucket(bucketFrontierDue), tx.Bucket(bucketFrontierItems)
	if due == nil {
		return nil, nil
	}
	var fallback *scout.FrontierItem
	limit := unixNanos(now)
	prefix := pairKey(jobID, "")
	c := due.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		rest := k[len(prefix):]
		if len(rest) < 16 {
			continue
		}
		if binary.BigEndian.Uint64(rest[:8]) > limit {
			break
		}
		host := string(rest[16:])
		if _, leased := l.hosts[host]; leased {
			continue
		}
		busy := l.busy[host] > 0
		if busy && fallback != nil {
			continue
		}
		it, err := firstUnclaimed(items, jobID, host, limit, l.items)
		if err != nil {
			return nil, err
		}
		if it == nil {
			continue // everything due is claimed (or a stale index entry)
		}
		if !busy {
			return it, nil
		}
		fallback = it
	}
	return fallback, nil
}

// firstUnclaimed returns the host's first item that is not claimed, when it
// is due by limit.
func firstUnclaimed(items *bolt.Bucket, job, host string, limit uint64, claimed map[string]string) (*scout.FrontierItem, error) {
	hp := hostPrefix(job, host)
	c := items.Cursor()
	for ik, v := c.Seek(hp); ik != nil && bytes.HasPrefix(ik, hp); ik, v = c.Next() {
		rest := ik[len(hp):]
		if len(rest) < 9 {
			continue
		}
		if binary.BigEndian.Uint64(rest[:8]) > limit {
			return nil, nil
		}
		if len(claimed) > 0 {
			if _, ok := claimed[string(pairKey(job, string(rest[9:])))]; ok {
				continue
			}
		}
		var it scout.FrontierItem
		if err := json.Unmarshal(v, &it); err != nil {
			return nil, fmt.Errorf("frontier: decode %q: %w", ik, err)
		}
		return &it, nil
	}
	return nil, nil
}

// Release implements scout.Frontier: it ends the host's lease in memory and
// writes nothing, so it costs nothing on the fetch path. A stale token
// releases nothing.
func (d *DB) Release(ctx context.Context, item *scout.FrontierItem) error {
	if err := validItem(item); err != nil {
		return formatError("store.Release", err)
	}
	d.lease.mu.Lock()
	defer d.lease.mu.Unlock()
	if h, ok := d.lease.hosts[item.Host]; ok && (item.Lease == "" || h == item.Lease) {
		delete(d.lease.hosts, item.Host)
	}
	return nil
}

// unclaim ends the items' leases and claims.
func (d *DB) unclaim(items ...*scout.FrontierItem) {
	d.lease.mu.Lock()
	for _, it := range items {
		d.lease.unclaim(it)
	}
	d.lease.mu.Unlock()
}

// currentItems returns the items whose tokens are current (see
// frontierLeases.current): the others are late and are left alone.
func (d *DB) currentItems(items []*scout.FrontierItem) []*scout.FrontierItem {
	d.lease.mu.Lock()
	defer d.lease.mu.Unlock()
	out := items[:0:0]
	for _, it := range items {
		if d.lease.current(it) {
			out = append(out, it)
		}
	}
	return out
}

// Done implements scout.Frontier, removing the whole batch in one
// transaction. Each host goes to the back of the hosts due at the same
// time, so hosts take turns.
func (d *DB) Done(ctx context.Context, items ...*scout.FrontierItem) error {
	const op = "store.Done"
	for _, it := range items {
		if err := validItem(it); err != nil {
			return formatError(op, err)
		}
	}
	items = d.currentItems(items)
	defer d.unclaim(items...)
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	if len(items) == 0 {
		return nil
	}
	err := d.frontierTx(func(tx *bolt.Tx) error {
		type jobHost struct{ job, host string }
		served := map[jobHost]bool{}
		for _, it := range items {
			ok, err := removeItem(tx, it.JobID, it.URL)
			if err != nil {
				return err
			}
			if !ok {
				continue
			}
			if err := addCount(tx, it.JobID, -1); err != nil {
				return err
			}
			served[jobHost{it.JobID, it.Host}] = true
		}
		for jh := range served {
			if err := refreshHead(tx, jh.job, jh.host, true); err != nil {
				return err
			}
		}
		return nil
	})
	return formatError(op, err)
}

// Reschedule implements scout.Frontier.
func (d *DB) Reschedule(ctx context.Context, item *scout.FrontierItem, due time.Time) error {
	const op = "store.Reschedule"
	if err := validItem(item); err != nil {
		return formatError(op, err)
	}
	if len(d.currentItems([]*scout.FrontierItem{item})) == 0 {
		return nil // a late caller: the item was handed out again
	}
	defer d.unclaim(item)
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	err := d.frontierTx(func(tx *bolt.Tx) error {
		var cur scout.FrontierItem
		k := tx.Bucket(bucketFrontierURLs).Get(pairKey(item.JobID, item.URL))
		if k == nil {
			return scout.Errorf(scout.ENOTFOUND, "%s is not queued for job %s", item.URL, item.JobID)
		}
		if _, err := getJSON(tx.Bucket(bucketFrontierItems), k, &cur); err != nil {
			return err
		}
		return moveItem(tx, &cur, due)
	})
	return formatError(op, err)
}

// Pending implements scout.Frontier from a stored counter, without a scan.
func (d *DB) Pending(ctx context.Context, jobID string) (int, error) {
	const op = "store.Pending"
	if err := ctx.Err(); err != nil {
		return 0, fmt.Errorf("%s: %w", op, err)
	}
	var n int
	err := d.bolt.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketFrontierCounts); b != nil {
			if v := b.Get([]byte(jobID)); len(v) == 8 {
				n = int(binary.BigEndian.Uint64(v))
			}
		}
		return nil
	})
	return n, formatError(op, err)
}

// dropBatch bounds the keys one Drop transaction deletes, so dropping a
// 200,000-item job does not hold the writer for long.
const dropBatch = 1000

// Drop implements scout.Frontier, deleting in batches of short
// transactions; ctx is checked between them.
func (d *DB) Drop(ctx context.Context, jobID string) error {
	const op = "store.Drop"
	prefix := pairKey(jobID, "")
	for _, name := range frontierBuckets {
		for {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("%s: %w", op, err)
			}
			more := false
			err := d.frontierTx(func(tx *bolt.Tx) error {
				b := tx.Bucket(name)
				if bytes.Equal(name, bucketFrontierCounts) {
					return b.Delete([]byte(jobID))
				}
				c := b.Cursor()
				n := 0
				for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Seek(prefix) {
					if n == dropBatch {
						more = true
						return nil
					}
					if err := c.Delete(); err != nil {
						return err
					}
					n++
				}
				return nil
			})
			if err != nil {
				return formatError(op, err)
			}
			if !more {
				break
			}
		}
	}
	return nil
}
