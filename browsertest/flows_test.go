package browsertest_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
)

// signIn uses the sign-in form, as a person would.
func signIn(t *testing.T, ctx context.Context, f *fixture, role scout.Role) {
	t.Helper()
	err := chromedp.Run(ctx,
		chromedp.Navigate(f.URL+"/signin"),
		chromedp.WaitVisible("#key", chromedp.ByQuery),
		chromedp.SendKeys("#key", f.Keys[role], chromedp.ByQuery),
		chromedp.Click(`form[action="/signin"] button[type=submit]`, chromedp.ByQuery),
		chromedp.WaitVisible(`.who .role`, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatalf("sign in as %s: %v", role, err)
	}
}

func TestSignInKeepsKeyInStrictHttpOnlyCookie(t *testing.T) {
	f := MustFixture(t)
	ctx, _ := MustBrowser(t)
	var status string
	if err := chromedp.Run(ctx, chromedp.Navigate(f.URL+"/"), chromedp.Text("h1", &status, chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	if status != "Sign in" {
		t.Fatalf("without a key the page shows %q, want the sign-in form", status)
	}
	signIn(t, ctx, f, scout.RoleViewer)
	var cookies []*network.Cookie
	if err := chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		cookies, err = network.GetCookies().WithURLs([]string{f.URL}).Do(ctx)
		return err
	})); err != nil {
		t.Fatal(err)
	}
	var key *network.Cookie
	for _, c := range cookies {
		if c.Name == api.KeyCookie {
			key = c
		}
	}
	if key == nil || !key.HTTPOnly || key.SameSite != network.CookieSameSiteStrict {
		t.Fatalf("key cookie = %+v, want HttpOnly and SameSite=Strict", key)
	}
	var visible string
	if err := chromedp.Run(ctx, chromedp.Evaluate(`document.cookie`, &visible)); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(visible, api.KeyCookie) {
		t.Errorf("scripts can read the key cookie: %q", visible)
	}
	screenshot(t, ctx, "signed-in")
}

func TestSearchFilterAndOpenCreator(t *testing.T) {
	f := MustFixture(t)
	ctx, _ := MustBrowser(t)
	signIn(t, ctx, f, scout.RoleViewer)
	var total, facet, loc string
	var rows, filtered []string
	err := chromedp.Run(ctx,
		chromedp.Navigate(f.URL+"/"),
		chromedp.WaitVisible("table.results", chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll("table.results tbody tr")].map(r => r.innerText)`, &rows),
		chromedp.Text(".total", &total, chromedp.ByQuery),
		// Filter by the first platform facet value.
		chromedp.Text(`.facets section:first-child li:first-child a`, &facet, chromedp.ByQuery),
		chromedp.Click(`.facets section:first-child li:first-child a`, chromedp.ByQuery),
		chromedp.WaitVisible(`.chips`, chromedp.ByQuery),
		chromedp.Location(&loc),
		chromedp.Evaluate(`[...document.querySelectorAll("table.results tbody tr")].map(r => r.innerText)`, &filtered),
	)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 3 {
		t.Fatalf("search shows %d creators, want the sample web's (%s)", len(rows), total)
	}
	value := strings.Fields(facet)[0]
	if !strings.Contains(loc, "platform="+value) {
		t.Errorf("facet click went to %s, want platform=%s in the URL", loc, value)
	}
	if len(filtered) == 0 || len(filtered) > len(rows) {
		t.Errorf("filtering by platform %s shows %d rows (of %d)", value, len(filtered), len(rows))
	}
	for _, r := range filtered {
		if !strings.Contains(r, value) {
			t.Errorf("row without platform %s after filtering: %q", value, r)
		}
	}
	screenshot(t, ctx, "search-filtered")

	// Sort by followers by clicking the header, then text-search.
	var sortState string
	err = chromedp.Run(ctx,
		chromedp.Click(`th[aria-sort] a[href*="sort=followers"]`, chromedp.ByQuery),
		chromedp.WaitVisible(`th[aria-sort=descending]`, chromedp.ByQuery),
		chromedp.Text(`th[aria-sort=descending]`, &sortState, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(sortState, "Followers") {
		t.Errorf("sorted column = %q, want Followers", sortState)
	}

	// Open the first creator and read the overall score's explanation.
	var name, h1, formula string
	var reasons []string
	err = chromedp.Run(ctx,
		chromedp.Text(`table.results tbody tr:first-child a.name`, &name, chromedp.ByQuery),
		chromedp.Click(`table.results tbody tr:first-child a.name`, chromedp.ByQuery),
		chromedp.WaitVisible(`#score-overall`, chromedp.ByQuery),
		chromedp.Text(`h1`, &h1, chromedp.ByQuery),
		chromedp.Text(`#score-overall code`, &formula, chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll("#score-overall .reasons li")].map(li => li.innerText)`, &reasons),
	)
	if err != nil {
		t.Fatal(err)
	}
	if h1 != name {
		t.Errorf("creator page h1 = %q, want %q", h1, name)
	}
	if formula == "" || len(reasons) == 0 {
		t.Errorf("overall score explanation: formula %q, reasons %q", formula, reasons)
	}
	// Another score's explanation opens with the keyboard.
	var open bool
	err = chromedp.Run(ctx,
		chromedp.Focus(`#score-brand_safety summary`, chromedp.ByQuery),
		chromedp.KeyEvent("\r"),
		chromedp.Evaluate(`document.querySelector("#score-brand_safety").open`, &open),
	)
	if err != nil {
		t.Fatal(err)
	}
	if !open {
		t.Error("Enter on a score's summary did not open its explanation")
	}
	screenshot(t, ctx, "creator")
}

