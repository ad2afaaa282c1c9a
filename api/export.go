package api

import (
	"archive/zip"
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/url"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/scout-oss/scout"
)

// Export formats: CSV and XLSX have one row per creator under
// ExportColumns; JSON is one array of creators, JSONL one creator per line.
const (
	ExportCSV   = "csv"
	ExportXLSX  = "xlsx"
	ExportJSON  = "json"
	ExportJSONL = "jsonl"
)

// ExportFormats lists the formats in the order messages name them.
var ExportFormats = []string{ExportCSV, ExportXLSX, ExportJSON, ExportJSONL}

// ExportColumns is the header of CSV and XLSX exports. The names are a
// stable contract (spreadsheets and scripts key on them): columns are only
// ever added at the end, never renamed or reordered. Multi-valued cells
// separate values with "; ". README documents each column.
var ExportColumns = []string{
	"id", "name", "platforms", "handles", "account_urls", "contacts", "language", "country",
	"followers", "following", "posts_count", "tier",
	"engagement_rate_by_followers", "engagement_rate_by_views", "engagement_posts_analyzed", "engagement_formula",
	"score_overall", "score_engagement_quality", "score_brand_safety", "score_audience_fit", "scores_other",
	"flags", "flag_evidence_urls", "flag_reviews",
	"stage", "note", "tags", "data_as_of",
	"confidence_overall", "confidence_engagement_quality", "confidence_brand_safety", "confidence_audience_fit", "scores_missing",
	"topics",
}

// exportPage is how many creators an export reads from the store (and the
// index) at a time: only one page is ever held in memory.
const exportPage = scout.MaxPerPage

// ExportRecord is one exported creator: the creator without posts and
// snapshots, the reviews of its flags, and for shortlist exports its entry.
// A pending shortlist entry has no creator. It is also the JSON and JSONL
// shape: the creator's fields plus flag_reviews and shortlist_entry.
type ExportRecord struct {
	*scout.Creator
	FlagReviews []*scout.FlagReview   `json:"flag_reviews,omitempty"`
	Entry       *scout.ShortlistEntry `json:"shortlist_entry,omitempty"`
}

// ExportWriter writes records one at a time in one format. Close finishes
// the file (the XLSX zip, the JSON array) and must be called once.
type ExportWriter interface {
	Write(rec *ExportRecord) error
	Close() error
}

// ExportOptions choose the format and, for CSV, a UTF-8 byte order mark
// (Excel needs it to read UTF-8 names correctly).
type ExportOptions struct {
	Format string
	BOM    bool
	// Version is the Scout version the XLSX explainer sheet names; ""
	// leaves it out.
	Version string
}

// ParseExportFormat checks a format name; "" means CSV.
func ParseExportFormat(f string) (string, error) {
	f = strings.ToLower(strings.TrimSpace(f))
	if f == "" {
		return ExportCSV, nil
	}
	if !slices.Contains(ExportFormats, f) {
		return "", scout.Errorf(scout.EINVALID, "format must be one of %s; got %q", strings.Join(ExportFormats, ", "), f)
	}
	return f, nil
}

// ExportContentType returns the media type of a format.
func ExportContentType(format string) string {
	switch format {
	case ExportXLSX:
		return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	case ExportJSON:
		return "application/json; charset=utf-8"
	case ExportJSONL:
		return "application/x-ndjson; charset=utf-8"
	}
	return "text/csv; charset=utf-8"
}

// NewExportWriter returns a writer for opts.Format on w.
func NewExportWriter(w io.Writer, opts ExportOptions) (ExportWriter, error) {
	format, err := ParseExportFormat(opts.Format)
	if err != nil {
		return nil, err
	}
	switch format {
	case ExportXLSX:
		return newXLSXWriter(w, opts.Version)
	case ExportJSON, ExportJSONL:
		bw := bufio.NewWriter(w)
		return &jsonWriter{w: bw, enc: json.NewEncoder(bw), array: format == ExportJSON}, nil
	}
	bw := bufio.NewWriter(w)
	if opts.BOM {
		if _, err := bw.WriteString("\uFEFF"); err != nil {
			return nil, err
		}
	}
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true // RFC 4180, and what Excel writes
	if err := cw.Write(ExportColumns); err != nil {
		return nil, fmt.Errorf("write csv header: %w", err)
	}
	return &csvWriter{bw: bw, cw: cw}, nil
}

// rowWriter is a writer that shows only the fields of ExportColumns (CSV
// and XLSX): an export to one reads creators with rowFinder when the store
// has it, which decodes a fraction of each stored record.
type rowWriter interface{ rowsOnly() }

