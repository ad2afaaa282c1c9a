package api_test

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/scout-oss/scout/api"
)

// TestExportXLSXClientReady reads the cells back: data_as_of is a date,
// rates are percentages, counts have thousands separators, the header has
// a filter, columns have widths, and a second sheet explains the columns,
// formulas and versions.
func TestExportXLSXClientReady(t *testing.T) {
	env := MustListEnv(t, nil)
	id := mustExportList(t, env)
	_, _, body := env.get(t, "/api/v1/shortlists/"+id+"/export?format=xlsx")
	f, err := excelize.OpenReader(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("open xlsx: %v", err)
	}
	defer f.Close()
	cellOf := func(name string, row int) string {
		c, _ := excelize.CoordinatesToCellName(col(name)+1, row)
		return c
	}
	numFmt := func(cell string) string {
		st, err := f.GetCellStyle("creators", cell)
		if err != nil {
			t.Fatal(err)
		}
		s, err := f.GetStyle(st)
		if err != nil {
			t.Fatal(err)
		}
		if s.CustomNumFmt != nil {
			return *s.CustomNumFmt
		}
		return strconv.Itoa(s.NumFmt)
	}
	// data_as_of: a number cell (a date serial) with a date format.
	c := cellOf("data_as_of", 2)
	if typ, _ := f.GetCellType("creators", c); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
		t.Errorf("data_as_of cell type %v, want a number (date)", typ)
	}
	raw, _ := f.GetCellValue("creators", c, excelize.Options{RawCellValue: true})
	if serial, err := strconv.ParseFloat(raw, 64); err != nil || math.Abs(serial-46346.5) > 0.01 { // 2026-11-20 12:00
		t.Errorf("data_as_of raw %q, want the date serial of 2026-11-20 12:00", raw)
	}
	if got := numFmt(c); !strings.Contains(got, "yyyy-mm-dd") {
		t.Errorf("data_as_of format %q", got)
	}
	if shown, _ := f.GetCellValue("creators", c); shown != "2026-11-20 12:00" {
		t.Errorf("data_as_of shows %q", shown)
	}
	for _, name := range []string{"engagement_rate_by_followers", "confidence_overall"} {
		if got := numFmt(cellOf(name, 2)); got != "0.00%" {
			t.Errorf("%s format %q, want 0.00%%", name, got)
		}
	}
	if shown, _ := f.GetCellValue("creators", cellOf("engagement_rate_by_followers", 2)); !strings.HasSuffix(shown, "%") {
		t.Errorf("engagement rate shows %q, want a percentage", shown)
	}
	for _, name := range []string{"followers", "following", "posts_count"} {
		if got := numFmt(cellOf(name, 2)); got != "#,##0" {
			t.Errorf("%s format %q", name, got)
		}
	}
	// Widths and the filter.
	if w, _ := f.GetColWidth("creators", "B"); w < 20 {
		t.Errorf("name column width %v", w)
	}
	tables, err := f.GetTables("creators")
	if err != nil || len(tables) != 1 || !strings.HasPrefix(tables[0].Range, "A1:") {
		t.Errorf("tables %v (%v); want one over the data, giving the header its filter", tables, err)
	}
	// The explainer sheet.
	rows, err := f.GetRows("columns")
	if err != nil {
		t.Fatalf("no columns sheet: %v", err)
	}
	text, versions := map[string]string{}, map[string]string{}
	section := ""
	for _, r := range rows {
		switch {
		case len(r) == 0:
		case r[0] == "column" || r[0] == "formula" || r[0] == "version":
			section = r[0]
		case len(r) == 2 && section == "version":
			versions[r[0]] = r[1]
		case len(r) == 2:
			text[r[0]] = r[1]
		}
	}
	for _, c := range api.ExportColumns {
		if text[c] == "" {
			t.Errorf("explainer lacks column %s", c)
		}
	}
	if !strings.Contains(text["engagement_rate"], "last N posts") || !strings.Contains(text["score_overall"], "100") {
		t.Errorf("explainer formulas: engagement %q, overall %q", text["engagement_rate"], text["score_overall"])
	}
	if versions["score_overall"] == "" {
		t.Errorf("explainer versions: %v", versions)
	}
}

// TestExportCSVRounded: numbers read as people read them, the formula is
// not repeated in every row.
func TestExportCSVRounded(t *testing.T) {
	env := MustListEnv(t, nil)
	id := mustExportList(t, env)
	_, _, body := env.get(t, "/api/v1/shortlists/"+id+"/export?format=csv")
	rows := readCSV(t, body)
	for _, r := range rows[1:] {
		for i, v := range r {
			if _, err := strconv.ParseFloat(v, 64); err != nil || !strings.Contains(v, ".") {
				continue
			}
			if frac := v[strings.Index(v, ".")+1:]; len(strings.TrimLeft(v, "-0.")) > 5 || len(frac) > 6 {
				t.Errorf("%s = %s: not rounded", api.ExportColumns[i], v)
			}
		}
		if r[col("engagement_formula")] != "" {
			t.Errorf("formula repeated in a row: %q", r[col("engagement_formula")])
		}
	}
	if strings.Count(string(body), "likes+comments") > 0 {
		t.Error("the CSV repeats the formula")
	}
}

func TestCSVNumber(t *testing.T) {
	for _, c := range []struct {
		in   float64
		want string
	}{
		{0.04760286225402505, "0.0476"}, {78.25, "78.25"}, {100, "100"}, {0.5, "0.5"}, {0.000123456, "0.0001235"}, {0, "0"}, {1234.5678, "1235"},
	} {
		if got := api.CSVNumber(c.in); got != c.want {
			t.Errorf("CSVNumber(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}
