package browsertest_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/scout-oss/scout"
)

// mustShortlistPage makes a shortlist with two stored creators (with tags
// and a note) and one pending target, and returns its path.
func mustShortlistPage(t *testing.T, f *fixture) string {
	t.Helper()
	ctx := context.Background()
	sl := &scout.Shortlist{Name: "A11y " + t.Name()}
	if err := f.DB.CreateShortlist(ctx, sl); err != nil {
		t.Fatal(err)
	}
	cs, _, err := f.DB.FindCreators(ctx, scout.CreatorFilter{Limit: 2})
	if err != nil || len(cs) < 2 {
		t.Fatalf("creators: %v", err)
	}
	entries := []scout.ShortlistEntry{
		{CreatorID: cs[0].ID, Stage: scout.StageContacted, Note: "asked for rates on a rather long note that must wrap", Tags: []string{"spring", "video"}},
		{CreatorID: cs[1].ID},
		{Target: "https://a-very-long-host-name-that-could-push-the-layout.example/@someone-with-a-long-handle", PendingCrawl: true},
	}
	if _, _, err := f.DB.AddEntries(ctx, sl.ID, entries); err != nil {
		t.Fatal(err)
	}
	return "/shortlists/" + sl.ID
}

// noSideways fails when the page scrolls sideways at the current width,
// naming what sticks out.
func noSideways(t *testing.T, ctx context.Context, what string) {
	t.Helper()
	var res struct {
		ScrollWidth, ClientWidth int
		Wide                     []string
	}
	if err := chromedp.Run(ctx, chromedp.Evaluate(`(() => {
		const d = document.documentElement;
		const wide = [...document.querySelectorAll("main *")].filter(e => e.getBoundingClientRect().right > d.clientWidth + 1)
			.slice(0, 5).map(e => e.tagName + "." + e.className);
		return {ScrollWidth: d.scrollWidth, ClientWidth: d.clientWidth, Wide: wide};
	})()`, &res)); err != nil {
		t.Fatal(err)
	}
	if res.ScrollWidth > res.ClientWidth || len(res.Wide) > 0 {
		t.Errorf("%s: scrollWidth %d > clientWidth %d; sticking out: %q", what, res.ScrollWidth, res.ClientWidth, res.Wide)
	}
}

// TestShortlistFitsNarrowScreens: at 375 px the shortlist (table and
// board) does not scroll sideways and its stage, note and save controls
// are on screen; at desktop width likewise.
func TestShortlistFitsNarrowScreens(t *testing.T) {
	f := MustFixture(t)
	ctx, _ := MustBrowser(t)
	signIn(t, ctx, f, scout.RoleEditor)
	path := mustShortlistPage(t, f)
	for _, width := range []int64{375, 1280} {
		for _, view := range []string{"", "?view=board"} {
			name := fmt.Sprintf("%s%s at %d px", path, view, width)
			if err := chromedp.Run(ctx,
				chromedp.EmulateViewport(width, 800),
				chromedp.Navigate(f.URL+path+view),
				chromedp.WaitVisible(`.stages`, chromedp.ByQuery),
			); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			noSideways(t, ctx, name)
			if view == "" {
				var off []string
				if err := chromedp.Run(ctx, chromedp.Evaluate(`[...document.querySelectorAll(".entry-form select, .entry-form input:not([type=hidden]), .entry-form button, .pick input")]
					.filter(e => { const r = e.getBoundingClientRect(); return r.width === 0 || r.left < 0 || r.right > document.documentElement.clientWidth + 1 })
					.map(e => e.outerHTML.slice(0, 80))`, &off)); err != nil {
					t.Fatal(err)
				}
				if len(off) > 0 {
					t.Errorf("%s: controls cut off: %q", name, off)
				}
			}
			if width == 375 {
				screenshot(t, ctx, "shortlist-375"+strings.ReplaceAll(view, "?view=", "-"))
			}
		}
	}
}

// accNameJS computes an element's accessible name the way assistive
// technology mostly does (aria-labelledby, aria-label, label, content,
// title).
const accNameJS = `function accName(el) {
	const by = el.getAttribute("aria-labelledby");
	if (by) return by.split(/\s+/).map(id => (document.getElementById(id) || {}).textContent || "").join(" ").trim();
	const al = el.getAttribute("aria-label");
	if (al && al.trim()) return al.trim();
	if (el.labels && el.labels.length) return [...el.labels].map(l => l.textContent).join(" ").trim();
	if (el.tagName === "INPUT" && (el.type === "submit" || el.type === "button")) return el.value.trim();
	const txt = (el.textContent || "").trim();
	if (txt) return txt;
	return (el.getAttribute("title") || "").trim();
}`