// rowFinder reads creators with only the fields a CSV or XLSX row shows
// (store.DB.FindCreatorRows): in the ids' order, unknown ids skipped.
type rowFinder interface {
	FindCreatorRows(ctx context.Context, ids []string) ([]*scout.Creator, error)
}

// csvWriter writes RFC 4180 CSV with neutralised text cells.
type csvWriter struct {
	bw    *bufio.Writer
	cw    *csv.Writer
	buf   []string
	cells []any // the row's cells, reused from row to row
}

func (*csvWriter) rowsOnly() {}

func (cw *csvWriter) Write(rec *ExportRecord) error {
	cw.cells = exportCells(rec, cw.cells)
	cells := cw.cells
	cw.buf = cw.buf[:0]
	for _, c := range cells {
		cw.buf = append(cw.buf, csvCell(c))
	}
	if err := cw.cw.Write(cw.buf); err != nil {
		return fmt.Errorf("write csv row: %w", err)
	}
	return nil
}

func (cw *csvWriter) Close() error {
	cw.cw.Flush()
	if err := cw.cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return cw.bw.Flush()
}

// csvCell renders one cell: numbers as plain numbers, text neutralised.
func csvCell(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case int64:
		return strconv.FormatInt(v, 10)
	case int:
		return strconv.Itoa(v)
	case float64:
		return csvNumber(v)
	case time.Time:
		return v.UTC().Format(time.RFC3339)
	case string:
		return NeutralizeCell(v)
	}
	return NeutralizeCell(fmt.Sprint(v))
}

// csvNumber writes a fraction or score with four significant digits and
// no exponent: 0.04760286225402505 is 0.0476, 78.25 stays 78.25, 1200 stays
// 1200. Spreadsheets then show what people read, and the values are still
// exact enough to sort and filter by.
func csvNumber(v float64) string {
	if v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	digits := 4 - int(math.Floor(math.Log10(math.Abs(v)))) - 1
	if digits < 0 {
		digits = 0
	}
	p := math.Pow(10, float64(digits))
	return strconv.FormatFloat(math.Round(v*p)/p, 'f', -1, 64)
}

// plainNumber matches a negative decimal number written plainly ("-120",
// "-0.5"), which spreadsheets read as a number, not a formula.
var plainNumber = regexp.MustCompile(`^-[0-9]+(\.[0-9]+)?$`)

// NeutralizeCell defuses spreadsheet formula injection (OWASP "CSV
// Injection"): a text cell beginning with =, +, -, @, tab or carriage
// return gets a leading single quote, so Excel, LibreOffice and Google
// Sheets show it as text instead of evaluating it. A plain negative number
// such as -120 is left alone: it is a number, not a formula. Bidi
// controls at the cell's start are dropped first (they would hide what
// the cell starts with).
func NeutralizeCell(s string) string {
	s = stripLeadingBidi(s)
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		if plainNumber.MatchString(s) {
			return s
		}
		return "'" + s
	}
	return s
}

// jsonWriter writes a JSON array (one record per line inside it) or JSON
// lines.
type jsonWriter struct {
	w     *bufio.Writer
	enc   *json.Encoder
	array bool
	n     int
}

func (jw *jsonWriter) Write(rec *ExportRecord) error {
	if jw.array {
		sep := ",\n"
		if jw.n == 0 {
			sep = "[\n"
		}
		if _, err := jw.w.WriteString(sep); err != nil {
			return err
		}
	}
	jw.n++
	// Encode appends a newline, which is the JSONL separator and harmless
	// inside the array.
	if err := jw.enc.Encode(rec); err != nil {
		return fmt.Errorf("encode creator: %w", err)
	}
	return nil
}

func (jw *jsonWriter) Close() error {
	if jw.array {
		end := "]\n"
		if jw.n == 0 {
			end = "[]\n"
		}
		if _, err := jw.w.WriteString(end); err != nil {
			return err
		}
	}
	return jw.w.Flush()
}

// xlsxWriter streams rows with excelize's StreamWriter, which spills to a
// temporary file past a few megabytes, so memory stays flat. Text cells
// are stored as inline strings, which spreadsheets never evaluate, so they
// are written as they are; numbers are numeric cells, rates and
// confidences formatted as percentages, counts with thousands separators,
// data_as_of a date. The sheet has column widths, a frozen header and an
// autofilter (an Excel table); a second sheet explains every column and
// states the formulas and versions of the scores in the file.
type xlsxWriter struct {
	w       io.Writer
	f       *excelize.File
	sw      *excelize.StreamWriter
	row     int
	styles  map[int]int // column index → style id
	version string
	// cells and styled are the row's cells, reused from row to row: a
	// styled cell goes to the stream writer as a pointer into styled, so
	// no row boxes a new excelize.Cell per number.
	cells  []any
	styled []excelize.Cell
	// formulas are the distinct formulas met, by what they compute.
	formulas map[string]string
	versions map[string][]string
}

