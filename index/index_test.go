package index_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/index"
)

// MustOpenMem returns an empty memory-only index closed at test end.
func MustOpenMem(tb testing.TB) *index.Index {
	tb.Helper()
	ix, err := index.NewMemOnly()
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = ix.Close() })
	return ix
}

// MustIndex indexes cs or fails the test.
func MustIndex(tb testing.TB, ix *index.Index, cs ...*scout.Creator) {
	tb.Helper()
	if err := ix.IndexCreators(context.Background(), cs); err != nil {
		tb.Fatal(err)
	}
}

// MustSearch runs q and returns the hit ids in order.
func MustSearch(tb testing.TB, ix *index.Index, q scout.SearchQuery) (ids []string, res *scout.SearchResult) {
	tb.Helper()
	res, err := ix.Search(context.Background(), &q)
	if err != nil {
		tb.Fatalf("search %v: %v", q.String(), err)
	}
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	return ids, res
}

type creatorSpec struct {
	id, name, bio string
	accounts      []scout.Account
	followers     *int64
	engagement    *float64
	language      string
	country       string
	posts         []string
}

func newCreator(s creatorSpec) *scout.Creator {
	c := &scout.Creator{
		ID:        s.id,
		Name:      s.name,
		Bio:       s.bio,
		Accounts:  s.accounts,
		Followers: s.followers,
		Language:  scout.String(s.language),
		Country:   scout.String(s.country),
	}
	c.Engagement.RateByFollowers = s.engagement
	asOf := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	c.DataAsOf = &asOf
	for i, p := range s.posts {
		title, text, _ := strings.Cut(p, "|")
		c.Posts = append(c.Posts, scout.Post{ID: fmt.Sprintf("%s-p%d", s.id, i), Title: title, Text: text})
	}
	return c
}

func acct(p scout.Platform, handle string) scout.Account {
	return scout.Account{ID: scout.AccountID(p, handle), Platform: p, Handle: handle}
}

// fixtures is a small cast whose texts the tests below reason about.
func fixtures() []*scout.Creator {
	return []*scout.Creator{
		newCreator(creatorSpec{
			id: "c1", name: "Alice Bakes",
			bio:       "Vegan baking every weekend. <script>alert(1)</script>",
			accounts:  []scout.Account{acct(scout.PlatformBluesky, "@alice.bsky.social")},
			followers: scout.Int64(12_000), engagement: scout.Float64(0.05),
			language: "it", country: "it",
			posts: []string{"Sourdough|starter tips for beginners", "|my vegan brownies"},
		}),
		newCreator(creatorSpec{
			id: "c2", name: "Bob",
			bio:       "Marathon runner and vegan cook",
			accounts:  []scout.Account{acct(scout.PlatformMastodon, "@runner_bob@mastodon.social")},
			followers: scout.Int64(500),
			language:  "en",
			posts:     []string{"|Baking bread after a long run"},
		}),
		newCreator(creatorSpec{
			id: "c3", name: "Carol Cooks",
			bio:       "Italian home cooking: pasta, baking and pizza",
			accounts:  []scout.Account{acct(scout.PlatformYouTube, "carolcooks")},
			followers: scout.Int64(2_000_000), engagement: scout.Float64(0.01),
			language: "en", country: "US",
			posts: []string{"Giveaway|win a pizza oven"},
		}),
		newCreator(creatorSpec{
			id: "c4", name: "Dan Designs",
			bio:      "Graphic design and typography",
			accounts: []scout.Account{acct(scout.PlatformWeb, "dandesigns.example")},
		}),
		newCreator(creatorSpec{
			id: "c5", name: "Eve Eats",
			bio: "Street food reviews, baking vegan sweets",
			accounts: []scout.Account{
				acct(scout.PlatformBluesky, "eve.example"),
				acct(scout.PlatformYouTube, "EveEats"),
			},
			followers: scout.Int64(50_000), engagement: scout.Float64(0.02),
		}),
	}
}

