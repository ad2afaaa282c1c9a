package browsertest_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/scout-oss/scout"
)

// imgState is what the page says about one <img>.
type imgState struct {
	Src      string `json:"src"`
	Complete bool   `json:"complete"`
	Width    int    `json:"width"`
}

const readImages = `[...document.images].map(i => ({src: i.src, complete: i.complete, width: i.naturalWidth}))`

// imagesSettled is true once every image of the page has loaded (or
// failed); images the page loads lazily are asked for at once first, as
// scrolling to them would.
const imagesSettled = `[...document.images].every(i => { i.loading = "eager"; return i.complete })`

// TestAvatarsRenderFromOwnURLs searches for the Italian cook, whose
// avatar the crawl fetched from the sample web, and checks that every
// picture on the search and creator pages came from Scout's own /images/
// URLs and actually rendered; creators without a picture show initials.
func TestAvatarsRenderFromOwnURLs(t *testing.T) {
	f := MustFixture(t)
	ctx, _ := MustBrowser(t)
	signIn(t, ctx, f, scout.RoleViewer)
	for _, path := range []string{"/?" + url.Values{"q": {"dario"}}.Encode(), "/?" + url.Values{"q": {"alex"}}.Encode()} {
		var imgs []imgState
		var initials int
		err := chromedp.Run(ctx,
			chromedp.Navigate(f.URL+path),
			chromedp.WaitVisible("table.results", chromedp.ByQuery),
			chromedp.Poll(imagesSettled, nil),
			chromedp.Evaluate(readImages, &imgs),
			chromedp.Evaluate(`document.querySelectorAll(".avatar.ph").length`, &initials),
		)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		for _, im := range imgs {
			if !strings.HasPrefix(im.Src, f.URL+"/images/") {
				t.Errorf("%s: <img src=%q> is not Scout's own", path, im.Src)
			}
			if im.Width == 0 {
				t.Errorf("%s: %s did not render", path, im.Src)
			}
		}
		if path == "/?q=dario" && len(imgs) == 0 {
			t.Errorf("%s: no avatar rendered for the Italian cook", path)
		}
		if path == "/?q=alex" && initials == 0 {
			t.Errorf("%s: creators without a picture show no initials", path)
		}
	}
	screenshot(t, ctx, "avatars")

	// The creator page: the avatar and post thumbnails, all Scout's own.
	var imgs []imgState
	err := chromedp.Run(ctx,
		chromedp.Navigate(f.URL+"/?"+url.Values{"q": {"dario"}}.Encode()),
		chromedp.WaitVisible("table.results", chromedp.ByQuery),
		chromedp.Click(`table.results tbody tr:first-child a.name`, chromedp.ByQuery),
		chromedp.WaitVisible(`h1`, chromedp.ByQuery),
		chromedp.Poll(imagesSettled, nil),
		chromedp.Evaluate(readImages, &imgs),
	)
	if err != nil {
		t.Fatal(err)
	}
	if len(imgs) < 2 {
		t.Errorf("creator page shows %d images, want the avatar and post thumbnails", len(imgs))
	}
	for _, im := range imgs {
		if !strings.HasPrefix(im.Src, f.URL+"/images/") || im.Width == 0 {
			t.Errorf("creator page image %+v: want one of Scout's own, rendered", im)
		}
	}
	screenshot(t, ctx, "creator-images")
}

// TestCompareFromResults ticks two namesakes in the results with the
// keyboard, compares them, and reads the comparison on a 375 px screen.
func TestCompareFromResults(t *testing.T) {
	f := MustFixture(t)
	ctx, _ := MustBrowser(t)
	signIn(t, ctx, f, scout.RoleViewer)
	var loc string
	var names, labels []string
	var scrollW, clientW int
	err := chromedp.Run(ctx,
		chromedp.Navigate(f.URL+"/?"+url.Values{"q": {"alex kim"}}.Encode()),
		chromedp.WaitVisible("table.results", chromedp.ByQuery),
		chromedp.Focus(`table.results tbody tr:nth-child(1) input[type=checkbox]`, chromedp.ByQuery),
		chromedp.KeyEvent(" "),
		chromedp.Focus(`table.results tbody tr:nth-child(2) input[type=checkbox]`, chromedp.ByQuery),
		chromedp.KeyEvent(" "),
		chromedp.Focus(`button.compare-btn`, chromedp.ByQuery),
		chromedp.KeyEvent("\r"),
		chromedp.WaitVisible(`.compare-card`, chromedp.ByQuery),
		chromedp.Location(&loc),
		chromedp.Evaluate(`[...document.querySelectorAll(".compare-card h2")].map(h => h.innerText)`, &names),
		chromedp.Evaluate(`[...document.querySelector(".compare-card dl").querySelectorAll("dt")].map(d => d.innerText)`, &labels),
	)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(loc, "/compare?ids=") {
		t.Errorf("compare went to %s, want the shareable /compare?ids= URL", loc)
	}
	if len(names) != 2 || names[0] != "Alex Kim" || names[1] != "Alex Kim" {
		t.Errorf("compared %q, want the two Alex Kims", names)
	}
	for _, want := range []string{"Followers", "Growth", "Engagement by followers", "Engagement by views", "Overall", "Flags", "Language", "Country", "Audience", "Contacts"} {
		found := false
		for _, l := range labels {
			found = found || l == want
		}
		if !found {
			t.Errorf("the comparison has no %q row (rows: %q)", want, labels)
		}
	}
	// The two are told apart by handle on the page itself.
	var handles []string
	if err := chromedp.Run(ctx, chromedp.Evaluate(`[...document.querySelectorAll(".compare-card .handles")].map(h => h.innerText)`, &handles)); err != nil {
		t.Fatal(err)
	}
	if len(handles) != 2 || handles[0] == handles[1] {
		t.Errorf("namesakes' handles %q: want two different ones", handles)
	}
	screenshot(t, ctx, "compare")

	// A phone: no sideways scrolling.
	err = chromedp.Run(ctx,
		chromedp.EmulateViewport(375, 800),
		chromedp.Navigate(loc),
		chromedp.WaitVisible(`.compare-card`, chromedp.ByQuery),
		chromedp.Evaluate(`document.documentElement.scrollWidth`, &scrollW),
		chromedp.Evaluate(`document.documentElement.clientWidth`, &clientW),
	)
	if err != nil {
		t.Fatal(err)
	}
	if scrollW > clientW {
		t.Errorf("at 375 px the compare page is %d px wide (viewport %d): it scrolls sideways", scrollW, clientW)
	}
	screenshot(t, ctx, "compare-375")
}