const (
	xlsxSheet   = "creators"
	xlsxExplain = "columns"
)

// Column classes for XLSX number formats, by ExportColumns index.
var (
	xlsxPercentCols  = []int{12, 13, 28, 29, 30, 31}
	xlsxThousandCols = []int{8, 9, 10, 14}
	xlsxScoreCols    = []int{16, 17, 18, 19}
	xlsxDateCol      = 27
)

// xlsxWidths are the column widths in characters; columns not named are
// 14 wide.
var xlsxWidths = map[string]float64{
	"id": 18, "name": 28, "platforms": 16, "handles": 30, "account_urls": 40, "contacts": 32,
	"language": 9, "country": 9, "tier": 8, "engagement_formula": 12, "scores_other": 20,
	"flags": 36, "flag_evidence_urls": 40, "flag_reviews": 24, "stage": 12, "note": 30, "tags": 20,
	"data_as_of": 17, "scores_missing": 36, "topics": 32,
}

func newXLSXWriter(w io.Writer, version string) (*xlsxWriter, error) {
	f := excelize.NewFile()
	// The zip goes straight to w as it is compressed, not into a buffer of
	// the whole file first (excelize's WriteTo): memory stays flat, and a
	// paced w (pacedWriter) lets searches in between while it compresses.
	// excelize only patches its buffer afterwards for zip64 entries (a
	// part over 4 GiB), which a sheet of at most 1,048,576 rows never is.
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return zip.NewWriter(w) })
	fail := func(err error) (*xlsxWriter, error) {
		_ = f.Close()
		return nil, fmt.Errorf("xlsx: %w", err)
	}
	if err := f.SetSheetName("Sheet1", xlsxSheet); err != nil {
		return fail(err)
	}
	sw, err := f.NewStreamWriter(xlsxSheet)
	if err != nil {
		return fail(err)
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return fail(err)
	}
	xw := &xlsxWriter{w: w, f: f, sw: sw, row: 1, styles: map[int]int{}, version: version,
		formulas: map[string]string{}, versions: map[string][]string{}}
	pct := "0.00%"
	thousands := "#,##0"
	score := "0.00"
	date := "yyyy-mm-dd hh:mm"
	for _, c := range []struct {
		cols []int
		fmt  *string
	}{{xlsxPercentCols, &pct}, {xlsxThousandCols, &thousands}, {xlsxScoreCols, &score}, {[]int{xlsxDateCol}, &date}} {
		id, err := f.NewStyle(&excelize.Style{CustomNumFmt: c.fmt})
		if err != nil {
			return fail(err)
		}
		for _, col := range c.cols {
			xw.styles[col] = id
		}
	}
	for i, name := range ExportColumns {
		wd, ok := xlsxWidths[name]
		if !ok {
			wd = 14
		}
		if err := sw.SetColWidth(i+1, i+1, wd); err != nil {
			return fail(err)
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return fail(err)
	}
	header := make([]any, len(ExportColumns))
	for i, c := range ExportColumns {
		header[i] = c
	}
	if err := sw.SetRow("A1", header, excelize.RowOpts{StyleID: bold}); err != nil {
		return fail(err)
	}
	return xw, nil
}

func (*xlsxWriter) rowsOnly() {}

func (xw *xlsxWriter) Write(rec *ExportRecord) error {
	xw.row++
	cell, err := excelize.CoordinatesToCellName(1, xw.row)
	if err != nil {
		return fmt.Errorf("xlsx: %w", err) // past the sheet's 1,048,576 rows
	}
	xw.cells = exportCells(rec, xw.cells)
	cells := xw.cells
	if xw.styled == nil {
		xw.styled = make([]excelize.Cell, len(ExportColumns))
	}
	for i, c := range cells {
		switch v := c.(type) {
		case string:
			cells[i] = stripLeadingBidi(v)
		case nil:
		default:
			if st, ok := xw.styles[i]; ok {
				xw.styled[i] = excelize.Cell{StyleID: st, Value: v}
				cells[i] = &xw.styled[i]
			}
		}
	}
	xw.noteFormulas(rec.Creator)
	if err := xw.sw.SetRow(cell, cells); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	return nil
}

// postsInFormula is the post count in the engagement formula, which
// engagement_posts_analyzed gives per row.
var postsInFormula = regexp.MustCompile(`\blast \d+ posts\b`)

