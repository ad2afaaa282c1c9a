package store_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
)

func TestRemovalRequests(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, t.TempDir())
	zoe := MustSave(t, db, zoeProfile(t0, 2))
	zoeURL := "https://bsky.app/profile/" + zoeHandle + ".bsky.social"

	for _, tc := range []struct {
		name string
		r    scout.RemovalRequest
	}{
		{"ErrEmpty", scout.RemovalRequest{Ref: "  "}},
		{"ErrNotATarget", scout.RemovalRequest{Ref: "just some words"}},
		{"ErrScheme", scout.RemovalRequest{Ref: "javascript:alert(1)"}},
		{"ErrControl", scout.RemovalRequest{Ref: zoeURL + "\u202e"}},
		{"ErrLongContact", scout.RemovalRequest{Ref: zoeURL, Contact: strings.Repeat("a", scout.MaxRemovalContact+1)}},
	} {
		if err := db.CreateRemovalRequest(ctx, &tc.r); scout.ErrorCode(err) != scout.EINVALID {
			t.Errorf("%s: %v, want EINVALID", tc.name, err)
		}
	}

	mk := func(ref, contact string) *scout.RemovalRequest {
		t.Helper()
		r := &scout.RemovalRequest{Ref: ref, Contact: contact}
		if err := db.CreateRemovalRequest(ctx, r); err != nil {
			t.Fatal(err)
		}
		if r.ID == "" || r.Status != scout.RemovalPending || r.CreatedAt.IsZero() {
			t.Fatalf("created %+v", r)
		}
		return r
	}
	byURL := mk(" "+zoeURL+" ", "zoe@mail.example")
	byHandle := mk("bluesky:"+zoeHandle+".bsky.social", "")
	unknown := mk("https://nobody.example/me", "nobody@mail.example")
	spam := mk("https://spam.example/", "")

	list, total, err := db.FindRemovalRequests(ctx, scout.RemovalFilter{Status: scout.RemovalPending})
	if err != nil || total != 4 || len(list) != 4 || list[0].ID != byURL.ID || list[0].Ref != zoeURL {
		t.Fatalf("pending = %d %v, %v", total, list, err)
	}
	if _, _, err := db.FindRemovalRequests(ctx, scout.RemovalFilter{Status: "done"}); scout.ErrorCode(err) != scout.EINVALID {
		t.Errorf("unknown status: %v", err)
	}

	t.Run("Reject", func(t *testing.T) {
		if _, err := db.RejectRemovalRequest(ctx, spam.ID, "key:k1 (dpo)", " "); scout.ErrorCode(err) != scout.EINVALID {
			t.Errorf("reject without reason: %v", err)
		}
		r, err := db.RejectRemovalRequest(ctx, spam.ID, "key:k1 (dpo)", "not a person's profile")
		if err != nil || r.Status != scout.RemovalRejected || r.Reason == "" || r.DecidedAt == nil || r.DecidedBy != "key:k1 (dpo)" {
			t.Fatalf("rejected = %+v, %v", r, err)
		}
		if _, err := db.RejectRemovalRequest(ctx, spam.ID, "key:k1 (dpo)", "again"); scout.ErrorCode(err) != scout.ECONFLICT {
			t.Errorf("reject twice: %v", err)
		}
		if _, err := db.ApproveRemovalRequest(ctx, spam.ID, "key:k1 (dpo)", "x"); scout.ErrorCode(err) != scout.ECONFLICT {
			t.Errorf("approve a rejected request: %v", err)
		}
		if _, err := db.RejectRemovalRequest(ctx, "rr999", "a", "b"); scout.ErrorCode(err) != scout.ENOTFOUND {
			t.Errorf("reject a missing request: %v", err)
		}
	})

	t.Run("ErasureClosesEveryRequestNamingThePerson", func(t *testing.T) {
		e, err := db.EraseCreator(ctx, zoe, "key:k1 (dpo)")
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range []string{byURL.ID, byHandle.ID} {
			r, err := db.FindRemovalRequestByID(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if r.Status != scout.RemovalApproved || r.Ref != "" || r.Contact != "" || r.Subject != e.Subject || r.DecidedBy != "key:k1 (dpo)" {
				t.Errorf("request %s after the erasure: %+v", id, r)
			}
		}
		r, err := db.ApproveRemovalRequest(ctx, byURL.ID, "key:k1 (dpo)", e.Subject)
		if err != nil || r.Status != scout.RemovalApproved {
			t.Errorf("approve after the erasure closed it: %+v, %v", r, err)
		}
	})

	t.Run("SuppressionClosesRequests", func(t *testing.T) {
		e, err := db.SuppressRefs(ctx, "key:k1 (dpo)", "https://www.nobody.example/me/")
		if err != nil {
			t.Fatal(err)
		}
		r, err := db.FindRemovalRequestByID(ctx, unknown.ID)
		if err != nil || r.Status != scout.RemovalApproved || r.Ref != "" || r.Contact != "" || r.Subject != e.Subject {
			t.Errorf("request after suppression: %+v, %v", r, err)
		}
	})

	t.Run("AuditNamesNobody", func(t *testing.T) {
		es, err := db.FindAuditEntries(ctx, scout.AuditFilter{})
		if err != nil {
			t.Fatal(err)
		}
		actions := map[string]int{}
		for _, e := range es {
			actions[e.Action]++
			raw, _ := json.Marshal(e)
			for _, leak := range []string{zoeHandle, "nobody", "spam.example", "mail.example"} {
				if strings.Contains(string(raw), leak) {
					t.Errorf("audit entry %s names %q", raw, leak)
				}
			}
		}
		if actions[scout.AuditRemovalRejected] != 1 || actions[scout.AuditRemovalApproved] != 1 || actions[scout.AuditErase] != 1 || actions[scout.AuditSuppress] != 1 {
			t.Errorf("audit actions = %v", actions)
		}
	})
}
