package api_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/ingest"
	"github.com/scout-oss/scout/scoring"
	"github.com/scout-oss/scout/store"
	"github.com/xuri/excelize/v2"
	"golang.org/x/net/html"
)

// The hostile creator's text: every field carries overrides (RLO, RLI …
// PDI, LRE … PDF) and marks (RLM, LRM), and the name is built to read as
// something else once reversed.
const (
	rlo, pdf, rli, pdi, lre = "\u202E", "\u202C", "\u2067", "\u2069", "\u202A"
	rlm, lrm                = "\u200F", "\u200E"
)

var (
	spoofName   = "Eve " + rlo + "gnp.exe" + pdf + " " + rlm + "Official" + rli + "x" + pdi
	spoofHandle = rlo + "eve.handle" + lrm
	spoofBio    = rlo + "=HYPERLINK(\"https://evil.example\") " + rlm + "vegan tips " + lre + "more" + pdf
	spoofNote   = rlo + rlm + "=HYPERLINK(\"https://evil.example\")"
	spoofPost   = rlm + "vegan " + rlo + "reversed" + pdf + " post"
	// Links whose user part is credentials or a decoy host.
	userinfoLinks = []string{"https://user:pass@bank.example/login", "https://bank.example@evil.example/", "http://admin@10.0.0.1/"}
)

type displayEnv struct {
	ts                   *httptest.Server
	key                  string
	creator, list, brief string
}

// MustHostileDisplay serves one hostile creator through the real server
// and templates: on search, its page, a shortlist (with a pending target
// carrying an override), an alert and a brief.
func MustHostileDisplay(tb testing.TB) *displayEnv {
	tb.Helper()
	ctx := context.Background()
	db, err := store.OpenWith(ctx, tb.TempDir(), store.Options{NoSync: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	idx, err := index.NewMemOnly()
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { idx.Close() })
	now := time.Now().UTC()
	eng := scoring.New()
	in := &ingest.Ingester{Creators: db, Visits: db, Index: idx, Scorer: eng, Now: func() time.Time { return now }}
	acc := scout.Account{ID: scout.AccountID(scout.PlatformWeb, "eve"), Platform: scout.PlatformWeb, Handle: spoofHandle,
		URL: "https://user:pass@eve.example/", DisplayName: spoofName, Bio: spoofBio,
		Links: append([]string{"https://ok.example/shop"}, userinfoLinks...), Followers: scout.Int64(54_321)}
	prof := &scout.Profile{Account: acc, FetchedAt: now}
	for i := range 6 {
		prof.Posts = append(prof.Posts, scout.Post{ID: fmt.Sprint("e", i), URL: "https://u:p@eve.example/p/" + fmt.Sprint(i),
			PublishedAt: now.Add(-time.Duration(i) * 24 * time.Hour), Title: rlo + "title", Text: spoofPost,
			Likes: scout.Int64(500), Comments: scout.Int64(30)})
	}
	if err := in.Ingest(ctx, &scout.CrawlResult{URL: "https://eve.example/", Status: 200, FetchedAt: now, Profile: prof}); err != nil {
		tb.Fatal(err)
	}
	if err := in.Flush(ctx); err != nil {
		tb.Fatal(err)
	}
	env := &displayEnv{creator: scout.NewCreatorID(acc.ID)}
	_, env.key, err = db.CreateKey(ctx, "admin", scout.RoleAdmin)
	if err != nil {
		tb.Fatal(err)
	}
	sl := &scout.Shortlist{Name: "Launch"}
	if err := db.CreateShortlist(ctx, sl); err != nil {
		tb.Fatal(err)
	}
	env.list = sl.ID
	if _, _, err := db.AddEntries(ctx, sl.ID, []scout.ShortlistEntry{{CreatorID: env.creator, Note: spoofNote}, {Target: "https://pending.example/" + rlo + "cod.exe"}}); err != nil {
		tb.Fatal(err)
	}
	ss := &scout.SavedSearch{Name: "vegan", Query: "q=vegan"}
	if err := db.CreateSavedSearch(ctx, ss); err != nil {
		tb.Fatal(err)
	}
	al := &scout.Alert{Kind: scout.AlertNewMatch, At: now, CreatorID: env.creator, CreatorName: spoofName, SavedSearchID: ss.ID,
		Message: spoofName + ` now matches saved search "vegan"`}
	if err := db.RecordAlerts(ctx, ss.ID, &scout.AlertState{Baselined: true}, now, []*scout.Alert{al}); err != nil {
		tb.Fatal(err)
	}
	b := &scout.Brief{Name: "Vegan launch", Keywords: []string{"vegan"}}
	if err := db.CreateBrief(ctx, b); err != nil {
		tb.Fatal(err)
	}
	env.brief = b.ID
	s := api.NewServer()
	s.Creators, s.Index, s.Keys = db, idx, db
	s.Shortlists, s.Hidden, s.Targets = db, db, db
	s.Briefs, s.BriefScorer = db, eng
	s.Alerter = &api.Alerter{Alerts: db, Creators: db, Index: idx, Shortlists: db}
	s.RateLimit = 0
	env.ts = httptest.NewServer(s.Handler())
	tb.Cleanup(env.ts.Close)
	return env
}

func (e *displayEnv) get(tb testing.TB, path string) (int, http.Header, []byte) {
	tb.Helper()
	req, _ := http.NewRequest("GET", e.ts.URL+path, nil)
	req.Header.Set("Accept", "text/html")
	req.Header.Set("Authorization", "Bearer "+e.key)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, raw
}

// isolated reports whether n sits inside a <bdi> or an element with a dir
// attribute, below <body>.
func isolated(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type != html.ElementNode {
			continue
		}
		if p.Data == "body" {
			return false
		}
		if p.Data == "bdi" {
			return true
		}
		for _, a := range p.Attr {
			if a.Key == "dir" {
				return true
			}
		}
	}
	return false
}

