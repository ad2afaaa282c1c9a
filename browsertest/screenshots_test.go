package browsertest_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/scout-oss/scout"
)

// TestScreenshots renders the search page and a creator page at desktop
// width and at 375 px. With -update-screenshots it rewrites the README's
// pictures in docs/screenshots; otherwise they go where screenshot puts
// them.
func TestScreenshots(t *testing.T) {
	f := MustFixture(t)
	ctx, _ := MustBrowser(t)
	signIn(t, ctx, f, scout.RoleEditor)
	// A shortlist, so the pictures show the "add to shortlist" controls.
	if err := f.DB.CreateShortlist(context.Background(), &scout.Shortlist{Name: "Autumn campaign"}); err != nil {
		t.Fatal(err)
	}
	shots := []struct {
		name, path string
		width      int64
		wait       string
	}{
		{"search", "/?sort=followers", 1280, "table.results"},
		{"creator", "/creators/" + f.Chart, 1280, "#score-overall"},
		{"search-375", "/?sort=followers", 375, "table.results"},
		{"creator-375", "/creators/" + f.Chart, 375, "#score-overall"},
	}
	for _, s := range shots {
		if err := chromedp.Run(ctx,
			chromedp.EmulateViewport(s.width, 900),
			chromedp.Navigate(f.URL+s.path),
			chromedp.WaitVisible(s.wait, chromedp.ByQuery),
		); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		var wide []string // the elements that stick out on the right
		if err := chromedp.Run(ctx, chromedp.Evaluate(`document.documentElement.scrollWidth <= window.innerWidth + 1 ? [] :
			[...document.querySelectorAll("main *")].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest(".table-wrap"))
				.slice(0, 5).map(e => e.tagName + "." + e.className)`, &wide)); err != nil {
			t.Fatal(err)
		}
		if len(wide) > 0 {
			t.Errorf("%s: the page is wider than %d px and scrolls sideways: %q", s.name, s.width, wide)
		}
		p := screenshot(t, ctx, s.name)
		if *updateScreenshots && (s.name == "search" || s.name == "creator") {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			dst := filepath.Join("..", "docs", "screenshots", s.name+".png")
			if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(dst, raw, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
