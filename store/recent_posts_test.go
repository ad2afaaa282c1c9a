package store_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/scout-oss/scout"
)

func TestFindRecentPosts(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	// Two accounts whose posts interleave, 40 in all: a creator read
	// keeps the newest 30.
	into := MustSave(t, db, profile("acct-a", 100, t0, t0, 20))
	from := MustSave(t, db, profile("acct-b", 50, t0, t0.Add(-30*time.Minute), 20))
	if _, err := db.MergeCreators(ctx, into, from, nil); err != nil {
		t.Fatal(err)
	}
	var every []string
	for _, a := range []string{"acct-a", "acct-b", "acct-c"} {
		for i := range 20 {
			every = append(every, fmt.Sprintf("%s-p%02d", a, i))
		}
	}
	sameAsRead := func(t *testing.T) {
		t.Helper()
		c, err := db.FindCreatorByID(ctx, into)
		if err != nil {
			t.Fatal(err)
		}
		if len(c.Posts) != scout.DefaultPostLimit {
			t.Fatalf("creator read has %d posts, want %d", len(c.Posts), scout.DefaultPostLimit)
		}
		var accounts []string
		for _, a := range c.Accounts {
			accounts = append(accounts, a.ID)
		}
		got, err := db.FindRecentPosts(ctx, accounts, every)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(c.Posts, got); diff != "" {
			t.Errorf("posts differ from the creator read (-want +got):\n%s", diff)
		}
	}

	t.Run("SameAsCreatorRead", sameAsRead)
	t.Run("OnlyWantedAndRecent", func(t *testing.T) {
		// acct-a-p00 is the newest post; acct-a-p19 is not among the
		// newest 30.
		got, err := db.FindRecentPosts(ctx, []string{"acct-a", "acct-b"}, []string{"acct-a-p19", "acct-b-p01", "acct-a-p00"})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, p := range got {
			ids = append(ids, p.ID)
		}
		if want := []string{"acct-a-p00", "acct-b-p01"}; !cmp.Equal(ids, want) {
			t.Errorf("got %v, want %v", ids, want)
		}
	})
	t.Run("SameAsCreatorReadWithUndatedPosts", func(t *testing.T) {
		// Posts without a time share one key time; the creator read
		// orders them, as the posts' times do.
		undated := profile("acct-c", 10, t0, t0, 2)
		for i := range undated.Posts {
			undated.Posts[i].PublishedAt = time.Time{}
		}
		if _, err := db.MergeCreators(ctx, into, MustSave(t, db, undated), nil); err != nil {
			t.Fatal(err)
		}
		sameAsRead(t)
	})
}
