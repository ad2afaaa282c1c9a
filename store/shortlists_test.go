package store_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/store"
	"github.com/scout-oss/scout/target"
)

func mustShortlistDB(t *testing.T) *store.DB {
	t.Helper()
	db, err := store.OpenWith(context.Background(), t.TempDir(), store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	now := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { now = now.Add(time.Second); return now }
	return db
}

func TestShortlistCRUD(t *testing.T) {
	ctx := context.Background()
	db := mustShortlistDB(t)

	s := &scout.Shortlist{Name: "  Spring launch  "}
	if err := db.CreateShortlist(ctx, s); err != nil {
		t.Fatal(err)
	}
	if s.ID != "sl1" || s.Name != "Spring launch" {
		t.Fatalf("created %+v", s)
	}
	if err := db.CreateShortlist(ctx, &scout.Shortlist{Name: " "}); scout.ErrorCode(err) != scout.EINVALID {
		t.Errorf("empty name: got %v, want invalid", err)
	}
	if err := db.CreateShortlist(ctx, &scout.Shortlist{Name: "Second"}); err != nil {
		t.Fatal(err)
	}

	name, desc := "Spring 2027", "vegan food creators"
	got, err := db.UpdateShortlist(ctx, "sl1", scout.ShortlistUpdate{Name: &name, Description: &desc})
	if err != nil || got.Name != name || got.Description != desc || !got.UpdatedAt.After(got.CreatedAt) {
		t.Fatalf("update: %+v, %v", got, err)
	}
	list, total, err := db.FindShortlists(ctx, scout.ShortlistFilter{Limit: 1, Offset: 1})
	if err != nil || total != 2 || len(list) != 1 || list[0].Name != "Second" {
		t.Fatalf("list: %d %+v %v", total, list, err)
	}

	for _, id := range []string{"sl99", "x", "sl0", "sl"} {
		if _, err := db.FindShortlistByID(ctx, id); scout.ErrorCode(err) != scout.ENOTFOUND {
			t.Errorf("find %q: got %v, want not_found", id, err)
		}
	}
	if err := db.DeleteShortlist(ctx, "sl1"); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteShortlist(ctx, "sl1"); scout.ErrorCode(err) != scout.ENOTFOUND {
		t.Errorf("second delete: %v", err)
	}
}

func TestShortlistEntries(t *testing.T) {
	ctx := context.Background()
	db := mustShortlistDB(t)
	s := &scout.Shortlist{Name: "Q1"}
	if err := db.CreateShortlist(ctx, s); err != nil {
		t.Fatal(err)
	}
	added, existing, err := db.AddEntries(ctx, s.ID, []scout.ShortlistEntry{
		{CreatorID: "cb", Note: "great reels", Tags: []string{"food", " Food ", ""}},
		{CreatorID: "ca", Stage: scout.StageContacted},
		{Target: "https://example.social/@new", PendingCrawl: true},
		{CreatorID: "cb"}, // repeated in the same paste
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(added) != 3 || len(existing) != 1 {
		t.Fatalf("added %d existing %d", len(added), len(existing))
	}
	if added[0].Stage != scout.StageCandidate || !reflect.DeepEqual(added[0].Tags, []string{"food"}) {
		t.Errorf("defaults: %+v", added[0])
	}
	// Pasting again adds nothing.
	added, existing, err = db.AddEntries(ctx, s.ID, []scout.ShortlistEntry{{CreatorID: "ca", Stage: scout.StageBooked}})
	if err != nil || len(added) != 0 || len(existing) != 1 || existing[0].Stage != scout.StageContacted {
		t.Fatalf("re-add: %+v %+v %v", added, existing, err)
	}

	got, err := db.FindShortlistByID(ctx, s.ID)
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, e := range got.Entries {
		keys = append(keys, target.EntryKey(&e))
	}
	if want := []string{"cb", "ca", "target:fedi:new@example.social"}; !reflect.DeepEqual(keys, want) || got.EntryCount != 3 {
		t.Fatalf("entries %v (count %d), want %v", keys, got.EntryCount, want)
	}

	stage := scout.StageNegotiating
	e, err := db.UpdateEntry(ctx, s.ID, "ca", scout.EntryUpdate{Stage: &stage})
	if err != nil || e.Stage != stage {
		t.Fatalf("update stage: %+v %v", e, err)
	}
	bad := scout.Stage("signed")
	if _, err := db.UpdateEntry(ctx, s.ID, "ca", scout.EntryUpdate{Stage: &bad}); scout.ErrorCode(err) != scout.EINVALID {
		t.Errorf("bad stage: %v", err)
	}
	if _, err := db.UpdateEntry(ctx, s.ID, "nope", scout.EntryUpdate{Stage: &stage}); scout.ErrorCode(err) != scout.ENOTFOUND {
		t.Errorf("missing entry: %v", err)
	}

	// Resolving the pending entry re-keys it; onto a listed creator conflicts.
	cb := "cb"
	if _, err := db.UpdateEntry(ctx, s.ID, "target:fedi:new@example.social", scout.EntryUpdate{CreatorID: &cb}); scout.ErrorCode(err) != scout.ECONFLICT {
		t.Errorf("resolve onto listed creator: %v", err)
	}
	cn := "cnew"
	e, err = db.UpdateEntry(ctx, s.ID, "target:fedi:new@example.social", scout.EntryUpdate{CreatorID: &cn})
	if err != nil || target.EntryKey(e) != "cnew" || e.PendingCrawl || e.Position != 2 {
		t.Fatalf("resolve: %+v %v", e, err)
	}

	if err := db.DeleteEntry(ctx, s.ID, "cb"); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteEntry(ctx, s.ID, "cb"); scout.ErrorCode(err) != scout.ENOTFOUND {
		t.Errorf("second delete: %v", err)
	}
	got, _ = db.FindShortlistByID(ctx, s.ID)
	if got.EntryCount != 2 || len(got.Entries) != 2 {
		t.Errorf("after delete: count %d, %d entries", got.EntryCount, len(got.Entries))
	}

	// A bad entry in a paste adds nothing.
	if _, _, err := db.AddEntries(ctx, s.ID, []scout.ShortlistEntry{{CreatorID: "cz"}, {CreatorID: "cy", Stage: "won"}}); scout.ErrorCode(err) != scout.EINVALID {
		t.Errorf("bad paste: %v", err)
	}
	if got, _ = db.FindShortlistByID(ctx, s.ID); got.EntryCount != 2 {
		t.Errorf("bad paste added entries: %d", got.EntryCount)
	}
	// Deleting the shortlist deletes its entries, and a new one starts empty.
	if err := db.DeleteShortlist(ctx, s.ID); err != nil {
		t.Fatal(err)
	}
	s2 := &scout.Shortlist{Name: "Q2"}
	if err := db.CreateShortlist(ctx, s2); err != nil {
		t.Fatal(err)
	}
	if got, _ = db.FindShortlistByID(ctx, s2.ID); s2.ID == s.ID || len(got.Entries) != 0 {
		t.Errorf("new shortlist %s has %d entries", s2.ID, len(got.Entries))
	}
}

func TestHidden(t *testing.T) {
	ctx := context.Background()
	db := mustShortlistDB(t)
	if ids, err := db.HiddenIDs(ctx); err != nil || len(ids) != 0 {
		t.Fatalf("empty store: %v %v", ids, err)
	}
	created, err := db.HideCreator(ctx, &scout.HiddenCreator{CreatorID: "ca", Reason: "declined"})
	if err != nil || !created {
		t.Fatalf("hide: %v %v", created, err)
	}
	if _, err := db.HideCreator(ctx, &scout.HiddenCreator{CreatorID: "cb"}); err != nil {
		t.Fatal(err)
	}
	h := &scout.HiddenCreator{CreatorID: "ca", Reason: "competitor"}
	created, err = db.HideCreator(ctx, h)
	if err != nil || created || h.Reason != "competitor" {
		t.Fatalf("re-hide: %v %v", created, err)
	}
	list, err := db.FindHidden(ctx)
	if err != nil || len(list) != 2 || list[0].CreatorID != "cb" || list[1].Reason != "competitor" {
		t.Fatalf("list %+v %v", list, err)
	}
	if err := db.UnhideCreator(ctx, "cb"); err != nil {
		t.Fatal(err)
	}
	if err := db.UnhideCreator(ctx, "cb"); scout.ErrorCode(err) != scout.ENOTFOUND {
		t.Errorf("unhide twice: %v", err)
	}
	if ids, _ := db.HiddenIDs(ctx); !reflect.DeepEqual(ids, map[string]bool{"ca": true}) {
		t.Errorf("ids %v", ids)
	}
	if _, err := db.HideCreator(ctx, &scout.HiddenCreator{}); scout.ErrorCode(err) != scout.EINVALID {
		t.Errorf("no id: %v", err)
	}
}

var resolveAccounts = []scout.Account{
	{ID: "bluesky:did:plc:alice", Platform: scout.PlatformBluesky, Handle: "alice.bsky.social", URL: "https://bsky.app/profile/alice.bsky.social"},
	{ID: "mastodon:https://example.social/users/bob", Platform: scout.PlatformMastodon, Handle: "bob", URL: "https://example.social/@bob"},
	{ID: "web:https://carol.example/", Platform: scout.PlatformWeb, Handle: "carol", URL: "https://carol.example/"},
	{ID: "youtube:UCdan", Platform: scout.PlatformYouTube, Handle: "DanCooks", URL: "https://www.youtube.com/@DanCooks"},
}

var resolveCases = []struct {
	target string
	want   string // account id whose creator it finds; "" for unknown
}{
	{"https://bsky.app/profile/Alice.bsky.social/", "bluesky:did:plc:alice"},
	{"bluesky:@alice.bsky.social", "bluesky:did:plc:alice"},
	{"bluesky:did:plc:alice", "bluesky:did:plc:alice"},
	{"@bob@example.social", "mastodon:https://example.social/users/bob"},
	{"mastodon:bob@Example.social", "mastodon:https://example.social/users/bob"},
	{"https://example.social/users/bob", "mastodon:https://example.social/users/bob"},
	{"http://www.carol.example", "web:https://carol.example/"},
	{"youtube:@dancooks", "youtube:UCdan"},
	{"https://youtube.com/@DanCooks", "youtube:UCdan"},
	{"bluesky:bob.bsky.social", ""},
	{"https://example.social/@alice", ""},
}

func TestResolveTargets(t *testing.T) {
	ctx := context.Background()
	db := mustShortlistDB(t)
	for _, a := range resolveAccounts {
		if _, err := db.SaveProfile(ctx, &scout.Profile{Account: a, FetchedAt: time.Now()}); err != nil {
			t.Fatal(err)
		}
	}
	targets := make([]string, len(resolveCases))
	for i, c := range resolveCases {
		targets[i] = c.target
	}
	got, err := db.ResolveTargets(ctx, targets)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range resolveCases {
		want := ""
		if c.want != "" {
			want = scout.NewCreatorID(c.want)
		}
		if got[c.target] != want {
			t.Errorf("%s: got %q, want %q", c.target, got[c.target], want)
			continue
		}
	}
}
