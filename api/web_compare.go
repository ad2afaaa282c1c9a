package api

import (
	"fmt"
	"net/http"
	"sort"
	"strings"

	"github.com/scout-oss/scout"
)

// compareView is the compare page: the creators side by side, with the
// scores lined up by name so every card lists them in the same order.
type compareView struct {
	IDs     []string
	Cards   []compareCard
	Error   string
	JSONURL string
}

// compareCard is one creator's column.
type compareCard struct {
	CompareItem
	ScoreRows []compareScore
}

// compareScore is one score of a card; Known is false when the creator
// has no score of that name at all (as opposed to an unknown value).
type compareScore struct {
	Name, Label string
	Known       bool
	ScoreSummary
}

// handleComparePage renders GET /compare?ids=a,b,...: the URL is the whole
// state, so a comparison is a link to share.
func (s *Server) handleComparePage(w http.ResponseWriter, r *http.Request) {
	view := &compareView{}
	ids, err := ParseCompareIDs(r.URL.Query())
	var resp *CompareResponse
	if err == nil {
		view.IDs = ids
		resp, err = s.Compare(r.Context(), ids)
	}
	if err != nil {
		view.Error = scout.ErrorMessage(err)
		status := StatusOf(err)
		if status >= 500 {
			s.logger().Error("compare page", "err", err)
		}
		s.page(w, r, status, "compare.html", "Compare", view)
		return
	}
	view.JSONURL = "/api/v1/compare?ids=" + strings.Join(ids, ",")
	names := map[string]bool{}
	for _, it := range resp.Creators {
		for n := range it.Scores {
			names[n] = true
		}
	}
	order := make([]string, 0, len(names))
	for n := range names {
		order = append(order, n)
	}
	sort.Slice(order, func(i, j int) bool {
		if (order[i] == "overall") != (order[j] == "overall") {
			return order[i] == "overall"
		}
		return order[i] < order[j]
	})
	var title []string
	for _, it := range resp.Creators {
		card := compareCard{CompareItem: it}
		for _, n := range order {
			sc, ok := it.Scores[n]
			card.ScoreRows = append(card.ScoreRows, compareScore{Name: n, Label: scoreLabel(n), Known: ok, ScoreSummary: sc})
		}
		view.Cards = append(view.Cards, card)
		title = append(title, it.Name)
	}
	s.page(w, r, http.StatusOK, "compare.html", "Compare: "+strings.Join(title, ", "), view)
}

// handleCompareForm takes the creators ticked in a list (creator_id, as
// the add-to-shortlist form sends them) to the shareable compare URL.
func (s *Server) handleCompareForm(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		s.renderError(w, r, scout.Errorf(scout.EINVALID, "unreadable form: %v", err))
		return
	}
	ids := append(r.PostForm["creator_id"], r.PostForm["ids"]...)
	http.Redirect(w, r, compareURL(ids), http.StatusSeeOther)
}

// growthText is one growth window for people: "+1.2K (+3.4%)", "–" when
// unknown.
func growthText(p *scout.GrowthPoint) string {
	if p == nil {
		return "–"
	}
	sign := "+"
	abs := p.Abs
	if abs < 0 {
		sign, abs = "−", -abs
	}
	s := sign + humanCount(&abs)
	if p.Pct != nil {
		s += fmt.Sprintf(" (%+.1f%%)", *p.Pct)
	}
	return s
}
