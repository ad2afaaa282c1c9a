package api_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
)

var neutralizeCases = []struct{ in, want string }{
	{"=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"},
	{"+1", "'+1"},
	{"+1+1", "'+1+1"},
	{"-120", "-120"},
	{"-0.5", "-0.5"},
	{"-1+2", "'-1+2"},
	{"-", "'-"},
	{"@x", "'@x"},
	{"\tTab", "'\tTab"},
	{"\rCR", "'\rCR"},
	{"plain", "plain"},
	{"a=b", "a=b"},
	{"", ""},
}

func TestNeutralizeCell(t *testing.T) {
	for _, c := range neutralizeCases {
		if got := api.NeutralizeCell(c.in); got != c.want {
			t.Errorf("NeutralizeCell(%q) = %q, want %q", c.in, got, c.want)
			continue
		}
	}
}

// get fetches a path and returns status, headers and body.
func (env *listEnv) get(t *testing.T, path string) (int, http.Header, []byte) {
	t.Helper()
	resp, err := http.Get(env.ts.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, body
}

// mustExportList builds a shortlist holding all three seed creators (evil
// with hostile notes) and one pending target.
func mustExportList(t *testing.T, env *listEnv) string {
	t.Helper()
	id := env.mustShortlist(t, "Spring / Launch: Vegan!")
	for _, e := range []map[string]any{
		{"creator_id": env.ids["runner"], "stage": "booked", "note": "-120", "tags": []string{"sport", "alps"}},
		{"creator_id": env.ids["evil"], "stage": "rejected", "note": "+1 from legal", "tags": []string{"@risk"}},
		{"creator_id": env.ids["bakes"], "note": "\tindent"},
		{"target": "bluesky:someone.new"},
	} {
		if st, raw := env.do(t, "POST", "/api/v1/shortlists/"+id+"/entries", e, nil); st != http.StatusCreated {
			t.Fatalf("add %v: %d %s", e, st, raw)
		}
	}
	return id
}

func readCSV(t *testing.T, body []byte) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(body))
	r.FieldsPerRecord = len(api.ExportColumns)
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("parse csv: %v\n%s", err, body)
	}
	return rows
}

func col(name string) int {
	for i, c := range api.ExportColumns {
		if c == name {
			return i
		}
	}
	panic("no column " + name)
}

