package importer

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// maxLineBytes bounds one JSON Lines row (with its posts).
const maxLineBytes = 4 << 20

// readCSV reads a CSV file whose first row names the columns. Quoted
// fields may span lines; a row's line is the line it starts on. A file
// that stops being CSV (a stray quote) is reported where it breaks, and
// nothing after it is read.
func (v *validator) readCSV(r io.Reader) error {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1 // rows of the wrong width are reported below, with their line
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil // "no rows"
	}
	if err != nil {
		return v.csvError(err)
	}
	cols := map[string]int{}
	for i, h := range header {
		if i == 0 {
			h = strings.TrimPrefix(h, "\ufeff") // the byte-order mark spreadsheet programs write
		}
		name := strings.ToLower(strings.TrimSpace(h))
		switch {
		case !slices.Contains(Columns, name):
			v.bad.add(RowError{Line: 1, Field: name, Msg: "unknown column; the columns are " + strings.Join(Columns, ", ")})
		case cols[name] > 0:
			v.bad.add(RowError{Line: 1, Field: name, Msg: "column given twice"})
		}
		cols[name] = i + 1 // 0 means absent
	}
	for _, req := range []string{"platform", "handle"} {
		if cols[req] == 0 {
			v.bad.add(RowError{Line: 1, Field: req, Msg: "required column missing from the header"})
		}
	}
	if len(v.bad.Rows) > 0 {
		return nil // rows cannot be read against a broken header
	}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return v.csvError(err)
		}
		line, _ := cr.FieldPos(0)
		if blank(rec) {
			continue
		}
		if len(rec) != len(header) {
			v.bad.add(RowError{Line: line, Msg: fmt.Sprintf("%d fields, but the header names %d", len(rec), len(header))})
			continue
		}
		cell := func(name string) string {
			if i := cols[name]; i > 0 {
				return rec[i-1]
			}
			return ""
		}
		v.add(row{
			line: line, platform: cell("platform"), handle: cell("handle"), url: cell("url"),
			displayName: cell("display_name"), bio: cell("bio"), avatarURL: cell("avatar_url"), asOf: cell("as_of"),
			followers: cell("followers"), following: cell("following"), postsCount: cell("posts_count"),
			links: splitLinks(cell("links")),
		})
	}
}

// csvError records a malformed-CSV error at its line; other errors (a
// failed read) are returned.
func (v *validator) csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		line := pe.StartLine // where the broken record starts, e.g. its unclosed quote
		if line == 0 {
			line = pe.Line
		}
		v.bad.add(RowError{Line: line, Msg: "malformed CSV: " + pe.Err.Error() + "; nothing after it was read"})
		return nil
	}
	return fmt.Errorf("import %s: %w", v.opt.Name, err)
}

func blank(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// jsonRow is one JSON Lines row. Counts may be numbers or strings of
// digits; links an array of URLs or one string of them.
type jsonRow struct {
	Platform    string          `json:"platform"`
	Handle      string          `json:"handle"`
	URL         string          `json:"url"`
	DisplayName string          `json:"display_name"`
	Bio         string          `json:"bio"`
	Followers   jsonCount       `json:"followers"`
	Following   jsonCount       `json:"following"`
	PostsCount  jsonCount       `json:"posts_count"`
	Links       json.RawMessage `json:"links"`
	AvatarURL   string          `json:"avatar_url"`
	AsOf        string          `json:"as_of"`
	Posts       []postRow       `json:"posts"`
}

// jsonCount keeps a count's literal text for checkCount: 1200, "1200" and
// null all read; 1.5 and "1.2k" are reported as not whole numbers.
type jsonCount string

func (c *jsonCount) UnmarshalJSON(b []byte) error {
	var s string
	switch {
	case string(b) == "null":
		*c = ""
	case json.Unmarshal(b, &s) == nil:
		*c = jsonCount(s)
	default:
		*c = jsonCount(b)
	}
	return nil
}

// readJSONL reads one JSON object per line; blank lines are skipped.
// Unknown keys are errors, so that a misspelt "follower" is not silently
// dropped.
func (v *validator) readJSONL(r io.Reader) error {
	br := bufio.NewReaderSize(r, 64<<10)
	for line := 1; ; line++ {
		b, err := readLine(br)
		if errors.Is(err, errLineTooLong) {
			v.bad.add(RowError{Line: line, Msg: fmt.Sprintf("longer than %d bytes", maxLineBytes)})
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("import %s: %w", v.opt.Name, err)
		}
		if len(bytes.TrimSpace(b)) > 0 {
			v.addJSON(line, b)
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
	}
}

func (v *validator) addJSON(line int, b []byte) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var jr jsonRow
	if err := dec.Decode(&jr); err != nil {
		v.bad.add(RowError{Line: line, Msg: "not a JSON object: " + strings.TrimPrefix(err.Error(), "json: ")})
		return
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		v.bad.add(RowError{Line: line, Msg: "more than one JSON value on the line"})
		return
	}
	r := row{
		line: line, platform: jr.Platform, handle: jr.Handle, url: jr.URL, displayName: jr.DisplayName,
		bio: jr.Bio, avatarURL: jr.AvatarURL, asOf: jr.AsOf, followers: string(jr.Followers),
		following: string(jr.Following), postsCount: string(jr.PostsCount), posts: jr.Posts,
	}
	if len(jr.Links) > 0 && string(jr.Links) != "null" {
		var one string
		if err := json.Unmarshal(jr.Links, &r.links); err != nil {
			if err := json.Unmarshal(jr.Links, &one); err != nil {
				v.bad.add(RowError{Line: line, Field: "links", Msg: "want an array of URLs or one string of them"})
				return
			}
			r.links = splitLinks(one)
		}
	}
	v.add(r)
}

// errLineTooLong means a JSON Lines row is over maxLineBytes.
var errLineTooLong = errors.New("line too long")

// readLine reads one line without its newline. A line over maxLineBytes is
// skipped to its end and reported with errLineTooLong.
func readLine(br *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		part, err := br.ReadSlice('\n')
		if len(buf)+len(part) > maxLineBytes {
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			return nil, errLineTooLong
		}
		buf = append(buf, part...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), err
	}
}
