package sharedtest_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/scout-oss/scout/internal/sharedtest"
)

// TestModuleRoot finds the go.mod of this module from a package folder
// two levels down.
func TestModuleRoot(t *testing.T) {
	root := sharedtest.ModuleRoot(t)
	b, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "module github.com/scout-oss/scout"; len(b) < len(want) || string(b[:len(want)]) != want {
		t.Errorf("go.mod at %s starts %q", root, b[:min(len(b), 40)])
	}
	if wd, _ := os.Getwd(); filepath.Dir(filepath.Dir(wd)) != root {
		t.Errorf("root %s is not two levels above %s", root, wd)
	}
}

// TestReadFormat reads a plain and a gzipped sample (skipped without
// ../shared, failed under CI=true).
func TestReadFormat(t *testing.T) {
	if b := sharedtest.ReadFormat(t, "opengraph_basic_ogp.html"); len(b) == 0 {
		t.Error("empty plain sample")
	}
	if b := sharedtest.ReadFormat(t, "youtube_channel_page.html.gz"); len(b) < 1000 || b[0] != '<' && b[0] != ' ' && b[0] != '\n' {
		t.Errorf("gzipped sample not decompressed: %q", b[:min(len(b), 20)])
	}
}
