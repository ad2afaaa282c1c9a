package store_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/scout-oss/scout"
)

func TestSaveProfiles_SameAsOneByOne(t *testing.T) {
	ctx := context.Background()
	one, group := t.TempDir(), t.TempDir()
	ps := []*scout.Profile{profile("a", 10, t0, t0, 3), profile("b", 20, t0, t0, 2), profile("a", 11, t0.Add(1), t0, 4)}
	db1 := MustOpen(t, one)
	var want []string
	for _, p := range ps {
		want = append(want, MustSave(t, db1, p))
	}
	db2 := MustOpen(t, group)
	got, err := db2.SaveProfiles(ctx, ps)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("creator ids (-one by one +group):\n%s", diff)
	}
	c1, err1 := db1.FindCreatorByID(ctx, want[0])
	c2, err2 := db2.FindCreatorByID(ctx, got[0])
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	c1.CreatedAt, c1.UpdatedAt, c2.CreatedAt, c2.UpdatedAt = t0, t0, t0, t0 // clocks read a different number of times
	if diff := cmp.Diff(c1, c2); diff != "" {
		t.Errorf("creator (-one by one +group):\n%s", diff)
	}

	bad := profile("c", 1, t0, t0, 1)
	bad.Posts[0].ID = ""
	_, err = db2.SaveProfiles(ctx, []*scout.Profile{profile("d", 1, t0, t0, 1), bad})
	wantCode(t, err, scout.EINVALID)
	if _, err := db2.FindCreatorByID(ctx, scout.NewCreatorID("d")); scout.ErrorCode(err) != scout.ENOTFOUND {
		t.Errorf("a refused group wrote its first profile: %v", err)
	}
}

func TestRecordVisits(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	vs := []*scout.Visit{{URL: "http://a/", Status: 200, FetchedAt: t0}, {URL: "http://b/", Status: 404, Kind: scout.FailNotFound, FetchedAt: t0}}
	if err := db.RecordVisits(ctx, vs); err != nil {
		t.Fatal(err)
	}
	for _, v := range vs {
		got, err := db.FindVisit(ctx, v.URL)
		if err != nil || got.Status != v.Status || got.Kind != v.Kind {
			t.Errorf("visit %s = %+v, %v", v.URL, got, err)
		}
	}
	wantCode(t, db.RecordVisits(ctx, []*scout.Visit{{URL: "http://c/"}, {}}), scout.EINVALID)
	if _, err := db.FindVisit(ctx, "http://c/"); scout.ErrorCode(err) != scout.ENOTFOUND {
		t.Errorf("a refused group recorded its first visit: %v", err)
	}
}

func TestUpdateCreators_StampsAndFindCreatorsUpdatedAt(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	a, b := MustSave(t, db, profile("a", 10, t0, t0, 1)), MustSave(t, db, profile("b", 10, t0, t0, 1))
	ca, _ := db.FindCreatorByID(ctx, a)
	cb, _ := db.FindCreatorByID(ctx, b)
	ca.Bio = "changed"
	if _, err := db.UpdateCreators(ctx, []*scout.Creator{ca, cb}); err != nil {
		t.Fatal(err)
	}
	stamps, err := db.FindCreatorsUpdatedAt(ctx, []string{a, b, "nobody"})
	if err != nil {
		t.Fatal(err)
	}
	if len(stamps) != 2 || !stamps[a].Equal(ca.UpdatedAt) || !stamps[b].Equal(cb.UpdatedAt) {
		t.Errorf("stamps %v, creators stamped %v and %v", stamps, ca.UpdatedAt, cb.UpdatedAt)
	}
	if !ca.UpdatedAt.After(cb.UpdatedAt) {
		t.Errorf("the changed creator's UpdatedAt %v is not after the unchanged one's %v", ca.UpdatedAt, cb.UpdatedAt)
	}
}
