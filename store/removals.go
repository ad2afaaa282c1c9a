package store

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/target"
	bolt "go.etcd.io/bbolt"
)

// bucketRemovals holds the removal requests people send from the public
// privacy page: big-endian sequence number → scout.RemovalRequest JSON.
// Created on first use, so older files need no migration.
var bucketRemovals = []byte("removal_requests")

// removalPrefix starts every removal request id ("rr1", "rr2", …).
const removalPrefix = "rr"

var _ scout.RemovalService = (*DB)(nil)

func parseRemovalID(id string) ([]byte, bool) {
	n, ok := strings.CutPrefix(id, removalPrefix)
	if !ok || n == "" || n[0] == '0' || n[0] == '+' {
		return nil, false
	}
	seq, err := strconv.ParseUint(n, 10, 64)
	if err != nil {
		return nil, false
	}
	return jobKey(seq), true
}

// CreateRemovalRequest implements scout.RemovalService. The reference
// must be a URL, PLATFORM:HANDLE or creator id that Scout can key
// (target.SubjectKeys), else EINVALID.
func (d *DB) CreateRemovalRequest(ctx context.Context, r *scout.RemovalRequest) error {
	const op = "store.CreateRemovalRequest"
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	if r == nil {
		return formatError(op, invalidf("removal request is empty"))
	}
	if err := r.Validate(); err != nil {
		return formatError(op, err)
	}
	if len(target.SubjectKeys(r.Ref)) == 0 {
		return formatError(op, invalidf("%q is not a profile URL or a handle such as bluesky:you.bsky.social", r.Ref))
	}
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketRemovals)
		if err != nil {
			return fmt.Errorf("create bucket %s: %w", bucketRemovals, err)
		}
		pending := 0
		err = b.ForEach(func(_, v []byte) error {
			var cur struct {
				Status string `json:"status"`
			}
			if json.Unmarshal(v, &cur) == nil && cur.Status == scout.RemovalPending {
				pending++
			}
			return nil
		})
		if err != nil {
			return err
		}
		if pending >= scout.MaxPendingRemovals {
			return scout.Errorf(scout.EUNAVAILABLE, "%d removal requests are waiting for review; try again later", pending)
		}
		seq, err := b.NextSequence()
		if err != nil {
			return fmt.Errorf("next removal request id: %w", err)
		}
		r.ID = removalPrefix + strconv.FormatUint(seq, 10)
		r.Status, r.CreatedAt = scout.RemovalPending, d.now()
		r.DecidedAt, r.DecidedBy, r.Reason, r.Subject = nil, "", "", ""
		_, err = putJSON(b, jobKey(seq), r)
		return err
	})
	return formatError(op, err)
}

// FindRemovalRequestByID implements scout.RemovalService.
func (d *DB) FindRemovalRequestByID(ctx context.Context, id string) (*scout.RemovalRequest, error) {
	var r scout.RemovalRequest
	if err := d.findBySeqID(ctx, "store.FindRemovalRequestByID", bucketRemovals, parseRemovalID, "removal request", id, &r); err != nil {
		return nil, err
	}
	return &r, nil
}

// FindRemovalRequests implements scout.RemovalService.
func (d *DB) FindRemovalRequests(ctx context.Context, f scout.RemovalFilter) ([]*scout.RemovalRequest, int, error) {
	const op = "store.FindRemovalRequests"
	if err := ctx.Err(); err != nil {
		return nil, 0, fmt.Errorf("%s: %w", op, err)
	}
	switch f.Status {
	case "", scout.RemovalPending, scout.RemovalApproved, scout.RemovalRejected:
	default:
		return nil, 0, formatError(op, invalidf("status must be pending, approved or rejected; got %q", f.Status))
	}
	if f.Limit == 0 {
		f.Limit = scout.DefaultRemovalLimit
	}
	if f.Offset < 0 || f.Limit < 1 || f.Limit > scout.MaxRemovalLimit {
		return nil, 0, formatError(op, invalidf("limit must be between 1 and %d and offset not negative", scout.MaxRemovalLimit))
	}
	out := []*scout.RemovalRequest{}
	total := 0
	err := d.bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketRemovals)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			var r scout.RemovalRequest
			if err := decodeJSON(k, v, &r); err != nil {
				return err
			}
			if f.Status != "" && r.Status != f.Status {
				return nil
			}
			total++
			if total > f.Offset && len(out) < f.Limit {
				out = append(out, &r)
			}
			return nil
		})
	})
	if err != nil {
		return nil, 0, formatError(op, err)
	}
	return out, total, nil
}

