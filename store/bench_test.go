package store_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/store"
)

// BenchmarkSaveProfile measures one SaveProfile transaction (fsync on, as
// in production) of a profile with 20 posts: a first sight of an account,
// and a re-fetch where the posts are mostly unchanged.
func BenchmarkSaveProfile(b *testing.B) {
	ctx := context.Background()
	open := func(b *testing.B) *store.DB {
		db, err := store.Open(ctx, b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { db.Close() })
		return db
	}

	b.Run("NewAccount", func(b *testing.B) {
		db := open(b)
		i := 0
		for b.Loop() {
			p := profile(fmt.Sprintf("web:%08d", i), int64(i), t0, t0, 20)
			if _, err := db.SaveProfile(ctx, p); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})

	b.Run("Refetch", func(b *testing.B) {
		db := open(b)
		const accounts = 100
		for i := range accounts {
			MustSave(b, db, profile(fmt.Sprintf("web:%08d", i), int64(i), t0, t0, 20))
		}
		i := 0
		for b.Loop() {
			at := t0.Add(time.Duration(i+1) * time.Hour)
			p := profile(fmt.Sprintf("web:%08d", i%accounts), int64(i), at, t0, 20)
			p.Posts[0].Likes = scout.Int64(int64(i))
			if _, err := db.SaveProfile(ctx, p); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
}
