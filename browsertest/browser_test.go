package browsertest_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

var updateScreenshots = flag.Bool("update-screenshots", false, "rewrite docs/screenshots/*.png from the browser")

// chromium finds the browser: SCOUT_CHROMIUM, else Debian's chromium or a
// Chrome on PATH.
func chromium() string {
	if p := os.Getenv("SCOUT_CHROMIUM"); p != "" {
		if p, err := exec.LookPath(p); err == nil {
			return p
		}
		return ""
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

var (
	browserOnce sync.Once
	browserCtx  context.Context
	browserErr  error
)

// MustBrowser returns a fresh tab with no cookies, closed when the test ends. It skips without Chromium, unless
// CI=true, where the missing browser is a failure.
func MustBrowser(tb testing.TB) (context.Context, *dialogs) {
	tb.Helper()
	path := chromium()
	if path == "" {
		if os.Getenv("CI") == "true" {
			tb.Fatal("CI=true but no Chromium found: install Debian's chromium (apt-get install -y chromium) or set SCOUT_CHROMIUM")
		}
		tb.Skip("no Chromium found (apt-get install -y chromium, or set SCOUT_CHROMIUM); skipping the browser tests")
	}
	browserOnce.Do(func() {
		dir, err := os.MkdirTemp("", "scout-chromium-")
		if err != nil {
			browserErr = err
			return
		}
		opts := []chromedp.ExecAllocatorOption{
			chromedp.ExecPath(path),
			chromedp.Flag("headless", true),
			chromedp.NoSandbox, // root in containers and CI
			chromedp.DisableGPU,
			chromedp.Flag("disable-background-networking", true),
			chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-sync", true),
			chromedp.Flag("disable-dev-shm-usage", true),
			chromedp.Flag("hide-scrollbars", true),
			chromedp.NoFirstRun,
			chromedp.NoDefaultBrowserCheck,
			chromedp.UserDataDir(dir),
			chromedp.WindowSize(1280, 900),
		}
		alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
		ctx, cancelCtx := chromedp.NewContext(alloc)
		stop := func() { cancelCtx(); cancelAlloc(); os.RemoveAll(dir) }
		if err := chromedp.Run(ctx); err != nil { // start the browser
			stop()
			browserErr = fmt.Errorf("start %s: %w", path, err)
			return
		}
		browserCtx = ctx
		cleanup = append(cleanup, stop)
	})
	if browserErr != nil {
		tb.Fatal(browserErr)
	}
	ctx, cancel := chromedp.NewContext(browserCtx)
	ctx, cancelT := context.WithTimeout(ctx, 30*time.Second)
	tb.Cleanup(func() { cancelT(); cancel() })
	// Tabs share the browser's cookies: start each test signed out.
	if err := chromedp.Run(ctx, network.ClearBrowserCookies()); err != nil {
		tb.Fatalf("clear cookies: %v", err)
	}
	d := &dialogs{}
	chromedp.ListenTarget(ctx, func(ev any) {
		if _, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			d.n.Add(1)
			go func() { _ = chromedp.Run(ctx, page.HandleJavaScriptDialog(false)) }()
		}
	})
	return ctx, d
}

// dialogs counts the alert, confirm and prompt dialogs a tab opened.
type dialogs struct{ n atomic.Int32 }

// screenshot saves the tab as NAME.png in SCOUT_SCREENSHOTS, or in the
// test's temporary directory.
func screenshot(tb testing.TB, ctx context.Context, name string) string {
	tb.Helper()
	dir := os.Getenv("SCOUT_SCREENSHOTS")
	if dir == "" {
		dir = tb.TempDir()
	}
	var buf []byte
	if err := chromedp.Run(ctx, chromedp.FullScreenshot(&buf, 100)); err != nil {
		tb.Fatalf("screenshot %s: %v", name, err)
	}
	p := filepath.Join(dir, name+".png")
	if err := os.WriteFile(p, buf, 0o644); err != nil {
		tb.Fatal(err)
	}
	tb.Logf("screenshot: %s", p)
	return p
}
