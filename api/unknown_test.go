package api_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/xuri/excelize/v2"
)

// searchScores runs a search and returns the creators' ids in order, with
// their scores as the list shows them.
func searchScores(t *testing.T, url string) ([]string, map[string]map[string]api.ScoreSummary) {
	t.Helper()
	status, _, body := do(t, http.MethodGet, url, nil)
	if status != http.StatusOK {
		t.Fatalf("%s: %d %s", url, status, body)
	}
	var r struct {
		Creators []struct {
			ID     string                      `json:"id"`
			Scores map[string]api.ScoreSummary `json:"scores"`
		} `json:"creators"`
	}
	if err := json.Unmarshal(body, &r); err != nil {
		t.Fatal(err)
	}
	var ids []string
	scores := map[string]map[string]api.ScoreSummary{}
	for _, c := range r.Creators {
		ids = append(ids, c.ID)
		scores[c.ID] = c.Scores
	}
	return ids, scores
}

// A clean two-post creator beside the same creator with twelve posts: the
// twelve-post one sorts first on every score in both orders, because the
// two-post one's scores are unknown, and unknown sorts last.
func TestSearch_UnknownScoresSortLast(t *testing.T) {
	ts, ids := MustBriefServer(t)
	for _, name := range scout.ScoreNames {
		for _, order := range []string{"desc", "asc"} {
			got, scores := searchScores(t, ts.URL+"/api/v1/creators?per_page=100&sort=score."+name+"&order="+order)
			full, thin := slices.Index(got, ids["bakes"]), slices.Index(got, ids["thin"])
			if full < 0 || thin != len(got)-1 {
				t.Errorf("sort=score.%s order=%s: %v; want the two-post creator %s last, after %s", name, order, got, ids["thin"], ids["bakes"])
			}
			s := scores[ids["thin"]][name]
			if s.Value != nil || len(s.Missing) == 0 {
				t.Errorf("score.%s of the two-post creator: %v %q, want null with what is missing", name, s.Value, s.Missing)
			}
			if scores[ids["bakes"]][name].Value == nil {
				t.Errorf("score.%s of the twelve-post creator is unknown", name)
			}
		}
	}
}

func TestSearch_MinScoreUnknown(t *testing.T) {
	ts, ids := MustBriefServer(t)
	for _, name := range scout.ScoreNames {
		got, _ := searchScores(t, ts.URL+"/api/v1/creators?per_page=100&min_score."+name+"=0")
		if slices.Contains(got, ids["thin"]) || !slices.Contains(got, ids["bakes"]) {
			t.Errorf("min_score.%s=0: %v; want the measured creators only", name, got)
		}
		got, _ = searchScores(t, ts.URL+"/api/v1/creators?per_page=100&max_score."+name+"=100&include_unknown=true")
		if !slices.Contains(got, ids["thin"]) || !slices.Contains(got, ids["bakes"]) {
			t.Errorf("max_score.%s=100&include_unknown=true: %v; want the unknown one too", name, got)
		}
	}
	// include_unknown only widens a bound: a known score out of range
	// still fails it.
	got, _ := searchScores(t, ts.URL+"/api/v1/creators?per_page=100&max_score.brand_safety=50&include_unknown=true")
	if !slices.Equal(got, []string{ids["thin"]}) {
		t.Errorf("max_score.brand_safety=50&include_unknown=true: %v, want only %s", got, ids["thin"])
	}
	status, _, body := do(t, http.MethodGet, ts.URL+"/api/v1/creators?include_unknown=perhaps", nil)
	wantAPIError(t, status, body, http.StatusBadRequest, "invalid")
}

