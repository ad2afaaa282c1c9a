package index_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/index"
)

// generated returns n varied creators: text from small vocabularies, some
// without followers, engagement or scores, flags, several platforms and
// snapshots, so that builds of them exercise every kind of field.
func generated(n int) []*scout.Creator {
	r := rand.New(rand.NewPCG(3, 4))
	words := strings.Fields("vegan baking bread running yoga travel camera design music gaming coffee pizza garden dogs fashion")
	text := func(k int) string {
		var sb strings.Builder
		for i := range k {
			if i > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(words[r.IntN(len(words))])
		}
		return sb.String()
	}
	platforms := []scout.Platform{scout.PlatformBluesky, scout.PlatformMastodon, scout.PlatformYouTube, scout.PlatformWeb}
	langs := []string{"en", "de", "it", "es"}
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var cs []*scout.Creator
	for i := range n {
		s := creatorSpec{id: fmt.Sprintf("g%05d", (i*7919)%n), name: text(2), bio: text(12), language: langs[r.IntN(len(langs))], country: "US"}
		s.accounts = []scout.Account{acct(platforms[r.IntN(len(platforms))], fmt.Sprintf("@user%d", i))}
		if r.IntN(5) > 0 {
			s.followers = scout.Int64(int64(100 + r.IntN(2_000_000)))
		}
		if r.IntN(3) > 0 {
			s.engagement = scout.Float64(float64(r.IntN(1000)) / 10000)
		}
		for range 1 + r.IntN(4) {
			s.posts = append(s.posts, text(3)+"|"+text(10))
		}
		c := newCreator(s)
		c.Scores = map[string]*scout.Score{}
		for _, name := range scout.ScoreNames {
			if r.IntN(4) > 0 {
				c.Scores[name] = &scout.Score{Value: scout.Float64(float64(r.IntN(1001)) / 10)}
			}
		}
		if r.IntN(6) == 0 {
			c.Flags = []scout.Flag{{Code: "engagement_pod", Severity: scout.SeverityWarn}}
		}
		if c.Followers != nil {
			for d := range 3 {
				f := *c.Followers - int64(d*r.IntN(1000))
				c.Snapshots = append(c.Snapshots, scout.Snapshot{AccountID: c.Accounts[0].ID, At: now.AddDate(0, 0, -20*d), Followers: &f})
			}
		}
		cs = append(cs, c)
	}
	return cs
}

// walkOf is a walk function over cs, as store.DB.ForEachCreator is over
// the store.
func walkOf(cs []*scout.Creator) func(context.Context, func(*scout.Creator) error) error {
	return func(ctx context.Context, fn func(*scout.Creator) error) error {
		for _, c := range cs {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := fn(c); err != nil {
				return err
			}
		}
		return nil
	}
}

// MustLoad builds a fresh on-disk index from cs the way scout reindex
// does (Create, Load, Optimize, Commit) and returns it open.
func MustLoad(tb testing.TB, path string, cs []*scout.Creator, now func() time.Time) *index.Index {
	tb.Helper()
	ix, err := index.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = ix.Close() })
	ix.SetClock(now)
	n, err := ix.Load(context.Background(), walkOf(cs), nil)
	if err != nil {
		tb.Fatal(err)
	}
	if n != len(cs) {
		tb.Fatalf("Load indexed %d creators, want %d", n, len(cs))
	}
	if err := ix.Optimize(context.Background()); err != nil {
		tb.Fatal(err)
	}
	if err := ix.Commit(); err != nil {
		tb.Fatal(err)
	}
	return ix
}

// TestLoad_SameAsIndexCreators builds the same creators once through
// IndexCreators (as the crawl does) and once through Load and Optimize (as
// scout reindex does), and checks that every kind of query sees the same
// hits, totals, facets and fingerprints.
func TestLoad_SameAsIndexCreators(t *testing.T) {
	cs := generated(2*index.BatchSize + 345) // several batches, one partial
	now := func() time.Time { return time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC) }
	incr := MustOpenMem(t)
	incr.SetClock(now)
	for start := 0; start < len(cs); start += 97 { // the crawl's small batches
		MustIndex(t, incr, cs[start:min(start+97, len(cs))]...)
	}
	bulk := MustLoad(t, filepath.Join(t.TempDir(), "index"), cs, now)

	if n, err := bulk.Segments(); err != nil || n != 1 {
		t.Errorf("segments after Optimize and Commit = %d (%v), want 1", n, err)
	}
	queries := []scout.SearchQuery{
		{Text: "vegan baking"},
		{Text: `"yoga travel"`},
		{Text: "coffee -pizza", Facets: []string{scout.FacetPlatform, scout.FacetLanguage, scout.FacetTier, scout.FacetFlags, scout.FacetBrandSafetyBand}},
		{Text: "music", Platforms: []scout.Platform{scout.PlatformBluesky}, Languages: []string{"en", "de"}, MinFollowers: scout.Int64(10_000)},
		{Text: "garden", Scores: map[string]scout.Range{"overall": {Min: scout.Float64(40)}}, Sort: "score.overall", Desc: true},
		{Scores: map[string]scout.Range{"brand_safety": {Max: scout.Float64(60)}}, IncludeUnknown: true, Sort: "score.brand_safety"},
		{Sort: scout.SortFollowers, Desc: true, PerPage: 50},
		{Sort: scout.SortFollowers, PerPage: 50, Page: 3},
		{Sort: scout.SortEngagement, Desc: true, Flags: []string{"engagement_pod"}},
		{Sort: scout.SortGrowth30d, Desc: true, PerPage: 30},
		{Text: "dogs", ER: scout.Range{Min: scout.Float64(0.01), Max: scout.Float64(0.05)}, Sort: scout.SortEngagement},
	}
	for _, q := range queries {
		t.Run(q.String(), func(t *testing.T) {
			want, wres := MustSearch(t, incr, q)
			got, gres := MustSearch(t, bulk, q)
			if gres.Total != wres.Total {
				t.Errorf("Total = %d, want %d", gres.Total, wres.Total)
			}
			if q.Sort == "" {
				// Relevance ties keep index order, which differs between
				// the two builds: compare as sets.
				want, got = sorted(want), sorted(got)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("hits = %v\nwant %v", got, want)
			}
			if !reflect.DeepEqual(gres.Facets, wres.Facets) {
				t.Errorf("facets = %v\nwant %v", gres.Facets, wres.Facets)
			}
			if q.Sort != "" && wres.NextCursor != "" {
				q.Cursor, q.Page = wres.NextCursor, 0
				want, _ := MustSearch(t, incr, q)
				q.Cursor = gres.NextCursor
				got, _ := MustSearch(t, bulk, q)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("next page = %v\nwant %v", got, want)
				}
			}
		})
	}
	ctx := context.Background()
	wf, err := incr.Fingerprints(ctx)
	if err != nil {
		t.Fatal(err)
	}
	gf, err := bulk.Fingerprints(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gf, wf) {
		t.Errorf("fingerprints differ (%d bulk, %d incremental)", len(gf), len(wf))
	}
}

