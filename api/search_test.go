package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/index"
	"github.com/scout-oss/scout/ingest"
	"github.com/scout-oss/scout/store"
)

// searchNow is the fixed clock of the search fixture.
var searchNow = time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)

// fixtureCreator describes one creator of the search fixture: its
// accounts and posts (saved through the store) and the assessment the
// fake scorer gives it.
type fixtureCreator struct {
	handle   string
	name     string
	bio      string
	links    []string
	accounts []fixtureAccount
	language string
	country  string
	topic    string
	kinds    []string      // media kinds of the posts, cycled
	lastPost time.Duration // age of the newest post
	fetched  time.Duration // age of the data
	grewFrom int64         // followers 40 days earlier (0: no old snapshot)
	assess   scout.Assessment
}

type fixtureAccount struct {
	platform  scout.Platform
	followers int64
}

func score(v float64) *scout.Score { return &scout.Score{Value: scout.Float64(v), Version: "test"} }

func scores(eq, bs, overall float64) map[string]*scout.Score {
	return map[string]*scout.Score{"engagement_quality": score(eq), "brand_safety": score(bs), "overall": score(overall)}
}

func er(v float64) scout.Engagement { return scout.Engagement{RateByFollowers: &v} }

var searchFixture = []fixtureCreator{
	{
		handle: "bakes", name: "Pixel Kitchen", bio: "Vegan baking every Sunday",
		links:    []string{"mailto:hello@pixel.example", "https://pixel.example/recipes"},
		accounts: []fixtureAccount{{scout.PlatformWeb, 48_000}}, language: "en", country: "US",
		topic: "sourdough vegan bread starter crumb", kinds: []string{"video", "video", "video", "image"},
		lastPost: 24 * time.Hour, grewFrom: 40_000,
		assess: scout.Assessment{
			Engagement: er(0.022), Scores: scores(80, 90, 75),
			Flags: []scout.Flag{{Code: "undisclosed_sponsorship", Severity: scout.SeverityWarn, Message: "ad without #ad"}},
			Partnerships: &scout.Partnerships{
				Brands:            []scout.PartnerMention{{Name: "Oatly", Posts: 2}},
				AffiliateNetworks: []scout.PartnerMention{{Name: "Amazon", Posts: 3}},
			},
		},
	},
	{
		handle: "runner", name: "Trail Tess", bio: "Trail running in the Alps",
		accounts: []fixtureAccount{{scout.PlatformBluesky, 120_000}}, language: "de", country: "DE",
		topic: "mountain trail running race", kinds: []string{"text"},
		lastPost: 20 * 24 * time.Hour, fetched: 40 * 24 * time.Hour,
		assess: scout.Assessment{
			Engagement: er(0.01), Scores: scores(60, 70, 55),
			Flags:        []scout.Flag{{Code: "brand_safety:drugs_alcohol", Severity: scout.SeverityWarn, Level: "medium", Message: "beer"}},
			Partnerships: &scout.Partnerships{Brands: []scout.PartnerMention{{Name: "Nike", Posts: 1}}},
		},
	},
	{
		handle: "evil", name: "Eve Il", bio: "vegan snacks, write to eve.il@mail.example",
		accounts: []fixtureAccount{{scout.PlatformWeb, 900}}, language: "en", country: "GB",
		topic: "vegan snack review crisps", kinds: []string{"image"},
		lastPost: 2 * 24 * time.Hour, grewFrom: 1000,
		assess: scout.Assessment{
			Engagement: er(0.05), Scores: scores(30, 40, 20),
			Flags: []scout.Flag{
				{Code: "brand_safety:adult", Severity: scout.SeverityRed, Level: "high", Message: "adult content"},
				{Code: "engagement_pod", Severity: scout.SeverityWarn, Message: "pod"},
			},
		},
	},
	{
		handle: "duo", name: "Duo Studio", bio: "Design films and typography",
		links:    []string{"https://duo.example/contact"},
		accounts: []fixtureAccount{{scout.PlatformWeb, 5_000}, {scout.PlatformYouTube, 60_000}}, language: "en", country: "US",
		topic: "design typography film poster", kinds: []string{"video", "text"},
		lastPost: 10 * 24 * time.Hour,
	},
	{
		handle: "crumb", name: "Crumb Club", bio: "Sourdough bread, vegan bakes",
		accounts: []fixtureAccount{{scout.PlatformWeb, 30_000}}, language: "en", country: "IE",
		topic: "sourdough bread starter crumb oven", kinds: []string{"image", "image"},
		lastPost: 3 * 24 * time.Hour,
		assess:   scout.Assessment{Engagement: er(0.03), Scores: scores(70, 85, 65)},
	},
	{
		handle: "knitter", name: "Knit Nonna", bio: "Maglia e uncinetto",
		accounts: []fixtureAccount{{scout.PlatformMastodon, 3_000}}, language: "it", country: "IT",
		topic: "knitting wool yarn pattern", lastPost: 100 * 24 * time.Hour,
		assess: scout.Assessment{Scores: scores(50, 100, 60)},
	},
}