// decideRemoval runs fn on the stored request id inside a write
// transaction and stores what fn leaves.
func (d *DB) decideRemoval(ctx context.Context, op, id string, fn func(tx *bolt.Tx, r *scout.RemovalRequest) error) (*scout.RemovalRequest, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	var r scout.RemovalRequest
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		k, ok := parseRemovalID(id)
		b := tx.Bucket(bucketRemovals)
		if !ok || b == nil {
			return scout.Errorf(scout.ENOTFOUND, "removal request %s not found", id)
		}
		found, err := getJSON(b, k, &r)
		if err != nil {
			return err
		}
		if !found {
			return scout.Errorf(scout.ENOTFOUND, "removal request %s not found", id)
		}
		if err := fn(tx, &r); err != nil {
			return err
		}
		_, err = putJSON(b, k, &r)
		return err
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return &r, nil
}

// ApproveRemovalRequest implements scout.RemovalService.
func (d *DB) ApproveRemovalRequest(ctx context.Context, id, actor, subject string) (*scout.RemovalRequest, error) {
	return d.decideRemoval(ctx, "store.ApproveRemovalRequest", id, func(tx *bolt.Tx, r *scout.RemovalRequest) error {
		if r.Status == scout.RemovalRejected {
			return scout.Errorf(scout.ECONFLICT, "removal request %s was rejected", r.ID)
		}
		if r.Status == scout.RemovalPending || r.DecidedBy == "" {
			now := d.now()
			r.Status, r.DecidedAt, r.DecidedBy = scout.RemovalApproved, &now, actor
		}
		if r.Subject == "" {
			r.Subject = subject
		}
		r.Ref, r.Contact = "", ""
		return d.recordAuditTx(tx, &scout.AuditEntry{Actor: actor, Action: scout.AuditRemovalApproved, Subject: r.Subject, Detail: "request " + r.ID})
	})
}

// RejectRemovalRequest implements scout.RemovalService.
func (d *DB) RejectRemovalRequest(ctx context.Context, id, actor, reason string) (*scout.RemovalRequest, error) {
	reason = strings.TrimSpace(reason)
	if reason == "" || len(reason) > scout.MaxRemovalReason {
		return nil, formatError("store.RejectRemovalRequest", invalidf("a rejection needs a reason of at most %d characters, for the person who asked", scout.MaxRemovalReason))
	}
	return d.decideRemoval(ctx, "store.RejectRemovalRequest", id, func(tx *bolt.Tx, r *scout.RemovalRequest) error {
		if r.Status != scout.RemovalPending {
			return scout.Errorf(scout.ECONFLICT, "removal request %s is %s, not pending", r.ID, r.Status)
		}
		secret, err := ensureSuppressionSecret(tx)
		if err != nil {
			return err
		}
		subject := ""
		if keys := target.SubjectKeys(r.Ref); len(keys) > 0 {
			subject = fmt.Sprintf("%x", subjectHash(secret, keys[0]))
		}
		now := d.now()
		r.Status, r.DecidedAt, r.DecidedBy, r.Reason = scout.RemovalRejected, &now, actor, reason
		return d.recordAuditTx(tx, &scout.AuditEntry{Actor: actor, Action: scout.AuditRemovalRejected, Subject: subject, Detail: "request " + r.ID})
	})
}

// closeRemovalRequests is the erasure's part of removal requests: every
// request whose reference names the person loses its reference and
// contact and keeps the person's audit hash; a pending one is approved by
// the erasure's actor (the person is gone, whoever asked).
func (d *DB) closeRemovalRequests(tx *bolt.Tx, names func(ref string) bool, subject, actor string) (int, error) {
	now := d.now()
	return rewriteRemovals(tx, func(r *scout.RemovalRequest) bool {
		if r.Ref == "" || !names(r.Ref) {
			return false
		}
		if r.Status == scout.RemovalPending {
			r.Status, r.DecidedAt, r.DecidedBy = scout.RemovalApproved, &now, actor
		}
		r.Ref, r.Contact, r.Subject = "", "", subject
		return true
	})
}

// rewriteRemovals stores back the requests fix changed.
func rewriteRemovals(tx *bolt.Tx, fix func(r *scout.RemovalRequest) bool) (int, error) {
	b := tx.Bucket(bucketRemovals)
	if b == nil {
		return 0, nil
	}
	type put struct {
		k []byte
		r scout.RemovalRequest
	}
	var puts []put
	err := b.ForEach(func(k, v []byte) error {
		var r scout.RemovalRequest
		if json.Unmarshal(v, &r) != nil || !fix(&r) {
			return nil
		}
		puts = append(puts, put{append([]byte(nil), k...), r})
		return nil
	})
	if err != nil {
		return 0, err
	}
	for _, p := range puts {
		if _, err := putJSON(b, p.k, &p.r); err != nil {
			return 0, err
		}
	}
	return len(puts), nil
}
