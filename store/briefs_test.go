package store_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/store"
)

// mustBriefFile reads the brief shipped in testdata/briefs.
func mustBriefFile(tb testing.TB, name string) *scout.Brief {
	tb.Helper()
	raw, err := os.ReadFile("../testdata/briefs/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	var b scout.Brief
	if err := json.Unmarshal(raw, &b); err != nil {
		tb.Fatal(err)
	}
	return &b
}

func TestBriefs_RoundTrip(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := MustOpen(t, dir)

	// A fresh store has no briefs bucket yet: reads are empty, not errors.
	bs, total, err := db.FindBriefs(ctx, scout.BriefFilter{})
	if err != nil || total != 0 || bs == nil || len(bs) != 0 {
		t.Fatalf("empty store: %v, %d, %v", bs, total, err)
	}
	_, err = db.FindBriefByID(ctx, "b1")
	wantCode(t, err, scout.ENOTFOUND)

	b := mustBriefFile(t, "vegan-baking.json")
	b.ID = "chosen-by-client"
	if err := db.CreateBrief(ctx, b); err != nil {
		t.Fatal(err)
	}
	if b.ID != "b1" {
		t.Errorf("first brief id %q, want b1 (the caller's id is replaced)", b.ID)
	}
	got, err := db.FindBriefByID(ctx, "b1")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, b) {
		t.Errorf("read back %+v\nwant %+v", got, b)
	}
	if got.Weights == nil || got.Weights.AudienceFit != 0.5 || got.Countries[1] != "US" || got.DisclosureRegion != scout.RegionUK {
		t.Errorf("fields lost: %+v", got)
	}

	// Defaults are filled on create.
	b2 := &scout.Brief{Name: "Second", Keywords: []string{"chess"}, Languages: []string{"EN"}}
	if err := db.CreateBrief(ctx, b2); err != nil {
		t.Fatal(err)
	}
	if b2.ID != "b2" || b2.BrandSafety != scout.BrandSafetyStandard || b2.DisclosureRegion != scout.RegionUS || b2.Languages[0] != "en" {
		t.Errorf("second brief %+v: id or defaults wrong", b2)
	}
	for i := 3; i <= 12; i++ {
		if err := db.CreateBrief(ctx, &scout.Brief{Name: fmt.Sprint("brief ", i), Keywords: []string{"x"}}); err != nil {
			t.Fatal(err)
		}
	}

	// Listing is oldest first (b10 after b9, not after b1) and pages.
	cases := []struct {
		name   string
		filter scout.BriefFilter
		want   []string
	}{
		{"All", scout.BriefFilter{}, []string{"b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11", "b12"}},
		{"Page", scout.BriefFilter{Offset: 8, Limit: 3}, []string{"b9", "b10", "b11"}},
		{"PastEnd", scout.BriefFilter{Offset: 20}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			bs, total, err := db.FindBriefs(ctx, c.filter)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, b := range bs {
				ids = append(ids, b.ID)
			}
			if fmt.Sprint(ids) != fmt.Sprint(c.want) || total != 12 {
				t.Errorf("ids %v total %d, want %v and 12", ids, total, c.want)
			}
		})
	}

	// Delete, then the id is gone and never reused.
	if err := db.DeleteBrief(ctx, "b12"); err != nil {
		t.Fatal(err)
	}
	wantCode(t, db.DeleteBrief(ctx, "b12"), scout.ENOTFOUND)
	_, err = db.FindBriefByID(ctx, "b12")
	wantCode(t, err, scout.ENOTFOUND)
	b13 := &scout.Brief{Name: "After delete", Keywords: []string{"x"}}
	if err := db.CreateBrief(ctx, b13); err != nil {
		t.Fatal(err)
	}
	if b13.ID != "b13" {
		t.Errorf("id after a delete %q, want b13", b13.ID)
	}

	// Briefs survive reopening.
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db2 := MustOpen(t, dir)
	got, err = db2.FindBriefByID(ctx, "b1")
	if err != nil || got.Name != b.Name {
		t.Fatalf("after reopen: %+v, %v", got, err)
	}
}