// a11yPages are the pages checked by keyboard, labels and contrast.
func a11yPages(t *testing.T, f *fixture) []string {
	return []string{"/?sort=followers", "/creators/" + f.Chart, mustShortlistPage(t, f), "/shortlists"}
}

// TestKeyboardOnly: each page starts with a skip link; tabbing reaches
// every visible control, in order, each with a visible focus indicator and
// an accessible name; no control is unlabelled.
func TestKeyboardOnly(t *testing.T) {
	f := MustFixture(t)
	ctx, _ := MustBrowser(t)
	signIn(t, ctx, f, scout.RoleEditor)
	for _, path := range a11yPages(t, f) {
		if err := chromedp.Run(ctx,
			chromedp.EmulateViewport(1280, 900),
			chromedp.Navigate(f.URL+path),
			chromedp.WaitVisible(`main`, chromedp.ByQuery),
		); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		// Every visible control, in document order.
		var controls []string
		if err := chromedp.Run(ctx, chromedp.Evaluate(`(() => { `+accNameJS+`
			const els = [...document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary")]
				.filter(e => e.checkVisibility() && !e.disabled && e.tabIndex >= 0);
			window.__ctl = els;
			return els.map(e => e.tagName + (e.id ? "#" + e.id : "") + "[" + accName(e) + "]");
		})()`, &controls)); err != nil {
			t.Fatal(err)
		}
		for _, c := range controls {
			if strings.HasSuffix(c, "[]") {
				t.Errorf("%s: control %s has no accessible name", path, c)
			}
		}
		// Tab through: each stop is the next control, visibly focused.
		var first string
		if err := chromedp.Run(ctx, chromedp.KeyEvent(kb.Tab), chromedp.Evaluate(`document.activeElement.className + "|" + document.activeElement.getAttribute("href") + "|" + (document.activeElement.getBoundingClientRect().left >= 0)`, &first)); err != nil {
			t.Fatal(err)
		}
		if first != "skip|#main|true" {
			t.Errorf("%s: first Tab focuses %q, want the visible skip link to #main", path, first)
		}
		reached := 1
		for i := 1; i < len(controls); i++ {
			var stop struct {
				Index   int
				Name    string
				Outline bool
			}
			if err := chromedp.Run(ctx, chromedp.KeyEvent(kb.Tab), chromedp.Evaluate(`(() => { `+accNameJS+`
				const el = document.activeElement, cs = getComputedStyle(el);
				// The indicator must stand out from the white page by 3:1 (WCAG 1.4.11).
				const m = cs.outlineColor.match(/[\d.]+/g).map(Number), f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
				const ratio = 1.05 / (0.2126 * f(m[0]) + 0.7152 * f(m[1]) + 0.0722 * f(m[2]) + 0.05);
				return {Index: window.__ctl.indexOf(el), Name: accName(el),
					Outline: (cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 2 && ratio >= 3) || cs.boxShadow !== "none"};
			})()`, &stop)); err != nil {
				t.Fatal(err)
			}
			if stop.Index != i {
				t.Errorf("%s: Tab %d focuses control %d (%s), want %d (%s): focus order skips or jumps", path, i, stop.Index, stop.Name, i, controls[i])
				break
			}
			if !stop.Outline {
				t.Errorf("%s: %s has no visible focus indicator", path, controls[i])
			}
			reached++
		}
		t.Logf("%s: %d controls, each reached by Tab in order", path, len(controls))
		if len(controls) < 5 {
			t.Errorf("%s: only %d controls found", path, len(controls))
		}
		if reached != len(controls) {
			t.Errorf("%s: Tab reached %d of %d controls", path, reached, len(controls))
		}
	}
}

