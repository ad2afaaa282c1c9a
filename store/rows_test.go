package store_test

import (
	"context"
	"slices"
	"testing"

	"github.com/scout-oss/scout"
)

// TestFindCreatorRows reads creators as export rows: in the order asked,
// unknown and repeated ids skipped, the row fields as a full read has them
// and the rest left empty.
func TestFindCreatorRows(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	ids := seed(t, db, 4, 2)
	full, err := db.FindCreatorByID(ctx, ids[2])
	if err != nil {
		t.Fatal(err)
	}
	full.Contacts = []scout.Contact{{Type: "email", Value: "hi@x.example", SeenIn: "bio"}}
	full.Topics = []scout.CreatorTopic{{Slug: "knitting", Share: 0.5, Posts: 2, Analysed: 4}}
	full.Scores = map[string]*scout.Score{"overall": {Value: scout.Float64(61), Version: "v1", Confidence: 0.4, Formula: "f", Reasons: []string{"r"}}}
	full.Flags = []scout.Flag{{Code: "gambling", Severity: scout.SeverityRed, Level: "high", Message: "m", Evidence: []scout.Evidence{{URL: "https://x.example/p", Excerpt: "e"}}}}
	if err := db.UpdateCreator(ctx, full); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name string
		ask  []string
		want []string
	}{
		{"InOrder", []string{ids[3], ids[0]}, []string{ids[3], ids[0]}},
		{"UnknownAndRepeated", []string{ids[1], "cunknown", ids[1], ids[2]}, []string{ids[1], ids[2]}},
		{"None", []string{}, nil},
	}
	for _, tt := range tests {
		cs, err := db.FindCreatorRows(ctx, tt.ask)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		var got []string
		for _, c := range cs {
			got = append(got, c.ID)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}

	cs, err := db.FindCreatorRows(ctx, []string{ids[2]})
	if err != nil || len(cs) != 1 {
		t.Fatalf("got %d creators, %v", len(cs), err)
	}
	c := cs[0]
	if c.Name != full.Name || len(c.Accounts) != 1 || c.Accounts[0].URL != full.Accounts[0].URL || c.Accounts[0].Handle != full.Accounts[0].Handle ||
		*c.Followers != *full.Followers || !c.DataAsOf.Equal(*full.DataAsOf) {
		t.Errorf("row fields differ from the full read:\n%+v\n%+v", c, full)
	}
	if s := c.Scores["overall"]; s == nil || *s.Value != 61 || s.Version != "v1" || s.Confidence != 0.4 || s.Formula != "f" || s.Reasons != nil {
		t.Errorf("score: %+v, want value, version, confidence and formula without reasons", s)
	}
	if len(c.Flags) != 1 || c.Flags[0].Level != "high" || c.Flags[0].Evidence[0].URL != "https://x.example/p" || c.Flags[0].Message != "" || c.Flags[0].Evidence[0].Excerpt != "" {
		t.Errorf("flags: %+v", c.Flags)
	}
	if len(c.Contacts) != 1 || c.Contacts[0].Value != "hi@x.example" || c.Contacts[0].SeenIn != "" {
		t.Errorf("contacts: %+v", c.Contacts)
	}
	if len(c.Topics) != 1 || c.Topics[0].Share != 0.5 || c.Topics[0].Posts != 0 {
		t.Errorf("topics: %+v", c.Topics)
	}
	if c.Bio != "" || c.Links != nil || c.Posts != nil || c.Accounts[0].Bio != "" {
		t.Errorf("fields a row does not show were read: bio %q, links %v", c.Bio, c.Links)
	}
}
