package store_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/store"
)

func TestSaveProfile_RoundTrip(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	// A non-UTC zone proves times come back as the same instants.
	zone := time.FixedZone("CET", 3600)
	fetched := time.Date(2026, 2, 20, 9, 30, 0, 123, zone)
	p := profile("bluesky:did:plc:abc", 12_345, fetched, fetched.Add(-time.Hour), 3)
	p.Account.Approximate = []string{"followers"}
	p.Account.FeedURL = "https://example.test/feed.xml"
	p.Posts[1].Views = scout.Int64(9000)
	p.Posts[2].Pinned = true
	p.Posts[2].PublishedAt = time.Time{} // undated posts sort last

	id, err := db.SaveProfile(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	if want := scout.NewCreatorID(p.Account.ID); id != want {
		t.Errorf("id = %q, want %q", id, want)
	}
	got, err := db.FindCreatorByID(ctx, id)
	if err != nil {
		t.Fatal(err)
	}

	acct := p.Account
	acct.CreatorID = id
	acct.FetchedAt = fetched
	var posts []scout.Post
	for _, post := range p.Posts {
		post.AccountID = acct.ID
		posts = append(posts, post)
	}
	created := t0.Add(time.Second)
	want := &scout.Creator{
		ID:        id,
		Name:      acct.DisplayName,
		Accounts:  []scout.Account{acct},
		Bio:       acct.Bio,
		Links:     acct.Links,
		Followers: scout.Int64(12_345),
		DataAsOf:  &fetched,
		CreatedAt: created,
		UpdatedAt: created,
		Posts:     posts,
		Snapshots: []scout.Snapshot{{
			AccountID: acct.ID, At: fetched,
			Followers: scout.Int64(12_345), Following: scout.Int64(10), PostsCount: scout.Int64(3),
		}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("creator mismatch (-want +got):\n%s", diff)
	}
	if loc := got.Accounts[0].FetchedAt.Location(); loc != time.UTC {
		t.Errorf("stored times are in %v, want UTC", loc)
	}
}

var invalidProfiles = []struct {
	name string
	p    *scout.Profile
}{
	{"Nil", nil},
	{"NoAccountID", &scout.Profile{FetchedAt: t0}},
	{"NULInAccountID", &scout.Profile{Account: scout.Account{ID: "web:a\x00b"}, FetchedAt: t0}},
	{"NoFetchedAt", &scout.Profile{Account: scout.Account{ID: "web:a"}}},
	{"PostWithoutID", &scout.Profile{Account: scout.Account{ID: "web:a"}, FetchedAt: t0, Posts: []scout.Post{{Text: "x"}}}},
}

func TestSaveProfile_ErrInvalid(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	for _, tt := range invalidProfiles {
		_, err := db.SaveProfile(ctx, tt.p)
		if got := scout.ErrorCode(err); got != scout.EINVALID {
			t.Errorf("%s: code = %q (%v), want %q", tt.name, got, err, scout.EINVALID)
			continue
		}
	}
	if n, err := db.CountCreators(ctx); err != nil || n != 0 {
		t.Errorf("CountCreators = %d, %v; want 0 after only invalid saves", n, err)
	}
}

func TestSaveProfile_Idempotent(t *testing.T) {
	dir := t.TempDir()
	a := profile("web:a", 500, t0, t0.Add(-time.Hour), 5)
	b := profile("mastodon:b", 900, t0.Add(time.Minute), t0, 4)

	db := MustOpen(t, dir)
	MustSave(t, db, a)
	MustSave(t, db, b)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	once := dump(t, dir)

	db = MustOpen(t, dir)
	db.Now = (&clock{t: t0.Add(time.Hour)}).Now // any rewrite would show
	MustSave(t, db, b)
	MustSave(t, db, a)
	MustSave(t, db, a)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	twice := dump(t, dir)

	if diff := cmp.Diff(once, twice); diff != "" {
		t.Errorf("buckets changed by re-saving (-once +twice):\n%s", diff)
	}
	for bucket, want := range map[string]int{"creators": 2, "accounts": 2, "posts": 9, "post_keys": 9, "snapshots": 2} {
		if got := len(once[bucket]); got != want {
			t.Errorf("%s has %d entries, want %d", bucket, got, want)
		}
	}
}

func TestSaveProfile_PostUpsert(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := MustOpen(t, dir)
	p := profile("web:a", 100, t0, t0, 3)
	id := MustSave(t, db, p)

	// The next fetch: post 0 edited, post 1's date corrected to be the
	// oldest, post 2 unchanged but sent twice, one new post.
	p2 := profile("web:a", 110, t0.Add(time.Hour), t0, 3)
	p2.Posts[0].Likes = scout.Int64(999)
	p2.Posts[1].PublishedAt = t0.Add(-30 * 24 * time.Hour)
	p2.Posts = append(p2.Posts, p2.Posts[2], scout.Post{ID: "new", PublishedAt: t0.Add(30 * time.Minute), Text: "new"})
	MustSave(t, db, p2)

	c, err := db.FindCreatorByID(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, post := range c.Posts {
		ids = append(ids, post.ID)
	}
	if want := []string{"new", "web:a-p00", "web:a-p02", "web:a-p01"}; !slices.Equal(ids, want) {
		t.Errorf("posts = %v, want %v", ids, want)
	}
	if got := *c.Posts[1].Likes; got != 999 {
		t.Errorf("edited post likes = %d, want 999", got)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	d := dump(t, dir)
	if got := len(d["posts"]); got != 4 {
		t.Errorf("posts bucket has %d entries, want 4 (no duplicates)", got)
	}
	if got := len(d["post_keys"]); got != 4 {
		t.Errorf("post_keys bucket has %d entries, want 4", got)
	}
	for _, k := range d["post_keys"] {
		if _, ok := d["posts"][k]; !ok {
			t.Errorf("post_keys points at missing posts key %q", k)
		}
	}
}

func TestSaveProfile_SnapshotAppend(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	id := MustSave(t, db, profile("web:a", 100, t0, t0, 1))
	first, err := db.FindCreatorByID(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	later := t0.Add(24 * time.Hour)
	MustSave(t, db, profile("web:a", 150, later, later, 1))

	c, err := db.FindCreatorByID(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range c.Snapshots {
		got = append(got, fmt.Sprintf("%s=%d", s.At.Format(time.DateOnly), *s.Followers))
	}
	if want := []string{"2026-03-01=100", "2026-03-02=150"}; !slices.Equal(got, want) {
		t.Errorf("snapshots = %v, want %v", got, want)
	}
	if *c.Followers != 150 || !c.DataAsOf.Equal(later) {
		t.Errorf("followers, data_as_of = %d, %v; want 150, %v", *c.Followers, c.DataAsOf, later)
	}
	if !c.UpdatedAt.After(first.UpdatedAt) || !c.CreatedAt.Equal(first.CreatedAt) {
		t.Errorf("created/updated = %v/%v, was %v/%v; want created kept and updated later",
			c.CreatedAt, c.UpdatedAt, first.CreatedAt, first.UpdatedAt)
	}
}

func TestSaveProfile_OutOfOrder(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	later := t0.Add(24 * time.Hour)
	id := MustSave(t, db, profile("web:a", 200, later, later, 1))
	MustSave(t, db, profile("web:a", 100, t0, t0, 1)) // an older result, ingested late

	c, err := db.FindCreatorByID(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if got := *c.Accounts[0].Followers; got != 200 || !c.Accounts[0].FetchedAt.Equal(later) {
		t.Errorf("account followers = %d at %v, want 200 at %v (the later fetch)", got, c.Accounts[0].FetchedAt, later)
	}
	if *c.Followers != 200 || !c.DataAsOf.Equal(later) {
		t.Errorf("creator followers = %d as of %v, want 200 as of %v", *c.Followers, c.DataAsOf, later)
	}
	if len(c.Snapshots) != 2 || *c.Snapshots[0].Followers != 100 {
		t.Errorf("snapshots = %d, want the older one first", len(c.Snapshots))
	}
}

func TestSaveProfile_TwoAccounts(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	// Posts of the two accounts interleave in time.
	small := profile("web:small", 100, t0, t0, 3)
	id := MustSave(t, db, small)
	big := profile("youtube:big", 5000, t0.Add(time.Minute), t0.Add(-30*time.Minute), 3)
	big.Account.CreatorID = id // linked by identity resolution
	big.Account.Links = append(big.Account.Links, small.Account.Links[0])
	if got := MustSave(t, db, big); got != id {
		t.Fatalf("linked account went to creator %s, want %s", got, id)
	}
	// A known account keeps its creator whatever the profile says.
	again := profile("web:small", 100, t0, t0, 3)
	again.Account.CreatorID = "cother"
	if got := MustSave(t, db, again); got != id {
		t.Errorf("known account moved to creator %s, want %s", got, id)
	}

	// A new account naming an absent creator (an import replaying stored
	// ids) creates it under that id.
	imported := profile("web:imported", 1, t0, t0, 0)
	imported.Account.CreatorID = "cimported"
	if got := MustSave(t, db, imported); got != "cimported" {
		t.Errorf("imported account went to creator %s, want cimported", got)
	}

	c, err := db.FindCreatorByID(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	var accounts, posts []string
	for _, a := range c.Accounts {
		accounts = append(accounts, a.ID)
	}
	for _, p := range c.Posts {
		posts = append(posts, p.ID)
	}
	if want := []string{"youtube:big", "web:small"}; !slices.Equal(accounts, want) {
		t.Errorf("accounts = %v, want %v (most followers first)", accounts, want)
	}
	want := []string{"web:small-p00", "youtube:big-p00", "web:small-p01", "youtube:big-p01", "web:small-p02", "youtube:big-p02"}
	if !slices.Equal(posts, want) {
		t.Errorf("posts = %v, want %v (newest first across accounts)", posts, want)
	}
	if c.Name != "Name youtube:big" || *c.Followers != 5100 || len(c.Links) != 2 || len(c.Snapshots) != 2 {
		t.Errorf("derived name=%q followers=%d links=%v snapshots=%d; want the big account's name, 5100, 2 links, 2 snapshots",
			c.Name, *c.Followers, c.Links, len(c.Snapshots))
	}
	if n, _ := db.CountCreators(ctx); n != 2 {
		t.Errorf("CountCreators = %d, want 2", n)
	}
}

func TestFindCreatorByID_PostLimit(t *testing.T) {
	db := MustOpen(t, "")
	id := MustSave(t, db, profile("web:a", 1, t0, t0, scout.DefaultPostLimit+5))
	c, err := db.FindCreatorByID(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(c.Posts); got != scout.DefaultPostLimit {
		t.Fatalf("got %d posts, want %d", got, scout.DefaultPostLimit)
	}
	if got, want := c.Posts[len(c.Posts)-1].ID, fmt.Sprintf("web:a-p%02d", scout.DefaultPostLimit-1); got != want {
		t.Errorf("last post = %s, want %s (the newest ones)", got, want)
	}
}

func TestFindCreatorByID_ErrNotFound(t *testing.T) {
	db := MustOpen(t, "")
	_, err := db.FindCreatorByID(context.Background(), "cnope")
	wantCode(t, err, scout.ENOTFOUND)
	if msg := scout.ErrorMessage(err); !strings.Contains(msg, "cnope") {
		t.Errorf("message %q does not name the id", msg)
	}
}

func TestUpdateCreator(t *testing.T) {
	ctx := context.Background()

	t.Run("OK", func(t *testing.T) {
		db := MustOpen(t, "")
		id := MustSave(t, db, profile("web:a", 100, t0, t0, 2))
		before, err := db.FindCreatorByID(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		upd := *before
		upd.Accounts, upd.Posts, upd.Snapshots = nil, nil, nil
		upd.Language, upd.Country = scout.String("en"), scout.String("DE")
		upd.Engagement = scout.Engagement{RateByFollowers: scout.Float64(0.05), PostsAnalyzed: 2, Window: 12, Formula: "f"}
		upd.Scores = map[string]*scout.Score{"authenticity": {Value: scout.Float64(80), Version: "v0", Inputs: map[string]any{"n": 2.0}}}
		upd.Flags = []scout.Flag{{Code: "low_sample", Severity: scout.SeverityInfo, Message: "few posts"}}
		upd.CreatedAt = time.Time{} // ignored
		if err := db.UpdateCreator(ctx, &upd); err != nil {
			t.Fatal(err)
		}
		got, err := db.FindCreatorByID(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		want := upd
		want.Accounts, want.Posts, want.Snapshots = before.Accounts, before.Posts, before.Snapshots
		want.CreatedAt = before.CreatedAt
		want.UpdatedAt = before.UpdatedAt.Add(time.Second) // the next clock reading
		if diff := cmp.Diff(&want, got); diff != "" {
			t.Errorf("after update (-want +got):\n%s", diff)
		}

		// Unchanged fields write nothing, not even UpdatedAt.
		if err := db.UpdateCreator(ctx, got); err != nil {
			t.Fatal(err)
		}
		same, _ := db.FindCreatorByID(ctx, id)
		if !same.UpdatedAt.Equal(got.UpdatedAt) {
			t.Errorf("no-op update moved UpdatedAt from %v to %v", got.UpdatedAt, same.UpdatedAt)
		}

		// A later fetch re-derives followers but keeps the scores.
		MustSave(t, db, profile("web:a", 300, t0.Add(time.Hour), t0, 2))
		after, _ := db.FindCreatorByID(ctx, id)
		if *after.Followers != 300 || after.Scores["authenticity"] == nil || *after.Language != "en" {
			t.Errorf("after refetch: followers %d, scores %v, language %v", *after.Followers, after.Scores, after.Language)
		}
	})

	t.Run("ErrNotFound", func(t *testing.T) {
		db := MustOpen(t, "")
		err := db.UpdateCreator(ctx, &scout.Creator{ID: "cnope"})
		wantCode(t, err, scout.ENOTFOUND)
		if n, _ := db.CountCreators(ctx); n != 0 {
			t.Errorf("UpdateCreator created a creator")
		}
	})

	t.Run("ErrInvalid", func(t *testing.T) {
		db := MustOpen(t, "")
		wantCode(t, db.UpdateCreator(ctx, &scout.Creator{}), scout.EINVALID)
		wantCode(t, db.UpdateCreator(ctx, nil), scout.EINVALID)
	})
}

// seed saves n single-account creators and returns their ids sorted.
func seed(tb testing.TB, db *store.DB, n, posts int) []string {
	tb.Helper()
	ids := make([]string, 0, n)
	for i := range n {
		ids = append(ids, MustSave(tb, db, profile(fmt.Sprintf("web:%03d", i), int64(i), t0, t0, posts)))
	}
	slices.Sort(ids)
	return ids
}

func TestFindCreators(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	ids := seed(t, db, 7, 3)

	tests := []struct {
		name      string
		filter    scout.CreatorFilter
		want      []string
		total     int
		wantPosts int // per creator
	}{
		{"All", scout.CreatorFilter{}, ids, 7, 0},
		{"FirstPage", scout.CreatorFilter{Limit: 3}, ids[:3], 7, 0},
		{"MiddlePage", scout.CreatorFilter{Offset: 3, Limit: 3}, ids[3:6], 7, 0},
		{"LastPage", scout.CreatorFilter{Offset: 6, Limit: 3}, ids[6:], 7, 0},
		{"PastEnd", scout.CreatorFilter{Offset: 10, Limit: 3}, nil, 7, 0},
		{"IDsInOrder", scout.CreatorFilter{IDs: []string{ids[4], "cunknown", ids[1], ids[4]}}, []string{ids[4], ids[1]}, 2, 0},
		{"IDsPaged", scout.CreatorFilter{IDs: []string{ids[6], ids[5], ids[0]}, Offset: 1, Limit: 1}, []string{ids[5]}, 3, 0},
		{"NoIDs", scout.CreatorFilter{IDs: []string{}}, nil, 0, 0},
		{"WithPosts", scout.CreatorFilter{Limit: 2, WithPosts: true}, ids[:2], 7, 3},
		{"WithPostLimit", scout.CreatorFilter{Limit: 2, WithPosts: true, PostLimit: 1}, ids[:2], 7, 1},
	}
	for _, tt := range tests {
		cs, total, err := db.FindCreators(ctx, tt.filter)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		var got []string
		for _, c := range cs {
			got = append(got, c.ID)
			if len(c.Accounts) != 1 {
				t.Errorf("%s: creator %s has %d accounts, want 1", tt.name, c.ID, len(c.Accounts))
			}
			if len(c.Posts) != tt.wantPosts {
				t.Errorf("%s: creator %s has %d posts, want %d", tt.name, c.ID, len(c.Posts), tt.wantPosts)
			}
			if wantSnaps := min(tt.wantPosts, 1); len(c.Snapshots) != wantSnaps {
				t.Errorf("%s: creator %s has %d snapshots, want %d", tt.name, c.ID, len(c.Snapshots), wantSnaps)
			}
		}
		if !slices.Equal(got, tt.want) || total != tt.total {
			t.Errorf("%s: got %v total %d, want %v total %d", tt.name, got, total, tt.want, tt.total)
		}
	}

	for _, f := range []scout.CreatorFilter{{Offset: -1}, {Limit: -1}, {PostLimit: -1}} {
		_, _, err := db.FindCreators(ctx, f)
		if got := scout.ErrorCode(err); got != scout.EINVALID {
			t.Errorf("filter %+v: code %q, want %q", f, got, scout.EINVALID)
		}
	}
}

func TestForEachCreator(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	// More than one internal batch.
	ids := seed(t, db, 150, 2)

	t.Run("AllInIDOrderWithPosts", func(t *testing.T) {
		var got []string
		err := db.ForEachCreator(ctx, func(c *scout.Creator) error {
			got = append(got, c.ID)
			if len(c.Posts) != 2 || len(c.Snapshots) != 1 || len(c.Accounts) != 1 {
				t.Errorf("%s: %d posts, %d snapshots, %d accounts; want 2, 1, 1", c.ID, len(c.Posts), len(c.Snapshots), len(c.Accounts))
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, ids) {
			t.Errorf("visited %d creators, want all %d in id order", len(got), len(ids))
		}
	})

	t.Run("CallbackMayWrite", func(t *testing.T) {
		err := db.ForEachCreator(ctx, func(c *scout.Creator) error {
			c.Language = scout.String("en")
			return db.UpdateCreator(ctx, c)
		})
		if err != nil {
			t.Fatal(err)
		}
		cs, _, err := db.FindCreators(ctx, scout.CreatorFilter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			if c.Language == nil || *c.Language != "en" {
				t.Fatalf("%s: language not updated", c.ID)
			}
		}
	})

	// bbolt remaps a growing file under a lock that every open read
	// transaction holds, so a callback run inside the scan's transaction
	// would deadlock here.
	t.Run("CallbackMayGrowFile", func(t *testing.T) {
		db := MustOpen(t, "")
		seed(t, db, 3, 0)
		n := 0
		err := db.ForEachCreator(ctx, func(c *scout.Creator) error {
			n++
			p := profile(fmt.Sprintf("web:grow%d", n), 1, t0, t0, 300)
			for i := range p.Posts {
				p.Posts[i].Text = strings.Repeat("x", 4096)
			}
			_, err := db.SaveProfile(ctx, p)
			return err
		})
		if err != nil || n < 3 {
			t.Fatalf("err = %v after %d calls", err, n)
		}
	})

	t.Run("StopsOnCallbackError", func(t *testing.T) {
		stop := errors.New("stop")
		n := 0
		err := db.ForEachCreator(ctx, func(*scout.Creator) error {
			n++
			if n == 70 {
				return stop
			}
			return nil
		})
		if !errors.Is(err, stop) || n != 70 {
			t.Errorf("err = %v after %d calls, want stop after 70", err, n)
		}
	})

	t.Run("ErrCanceled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		n := 0
		err := db.ForEachCreator(ctx, func(*scout.Creator) error {
			n++
			if n == 10 {
				cancel()
			}
			return nil
		})
		if !errors.Is(err, context.Canceled) || n != 10 {
			t.Errorf("err = %v after %d calls, want context.Canceled after 10", err, n)
		}
	})
}

func TestCountCreators(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := MustOpen(t, dir)
	seed(t, db, 5, 0)
	seed(t, db, 5, 1) // the same accounts again
	n, err := db.CountCreators(ctx)
	if err != nil || n != 5 {
		t.Errorf("CountCreators = %d, %v; want 5", n, err)
	}
	_, total, err := db.FindCreators(ctx, scout.CreatorFilter{Limit: 1})
	if err != nil || total != 5 {
		t.Errorf("FindCreators total = %d, %v; want 5", total, err)
	}
}