func TestLoad_Errors(t *testing.T) {
	ctx := context.Background()
	cs := generated(1500)
	newBuild := func(t *testing.T) *index.Index {
		ix, err := index.Create(filepath.Join(t.TempDir(), "index"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = ix.Close() })
		return ix
	}

	t.Run("WalkError", func(t *testing.T) {
		boom := errors.New("disk on fire")
		walk := func(ctx context.Context, fn func(*scout.Creator) error) error {
			if err := walkOf(cs)(ctx, fn); err != nil {
				return err
			}
			return boom
		}
		if _, err := newBuild(t).Load(ctx, walk, nil); !errors.Is(err, boom) {
			t.Errorf("err = %v, want %v", err, boom)
		}
	})
	t.Run("NoID", func(t *testing.T) {
		bad := append(generated(3), &scout.Creator{Name: "nobody"})
		_, err := newBuild(t).Load(ctx, walkOf(bad), nil)
		if got, want := scout.ErrorCode(err), scout.EINVALID; got != want {
			t.Errorf("code %q (%v), want %q", got, err, want)
		}
	})
	t.Run("Canceled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(ctx)
		cancel()
		if _, err := newBuild(t).Load(ctx, walkOf(cs), nil); !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	})
	t.Run("BatchDone", func(t *testing.T) {
		var mu sync.Mutex
		var calls []int
		ix := newBuild(t)
		n, err := ix.Load(ctx, walkOf(cs), func(n int) {
			mu.Lock()
			defer mu.Unlock()
			calls = append(calls, n)
		})
		if err != nil {
			t.Fatal(err)
		}
		// Called from worker goroutines, but one at a time is not
		// promised: only the final count is.
		if n != len(cs) || len(calls) != 2 || max(calls[0], calls[1]) != len(cs) {
			t.Errorf("Load = %d with calls %v, want %d in 2 calls", n, calls, len(cs))
		}
	})
	t.Run("Closed", func(t *testing.T) {
		ix := newBuild(t)
		_ = ix.Close()
		_, err := ix.Load(ctx, walkOf(cs), nil)
		if got, want := scout.ErrorCode(err), scout.EUNAVAILABLE; got != want {
			t.Errorf("code %q (%v), want %q", got, err, want)
		}
		if got, want := scout.ErrorCode(ix.Optimize(ctx)), scout.EUNAVAILABLE; got != want {
			t.Errorf("Optimize after Close: code %q, want %q", got, want)
		}
	})
}

// TestOpen_RefusesOlderMapping checks that an index written by the
// previous mapping (whose sort fields were numeric fields) is refused.
func TestOpen_RefusesOlderMapping(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index")
	ix := MustOpen(t, path)
	if err := ix.SetInternal(index.VersionKey, []byte("2")); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	_, err := index.Open(path)
	if got, want := scout.ErrorCode(err), scout.ECONFLICT; got != want {
		t.Fatalf("code %q (%v), want %q", got, err, want)
	}
	if msg := scout.ErrorMessage(err); !strings.Contains(msg, "mapping version 2") || !strings.Contains(msg, "run scout reindex") {
		t.Errorf("message %q does not name version 2 and scout reindex", msg)
	}
}

// TestCommit_KeepsNoUnsafeBatches checks that the unsafe batches a build
// takes are not written into the committed index's metadata, where every
// later open (serve's crawl writes) would inherit them.
func TestCommit_KeepsNoUnsafeBatches(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index")
	ix := MustLoad(t, path, generated(10), time.Now)
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	meta, err := os.ReadFile(filepath.Join(path, "index_meta.json"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(meta), "unsafe") {
		t.Errorf("index_meta.json keeps the build's options: %s", meta)
	}
}