// fixtureScorer plays the scorer: each creator gets its fixture assessment,
// so tests can re-score (and overwrite flags) as the Ingester does.
type fixtureScorer map[string]scout.Assessment

func (f fixtureScorer) Score(c *scout.Creator, _ time.Time) scout.Assessment {
	a := f[c.ID]
	// Copy the flags, as a real scorer returns fresh ones every time.
	a.Flags = slices.Clone(a.Flags)
	return a
}

// searchEnv is the search fixture: a server over a real bbolt store and an
// in-memory Bleve index, the ingester that filled them, and creator ids by
// handle.
type searchEnv struct {
	ts  *httptest.Server
	db  *store.DB
	idx *index.Index
	in  *ingest.Ingester
	ids map[string]string
}

func (e *searchEnv) handle(id string) string {
	for h, x := range e.ids {
		if x == id {
			return h
		}
	}
	return "?" + id
}

// MustSearchEnv builds the search fixture.
func MustSearchEnv(tb testing.TB) *searchEnv {
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
	idx.SetReviews(db)
	idx.SetClock(func() time.Time { return searchNow })
	scorer := fixtureScorer{}
	in := &ingest.Ingester{Creators: db, Index: idx, Scorer: scorer, Now: func() time.Time { return searchNow }}
	e := &searchEnv{db: db, idx: idx, in: in, ids: map[string]string{}}
	for _, f := range searchFixture {
		var creatorID string
		for ai, a := range f.accounts {
			accountID := scout.AccountID(a.platform, f.handle)
			if creatorID == "" {
				creatorID = scout.NewCreatorID(accountID)
				scorer[creatorID] = f.assess
			}
			fetched := searchNow.Add(-f.fetched)
			var saves []*scout.Profile
			if f.grewFrom > 0 {
				saves = append(saves, fixtureProfile(f, ai, accountID, f.grewFrom, fetched.Add(-40*24*time.Hour)))
			}
			saves = append(saves, fixtureProfile(f, ai, accountID, a.followers, fetched))
			for _, p := range saves {
				// A second account joins the first one's creator, as an
				// identity match would.
				p.Account.CreatorID = creatorID
				id, err := db.SaveProfile(ctx, p)
				if err != nil {
					tb.Fatal(err)
				}
				if id != creatorID {
					tb.Fatalf("account %s made creator %s, want %s", accountID, id, creatorID)
				}
			}
		}
		e.ids[f.handle] = creatorID
		c, err := db.FindCreatorByID(ctx, creatorID)
		if err != nil {
			tb.Fatal(err)
		}
		c.Language, c.Country = scout.String(f.language), scout.String(f.country)
		if err := db.UpdateCreator(ctx, c); err != nil {
			tb.Fatal(err)
		}
		if err := in.Refresh(ctx, creatorID); err != nil {
			tb.Fatal(err)
		}
	}
	if err := in.Flush(ctx); err != nil {
		tb.Fatal(err)
	}
	s := api.NewServer()
	s.Creators, s.Index = db, idx
	e.ts = httptest.NewServer(s.Handler())
	tb.Cleanup(e.ts.Close)
	return e
}