func TestShortlistAddStageExport(t *testing.T) {
	f := MustFixture(t)
	ctx, _ := MustBrowser(t)
	signIn(t, ctx, f, scout.RoleEditor)
	name := "Spring launch " + t.Name()
	var picked []string
	var notice string
	err := chromedp.Run(ctx,
		chromedp.Navigate(f.URL+"/shortlists"),
		chromedp.WaitVisible(`#name`, chromedp.ByQuery),
		chromedp.SendKeys(`#name`, name, chromedp.ByQuery),
		chromedp.Click(`form[action="/shortlists"] button[type=submit]`, chromedp.ByQuery),
		chromedp.WaitVisible(`.notice`, chromedp.ByQuery),
		// Add two creators from the results.
		chromedp.Navigate(f.URL+"/?sort=followers"),
		chromedp.WaitVisible(`table.results`, chromedp.ByQuery),
		chromedp.Click(`table.results tbody tr:nth-child(1) input[type=checkbox]`, chromedp.ByQuery),
		chromedp.Click(`table.results tbody tr:nth-child(2) input[type=checkbox]`, chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll("table.results tbody tr:nth-child(-n+2) a.name")].map(a => a.innerText)`, &picked),
		chromedp.SetValue(`#add-to`, "", chromedp.ByQuery), // replaced below by the option's value
	)
	if err != nil {
		t.Fatal(err)
	}
	var optValue string
	err = chromedp.Run(ctx,
		chromedp.Evaluate(`[...document.querySelectorAll("#add-to option")].find(o => o.text === `+jsString(name)+`).value`, &optValue),
	)
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	var loc string
	err = chromedp.Run(ctx,
		chromedp.SetValue(`#add-to`, optValue, chromedp.ByQuery),
		chromedp.Click(`.addbar button[type=submit]`, chromedp.ByQuery),
		chromedp.WaitVisible(`table.entries`, chromedp.ByQuery),
		chromedp.Text(`.notice`, &notice, chromedp.ByQuery),
		chromedp.Location(&loc),
		chromedp.Evaluate(`[...document.querySelectorAll("table.entries tbody tr")].map(r => r.querySelector("a.name").innerText)`, &rows),
	)
	if err != nil {
		t.Fatal(err)
	}
	if notice != "Added to the shortlist." || len(rows) != 2 || rows[0] != picked[0] || rows[1] != picked[1] {
		t.Fatalf("shortlist shows %q (notice %q), want %q", rows, notice, picked)
	}

	// Change the first entry's stage: the script saves on change.
	var stage string
	err = chromedp.Run(ctx,
		// Pick the option and fire change, as choosing it by hand does.
		chromedp.Evaluate(`(() => { const s = document.querySelector("table.entries tbody tr:first-child select.stage");
			s.value = "contacted"; setTimeout(() => s.dispatchEvent(new Event("change", {bubbles: true})), 0); return true })()`, nil),
	)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.querySelector(".notice") && document.querySelector(".notice").innerText === "Entry updated."`)
	if err := chromedp.Run(ctx, chromedp.Value(`table.entries tbody tr:first-child select.stage`, &stage, chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	if stage != string(scout.StageContacted) {
		t.Errorf("stage after change = %q, want contacted", stage)
	}
	screenshot(t, ctx, "shortlist")

	// Export CSV: the link the page shows, fetched with the signed-in key.
	var href string
	if err := chromedp.Run(ctx, chromedp.AttributeValue(`.exports a[href*="format=csv"]`, "href", &href, nil, chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	u, err := url.Parse(f.URL)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := u.Parse(href)
	if err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest("GET", ref.String(), nil)
	req.AddCookie(&http.Cookie{Name: api.KeyCookie, Value: f.Keys[scout.RoleEditor]})
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") {
		t.Fatalf("export: %d %s: %.200s", resp.StatusCode, resp.Header.Get("Content-Type"), raw)
	}
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(raw, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 {
		t.Fatalf("CSV has %d rows, want a header and 2 entries", len(recs))
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	if recs[1][col["name"]] != picked[0] || recs[1][col["stage"]] != "contacted" || recs[2][col["stage"]] != "candidate" {
		t.Errorf("CSV rows: %q / %q", recs[1], recs[2])
	}
}

func TestHostileBioStaysInert(t *testing.T) {
	f := MustFixture(t)
	if f.Robin == "" {
		t.Fatal("the sample web has no creator with <script> in the bio")
	}
	ctx, d := MustBrowser(t)
	signIn(t, ctx, f, scout.RoleViewer)
	var bio string
	var scripts int
	var badLinks int
	err := chromedp.Run(ctx,
		chromedp.Navigate(f.URL+"/creators/"+f.Robin),
		chromedp.WaitVisible(`.bio`, chromedp.ByQuery),
		chromedp.Text(`.bio`, &bio, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll("main script, [onerror], [onload], [onclick]").length`, &scripts),
		chromedp.Evaluate(`[...document.querySelectorAll("main a[href]")].filter(a => !/^https?:/.test(a.href) || (a.host !== location.host && a.rel !== "noopener noreferrer nofollow")).length`, &badLinks),
	)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(bio, "<script>alert(1)</script>") {
		t.Errorf("bio = %q; want the script shown as text", bio)
	}
	if scripts != 0 || badLinks != 0 {
		t.Errorf("page has %d live scripts or handlers and %d unsafe links", scripts, badLinks)
	}
	// Search results show the same creator's text inert too.
	if err := chromedp.Run(ctx, chromedp.Navigate(f.URL+"/?q=sanitiser"), chromedp.WaitVisible(`main`, chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	if n := d.n.Load(); n != 0 {
		t.Errorf("%d dialogs opened: creator text ran as script", n)
	}
	screenshot(t, ctx, "hostile-bio")
}

// waitFor polls a JavaScript condition until it holds, across the page
// loads a form submission causes (evaluation errors while the old page goes
// away are retried); it fails the test at the tab's deadline.
func waitFor(t *testing.T, ctx context.Context, cond string) {
	t.Helper()
	tick := time.NewTicker(25 * time.Millisecond)
	defer tick.Stop()
	for {
		var ok bool
		if err := chromedp.Run(ctx, chromedp.Evaluate(cond, &ok)); err == nil && ok {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("waiting for %s: %v", cond, ctx.Err())
		case <-tick.C:
		}
	}
}

func jsString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	b.WriteByte('"')
	return b.String()
}

