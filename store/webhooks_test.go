package store_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/scout-oss/scout"
)

func delivery(id string, due time.Time, alerts ...*scout.Alert) *scout.WebhookDelivery {
	return &scout.WebhookDelivery{ID: id, OwnerID: "s1", URL: "https://hooks.example/x", Secret: "whsec_" + id, Alerts: alerts, NextAt: &due}
}

func deliveryIDs(ds []*scout.WebhookDelivery) []string {
	var ids []string
	for _, d := range ds {
		ids = append(ids, d.ID)
	}
	return ids
}

// TestWebhookQueue queues deliveries, reads the due ones in order, records
// attempts and outcomes, and checks that the queue survives reopening and
// that a finished delivery keeps no payload.
func TestWebhookQueue(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := MustOpen(t, dir)
	t0 := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	alma := &scout.Alert{ID: "a1", Kind: scout.AlertNewMatch, CreatorID: "c1", CreatorName: "Alma"}
	for _, d := range []*scout.WebhookDelivery{
		delivery("d2", t0.Add(2*time.Minute), alma),
		delivery("d1", t0.Add(time.Minute), alma),
		delivery("d3", t0.Add(time.Hour), alma),
	} {
		if err := db.EnqueueDelivery(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.EnqueueDelivery(ctx, delivery("d1", t0, alma)); scout.ErrorCode(err) != scout.ECONFLICT {
		t.Errorf("queue d1 twice: %v, want conflict", err)
	}

	due, next, err := db.DueDeliveries(ctx, t0.Add(5*time.Minute), 10)
	if err != nil {
		t.Fatal(err)
	}
	if got := deliveryIDs(due); !slices.Equal(got, []string{"d1", "d2"}) || next == nil || !next.Equal(t0.Add(time.Hour)) {
		t.Errorf("due at +5m: %v, next %v; want [d1 d2], next at +1h", got, next)
	}
	if due[0].Secret != "whsec_d1" || len(due[0].Alerts) != 1 || due[0].Alerts[0].CreatorName != "Alma" {
		t.Errorf("a due delivery lacks its secret or payload: %+v", due[0])
	}

	// A failed attempt: queued again, later.
	d1 := due[0]
	later := t0.Add(3 * time.Hour)
	d1.Attempts, d1.LastError, d1.NextAt = 1, "webhook answered 503", &later
	if err := db.UpdateDelivery(ctx, d1); err != nil {
		t.Fatal(err)
	}
	// A success: finished, without payload.
	d2 := due[1]
	d2.State, d2.Attempts = scout.DeliveryDelivered, 1
	if err := db.UpdateDelivery(ctx, d2); err != nil {
		t.Fatal(err)
	}
	if err := db.UpdateDelivery(ctx, d2); scout.ErrorCode(err) != scout.ENOTFOUND {
		t.Errorf("update a finished delivery: %v, want not_found", err)
	}

	db.Close()
	db = MustOpen(t, dir)
	all, err := db.FindDeliveries(ctx, scout.DeliveryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if got := deliveryIDs(all); !slices.Equal(got, []string{"d3", "d1", "d2"}) {
		t.Errorf("after reopening: %v, want the queued ones by due time (d3, d1), then d2", got)
	}
	for _, d := range all {
		if d.Secret != "" || d.Alerts != nil {
			t.Errorf("FindDeliveries shows the secret or payload of %s", d.ID)
		}
	}
	if all[1].Attempts != 1 || all[1].LastError == "" || all[2].State != scout.DeliveryDelivered || all[2].FinishedAt == nil || all[2].NextAt != nil {
		t.Errorf("recorded outcomes: %+v %+v", all[1], all[2])
	}
	if q, err := db.FindDeliveries(ctx, scout.DeliveryFilter{State: scout.DeliveryQueued}); err != nil || len(q) != 2 {
		t.Errorf("queued: %d, %v; want 2", len(q), err)
	}
	if due, _, err := db.DueDeliveries(ctx, t0.Add(5*time.Minute), 10); err != nil || len(due) != 0 {
		t.Errorf("due at +5m after the retry was postponed: %v, %v; want none", deliveryIDs(due), err)
	}
}

// TestScrubDeliveries erases a person from the queued payloads: a delivery
// about them alone is dropped, one about others too keeps the others.
func TestScrubDeliveries(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	t0 := time.Now().UTC()
	alma := &scout.Alert{ID: "a1", Kind: scout.AlertNewMatch, CreatorID: "c1", CreatorName: "Alma"}
	almaToo := &scout.Alert{ID: "a2", Kind: scout.AlertStale, CreatorID: "c1", CreatorName: "Alma"}
	bruno := &scout.Alert{ID: "a3", Kind: scout.AlertNewMatch, CreatorID: "c2", CreatorName: "Bruno"}
	for _, d := range []*scout.WebhookDelivery{delivery("only-alma", t0, alma, almaToo), delivery("mixed", t0, alma, bruno), delivery("other", t0, bruno)} {
		if err := db.EnqueueDelivery(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	n, err := db.ScrubDeliveries(ctx, func(a *scout.Alert) bool { return a.CreatorID == "c1" })
	if err != nil || n != 2 {
		t.Fatalf("scrub: %d, %v; want 2 deliveries changed", n, err)
	}
	due, _, err := db.DueDeliveries(ctx, t0, 10)
	if err != nil {
		t.Fatal(err)
	}
	if got := deliveryIDs(due); len(got) != 2 || !slices.Contains(got, "mixed") || !slices.Contains(got, "other") {
		t.Fatalf("after the scrub: %v, want mixed and other", got)
	}
	for _, d := range due {
		for _, a := range d.Alerts {
			if a.CreatorID == "c1" || a.CreatorName == "Alma" {
				t.Errorf("delivery %s still names Alma", d.ID)
			}
		}
		if slices.Contains(d.AlertIDs, "a1") {
			t.Errorf("delivery %s still lists alert a1", d.ID)
		}
	}
}