func fixtureProfile(f fixtureCreator, ai int, accountID string, followers int64, fetched time.Time) *scout.Profile {
	a := f.accounts[ai]
	p := &scout.Profile{
		Account: scout.Account{
			ID: accountID, Platform: a.platform, Handle: f.handle, URL: "https://example.com/@" + f.handle + "/" + string(a.platform),
			DisplayName: f.name, Bio: f.bio, Links: f.links, Followers: scout.Int64(followers), FetchedAt: fetched,
		},
		FetchedAt: fetched,
	}
	if ai == 0 { // the posts live on the first account
		for i := range 6 {
			post := scout.Post{
				ID: fmt.Sprintf("%s-%d", f.handle, i), URL: fmt.Sprintf("https://example.com/%s/%d", f.handle, i),
				PublishedAt: searchNow.Add(-f.lastPost - time.Duration(i)*24*time.Hour), Text: f.topic,
			}
			if len(f.kinds) > 0 {
				post.MediaKind = f.kinds[i%len(f.kinds)]
			}
			p.Posts = append(p.Posts, post)
		}
	}
	return p
}

// searchResult is the decoded search response.
type searchResult struct {
	Total      int                           `json:"total"`
	NextCursor *string                       `json:"next_cursor"`
	Facets     map[string][]scout.FacetCount `json:"facets"`
	Creators   []struct {
		ID    string `json:"id"`
		Flags []api.FlagSummary
	} `json:"creators"`
}

func (e *searchEnv) search(t *testing.T, query string) (searchResult, []string) {
	t.Helper()
	status, _, body := get(t, e.ts.URL+"/api/v1/creators?"+query)
	if status != http.StatusOK {
		t.Fatalf("GET ?%s: status %d: %s", query, status, body)
	}
	var res searchResult
	if err := json.Unmarshal(body, &res); err != nil {
		t.Fatal(err)
	}
	var handles []string
	for _, c := range res.Creators {
		handles = append(handles, e.handle(c.ID))
	}
	return res, handles
}

var searchFilterCases = []struct {
	name, query string
	want        []string // handles, by followers descending
}{
	{"Platform", "platform=web", []string{"duo", "bakes", "crumb", "evil"}},
	{"PlatformOR", "platform=bluesky&platform=mastodon", []string{"runner", "knitter"}},
	{"MinFollowersTotal", "min_followers=50000", []string{"runner", "duo"}},
	{"MinFollowersOnPlatform", "platform=youtube&min_followers=50000", []string{"duo"}},
	{"MinFollowersOnOtherPlatform", "platform=web&min_followers=50000", nil},
	{"MaxFollowersOnPlatform", "platform=web&max_followers=5000", []string{"duo", "evil"}},
	{"Language", "language=de", []string{"runner"}},
	{"LanguageCommaOR", "language=it,DE", []string{"runner", "knitter"}},
	{"Country", "country=us", []string{"duo", "bakes"}},
	{"Tier", "tier=mid", []string{"runner", "duo"}},
	{"TierOR", "tier=nano,micro", []string{"bakes", "crumb", "knitter", "evil"}},
	{"MinER", "min_er=0.022", []string{"bakes", "crumb", "evil"}},
	{"MaxERSkipsUnknown", "max_er=0.015", []string{"runner"}},
	{"MinScore", "min_score.brand_safety=85", []string{"bakes", "crumb", "knitter"}},
	{"MaxScore", "max_score.overall=55", []string{"runner", "evil"}},
	{"ScoreRange", "min_score.engagement_quality=50&max_score.engagement_quality=70", []string{"runner", "crumb", "knitter"}},
	{"Flag", "flag=engagement_pod", []string{"evil"}},
	{"FlagOR", "flag=engagement_pod,undisclosed_sponsorship", []string{"bakes", "evil"}},
	{"FlagBrandSafety", "flag=brand_safety:drugs_alcohol", []string{"runner"}},
	{"NotFlag", "not_flag=undisclosed_sponsorship&not_flag=engagement_pod", []string{"runner", "duo", "crumb", "knitter"}},
	{"MaxRisk", "max_risk.adult=medium", []string{"runner", "duo", "bakes", "crumb", "knitter"}},
	{"MaxRiskNone", "max_risk.drugs_alcohol=none&max_risk.adult=none", []string{"duo", "bakes", "crumb", "knitter"}},
	{"MaxRiskAtLevel", "max_risk.drugs_alcohol=medium", []string{"runner", "duo", "bakes", "crumb", "knitter", "evil"}},
	{"PostedWithinDays", "posted_within_days=7", []string{"bakes", "crumb", "evil"}},
	{"HasContact", "has_contact=true", []string{"duo", "bakes", "evil"}},
	{"NoContact", "has_contact=false", []string{"runner", "crumb", "knitter"}},
	{"Stale", "stale=true", []string{"runner"}},
	{"Fresh", "stale=false", []string{"duo", "bakes", "crumb", "knitter", "evil"}},
	{"FormatVideo", "format=video", []string{"bakes"}},
	{"FormatImageOrText", "format=image,text", []string{"runner", "crumb", "evil"}},
	{"FormatMixed", "format=mixed", []string{"duo"}},
	{"ContentFormatVideo", "content_format=video", []string{"bakes"}},
	{"ContentFormatOR", "content_format=image&content_format=text", []string{"runner", "crumb", "evil"}},
	{"Brand", "brand=OATLY", []string{"bakes"}},
	{"BrandOR", "brand=oatly,nike", []string{"runner", "bakes"}},
	{"NoSponsor", "no_sponsor=Nike", []string{"duo", "bakes", "crumb", "knitter", "evil"}},
	{"Affiliate", "affiliate=true", []string{"bakes"}},
	{"NoAffiliate", "affiliate=false", []string{"runner", "duo", "crumb", "knitter", "evil"}},
	{"AffiliateNetwork", "affiliate=amazon,awin", []string{"bakes"}},
	{"AffiliateOtherNetwork", "affiliate=awin", nil},
	{"TextAndFilters", "q=vegan&platform=web&min_score.brand_safety=50", []string{"bakes", "crumb"}},
}