func fixtureIndex(tb testing.TB) *index.Index {
	tb.Helper()
	ix := MustOpenMem(tb)
	MustIndex(tb, ix, fixtures()...)
	return ix
}

func sorted(ids []string) []string {
	ids = slices.Clone(ids)
	slices.Sort(ids)
	return ids
}

var textCases = []struct {
	name, text string
	want       []string // ids in any order
}{
	{"AllWordsMustMatch", "vegan baking", []string{"c1", "c2", "c5"}},
	{"WordsMatchAcrossFields", "marathon bread", []string{"c2"}},
	{"StemmingBakesFindsBaking", "bakes", []string{"c1", "c2", "c3", "c5"}},
	{"CaseInsensitive", "VEGAN", []string{"c1", "c2", "c5"}},
	{"PhraseNeedsAdjacentWords", `"vegan baking"`, []string{"c1"}},
	{"PhraseStemmed", `"baked bread"`, []string{"c2"}},
	{"Exclude", "vegan -marathon", []string{"c1", "c5"}},
	{"ExcludePhrase", `vegan -"vegan cook"`, []string{"c1", "c5"}},
	{"ExcludeOnly", "-giveaway", []string{"c1", "c2", "c4", "c5"}},
	{"Or", "pizza OR typography", []string{"c3", "c4"}},
	{"OrBindsTighterThanAnd", "typography OR marathon vegan", []string{"c2"}},
	{"OrWithPhrase", `"home cooking" OR brownies`, []string{"c1", "c3"}},
	{"HandlePart", "alice", []string{"c1"}},
	{"HandlePartOnlyInHandle", "runner_bob", []string{"c2"}},
	{"ExactHandle", "@runner_bob@mastodon.social", []string{"c2"}},
	{"HandleCaseInsensitive", "eveeats", []string{"c5"}},
	{"PostTitle", "sourdough", []string{"c1"}},
	{"StopWordsIgnored", "the vegan", []string{"c1", "c2", "c5"}},
	{"OnlyStopWordsMatchesAll", "it", []string{"c1", "c2", "c3", "c4", "c5"}},
	{"NoMatch", "kayaking", nil},
	{"EmptyMatchesAll", "  ", []string{"c1", "c2", "c3", "c4", "c5"}},
}

func TestSearch_Text(t *testing.T) {
	ix := fixtureIndex(t)
	for _, tc := range textCases {
		t.Run(tc.name, func(t *testing.T) {
			ids, res := MustSearch(t, ix, scout.SearchQuery{Text: tc.text})
			if got, want := sorted(ids), tc.want; !slices.Equal(got, want) {
				t.Errorf("Search(%q) = %v, want %v", tc.text, got, want)
			}
			if res.Total != len(tc.want) {
				t.Errorf("Search(%q).Total = %d, want %d", tc.text, res.Total, len(tc.want))
			}
		})
	}
}

func TestSearch_RelevanceBoostsName(t *testing.T) {
	ix := MustOpenMem(t)
	MustIndex(t, ix,
		newCreator(creatorSpec{id: "a", name: "Someone", bio: "I love pasta"}),
		newCreator(creatorSpec{id: "b", name: "Pasta Queen", bio: "Cooking"}),
		newCreator(creatorSpec{id: "c", name: "Other", bio: "Nothing", posts: []string{"|pasta tonight"}}),
	)
	ids, res := MustSearch(t, ix, scout.SearchQuery{Text: "pasta"})
	if got, want := ids, []string{"b", "a", "c"}; !slices.Equal(got, want) {
		t.Errorf("order = %v, want %v (name, then bio, then posts)", got, want)
	}
	for i := 1; i < len(res.Hits); i++ {
		if res.Hits[i].Score > res.Hits[i-1].Score {
			t.Errorf("hit %d score %v above hit %d score %v", i, res.Hits[i].Score, i-1, res.Hits[i-1].Score)
		}
	}
}

