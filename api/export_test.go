package api

import "net/http"

// PatternFor returns the route pattern the server's mux picks for r, so
// external tests can check that their example requests reach the route
// they mean.
func PatternFor(s *Server, r *http.Request) string {
	_, p := s.mux().Handler(r)
	return p
}

// SearchParams returns the parameters search accepts (besides the
// per-name min_score.NAME, max_score.NAME and max_risk.CATEGORY), for the
// OpenAPI contract test.
func SearchParams() map[string]bool { return searchParams }