func TestSearch_Filters(t *testing.T) {
	e := MustSearchEnv(t)
	for _, tc := range searchFilterCases {
		t.Run(tc.name, func(t *testing.T) {
			res, got := e.search(t, tc.query+"&sort=followers")
			if !slices.Equal(got, tc.want) {
				t.Errorf("?%s = %v, want %v", tc.query, got, tc.want)
			}
			if res.Total != len(tc.want) {
				t.Errorf("total = %d, want %d", res.Total, len(tc.want))
			}
		})
	}
}

func fc(v string, n int) scout.FacetCount { return scout.FacetCount{Value: v, Count: n} }

func TestSearch_Facets(t *testing.T) {
	e := MustSearchEnv(t)
	res, _ := e.search(t, "facets=all")
	want := map[string][]scout.FacetCount{
		"platform":          {fc("web", 4), fc("bluesky", 1), fc("mastodon", 1), fc("youtube", 1)},
		"language":          {fc("en", 4), fc("de", 1), fc("it", 1)},
		"country":           {fc("US", 2), fc("DE", 1), fc("GB", 1), fc("IE", 1), fc("IT", 1)},
		"tier":              {fc("micro", 2), fc("mid", 2), fc("nano", 2)},
		"brand_safety_band": {fc("safe", 3), fc("review", 1), fc("risky", 1), fc("unknown", 1)},
		"flags":             {fc("brand_safety:adult", 1), fc("brand_safety:drugs_alcohol", 1), fc("engagement_pod", 1), fc("undisclosed_sponsorship", 1)},
		"topic":             {}, // these creators are indexed without topics
	}
	if diff := cmp.Diff(want, res.Facets); diff != "" {
		t.Errorf("facets (-want +got):\n%s", diff)
	}
	t.Run("OverMatchesOnly", func(t *testing.T) {
		res, _ := e.search(t, "q=vegan&facets=platform,tier&per_page=1")
		want := map[string][]scout.FacetCount{
			"platform": {fc("web", 3)},
			"tier":     {fc("micro", 2), fc("nano", 1)},
		}
		if diff := cmp.Diff(want, res.Facets); diff != "" {
			t.Errorf("facets (-want +got):\n%s", diff)
		}
	})
	t.Run("NoneUnlessAsked", func(t *testing.T) {
		if res, _ := e.search(t, ""); res.Facets != nil {
			t.Errorf("facets = %v without facets=", res.Facets)
		}
	})
}

