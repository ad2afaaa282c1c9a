package api_test

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/scout-oss/scout/api"
)

func TestSearch_Why(t *testing.T) {
	ts, ids := MustServer(t)
	status, _, body := get(t, ts.URL+"/api/v1/creators?q=sourdough")
	if status != http.StatusOK {
		t.Fatalf("status %d: %s", status, body)
	}
	var res api.SearchResponse
	if err := json.Unmarshal(body, &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Creators) != 1 || res.Creators[0].ID != ids["bakes"] {
		t.Fatalf("q=sourdough = %+v, want Pixel Kitchen", res.Creators)
	}
	why := res.Creators[0].Why
	i := slices.IndexFunc(why, func(w api.MatchReason) bool { return w.Source == api.WhyPost })
	if i < 0 {
		t.Fatalf("why = %+v, want a post hit (sourdough is only in the posts)", why)
	}
	p := why[i]
	if !strings.Contains(p.Snippet, "<mark>sourdough</mark>") || p.PostID == "" || p.URL == "" || p.PublishedAt == nil {
		t.Errorf("post hit = %+v, want a marked snippet with the post's id, URL and date", p)
	}
	if len(res.Creators[0].Creator.Posts) != 0 {
		t.Error("result rows carry posts; they are loaded for snippets only")
	}

	// Hostile text stays escaped in snippets.
	_, _, body = get(t, ts.URL+"/api/v1/creators?q=snacks")
	if err := json.Unmarshal(body, &res); err != nil {
		t.Fatal(err)
	}
	for _, c := range res.Creators {
		for _, w := range c.Why {
			if strings.Contains(w.Snippet, "<script") {
				t.Errorf("snippet %q holds raw markup", w.Snippet)
			}
		}
	}
}

func TestSearch_TopicFilter(t *testing.T) {
	ts, ids := MustServer(t)
	status, _, body := get(t, ts.URL+"/api/v1/creators?topic=food_drink&facets=topic&sort=topic_share")
	if status != http.StatusOK {
		t.Fatalf("status %d: %s", status, body)
	}
	var res api.SearchResponse
	if err := json.Unmarshal(body, &res); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range res.Creators {
		got = append(got, c.ID)
		if len(c.Topics) == 0 || len(c.Topics[0].Evidence) == 0 {
			t.Errorf("%s: topics %+v, want them with evidence", c.Name, c.Topics)
		}
	}
	if !slices.Contains(got, ids["bakes"]) || slices.Contains(got, ids["runner"]) {
		t.Errorf("topic=food_drink = %v, want the baker and not the runner (%v)", got, ids)
	}
	if len(res.Facets["topic"]) == 0 {
		t.Error("no topic facet")
	}
	for _, q := range []string{"topic=cooking", "sort=topic_share", "topic=food_drink,travel&sort=topic_share"} {
		if status, _, body := get(t, ts.URL+"/api/v1/creators?"+q); status != http.StatusBadRequest {
			t.Errorf("?%s: status %d (%s), want 400", q, status, body)
		}
	}
}