// TestDisplayIsolatesBidi renders every page the hostile creator appears
// on: no embedding, override or isolate reaches the browser (each shows as
// a marker), every text with a bidi mark is isolated, and no link with
// credentials is clickable.
func TestDisplayIsolatesBidi(t *testing.T) {
	env := MustHostileDisplay(t)
	pages := []string{"/?q=vegan", "/creators/" + env.creator, "/shortlists/" + env.list, "/alerts", "/briefs/" + env.brief}
	for _, path := range pages {
		status, _, raw := env.get(t, path)
		if status != http.StatusOK {
			t.Fatalf("%s: status %d: %s", path, status, raw)
		}
		page := string(raw)
		if !strings.Contains(page, "gnp.exe") {
			t.Fatalf("%s: the hostile creator is not on the page", path)
		}
		for _, r := range page {
			if (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) {
				t.Errorf("%s: the page sends U+%04X", path, r)
				break
			}
		}
		if !strings.Contains(page, "Eve ⟨U+202E⟩gnp.exe⟨U+202C⟩") {
			t.Errorf("%s: the name's override is not marked", path)
		}
		doc, err := html.Parse(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			switch n.Type {
			case html.TextNode:
				if strings.ContainsAny(n.Data, rlm+lrm+"\u061C") && !isolated(n) {
					t.Errorf("%s: text %q with a bidi mark is not isolated (in <%s>)", path, n.Data, n.Parent.Data)
				}
			case html.ElementNode:
				if n.Data == "head" || n.Data == "title" {
					return // the tab title and SVG tooltips are not laid out in the page
				}
				if n.Data == "a" {
					for _, a := range n.Attr {
						if a.Key != "href" {
							continue
						}
						if u, err := url.Parse(a.Val); err == nil && u.User != nil {
							t.Errorf("%s: link with credentials %q", path, a.Val)
						}
					}
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		checkInert(t, path, page)
	}
	_, _, raw := env.get(t, "/creators/"+env.creator)
	for _, l := range userinfoLinks {
		if !strings.Contains(string(raw), `<span class="unsafe"`) || strings.Contains(string(raw), `href="`+l) {
			t.Errorf("creator page links %q", l)
		}
	}
	if !strings.Contains(string(raw), `<a href="https://ok.example/shop"`) {
		t.Error("the plain https link is no longer linked")
	}
}

// TestExportCellsLoseLeadingBidi exports the hostile creator as CSV and
// XLSX: no text cell starts with a bidi control, and the note, which hid a
// formula behind an override, starts with the neutralising quote in CSV.
func TestExportCellsLoseLeadingBidi(t *testing.T) {
	env := MustHostileDisplay(t)
	startsBidi := func(s string) bool {
		for _, r := range s {
			return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) || r == 0x200E || r == 0x200F || r == 0x061C
		}
		return false
	}
	status, _, raw := env.get(t, "/api/v1/shortlists/"+env.list+"/export?format=csv")
	if status != http.StatusOK {
		t.Fatalf("csv export: %d %s", status, raw)
	}
	rows, err := csv.NewReader(bytes.NewReader(raw)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	note := -1
	for i, h := range rows[0] {
		if h == "note" {
			note = i
		}
	}
	found := false
	for _, row := range rows[1:] {
		for i, cell := range row {
			if startsBidi(cell) {
				t.Errorf("csv cell %s = %q starts with a bidi control", rows[0][i], cell)
			}
		}
		if note >= 0 && strings.Contains(row[note], "HYPERLINK") {
			found = true
			if !strings.HasPrefix(row[note], "'=HYPERLINK") {
				t.Errorf("csv note = %q, want the formula neutralised once the controls are gone", row[note])
			}
		}
	}
	if !found {
		t.Fatal("the hostile note is not in the csv export")
	}

	status, _, raw = env.get(t, "/api/v1/shortlists/"+env.list+"/export?format=xlsx")
	if status != http.StatusOK {
		t.Fatalf("xlsx export: %d", status)
	}
	f, err := excelize.OpenReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	xrows, err := f.GetRows("creators")
	if err != nil {
		t.Fatal(err)
	}
	cells := 0
	for _, row := range xrows[1:] {
		for i, cell := range row {
			cells++
			if startsBidi(cell) {
				t.Errorf("xlsx cell %s = %q starts with a bidi control", xrows[0][i], cell)
			}
		}
	}
	if cells == 0 {
		t.Fatal("xlsx export has no cells")
	}
}
