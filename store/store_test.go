package store_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/store"
	bolt "go.etcd.io/bbolt"
)

// t0 is the fixed start of every test clock.
var t0 = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

// clock is a test clock that advances one second per reading, so a test
// can tell whether a timestamp was (re)written.
type clock struct{ t time.Time }

func (c *clock) Now() time.Time {
	c.t = c.t.Add(time.Second)
	return c.t
}

// MustOpen opens a store in dir (a fresh temp dir when empty) with a test
// clock and closes it when the test ends.
func MustOpen(tb testing.TB, dir string) *store.DB {
	tb.Helper()
	if dir == "" {
		dir = tb.TempDir()
	}
	db, err := store.OpenWith(context.Background(), dir, store.Options{NoSync: true})
	if err != nil {
		tb.Fatalf("open: %v", err)
	}
	c := &clock{t: t0}
	db.Now = c.Now
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Errorf("close: %v", err)
		}
	})
	return db
}

// MustSave saves p and returns the creator id.
func MustSave(tb testing.TB, db *store.DB, p *scout.Profile) string {
	tb.Helper()
	id, err := db.SaveProfile(context.Background(), p)
	if err != nil {
		tb.Fatalf("save %s: %v", p.Account.ID, err)
	}
	return id
}

// dump returns every key and value of every bucket of the (closed) store
// in dir, so tests can compare the file's contents byte for byte.
func dump(tb testing.TB, dir string) map[string]map[string]string {
	tb.Helper()
	bdb, err := bolt.Open(filepath.Join(dir, "scout.db"), 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		tb.Fatalf("open for dump: %v", err)
	}
	defer bdb.Close()
	out := map[string]map[string]string{}
	err = bdb.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			m := map[string]string{}
			out[string(name)] = m
			return b.ForEach(func(k, v []byte) error {
				m[string(k)] = string(v)
				return nil
			})
		})
	})
	if err != nil {
		tb.Fatalf("dump: %v", err)
	}
	return out
}

// setMeta overwrites one key of the meta bucket of the (closed) store in
// dir, to fake files written by other versions.
func setMeta(tb testing.TB, dir, key, value string) {
	tb.Helper()
	bdb, err := bolt.Open(filepath.Join(dir, "scout.db"), 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		tb.Fatalf("open raw: %v", err)
	}
	defer bdb.Close()
	err = bdb.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("meta")).Put([]byte(key), []byte(value))
	})
	if err != nil {
		tb.Fatalf("set meta %s: %v", key, err)
	}
}

// profile builds a profile of one account with posts published an hour
// apart, newest first, the first at start.
func profile(accountID string, followers int64, fetched time.Time, start time.Time, posts int) *scout.Profile {
	p := &scout.Profile{
		Account: scout.Account{
			ID:          accountID,
			Platform:    scout.PlatformWeb,
			Handle:      "h-" + accountID,
			URL:         "https://example.test/" + accountID,
			DisplayName: "Name " + accountID,
			Bio:         "Bio of " + accountID,
			Links:       []string{"https://example.test/" + accountID + "/about"},
			Followers:   scout.Int64(followers),
			Following:   scout.Int64(10),
			PostsCount:  scout.Int64(int64(posts)),
		},
		SourceURL: "https://example.test/" + accountID,
		FetchedAt: fetched,
	}
	for i := range posts {
		p.Posts = append(p.Posts, scout.Post{
			ID:          fmt.Sprintf("%s-p%02d", accountID, i),
			URL:         fmt.Sprintf("https://example.test/%s/p%02d", accountID, i),
			PublishedAt: start.Add(-time.Duration(i) * time.Hour),
			Text:        fmt.Sprintf("post %d of %s", i, accountID),
			Likes:       scout.Int64(int64(100 + i)),
			Comments:    scout.Int64(int64(i)),
		})
	}
	return p
}

// wantCode fails unless err carries the scout error code.
func wantCode(tb testing.TB, err error, code string) {
	tb.Helper()
	if got := scout.ErrorCode(err); got != code {
		tb.Fatalf("error code = %q (%v), want %q", got, err, code)
	}
	var e *scout.Error
	if !errors.As(err, &e) {
		tb.Fatalf("error %v is not a *scout.Error", err)
	}
}