func TestExportShortlistCSV(t *testing.T) {
	env := MustListEnv(t, nil)
	id := mustExportList(t, env)
	st, hdr, body := env.get(t, "/api/v1/shortlists/"+id+"/export?format=csv")
	if st != 200 {
		t.Fatalf("export: %d %s", st, body)
	}
	if ct := hdr.Get("Content-Type"); ct != "text/csv; charset=utf-8" {
		t.Errorf("content type %q", ct)
	}
	if cd, want := hdr.Get("Content-Disposition"), `attachment; filename="scout-shortlist-`+id+`-spring-launch-vegan.csv"`; cd != want {
		t.Errorf("disposition %q, want %q", cd, want)
	}
	if bytes.HasPrefix(body, []byte("\uFEFF")) {
		t.Error("BOM without bom=true")
	}
	rows := readCSV(t, body)
	if strings.Join(rows[0], ",") != strings.Join(api.ExportColumns, ",") {
		t.Fatalf("header %v", rows[0])
	}
	if len(rows) != 5 {
		t.Fatalf("%d rows, want header + 4", len(rows))
	}
	runner, evil, bakes, pending := rows[1], rows[2], rows[3], rows[4]
	checks := []struct {
		row        []string
		column     string
		want       string
		orContains bool
	}{
		{runner, "id", env.ids["runner"], false},
		{runner, "name", "Trail Tess", false},
		{runner, "platforms", "bluesky", false},
		{runner, "handles", "bluesky:runner.bsky.social", false},
		{runner, "account_urls", "https://bsky.app/profile/runner.bsky.social", false},
		{runner, "followers", "120000", false},
		{runner, "following", "100", false},
		{runner, "posts_count", "340", false},
		{runner, "tier", "mid", false},
		{runner, "stage", "booked", false},
		{runner, "note", "-120", false}, // a plain number stays a number
		{runner, "tags", "sport; alps", false},
		{runner, "data_as_of", "2026-11-20T12:00:00Z", false},
		{runner, "engagement_formula", "", false}, // stated once, in the explainer
		{evil, "name", "'=cmd|' /C calc'!A0", false},
		{evil, "note", "'+1 from legal", false},
		{evil, "tags", "'@risk", false},
		{bakes, "note", "'\tindent", false},
		{bakes, "contacts", "email: hello@pixel.example", false},
		{bakes, "stage", "candidate", false},
		{pending, "id", "", false},
		{pending, "account_urls", "bluesky:someone.new", false},
		{pending, "stage", "candidate", false},
	}
	for _, c := range checks {
		got := c.row[col(c.column)]
		if c.orContains {
			if got == "" {
				t.Errorf("%s of %s is empty", c.column, c.row[1])
			}
			continue
		}
		if got != c.want {
			t.Errorf("%s of %q = %q, want %q", c.column, c.row[1], got, c.want)
		}
	}
	for _, name := range []string{"score_overall", "score_engagement_quality", "score_brand_safety", "engagement_rate_by_followers"} {
		if v := runner[col(name)]; v == "" || strings.HasPrefix(v, "'") {
			t.Errorf("%s = %q, want a number", name, v)
		}
	}

	t.Run("OK_BOM", func(t *testing.T) {
		_, _, body := env.get(t, "/api/v1/shortlists/"+id+"/export?format=csv&bom=true")
		if !bytes.HasPrefix(body, []byte("\xEF\xBB\xBFid,name,")) {
			t.Errorf("no BOM: %q", body[:min(20, len(body))])
		}
	})
	t.Run("OK_StageFilter", func(t *testing.T) {
		_, _, body := env.get(t, "/api/v1/shortlists/"+id+"/export?stage=booked,rejected")
		if rows := readCSV(t, body); len(rows) != 3 {
			t.Errorf("%d rows, want header + 2", len(rows))
		}
	})
	t.Run("ErrFormat", func(t *testing.T) {
		st, _, body := env.get(t, "/api/v1/shortlists/"+id+"/export?format=pdf")
		wantError(t, st, body, http.StatusBadRequest, "format must be one of csv, xlsx, json, jsonl")
		st, _, body = env.get(t, "/api/v1/shortlists/"+id+"/export?format=video")
		wantError(t, st, body, http.StatusBadRequest, "format must be one of csv, xlsx, json, jsonl")
		st, _, body = env.get(t, "/api/v1/shortlists/"+id+"/export?stage=won")
		wantError(t, st, body, http.StatusBadRequest, "stage must be one of")
		st, _, body = env.get(t, "/api/v1/shortlists/"+id+"/export?bom=perhaps")
		wantError(t, st, body, http.StatusBadRequest, "bom must be true or false")
	})
}

func TestExportShortlistXLSX(t *testing.T) {
	env := MustListEnv(t, nil)
	id := mustExportList(t, env)
	st, hdr, body := env.get(t, "/api/v1/shortlists/"+id+"/export?format=xlsx")
	if st != 200 || !strings.Contains(hdr.Get("Content-Disposition"), ".xlsx") {
		t.Fatalf("export: %d %v", st, hdr)
	}
	f, err := excelize.OpenReader(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("open xlsx: %v", err)
	}
	defer f.Close()
	rows, err := f.GetRows("creators")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 5 || strings.Join(rows[0], ",") != strings.Join(api.ExportColumns, ",") {
		t.Fatalf("%d rows, header %v", len(rows), rows[0])
	}
	if rows[1][col("name")] != "Trail Tess" || rows[1][col("stage")] != "booked" {
		t.Errorf("row 1: %v", rows[1])
	}
	// Followers are a numeric cell; hostile text is an inline string, never
	// a formula.
	cell, _ := excelize.CoordinatesToCellName(col("followers")+1, 2)
	if typ, _ := f.GetCellType("creators", cell); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
		t.Errorf("followers cell type %v", typ)
	}
	if v, _ := f.GetCellValue("creators", cell, excelize.Options{RawCellValue: true}); v != "120000" {
		t.Errorf("followers cell %q", v)
	}
	if v, _ := f.GetCellValue("creators", cell); v != "120,000" {
		t.Errorf("followers cell shows %q, want thousands separators", v)
	}
	cell, _ = excelize.CoordinatesToCellName(col("name")+1, 3)
	if formula, _ := f.GetCellFormula("creators", cell); formula != "" {
		t.Errorf("name became a formula: %q", formula)
	}
	if v, _ := f.GetCellValue("creators", cell); v != "=cmd|' /C calc'!A0" {
		t.Errorf("name cell %q", v)
	}
}