var invalidCases = []struct {
	name    string
	q       scout.SearchQuery
	message string // a part of the error message
}{
	{"ErrUnbalancedQuote", scout.SearchQuery{Text: `"vegan baking`}, "unbalanced quote"},
	{"ErrUnbalancedQuoteAfterPhrase", scout.SearchQuery{Text: `"a b" "c`}, "character 7"},
	{"ErrLoneMinus", scout.SearchQuery{Text: "vegan - baking"}, "lone -"},
	{"ErrTrailingMinus", scout.SearchQuery{Text: "vegan -"}, "lone -"},
	{"ErrOrAtStart", scout.SearchQuery{Text: "OR vegan"}, "OR at the start"},
	{"ErrOrAtEnd", scout.SearchQuery{Text: "vegan OR"}, "OR at the end"},
	{"ErrOrOnly", scout.SearchQuery{Text: "OR"}, "OR at the start"},
	{"ErrOrOr", scout.SearchQuery{Text: "vegan OR OR cake"}, "OR OR"},
	{"ErrExcludedAlternative", scout.SearchQuery{Text: "vegan OR -cake"}, "excluded term"},
	{"ErrEmptyPhrase", scout.SearchQuery{Text: `vegan ""`}, "empty phrase"},
	{"ErrBadUTF8", scout.SearchQuery{Text: "vegan \xff"}, "UTF-8"},
	{"ErrSort", scout.SearchQuery{Sort: "age"}, "sort must be"},
	{"ErrPerPage", scout.SearchQuery{PerPage: scout.MaxPerPage + 1}, "per_page"},
	{"ErrTooDeep", scout.SearchQuery{Page: 1000, PerPage: 100}, "narrow the query"},
	{"ErrEmptyPlatform", scout.SearchQuery{Platforms: []scout.Platform{""}}, "empty platform"},
}

func TestSearch_Invalid(t *testing.T) {
	ix := fixtureIndex(t)
	for _, tc := range invalidCases {
		t.Run(tc.name, func(t *testing.T) {
			q := tc.q
			_, err := ix.Search(context.Background(), &q)
			if got, want := scout.ErrorCode(err), scout.EINVALID; got != want {
				t.Fatalf("code = %q (err %v), want %q", got, err, want)
			}
			if msg := scout.ErrorMessage(err); !strings.Contains(msg, tc.message) {
				t.Errorf("message %q does not mention %q", msg, tc.message)
			}
		})
	}
}

var parseCases = []struct{ in, want string }{
	{"vegan baking", "vegan baking"},
	{`"sour dough"  starter`, `"sour dough" starter`},
	{"a OR b c", "(a OR b) c"},
	{"a b OR c OR d", "a (b OR c OR d)"},
	{`-x a -"y z"`, `a -x -"y z"`},
	{"or and", "or and"}, // only upper-case OR is the operator
	{"-OR a", "a -OR"},
	{"e-commerce", "e-commerce"},
	{`a"b c"d`, `a "b c" d`},
	{"", ""},
}