// contrastJS lists visible text whose contrast with its background is
// below WCAG 2.1 AA: 4.5:1, or 3:1 for large text (24 px, or 18.66 px
// bold). Opacity on the way up is blended in.
const contrastJS = `(() => {
	const parse = c => { const m = c.match(/[\d.]+/g).map(Number); return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1}; };
	const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
	const blend = (fg, bg, a) => ({r: fg.r * a + bg.r * (1 - a), g: fg.g * a + bg.g * (1 - a), b: fg.b * a + bg.b * (1 - a)});
	const background = el => {
		const layers = [];
		for (let e = el; e; e = e.parentElement) {
			const c = parse(getComputedStyle(e).backgroundColor);
			if (c.a > 0) { layers.push(c); if (c.a >= 1) break; }
		}
		let bg = {r: 255, g: 255, b: 255};
		for (const c of layers.reverse()) bg = blend(c, bg, c.a);
		return bg;
	};
	const opacity = el => { let o = 1; for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity); return o; };
	const out = [], seen = new Set();
	let checked = 0;
	const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let n; (n = w.nextNode());) {
		const el = n.parentElement;
		if (!n.textContent.trim() || seen.has(el)) continue;
		seen.add(el);
		if (!el.checkVisibility() || el.closest(".sr-only, .skip, svg, noscript")) continue;
		const r = el.getBoundingClientRect();
		if (r.width === 0 || r.height === 0) continue;
		const cs = getComputedStyle(el), bg = background(el);
		const fgc = parse(cs.color);
		const fg = blend(fgc, bg, fgc.a * opacity(el));
		const l1 = lum(fg), l2 = lum(bg);
		const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
		const size = parseFloat(cs.fontSize), bold = Number(cs.fontWeight) >= 700;
		const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
		checked++;
		if (ratio < need) out.push(el.tagName + "." + el.className + " '" + n.textContent.trim().slice(0, 30) + "' " + ratio.toFixed(2) + " < " + need);
	}
	return {Low: out, Checked: checked};
})()`

// TestContrastAA: the text of each page meets WCAG 2.1 AA contrast, at
// desktop width and at 375 px, including with a control focused.
func TestContrastAA(t *testing.T) {
	f := MustFixture(t)
	ctx, _ := MustBrowser(t)
	signIn(t, ctx, f, scout.RoleEditor)
	for _, path := range a11yPages(t, f) {
		for _, width := range []int64{1280, 375} {
			var res struct {
				Low     []string
				Checked int
			}
			if err := chromedp.Run(ctx,
				chromedp.EmulateViewport(width, 900),
				chromedp.Navigate(f.URL+path),
				chromedp.WaitVisible(`main`, chromedp.ByQuery),
				chromedp.Evaluate(`document.querySelectorAll("details").forEach(d => d.open = true)`, nil),
				chromedp.Evaluate(contrastJS, &res),
			); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			if res.Checked < 20 {
				t.Errorf("%s at %d px: only %d text elements checked", path, width, res.Checked)
			}
			t.Logf("%s at %d px: %d text elements checked", path, width, res.Checked)
			for _, l := range res.Low {
				t.Errorf("%s at %d px: low contrast: %s", path, width, l)
			}
		}
	}
}

// TestPasteWithABadLine: a paste with one bad line adds the good lines and
// lists the bad one with why, on the shortlist page itself, and the bad
// line stays in the box; the page still fits 375 px.
func TestPasteWithABadLine(t *testing.T) {
	f := MustFixture(t)
	ctx, _ := MustBrowser(t)
	signIn(t, ctx, f, scout.RoleEditor)
	path := mustShortlistPage(t, f)
	var title, box string
	var bad []string
	err := chromedp.Run(ctx,
		chromedp.EmulateViewport(375, 800),
		chromedp.Navigate(f.URL+path),
		chromedp.WaitVisible(`#targets`, chromedp.ByQuery),
		chromedp.SendKeys(`#targets`, "bluesky:new-one.bsky.social\nnot a profile\n", chromedp.ByQuery),
		chromedp.Click(`form[action$="/entries"] button[type=submit]`, chromedp.ByQuery),
		chromedp.WaitVisible(`.paste-result`, chromedp.ByQuery),
		chromedp.Title(&title),
		chromedp.Evaluate(`[...document.querySelectorAll(".bad-lines li")].map(li => li.innerText)`, &bad),
		chromedp.Value(`#targets`, &box, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(title, "Error") || len(bad) != 1 || !strings.Contains(bad[0], "Line 2: not a profile") || !strings.Contains(bad[0], "not a profile URL") {
		t.Errorf("title %q, bad lines %q; want the shortlist page listing line 2", title, bad)
	}
	if strings.Contains(box, "new-one") || !strings.Contains(box, "not a profile") {
		t.Errorf("box after the paste = %q; want only the bad line", box)
	}
	var pending bool
	if err := chromedp.Run(ctx, chromedp.Evaluate(`document.body.innerText.includes("bluesky:new-one.bsky.social")`, &pending)); err != nil {
		t.Fatal(err)
	}
	if !pending {
		t.Error("the good line was not added")
	}
	noSideways(t, ctx, "paste result at 375 px")
	screenshot(t, ctx, "shortlist-paste-375")
}
