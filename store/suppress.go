package store

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/target"
	bolt "go.etcd.io/bbolt"
)

// The suppression list: keyed hashes of the identifiers of people who were
// erased (or asked never to be collected), created on first use.
//
//	suppressed   HMAC-SHA256(secret, identifier) (32 bytes) → "" (empty)
//	meta         suppression_secret → 32 random bytes
//
// The secret is drawn on first use and lives in the meta bucket, so the
// list matches new input only together with it: a store restored without
// its meta bucket (or with a different secret) cannot tell who was erased.
// A keyed hash rather than a plain one keeps a copy of the file from
// confirming a guessed handle without the secret, and stores no
// identifier in plaintext.
var (
	bucketSuppressed     = []byte("suppressed")
	keySuppressionSecret = []byte("suppression_secret")
)

var _ scout.Suppressor = (*DB)(nil)

// suppressionSecret returns the installation's secret, or nil when none
// has been drawn yet (then nothing can be suppressed).
func suppressionSecret(tx *bolt.Tx) []byte {
	s := tx.Bucket(bucketMeta).Get(keySuppressionSecret)
	if len(s) != 32 {
		return nil
	}
	return s
}

// ensureSuppressionSecret returns the secret, drawing and storing it on
// first use.
func ensureSuppressionSecret(tx *bolt.Tx) ([]byte, error) {
	if s := suppressionSecret(tx); s != nil {
		return s, nil
	}
	s := make([]byte, 32)
	_, _ = rand.Read(s) // crypto/rand.Read never fails
	if err := tx.Bucket(bucketMeta).Put(keySuppressionSecret, s); err != nil {
		return nil, fmt.Errorf("store suppression secret: %w", err)
	}
	return s, nil
}

// subjectHash is the keyed hash of one identifier.
func subjectHash(secret []byte, identifier string) []byte {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(identifier))
	return m.Sum(nil)
}

// auditSubject is the audit log's name for a creator: the hex keyed hash
// of its creator key, the same value the suppression list holds.
func auditSubject(secret []byte, creatorID string) string {
	return hex.EncodeToString(subjectHash(secret, target.CreatorSubjectKey(creatorID)))
}

// Suppress implements scout.Suppressor.
func (d *DB) Suppress(ctx context.Context, identifiers ...string) error {
	const op = "store.Suppress"
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	err := d.bolt.Update(func(tx *bolt.Tx) error {
		_, err := suppressTx(tx, identifiers)
		return err
	})
	return formatError(op, err)
}

// suppressTx adds the identifiers' hashes in tx and returns how many were
// new.
func suppressTx(tx *bolt.Tx, identifiers []string) (int, error) {
	secret, err := ensureSuppressionSecret(tx)
	if err != nil {
		return 0, err
	}
	b, err := tx.CreateBucketIfNotExists(bucketSuppressed)
	if err != nil {
		return 0, fmt.Errorf("create bucket %s: %w", bucketSuppressed, err)
	}
	n := 0
	for _, id := range identifiers {
		if id == "" {
			continue
		}
		h := subjectHash(secret, id)
		if b.Get(h) != nil {
			continue
		}
		if err := b.Put(h, []byte{}); err != nil {
			return n, fmt.Errorf("put suppression: %w", err)
		}
		n++
	}
	return n, nil
}

// IsSuppressed implements scout.Suppressor with one read transaction.
func (d *DB) IsSuppressed(ctx context.Context, identifiers ...string) (bool, error) {
	const op = "store.IsSuppressed"
	if err := ctx.Err(); err != nil {
		return false, fmt.Errorf("%s: %w", op, err)
	}
	var found bool
	err := d.bolt.View(func(tx *bolt.Tx) error {
		found = isSuppressedTx(tx, identifiers)
		return nil
	})
	return found, formatError(op, err)
}

func isSuppressedTx(tx *bolt.Tx, identifiers []string) bool {
	b := tx.Bucket(bucketSuppressed)
	secret := suppressionSecret(tx)
	if b == nil || secret == nil {
		return false
	}
	for _, id := range identifiers {
		if id != "" && b.Get(subjectHash(secret, id)) != nil {
			return true
		}
	}
	return false
}

// CountSuppressed returns the number of hashes on the suppression list.
func (d *DB) CountSuppressed(ctx context.Context) (int, error) {
	const op = "store.CountSuppressed"
	if err := ctx.Err(); err != nil {
		return 0, fmt.Errorf("%s: %w", op, err)
	}
	n := 0
	err := d.bolt.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketSuppressed); b != nil {
			n = b.Stats().KeyN
		}
		return nil
	})
	return n, formatError(op, err)
}

// SuppressionList returns the installation's secret and every keyed hash
// on the suppression list, for a fleet's ingester to publish to its
// workers (package fleet), so that they check a person before fetching
// without the store. The secret is nil when none was drawn yet (nothing
// is suppressed).
func (d *DB) SuppressionList(ctx context.Context) (secret []byte, hashes [][]byte, err error) {
	const op = "store.SuppressionList"
	if err := ctx.Err(); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", op, err)
	}
	err = d.bolt.View(func(tx *bolt.Tx) error {
		if s := suppressionSecret(tx); s != nil {
			secret = append([]byte(nil), s...)
		}
		b := tx.Bucket(bucketSuppressed)
		if b == nil || secret == nil {
			return nil
		}
		return b.ForEach(func(k, _ []byte) error {
			hashes = append(hashes, append([]byte(nil), k...))
			return nil
		})
	})
	return secret, hashes, formatError(op, err)
}
