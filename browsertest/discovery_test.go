package browsertest_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/scout-oss/scout"
)

// rowsOf reads the result rows' text.
const rowsJS = `[...document.querySelectorAll("table.results tbody tr")].map(r => r.innerText)`

// TestTopicFilter is the brand marketer's search: Italian food creators
// with more than 10,000 followers, asked through the page's filters (a
// topic, a language and a country from the full lists), which finds the
// Italian cook; then "cooking" typed in English finds him through his
// topic, and the row says so.
func TestTopicFilter(t *testing.T) {
	f := MustFixture(t)
	ctx, _ := MustBrowser(t)
	signIn(t, ctx, f, scout.RoleViewer)
	var loc string
	var rows, topics []string
	err := chromedp.Run(ctx,
		chromedp.Navigate(f.URL+"/"),
		chromedp.WaitVisible("table.results", chromedp.ByQuery),
		chromedp.Click(`details.filters summary`, chromedp.ByQuery),
		chromedp.WaitVisible(`#f-topic`, chromedp.ByQuery),
		chromedp.SetValue(`#f-topic`, "food_drink", chromedp.ByQuery),
		chromedp.SetValue(`#f-language`, "it", chromedp.ByQuery),
		chromedp.SetValue(`#f-country`, "IT", chromedp.ByQuery),
		chromedp.SetValue(`#min_followers`, "10000", chromedp.ByQuery),
		chromedp.Click(`form.search button[type=submit]`, chromedp.ByQuery),
		chromedp.WaitVisible(`.chips`, chromedp.ByQuery),
		chromedp.Location(&loc),
		chromedp.Evaluate(rowsJS, &rows),
		chromedp.Evaluate(`[...document.querySelectorAll("table.results tbody tr:first-child ul.topics a")].map(a => a.innerText)`, &topics),
	)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"topic=food_drink", "language=it", "country=IT", "min_followers=10000"} {
		if !strings.Contains(loc, p) {
			t.Errorf("the filters went to %s, want %s in the URL", loc, p)
		}
	}
	if len(rows) != 1 || !strings.Contains(rows[0], "Dario Conti") {
		t.Fatalf("Italian food creators over 10,000 followers = %q, want Dario Conti", rows)
	}
	if len(topics) == 0 || topics[0] != "Food & drink" {
		t.Errorf("the row's topics = %q, want Food & drink first", topics)
	}
	screenshot(t, ctx, "search-topic")

	var why []string
	err = chromedp.Run(ctx,
		chromedp.Navigate(f.URL+"/?q=cooking"),
		chromedp.WaitVisible("table.results", chromedp.ByQuery),
		chromedp.Evaluate(rowsJS, &rows),
		chromedp.Evaluate(`[...document.querySelectorAll("table.results tbody tr")].filter(r => r.innerText.includes("Dario Conti")).map(r => [...r.querySelectorAll("ul.why li")].map(li => li.innerText).join(" | "))`, &why),
	)
	if err != nil {
		t.Fatal(err)
	}
	if len(why) != 1 || !strings.Contains(why[0], "topic") || !strings.Contains(why[0], "Food & drink") {
		t.Errorf("cooking: Dario's why = %q (rows %q), want his food topic", why, rows)
	}
}

// TestCountryFilter picks a country no result has yet from the full list,
// then one the sample web's own pages state (Noor's bio names Amsterdam),
// and sees the creator page say where the country came from.
func TestCountryFilter(t *testing.T) {
	f := MustFixture(t)
	ctx, _ := MustBrowser(t)
	signIn(t, ctx, f, scout.RoleViewer)
	var options int
	var empty string
	var rows []string
	var country string
	err := chromedp.Run(ctx,
		chromedp.Navigate(f.URL+"/"),
		chromedp.WaitVisible("table.results", chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll("#f-country option").length`, &options),
		chromedp.Click(`details.filters summary`, chromedp.ByQuery),
		chromedp.SetValue(`#f-country`, "IS", chromedp.ByQuery),
		chromedp.Click(`form.search button[type=submit]`, chromedp.ByQuery),
		chromedp.WaitVisible(`.empty`, chromedp.ByQuery),
		chromedp.Text(`.empty`, &empty, chromedp.ByQuery),
		chromedp.Click(`details.filters summary`, chromedp.ByQuery),
		chromedp.SetValue(`#f-country`, "NL", chromedp.ByQuery),
		chromedp.Click(`form.search button[type=submit]`, chromedp.ByQuery),
		chromedp.WaitVisible("table.results", chromedp.ByQuery),
		chromedp.Evaluate(rowsJS, &rows),
		chromedp.Click(`table.results tbody tr:first-child a.name`, chromedp.ByQuery),
		chromedp.WaitVisible(`#h-topics`, chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll("dl.facts dt")].find(dt => dt.innerText == "Country").nextElementSibling.innerText`, &country),
	)
	if err != nil {
		t.Fatal(err)
	}
	if options < 240 {
		t.Errorf("the country input offers %d options, want the full ISO list", options)
	}
	if !strings.Contains(empty, "No creators") {
		t.Errorf("country IS: %q, want the empty state", empty)
	}
	// Noor (her Bluesky and Mastodon bios name Amsterdam).
	if len(rows) == 0 {
		t.Errorf("country NL shows no creator, want Noor Haddad")
	}
	for _, r := range rows {
		if !strings.Contains(r, "Noor Haddad") {
			t.Errorf("country NL shows %q, want only Noor Haddad", r)
		}
	}
	if !strings.Contains(country, "NL") || !strings.Contains(country, "Amsterdam") {
		t.Errorf("creator page country = %q, want NL with its evidence (Amsterdam)", country)
	}
}