// noteFormulas remembers the formulas and versions of a creator's scores
// for the explainer sheet.
func (xw *xlsxWriter) noteFormulas(c *scout.Creator) {
	if c == nil {
		return
	}
	if f := c.Engagement.Formula; f != "" && xw.formulas["engagement_rate"] == "" {
		xw.formulas["engagement_rate"] = postsInFormula.ReplaceAllString(f, "last N posts (N = engagement_posts_analyzed)")
	}
	for name, sc := range c.Scores {
		if sc == nil {
			continue
		}
		key := "score_" + name
		if sc.Formula != "" && xw.formulas[key] == "" {
			xw.formulas[key] = sc.Formula
		}
		if sc.Version != "" && !slices.Contains(xw.versions[key], sc.Version) {
			xw.versions[key] = append(xw.versions[key], sc.Version)
		}
	}
}

func (xw *xlsxWriter) Close() error {
	defer xw.f.Close()
	last, err := excelize.CoordinatesToCellName(len(ExportColumns), max(xw.row, 2))
	if err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	// A table gives the header its filter buttons (the autofilter).
	off := false
	if err := xw.sw.AddTable(&excelize.Table{Range: "A1:" + last, Name: "creators", StyleName: "TableStyleLight1", ShowRowStripes: &off}); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	if err := xw.sw.Flush(); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	if err := xw.explain(); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	if err := xw.f.Write(xw.w); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	return nil
}

// explain writes the second sheet: every column with what it holds, then
// the formulas and versions of what the file's numbers were computed by.
func (xw *xlsxWriter) explain() error {
	f := xw.f
	if _, err := f.NewSheet(xlsxExplain); err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	wrap, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	if err != nil {
		return err
	}
	rows := [][]any{{"column", "content"}}
	for _, c := range ExportColumns {
		rows = append(rows, []any{c, ExportColumnDocs[c]})
	}
	rows = append(rows, []any{}, []any{"formula", "how it is computed"})
	names := make([]string, 0, len(xw.formulas))
	for k := range xw.formulas {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		rows = append(rows, []any{k, xw.formulas[k]})
	}
	rows = append(rows, []any{}, []any{"version", ""})
	if xw.version != "" {
		rows = append(rows, []any{"scout", xw.version})
	}
	names = names[:0]
	for k := range xw.versions {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		rows = append(rows, []any{k, strings.Join(xw.versions[k], ", ")})
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(xlsxExplain, cell, &r); err != nil {
			return err
		}
		if len(r) == 2 && (r[0] == "column" || r[0] == "formula" || r[0] == "version") {
			if err := f.SetCellStyle(xlsxExplain, cell, cell, bold); err != nil {
				return err
			}
		}
	}
	if err := f.SetColWidth(xlsxExplain, "A", "A", 32); err != nil {
		return err
	}
	if err := f.SetColWidth(xlsxExplain, "B", "B", 110); err != nil {
		return err
	}
	end, _ := excelize.CoordinatesToCellName(2, len(rows))
	return f.SetCellStyle(xlsxExplain, "B1", end, wrap)
}

// ExportColumnDocs says what each export column holds; the XLSX explainer
// sheet lists it, and README's table says the same.
var ExportColumnDocs = map[string]string{
	"id":                            "the creator's Scout id",
	"name":                          "the creator's name",
	"platforms":                     "the platforms of its accounts",
	"handles":                       "platform:handle of each account",
	"account_urls":                  "each account's URL (for a pending shortlist entry: the target as pasted)",
	"contacts":                      "public business contacts the creator published, as type: value",
	"language":                      "ISO 639-1 language code, when known",
	"country":                       "ISO 3166-1 alpha-2 country code, when known",
	"followers":                     "followers, the sum over accounts",
	"following":                     "accounts followed, the sum over the accounts that publish it",
	"posts_count":                   "posts, the sum over the accounts that publish it",
	"tier":                          "nano, micro, mid, macro or mega from the followers",
	"engagement_rate_by_followers":  "median engagement per post over followers (a fraction, shown as %)",
	"engagement_rate_by_views":      "median engagement per post over views, where posts have views (a fraction, shown as %)",
	"engagement_posts_analyzed":     "how many recent posts the engagement rates used",
	"engagement_formula":            "empty in rows: the formula is stated once below (formula engagement_rate)",
	"score_overall":                 "overall score 0–100; empty when unknown",
	"score_engagement_quality":      "engagement quality score 0–100; empty when unknown",
	"score_brand_safety":            "brand safety score 0–100; empty when unknown",
	"score_audience_fit":            "audience fit score 0–100 (only where a brief scored it); empty when unknown",
	"scores_other":                  "any further score as name=value",
	"flags":                         "each flag as code (severity, level)",
	"flag_evidence_urls":            "code: the URLs of each flag's evidence",
	"flag_reviews":                  "code: confirm, or code: dismiss (reason), for each reviewed flag",
	"stage":                         "the shortlist entry's stage (empty in search exports)",
	"note":                          "the shortlist entry's note",
	"tags":                          "the shortlist entry's tags",
	"data_as_of":                    "when the newest account data was fetched (UTC; a date cell)",
	"confidence_overall":            "the overall score's confidence, 0–100% (0 for an unknown score)",
	"confidence_engagement_quality": "the engagement quality score's confidence",
	"confidence_brand_safety":       "the brand safety score's confidence",
	"confidence_audience_fit":       "the audience fit score's confidence",
	"scores_missing":                "what each unknown score lacks, as name: what",
	"topics":                        "the creator's topics, highest share first, as slug share% (the share of analysed texts about it, the bio counting as two posts)",
}