func TestExportJSONShapes(t *testing.T) {
	env := MustListEnv(t, nil)
	id := mustExportList(t, env)

	st, hdr, body := env.get(t, "/api/v1/shortlists/"+id+"/export?format=json")
	if st != 200 || !strings.HasPrefix(hdr.Get("Content-Type"), "application/json") {
		t.Fatalf("json: %d %v", st, hdr)
	}
	var arr []map[string]any
	if err := json.Unmarshal(body, &arr); err != nil || len(arr) != 4 {
		t.Fatalf("json array of %d: %v\n%s", len(arr), err, body)
	}
	if arr[0]["id"] != env.ids["runner"] || arr[0]["name"] != "Trail Tess" || arr[0]["scores"] == nil {
		t.Errorf("first record: %v", arr[0])
	}
	if e, _ := arr[0]["shortlist_entry"].(map[string]any); e["stage"] != "booked" || e["note"] != "-120" {
		t.Errorf("entry: %v", arr[0]["shortlist_entry"])
	}
	if _, ok := arr[0]["posts"]; ok {
		t.Error("export carries posts")
	}
	if _, ok := arr[3]["id"]; ok || arr[3]["shortlist_entry"] == nil {
		t.Errorf("pending record: %v", arr[3])
	}

	st, hdr, body = env.get(t, "/api/v1/shortlists/"+id+"/export?format=jsonl")
	if st != 200 || !strings.HasPrefix(hdr.Get("Content-Type"), "application/x-ndjson") {
		t.Fatalf("jsonl: %d %v", st, hdr)
	}
	lines := strings.Split(strings.TrimSuffix(string(body), "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d lines, want 4", len(lines))
	}
	for i, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Errorf("line %d: %v", i+1, err)
		}
	}

	// An empty shortlist is an empty array, not nothing.
	empty := env.mustShortlist(t, "empty")
	if _, _, body := env.get(t, "/api/v1/shortlists/"+empty+"/export?format=json"); strings.TrimSpace(string(body)) != "[]" {
		t.Errorf("empty export %q", body)
	}
}

func TestExportSearch(t *testing.T) {
	env := MustListEnv(t, nil)
	st, hdr, body := env.get(t, "/api/v1/creators/export?q=vegan&sort=followers&format=csv&page=3&per_page=1")
	if st != 200 || !strings.Contains(hdr.Get("Content-Disposition"), `filename="scout-creators-`) {
		t.Fatalf("export: %d %v %s", st, hdr, body)
	}
	rows := readCSV(t, body)
	if len(rows) != 3 || rows[1][0] != env.ids["bakes"] || rows[2][0] != env.ids["evil"] {
		t.Fatalf("rows %v", rows)
	}
	// Hidden creators are left out.
	if st, raw := env.do(t, "POST", "/api/v1/hidden", map[string]string{"creator_id": env.ids["evil"]}, nil); st != http.StatusCreated {
		t.Fatalf("hide: %d %s", st, raw)
	}
	_, _, body = env.get(t, "/api/v1/creators/export?q=vegan&format=jsonl")
	if n := strings.Count(string(body), "\n"); n != 1 || !strings.Contains(string(body), env.ids["bakes"]) {
		t.Errorf("jsonl with evil hidden: %s", body)
	}
	st, _, body = env.get(t, "/api/v1/creators/export?min_follower=3")
	wantError(t, st, body, http.StatusBadRequest, "min_follower")
	st, _, body = env.get(t, "/api/v1/creators/export?format=csv,json")
	wantError(t, st, body, http.StatusBadRequest, "one export format")
	st, _, body = env.get(t, "/api/v1/creators/export?format=podcast")
	wantError(t, st, body, http.StatusBadRequest, "filter by content with content_format")
}

