package fediverse_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/scout-oss/scout/crawler/fediverse"
)

var queryTagCases = []struct {
	query string
	tags  []string
}{
	{"vegan baking", []string{"veganbaking", "vegan", "baking"}},
	{"  Sourdough  ", []string{"sourdough"}},
	{"#Vegan-Baking in Lisbon", []string{"veganbakinginlisbon", "vegan", "baking", "lisbon"}},
	{"café crème", []string{"cafécrème", "café", "crème"}},
	{"!!", nil},
}

func TestQueryTags(t *testing.T) {
	for _, tc := range queryTagCases {
		_, tags := fediverse.QueryTags(tc.query)
		if diff := cmp.Diff(tc.tags, tags); diff != "" {
			t.Errorf("QueryTags(%q) (-want +got):\n%s", tc.query, diff)
		}
	}
}
