package api

import (
	"context"
	"net/http"

	"github.com/scout-oss/scout"
)

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

// PostWebhook makes one delivery attempt of an empty alert list to url
// with a's client, as the sender does, and returns its error.
func PostWebhook(ctx context.Context, a *Alerter, url string) error {
	_, _, _, err := a.post(ctx, &scout.WebhookDelivery{ID: "d1", URL: url, Secret: "whsec_test", OwnerID: "ss1"}, []byte(`{"alerts":[]}`))
	return err
}