var searchSortCases = []struct {
	name, query string
	want        []string
}{
	{"FollowersDesc", "sort=followers", []string{"runner", "duo", "bakes", "crumb", "knitter", "evil"}},
	{"FollowersAsc", "sort=followers&order=asc", []string{"evil", "knitter", "crumb", "bakes", "duo", "runner"}},
	// duo and knitter have no engagement rate: last both ways, then by id.
	{"EngagementDesc", "sort=engagement", append([]string{"evil", "crumb", "bakes", "runner"}, "+missing:duo,knitter")},
	{"EngagementAsc", "sort=engagement&order=asc", append([]string{"runner", "bakes", "crumb", "evil"}, "+missing:duo,knitter")},
	// bakes grew 40k → 48k (+20%), evil shrank 1000 → 900 (−10%).
	{"GrowthDesc", "sort=growth_30d", append([]string{"bakes", "evil"}, "+missing:crumb,duo,knitter,runner")},
	{"GrowthAsc", "sort=growth_30d&order=asc", append([]string{"evil", "bakes"}, "+missing:crumb,duo,knitter,runner")},
	{"ScoreDesc", "sort=score.brand_safety", append([]string{"knitter", "bakes", "crumb", "runner", "evil"}, "+missing:duo")},
	{"ScoreAsc", "sort=score.overall&order=asc", append([]string{"evil", "runner", "knitter", "crumb", "bakes"}, "+missing:duo")},
	{"RelevanceWithFilter", "q=sourdough&sort=relevance", []string{"crumb", "bakes"}},
}

// expand resolves a "+missing:a,b" tail into those handles in creator id
// order, the tie-break search uses.
func (e *searchEnv) expand(want []string) []string {
	out := slices.Clone(want)
	if n := len(out); n > 0 && strings.HasPrefix(out[n-1], "+missing:") {
		tail := strings.Split(strings.TrimPrefix(out[n-1], "+missing:"), ",")
		slices.SortFunc(tail, func(a, b string) int { return strings.Compare(e.ids[a], e.ids[b]) })
		out = append(out[:n-1], tail...)
	}
	return out
}

func TestSearch_Sort(t *testing.T) {
	e := MustSearchEnv(t)
	for _, tc := range searchSortCases {
		t.Run(tc.name, func(t *testing.T) {
			_, got := e.search(t, tc.query)
			if want := e.expand(tc.want); !slices.Equal(got, want) {
				t.Errorf("?%s = %v, want %v", tc.query, got, want)
			}
		})
	}
}

