package bluesky

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/source"
	"github.com/scout-oss/scout/target"
)

// DefaultSearchPage is how many results one search call asks for.
const DefaultSearchPage = 25

// Searcher finds accounts with app.bsky.actor.searchActors on the
// public AppView (app.bsky.feed.searchPosts needs a login there, so Scout
// does not use it). Results are paged by cursor.
type Searcher struct {
	// API is the AppView base URL; DefaultAPI when empty.
	API string
	// Now stamps FoundVia.At; time.Now when nil.
	Now func() time.Time
}

var _ crawler.Searcher = (*Searcher)(nil)

// Search implements crawler.Searcher.
func (s *Searcher) Search(ctx context.Context, client *http.Client, query string, limit int) ([]crawler.Candidate, []scout.Failure) {
	ctx = crawler.WithAPI(ctx, DefaultRate)
	api := (&Adapter{API: s.API}).api()
	at := source.NowOr(s.Now)
	var out []crawler.Candidate
	seen := map[string]bool{}
	cursor := ""
	for len(out) < limit && ctx.Err() == nil {
		q := url.Values{"q": {query}, "limit": {strconv.Itoa(min(limit-len(out), DefaultSearchPage))}}
		if cursor != "" {
			q.Set("cursor", cursor)
		}
		var page struct {
			Actors []bskyProfile `json:"actors"`
			Cursor string        `json:"cursor"`
		}
		if err := crawler.GetJSON(ctx, client, api+"/xrpc/app.bsky.actor.searchActors?"+q.Encode(), "application/json", &page); err != nil {
			return out, []scout.Failure{crawler.APIWarning(bskyError(err))}
		}
		for _, a := range page.Actors {
			raw := "bluesky:" + a.DID
			if t, err := target.Parse("bluesky:" + a.Handle); err == nil && a.Handle != "handle.invalid" {
				raw = t.String()
			} else if _, err := target.Parse(raw); err != nil {
				continue
			}
			if seen[a.DID] || len(out) == limit {
				continue
			}
			seen[a.DID] = true
			out = append(out, crawler.Candidate{Target: raw, FoundVia: scout.FoundVia{
				Kind: scout.FoundSearch, Query: query, Source: "bluesky:searchActors", Target: raw, At: at}})
		}
		if len(page.Actors) == 0 || page.Cursor == "" || page.Cursor == cursor {
			break
		}
		cursor = page.Cursor
	}
	return out, nil
}