// exportCells renders a record as the cells of ExportColumns: int64 and
// float64 for numbers, nil for unknown values, strings for text. It fills
// and returns row, a slice of the previous row's cells to reuse (nil the
// first time).
func exportCells(rec *ExportRecord, row []any) []any {
	if len(row) != len(ExportColumns) {
		row = make([]any, len(ExportColumns))
	}
	clear(row)
	if e := rec.Entry; e != nil {
		row[24], row[25], row[26] = string(e.Stage), e.Note, strings.Join(e.Tags, "; ")
		if rec.Creator == nil { // pending: the target is all there is
			row[4] = e.Target
			return row
		}
	}
	c := rec.Creator
	if c == nil {
		return row
	}
	row[0], row[1] = c.ID, c.Name
	var platforms, handles, urls []string
	var following, posts *int64
	for _, a := range c.Accounts {
		if !slices.Contains(platforms, string(a.Platform)) {
			platforms = append(platforms, string(a.Platform))
		}
		if a.Handle != "" {
			handles = append(handles, string(a.Platform)+":"+a.Handle)
		}
		if a.URL != "" {
			urls = append(urls, a.URL)
		}
		following, posts = addCount(following, a.Following), addCount(posts, a.PostsCount)
	}
	row[2], row[3], row[4] = strings.Join(platforms, "; "), strings.Join(handles, "; "), strings.Join(urls, "; ")
	row[5] = strings.Join(Contacts(c), "; ")
	row[6], row[7] = deref(c.Language), deref(c.Country)
	row[8], row[9], row[10] = num(c.Followers), num(following), num(posts)
	if c.Followers != nil {
		row[11] = string(scout.TierOf(*c.Followers))
	}
	row[12], row[13] = fraction(c.Engagement.RateByFollowers), fraction(c.Engagement.RateByViews)
	// The formula is the same sentence for every creator but for the
	// number of posts (engagement_posts_analyzed): the XLSX explainer
	// sheet and README state it once, so the cell stays empty.
	row[14] = int64(c.Engagement.PostsAnalyzed)
	// An unknown score is an empty cell (never 0); its confidence column
	// says 0 and scores_missing says what is missing.
	var other, missing []string
	for name, sc := range c.Scores {
		if sc == nil {
			continue
		}
		var v any
		if f, ok := sc.Float(); ok {
			v = math.Round(f*100) / 100
		} else if len(sc.Missing) > 0 {
			missing = append(missing, name+": "+strings.Join(sc.Missing, ", "))
		}
		conf := math.Round(sc.Confidence*100) / 100
		switch name {
		case "overall":
			row[16], row[28] = v, conf
		case "engagement_quality":
			row[17], row[29] = v, conf
		case "brand_safety":
			row[18], row[30] = v, conf
		case "audience_fit":
			row[19], row[31] = v, conf
		default:
			if v == nil {
				other = append(other, name+"=unknown")
			} else {
				other = append(other, name+"="+strconv.FormatFloat(v.(float64), 'f', -1, 64))
			}
		}
	}
	sort.Strings(other)
	sort.Strings(missing)
	row[20], row[32] = strings.Join(other, "; "), strings.Join(missing, "; ")
	reviews := scout.ReviewsByCode(rec.FlagReviews)
	var flags, evidence, decided []string
	for _, f := range c.Flags {
		level := f.Severity
		if f.Level != "" {
			level += ", " + f.Level
		}
		flags = append(flags, f.Code+" ("+level+")")
		var us []string
		for _, e := range f.Evidence {
			if e.URL != "" && !slices.Contains(us, e.URL) {
				us = append(us, e.URL)
			}
		}
		if len(us) > 0 {
			evidence = append(evidence, f.Code+": "+strings.Join(us, " "))
		}
		if r := reviews[f.Code]; r != nil {
			d := f.Code + ": " + r.Decision
			if r.Reason != "" {
				d += " (" + r.Reason + ")"
			}
			decided = append(decided, d)
		}
	}
	row[21], row[22], row[23] = strings.Join(flags, "; "), strings.Join(evidence, "; "), strings.Join(decided, "; ")
	if c.DataAsOf != nil {
		row[27] = c.DataAsOf.UTC() // a date cell in XLSX, RFC 3339 in CSV
	}
	var topics []string
	for _, t := range c.Topics {
		topics = append(topics, t.Slug+" "+strconv.FormatFloat(t.Share*100, 'f', 0, 64)+"%")
	}
	row[33] = strings.Join(topics, "; ")
	return row
}

