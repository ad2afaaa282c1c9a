package store_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/ingest"
	"github.com/scout-oss/scout/store"
)

// fakeIndex records what the Ingester writes to and deletes from the index.
type fakeIndex struct {
	scout.SearchIndex
	indexed map[string]bool
}

func (f *fakeIndex) IndexCreators(_ context.Context, cs []*scout.Creator) error {
	for _, c := range cs {
		f.indexed[c.ID] = true
	}
	return nil
}

func (f *fakeIndex) DeleteCreators(_ context.Context, ids []string) error {
	for _, id := range ids {
		delete(f.indexed, id)
	}
	return nil
}

func newIngester(db *store.DB) (*ingest.Ingester, *fakeIndex) {
	idx := &fakeIndex{indexed: map[string]bool{}}
	return &ingest.Ingester{Creators: db, Index: idx, Identity: &ingest.Merger{Identity: db}}, idx
}

var fetched = time.Date(2026, 4, 2, 8, 0, 0, 0, time.UTC)

// acct builds a profile of one account with the given links.
func acct(id string, p scout.Platform, url string, followers int64, links ...string) *scout.Profile {
	return &scout.Profile{
		Account: scout.Account{ID: id, Platform: p, URL: url, Handle: "h", DisplayName: "Alex Kim",
			Links: links, Followers: scout.Int64(followers)},
		Posts:     []scout.Post{{ID: id + "-p1", PublishedAt: fetched.Add(-time.Hour), Likes: scout.Int64(3)}},
		SourceURL: url, FetchedAt: fetched,
	}
}

func mustIngest(tb testing.TB, in *ingest.Ingester, ps ...*scout.Profile) {
	tb.Helper()
	for _, p := range ps {
		if err := in.Ingest(context.Background(), &scout.CrawlResult{URL: p.SourceURL, Status: 200, FetchedAt: p.FetchedAt, Profile: p}); err != nil {
			tb.Fatal(err)
		}
	}
	if err := in.Flush(context.Background()); err != nil {
		tb.Fatal(err)
	}
}

