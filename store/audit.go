package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"

	"github.com/scout-oss/scout"
	bolt "go.etcd.io/bbolt"
)

// bucketAudit is the privacy audit log: big-endian unix nanos of At +
// big-endian bucket sequence → scout.AuditEntry JSON, so "since T" is one
// Seek and entries at the same instant keep their order. Created on the
// first entry; nothing deletes from it.
var bucketAudit = []byte("audit_log")

var _ scout.AuditLog = (*DB)(nil)

// RecordAudit implements scout.AuditLog.
func (d *DB) RecordAudit(ctx context.Context, e *scout.AuditEntry) error {
	const op = "store.RecordAudit"
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	if e == nil || e.Action == "" {
		return formatError(op, invalidf("audit entry has no action"))
	}
	err := d.bolt.Update(func(tx *bolt.Tx) error { return d.recordAuditTx(tx, e) })
	return formatError(op, err)
}

// recordAuditTx appends e inside tx, so an erasure and its entry commit
// together.
func (d *DB) recordAuditTx(tx *bolt.Tx, e *scout.AuditEntry) error {
	if e.At.IsZero() {
		e.At = d.now()
	}
	e.At = e.At.UTC()
	b, err := tx.CreateBucketIfNotExists(bucketAudit)
	if err != nil {
		return fmt.Errorf("create bucket %s: %w", bucketAudit, err)
	}
	seq, err := b.NextSequence()
	if err != nil {
		return fmt.Errorf("audit sequence: %w", err)
	}
	k := binary.BigEndian.AppendUint64(nil, unixNanos(e.At))
	k = binary.BigEndian.AppendUint64(k, seq)
	_, err = putJSON(b, k, e)
	return err
}

// FindAuditEntries implements scout.AuditLog.
func (d *DB) FindAuditEntries(ctx context.Context, f scout.AuditFilter) ([]*scout.AuditEntry, error) {
	const op = "store.FindAuditEntries"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	if f.Limit == 0 {
		f.Limit = scout.DefaultAuditLimit
	}
	if f.Limit < 1 || f.Limit > scout.MaxAuditLimit {
		return nil, formatError(op, invalidf("limit must be between 1 and %d; got %d", scout.MaxAuditLimit, f.Limit))
	}
	out := []*scout.AuditEntry{}
	err := d.bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketAudit)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		start := binary.BigEndian.AppendUint64(nil, unixNanos(f.Since))
		for k, v := c.Seek(start); k != nil && len(out) < f.Limit; k, v = c.Next() {
			if bytes.Compare(k, start) < 0 {
				continue
			}
			e := new(scout.AuditEntry)
			if err := decodeJSON(k, v, e); err != nil {
				return err
			}
			out = append(out, e)
		}
		return nil
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return out, nil
}
