package crawler_test

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/bluesky"
	"github.com/scout-oss/scout/crawler/crawltest"
	"github.com/scout-oss/scout/crawler/fediverse"
)

// memStore is a Sink that keeps the latest profile per account id, the
// way the store upserts accounts by their stable id, and counts saves.
type memStore struct {
	mu       sync.Mutex
	accounts map[string]*scout.Profile
	foundVia map[string][]scout.FoundVia
	saves    map[string]int
}

func newMemStore() *memStore {
	return &memStore{accounts: map[string]*scout.Profile{}, foundVia: map[string][]scout.FoundVia{}, saves: map[string]int{}}
}

func (s *memStore) Ingest(_ context.Context, r *scout.CrawlResult) error {
	if r.Profile == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	id := r.Profile.Account.ID
	s.accounts[id] = r.Profile
	s.foundVia[id], _ = scout.AddFoundVia(s.foundVia[id], r.Profile.FoundVia...)
	s.saves[id]++
	return nil
}

func (s *memStore) Known(_ context.Context, id string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.accounts[id]
	return ok, nil
}

func (s *memStore) IDs() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var ids []string
	for id := range s.accounts {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// bskyAccount is one account of the snowball fixture AppView: its posts'
// texts (mentions are written as @handle, as facets cover them) and links.
type bskyAccount struct {
	texts []string
	links []string
}

// snowballRoutes serves getProfile and getAuthorFeed for each account, and
// searchActors for the query "vegan baking" answering with found.
func snowballRoutes(accounts map[string]bskyAccount, found []string) map[string]crawltest.APIRoute {
	x := "/xrpc/"
	routes := map[string]crawltest.APIRoute{}
	for h, a := range accounts {
		did := "did:plc:" + strings.TrimSuffix(h, ".test")
		prof := map[string]any{"did": did, "handle": h, "displayName": h, "description": "bio of " + h, "followersCount": 100}
		b, _ := json.Marshal(prof)
		routes[x+"app.bsky.actor.getProfile?actor="+h] = crawltest.APIRoute{Body: string(b)}
		routes[x+"app.bsky.actor.getProfile?actor="+did] = crawltest.APIRoute{Body: string(b)}
		var feed []map[string]any
		for i, text := range a.texts {
			rec := map[string]any{"text": text, "createdAt": fmt.Sprintf("2026-02-0%dT10:00:00Z", i+1), "langs": []string{"en"}}
			if i < len(a.links) {
				rec["facets"] = []any{map[string]any{"features": []any{map[string]any{"$type": "app.bsky.richtext.facet#link", "uri": a.links[i]}}}}
			}
			feed = append(feed, map[string]any{"post": map[string]any{
				"uri": fmt.Sprintf("at://%s/app.bsky.feed.post/%d", did, i), "author": prof, "record": rec,
				"likeCount": 1, "replyCount": 0, "repostCount": 0}})
		}
		b, _ = json.Marshal(map[string]any{"feed": feed})
		routes[x+"app.bsky.feed.getAuthorFeed?actor="+did] = crawltest.APIRoute{Body: string(b)}
	}
	var actors []map[string]any
	for _, h := range found {
		actors = append(actors, map[string]any{"did": "did:plc:" + strings.TrimSuffix(h, ".test"), "handle": h})
	}
	b, _ := json.Marshal(map[string]any{"actors": actors})
	routes[x+"app.bsky.actor.searchActors?q=vegan baking"] = crawltest.APIRoute{Body: string(b)}
	return routes
}

var snowballAccounts = map[string]bskyAccount{
	"s1.test": {texts: []string{"Baking with @m1.test and @m2.test today", "Also follow this one"},
		links: []string{"https://example.com/recipe", "https://bsky.app/profile/m3.test"}},
	"m1.test": {texts: []string{"Thanks @s1.test! Say hi to @m4.test"}},
	"m2.test": {texts: []string{"no mentions here, mail me at m2@example.com"}},
	"m3.test": {texts: []string{"hello @m5.test"}},
	"m4.test": {texts: []string{"quiet"}},
	"m5.test": {texts: []string{"quiet"}},
}

func newDiscovery(api string, st *memStore, budget int, follow bool) *crawler.Discovery {
	bs := &bluesky.Adapter{API: api, Now: crawltest.FixedNow, ThreadSample: -1, FollowerSample: -1}
	c := crawler.New(crawler.Config{Rate: 1000, Burst: 100, Timeout: 5 * time.Second, Adapters: []crawler.Adapter{bs}})
	return &crawler.Discovery{Crawler: c, Sink: st, Known: st.Known, MaxCreators: budget, FollowMentions: follow, Now: crawltest.FixedNow}
}

func seedCandidates(targets ...string) []crawler.Candidate {
	var out []crawler.Candidate
	for _, t := range targets {
		out = append(out, crawler.Candidate{Target: t, FoundVia: scout.FoundVia{Kind: scout.FoundSeed, Target: t, At: crawltest.FixedNow()}})
	}
	return out
}

func TestDiscoveryFollowMentions(t *testing.T) {
	api := crawltest.MustStartAPIFixture(t, "", snowballRoutes(snowballAccounts, nil))
	st := newMemStore()

	// First run: the seed, then a budget of 2 new creators: m1 and m2 (the
	// seed's mentions, breadth first), not m3 (linked) nor m4 (m1's).
	sum, err := newDiscovery(api.URL, st, 2, true).Run(t.Context(), seedCandidates("bluesky:s1.test"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"bluesky:did:plc:m1", "bluesky:did:plc:m2", "bluesky:did:plc:s1"}, st.IDs()); diff != "" {
		t.Errorf("accounts after run 1 (-want +got):\n%s", diff)
	}
	if sum.Seeds != 1 || sum.New != 2 || sum.Refreshed != 0 || sum.Left != 2 {
		t.Errorf("run 1 summary %+v, want 1 seed, 2 new, 2 left (m3, m4)", sum)
	}
	wantM1 := []scout.FoundVia{{Kind: scout.FoundMention, By: "bluesky:did:plc:s1", Target: "bluesky:m1.test", At: crawltest.FixedNow()}}
	if diff := cmp.Diff(wantM1, st.foundVia["bluesky:did:plc:m1"]); diff != "" {
		t.Errorf("m1 found_via (-want +got):\n%s", diff)
	}
	if fv := st.foundVia["bluesky:did:plc:s1"]; len(fv) != 1 || fv[0].Kind != scout.FoundSeed {
		t.Errorf("seed found_via %+v", fv)
	}

	// Second run: m1 and m2 are known, so they are refreshed without
	// using the budget, which then takes m3 (linked by the seed) and m4.
	sum, err = newDiscovery(api.URL, st, 2, true).Run(t.Context(), seedCandidates("bluesky:s1.test"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"bluesky:did:plc:m1", "bluesky:did:plc:m2", "bluesky:did:plc:m3", "bluesky:did:plc:m4", "bluesky:did:plc:s1"}
	if diff := cmp.Diff(want, st.IDs()); diff != "" {
		t.Errorf("accounts after run 2 (-want +got):\n%s", diff)
	}
	if sum.New != 2 || sum.Refreshed != 2 || sum.Left != 1 {
		t.Errorf("run 2 summary %+v, want 2 new, 2 refreshed, 1 left (m5)", sum)
	}
	if st.saves["bluesky:did:plc:m1"] != 2 {
		t.Errorf("m1 saved %d times, want 2 (refreshed once)", st.saves["bluesky:did:plc:m1"])
	}
	if fv := st.foundVia["bluesky:did:plc:m3"]; len(fv) != 1 || fv[0].Target != "https://bsky.app/profile/m3.test" {
		t.Errorf("m3 (linked) found_via %+v", fv)
	}
}

func TestDiscoveryWithoutFollowing(t *testing.T) {
	api := crawltest.MustStartAPIFixture(t, "", snowballRoutes(snowballAccounts, nil))
	st := newMemStore()
	sum, err := newDiscovery(api.URL, st, 5, false).Run(t.Context(), seedCandidates("bluesky:s1.test", "bluesky:m4.test"))
	if err != nil {
		t.Fatal(err)
	}
	if got := st.IDs(); len(got) != 2 || sum.Seeds != 2 || sum.New != 0 {
		t.Errorf("accounts %v, summary %+v: without --follow-mentions only the seeds are crawled", got, sum)
	}
}

// mastodonSearchRoutes is an instance whose #veganbaking timeline has a
// post by ana (and a boost of bea's post), whose directory lists ana, bea
// and zed (only the first two about vegan baking), with lookups and empty
// statuses for each.
func mastodonSearchRoutes() map[string]crawltest.APIRoute {
	acct := func(name, note string) map[string]any {
		return map[string]any{"id": "id-" + name, "username": name, "acct": name, "display_name": name,
			"note": "<p>" + note + "</p>", "url": "{{BASE}}/@" + name, "uri": "{{BASE}}/users/" + name,
			"followers_count": 10, "following_count": 1, "statuses_count": 1}
	}
	js := func(v any) string { b, _ := json.Marshal(v); return string(b) }
	ana := acct("ana", "Vegan baking in Lisbon. ana [at] example [dot] pt")
	bea := acct("bea", "I do vegan baking and bread")
	zed := acct("zed", "Cars and engines")
	routes := map[string]crawltest.APIRoute{
		"/api/v1/timelines/tag/veganbaking": {Body: js([]any{
			map[string]any{"id": "1", "account": ana, "content": "<p>#veganbaking</p>"},
			map[string]any{"id": "2", "account": zed, "reblog": map[string]any{"id": "3", "account": bea}},
		})},
		"/api/v1/timelines/tag/vegan":  {Body: "[]"},
		"/api/v1/timelines/tag/baking": {Status: 401, Body: `{"error":"This method requires an authenticated user"}`},
		"/api/v1/directory":            {Body: js([]any{zed, bea, ana})},
		"/api/v1/directory?offset=80":  {Body: "[]"},
	}
	for _, a := range []map[string]any{ana, bea, zed} {
		name := a["username"].(string)
		routes["/api/v1/accounts/lookup?acct="+name] = crawltest.APIRoute{Body: js(a)}
		routes["/api/v1/accounts/id-"+name+"/statuses"] = crawltest.APIRoute{Body: "[]"}
	}
	return crawltest.WithNodeInfo(routes, "mastodon")
}

func TestSearchAndDiscover(t *testing.T) {
	bsky := crawltest.MustStartAPIFixture(t, "", snowballRoutes(snowballAccounts, []string{"m4.test", "m5.test", "s1.test"}))
	inst := crawltest.MustStartAPIFixture(t, "", mastodonSearchRoutes())
	client := crawler.NewClient(crawler.Config{Rate: 1000, Burst: 100})
	t.Cleanup(client.CloseIdleConnections)

	bc, warns := (&bluesky.Searcher{API: bsky.URL, Now: crawltest.FixedNow}).Search(t.Context(), client, "vegan baking", 10)
	if len(warns) != 0 {
		t.Errorf("bluesky warnings %v", warns)
	}
	mc, warns := (&fediverse.MastodonSearcher{Instances: []string{inst.URL}, Now: crawltest.FixedNow}).Search(t.Context(), client, "vegan baking", 10)
	if len(warns) != 1 || warns[0].Kind != scout.FailAuth {
		t.Errorf("mastodon warnings %v, want the closed #baking timeline as auth_required", warns)
	}
	var targets []string
	for _, c := range append(bc, mc...) {
		targets = append(targets, strings.ReplaceAll(c.Target, inst.URL, "INST"))
	}
	want := []string{"bluesky:m4.test", "bluesky:m5.test", "bluesky:s1.test", "INST/@ana", "INST/@bea"}
	if diff := cmp.Diff(want, targets); diff != "" {
		t.Errorf("candidates (-want +got):\n%s", diff)
	}
	if fv := mc[0].FoundVia; fv.Kind != scout.FoundSearch || fv.Query != "vegan baking" || !strings.HasSuffix(fv.Source, "/tags/veganbaking") {
		t.Errorf("ana found_via %+v", fv)
	}
	if n := len(inst.Requests("/robots.txt")); n != 0 {
		t.Errorf("search asked robots.txt %d times; API calls are exempt", n)
	}

	// Crawl them within a budget of 3; s1 is already known.
	st := newMemStore()
	st.accounts["bluesky:did:plc:s1"] = &scout.Profile{}
	bs := &bluesky.Adapter{API: bsky.URL, Now: crawltest.FixedNow, ThreadSample: -1, FollowerSample: -1}
	ms := &fediverse.Mastodon{Now: crawltest.FixedNow, FollowerSample: -1}
	c := crawler.New(crawler.Config{Rate: 1000, Burst: 100, Timeout: 5 * time.Second, Adapters: []crawler.Adapter{bs, ms}})
	d := &crawler.Discovery{Crawler: c, Sink: st, Known: st.Known, MaxCreators: 3, Now: crawltest.FixedNow}
	sum, err := d.Run(t.Context(), append(bc, mc...))
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 3 || len(st.IDs()) != 4 {
		t.Errorf("summary %+v, accounts %v: want exactly 3 new creators", sum, st.IDs())
	}
	if sum.New+sum.Refreshed+sum.Left+sum.OverBudget != 5 {
		t.Errorf("summary %+v does not account for the 5 candidates", sum)
	}
	for id, fv := range st.foundVia {
		if id == "bluesky:did:plc:s1" && len(fv) == 0 {
			continue
		}
		if len(fv) != 1 || fv[0].Kind != scout.FoundSearch {
			t.Errorf("%s found_via %+v, want one search", id, fv)
		}
	}
}

func TestBudgetNeverExceededUnderConcurrency(t *testing.T) {
	// Ten candidates, a budget of 4, every target new: the crawl of a
	// batch runs concurrently, yet no more than 4 reach the store.
	accounts := map[string]bskyAccount{}
	var cands []crawler.Candidate
	for i := range 10 {
		h := fmt.Sprintf("n%d.test", i)
		accounts[h] = bskyAccount{texts: []string{"hi"}}
		cands = append(cands, crawler.Candidate{Target: "bluesky:" + h, FoundVia: scout.FoundVia{Kind: scout.FoundSearch, Query: "q"}})
	}
	api := crawltest.MustStartAPIFixture(t, "", snowballRoutes(accounts, nil))
	st := newMemStore()
	sum, err := newDiscovery(api.URL, st, 4, false).Run(t.Context(), cands)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(st.IDs()); got != 4 || sum.New != 4 || sum.Left != 6 {
		t.Errorf("stored %d, summary %+v; want 4 new and 6 left", got, sum)
	}
}