func TestSearch_Cursor(t *testing.T) {
	e := MustSearchEnv(t)
	for _, tc := range searchSortCases {
		for _, perPage := range []int{1, 2, 4} {
			t.Run(fmt.Sprintf("%s/PerPage%d", tc.name, perPage), func(t *testing.T) {
				want := e.expand(tc.want)
				var got []string
				cursor := ""
				for pages := 0; ; pages++ {
					if pages > len(want) {
						t.Fatalf("more than %d pages", pages)
					}
					q := fmt.Sprintf("%s&per_page=%d", tc.query, perPage)
					if cursor != "" {
						q += "&cursor=" + url.QueryEscape(cursor)
					}
					res, handles := e.search(t, q)
					if res.Total != len(want) {
						t.Fatalf("total = %d, want %d", res.Total, len(want))
					}
					got = append(got, handles...)
					if res.NextCursor == nil {
						break
					}
					if len(handles) != perPage {
						t.Fatalf("a page of %d before the last (want %d)", len(handles), perPage)
					}
					cursor = *res.NextCursor
				}
				if !slices.Equal(got, want) {
					t.Errorf("pages = %v, want %v (no duplicates or gaps)", got, want)
				}
			})
		}
	}
	t.Run("NoCursorOnLastPage", func(t *testing.T) {
		if res, _ := e.search(t, "per_page=6"); res.NextCursor != nil {
			t.Errorf("next_cursor = %q on the only page", *res.NextCursor)
		}
	})
	t.Run("PageGivesCursorToo", func(t *testing.T) {
		res, first := e.search(t, "sort=followers&per_page=2")
		_, second := e.search(t, "sort=followers&per_page=2&cursor="+url.QueryEscape(*res.NextCursor))
		_, page2 := e.search(t, "sort=followers&per_page=2&page=2")
		if !slices.Equal(second, page2) || slices.Equal(first, second) {
			t.Errorf("cursor page %v, page 2 %v", second, page2)
		}
	})
	res, _ := e.search(t, "sort=followers&per_page=2")
	cursor := url.QueryEscape(*res.NextCursor)
	for _, tc := range []struct{ name, query, inMessage string }{
		{"ErrGarbage", "cursor=abc", "cursor"},
		{"ErrOtherSort", "sort=engagement&per_page=2&cursor=" + cursor, "cursor"},
		{"ErrOtherFilter", "sort=followers&platform=web&per_page=2&cursor=" + cursor, "cursor"},
		{"ErrWithPage", "sort=followers&page=2&cursor=" + cursor, "cursor and page"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, _, body := get(t, e.ts.URL+"/api/v1/creators?"+tc.query)
			assertError(t, status, body, http.StatusBadRequest, "invalid")
			if !strings.Contains(string(body), tc.inMessage) {
				t.Errorf("message does not mention %q: %s", tc.inMessage, body)
			}
		})
	}
}

func TestSearch_BadParameters(t *testing.T) {
	e := MustSearchEnv(t)
	cases := []struct{ name, query, inMessage string }{
		{"ErrLanguage", "language=english", "language"},
		{"ErrLanguageUnknown", "language=xx", "language"},
		{"ErrCountry", "country=USA", "country"},
		{"ErrCountryUnknown", "country=QQ", "country"},
		{"ErrTier", "tier=huge", "tier"},
		{"ErrMinER", "min_er=2%25", "min_er"},
		{"ErrMinERPercent", "min_er=2", "fraction"},
		{"ErrERInverted", "min_er=0.05&max_er=0.01", "min_er"},
		{"ErrScoreName", "min_score.charisma=10", "charisma"},
		{"ErrScoreValue", "max_score.overall=high", "max_score.overall"},
		{"ErrScoreRange", "min_score.overall=101", "score.overall"},
		{"ErrFlag", "flag=Not%20A%20Code", "flag"},
		{"ErrNotFlag", "not_flag=a::b", "not_flag"},
		{"ErrRiskCategory", "max_risk.cooking=low", "cooking"},
		{"ErrRiskLevel", "max_risk.adult=extreme", "max_risk.adult"},
		{"ErrPostedWithin", "posted_within_days=0", "posted_within_days"},
		{"ErrPostedWithinText", "posted_within_days=week", "posted_within_days"},
		{"ErrHasContact", "has_contact=maybe", "has_contact"},
		{"ErrStale", "stale=old", "stale"},
		{"ErrFormat", "format=podcast", "format"},
		{"ErrFacet", "facets=mood", "facets"},
		{"ErrSortScore", "sort=score.charisma", "sort"},
		{"ErrUnknownNamed", "min_scores.overall=1", "min_scores.overall"},
		{"ErrPerPage", "per_page=101", "per_page"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			status, _, body := get(t, e.ts.URL+"/api/v1/creators?"+tc.query)
			assertError(t, status, body, http.StatusBadRequest, "invalid")
			if !strings.Contains(string(body), tc.inMessage) {
				t.Errorf("message does not name %q: %s", tc.inMessage, body)
			}
		})
	}
}

