package store_test

import (
	"context"
	"encoding/binary"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	bolt "go.etcd.io/bbolt"

	"github.com/scout-oss/scout/store"
)

// corrupt runs fn on the raw bbolt file of the (closed) store in dir.
func corrupt(tb testing.TB, dir string, fn func(tx *bolt.Tx) error) {
	tb.Helper()
	bdb, err := bolt.Open(filepath.Join(dir, "scout.db"), 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		tb.Fatalf("open raw: %v", err)
	}
	defer bdb.Close()
	if err := bdb.Update(fn); err != nil {
		tb.Fatalf("corrupt: %v", err)
	}
}

func kinds(ps []store.Problem) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Kind)
	}
	slices.Sort(out)
	return out
}

func TestCheck(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := store.OpenWith(ctx, dir, store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"web:a", "web:b", "web:c"} {
		MustSave(t, db, profile(id, 100, t0, t0, 2))
	}
	t.Run("OK", func(t *testing.T) {
		ps, err := db.Check(ctx)
		if err != nil || len(ps) != 0 {
			t.Fatalf("Check of a healthy store = %v, %v; want none", ps, err)
		}
	})
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	var snapKey []byte
	corrupt(t, dir, func(tx *bolt.Tx) error {
		// The account web:b goes, leaving its creator pointing at nothing
		// and its posts and snapshot orphaned.
		if err := tx.Bucket([]byte("accounts")).Delete([]byte("web:b")); err != nil {
			return err
		}
		// A snapshot of web:a filed under a time it does not record.
		c := tx.Bucket([]byte("snapshots")).Cursor()
		k, v := c.Seek([]byte("web:a\x00"))
		snapKey = append([]byte("web:a\x00"), binary.BigEndian.AppendUint64(nil, 42)...)
		if err := tx.Bucket([]byte("snapshots")).Put(snapKey, append([]byte(nil), v...)); err != nil {
			return err
		}
		_ = k
		// A counter that drifted, a dangling post index entry and an alias
		// loop.
		var n [8]byte
		binary.BigEndian.PutUint64(n[:], 7)
		if err := tx.Bucket([]byte("meta")).Put([]byte("creator_count"), n[:]); err != nil {
			return err
		}
		if err := tx.Bucket([]byte("post_keys")).Put([]byte("web:a\x00gone"), []byte("web:a\x00nothing")); err != nil {
			return err
		}
		al, err := tx.CreateBucketIfNotExists([]byte("creator_aliases"))
		if err != nil {
			return err
		}
		if err := al.Put([]byte("x1"), []byte("x2")); err != nil {
			return err
		}
		return al.Put([]byte("x2"), []byte("x1"))
	})

	db, err = store.OpenWith(ctx, dir, store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ps, err := db.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		store.ProblemAlias, store.ProblemAlias, // the loop, seen from both ends
		store.ProblemCreatorCount,
		store.ProblemMissingAccount,
		store.ProblemOrphanPost, store.ProblemOrphanPost,
		store.ProblemOrphanSnapshot,
		store.ProblemPostKey,
		store.ProblemSnapshotOrder,
	}
	slices.Sort(want)
	if diff := cmp.Diff(want, kinds(ps)); diff != "" {
		t.Fatalf("Check kinds (-want +got):\n%s\n%v", diff, ps)
	}

	t.Run("Repair", func(t *testing.T) {
		fixed, err := db.Repair(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]string{store.ProblemCreatorCount, store.ProblemPostKey}, kinds(fixed)); diff != "" {
			t.Errorf("Repair fixed (-want +got):\n%s", diff)
		}
		if n, _ := db.CountCreators(ctx); n != 3 {
			t.Errorf("CountCreators after Repair = %d, want 3", n)
		}
		left, err := db.Check(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range left {
			if p.Fixable {
				t.Errorf("a fixable problem is left after Repair: %v", p)
			}
		}
		if len(left) != len(ps)-len(fixed) {
			t.Errorf("Check after Repair found %d problems, want %d: %v", len(left), len(ps)-len(fixed), left)
		}
	})
}
