package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/store"
)

func TestHostInfo(t *testing.T) {
	ctx := context.Background()

	t.Run("SurvivesReopen", func(t *testing.T) {
		dir := t.TempDir()
		db := MustOpen(t, dir)
		want := &scout.HostInfo{Host: "tube.example", Software: "peertube", Version: "6.1.0",
			Protocols: []string{"activitypub"}, Source: scout.HostInfoNodeInfo, CheckedAt: t0}
		if err := db.SaveHostInfo(ctx, want); err != nil {
			t.Fatal(err)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		db2, err := store.OpenWith(ctx, dir, store.Options{NoSync: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = db2.Close() })
		got, err := db2.FindHostInfo(ctx, "TUBE.example")
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("host info (-want +got):\n%s", diff)
		}
	})

	t.Run("Replaces", func(t *testing.T) {
		db := MustOpen(t, "")
		for _, h := range []*scout.HostInfo{
			{Host: "blog.example", Source: scout.HostInfoNone, CheckedAt: t0},
			{Host: "blog.example", Software: "wordpress", Protocols: []string{"activitypub"}, Source: scout.HostInfoNodeInfo, CheckedAt: t0.Add(time.Hour)},
		} {
			if err := db.SaveHostInfo(ctx, h); err != nil {
				t.Fatal(err)
			}
		}
		got, err := db.FindHostInfo(ctx, "blog.example")
		if err != nil || got.Software != "wordpress" || !got.Fediverse() {
			t.Errorf("got %+v, %v; want the later answer", got, err)
		}
	})

	t.Run("ErrNotFound", func(t *testing.T) {
		db := MustOpen(t, "")
		_, err := db.FindHostInfo(ctx, "never.example")
		wantCode(t, err, scout.ENOTFOUND)
	})

	t.Run("ErrInvalid", func(t *testing.T) {
		db := MustOpen(t, "")
		wantCode(t, db.SaveHostInfo(ctx, &scout.HostInfo{}), scout.EINVALID)
	})
}