func TestSimilar(t *testing.T) {
	e := MustSearchEnv(t)
	status, _, body := get(t, e.ts.URL+"/api/v1/creators/"+e.ids["bakes"]+"/similar")
	if status != http.StatusOK {
		t.Fatalf("status %d: %s", status, body)
	}
	var resp api.SimilarResponse
	if err := json.Unmarshal(body, &resp); err != nil {
		t.Fatal(err)
	}
	if len(resp.Creators) == 0 {
		t.Fatalf("no lookalikes: %s", body)
	}
	first := resp.Creators[0]
	if got := e.handle(first.ID); got != "crumb" {
		t.Errorf("first lookalike = %s, want crumb (sourdough, same tier and platform)", got)
	}
	for _, w := range []string{"shares: ", "sourdough", "same tier micro", "same platform web"} {
		if !strings.Contains(first.Reason, w) {
			t.Errorf("reason %q lacks %q", first.Reason, w)
		}
	}
	if !first.SameTier || !slices.Equal(first.SamePlatform, []string{"web"}) || !slices.Contains(first.Shared, "sourdough") {
		t.Errorf("lookalike = %+v", first)
	}
	for _, c := range resp.Creators {
		if c.ID == e.ids["bakes"] {
			t.Error("a creator is listed as its own lookalike")
		}
		if h := e.handle(c.ID); h == "knitter" || h == "runner" {
			t.Errorf("%s shares no content with bakes but is listed: %q", h, c.Reason)
		}
	}
	t.Run("Limit", func(t *testing.T) {
		_, _, body := get(t, e.ts.URL+"/api/v1/creators/"+e.ids["bakes"]+"/similar?limit=1")
		var resp api.SimilarResponse
		_ = json.Unmarshal(body, &resp)
		if len(resp.Creators) != 1 {
			t.Errorf("limit=1 gave %d", len(resp.Creators))
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		status, _, body := get(t, e.ts.URL+"/api/v1/creators/nobody/similar")
		assertError(t, status, body, http.StatusNotFound, "not_found")
	})
	t.Run("ErrLimit", func(t *testing.T) {
		status, _, body := get(t, e.ts.URL+"/api/v1/creators/"+e.ids["bakes"]+"/similar?limit=500")
		assertError(t, status, body, http.StatusBadRequest, "invalid")
	})
}

func send(t *testing.T, method, url, body string) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	_, _ = buf.ReadFrom(resp.Body)
	return resp.StatusCode, buf.Bytes()
}