// Exports carry a confidence column per score and an empty cell (never 0)
// for an unknown score, with what is missing.
func TestExport_UnknownScores(t *testing.T) {
	ts, ids := MustBriefServer(t)
	status, _, body := do(t, http.MethodGet, ts.URL+"/api/v1/creators/export?format=csv", nil)
	if status != http.StatusOK {
		t.Fatalf("export: %d %s", status, body)
	}
	rows := readCSV(t, body)
	byID := map[string][]string{}
	for _, r := range rows[1:] {
		byID[r[0]] = r
	}
	thin, full := byID[ids["thin"]], byID[ids["bakes"]]
	for _, name := range []string{"overall", "engagement_quality", "brand_safety"} {
		if v := thin[col("score_"+name)]; v != "" {
			t.Errorf("two-post score_%s = %q, want an empty cell", name, v)
		}
		if v := thin[col("confidence_"+name)]; v != "0" {
			t.Errorf("two-post confidence_%s = %q, want 0", name, v)
		}
		if full[col("score_"+name)] == "" || full[col("confidence_"+name)] == "" || full[col("confidence_"+name)] == "0" {
			t.Errorf("twelve-post %s: score %q confidence %q", name, full[col("score_"+name)], full[col("confidence_"+name)])
		}
	}
	if m := thin[col("scores_missing")]; !strings.Contains(m, "brand_safety: posts: 2 analysed, 3 needed") {
		t.Errorf("scores_missing = %q", m)
	}
	if full[col("scores_missing")] != "" || full[col("confidence_audience_fit")] != "" {
		t.Errorf("twelve-post creator: scores_missing %q, confidence_audience_fit %q", full[col("scores_missing")], full[col("confidence_audience_fit")])
	}
	if tp := full[col("topics")]; !strings.HasPrefix(tp, "food_drink ") || !strings.HasSuffix(tp, "%") {
		t.Errorf("the baker's topics column = %q, want food_drink first with its share", tp)
	}

	status, _, body = do(t, http.MethodGet, ts.URL+"/api/v1/creators/export?format=xlsx", nil)
	if status != http.StatusOK {
		t.Fatalf("xlsx export: %d", status)
	}
	f, err := excelize.OpenReader(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	xrows, err := f.GetRows("creators")
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range xrows[1:] {
		if r[0] != ids["thin"] {
			continue
		}
		cell, _ := excelize.CoordinatesToCellName(col("score_brand_safety")+1, i+2)
		if v, _ := f.GetCellValue("creators", cell); v != "" {
			t.Errorf("xlsx two-post score_brand_safety = %q, want empty", v)
		}
		cell, _ = excelize.CoordinatesToCellName(col("confidence_brand_safety")+1, i+2)
		if typ, _ := f.GetCellType("creators", cell); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
			t.Errorf("xlsx confidence cell type %v, want a number", typ)
		}
	}
}

// The web page says "needs data", with what is missing, where a score is
// unknown, and lists the brief's creators that need data apart.
func TestWeb_UnknownScores(t *testing.T) {
	ts, ids := MustBriefServer(t)
	b := postBrief(t, ts, briefFile(t))
	for _, c := range []struct{ path, want string }{
		{"/?sort=score.overall", `<span title="engagement_quality: posts: 2 with engagement counts analysed, 3 needed; brand_safety: posts: 2 analysed, 3 needed">needs data</span>`},
		{"/creators/" + ids["thin"], `<span class="k">Missing</span> posts: 2 analysed, 3 needed`},
		{"/briefs/" + b.ID, "<h2>Needs data <small>(1)</small></h2>"},
		{"/briefs/" + b.ID, "Crumb Club Junior</a>: audience_fit: posts: 2 analysed, 3 needed"},
	} {
		status, _, body := do(t, http.MethodGet, ts.URL+c.path, nil)
		if status != http.StatusOK {
			t.Fatalf("%s: status %d", c.path, status)
		}
		if !strings.Contains(string(body), c.want) {
			t.Errorf("%s lacks %q", c.path, c.want)
		}
	}
}

// The OpenAPI document says a score's value may be null and documents
// include_unknown on search.
func TestOpenAPI_NullableScores(t *testing.T) {
	raw, err := json.Marshal(api.OpenAPI("test"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Paths      map[string]map[string]struct{ Parameters []struct{ Name string } }
		Components struct {
			Schemas map[string]struct {
				Properties map[string]struct {
					Type any `json:"type"`
				}
			}
		}
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Score", "ScoreSummary"} {
		if got := fmt.Sprint(doc.Components.Schemas[s].Properties["value"].Type); got != "[number null]" {
			t.Errorf("%s.value type %s, want [number null]", s, got)
		}
	}
	found := false
	for _, p := range doc.Paths["/api/v1/creators"]["get"].Parameters {
		found = found || p.Name == "include_unknown"
	}
	if !found {
		t.Error("GET /api/v1/creators does not document include_unknown")
	}
}