func addCount(sum, v *int64) *int64 {
	if v == nil {
		return sum
	}
	if sum == nil {
		return scout.Int64(*v)
	}
	return scout.Int64(*sum + *v)
}

func num(p *int64) any {
	if p == nil {
		return nil
	}
	return *p
}

func fraction(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// reEmail finds e-mail addresses a creator published in a bio.
var reEmail = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}`)

// Contacts returns the public business contacts a creator published, as
// "type: value" ("email: hello@pixel.example"). It reads the creator's
// Contacts field where the Creator type has one (identity resolution fills
// it from bios, profile fields and contact pages); otherwise it falls back
// to mailto: links and e-mail addresses written in the bio.
func Contacts(c *scout.Creator) []string {
	var out []string
	add := func(s string) {
		s = strings.TrimSpace(s)
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	// Read the field by name, so this column fills without a change here
	// whichever shape the contact type has: strings, or structs with Type
	// and Value.
	if f := reflect.ValueOf(c).Elem().FieldByName("Contacts"); f.IsValid() && f.Kind() == reflect.Slice {
		for i := 0; i < f.Len(); i++ {
			v := reflect.Indirect(f.Index(i))
			switch {
			case v.Kind() == reflect.String:
				add(v.String())
			case v.Kind() == reflect.Struct && v.FieldByName("Value").Kind() == reflect.String:
				val := v.FieldByName("Value").String()
				if t := v.FieldByName("Type"); t.Kind() == reflect.String && t.String() != "" {
					val = t.String() + ": " + val
				}
				add(val)
			}
		}
		return out
	}
	for _, l := range c.Links {
		if strings.HasPrefix(strings.ToLower(l), "mailto:") {
			if u, err := url.Parse(l); err == nil && u.Opaque != "" {
				add("email: " + u.Opaque)
			}
		}
	}
	for _, e := range reEmail.FindAllString(c.Bio, 5) {
		add("email: " + e)
	}
	return out
}

// withReviews loads the flag reviews of a page of creators when the store
// keeps them (an optional capability of the CreatorService).
func withReviews(ctx context.Context, cs scout.CreatorService, ids []string) (map[string][]*scout.FlagReview, error) {
	rs, ok := cs.(scout.FlagReviewService)
	if !ok || len(ids) == 0 {
		return nil, nil
	}
	m, err := rs.FindFlagReviews(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("export: load flag reviews: %w", err)
	}
	return m, nil
}

// ExportShortlist streams a shortlist's entries (as loaded, with entries)
// in their order, reading the creators a page at a time. open is called
// before the first row, so a failure before it can still be reported as an
// ordinary error. It returns the number of records written.
func ExportShortlist(ctx context.Context, cs scout.CreatorService, sl *scout.Shortlist, open func() (ExportWriter, error)) (int, error) {
	ew, err := open()
	if err != nil {
		return 0, err
	}
	n := 0
	for start := 0; start < len(sl.Entries); start += exportPage {
		page := sl.Entries[start:min(start+exportPage, len(sl.Entries))]
		var ids []string
		for _, e := range page {
			if e.CreatorID != "" {
				ids = append(ids, e.CreatorID)
			}
		}
		byID, reviews, err := loadExportPage(ctx, cs, ids, ew)
		if err != nil {
			return n, errors.Join(err, ew.Close())
		}
		for i := range page {
			e := page[i]
			rec := &ExportRecord{Creator: byID[e.CreatorID], FlagReviews: reviews[e.CreatorID], Entry: &e}
			if e.Tags == nil {
				rec.Entry.Tags = []string{}
			}
			paceHeavy(ctx)
			if err := ew.Write(rec); err != nil {
				return n, errors.Join(err, ew.Close())
			}
			n++
		}
	}
	return n, ew.Close()
}

// ExportSearch streams every match of q (not one page) in q's order,
// paging through the index with its cursor and reading each page of
// creators from the store, so memory holds one page whatever the number
// of matches. q.Page, q.PerPage, q.Cursor and q.Facets are overwritten.
// open is called after the first page was found, so an invalid query is
// an ordinary error. It returns the number of creators written.
func ExportSearch(ctx context.Context, cs scout.CreatorService, idx scout.SearchIndex, q *scout.SearchQuery, open func() (ExportWriter, error)) (int, error) {
	q.Page, q.PerPage, q.Cursor, q.Facets = 1, exportPage, "", nil
	if err := q.Validate(); err != nil {
		return 0, err
	}
	var ew ExportWriter
	n, seen := 0, 0
	for {
		paceHeavy(ctx) // a page's search and reads are not paced inside
		res, err := idx.Search(ctx, q)
		if err != nil {
			err = fmt.Errorf("export: search: %w", err)
			if ew != nil {
				err = errors.Join(err, ew.Close())
			}
			return n, err
		}
		if ew == nil {
			if ew, err = open(); err != nil {
				return 0, err
			}
		}
		ids := make([]string, len(res.Hits))
		for i, h := range res.Hits {
			ids[i] = h.ID
		}
		byID, reviews, err := loadExportPage(ctx, cs, ids, ew)
		if err != nil {
			return n, errors.Join(err, ew.Close())
		}
		for _, id := range ids {
			c, ok := byID[id]
			if !ok {
				continue // indexed but gone from the store
			}
			paceHeavy(ctx)
			if err := ew.Write(&ExportRecord{Creator: c, FlagReviews: reviews[id]}); err != nil {
				return n, errors.Join(err, ew.Close())
			}
			n++
		}
		seen += len(res.Hits)
		switch {
		case len(res.Hits) == 0 || seen >= res.Total:
			return n, ew.Close()
		case res.NextCursor != "":
			q.Page, q.Cursor = 1, res.NextCursor
		case len(res.Hits) == q.PerPage:
			q.Page++
		default:
			return n, ew.Close()
		}
	}
}

// loadExportPage reads one page of creators (without posts) and their
// reviews: for a writer of rows (CSV, XLSX) only the fields rows show,
// when the store can read just those.
func loadExportPage(ctx context.Context, cs scout.CreatorService, ids []string, ew ExportWriter) (map[string]*scout.Creator, map[string][]*scout.FlagReview, error) {
	byID := make(map[string]*scout.Creator, len(ids))
	if len(ids) == 0 {
		return byID, nil, nil
	}
	var (
		found []*scout.Creator
		err   error
	)
	_, rows := ew.(rowWriter)
	if rf, ok := cs.(rowFinder); ok && rows {
		found, err = rf.FindCreatorRows(ctx, ids)
	} else {
		found, _, err = cs.FindCreators(ctx, scout.CreatorFilter{IDs: ids})
	}
	if err != nil {
		return nil, nil, fmt.Errorf("export: load creators: %w", err)
	}
	for _, c := range found {
		c.Posts, c.Snapshots = nil, nil
		byID[c.ID] = Normalize(c)
	}
	reviews, err := withReviews(ctx, cs, ids)
	if err != nil {
		return nil, nil, err
	}
	return byID, reviews, nil
}

// contentFormats are the values of the search's own format filter, which
// shares the parameter name with the export format.
var contentFormats = []string{scout.FormatVideo, scout.FormatImage, scout.FormatText, scout.FormatMixed}

// exportParams splits an export request's query: format (the file
// format; a content format there, as old clients send, still filters by
// content_format on a search export) and bom, plus the remaining
// parameters.
// Paging parameters are dropped, since an export returns every match.
func exportParams(v url.Values, search bool) (ExportOptions, url.Values, error) {
	opts := ExportOptions{Format: ExportCSV}
	rest := url.Values{}
	var formats []string
	for k, vals := range v {
		switch k {
		case "format":
			for _, raw := range vals {
				for _, f := range strings.Split(raw, ",") {
					f = strings.ToLower(strings.TrimSpace(f))
					switch {
					case f == "":
					case slices.Contains(ExportFormats, f):
						formats = append(formats, f)
					case search && slices.Contains(contentFormats, f):
						rest.Add("content_format", f)
					default:
						if search {
							return opts, nil, scout.Errorf(scout.EINVALID,
								"format must be one of %s (filter by content with content_format: %s); got %q",
								strings.Join(ExportFormats, ", "), strings.Join(contentFormats, ", "), f)
						}
						return opts, nil, scout.Errorf(scout.EINVALID, "format must be one of %s; got %q", strings.Join(ExportFormats, ", "), f)
					}
				}
			}
		case "bom":
			b, err := strconv.ParseBool(v.Get("bom"))
			if err != nil {
				return opts, nil, scout.Errorf(scout.EINVALID, "bom must be true or false; got %q", v.Get("bom"))
			}
			opts.BOM = b
		case "page", "per_page", "cursor", "facets":
		default:
			rest[k] = vals
		}
	}
	if len(formats) > 1 {
		return opts, nil, scout.Errorf(scout.EINVALID, "give one export format; got %s", strings.Join(formats, ", "))
	}
	if len(formats) == 1 {
		opts.Format = formats[0]
	}
	return opts, rest, nil
}

// startExport sets the download headers and returns the writer opener.
// An XLSX file is paced as it is written (pacedWriter): its last step,
// compressing the sheet, writes no records to pace by.
func startExport(ctx context.Context, w http.ResponseWriter, opts ExportOptions, base string) func() (ExportWriter, error) {
	return func() (ExportWriter, error) {
		h := w.Header()
		h.Set("Content-Type", ExportContentType(opts.Format))
		h.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s.%s"`, base, opts.Format))
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusOK)
		var out io.Writer = w
		if opts.Format == ExportXLSX {
			out = pacedWriter{ctx: ctx, w: w}
		}
		return NewExportWriter(out, opts)
	}
}