func TestFlagReview(t *testing.T) {
	e := MustSearchEnv(t)
	ctx := context.Background()
	evil := e.ids["evil"]
	reviewURL := e.ts.URL + "/api/v1/creators/" + evil + "/flags/brand_safety:adult/review"

	_, before := e.search(t, "not_flag=brand_safety:adult&sort=followers")
	if slices.Contains(before, "evil") {
		t.Fatalf("evil passes not_flag before the review: %v", before)
	}

	status, body := send(t, http.MethodPost, reviewURL, `{"decision":"dismiss","reason":"classical art, not adult content"}`)
	if status != http.StatusOK {
		t.Fatalf("POST review: %d %s", status, body)
	}
	var rf api.ReviewedFlag
	if err := json.Unmarshal(body, &rf); err != nil {
		t.Fatal(err)
	}
	if rf.Code != "brand_safety:adult" || rf.Review == nil || rf.Review.Decision != "dismiss" || rf.Review.At.IsZero() || rf.Review.By == "" {
		t.Errorf("response = %s", body)
	}
	if status, body := send(t, http.MethodPost, e.ts.URL+"/api/v1/creators/"+evil+"/flags/engagement_pod/review", `{"decision":"confirm"}`); status != http.StatusOK {
		t.Fatalf("confirm: %d %s", status, body)
	}

	check := func(t *testing.T) {
		t.Helper()
		_, body := send(t, http.MethodGet, e.ts.URL+"/api/v1/creators/"+evil, "")
		var c struct{ Flags []api.ReviewedFlag }
		if err := json.Unmarshal(body, &c); err != nil {
			t.Fatal(err)
		}
		reviews := map[string]string{}
		for _, f := range c.Flags {
			if f.Review != nil {
				reviews[f.Code] = f.Review.Decision + ": " + f.Review.Reason
			}
		}
		want := map[string]string{"brand_safety:adult": "dismiss: classical art, not adult content", "engagement_pod": "confirm: "}
		if diff := cmp.Diff(want, reviews); diff != "" {
			t.Errorf("flags[].review (-want +got):\n%s", diff)
		}
		// Search treats the dismissed flag as absent, the confirmed one as present.
		for _, q := range []string{"not_flag=brand_safety:adult", "max_risk.adult=none"} {
			if _, got := e.search(t, q); !slices.Contains(got, "evil") {
				t.Errorf("?%s leaves out evil after the dismissal: %v", q, got)
			}
		}
		if _, got := e.search(t, "flag=brand_safety:adult"); len(got) != 0 {
			t.Errorf("flag=brand_safety:adult = %v after the dismissal, want none", got)
		}
		if _, got := e.search(t, "flag=engagement_pod"); !slices.Equal(got, []string{"evil"}) {
			t.Errorf("flag=engagement_pod = %v, want [evil]", got)
		}
		res, _ := e.search(t, "facets=flags")
		for _, f := range res.Facets["flags"] {
			if f.Value == "brand_safety:adult" {
				t.Errorf("flags facet counts the dismissed flag: %v", res.Facets["flags"])
			}
		}
		res, _ = e.search(t, "q=snacks")
		if len(res.Creators) != 1 || len(res.Creators[0].Flags) != 2 || res.Creators[0].Flags[0].Review == nil {
			t.Errorf("search item flags lack reviews: %+v", res.Creators)
		}
	}
	t.Run("OK_Applied", check)

	t.Run("OK_SurvivesRescoring", func(t *testing.T) {
		// The Ingester re-scores: the scorer raises the flag again and the
		// store's flags are overwritten; the review still applies.
		if err := e.in.Refresh(ctx, evil); err != nil {
			t.Fatal(err)
		}
		if err := e.in.Flush(ctx); err != nil {
			t.Fatal(err)
		}
		check(t)
	})

	t.Run("OK_FlagsList", func(t *testing.T) {
		_, body := send(t, http.MethodGet, e.ts.URL+"/api/v1/creators/"+evil+"/flags", "")
		var resp api.FlagsResponse
		if err := json.Unmarshal(body, &resp); err != nil {
			t.Fatal(err)
		}
		if len(resp.Flags) != 2 || len(resp.Reviews) != 2 {
			t.Errorf("flags list = %s", body)
		}
	})

	t.Run("OK_Delete", func(t *testing.T) {
		if status, body := send(t, http.MethodDelete, reviewURL, ""); status != http.StatusNoContent {
			t.Fatalf("DELETE: %d %s", status, body)
		}
		if _, got := e.search(t, "not_flag=brand_safety:adult"); slices.Contains(got, "evil") {
			t.Errorf("evil passes not_flag after the review was deleted: %v", got)
		}
		status, body := send(t, http.MethodDelete, reviewURL, "")
		assertError(t, status, body, http.StatusNotFound, "not_found")
	})

	for _, tc := range []struct {
		name, url, body string
		status          int
		code            string
	}{
		{"ErrDecision", reviewURL, `{"decision":"ignore","reason":"x"}`, 400, "invalid"},
		{"ErrDismissNoReason", reviewURL, `{"decision":"dismiss"}`, 400, "invalid"},
		{"ErrUnknownField", reviewURL, `{"decision":"confirm","why":"x"}`, 400, "invalid"},
		{"ErrNotJSON", reviewURL, `decision=confirm`, 400, "invalid"},
		{"ErrEmpty", reviewURL, ``, 400, "invalid"},
		{"ErrNoSuchFlag", e.ts.URL + "/api/v1/creators/" + evil + "/flags/follower_spike/review", `{"decision":"confirm"}`, 404, "not_found"},
		{"ErrNoSuchCreator", e.ts.URL + "/api/v1/creators/nobody/flags/engagement_pod/review", `{"decision":"confirm"}`, 404, "not_found"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, body := send(t, http.MethodPost, tc.url, tc.body)
			assertError(t, status, body, tc.status, tc.code)
		})
	}
}