func TestBriefs_Errors(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	if err := db.CreateBrief(ctx, &scout.Brief{Name: "ok", Keywords: []string{"x"}}); err != nil {
		t.Fatal(err)
	}
	wantCode(t, db.CreateBrief(ctx, &scout.Brief{Keywords: []string{"x"}}), scout.EINVALID)
	wantCode(t, db.CreateBrief(ctx, nil), scout.EINVALID)
	for _, id := range []string{"", "1", "b", "b0", "b01", "b+1", "bx", "c1", "b99999999999999999999", "b2"} {
		_, err := db.FindBriefByID(ctx, id)
		wantCode(t, err, scout.ENOTFOUND)
		wantCode(t, db.DeleteBrief(ctx, id), scout.ENOTFOUND)
	}
	_, _, err := db.FindBriefs(ctx, scout.BriefFilter{Offset: -1})
	wantCode(t, err, scout.EINVALID)

	// A failed create does not consume an id.
	b := &scout.Brief{Name: "next", Keywords: []string{"x"}}
	if err := db.CreateBrief(ctx, b); err != nil || b.ID != "b2" {
		t.Errorf("id %q (%v), want b2", b.ID, err)
	}

	canceled, cancel := context.WithCancel(ctx)
	cancel()
	if err := db.CreateBrief(canceled, &scout.Brief{Name: "x", Keywords: []string{"x"}}); err == nil {
		t.Error("create with a canceled context succeeded")
	}
}

func TestBaselines(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := MustOpen(t, dir)
	_, err := db.CurrentBaseline(ctx)
	wantCode(t, err, scout.ENOTFOUND)
	if v, err := db.NextBaselineVersion(ctx); err != nil || v != 1 {
		t.Fatalf("next version %d (%v), want 1", v, err)
	}
	b1 := &store.Baseline{Label: "b1-test", Accounts: 250, Cohorts: json.RawMessage(`[{"platform":"bluesky","n":250}]`)}
	if err := db.SaveBaseline(ctx, b1); err != nil {
		t.Fatal(err)
	}
	if b1.Version != 1 || b1.CreatedAt.IsZero() {
		t.Errorf("saved %+v: want version 1 and a creation time", b1)
	}
	// A version that is not the next one is refused.
	wantCode(t, db.SaveBaseline(ctx, &store.Baseline{Version: 5, Cohorts: json.RawMessage(`[]`)}), scout.EINVALID)
	wantCode(t, db.SaveBaseline(ctx, &store.Baseline{Cohorts: json.RawMessage(`{`)}), scout.EINVALID)
	b2 := &store.Baseline{Version: 2, Label: "b2-test", Cohorts: json.RawMessage(`[]`)}
	if err := db.SaveBaseline(ctx, b2); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db = MustOpen(t, dir)
	cur, err := db.CurrentBaseline(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if cur.Version != 2 || cur.Label != "b2-test" || string(cur.Cohorts) != "[]" {
		t.Errorf("current %+v, want version 2", cur)
	}
	if v, _ := db.NextBaselineVersion(ctx); v != 3 {
		t.Errorf("next version %d, want 3", v)
	}
}

func TestUpdateCreators(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	ids := seed(t, db, 3, 2)
	cs, _, err := db.FindCreators(ctx, scout.CreatorFilter{})
	if err != nil {
		t.Fatal(err)
	}
	before := map[string]*scout.Creator{}
	for _, c := range cs {
		cp := *c
		before[c.ID] = &cp
	}
	cs[1].Scores = map[string]*scout.Score{"overall": {Value: scout.Float64(42), Version: "ov-test"}}
	changed, err := db.UpdateCreators(ctx, cs)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(changed) != "[false true false]" {
		t.Errorf("changed %v, want only the second", changed)
	}
	for i, id := range ids {
		c, err := db.FindCreatorByID(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		bumped := c.UpdatedAt.After(before[id].UpdatedAt)
		if bumped != (i == 1) {
			t.Errorf("%s: updated_at bumped %v, want %v", id, bumped, i == 1)
		}
		if i == 1 && (c.Scores["overall"] == nil || *c.Scores["overall"].Value != 42) {
			t.Errorf("%s: scores %v not stored", id, c.Scores)
		}
	}

	// All or nothing: an unknown creator fails the whole batch.
	cs[0].Scores = map[string]*scout.Score{"overall": {Value: scout.Float64(7)}}
	_, err = db.UpdateCreators(ctx, []*scout.Creator{cs[0], {ID: "cnope"}})
	wantCode(t, err, scout.ENOTFOUND)
	if c, _ := db.FindCreatorByID(ctx, ids[0]); c.Scores["overall"] != nil {
		t.Error("a failed batch wrote its first creator")
	}
	_, err = db.UpdateCreators(ctx, []*scout.Creator{{}})
	wantCode(t, err, scout.EINVALID)
}
