package api_test

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
)

// gatedIndex holds every lookalike search until open is closed, so a test
// can keep heavy requests in progress; searches pass straight through.
type gatedIndex struct {
	scout.SearchIndex
	entered chan struct{}
	open    chan struct{}
}

func (g *gatedIndex) Similar(ctx context.Context, _ *scout.Creator, _ int) ([]scout.SimilarHit, error) {
	g.entered <- struct{}{}
	select {
	case <-g.open:
		return []scout.SimilarHit{}, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// TestFairUse keeps heavy requests running and checks the limits: a key's
// third is 429 with Retry-After while its searches still pass, another
// key gets what is left of the server's total, and the slots come back
// when the requests end.
func TestFairUse(t *testing.T) {
	ctx := context.Background()
	gate := &gatedIndex{entered: make(chan struct{}, 16), open: make(chan struct{})}
	env := MustAuthServer(t, func(s *api.Server) {
		gate.SearchIndex = s.Index
		s.Index = gate
		s.HeavyPerKey, s.HeavyTotal = 2, 3
	})
	greedy, other := env.keys[scout.RoleViewer], env.keys[scout.RoleEditor]
	id, err := env.db.SaveProfile(ctx, &scout.Profile{Account: scout.Account{ID: "web:x", Platform: scout.PlatformWeb, Handle: "x"}, FetchedAt: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	similar := "/api/v1/creators/" + id + "/similar"

	var wg sync.WaitGroup
	statuses := make(chan int, 8)
	start := func(key string) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st, _, _ := env.do(t, "GET", similar, key, "")
			statuses <- st
		}()
		<-gate.entered
	}
	start(greedy)
	start(greedy)

	st, h, body := env.do(t, "GET", similar, greedy, "")
	if st != http.StatusTooManyRequests || h.Get("Retry-After") != "5" || !strings.Contains(string(body), "already runs 2 heavy request(s)") {
		t.Errorf("third heavy request of one key: %d, Retry-After %q, %s; want 429 naming the per-key limit", st, h.Get("Retry-After"), body)
	}
	if st, _, body := env.do(t, "GET", "/api/v1/creators?q=x", greedy, ""); st != http.StatusOK {
		t.Errorf("a search of the same key: %d %s; searches are not heavy", st, body)
	}

	start(other)
	st, _, body = env.do(t, "GET", "/api/v1/briefs/nope/matches", other, "")
	if st != http.StatusTooManyRequests || !strings.Contains(string(body), "the server already runs 3 heavy requests") {
		t.Errorf("a heavy request past the server's total: %d %s; want 429 naming the total", st, body)
	}

	close(gate.open)
	wg.Wait()
	close(statuses)
	for st := range statuses {
		if st != http.StatusOK {
			t.Errorf("a heavy request within the limits: %d, want 200", st)
		}
	}
	if st, _, body := env.do(t, "GET", similar, greedy, ""); st != http.StatusOK {
		t.Errorf("after the others ended: %d %s; the slots must come back", st, body)
	}
}

// TestHeavyRoutesAreRoutes keeps the fair-use table in step with the mux:
// every heavy pattern is a registered route.
func TestHeavyRoutesAreRoutes(t *testing.T) {
	roles := api.RouteRoles()
	for _, p := range api.HeavyRoutes() {
		if p == "GET /briefs/{id}" || strings.Contains(p, "?") {
			continue // a page route, and search with a brief
		}
		if _, ok := roles[p]; !ok {
			t.Errorf("heavy route %q is not a route", p)
		}
	}
}
