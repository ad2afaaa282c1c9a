package api

import (
	"context"
	"net/http"
	"time"

	"github.com/scout-oss/scout"
)

func (s *Server) registerHistoryRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/v1/creators/{id}/history", s.handleHistory)
}

// History is the JSON of GET /api/v1/creators/{id}/history: each
// account's snapshot series, oldest first, and the growth derived from it.
type History struct {
	CreatorID string           `json:"creator_id"`
	Growth    *scout.Growth    `json:"growth"`
	DataAsOf  *time.Time       `json:"data_as_of"`
	Stale     bool             `json:"stale"`
	Accounts  []AccountHistory `json:"accounts"`
}

// AccountHistory is one account's series.
type AccountHistory struct {
	AccountID string           `json:"account_id"`
	Platform  scout.Platform   `json:"platform"`
	Handle    string           `json:"handle"`
	Snapshots []scout.Snapshot `json:"snapshots"`
}

func (s *Server) handleHistory(w http.ResponseWriter, r *http.Request) {
	c, err := s.Creators.FindCreatorByID(r.Context(), r.PathValue("id"))
	if err != nil {
		Error(w, r, err, s.logger())
		return
	}
	s.annotate(r.Context(), c)
	h := History{CreatorID: c.ID, Growth: c.Growth, DataAsOf: c.DataAsOf, Stale: c.Stale, Accounts: []AccountHistory{}}
	byAcct := map[string]int{}
	for _, a := range c.Accounts {
		byAcct[a.ID] = len(h.Accounts)
		h.Accounts = append(h.Accounts, AccountHistory{AccountID: a.ID, Platform: a.Platform, Handle: a.Handle, Snapshots: []scout.Snapshot{}})
	}
	for _, sn := range c.Snapshots { // oldest first, as the store returns them
		i, ok := byAcct[sn.AccountID]
		if !ok {
			continue
		}
		h.Accounts[i].Snapshots = append(h.Accounts[i].Snapshots, sn)
	}
	writeJSON(w, http.StatusOK, h)
}

// annotate sets the fields of c that depend on the time of reading: growth
// (when its snapshots are loaded) and staleness, against the period of the
// schedule that covers it (scout.DefaultStalePeriod without one).
func (s *Server) annotate(ctx context.Context, c *scout.Creator) *scout.Creator {
	now := s.now()
	if len(c.Snapshots) > 0 {
		c.Growth = scout.ComputeGrowth(c.Snapshots, now)
	}
	var period time.Duration
	if s.Stale != nil {
		period = s.Stale.StalePeriod(ctx, c)
	}
	c.Stale = scout.IsStale(c.DataAsOf, period, now)
	return c
}

// annotateSearch marks the stale creators of a result page.
func (s *Server) annotateSearch(ctx context.Context, resp *SearchResponse) {
	for _, it := range resp.Creators {
		s.annotate(ctx, it.Creator)
	}
}

func (s *Server) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}
