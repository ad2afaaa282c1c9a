package index_test

import (
	"context"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/index"
)

// querySeeds are queries from the package documentation and its tests,
// and ones built to trip a hand-written lexer.
var querySeeds = []string{
	"", "vegan", `vegan (baking OR "sour dough") -meat`, "vegan OR vegetarian -giveaway",
	`"trail running" -"road"`, "OR", "a OR", "OR a", "a OR OR b", "a OR -b", "-", "- a",
	`"`, `""`, `"  "`, `-"x"`, "--x", "-OR", "a\u00a0OR\u2003b", "\xff\xfe", "ünïcödé 寿司 🍣",
	`a"b"c`, "a -", `"a" OR "b" OR c`,
}

// FuzzParseQuery checks the query language on any text: it parses or says
// why with an EINVALID error, and never panics.
func FuzzParseQuery(f *testing.F) {
	for _, s := range querySeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		canon, err := index.ParseQuery(s)
		if err != nil {
			if scout.ErrorCode(err) != scout.EINVALID {
				t.Fatalf("ParseQuery(%q): %v, want EINVALID", s, err)
			}
			return
		}
		// The canonical form of a query that parsed is a query that parses.
		if _, err := index.ParseQuery(canon); err != nil {
			t.Errorf("ParseQuery(%q) = %q, which does not parse: %v", s, canon, err)
		}
	})
}

// FuzzSearch runs any query text and sort through a real in-memory index
// with the test cast: results or an EINVALID error, within a second.
func FuzzSearch(f *testing.F) {
	ix, err := index.NewMemOnly()
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { ix.Close() })
	MustIndex(f, ix, fixtures()...)
	for _, s := range querySeeds {
		f.Add(s, "")
	}
	f.Add("vegan", "followers")
	f.Add("vegan", "score.brand_safety")
	f.Add("*", "score.")
	f.Add("a~2 b^3 +c:d", "engagement")
	f.Add(`/.*/`, "growth_30d")
	f.Fuzz(func(t *testing.T, text, sort string) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		q := &scout.SearchQuery{Text: text, Sort: sort, Desc: true, Page: 1, PerPage: 10}
		if q.Validate() != nil {
			return // the API refuses it before the index sees it
		}
		start := time.Now()
		res, err := ix.Search(ctx, q)
		if d := time.Since(start); d > time.Second {
			t.Errorf("Search(%q, %q) took %v", text, sort, d)
		}
		if err != nil {
			if code := scout.ErrorCode(err); code != scout.EINVALID {
				t.Fatalf("Search(%q, %q): %v (code %q), want results or EINVALID", text, sort, err, code)
			}
			return
		}
		if res.Total < 0 || len(res.Hits) > 10 || len(res.Hits) > res.Total {
			t.Errorf("Search(%q, %q): total %d, %d hits", text, sort, res.Total, len(res.Hits))
		}
	})
}
