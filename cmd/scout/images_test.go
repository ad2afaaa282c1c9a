package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/imagestore"
)

// MustImageDir is a data directory holding one creator whose avatar and
// one post thumbnail are stored, and returns it with their keys.
func MustImageDir(t *testing.T) (string, []string) {
	t.Helper()
	ctx := context.Background()
	data := t.TempDir()
	a, err := openApp(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	now := time.Now().UTC()
	acc := scout.Account{ID: "web:https://pic.example/", Platform: scout.PlatformWeb, URL: "https://pic.example/", DisplayName: "Pic Person", Followers: scout.Int64(10)}
	prof := &scout.Profile{Account: acc, FetchedAt: now, Posts: []scout.Post{{ID: "p1", PublishedAt: now, Text: "hello"}}}
	if prof.Account.Avatar, err = a.images.PutImage(ctx, acc.ID, scout.ImageAvatar, mustPNG(t, 3)); err != nil {
		t.Fatal(err)
	}
	if prof.Posts[0].Thumbnail, err = a.images.PutImage(ctx, acc.ID, scout.ImageThumbnail, mustPNG(t, 5)); err != nil {
		t.Fatal(err)
	}
	if err := a.ing.Ingest(ctx, &scout.CrawlResult{URL: acc.URL, Status: 200, FetchedAt: now, Profile: prof}); err != nil {
		t.Fatal(err)
	}
	if err := a.ing.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	return data, []string{prof.Account.Avatar, prof.Posts[0].Thumbnail}
}

func TestBackupIncludesImages(t *testing.T) {
	ctx := context.Background()
	data, keys := MustImageDir(t)
	file := filepath.Join(t.TempDir(), "scout.backup")
	code, out, errOut := run(t, ctx, nil, "backup", "--data", data, file)
	if code != exitOK {
		t.Fatalf("backup: exit %d: %s %s", code, out, errOut)
	}
	if !strings.Contains(errOut, "2 images") {
		t.Errorf("backup printed %q, want the images counted", errOut)
	}
	restored, err := imagestore.Open(file + imagesBackupSuffix)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		if _, err := restored.ImagePath(ctx, k); err != nil {
			t.Errorf("image %s not in the backup: %v", k, err)
		}
	}
}

func TestDoctorChecksImages(t *testing.T) {
	ctx := context.Background()
	data, keys := MustImageDir(t)
	code, out, errOut := run(t, ctx, nil, "doctor", "--data", data)
	if code != exitOK || !strings.Contains(out, "images: ok (2 files") {
		t.Fatalf("doctor on a healthy directory: exit %d: %s %s", code, out, errOut)
	}
	// An orphan (a file nothing refers to) and a missing file.
	images, err := imagestore.Open(filepath.Join(data, imagestore.DirName))
	if err != nil {
		t.Fatal(err)
	}
	orphan, err := images.PutImage(ctx, "web:https://gone.example/", scout.ImageAvatar, mustPNG(t, 7))
	if err != nil {
		t.Fatal(err)
	}
	p, _ := images.ImagePath(ctx, keys[1])
	if err := os.Remove(p); err != nil {
		t.Fatal(err)
	}
	code, out, _ = run(t, ctx, nil, "doctor", "--data", data)
	if code == exitOK {
		t.Error("doctor passed with a missing and an orphaned image")
	}
	for _, want := range []string{"images_missing", keys[1], "images_orphaned", orphan} {
		if !strings.Contains(out, want) {
			t.Errorf("doctor output lacks %q:\n%s", want, out)
		}
	}
	_, out, _ = run(t, ctx, nil, "doctor", "--fix", "--data", data)
	if !strings.Contains(out, "removed 1 orphaned image") {
		t.Errorf("doctor --fix printed:\n%s", out)
	}
	if _, err := images.ImagePath(ctx, orphan); scout.ErrorCode(err) != scout.ENOTFOUND {
		t.Errorf("orphan after --fix: %v, want ENOTFOUND", err)
	}
}