func TestBriefRanksAndExplainsExclusions(t *testing.T) {
	f := MustFixture(t)
	ctx, _ := MustBrowser(t)
	signIn(t, ctx, f, scout.RoleEditor)
	var matches, excluded []string
	err := chromedp.Run(ctx,
		chromedp.Navigate(f.URL+"/briefs"),
		chromedp.WaitVisible(`#b-name`, chromedp.ByQuery),
		chromedp.SendKeys(`#b-name`, "Board game night", chromedp.ByQuery),
		chromedp.SendKeys(`#b-kw`, "board games, game, dice", chromedp.ByQuery),
		chromedp.SendKeys(`#b-min`, "1000", chromedp.ByQuery),
		chromedp.Click(`form[action="/briefs"] button[type=submit]`, chromedp.ByQuery),
		chromedp.WaitVisible(`.excluded, h2 + .empty`, chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll("table.results tbody tr")].map(r => r.innerText)`, &matches),
		chromedp.Evaluate(`[...document.querySelectorAll(".excluded li")].map(li => li.innerText)`, &excluded),
	)
	if err != nil {
		t.Fatal(err)
	}
	top := -1
	for i, m := range matches {
		if strings.Contains(m, "Achterberg") {
			top = i
		}
	}
	if top < 0 || top > 2 {
		t.Errorf("brief ranking = %q; want the board-game reviewer in the top three", matches)
	}
	if len(excluded) == 0 {
		t.Error("no exclusions shown; creators under 1,000 followers should be excluded with a reason")
	}
	for _, e := range excluded {
		if !strings.Contains(e, ":") {
			t.Errorf("exclusion without a reason: %q", e)
		}
	}
	screenshot(t, ctx, "brief")
}