// TestExportSearchContentFormat: on a search export format is the file
// format and content_format the filter; a content format given as format,
// as before content_format existed, still filters.
func TestExportSearchContentFormat(t *testing.T) {
	e := MustSearchEnv(t)
	for _, q := range []string{"format=jsonl&content_format=video", "format=jsonl,video", "content_format=video&format=json"} {
		st, _, body := get(t, e.ts.URL+"/api/v1/creators/export?"+q)
		if st != http.StatusOK {
			t.Errorf("%s: %d %s", q, st, body)
			continue
		}
		if n := strings.Count(string(body), `"handle":"bakes"`); n != 1 || strings.Count(string(body), `"handle":`) != 1 {
			t.Errorf("%s: want bakes alone (the one video creator): %.300s", q, body)
		}
	}
}

// TestExportStreamsThousands exports a few thousand generated creators
// through the search export and the shortlist export and counts the rows.
func TestExportStreamsThousands(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests thousands of creators")
	}
	const n = 2500
	env := MustListEnv(t, nil)
	ctx := context.Background()
	var entries []string
	for i := 0; i < n; i++ {
		h := fmt.Sprintf("gen%05d", i)
		prof := &scout.Profile{Account: scout.Account{ID: "web:" + h, Platform: scout.PlatformWeb, Handle: h,
			URL: "https://gen.example/@" + h, DisplayName: "Generated " + h, Bio: "knitting patterns",
			Followers: scout.Int64(int64(1000 + i))}, FetchedAt: env.now,
			Posts: []scout.Post{{ID: h + "-1", URL: "https://gen.example/" + h + "/1", PublishedAt: env.now.Add(-time.Hour),
				Text: "knitting a scarf", Likes: scout.Int64(int64(i % 97))}}}
		if err := env.in.Ingest(ctx, &scout.CrawlResult{URL: prof.Account.URL, Status: 200, FetchedAt: env.now, Profile: prof}); err != nil {
			t.Fatal(err)
		}
		if i%2 == 0 {
			entries = append(entries, prof.Account.URL)
		}
	}
	env.flush(t)

	_, _, body := env.get(t, "/api/v1/creators/export?q=knitting&sort=followers&order=asc")
	rows := readCSV(t, body)
	if len(rows) != n+1 {
		t.Fatalf("search export: %d rows, want %d", len(rows)-1, n)
	}
	if rows[1][col("followers")] != "1000" || rows[n][col("followers")] != fmt.Sprint(1000+n-1) {
		t.Errorf("order: first %s last %s", rows[1][col("followers")], rows[n][col("followers")])
	}

	id := env.mustShortlist(t, "big")
	if st, raw := env.do(t, "POST", "/api/v1/shortlists/"+id+"/entries", map[string]any{"targets": entries[:1000]}, nil); st != http.StatusCreated {
		t.Fatalf("paste: %d %.300s", st, raw)
	}
	if st, raw := env.do(t, "POST", "/api/v1/shortlists/"+id+"/entries", map[string]any{"targets": entries[1000:]}, nil); st != http.StatusCreated {
		t.Fatalf("paste: %d %.300s", st, raw)
	}
	_, _, body = env.get(t, "/api/v1/shortlists/"+id+"/export?format=jsonl")
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(nil, 1<<20)
	lines, pending := 0, 0
	for sc.Scan() {
		lines++
		if !bytes.Contains(sc.Bytes(), []byte(`"id":"c`)) {
			pending++
		}
	}
	if lines != len(entries) || pending != 0 {
		t.Errorf("shortlist export: %d lines (%d unresolved), want %d", lines, pending, len(entries))
	}
}

// genCreators is a CreatorService and SearchIndex over n creators made up
// on demand, so an export of 100k creators can be measured without
// storing them.
type genCreators struct {
	n        int
	peakHeap uint64
	pages    int
}