// pacedWriter gives way to light requests (paceHeavy) before each write.
type pacedWriter struct {
	ctx context.Context
	w   io.Writer
}

func (p pacedWriter) Write(b []byte) (int, error) {
	paceHeavy(p.ctx)
	return p.w.Write(b)
}

// ExportFilename is the download name (without extension) of a
// shortlist: "scout-shortlist-ID-NAME" with the name reduced to
// lower-case ASCII letters, digits and dashes.
func ExportFilename(prefix, name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= 60 {
			break
		}
	}
	slug := strings.Trim(b.String(), "-")
	if slug == "" {
		return prefix
	}
	return prefix + "-" + slug
}

func (s *Server) handleExportShortlist(w http.ResponseWriter, r *http.Request) {
	opts, rest, err := exportParams(r.URL.Query(), false)
	opts.Version = s.Version
	if err == nil {
		err = onlyParams(rest, "stage")
	}
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	var stages []scout.Stage
	for _, st := range listParam(rest, "stage") {
		if err := scout.ValidateStage(scout.Stage(st)); err != nil {
			Error(w, r, err, s.logger())
			return
		}
		stages = append(stages, scout.Stage(st))
	}
	sl, err := s.loadShortlist(r.Context(), r.PathValue("id"))
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	if len(stages) > 0 {
		sl.Entries = slices.DeleteFunc(sl.Entries, func(e scout.ShortlistEntry) bool { return !slices.Contains(stages, e.Stage) })
	}
	name := ExportFilename("scout-shortlist-"+sl.ID, sl.Name)
	if _, err := ExportShortlist(r.Context(), s.Creators, sl, startExport(r.Context(), w, opts, name)); err != nil {
		s.abortExport(w, r, err)
	}
}

