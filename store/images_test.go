package store_test

import (
	"context"
	"slices"
	"testing"

	"github.com/scout-oss/scout"
)

func TestFindImageRefs(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	acc := scout.Account{ID: "web:https://a.example/", Platform: scout.PlatformWeb, Handle: "a", URL: "https://a.example/", Avatar: "aaaaaaaaaaaaaaaa-111111111111111111111111"}
	p := &scout.Profile{Account: acc, FetchedAt: t0, Posts: []scout.Post{
		{ID: "1", PublishedAt: t0, Text: "x", ThumbnailURL: "https://a.example/1.jpg", Thumbnail: "aaaaaaaaaaaaaaaa-222222222222222222222222"},
		{ID: "2", PublishedAt: t0, Text: "y", ThumbnailURL: "https://a.example/2.jpg"},
	}}
	id := MustSave(t, db, p)
	MustSave(t, db, &scout.Profile{Account: scout.Account{ID: "web:https://b.example/", Platform: scout.PlatformWeb, URL: "https://b.example/"}, FetchedAt: t0})
	refs, err := db.FindImageRefs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := scout.ImageRefs{"aaaaaaaaaaaaaaaa-111111111111111111111111": true, "aaaaaaaaaaaaaaaa-222222222222222222222222": true}
	if len(refs) != len(want) || !refs["aaaaaaaaaaaaaaaa-111111111111111111111111"] || !refs["aaaaaaaaaaaaaaaa-222222222222222222222222"] {
		t.Errorf("refs = %v, want %v", refs, want)
	}
	c, err := db.FindCreatorByID(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if got := c.ImageKeys(); len(got) != 2 {
		t.Errorf("creator image keys %v, want the avatar and one thumbnail", got)
	}
	e, err := db.EraseCreator(ctx, id, "test")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(e.AccountIDs, []string{acc.ID}) {
		t.Errorf("erasure names accounts %v, want %v (their images go too)", e.AccountIDs, []string{acc.ID})
	}
	if refs, _ := db.FindImageRefs(ctx); len(refs) != 0 {
		t.Errorf("refs after erasure: %v", refs)
	}
}