func TestParseQuery(t *testing.T) {
	for _, tc := range parseCases {
		got, err := index.ParseQuery(tc.in)
		if err != nil {
			t.Errorf("ParseQuery(%q): %v", tc.in, err)
			continue
		}
		if got != tc.want {
			t.Errorf("ParseQuery(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

var filterCases = []struct {
	name string
	q    scout.SearchQuery
	want []string
}{
	{"OnePlatform", scout.SearchQuery{Platforms: []scout.Platform{scout.PlatformBluesky}}, []string{"c1", "c5"}},
	{"PlatformsAreOr", scout.SearchQuery{Platforms: []scout.Platform{scout.PlatformMastodon, scout.PlatformYouTube}}, []string{"c2", "c3", "c5"}},
	{"PlatformCaseInsensitive", scout.SearchQuery{Platforms: []scout.Platform{"YouTube"}}, []string{"c3", "c5"}},
	{"UnknownPlatform", scout.SearchQuery{Platforms: []scout.Platform{"tiktok"}}, nil},
	{"MinFollowers", scout.SearchQuery{MinFollowers: scout.Int64(12_000)}, []string{"c1", "c3", "c5"}},
	{"MaxFollowers", scout.SearchQuery{MaxFollowers: scout.Int64(12_000)}, []string{"c1", "c2"}},
	{"RangeInclusive", scout.SearchQuery{MinFollowers: scout.Int64(50_000), MaxFollowers: scout.Int64(50_000)}, []string{"c5"}},
	{"RangeBetween", scout.SearchQuery{MinFollowers: scout.Int64(501), MaxFollowers: scout.Int64(49_999)}, []string{"c1"}},
	{"TextAndPlatform", scout.SearchQuery{Text: "vegan", Platforms: []scout.Platform{scout.PlatformBluesky}}, []string{"c1", "c5"}},
	{"TextPlatformAndRange", scout.SearchQuery{Text: "baking", Platforms: []scout.Platform{scout.PlatformYouTube}, MinFollowers: scout.Int64(100_000)}, []string{"c3"}},
	{"ExcludeAndFilter", scout.SearchQuery{Text: "-vegan", MaxFollowers: scout.Int64(1_000_000_000)}, []string{"c3"}},
}

func TestSearch_Filters(t *testing.T) {
	ix := fixtureIndex(t)
	for _, tc := range filterCases {
		t.Run(tc.name, func(t *testing.T) {
			ids, res := MustSearch(t, ix, tc.q)
			if got, want := sorted(ids), tc.want; !slices.Equal(got, want) {
				t.Errorf("Search(%v) = %v, want %v", tc.q.String(), got, want)
			}
			if res.Total != len(tc.want) {
				t.Errorf("Total = %d, want %d", res.Total, len(tc.want))
			}
		})
	}
}

func TestSearch_FilterDoesNotChangeScores(t *testing.T) {
	ix := fixtureIndex(t)
	_, all := MustSearch(t, ix, scout.SearchQuery{Text: "vegan"})
	_, filtered := MustSearch(t, ix, scout.SearchQuery{Text: "vegan", Platforms: []scout.Platform{scout.PlatformBluesky}})
	scores := map[string]float64{}
	for _, h := range all.Hits {
		scores[h.ID] = h.Score
	}
	for _, h := range filtered.Hits {
		if got, want := h.Score, scores[h.ID]; got != want {
			t.Errorf("%s: filtered score %v, unfiltered %v", h.ID, got, want)
		}
	}
}

var sortCases = []struct {
	name string
	q    scout.SearchQuery
	want []string // in order
}{
	{"FollowersDesc", scout.SearchQuery{Sort: scout.SortFollowers, Desc: true}, []string{"c3", "c5", "c1", "c2", "c4"}},
	{"FollowersAsc", scout.SearchQuery{Sort: scout.SortFollowers}, []string{"c2", "c1", "c5", "c3", "c4"}},
	{"EngagementDesc", scout.SearchQuery{Sort: scout.SortEngagement, Desc: true}, []string{"c1", "c5", "c3", "c2", "c4"}},
	{"EngagementAsc", scout.SearchQuery{Sort: scout.SortEngagement}, []string{"c3", "c5", "c1", "c2", "c4"}},
	{"EngagementWithText", scout.SearchQuery{Text: "vegan", Sort: scout.SortEngagement, Desc: true}, []string{"c1", "c5", "c2"}},
}

func TestSearch_Sort(t *testing.T) {
	ix := fixtureIndex(t)
	for _, tc := range sortCases {
		t.Run(tc.name, func(t *testing.T) {
			ids, _ := MustSearch(t, ix, tc.q)
			if got, want := ids, tc.want; !slices.Equal(got, want) {
				t.Errorf("Search(%v) = %v, want %v", tc.q.String(), got, want)
			}
		})
	}
}

func TestSearch_Paging(t *testing.T) {
	ix := MustOpenMem(t)
	var cs []*scout.Creator
	var small, big []string // ids with 1,000 and 2,000 followers
	for i := range 23 {
		id := fmt.Sprintf("p%02d", (i*7)%23) // indexed out of id order
		followers := int64(1000)
		if i%3 == 0 {
			followers = 2000
			big = append(big, id)
		} else {
			small = append(small, id)
		}
		cs = append(cs, newCreator(creatorSpec{id: id, name: "Same Name", bio: "vegan food", followers: &followers}))
	}
	MustIndex(t, ix, cs...)
	slices.Sort(small)
	slices.Sort(big)
	byID := sorted(append(slices.Clone(small), big...))

	tests := []struct {
		name string
		q    scout.SearchQuery
		want []string
	}{
		// Equal or missing values: ties go by id.
		{"EngagementAllMissing", scout.SearchQuery{Text: "vegan", Sort: scout.SortEngagement, Desc: true}, byID},
		{"FollowersAsc", scout.SearchQuery{Text: "vegan", Sort: scout.SortFollowers}, append(slices.Clone(small), big...)},
		{"FollowersDesc", scout.SearchQuery{Text: "vegan", Sort: scout.SortFollowers, Desc: true}, append(slices.Clone(big), small...)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for page := 1; page <= 10; page++ {
				q := tc.q
				q.Page, q.PerPage = page, 5
				ids, res := MustSearch(t, ix, q)
				if res.Total != len(tc.want) {
					t.Fatalf("page %d: Total = %d, want %d", page, res.Total, len(tc.want))
				}
				if len(ids) == 0 {
					break
				}
				if len(ids) > 5 {
					t.Fatalf("page %d has %d hits, want at most 5", page, len(ids))
				}
				got = append(got, ids...)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("pages = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestSearch_Highlights(t *testing.T) {
	ix := fixtureIndex(t)
	tests := []struct {
		name, text, id, field string
		contains              []string
	}{
		{"Bio", "vegan", "c1", "bio", []string{"<mark>Vegan</mark> baking", "&lt;script&gt;alert(1)&lt;/script&gt;"}},
		{"BioStemmed", "bakes", "c1", "bio", []string{"<mark>baking</mark>"}},
		{"EscapedMatch", "script", "c1", "bio", []string{"&lt;<mark>script</mark>&gt;"}},
		{"Name", "alice", "c1", "name", []string{"<mark>Alice</mark> Bakes"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, res := MustSearch(t, ix, scout.SearchQuery{Text: tc.text})
			var hit *scout.SearchHit
			for i := range res.Hits {
				if res.Hits[i].ID == tc.id {
					hit = &res.Hits[i]
				}
			}
			if hit == nil {
				t.Fatalf("%s not found for %q", tc.id, tc.text)
			}
			frags := hit.Highlights[tc.field]
			if len(frags) == 0 {
				t.Fatalf("no %s highlight in %v", tc.field, hit.Highlights)
			}
			joined := strings.Join(frags, " ")
			for _, want := range tc.contains {
				if !strings.Contains(joined, want) {
					t.Errorf("%s highlight %q does not contain %q", tc.field, joined, want)
				}
			}
			for _, f := range frags {
				if stripped := strings.NewReplacer("<mark>", "", "</mark>", "").Replace(f); strings.ContainsAny(stripped, "<>") {
					t.Errorf("fragment %q has markup other than <mark>", f)
				}
			}
		})
	}

	t.Run("NoneWithoutText", func(t *testing.T) {
		_, res := MustSearch(t, ix, scout.SearchQuery{})
		for _, h := range res.Hits {
			if h.Highlights != nil {
				t.Errorf("%s: highlights %v for an empty query", h.ID, h.Highlights)
			}
		}
	})
}

func TestMapping_KeywordFields(t *testing.T) {
	ix := fixtureIndex(t)
	tests := []struct{ field, term, want string }{
		{"language", "it", "c1"}, // "it" is an English stop word
		{"country", "IT", "c1"},
		{"tier", "micro", "c1"},
		{"tier", "mega", "c3"},
		{"handle", "alice.bsky.social", "c1"},
		{"platform", "mastodon", "c2"},
	}
	for _, tc := range tests {
		q := bleve.NewTermQuery(tc.term)
		q.SetField(tc.field)
		res, err := ix.Bleve().SearchInContext(context.Background(), bleve.NewSearchRequest(q))
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) != 1 || res.Hits[0].ID != tc.want {
			t.Errorf("%s:%q hits = %v, want only %s", tc.field, tc.term, res.Hits, tc.want)
		}
	}
}

func TestMapping_NoStoredPosts(t *testing.T) {
	ix := fixtureIndex(t)
	q := bleve.NewMatchAllQuery()
	req := bleve.NewSearchRequest(q)
	req.Fields = []string{"*"}
	res, err := ix.Bleve().SearchInContext(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range res.Hits {
		for f := range h.Fields {
			// post_refs holds post ids only, never post text.
			if f != "name" && f != "bio" && f != "fingerprint" && f != "post_refs" {
				t.Errorf("%s: field %q is stored; only name, bio, the post ids and the doctor's fingerprint should be", h.ID, f)
			}
		}
	}
}

func TestIndexCreators(t *testing.T) {
	t.Run("ReplacesDocument", func(t *testing.T) {
		ix := fixtureIndex(t)
		c := fixtures()[0]
		c.Bio = "Now into kayaking"
		c.Posts = nil
		MustIndex(t, ix, c)
		if ids, _ := MustSearch(t, ix, scout.SearchQuery{Text: "kayaking"}); !slices.Equal(ids, []string{"c1"}) {
			t.Errorf("kayaking = %v, want [c1]", ids)
		}
		if ids, _ := MustSearch(t, ix, scout.SearchQuery{Text: "sourdough"}); len(ids) != 0 {
			t.Errorf("sourdough = %v, want none after the update", ids)
		}
		if n, _ := ix.Count(context.Background()); n != 5 {
			t.Errorf("Count = %d, want 5", n)
		}
	})

	t.Run("ManyBatches", func(t *testing.T) {
		if testing.Short() {
			t.Skip("indexes 2,100 documents")
		}
		ix := MustOpenMem(t)
		cs := make([]*scout.Creator, 2*index.BatchSize+100)
		for i := range cs {
			cs[i] = &scout.Creator{ID: fmt.Sprintf("m%05d", i), Name: "Creator"}
		}
		MustIndex(t, ix, cs...)
		if n, err := ix.Count(context.Background()); err != nil || n != len(cs) {
			t.Errorf("Count = %d, %v; want %d", n, err, len(cs))
		}
	})

	t.Run("ErrNoID", func(t *testing.T) {
		ix := MustOpenMem(t)
		err := ix.IndexCreators(context.Background(), []*scout.Creator{{ID: "a"}, {Name: "no id"}})
		if got, want := scout.ErrorCode(err), scout.EINVALID; got != want {
			t.Fatalf("code = %q, want %q", got, want)
		}
		if n, _ := ix.Count(context.Background()); n != 0 {
			t.Errorf("Count = %d, want 0: nothing is indexed when one creator is bad", n)
		}
	})

	t.Run("ErrCanceled", func(t *testing.T) {
		ix := MustOpenMem(t)
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		err := ix.IndexCreators(ctx, fixtures())
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	})
}

func TestDeleteCreators(t *testing.T) {
	ix := fixtureIndex(t)
	if err := ix.DeleteCreators(context.Background(), []string{"c1", "unknown", ""}); err != nil {
		t.Fatal(err)
	}
	if n, err := ix.Count(context.Background()); err != nil || n != 4 {
		t.Errorf("Count = %d, %v; want 4", n, err)
	}
	if ids, _ := MustSearch(t, ix, scout.SearchQuery{Text: "alice"}); len(ids) != 0 {
		t.Errorf("alice = %v after delete, want none", ids)
	}
}

func TestClosed(t *testing.T) {
	ix, err := index.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	_, searchErr := ix.Search(ctx, &scout.SearchQuery{Text: "x"})
	_, countErr := ix.Count(ctx)
	for name, err := range map[string]error{
		"Search":         searchErr,
		"Count":          countErr,
		"IndexCreators":  ix.IndexCreators(ctx, fixtures()),
		"DeleteCreators": ix.DeleteCreators(ctx, []string{"c1"}),
		"Commit":         ix.Commit(),
	} {
		if got, want := scout.ErrorCode(err), scout.EUNAVAILABLE; got != want {
			t.Errorf("%s after Close: code %q (%v), want %q", name, got, err, want)
		}
	}
	if err := ix.Close(); err != nil {
		t.Errorf("second Close = %v, want nil", err)
	}
}

func TestSearch_Canceled(t *testing.T) {
	ix := fixtureIndex(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ix.Search(ctx, &scout.SearchQuery{Text: "vegan"}); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// MustOpen opens the on-disk index at path, closed at test end.
func MustOpen(tb testing.TB, path string) *index.Index {
	tb.Helper()
	ix, err := index.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = ix.Close() })
	return ix
}

func count(tb testing.TB, ix *index.Index) int {
	tb.Helper()
	n, err := ix.Count(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

func TestOpen_Disk(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data", "index")
	ix := MustOpen(t, path)
	MustIndex(t, ix, fixtures()...)
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	ix = MustOpen(t, path)
	if got, want := count(t, ix), 5; got != want {
		t.Errorf("Count after reopen = %d, want %d", got, want)
	}
	ids, res := MustSearch(t, ix, scout.SearchQuery{Text: "vegan", Sort: scout.SortFollowers, Desc: true})
	if got, want := ids, []string{"c5", "c1", "c2"}; !slices.Equal(got, want) {
		t.Errorf("search after reopen = %v, want %v", got, want)
	}
	if len(res.Hits) == 3 && len(res.Hits[1].Highlights["bio"]) == 0 {
		t.Errorf("no bio highlight after reopen: %v", res.Hits[1].Highlights)
	}
}

func TestOpen_ErrInUse(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for the lock time-out")
	}
	path := filepath.Join(t.TempDir(), "index")
	MustOpen(t, path)
	_, err := index.Open(path)
	if got, want := scout.ErrorCode(err), scout.ECONFLICT; got != want {
		t.Fatalf("second Open: code %q (%v), want %q", got, err, want)
	}
	if msg := scout.ErrorMessage(err); !strings.Contains(msg, "in use") {
		t.Errorf("message %q does not say the index is in use", msg)
	}
}

func TestOpen_ErrMappingVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index")
	ix := MustOpen(t, path)
	if err := ix.SetInternal(index.VersionKey, []byte("0")); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	_, err := index.Open(path)
	if got, want := scout.ErrorCode(err), scout.ECONFLICT; got != want {
		t.Fatalf("code %q (%v), want %q", got, err, want)
	}
	msg := scout.ErrorMessage(err)
	for _, want := range []string{"mapping version 0", "needs " + index.MappingVersion, "run scout reindex"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q does not contain %q", msg, want)
		}
	}

	// scout reindex gets past the mismatch.
	ix, err = index.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	MustOpen(t, path)
}

func TestOpen_ErrNotAnIndex(t *testing.T) {
	path := t.TempDir() // exists, but holds no index
	_, err := index.Open(path)
	if got, want := scout.ErrorCode(err), scout.ECONFLICT; got != want {
		t.Fatalf("code %q (%v), want %q", got, err, want)
	}
}

func TestCreate(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "index")
	old := MustOpen(t, path)
	MustIndex(t, old, fixtures()...)
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	fresh := newCreator(creatorSpec{id: "n1", name: "Newcomer", bio: "kayaking trips"})

	t.Run("CloseWithoutCommitKeepsOld", func(t *testing.T) {
		ix, err := index.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		MustIndex(t, ix, fresh)
		if got := count(t, ix); got != 1 {
			t.Errorf("Count of the new index = %d, want 1", got)
		}
		if err := ix.Close(); err != nil {
			t.Fatal(err)
		}
		ix = MustOpen(t, path)
		if got, want := count(t, ix), 5; got != want {
			t.Errorf("Count = %d, want the old %d", got, want)
		}
		if err := ix.Close(); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("CommitReplaces", func(t *testing.T) {
		ix, err := index.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = ix.Close() })
		MustIndex(t, ix, fresh)
		if err := ix.Commit(); err != nil {
			t.Fatal(err)
		}
		// Still usable after Commit, now at path.
		if ids, _ := MustSearch(t, ix, scout.SearchQuery{Text: "kayaking"}); !slices.Equal(ids, []string{"n1"}) {
			t.Errorf("kayaking = %v, want [n1]", ids)
		}
		if err := ix.Close(); err != nil {
			t.Fatal(err)
		}
		ix = MustOpen(t, path)
		if got, want := count(t, ix), 1; got != want {
			t.Errorf("Count after reopen = %d, want %d", got, want)
		}
		if ids, _ := MustSearch(t, ix, scout.SearchQuery{Text: "vegan"}); len(ids) != 0 {
			t.Errorf("old documents survived: %v", ids)
		}
	})

	t.Run("NoLeftovers", func(t *testing.T) {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		if !slices.Equal(names, []string{"index"}) {
			t.Errorf("directory holds %v, want only [index]", names)
		}
	})

	t.Run("NoOldIndex", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "sub", "index")
		ix, err := index.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		MustIndex(t, ix, fresh)
		if err := ix.Commit(); err != nil {
			t.Fatal(err)
		}
		if err := ix.Close(); err != nil {
			t.Fatal(err)
		}
		if got := count(t, MustOpen(t, path)); got != 1 {
			t.Errorf("Count = %d, want 1", got)
		}
	})
}

func TestConcurrentUse(t *testing.T) {
	ix := fixtureIndex(t)
	ctx := context.Background()
	done := make(chan error, 3)
	go func() {
		for i := range 20 {
			c := newCreator(creatorSpec{id: fmt.Sprintf("x%02d", i), name: "Vegan Extra"})
			if err := ix.IndexCreators(ctx, []*scout.Creator{c}); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	for range 2 {
		go func() {
			for range 20 {
				if _, err := ix.Search(ctx, &scout.SearchQuery{Text: "vegan", Sort: scout.SortFollowers}); err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
	}
	for range 3 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	if got, want := count(t, ix), 25; got != want {
		t.Errorf("Count = %d, want %d", got, want)
	}
}

// TestSearch_RelevanceTies checks that equal relevance scores page
// consistently (no duplicates or gaps, by page or by cursor) in one order,
// whatever it is: ties stay in index order rather than by id, which would
// cost an id lookup per hit. Desc does not change relevance order.
func TestSearch_RelevanceTies(t *testing.T) {
	ix := MustOpenMem(t)
	var cs []*scout.Creator
	var want []string
	for i := range 23 {
		id := fmt.Sprintf("r%02d", (i*7)%23)
		want = append(want, id)
		cs = append(cs, newCreator(creatorSpec{id: id, name: "Same Name", bio: "vegan food"}))
	}
	MustIndex(t, ix, cs...)
	slices.Sort(want)
	first, _ := MustSearch(t, ix, scout.SearchQuery{Text: "vegan", PerPage: 100})
	for _, desc := range []bool{false, true} {
		var byPage, byCursor []string
		cursor := ""
		for page := 1; page <= 6; page++ {
			ids, _ := MustSearch(t, ix, scout.SearchQuery{Text: "vegan", Desc: desc, Page: page, PerPage: 5})
			byPage = append(byPage, ids...)
			q := scout.SearchQuery{Text: "vegan", Desc: desc, PerPage: 5, Cursor: cursor}
			ids, res := MustSearch(t, ix, q)
			byCursor = append(byCursor, ids...)
			if res.NextCursor == "" {
				break
			}
			cursor = res.NextCursor
		}
		if !slices.Equal(byPage, first) || !slices.Equal(byCursor, first) {
			t.Errorf("desc=%v: pages %v, cursor pages %v, want the one-page order %v", desc, byPage, byCursor, first)
		}
		if got := sorted(slices.Clone(first)); !slices.Equal(got, want) {
			t.Errorf("one page = %v, want every creator once", first)
		}
	}
}