func (s *Server) handleExportSearch(w http.ResponseWriter, r *http.Request) {
	if s.Index == nil || s.Creators == nil {
		Error(w, r, scout.Errorf(scout.EUNAVAILABLE, "search is not available on this server"), s.logger())
		return
	}
	opts, rest, err := exportParams(r.URL.Query(), true)
	opts.Version = s.Version
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	q, err := ParseSearchQuery(rest)
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	if err := s.ExcludeHidden(r.Context(), q); err != nil {
		Error(w, r, err, s.logger())
		return
	}
	name := "scout-creators-" + s.now().UTC().Format("20060102-150405")
	wrote := false
	open := startExport(r.Context(), w, opts, name)
	_, err = ExportSearch(r.Context(), s.Creators, s.Index, q, func() (ExportWriter, error) {
		wrote = true
		return open()
	})
	if err != nil && !wrote {
		Error(w, r, err, s.logger())
		return
	}
	if err != nil {
		s.abortExport(w, r, err)
	}
}

// abortExport ends a download that failed after its 200 was sent: the
// error is logged and the connection cut, so the client sees a truncated
// transfer instead of a file that looks complete. Failures before the
// first byte are ordinary JSON errors.
func (s *Server) abortExport(w http.ResponseWriter, r *http.Request, err error) {
	if ctxErr := r.Context().Err(); ctxErr != nil {
		return // the client went away
	}
	s.logger().Error("export failed mid-stream", "path", r.URL.Path, "err", err)
	panic(http.ErrAbortHandler)
}