func count(tb testing.TB, db *store.DB) int {
	tb.Helper()
	n, err := db.CountCreators(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

const (
	blogID = "web:http://maya.example/"
	socID  = "web:http://social.example/@maya"
)

func mayaBlog(links ...string) *scout.Profile {
	return acct(blogID, scout.PlatformWeb, "http://maya.example/", 0, links...)
}

func mayaSocial(links ...string) *scout.Profile {
	return acct(socID, scout.PlatformWeb, "http://social.example/@maya", 4800, links...)
}

func TestIdentity_ReciprocalLinksMerge(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	in, idx := newIngester(db)
	mustIngest(t, in, mayaBlog("https://social.example/@Maya/"))
	if count(t, db) != 1 {
		t.Fatal("one-way so far: want 1 creator")
	}
	mustIngest(t, in, mayaSocial("https://www.maya.example"))
	if got := count(t, db); got != 1 {
		t.Fatalf("%d creators, want 1 after the link back", got)
	}
	blogCreator, socCreator := scout.NewCreatorID(blogID), scout.NewCreatorID(socID)
	survivor, gone := min(blogCreator, socCreator), max(blogCreator, socCreator)
	c, err := db.FindCreatorByID(ctx, survivor)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Accounts) != 2 || c.Name != "Alex Kim" || *c.Followers != 4800 {
		t.Errorf("survivor: %d accounts, name %q, followers %v", len(c.Accounts), c.Name, *c.Followers)
	}
	if len(c.Posts) != 2 || len(c.Snapshots) != 2 {
		t.Errorf("posts %d, snapshots %d: want both accounts'", len(c.Posts), len(c.Snapshots))
	}
	if got := pairsOf(c.Identity); !slices.Equal(got, []string{"rel_me " + socID + "→" + blogID, "rel_me " + blogID + "→" + socID}) &&
		!slices.Equal(got, []string{"rel_me " + blogID + "→" + socID, "rel_me " + socID + "→" + blogID}) {
		t.Errorf("identity %q", got)
	}
	for _, e := range c.Identity {
		if e.URL == "" || e.SeenOn == "" || !e.SeenAt.Equal(fetched) {
			t.Errorf("evidence without its link, page or time: %+v", e)
		}
	}
	if !slices.Equal(c.MergedFrom, []string{gone}) {
		t.Errorf("merged_from %q, want [%s]", c.MergedFrom, gone)
	}

	t.Run("AliasResolves", func(t *testing.T) {
		c, err := db.FindCreatorByID(ctx, gone)
		if err != nil || c.ID != survivor {
			t.Fatalf("FindCreatorByID(%s) = %v, %v; want the survivor %s", gone, c, err, survivor)
		}
		cs, _, err := db.FindCreators(ctx, scout.CreatorFilter{IDs: []string{gone, survivor}})
		if err != nil || len(cs) != 1 || cs[0].ID != survivor {
			t.Errorf("FindCreators by both ids = %d creators, %v", len(cs), err)
		}
	})
	t.Run("IndexHoldsOnlyTheSurvivor", func(t *testing.T) {
		if !idx.indexed[survivor] || idx.indexed[gone] || len(idx.indexed) != 1 {
			t.Errorf("indexed %v", idx.indexed)
		}
	})
	t.Run("ReingestChangesNothing", func(t *testing.T) {
		before, _ := db.FindCreatorByID(ctx, survivor)
		mustIngest(t, in, mayaBlog("https://social.example/@Maya/"), mayaSocial("https://www.maya.example"))
		after, _ := db.FindCreatorByID(ctx, survivor)
		if !after.UpdatedAt.Equal(before.UpdatedAt) || len(after.Identity) != len(before.Identity) {
			t.Errorf("re-ingest changed the creator: updated %v → %v, identity %d → %d",
				before.UpdatedAt, after.UpdatedAt, len(before.Identity), len(after.Identity))
		}
	})
	t.Run("SplitAndNoAutomaticRemerge", func(t *testing.T) {
		// Split out the account whose creator was merged away: it gets
		// its old id back.
		goneAcct := blogID
		if gone == socCreator {
			goneAcct = socID
		}
		c, err := db.SplitAccount(ctx, gone, goneAcct)
		if err != nil {
			t.Fatal(err)
		}
		if c.ID != gone || c.Accounts[0].ID != goneAcct {
			t.Errorf("split creator %s with %s, want the account's own id %s", c.ID, c.Accounts[0].ID, gone)
		}
		if n := count(t, db); n != 2 {
			t.Fatalf("%d creators after split, want 2", n)
		}
		old, _ := db.FindCreatorByID(ctx, survivor)
		if len(old.MergedFrom) != 0 {
			t.Errorf("survivor still lists %q as merged", old.MergedFrom)
		}
		if len(old.Accounts) != 1 || len(old.Identity) != 0 {
			t.Errorf("after split: %d accounts, identity %q", len(old.Accounts), pairsOf(old.Identity))
		}
		if never, _ := db.NeverMerge(ctx, socID, blogID); !never {
			t.Error("split pair not recorded")
		}
		// A re-crawl sees the same links and must leave them apart.
		in.Identity.(*ingest.Merger).Now = time.Now
		mustIngest(t, in, mayaBlog("https://social.example/@Maya/"), mayaSocial("https://www.maya.example"))
		if n := count(t, db); n != 2 {
			t.Errorf("%d creators after re-crawl, want the split to hold", n)
		}
		if _, err := db.MergeCreators(ctx, survivor, gone, nil); scout.ErrorCode(err) != scout.ECONFLICT {
			t.Errorf("automatic merge of a split pair: %v, want conflict", err)
		}
	})
	t.Run("ManualMergeOverridesSplit", func(t *testing.T) {
		ev := scout.IdentityEvidence{Kind: scout.EvidenceManual, From: socID, To: blogID, SeenAt: fetched, Reason: "confirmed by e-mail"}
		c, err := db.MergeCreators(ctx, gone, survivor, []scout.IdentityEvidence{ev})
		if err != nil {
			t.Fatal(err)
		}
		if c.ID != gone || len(c.Accounts) != 2 || !slices.Contains(c.Identity, ev) {
			t.Errorf("manual merge: id %s, %d accounts, identity %q", c.ID, len(c.Accounts), pairsOf(c.Identity))
		}
		if never, _ := db.NeverMerge(ctx, socID, blogID); never {
			t.Error("manual merge left the never-merge pair")
		}
		got, err := db.FindCreatorByID(ctx, survivor)
		if err != nil || got.ID != gone {
			t.Errorf("old id %s resolves to %v, %v", survivor, got, err)
		}
	})
}

func TestIdentity_OneWayAndNamesakesStayApart(t *testing.T) {
	db := MustOpen(t, "")
	in, _ := newIngester(db)
	mustIngest(t, in,
		// Same display name, no links between them.
		acct("web:http://alexkim.example/", scout.PlatformWeb, "http://alexkim.example/", 0),
		acct("web:http://social.example/@alexkim", scout.PlatformWeb, "http://social.example/@alexkim", 900),
		// A fan page links to a creator; the creator does not link back.
		acct("web:http://fan.example/", scout.PlatformWeb, "http://fan.example/", 0, "http://social.example/@alexkim"),
	)
	if n := count(t, db); n != 3 {
		t.Errorf("%d creators, want 3", n)
	}
}

func TestIdentity_LinkInBio(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	in, _ := newIngester(db)
	mustIngest(t, in,
		acct("bluesky:did:plc:kai", scout.PlatformBluesky, "https://bsky.app/profile/kai.example", 100, "https://linktr.ee/kai"),
		acct("youtube:UCkai", scout.PlatformYouTube, "https://www.youtube.com/@kai", 200, "https://linktr.ee/kai"),
		acct("web:https://linktr.ee/kai", scout.PlatformWeb, "https://linktr.ee/kai", 0,
			"https://bsky.app/profile/kai.example", "https://www.youtube.com/@kai"),
	)
	if n := count(t, db); n != 1 {
		t.Fatalf("%d creators, want 1", n)
	}
	cs, _, _ := db.FindCreators(ctx, scout.CreatorFilter{})
	if !slices.ContainsFunc(cs[0].Identity, func(e scout.IdentityEvidence) bool { return e.Kind == scout.EvidenceLinkInBio }) {
		t.Errorf("identity %q lacks link_in_bio", pairsOf(cs[0].Identity))
	}
}

func TestSplitAccount_Errors(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	id := MustSave(t, db, mayaBlog())
	_, err := db.SplitAccount(ctx, id, blogID)
	wantCode(t, err, scout.EINVALID)
	_, err = db.SplitAccount(ctx, id, "web:nope")
	wantCode(t, err, scout.ENOTFOUND)
	_, err = db.MergeCreators(ctx, id, "cnope", nil)
	wantCode(t, err, scout.ENOTFOUND)
}

func pairsOf(ev []scout.IdentityEvidence) []string {
	var out []string
	for _, e := range ev {
		out = append(out, e.Kind+" "+e.From+"→"+e.To)
	}
	return out
}
