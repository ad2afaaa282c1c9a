package api_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"runtime"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/bench/gen"
	"github.com/scout-oss/scout/store"
)

// benchCreators is how many generated creators the export benchmarks
// write per operation.
const benchCreators = 1000

// idIndex is a SearchIndex that pages through fixed ids with a cursor, so
// an export benchmark measures the store and the writer, not Bleve.
type idIndex struct{ ids []string }

func (x idIndex) Search(_ context.Context, q *scout.SearchQuery) (*scout.SearchResult, error) {
	start := 0
	if q.Cursor != "" {
		fmt.Sscanf(q.Cursor, "%d", &start)
	}
	end := min(start+q.PerPage, len(x.ids))
	res := &scout.SearchResult{Total: len(x.ids)}
	for _, id := range x.ids[start:end] {
		res.Hits = append(res.Hits, scout.SearchHit{ID: id})
	}
	if end < len(x.ids) {
		res.NextCursor = fmt.Sprint(end)
	}
	return res, nil
}

func (idIndex) IndexCreators(context.Context, []*scout.Creator) error { return nil }
func (idIndex) DeleteCreators(context.Context, []string) error        { return nil }
func (x idIndex) Count(context.Context) (int, error)                  { return len(x.ids), nil }

// mustBenchStore writes benchCreators generated creators (as the crawl
// leaves them: accounts, posts, derived fields, scores and flags) into a
// fresh store.
func mustBenchStore(tb testing.TB) (*store.DB, []string) {
	tb.Helper()
	ctx := context.Background()
	db, err := store.OpenWith(ctx, tb.TempDir(), store.Options{NoSync: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	ids, err := gen.WriteCreators(ctx, db, gen.NewGenerator(time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)), benchCreators)
	if err != nil {
		tb.Fatal(err)
	}
	return db, ids
}

// reportPerCreator adds the allocations per exported creator to the
// benchmark's figures, which is what the export's cost to the garbage
// collector (and so to concurrent searches) scales with, and the
// process's CPU time per creator (garbage collection included), which a
// loaded machine inflates far less than ns/op.
func reportPerCreator(b *testing.B, run func()) {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu := gen.CPUTime()
	n := 0
	for b.Loop() {
		run()
		n++
	}
	cpu = gen.CPUTime() - cpu
	runtime.ReadMemStats(&after)
	creators := float64(n * benchCreators)
	b.ReportMetric(float64(cpu.Microseconds())/creators, "cpu-µs/creator")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/creators, "allocs/creator")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/creators, "B/creator")
}

// BenchmarkExport exports benchCreators stored creators in each format
// through ExportSearch, the path of GET /api/v1/creators/export without
// the index: store reads, rows and the file.
//
//	go test -run '^$' -bench Export -benchmem -cpu 1 ./api
func BenchmarkExport(b *testing.B) {
	db, ids := mustBenchStore(b)
	for _, format := range api.ExportFormats {
		b.Run(format, func(b *testing.B) {
			reportPerCreator(b, func() {
				n, err := api.ExportSearch(context.Background(), db, idIndex{ids}, &scout.SearchQuery{}, func() (api.ExportWriter, error) {
					return api.NewExportWriter(io.Discard, api.ExportOptions{Format: format})
				})
				if err != nil || n != len(ids) {
					b.Fatalf("exported %d of %d: %v", n, len(ids), err)
				}
			})
		})
	}
}

// fullReads hides the store's FindCreatorRows, so an export reads every
// creator in full.
type fullReads struct{ scout.CreatorService }

// TestExportRowsReadLean exports generated creators as CSV and XLSX twice,
// once reading only the fields rows show (store.DB.FindCreatorRows) and
// once reading every creator in full, and wants the same bytes.
func TestExportRowsReadLean(t *testing.T) {
	db, ids := mustBenchStore(t)
	ctx := context.Background()
	// Generated creators have no topics, flag evidence, contacts or
	// unknown scores; give some of them each, with a bidi control and a
	// formula to neutralise.
	for i, id := range ids[:60] {
		c, err := db.FindCreatorByID(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		c.Topics = []scout.CreatorTopic{{Slug: "knitting", Share: 0.42, Posts: 3, Analysed: 7}, {Slug: "baking", Share: 0.1}}
		c.Contacts = []scout.Contact{{Type: "email", Value: fmt.Sprintf("=hello%d@x.example", i), SeenIn: "bio"}}
		c.Flags = append(c.Flags, scout.Flag{Code: "gambling", Severity: scout.SeverityRed, Level: "high", Message: "\u202e bets",
			Evidence: []scout.Evidence{{URL: "https://x.example/p/1", Excerpt: "bet"}, {URL: "https://x.example/p/1"}, {URL: "https://x.example/p/2"}}})
		if c.Scores == nil {
			c.Scores = map[string]*scout.Score{}
		}
		c.Scores["audience_fit"] = &scout.Score{Version: "af-1", Formula: "fit", Missing: []string{"market: unknown"}, Inputs: map[string]any{"x": 1.0}}
		c.Scores["growth"] = &scout.Score{Value: scout.Float64(float64(i) + 0.125), Version: "g-2", Confidence: 0.5, Reasons: []string{"grew"}}
		c.Name = "\u202e" + c.Name
		if err := db.UpdateCreator(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	for _, format := range []string{api.ExportCSV, api.ExportXLSX} {
		t.Run(format, func(t *testing.T) {
			export := func(cs scout.CreatorService) []byte {
				var out bytes.Buffer
				n, err := api.ExportSearch(context.Background(), cs, idIndex{ids}, &scout.SearchQuery{}, func() (api.ExportWriter, error) {
					return api.NewExportWriter(&out, api.ExportOptions{Format: format, Version: "test"})
				})
				if err != nil || n != len(ids) {
					t.Fatalf("exported %d of %d: %v", n, len(ids), err)
				}
				return out.Bytes()
			}
			lean, full := export(db), export(fullReads{db})
			if !bytes.Equal(lean, full) {
				t.Errorf("lean and full reads export different files (%d and %d bytes)", len(lean), len(full))
			}
		})
	}
}