func (g *genCreators) creator(id string) *scout.Creator {
	var i int
	fmt.Sscanf(id, "g%d", &i)
	f := int64(1000 + i)
	now := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
	return &scout.Creator{ID: id, Name: "Generated " + id, Bio: strings.Repeat("knitting patterns ", 20),
		Accounts:  []scout.Account{{ID: "web:" + id, Platform: scout.PlatformWeb, Handle: id, URL: "https://gen.example/@" + id, Followers: &f}},
		Followers: &f, DataAsOf: &now,
		Engagement: scout.Engagement{RateByFollowers: scout.Float64(0.021), Formula: "(likes + comments) / followers"},
		Scores:     map[string]*scout.Score{"overall": {Value: scout.Float64(71.25)}, "brand_safety": {Value: scout.Float64(90)}},
		Flags:      []scout.Flag{{Code: "low_engagement", Severity: "warn", Evidence: []scout.Evidence{{URL: "https://gen.example/p/" + id}}}},
	}
}

func (g *genCreators) FindCreatorByID(_ context.Context, id string) (*scout.Creator, error) {
	return g.creator(id), nil
}

func (g *genCreators) FindCreators(_ context.Context, f scout.CreatorFilter) ([]*scout.Creator, int, error) {
	out := make([]*scout.Creator, len(f.IDs))
	for i, id := range f.IDs {
		out[i] = g.creator(id)
	}
	if g.pages++; g.pages%50 == 0 {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		g.peakHeap = max(g.peakHeap, ms.HeapAlloc)
	}
	return out, len(out), nil
}

func (g *genCreators) SaveProfile(context.Context, *scout.Profile) (string, error) { return "", nil }
func (g *genCreators) UpdateCreator(context.Context, *scout.Creator) error         { return nil }
func (g *genCreators) IndexCreators(context.Context, []*scout.Creator) error       { return nil }
func (g *genCreators) DeleteCreators(context.Context, []string) error              { return nil }
func (g *genCreators) Count(context.Context) (int, error)                          { return g.n, nil }

// Search pages through g0..g(n-1) with a cursor holding the next offset.
func (g *genCreators) Search(_ context.Context, q *scout.SearchQuery) (*scout.SearchResult, error) {
	start := 0
	if q.Cursor != "" {
		fmt.Sscanf(q.Cursor, "%d", &start)
	}
	res := &scout.SearchResult{Total: g.n}
	for i := start; i < min(start+q.PerPage, g.n); i++ {
		res.Hits = append(res.Hits, scout.SearchHit{ID: fmt.Sprintf("g%d", i)})
	}
	if end := start + len(res.Hits); end < g.n {
		res.NextCursor = fmt.Sprint(end)
	}
	return res, nil
}

type countingWriter struct{ n, lines int }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += len(p)
	w.lines += bytes.Count(p, []byte("\n"))
	return len(p), nil
}

// TestExportMemoryIsFlat exports 100,000 creators as CSV and as XLSX and
// checks that the live heap never grows with the number exported: an export
// that held every creator (~2 KB each here) would need over 200 MB.
func TestExportMemoryIsFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("exports 100k creators")
	}
	const n = 100_000
	for _, format := range []string{api.ExportCSV, api.ExportXLSX} {
		t.Run(format, func(t *testing.T) {
			g := &genCreators{n: n}
			runtime.GC()
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			out := &countingWriter{}
			got, err := api.ExportSearch(context.Background(), g, g, &scout.SearchQuery{}, func() (api.ExportWriter, error) {
				return api.NewExportWriter(out, api.ExportOptions{Format: format})
			})
			if err != nil {
				t.Fatal(err)
			}
			if got != n || (format == api.ExportCSV && out.lines != n+1) {
				t.Fatalf("wrote %d creators in %d lines, want %d", got, out.lines, n)
			}
			grew := int64(g.peakHeap) - int64(before.HeapAlloc)
			t.Logf("100k creators, %d MB of %s; live heap grew at most %d KB", out.n>>20, format, grew>>10)
			if grew > 32<<20 {
				t.Errorf("live heap grew by %d MB during the export; want it flat (< 32 MB)", grew>>20)
			}
		})
	}
}

func BenchmarkExportCSV(b *testing.B) {
	g := &genCreators{n: 10_000}
	for b.Loop() {
		_, err := api.ExportSearch(context.Background(), g, g, &scout.SearchQuery{}, func() (api.ExportWriter, error) {
			return api.NewExportWriter(io.Discard, api.ExportOptions{Format: api.ExportCSV})
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}
